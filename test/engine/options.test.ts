import { describe, expect, it } from 'vitest';
import { createDetector, parseLexicon, VigieError } from '../../src/index.js';

describe('createDetector options', () => {
  it('adds terms at runtime, with inflections', () => {
    const d = createDetector({ addTerms: [{ term: 'zbrouf', category: 'insult', inflection: 's' }] });
    expect(d.analyze('bande de zbroufs').categories).toEqual(['insult']);
  });
  it('a plain string adds a medium insult', () => {
    const m = createDetector({ addTerms: ['zbroufeur'] }).analyze('quel zbroufeur').matches[0]!;
    expect([m.category, m.severity, m.ruleId]).toEqual(['insult', 'medium', 'custom/zbroufeur']);
  });
  it('removes terms by lemma, ignoring case and accents', () => {
    const d = createDetector({ addTerms: ['Zbroufeur'], removeTerms: ['ZBROUFEUR'] });
    expect(d.analyze('quel zbroufeur').matches).toEqual([]);
  });
  it('allows words so that nothing inside them matches', () => {
    const lex = '@category insult\nglorb | bound=prefix\n';
    expect(createDetector({ lexicons: { 'x.txt': lex } }).analyze('les glorbes de freinage').matches).toHaveLength(1);
    const d = createDetector({ lexicons: { 'x.txt': lex }, allow: ['glorbes'] });
    expect(d.analyze('les glorbes de freinage').matches).toEqual([]);
    expect(d.analyze('les GLÖRBES de freinage').matches).toEqual([]);
  });
  it('picks categories', () => {
    const lex = '@category profanity\nputain\n@category insult\nconnard\n';
    const d = createDetector({ lexicons: { 'x.txt': lex }, categories: ['profanity'] });
    expect(d.analyze('putain de connard').categories).toEqual(['profanity']);
  });
  it('rejects bad options with an error naming the field', () => {
    const bad: [unknown, RegExp][] = [
      [{ categorie: [] }, /options\.categorie: unknown option/],
      [{ categories: ['insulte'] }, /options\.categories\[0\]: must be one of/],
      [{ addTerms: [{ term: 'x', category: 'nope' }] }, /options\.addTerms\[0\]\.category/],
      [{ addTerms: [{ term: 'x', category: 'hate' }] }, /options\.addTerms\[0\]\.target/],
      [{ addTerms: [{ term: '', category: 'insult' }] }, /options\.addTerms\[0\]\.term/],
      [{ removeTerms: ['pas-un-terme-du-lexique'] }, /options\.removeTerms\[0\]: no built-in term/],
      [{ allow: [3] }, /options\.allow\[0\]/],
      [{ lexicons: { 'bad.txt': '@category insult\nconnard | sev=énorme' } }, /bad\.txt:2: unknown severity/],
    ];
    for (const [opts, re] of bad) {
      expect(() => createDetector(opts as never)).toThrow(VigieError);
      expect(() => createDetector(opts as never)).toThrow(re);
    }
  });
  it('cannot be polluted through __proto__, constructor or prototype keys', () => {
    const evil = JSON.parse('{"__proto__": {"polluted": true}, "categories": ["insult"]}');
    expect(() => createDetector(evil)).toThrow(/unknown option "__proto__"/);
    const evilTerm = JSON.parse('{"term": "x", "category": "insult", "constructor": {"prototype": {"polluted": true}}}');
    expect(() => createDetector({ addTerms: [evilTerm] })).toThrow(/unknown key "constructor"/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('analyze rejects non-strings with a TypeError', () => {
    expect(() => createDetector().analyze(42 as never)).toThrow(TypeError);
  });
});

describe('lexicon parser', () => {
  it('reads directives, fields, inflections and examples', () => {
    const [e] = parseLexicon('@category insult\n@severity high\nbranleur | infl=eur\n  + quel branleur\n  - rien\n', 'a.txt');
    expect(e).toMatchObject({ term: 'branleur', kind: 'insult', severity: 'high', id: 'a/branleur', line: 3 });
    expect(e!.forms).toEqual(['branleur', 'branleuse', 'branleurs', 'branleuses']);
    expect(e!.examples).toEqual([
      { text: 'quel branleur', flagged: true },
      { text: 'rien', flagged: false },
    ]);
  });
  it.each([
    ['connard | sev=high', /category/],
    ['@category insult\nconnard | foo=1', /a\.txt:2: unknown field "foo"/],
    ['@category insult\nconnard | infl=eur', /a\.txt:2: infl=eur needs a lemma ending in -eur/],
    ['@category insult\nconnard\nconnard', /a\.txt:3: duplicate entry "connard" \(first on line 2\)/],
    ['@category hate\nmachin', /a\.txt:2: a hate entry needs target=/],
    ['  + exemple orphelin', /a\.txt:1: example line before any entry/],
    ['@categorie insult', /a\.txt:1: bad directive/],
    ['@category insult\n | sev=low', /a\.txt:2: missing term/],
  ])('rejects %j', (text, re) => {
    expect(() => parseLexicon(text, 'a.txt')).toThrow(re);
  });
});

describe('censor', () => {
  const d = createDetector({ lexicons: { 't.txt': '@category insult\nconnard\n@category profanity\nputain\n' } });
  it('masks by offsets, evasions included, keeping length and everything else', () => {
    const text = 'Putain, t’es un c 0 n n 4 r d 😡';
    const out = d.censor(text);
    expect(out).toBe('******, t’es un * * * * * * * 😡');
    expect(out.length).toBe(text.length);
  });
  it('can keep profanity and the first letter', () => {
    expect(d.censor('putain de connard', { profanity: false, keepFirst: true })).toBe('putain de c******');
  });
  it('rejects a bad mask', () => {
    expect(() => d.censor('x', { mask: '**' })).toThrow(/censor\.options\.mask/);
  });
});
