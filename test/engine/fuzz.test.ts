import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Analysis, createDetector, type Span } from '../../src/index.js';
import { detector } from './fixtures.js';

const isLow = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff;
};
const isHigh = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff;
};

/** Why a span is invalid, or '' (plain code, not expect(): long texts have 100 000s of spans). */
function spanError(text: string, s: Span): string {
  if (!Number.isInteger(s.start) || !Number.isInteger(s.end)) return 'non-integer offset';
  if (s.start < 0 || s.end > text.length || s.start >= s.end) return `out of bounds ${s.start}-${s.end}`;
  for (const i of [s.start, s.end])
    if (i > 0 && i < text.length && isHigh(text, i - 1) && isLow(text, i)) return `splits a surrogate pair at ${i}`;
  return '';
}

function checkSpan(text: string, s: Span): void {
  const e = spanError(text, s);
  if (e !== '') expect.fail(`${e} in ${JSON.stringify(text.slice(0, 200))}`);
}

function checkAnalysis(text: string, a: Analysis): void {
  for (const m of a.matches) checkSpan(text, m);
  for (const t of a.threats) checkSpan(text, t);
  for (const t of a.targets) checkSpan(text, t);
  for (const t of a.topics) for (const s of t.spans) checkSpan(text, s);
  expect(a.score).toBeGreaterThanOrEqual(0);
  expect(a.score).toBeLessThanOrEqual(1);
  expect(a.toxic).toBe(a.categories.some((c) => c !== 'profanity'));
}

// Units that exercise every normalizer path: letters, accents, leet, separators, invisible
// characters, lookalikes, emoji, lone surrogates.
const unit = fc.oneof(
  fc.constantFrom(...'connardbiteputesalaudenculé fdp con'.split('')),
  fc.constantFrom('0', '1', '3', '4', '@', '$', '!', '|', '*', '.', '-', '_', "'", '’', ' ', '  ', '\n', ','),
  fc.constantFrom('\u200b', '\u200d', '\u00ad', '\u0301', '\u0308', '\u202e', '\ufe0f', '\u0000', '\u0007'),
  fc.constantFrom('с', 'о', 'а', 'α', 'ο', 'ｃ', '𝐜', 'ⓒ', '🅰', '🇦', 'œ', 'ß', 'ﬁ', 'İ'),
  fc.constantFrom('😡', '👏🏽', '🐱', '\ud800', '\udfff', '\udbff\udbff'),
  fc.string({ unit: 'binary', maxLength: 3 }),
);
const text = fc.array(unit, { maxLength: 80 }).map((xs) => xs.join(''));

describe('analyze on arbitrary input', () => {
  it('never throws and returns valid offsets', () => {
    fc.assert(
      fc.property(text, (t) => {
        checkAnalysis(t, detector.analyze(t));
      }),
      { numRuns: 3000 },
    );
  });
  it('is deterministic and does not depend on the previous call', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const first = JSON.stringify(detector.analyze(a));
        detector.analyze(b);
        expect(JSON.stringify(detector.analyze(a))).toBe(first);
      }),
      { numRuns: 500 },
    );
  });
  it('censor keeps the length and only masks inside findings', () => {
    fc.assert(
      fc.property(text, (t) => {
        const out = detector.censor(t);
        expect(out.length).toBe(t.length);
        const a = detector.analyze(t);
        const inside = (i: number) => [...a.matches, ...a.threats].some((s) => !s.suppressedBy && s.start <= i && i < s.end);
        for (let i = 0; i < t.length; i++) if (out[i] !== t[i]) expect(inside(i)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('hostile input', () => {
  const MB = 1 << 20;
  const cases: [string, () => string][] = [
    ['empty', () => ''],
    ['only emoji', () => '😡🤬👏🏽'.repeat(1000)],
    ['a million repeated letters', () => 'n'.repeat(MB)],
    ['a million stars inside a word', () => `con${'*'.repeat(MB)}nard`],
    ['spaced single letters over a megabyte', () => 'c o n '.repeat(MB / 6)],
    ['zalgo flood', () => `con${'\u0301\u0308\u0327'.repeat(MB / 3)}nard`],
    ['bidi overrides', () => '\u202econnard\u202c '.repeat(10000)],
    ['lone surrogates', () => '\ud800con\udc00nard\ud800'.repeat(10000)],
    ['NUL and control characters', () => 'con\u0000na\u0001rd\u0007 '.repeat(10000)],
    ['leet everywhere', () => '1|1|1|1|1|!@$'.repeat(50000)],
    ['ten megabytes of comments', () => "T'es qu'un c 0 n n 4 r d, je vais te retrouver. Quel beau match ! ".repeat(160000)],
  ];
  for (const [name, make] of cases) {
    it(name, () => {
      const t = make();
      const a = detector.analyze(t);
      checkAnalysis(t, a);
      expect(detector.censor(t).length).toBe(t.length);
    });
  }
  it('finds every insult of a long text', () => {
    const a = detector.analyze('connard '.repeat(10000));
    expect(a.matches).toHaveLength(10000);
  });
});

describe('long texts are read in pieces', () => {
  const d = createDetector();
  const one = 'Franchement espèce de connard, je vais te retrouver.\nLes femmes sont des putes.\nBeau match hier soir !\n';
  it('a text of many lines gives the findings of each line, at their offsets in the whole', () => {
    const big = one.repeat(3000);
    expect(big.length).toBeGreaterThan(200_000);
    const a = d.analyze(big);
    const b = d.analyze(one);
    expect(a.matches.length).toBe(b.matches.length * 3000);
    expect(a.threats.length).toBe(b.threats.length * 3000);
    expect(a.targets.length).toBe(b.targets.length * 3000);
    expect(a.categories).toEqual(b.categories);
    for (const m of a.matches) {
      const k = Math.floor(m.start / one.length) * one.length;
      const own = b.matches.find((x) => x.start === m.start - k && x.end === m.end - k && x.ruleId === m.ruleId);
      expect(own, `${m.ruleId} at ${m.start}`).toBeDefined();
    }
    expect(a.topics.map((t) => [t.topic, t.spans.length])).toEqual(b.topics.map((t) => [t.topic, t.spans.length * 3000]));
  });
  it('a text without line breaks or sentence ends is cut at spaces, never inside a surrogate pair', () => {
    const words = `${'😀'.repeat(40_000)} ${'mot '.repeat(40_000)}connard ${'😀'.repeat(40_000)}`;
    const a = d.analyze(words);
    expect(a.matches.map((m) => words.slice(m.start, m.end))).toEqual(['connard']);
  });
});
