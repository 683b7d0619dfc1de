// Scores vigie against the project's own held-out probe set (benchmarks/probe/probe.jsonl).
// Usage: npm run build && node benchmarks/probe/score.mjs [--misses] [--topics] [--json] [--set NAME]
//   --set     score benchmarks/probe/NAME.jsonl instead of probe.jsonl (e.g. --set probe-2)
//   --misses  list every wrong line (verdict, categories, threat kinds or targets off)
//   --topics  with --misses, also count a topic difference as wrong
//   --json    print the summary as JSON instead of tables
import { readFileSync } from 'node:fs';
import { createDetector } from '../../dist/index.js';

const args = new Set(process.argv.slice(2));
const SHOW_MISSES = args.has('--misses');
const TOPIC_MISSES = args.has('--topics');
const AS_JSON = args.has('--json');
const argv = process.argv.slice(2);
const setAt = argv.indexOf('--set');
const FILE = `${setAt >= 0 ? argv[setAt + 1] : 'probe'}.jsonl`;
if (setAt >= 0 && !/^[\w-]+$/.test(argv[setAt + 1] ?? '')) throw new Error('--set needs a file name without extension, e.g. --set probe-2');

const CATEGORIES = ['insult', 'profanity', 'hate', 'threat', 'sexual', 'self_harm', 'body_shaming'];
const THREAT_KINDS = ['death', 'violence', 'sexual', 'doxxing', 'self_harm'];
const TARGETS = ['women', 'lgbt', 'black', 'arab', 'muslim', 'jewish', 'christian', 'roma', 'asian', 'disabled', 'migrant', 'other'];
const TOPICS = ['religion', 'israel_palestine', 'lgbt', 'physique', 'sport', 'politics', 'immigration', 'gender', 'racism'];

const rows = readFileSync(new URL(`./${FILE}`, import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l, i) => {
    try {
      return JSON.parse(l);
    } catch (e) {
      throw new Error(`${FILE} line ${i + 1}: ${e.message}`);
    }
  });

const detector = createDetector();
const live = (x) => !x.suppressedBy;
const uniq = (xs) => [...new Set(xs)];

const results = rows.map((row) => {
  const a = detector.analyze(row.text);
  return {
    row,
    got: {
      toxic: a.toxic,
      categories: uniq(a.categories),
      threats: uniq(a.threats.filter(live).map((t) => t.kind)),
      targets: uniq(a.targets.filter(live).map((t) => t.group)),
      topics: uniq(a.topics.map((t) => t.topic)),
      terms: a.matches.filter(live).map((m) => `${m.category}:${m.term}`),
    },
  };
});

const ratio = (a, b) => (b === 0 ? null : a / b);
const f1 = (p, r) => (p === null || r === null || p + r === 0 ? null : (2 * p * r) / (p + r));
const pct = (x) => (x === null ? '   -  ' : `${(100 * x).toFixed(1).padStart(5)}%`);

/** Precision/recall over a label set, each line a multi-label example. */
function prf(labels, expectedOf, gotOf) {
  const out = {};
  for (const label of labels) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const r of results) {
      const e = expectedOf(r).includes(label);
      const g = gotOf(r).includes(label);
      if (e && g) tp++;
      else if (g) fp++;
      else if (e) fn++;
    }
    const p = ratio(tp, tp + fp);
    const rec = ratio(tp, tp + fn);
    out[label] = { support: tp + fn, predicted: tp + fp, precision: p, recall: rec, f1: f1(p, rec) };
  }
  return out;
}

// Toxic verdict.
let tp = 0;
let fp = 0;
let fn = 0;
let tn = 0;
for (const { row, got } of results) {
  if (row.toxic && got.toxic) tp++;
  else if (got.toxic) fp++;
  else if (row.toxic) fn++;
  else tn++;
}
const toxicP = ratio(tp, tp + fp);
const toxicR = ratio(tp, tp + fn);
const toxic = { tp, fp, fn, tn, precision: toxicP, recall: toxicR, f1: f1(toxicP, toxicR), accuracy: ratio(tp + tn, results.length) };

const categories = prf(
  CATEGORIES,
  (r) => r.row.categories,
  (r) => r.got.categories,
);
const threatKinds = prf(
  THREAT_KINDS,
  (r) => r.row.threats,
  (r) => r.got.threats,
);
const targets = prf(
  TARGETS,
  (r) => r.row.targets,
  (r) => r.got.targets,
);
const topics = prf(
  TOPICS,
  (r) => r.row.topics,
  (r) => r.got.topics,
);

/** What is wrong with one line, as short reasons (empty when right). */
function problems({ row, got }) {
  const out = [];
  if (row.toxic !== got.toxic) out.push(row.toxic ? 'missed' : 'false-alarm');
  const strict = (cs) => cs.filter((c) => c !== 'profanity');
  const eCats = strict(row.categories);
  const gCats = strict(got.categories);
  const missingCats = eCats.filter((c) => !gCats.includes(c));
  const extraCats = gCats.filter((c) => !eCats.includes(c));
  if (missingCats.length) out.push(`-cat:${missingCats.join(',')}`);
  if (extraCats.length) out.push(`+cat:${extraCats.join(',')}`);
  const missingThreats = row.threats.filter((k) => !got.threats.includes(k));
  if (missingThreats.length) out.push(`-threat:${missingThreats.join(',')}`);
  const missingTargets = row.targets.filter((g) => !got.targets.includes(g));
  if (missingTargets.length) out.push(`-target:${missingTargets.join(',')}`);
  if (TOPIC_MISSES) {
    const missingTopics = row.topics.filter((t) => !got.topics.includes(t));
    const extraTopics = got.topics.filter((t) => !row.topics.includes(t));
    if (missingTopics.length) out.push(`-topic:${missingTopics.join(',')}`);
    if (extraTopics.length) out.push(`+topic:${extraTopics.join(',')}`);
  }
  return out;
}

// Per kind tag: share with the right verdict, and share fully right (verdict, categories, threat kinds, targets).
const byKind = new Map();
for (const r of results) {
  const k = r.row.kind;
  if (!byKind.has(k)) byKind.set(k, { n: 0, verdict: 0, full: 0 });
  const s = byKind.get(k);
  s.n++;
  if (r.row.toxic === r.got.toxic) s.verdict++;
  if (problems(r).length === 0) s.full++;
}
const kindOrder = (k) => (k.startsWith('trap') ? 3 : k === 'clean' ? 4 : k.startsWith('evasion') ? 2 : 1);
const kinds = [...byKind.entries()]
  .sort((a, b) => kindOrder(a[0]) - kindOrder(b[0]) || a[0].localeCompare(b[0]))
  .map(([kind, s]) => ({ kind, n: s.n, verdict: s.verdict / s.n, full: s.full / s.n }));

const group = (pred) => {
  const sel = results.filter(pred);
  return { n: sel.length, verdict: ratio(sel.filter((r) => r.row.toxic === r.got.toxic).length, sel.length) };
};
const groups = {
  toxic_plain: group((r) => r.row.toxic && !r.row.kind.startsWith('evasion')),
  evasion: group((r) => r.row.kind.startsWith('evasion')),
  trap: group((r) => r.row.kind.startsWith('trap')),
  clean: group((r) => r.row.kind === 'clean'),
};

if (AS_JSON) {
  console.log(JSON.stringify({ lines: results.length, toxic, groups, categories, threatKinds, targets, topics, kinds }, null, 2));
} else {
  const line = (s) => console.log(s);
  line(`vigie probe set: ${results.length} lines (${rows.filter((r) => r.toxic).length} toxic)\n`);
  line(
    `toxic   P ${pct(toxic.precision)}  R ${pct(toxic.recall)}  F1 ${pct(toxic.f1)}  acc ${pct(toxic.accuracy)}   (tp ${tp} fp ${fp} fn ${fn} tn ${tn})`,
  );
  for (const [name, g] of Object.entries(groups))
    line(`  ${name.padEnd(12)} n=${String(g.n).padStart(3)}  verdict right ${pct(g.verdict)}`);

  const table = (title, stats, withPrecision) => {
    line(`\n${title}`);
    for (const [label, s] of Object.entries(stats)) {
      if (s.support === 0 && s.predicted === 0) continue;
      const p = withPrecision ? `P ${pct(s.precision)}  ` : '';
      const f = withPrecision ? `  F1 ${pct(s.f1)}` : '';
      line(`  ${label.padEnd(17)} n=${String(s.support).padStart(3)}  ${p}R ${pct(s.recall)}${f}  (predicted ${s.predicted})`);
    }
  };
  table('categories', categories, true);
  table('threat kinds (recall)', threatKinds, false);
  table('targets (recall)', targets, false);
  table('topics', topics, true);

  line('\nper kind: verdict right (trap/clean: not flagged toxic) | fully right (categories, threat kinds, targets)');
  for (const k of kinds) line(`  ${k.kind.padEnd(24)} n=${String(k.n).padStart(3)}  ${pct(k.verdict)}  | ${pct(k.full)}`);
}

if (SHOW_MISSES) {
  const wrong = results.map((r) => ({ r, why: problems(r) })).filter((x) => x.why.length > 0);
  wrong.sort((a, b) => kindOrder(a.r.row.kind) - kindOrder(b.r.row.kind) || a.r.row.kind.localeCompare(b.r.row.kind));
  console.log(`\nmisses (${wrong.length})`);
  for (const { r, why } of wrong) {
    const { row, got } = r;
    const show = (x) =>
      `${x.toxic ? 'toxic' : 'clean'} [${x.categories.join(',')}]${x.threats.length ? ` threats[${x.threats.join(',')}]` : ''}${x.targets.length ? ` targets[${x.targets.join(',')}]` : ''}`;
    console.log(`  ${row.id} ${row.kind.padEnd(22)} ${why.join(' ')}`);
    console.log(`       ${JSON.stringify(row.text)}`);
    console.log(`       expected ${show(row)}`);
    console.log(`       got      ${show(got)}${got.terms.length ? ` terms[${got.terms.join(', ')}]` : ''}`);
  }
}
