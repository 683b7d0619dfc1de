import fc from 'fast-check';
import { distance } from 'fastest-levenshtein';
import { describe, expect, it } from 'vitest';
import { deletions, oneEdit } from '../../src/detect/fuzzy.js';
import { createDetector } from '../../src/index.js';
import { detector } from './helpers.js';

const fuzzy = (text: string) => detector.analyze(text).matches.filter((m) => m.ruleId.startsWith('fuzzy:') && !m.suppressedBy);

describe('fuzzy matching of one-letter typos', () => {
  it('finds a substituted, dropped, added or swapped letter in a long word', () => {
    for (const w of ['conmard', 'connarf', 'cionnard', 'conanrd']) {
      const text = `quel ${w}`;
      const m = fuzzy(text);
      expect(m).toHaveLength(1);
      expect(m[0]!.ruleId).toMatch(/^fuzzy:.*\/conn?ard?$/);
      expect(m[0]!.category).toBe('insult');
      expect(m[0]!.severity).toBe('high');
      expect(text.slice(m[0]!.start, m[0]!.end)).toBe(w);
    }
  });
  it('never reads a French word as a typo (the guard list)', () => {
    expect(fuzzy('un canard sur le lac')).toEqual([]);
    expect(fuzzy('quel connard')).toEqual([]); // exact: the lexicon's own match
  });
  it('skips short words, capitalised names and words already matched', () => {
    expect(fuzzy('quel abrut')).toHaveLength(1); // 5 letters, one from abruti
    const d = createDetector({ lexicons: { 'x.txt': '@category insult\nbouse\n' } });
    expect(d.analyze('quel bouze').matches.filter((m) => m.ruleId.startsWith('fuzzy:'))).toHaveLength(1);
    expect(d.analyze('quel bous').matches.filter((m) => m.ruleId.startsWith('fuzzy:'))).toEqual([]);
    expect(fuzzy('hier soir, Conrad a chanté')).toEqual([]);
  });
  it('respects when=aimed', () => {
    const d = createDetector({ lexicons: { 'x.txt': '@category insult\nbouffon | when=aimed\n' } });
    const m = d.analyze('le bouffom du roi').matches.find((x) => x.ruleId.startsWith('fuzzy:'))!;
    expect(m.suppressedBy).toBe('ambiguity');
    expect(d.analyze("t'es un bouffom").toxic).toBe(true);
  });
  it('edit helpers', () => {
    expect(oneEdit('connard', 'conanrd')).toBe(true);
    expect(oneEdit('connard', 'conard')).toBe(true);
    expect(oneEdit('connard', 'canards')).toBe(false);
    expect(deletions('abc')).toEqual(['abc', 'bc', 'ac', 'ab']);
  });
  it('oneEdit answers as a Levenshtein distance ≤ 1 or one adjacent swap', () => {
    // The reference oneEdit replaced: fastest-levenshtein's distance, plus the swap rule.
    const reference = (a: string, b: string): boolean => {
      if (Math.abs(a.length - b.length) > 1) return false;
      if (a.length === b.length) {
        let i = 0;
        while (i < a.length && a[i] === b[i]) i++;
        if (i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)) return true;
      }
      return distance(a, b) <= 1;
    };
    // A small alphabet, so that near words are frequent, and mutations of one word.
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'n'), maxLength: 9 });
    fc.assert(
      fc.property(word, word, (a, b) => oneEdit(a, b) === reference(a, b)),
      { numRuns: 20000 },
    );
    // Words one substitution, insertion, deletion or swap away (and some two away).
    const edited = fc.tuple(word, fc.nat(9), fc.constantFrom('', 'a', 'n', 'x'), fc.nat(2), fc.boolean()).map(([w, i, c, del, swap]) => {
      const b = w.slice(0, i) + c + w.slice(i + del);
      return [w, swap && i + 1 < b.length ? b.slice(0, i) + b[i + 1] + b[i] + b.slice(i + 2) : b] as const;
    });
    fc.assert(
      fc.property(edited, ([a, b]) => oneEdit(a, b) === reference(a, b) && oneEdit(b, a) === reference(b, a)),
      { numRuns: 20000 },
    );
    const cases: [string, string][] = [
      ['', ''],
      ['', 'a'],
      ['ab', 'ba'],
      ['abc', 'bca'],
      ['connard', 'conanrd'],
      ['connard', 'connadr'],
      ['connard', 'ocnnard'],
    ];
    for (const [a, b] of cases) expect(oneEdit(a, b)).toBe(reference(a, b));
  });
});
