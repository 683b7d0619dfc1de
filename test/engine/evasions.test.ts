import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/index.js';
import { detector, hits } from './fixtures.js';

describe('the issue example', () => {
  it("reports an insult covering exactly 'c 0 n n 4 r d'", () => {
    const text = "T'es qu'un c 0 n n 4 r d";
    const a = detector.analyze(text);
    const m = a.matches.find((x) => x.category === 'insult');
    expect(m).toBeDefined();
    expect(text.slice(m!.start, m!.end)).toBe('c 0 n n 4 r d');
    expect(a.toxic).toBe(true);
  });
});

describe('every evasion class of SPEC.md is undone', () => {
  const cases: [string, string, string][] = [
    ['leetspeak', 'quel c0nn4rd celui-là', 'c0nn4rd'],
    ['leetspeak with symbols', 'espèce de conn@rd', 'conn@rd'],
    ['leetspeak 1 as l', 'sal4ud, encu1é', 'encu1é'],
    ['spaced letters', 'tu es un c o n n a r d', 'c o n n a r d'],
    ['dotted letters', 'tu es un c.o.n.n.a.r.d', 'c.o.n.n.a.r.d'],
    ['hyphenated letters', 'tu es un c-o-n-n-a-r-d !', 'c-o-n-n-a-r-d'],
    ['underscored letters', 'c_o_n_n_a_r_d', 'c_o_n_n_a_r_d'],
    ['punctuation inside', 'gros con*nard va', 'con*nard'],
    ['dot inside', 'gros con.nard va', 'con.nard'],
    ['masked letter', 'fils de p*te', 'fils de p*te'],
    ['repeated letters', 'connnnnnard', 'connnnnnard'],
    ['repeated vowels', 'saaaaaalaud', 'saaaaaalaud'],
    ['accents removed', 'quel encule', 'encule'],
    ['accents added', 'quel cönnärd', 'cönnärd'],
    ['upper and mixed case', 'CoNnArD', 'CoNnArD'],
    ['Cyrillic lookalikes', 'сonnаrd', 'сonnаrd'],
    ['Greek lookalikes', 'cοnnαrd', 'cοnnαrd'],
    ['fullwidth', 'ｃｏｎｎａｒｄ', 'ｃｏｎｎａｒｄ'],
    ['mathematical letters', '𝐜𝐨𝐧𝐧𝐚𝐫𝐝', '𝐜𝐨𝐧𝐧𝐚𝐫𝐝'],
    ['enclosed letters', 'ⓒⓞⓝⓝⓐⓡⓓ', 'ⓒⓞⓝⓝⓐⓡⓓ'],
    ['zero-width characters', 'con\u200bnar\u200dd', 'con\u200bnar\u200dd'],
    ['soft hyphen and bidi marks', 'con\u00adnard\u200e', 'con\u00adnard\u200e'],
    ['combining accents', 'encule\u0301e', 'encule\u0301e'],
    ['elision', "c'est l'enculé", 'enculé'],
    ['typographic apostrophe', 'c’est l’enculé', 'enculé'],
    ['punctuation stuck to the word', '(connard!)', 'connard'],
    ['phrase with hyphens', 'fils-de-pute', 'fils-de-pute'],
    ['plural inflection', 'bande de connards', 'connards'],
    ['feminine inflection', 'quelle connarde', 'connarde'],
  ];
  for (const [name, text, expected] of cases) {
    it(`${name}: ${text}`, () => {
      const found = detector.analyze(text).matches.filter((m) => !m.suppressedBy);
      expect(found.map((m) => text.slice(m.start, m.end))).toContain(expected);
    });
  }
});

describe('what must not be flagged', () => {
  const clean = [
    "j'habite à Lyon",
    'une salade de concombre',
    'ils vont disputer la finale',
    'les députés ont voté',
    "l'analyse du match",
    'il vit dans le Connecticut',
    'la salle était pleine',
    'il a 2 ans et il est arrivé 1er',
    'score final 3-0 à la 90e minute',
    'rendez-vous à 10h au stade',
    'Concarneau a gagné',
    'les canards du lac',
    'il a déconné en cours',
    'le con de la rivière est sec',
    'un bitcoin',
  ];
  for (const text of clean) {
    it(text, () => {
      const a = detector.analyze(text);
      expect(a.matches.filter((m) => !m.suppressedBy)).toEqual([]);
      expect(a.toxic).toBe(false);
    });
  }

  it('spaced single letters need a run of three: « à la » and « y a » stay words', () => {
    expect(hits('il y a à la maison un con')).toEqual([]);
  });
});

describe('ambiguous words count only when aimed', () => {
  it.each([["t'es vraiment con"], ['espèce de con'], ['sale con'], ['@paul con'], ['con !']])('%s', (text) => {
    expect(hits(text)).toContain(`con:con`);
  });
  it('reports the unaimed use as set aside for ambiguity', () => {
    const a = detector.analyze('le con de la rivière');
    expect(a.matches).toHaveLength(1);
    expect(a.matches[0]!.suppressedBy).toBe('ambiguity');
    expect(a.toxic).toBe(false);
  });
});

describe('longest match and nesting', () => {
  it('a phrase wins over the word inside it', () => {
    expect(hits('fils de pute')).toEqual(['fils de pute:fils de pute']);
  });
  it('connard wins over con', () => {
    expect(hits("t'es un connard")).toEqual(['connard:connard']);
  });
  it('a slur keeps its target inside a longer hit', () => {
    const a = detector.analyze('sale bougnoule');
    expect(a.targets.map((t) => t.group)).toEqual(['arab']);
    expect(a.categories).toContain('hate');
  });
});

describe('separators and numbers', () => {
  it('a hyphen slipped inside a word is read through', () => {
    expect(hits('quel con-nard')).toContain('connard:con-nard');
    expect(hits('fils-de-pute')).toEqual(['fils de pute:fils-de-pute']);
  });
  it('punctuation between single letters spells one word: no word starts inside it', () => {
    const a = createDetector().analyze('espèce de d.é.g.o.û.t.a.n.t.e !');
    expect(a.categories).toEqual(['insult']);
    expect(a.matches.filter((m) => !m.suppressedBy).map((m) => m.ruleId)).toEqual(['insults/dégoûtant']);
    // Between words the dots still separate them.
    expect(hits('sale.con')).toContain('con:con');
    expect(hits('fils.de.pute')).toEqual(['fils de pute:fils.de.pute']);
    expect(createDetector().analyze('sale.c.o.n').categories).toEqual(['insult']);
  });
  it('a wider gap between spaced letters separates two words', () => {
    const d = hits('f i l s   d e   p u t e');
    expect(d).toEqual(['fils de pute:f i l s   d e   p u t e']);
  });
  it('two pairs of spaced letters before a spelled-out word join too', () => {
    expect(createDetector().analyze('v a  t e  p e n d r e').categories).toContain('self_harm');
    // two pairs with no longer word after them stay letters
    expect(hits('a b  c d  e f')).toEqual([]);
    expect(createDetector().analyze('il y a  2 ans').toxic).toBe(false);
  });
  it('digits before letters are leetspeak unless the letters are a number suffix', () => {
    expect(hits("t'3s un c0nn4rd")).toContain('connard:c0nn4rd');
    expect(hits('3nculé').some((h) => h.endsWith(':3nculé'))).toBe(true);
    for (const clean of ['le 2e but', 'il finit 1er', 'à la 90e minute', 'rdv à 10h', '5km à pied', 'les 3s du chrono'])
      expect(hits(clean)).toEqual([]);
  });
});

describe('spaced words next to ordinary ones', () => {
  it('an elided letter after a spaced word is not swallowed', () => {
    expect(hits("t'es un c o n n a r d d'abord")).toContain('connard:c o n n a r d');
  });
  it('a one-letter word before a spaced word still lets it match', () => {
    expect(hits('va à c o n n a r d')).toContain('connard:c o n n a r d');
  });
  it('two letters join only across a wider gap of the same kind', () => {
    expect(hits('f-i-l-s d-e p-u-t-e')).toEqual(['fils de pute:f-i-l-s d-e p-u-t-e']);
    expect(hits('il y a 3 ans, y a pas de con')).toEqual([]);
  });
  it('a symbol ending a word is a letter, a final ! is punctuation', () => {
    expect(hits('quels salaud$')).toContain('salaud:salaud$');
    expect(hits('$@laud')).toContain('salaud:$@laud');
    expect(hits('connard!')).toEqual(['connard:connard']);
  });
  it('a prefix entry covers its whole word', () => {
    const d = createDetector({ lexicons: { 'p.txt': '@category insult\nzbrouf | bound=prefix\n' } });
    const t = 'vous êtes des zbroufés';
    const m = d.analyze(t).matches.find((x) => x.term === 'zbrouf')!;
    expect(t.slice(m.start, m.end)).toBe('zbroufés');
  });
});

describe('phrases stop at punctuation', () => {
  it('a phrase of the lexicon does not run across « ! », « . » or a comma', () => {
    const d = createDetector();
    expect(
      d
        .analyze('Trop con ! Fini de rire.')
        .matches.filter((m) => !m.suppressedBy)
        .map((m) => m.term),
    ).not.toContain('con fini');
    expect(d.analyze("t'es un con fini").matches.map((m) => m.term)).toContain('con fini');
  });
});
