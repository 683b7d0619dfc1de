import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deletions, oneEdit } from '../../src/detect/fuzzy.js';
import { createDetector } from '../../src/index.js';
import { compile } from '../../src/lexicon/compile.js';
import { formsNear } from '../../src/lexicon/near.js';
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
  it('catches respellings one letter from a shipped insult, which need no entry of their own', () => {
    const shipped = createDetector();
    for (const text of [
      "t'es un gros connar",
      "t'es débil",
      "t'es un boufon",
      'sale batar',
      'espèce de kassos',
      'quel tokard',
      'gros enkulé',
      'sale salopar',
    ])
      expect(shipped.analyze(text).categories).toContain('insult');
    for (const text of ['le boufon du roi faisait rire la cour', 'le débit internet est faible ce soir'])
      expect(shipped.analyze(text).toxic).toBe(false);
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
});

describe('forms within one edit, from a walk of the trie', () => {
  const toCodes = (w: string) => Uint8Array.from(w, (ch) => ch.charCodeAt(0) - 96);
  const word = fc.string({ unit: fc.constantFrom(...'abcdeno'), minLength: 1, maxLength: 8 });
  it('finds exactly the forms a brute-force one-edit check finds', () => {
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 40 }), word, (forms, token) => {
        const a = compile(forms.map((f, entry) => ({ codes: toCodes(f), entry, root: 0 as const })));
        const got = formsNear(a, toCodes(token), 0, token.length, 3)
          .map((f) => String.fromCharCode(...f.codes.map((c) => c + 96)))
          .sort();
        const want = forms.filter((f) => f.length >= 3 && f !== token && oneEdit(token, f)).sort();
        expect(got).toEqual(want);
      }),
      { numRuns: 3000 },
    );
  });
  it('reports the node where each form ends', () => {
    const a = compile(['connard', 'canard'].map((f, entry) => ({ codes: toCodes(f), entry, root: 0 as const })));
    const near = formsNear(a, toCodes('conard'), 0, 6, 5);
    expect(near.map((f) => a.termIds[a.termStart[f.node]!]).sort()).toEqual([0, 1]);
  });
});
