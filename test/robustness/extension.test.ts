// Safe extension: using a detector, extending it or feeding it hostile option objects never
// changes anything shared — the built-in lexicon, the caller's options, earlier results,
// other detectors, Object.prototype — and the shipped bundle evaluates no code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Analysis, createDetector, type DetectorOptions, VigieError } from '../../src/index.js';
import { serialize } from '../../src/lexicon/automaton.js';
import { defaultLexicon } from '../../src/lexicon/default.js';
import { EntryTable, serializeEntries } from '../../src/lexicon/table.js';
import { between, pick, prng } from './support.js';

const SAMPLES = [
  "T'es qu'un c 0 n n 4 r d, je vais te retrouver",
  'putain, quel match hier soir',
  'sale bougnoule, rentre chez toi',
  'va te pendre, personne ne te regrettera',
  'grosse vache, tu fais peur',
  "j'habite à Concarneau, près du Connecticut café",
  'les députés ont voté la loi sur l’immigration',
  'écrire "sale pédé" c’est du harcèlement',
  'je ne déteste pas les musulmans',
  '@paul ferme ta gueule espèce de c*nnard',
  'ｃｏｎｎａｒｄ 𝐞𝐧𝐜𝐮𝐥é',
  'con\u200bnard, encu\u00adlé',
  'une salade de concombre et du fromage',
  'f i l s   d e   p u t e',
  'les femmes au volant, quelle bande de connasses',
  'sale juif',
  'tu mérites de crever',
  'quel beau but à la 90e minute',
  '😡🤬 enculéééé',
  '',
];

/** Every object and array reachable from a value. */
function objectsOf(v: unknown, out = new Set<object>()): Set<object> {
  if (typeof v !== 'object' || v === null || out.has(v)) return out;
  out.add(v);
  for (const x of Object.values(v)) objectsOf(x, out);
  return out;
}

function deepFreeze<T>(v: T): T {
  if (typeof v === 'object' && v !== null && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v)) deepFreeze(x);
  }
  return v;
}

const json = (a: Analysis) => JSON.stringify(a);

describe('nothing shared is mutated by use', () => {
  it('results are fresh objects: mutating one analysis changes neither the next one nor another', () => {
    const d = createDetector();
    for (const text of SAMPLES) {
      const a1 = d.analyze(text);
      const before = json(a1);
      const a2 = d.analyze(text);
      // No object is shared between two results.
      const shared = [...objectsOf(a1)].filter((o) => objectsOf(a2).has(o));
      expect(shared, text).toEqual([]);
      // Vandalize the first result in every way a caller might.
      a1.toxic = !a1.toxic;
      a1.score = 42;
      a1.categories.push('threat');
      a1.categories.reverse();
      for (const m of a1.matches) {
        m.start = -1;
        m.term = 'x';
        m.suppressedBy = 'quote';
      }
      a1.matches.push({ start: 0, end: 1, category: 'insult', severity: 'high', term: 'x', ruleId: 'x' });
      for (const t of a1.threats) t.kind = 'doxxing';
      a1.targets.push({ start: 0, end: 1, group: 'other', ruleId: 'x' });
      for (const t of a1.topics) {
        t.score = -1;
        t.spans.push({ start: 0, end: 0 });
        t.spans[0]!.start = 99;
      }
      a1.topics.length = 0;
      expect(json(d.analyze(text)), text).toBe(before);
      expect(json(a2), text).toBe(before);
    }
  });

  it('censor does not change what analyze returns', () => {
    const d = createDetector();
    for (const text of SAMPLES) {
      const before = json(d.analyze(text));
      d.censor(text, { keepFirst: true, mask: '#' });
      expect(json(d.analyze(text))).toBe(before);
    }
  });

  it('the caller’s options are only read: frozen options work and stay equal', () => {
    const options: DetectorOptions = {
      categories: ['insult', 'hate', 'threat', 'profanity'],
      addTerms: ['zbrouf', { term: 'glaviot', category: 'insult', inflection: 's', forms: ['glaviauds'], severity: 'high' }],
      removeTerms: ['connard'],
      allow: ['concombre masqué'],
      lexicons: { 'extra.txt': '@category insult\nfripouillard | infl=e\n  + quel fripouillard\n' },
    };
    const copy = structuredClone(options);
    const d = createDetector(deepFreeze(options));
    expect(d.analyze('quel glaviot, ce fripouillard de zbrouf').matches.map((m) => m.term)).toEqual(['glaviot', 'fripouillard', 'zbrouf']);
    for (const text of SAMPLES) d.analyze(text);
    expect(options).toEqual(copy);
  });

  it('copying the built-in entry table gives what reading back its serialized form gives', () => {
    // extendLexicon copies the table; it used to read back serializeEntries' output.
    const { entries } = defaultLexicon();
    const copy = entries.copy();
    const back = EntryTable.deserialize(serializeEntries(entries));
    expect({ ...copy }).toEqual({ ...back });
    expect(copy.kind).not.toBe(entries.kind);
    expect(copy.term).not.toBe(entries.term);
  });

  it('extending a detector leaves the built-in lexicon and every other detector as they were', () => {
    const lex = defaultLexicon();
    const entries = serializeEntries(lex.entries);
    const automaton = serialize(lex.automaton);
    const plain = createDetector();
    const before = SAMPLES.map((t) => json(plain.analyze(t)));
    const extended = [
      createDetector({ addTerms: ['zbrouf', { term: 'glaviot', category: 'hate', target: 'other' }] }),
      createDetector({ removeTerms: ['connard', 'salope'] }),
      createDetector({ allow: ['connard', 'enculé'] }),
      createDetector({ categories: ['profanity'] }),
      createDetector({ lexicons: { 'x.txt': '@category threat\n@kind death\nje vais te retrouver | sev=critical\n' } }),
    ];
    for (const d of extended) for (const t of SAMPLES) d.analyze(`${t} zbrouf glaviot`);
    expect(serializeEntries(lex.entries)).toBe(entries);
    expect(serialize(lex.automaton)).toBe(automaton);
    expect(SAMPLES.map((t) => json(plain.analyze(t)))).toEqual(before);
    expect(SAMPLES.map((t) => json(createDetector().analyze(t)))).toEqual(before);
    expect(createDetector().analyze('quel zbrouf').matches).toEqual([]);
    expect(
      createDetector()
        .analyze('quel connard')
        .matches.map((m) => m.term),
    ).toContain('connard');
  });
});

describe('a detector shared by concurrent async callers', () => {
  // 200 texts of 1–3 fragments, deterministic.
  const rnd = prng(0xc0ffee);
  const texts = Array.from({ length: 200 }, () =>
    Array.from({ length: between(rnd, 1, 3) }, () => pick(rnd, SAMPLES)).join(pick(rnd, [' ', '. ', ' ! ', '\n'])),
  );
  const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

  it('gives the same results as sequential calls, whatever the interleaving', async () => {
    const shared = createDetector();
    const sequential = texts.map((t) => [json(shared.analyze(t)), shared.censor(t)]);
    const delays = prng(7);
    const concurrent = await Promise.all(
      texts.map(async (t, i) => {
        await sleep(between(delays, 0, 3));
        const a = json(shared.analyze(t));
        await Promise.resolve();
        // Another caller's long text in between must not leak into this one.
        shared.analyze(texts[(i * 7) % texts.length]!.repeat(20));
        await sleep(between(delays, 0, 2));
        const c = shared.censor(t);
        await null;
        const again = json(shared.analyze(t));
        return [a, c, again];
      }),
    );
    concurrent.forEach(([a, c, again], i) => {
      expect(a, texts[i]).toBe(sequential[i]![0]);
      expect(again, texts[i]).toBe(sequential[i]![0]);
      expect(c, texts[i]).toBe(sequential[i]![1]);
    });
    // And the same as a detector that never saw another text.
    for (const [i, t] of texts.entries()) if (i % 10 === 0) expect(json(createDetector().analyze(t))).toBe(sequential[i]![0]);
  });
});

describe('prototype pollution through options and lexicons is impossible', () => {
  const protos = [Object.prototype, Array.prototype, Function.prototype, String.prototype, Map.prototype, Set.prototype];
  const snapshot = () =>
    protos.map((p) =>
      Reflect.ownKeys(p)
        .map((k) => [String(k), Object.getOwnPropertyDescriptor(p, k)!] as const)
        .map(([k, d]) => [k, d.value ?? d.get, d.set, d.writable, d.enumerable, d.configurable]),
    );

  const KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];
  const lexiconTexts = [
    ...KEYS.map((k) => `@category insult\n${k} | id=${k}\n`),
    '@category insult\nzorglub | id=__proto__ forms=__proto__,constructor,prototype ok=__proto__,constructor\n',
    '@category insult\nzorglub | forms=constructor_prototype,__proto___polluted\n',
    '@category __proto__\nzorglub\n',
    '@category constructor\nzorglub\n',
    '@__proto__ insult\nzorglub\n',
    '@category insult\n@target __proto__\nzorglub\n',
    '@category hate\n@target constructor\nzorglub\n',
    '@category insult\nzorglub | __proto__=polluted\n',
    '@category insult\nzorglub | constructor=polluted\n',
    '@category insult\nzorglub | infl=__proto__\n',
    '@category insult\nzorglub | infl=constructor\n',
    '@category insult\nzorglub | infl=toString\n',
    '@category insult\nzorglub | sev=__proto__\n',
    '@category insult\nzorglub | bound=constructor\n',
    '@category insult\nzorglub | when=prototype\n',
    '@category insult\nzorglub | topic=__proto__,constructor\n',
    '@category marker\nzorglub | role=__proto__\n',
    '@category threat\nzorglub | kind=constructor\n',
    '@category insult\nzorglub | cat=hasOwnProperty\n',
    '@infl __proto__\n@category insult\nzorglub\n',
  ];
  const optionObjects: unknown[] = [
    JSON.parse('{"__proto__": {"polluted": true}}'),
    JSON.parse('{"constructor": {"prototype": {"polluted": true}}}'),
    JSON.parse('{"lexicons": {"__proto__": "@category insult\\nzorglub\\n"}}'),
    JSON.parse('{"lexicons": {"__proto__": {"polluted": true}}}'),
    JSON.parse('{"lexicons": {"constructor": "@category insult\\nzorglub\\n", "prototype": "@category insult\\nglorbu\\n"}}'),
    JSON.parse('{"lexicons": {"__proto__.txt": "@category insult\\nzorglub\\n"}}'),
    JSON.parse('{"addTerms": [{"term": "zorglub", "category": "insult", "__proto__": {"polluted": true}}]}'),
    JSON.parse('{"addTerms": [{"term": "__proto__", "category": "insult", "forms": ["constructor", "prototype"]}]}'),
    JSON.parse('{"addTerms": [{"term": "zorglub", "category": "__proto__"}]}'),
    JSON.parse('{"addTerms": [{"term": "zorglub", "category": "hate", "target": "constructor"}]}'),
    JSON.parse('{"addTerms": [{"term": "zorglub", "category": "insult", "inflection": "__proto__"}]}'),
    JSON.parse('{"addTerms": [{"term": "zorglub", "category": "insult", "when": "constructor", "boundary": "prototype"}]}'),
    JSON.parse('{"allow": ["__proto__", "constructor", "prototype", "toString"]}'),
    JSON.parse('{"removeTerms": ["__proto__"]}'),
    JSON.parse('{"removeTerms": ["constructor"]}'),
    JSON.parse('{"categories": ["__proto__"]}'),
    JSON.parse('{"categories": ["constructor", "toString"]}'),
    ...lexiconTexts.map((text, i) => ({ lexicons: { [`evil${i}.txt`]: text } })),
    { lexicons: Object.assign(Object.create(null), { 'x.txt': '@category insult\nzorglub\n' }) },
  ];

  it('no option or lexicon object can change a built-in prototype; bad ones throw a VigieError', () => {
    const before = snapshot();
    let built = 0;
    for (const options of optionObjects) {
      let d: ReturnType<typeof createDetector> | undefined;
      try {
        d = createDetector(options as DetectorOptions);
        built++;
      } catch (e) {
        expect(e, JSON.stringify(options)).toBeInstanceOf(VigieError);
        expect(e).toBeInstanceOf(TypeError);
      }
      if (d) for (const k of KEYS) d.analyze(`${k} zorglub glorbu ${k}.${k} t'es qu'un ${k}`);
      expect(({} as Record<string, unknown>).polluted, JSON.stringify(options)).toBeUndefined();
      expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    }
    expect(built).toBeGreaterThan(5);
    expect(snapshot()).toEqual(before);
  });

  it('words spelled like Object.prototype keys are ordinary words, and work as custom terms', () => {
    const plain = createDetector();
    for (const k of KEYS) {
      const a = plain.analyze(`${k} ${k}s t'es qu'un ${k}`);
      expect(a.matches, k).toEqual([]);
      expect(a.toxic).toBe(false);
    }
    const words = ['constructor', 'toString', 'hasOwnProperty', 'valueOf'];
    const d = createDetector({ addTerms: words });
    for (const w of words) {
      const a = d.analyze(`quel ${w}`);
      expect(
        a.matches.map((m) => [m.term, m.ruleId, m.category]),
        w,
      ).toEqual([[w, `custom/${w}`, 'insult']]);
    }
    const removed = createDetector({ addTerms: words, removeTerms: ['constructor'] });
    expect(removed.analyze('quel constructor').matches).toEqual([]);
  });
});

describe('the built bundle evaluates no code', () => {
  const root = join(import.meta.dirname, '..', '..');
  const FILES = ['dist/index.js', 'dist/index.cjs', 'dist/cli.js'];
  it('no eval( or new Function in dist/index.js, dist/index.cjs, dist/cli.js (after `npm run build`)', (ctx) => {
    const code = new Map<string, string>();
    for (const f of FILES) {
      try {
        code.set(f, readFileSync(join(root, f), 'utf8'));
      } catch {
        // Missing, or being rebuilt right now.
      }
    }
    if (!code.has('dist/index.js')) {
      console.warn('dist/index.js is missing: run `npm run build` first; the eval / new Function audit of the bundle is skipped');
      ctx.skip();
    }
    for (const [f, js] of code) {
      // \b: « eval( » as a call (eval(, .eval(), not inside an identifier such as retrieval(.
      expect(/\beval\s*\(/.test(js), `${f} contains eval(`).toBe(false);
      expect(/[,(]\s*eval\s*\)/.test(js), `${f} calls eval indirectly`).toBe(false);
      expect(/\bnew\s+Function\b/.test(js), `${f} contains new Function`).toBe(false);
      expect(/\bFunction\s*\(\s*['"`]/.test(js), `${f} builds a Function from a string`).toBe(false);
    }
  });
});
