// Checks shared by the browser page (index.html) and the Node side of run.mjs: both run the
// very same code on the very same build, so the JSON they return must be byte-identical.

/** Ordinary words that contain a bad substring (SPEC, "What must not be flagged"). */
export const ORDINARY_WORDS = ['habite', 'concombre', 'disputer', 'députés', 'analyse', 'Connecticut'];

const EVADED = "T'es qu'un c 0 n n 4 r d";
const EVADED_SPAN = 'c 0 n n 4 r d';

/**
 * Runs the functional checks, analyzes every sentence, normalizes it with the separate
 * vigie/normalize entry, explains it with vigie/explain and scores it with vigie/perspective.
 * @param {{ vigie: typeof import('../../dist/index.js'), normalizers: typeof import('../../dist/normalize.js'), explainer: typeof import('../../dist/explain.js'), perspective: typeof import('../../dist/perspective.js') }} modules the built entries
 * @param {string[]} sentences
 * @returns {{ failures: string[], analyses: string }} analyses is the JSON of every analysis, normalization and Perspective response
 */
export function runChecks({ vigie, normalizers, explainer, perspective }, sentences) {
  const failures = [];
  const check = (ok, message) => {
    if (!ok) failures.push(message);
  };
  const guard = (name, fn) => {
    try {
      fn();
    } catch (e) {
      failures.push(`${name}: threw ${e?.stack ?? e}`);
    }
  };

  check(typeof vigie.createDetector === 'function', 'createDetector is not exported by dist/index.js');
  const detector = vigie.createDetector();

  guard('evaded insult', () => {
    const a = detector.analyze(EVADED);
    const hit = a.matches.find((m) => m.category === 'insult' && !m.suppressedBy);
    check(hit !== undefined, `analyze(${JSON.stringify(EVADED)}) has no insult match: ${JSON.stringify(a)}`);
    if (hit) {
      const got = EVADED.slice(hit.start, hit.end);
      check(
        got === EVADED_SPAN,
        `insult offsets ${hit.start}-${hit.end} give ${JSON.stringify(got)}, expected ${JSON.stringify(EVADED_SPAN)}`,
      );
    }
    check(a.toxic === true, `analyze(${JSON.stringify(EVADED)}).toxic is ${a.toxic}, expected true`);
  });

  for (const word of ORDINARY_WORDS) {
    guard(`ordinary word ${word}`, () => {
      const a = detector.analyze(word);
      check(a.toxic === false, `ordinary word ${JSON.stringify(word)} is flagged toxic: ${JSON.stringify(a)}`);
    });
  }

  guard('censor', () => {
    const masked = detector.censor(EVADED);
    const start = EVADED.indexOf(EVADED_SPAN);
    check(masked.length === EVADED.length, `censor changed the length: ${JSON.stringify(masked)}`);
    check(masked.slice(0, start) === EVADED.slice(0, start), `censor touched the text before the insult: ${JSON.stringify(masked)}`);
    check(!/[\p{L}\p{N}]/u.test(masked.slice(start)), `censor left letters or digits of the insult visible: ${JSON.stringify(masked)}`);
    const clean = 'Très bel article, merci.';
    check(detector.censor(clean) === clean, `censor changed a clean text: ${JSON.stringify(detector.censor(clean))}`);
  });

  check(typeof normalizers.normalize === 'function', 'normalize is not exported by dist/normalize.js');
  guard('normalize', () => {
    const n = normalizers.normalize(EVADED);
    check(n.text.includes('connard'), `normalize(${JSON.stringify(EVADED)}) gives ${JSON.stringify(n.text)}`);
  });

  check(typeof explainer.explain === 'function', 'explain is not exported by dist/explain.js');
  guard('explain', () => {
    const [e] = explainer.explain(detector.analyze(EVADED), EVADED, 'en');
    check(e?.excerpt === EVADED_SPAN && e.message.startsWith('insult'), `explain(${JSON.stringify(EVADED)}) gives ${JSON.stringify(e)}`);
  });

  check(typeof perspective.analyzeComment === 'function', 'analyzeComment is not exported by dist/perspective.js');
  const request = (text) => ({
    comment: { text },
    requestedAttributes: { TOXICITY: {}, INSULT: {} },
    languages: ['fr'],
    spanAnnotations: true,
  });
  guard('perspective', () => {
    const r = perspective.analyzeComment(detector, request(EVADED));
    const v = r.attributeScores.INSULT?.summaryScore.value ?? 0;
    check(v >= 0.7, `analyzeComment(${JSON.stringify(EVADED)}) gives INSULT ${v}, expected ≥ 0.7`);
    const span = r.attributeScores.INSULT?.spanScores?.[0];
    check(
      span !== undefined && EVADED.slice(span.begin, span.end) === EVADED_SPAN,
      `INSULT span ${JSON.stringify(span)} is not ${EVADED_SPAN}`,
    );
  });

  let analyses = '';
  guard('sentences', () => {
    analyses = JSON.stringify({
      analyses: sentences.map((s) => detector.analyze(s)),
      normalized: sentences.map((s) => {
        const n = normalizers.normalize(s);
        return [n.text, Array.from(n.map)];
      }),
      explained: sentences.map((s) => explainer.explain(detector.analyze(s), s, 'fr')),
      perspective: sentences.map((s) => perspective.analyzeComment(detector, request(s))),
    });
  });
  return { failures, analyses };
}
