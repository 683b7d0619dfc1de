import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { A_SEP, F_BOUND, F_LEETSYM, F_MENTION, F_REPEAT } from '../../src/normalize/classes.js';
import { NormalizedText, normalizeInto } from '../../src/normalize/pipeline.js';
import { bigText, evasive, insidePair, text } from './arbitraries.js';

// FC_RUNS=5000 npx vitest run test/properties for a longer search.
const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 500) };
const KNOWN_FLAGS = F_REPEAT | F_BOUND | F_MENTION | F_LEETSYM;

/** Checks every invariant of the fused normalizer's output; throws with a precise message. */
function check(s: string, out: NormalizedText): void {
  const n = out.length;
  const L = s.length;
  const fail = (msg: string) => {
    throw new Error(`${msg} (input ${JSON.stringify(s)})`);
  };
  for (let i = 0; i < n; i++) {
    const a = out.start[i]!;
    const b = out.end[i]!;
    if (a < 0 || b > L) fail(`code ${i}: span [${a}, ${b}) outside [0, ${L}]`);
    if (a >= b) fail(`code ${i}: empty span [${a}, ${b})`);
    if (insidePair(s, a)) fail(`code ${i}: start ${a} inside a surrogate pair`);
    if (insidePair(s, b)) fail(`code ${i}: end ${b} inside a surrogate pair`);
    if (i > 0 && a < out.start[i - 1]!) fail(`code ${i}: start ${a} before previous start ${out.start[i - 1]}`);
    if (i > 0 && b < out.end[i - 1]!) fail(`code ${i}: end ${b} before previous end ${out.end[i - 1]}`);
    if (out.codes[i]! > 39) fail(`code ${i}: unknown code ${out.codes[i]}`);
    if ((out.flags[i]! & ~KNOWN_FLAGS) !== 0) fail(`code ${i}: unknown flags ${out.flags[i]}`);
  }
  // Separators: never first or last, never two in a row.
  if (n > 0 && (out.codes[0] === A_SEP || out.codes[n - 1] === A_SEP)) fail('leading or trailing separator');
  for (let i = 1; i < n; i++) if (out.codes[i] === A_SEP && out.codes[i - 1] === A_SEP) fail(`two separators at ${i}`);
  // Tokens: non-empty, in order, separated by exactly one separator, covering every letter.
  const T = out.tokens;
  if ((T === 0) !== (n === 0)) fail(`${T} tokens for ${n} codes`);
  for (let k = 0; k < T; k++) {
    const a = out.tokenStart[k]!;
    const b = out.tokenEnd[k]!;
    if (!(0 <= a && a < b && b <= n)) fail(`token ${k}: [${a}, ${b}) malformed for ${n} codes`);
    for (let i = a; i < b; i++) if (out.codes[i] === A_SEP) fail(`token ${k}: separator inside at ${i}`);
    if (k === 0 && a !== 0) fail('first token does not start at 0');
    if (k === T - 1 && b !== n) fail('last token does not end at the last code');
    if (k > 0) {
      const prevEnd = out.tokenEnd[k - 1]!;
      if (a !== prevEnd + 1 || out.codes[prevEnd] !== A_SEP) fail(`tokens ${k - 1} and ${k} not split by one separator`);
    }
  }
}

const run = (s: string) => normalizeInto(s, new NormalizedText());

describe('normalizeInto (fused pipeline) properties', () => {
  it('spans lie in the text, are non-empty, ordered and never split a surrogate pair; tokens are well formed', () => {
    fc.assert(
      fc.property(fc.oneof(text, evasive), (s) => {
        check(s, run(s));
      }),
      RUNS,
    );
  });

  it('gives the same result with a reused buffer as with a fresh one', () => {
    const shared = new NormalizedText();
    fc.assert(
      fc.property(fc.oneof(text, evasive), fc.oneof(text, evasive), (before, s) => {
        normalizeInto(before, shared);
        const reused = normalizeInto(s, shared);
        const fresh = run(s);
        expect(reused.length).toBe(fresh.length);
        expect(reused.tokens).toBe(fresh.tokens);
        const n = fresh.length;
        expect(Array.from(reused.codes.subarray(0, n))).toEqual(Array.from(fresh.codes.subarray(0, n)));
        expect(Array.from(reused.flags.subarray(0, n))).toEqual(Array.from(fresh.flags.subarray(0, n)));
        expect(Array.from(reused.start.subarray(0, n))).toEqual(Array.from(fresh.start.subarray(0, n)));
        expect(Array.from(reused.end.subarray(0, n))).toEqual(Array.from(fresh.end.subarray(0, n)));
        expect(Array.from(reused.tokenStart.subarray(0, fresh.tokens))).toEqual(Array.from(fresh.tokenStart.subarray(0, fresh.tokens)));
        expect(Array.from(reused.tokenEnd.subarray(0, fresh.tokens))).toEqual(Array.from(fresh.tokenEnd.subarray(0, fresh.tokens)));
      }),
      { numRuns: Math.ceil(RUNS.numRuns / 2) },
    );
  });

  it('reads the same codes when an invisible character is inserted anywhere', () => {
    const codes = (x: string) => {
      const o = run(x);
      return Array.from(o.codes.subarray(0, o.length));
    };
    fc.assert(
      fc.property(
        fc.oneof(text, evasive),
        fc.nat(),
        fc.constantFrom('\u200b', '\u200d', '\u00ad', '\u2060', '\ufeff', '\u200e', '\u0301'),
        (s0, at, zw) => {
          // Without invisible characters and marks already there, so the insertion is the only one.
          const cps = Array.from(s0.replace(/[\p{Default_Ignorable_Code_Point}\p{M}]/gu, ''));
          const cut = at % (cps.length + 1);
          const s = cps.join('');
          const t = cps.slice(0, cut).join('') + zw + cps.slice(cut).join('');
          expect(codes(t)).toEqual(codes(s));
        },
      ),
      RUNS,
    );
  });

  it('handles edge inputs', () => {
    for (const s of ['', ' ', '\ud800', '\udc00', '\ud800\ud800', '\udc00\ud800', '😀', '\u0301', '\u200b', '@', '*', '-', "'", '1']) {
      check(s, run(s));
    }
  });

  it('grows its buffers for letters that fold to several codes (the first reserve is one code per unit)', () => {
    const cases: [string, number][] = [
      ['ﬃ'.repeat(5000), 15000],
      // The run of a is collapsed to one code: 1 + 2 × 3000.
      [`${'a'.repeat(300)}${'œ'.repeat(3000)}`, 6001],
    ];
    for (const [s, n] of cases) {
      const out = run(s);
      check(s, out);
      expect(out.length).toBe(n);
    }
  });

  it('finishes on 1 MB of random adversarial text', () => {
    const s = bigText(1 << 20, 7);
    const out = run(s);
    check(s, out);
    expect(out.tokens).toBeGreaterThan(1000);
  });

  it('finishes on 1 MB pathological inputs', () => {
    const n = 1 << 20;
    for (const s of [
      '!'.repeat(n),
      '!\u200b'.repeat(n / 2),
      'a '.repeat(n / 2),
      'a.'.repeat(n / 2),
      'a'.repeat(n),
      `a${'\u200b'.repeat(n)}b`,
    ]) {
      check(s, run(s));
    }
  });
});
