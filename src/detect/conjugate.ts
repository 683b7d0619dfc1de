/**
 * A small French conjugator for the verb classes of pattern files: it generates, from an
 * infinitive, the folded forms a comment may use, grouped by the mood that patterns ask for.
 * Forms are ASCII lowercase (accents are folded away at match time, so « crève » and « creve »
 * are one form).
 * @internal
 */

/** Moods a pattern can ask for: `inf` (infinitive, plus the common misspellings in é/ez), `pres` (present indicative and subjunctive, imperfect), `fut` (future and conditional), `imp` (imperative), `pp` (past participle). */
export const MOODS = ['inf', 'pres', 'fut', 'imp', 'pp'] as const;
export type Mood = (typeof MOODS)[number];
export type Conjugation = Record<Mood, string[]>;

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

const empty = (): Conjugation => ({ inf: [], pres: [], fut: [], imp: [], pp: [] });

function first(stem: string, lemma: string): Conjugation {
  const c = empty();
  const soft = /[gc]$/.test(stem) ? `${stem}e` : stem; // égorgeons, mangeais
  c.inf.push(lemma, `${stem}e`, `${stem}ez`);
  c.pres.push(
    `${stem}e`,
    `${stem}es`,
    `${stem}ent`,
    `${soft}ons`,
    `${stem}ez`,
    `${stem}ions`,
    `${stem}iez`,
    `${soft}ais`,
    `${soft}ait`,
    `${soft}aient`,
  );
  c.imp.push(`${stem}e`, `${soft}ons`, `${stem}ez`);
  for (const e of ['erai', 'eras', 'era', 'erons', 'erez', 'eront', 'erais', 'erait', 'erions', 'eriez', 'eraient']) c.fut.push(stem + e);
  c.pp.push(`${stem}e`, `${stem}ee`, `${stem}es`, `${stem}ees`);
  if (stem.endsWith('y')) {
    // noyer: noie, noies, noient, noierai
    const i = `${stem.slice(0, -1)}i`;
    c.pres.push(`${i}e`, `${i}es`, `${i}ent`);
    c.imp.push(`${i}e`);
    for (const e of ['erai', 'eras', 'era', 'erons', 'erez', 'eront', 'erais', 'erait', 'eraient']) c.fut.push(i + e);
  }
  return c;
}

function second(stem: string, lemma: string): Conjugation {
  const c = empty();
  c.inf.push(lemma, `${stem}i`);
  c.pres.push(`${stem}is`, `${stem}it`, `${stem}issons`, `${stem}issez`, `${stem}issent`, `${stem}isse`, `${stem}isses`, `${stem}issait`);
  c.imp.push(`${stem}is`, `${stem}issons`, `${stem}issez`);
  for (const e of ['irai', 'iras', 'ira', 'irons', 'irez', 'iront', 'irais', 'irait', 'iraient']) c.fut.push(stem + e);
  c.pp.push(`${stem}i`, `${stem}ie`, `${stem}is`, `${stem}ies`);
  return c;
}

function third(stem: string, lemma: string): Conjugation {
  // attendre, descendre, pendre, mordre: stem + s, s, -, ons, ez, ent; futur stem + rai; pp stem + u
  const c = empty();
  c.inf.push(lemma);
  c.pres.push(`${stem}s`, stem, `${stem}ons`, `${stem}ez`, `${stem}ent`, `${stem}e`, `${stem}es`, `${stem}ait`);
  c.imp.push(`${stem}s`, `${stem}ons`, `${stem}ez`);
  for (const e of ['rai', 'ras', 'ra', 'rons', 'rez', 'ront', 'rais', 'rait', 'raient']) c.fut.push(stem + e);
  c.pp.push(`${stem}u`, `${stem}ue`, `${stem}us`, `${stem}ues`);
  return c;
}

// Irregular verbs by ending (abattre, détruire and conduire follow battre and -uire): forms of
// the ending per mood, the infinitive being the ending itself.
const IRREGULAR: Record<string, Partial<Conjugation>> = {
  faire: {
    pres: ['fais', 'fait', 'faisons', 'faites', 'font', 'fasse', 'fasses', 'fassent', 'faisais', 'faisait'],
    fut: ['ferai', 'feras', 'fera', 'ferons', 'ferez', 'feront', 'ferais', 'ferait', 'ferions', 'feriez', 'feraient'],
    imp: ['fais', 'faisons', 'faites'],
    pp: ['fait', 'faite', 'faits', 'faites'],
  },
  mettre: {
    pres: ['mets', 'met', 'mettons', 'mettez', 'mettent', 'mette', 'mettes', 'mettais', 'mettait'],
    fut: ['mettrai', 'mettras', 'mettra', 'mettrons', 'mettrez', 'mettront', 'mettrais', 'mettrait', 'mettraient'],
    imp: ['mets', 'mettons', 'mettez'],
    pp: ['mis', 'mise', 'mises'],
  },
  foutre: {
    pres: ['fous', 'fout', 'foutons', 'foutez', 'foutent', 'foute', 'foutes'],
    fut: ['foutrai', 'foutras', 'foutra', 'foutrons', 'foutrez', 'foutront', 'foutrais', 'foutrait'],
    imp: ['fous', 'foutez'],
    pp: ['foutu', 'foutue', 'foutus'],
  },
  prendre: {
    pres: ['prends', 'prend', 'prenons', 'prenez', 'prennent', 'prenne', 'prennes'],
    fut: ['prendrai', 'prendras', 'prendra', 'prendrons', 'prendrez', 'prendront', 'prendrais', 'prendrait'],
    imp: ['prends', 'prenez'],
    pp: ['pris', 'prise', 'prises'],
  },
  mourir: {
    pres: ['meurs', 'meurt', 'mourons', 'mourez', 'meurent', 'meure', 'meures', 'mourait'],
    fut: ['mourrai', 'mourras', 'mourra', 'mourrons', 'mourrez', 'mourront', 'mourrais', 'mourrait', 'mourraient', 'mourai', 'mouras'],
    imp: ['meurs', 'mourez'],
    pp: ['mort', 'morte', 'morts', 'mortes'],
  },
  battre: {
    pres: ['bats', 'bat', 'battons', 'battez', 'battent', 'batte'],
    fut: ['battrai', 'battras', 'battra', 'battrons', 'battrez', 'battront', 'battrais', 'battrait'],
    imp: ['bats', 'battez'],
    pp: ['battu', 'battue', 'battus', 'battues'],
  },
  ouvrir: {
    pres: ['ouvre', 'ouvres', 'ouvrons', 'ouvrez', 'ouvrent'],
    fut: ['ouvrirai', 'ouvriras', 'ouvrira', 'ouvrirons', 'ouvrirez', 'ouvriront', 'ouvrirais', 'ouvrirait'],
    imp: ['ouvre', 'ouvrez'],
    pp: ['ouvert', 'ouverte'],
  },
  uire: {
    pres: ['uis', 'uit', 'uisons', 'uisez', 'uisent', 'uise'],
    fut: ['uirai', 'uiras', 'uira', 'uirons', 'uirez', 'uiront', 'uirais', 'uirait'],
    imp: ['uis', 'uisez'],
    pp: ['uit', 'uite', 'uits'],
  },
  venir: {
    pres: ['viens', 'vient', 'venons', 'venez', 'viennent', 'vienne'],
    fut: ['viendrai', 'viendras', 'viendra', 'viendrons', 'viendrez', 'viendront', 'viendrais', 'viendrait'],
    imp: ['viens', 'venez'],
    pp: ['venu', 'venue', 'venus'],
  },
  hair: {
    pres: ['hais', 'hait', 'haissons', 'haissez', 'haissent', 'haisse'],
    fut: ['hairai', 'hairas', 'haira', 'hairons', 'hairez', 'hairont', 'hairais', 'hairait'],
    imp: ['hais', 'haissez'],
    pp: ['hai', 'haie', 'hais'],
  },
};

const isVerb = (w: string) => /(er|ir|re)$/.test(w);

/**
 * Conjugates `lemma`, an infinitive possibly with words that stay around it (« casser la
 * gueule », « y passer »): the first word that looks like an infinitive is conjugated.
 * `extra` adds explicit forms of that word per mood; with `only`, they replace the generated ones.
 */
export function conjugate(lemma: string, extra: Partial<Conjugation> = {}, only = false): Conjugation {
  const words = fold(lemma).trim().split(/\s+/);
  let h = words.findIndex(isVerb);
  if (h < 0) h = 0;
  const verb = words[h]!;
  const before = words.slice(0, h).join(' ');
  const after = words.slice(h + 1).join(' ');
  let c: Conjugation;
  const irr = Object.keys(IRREGULAR).find((k) => verb.endsWith(k));
  if (only) c = { ...empty(), inf: [verb] };
  else if (irr) {
    const prefix = verb.slice(0, -irr.length);
    c = { ...empty(), inf: [verb] };
    for (const m of MOODS) for (const f of IRREGULAR[irr]![m] ?? []) c[m].push(prefix + f);
  } else if (verb.endsWith('er')) c = first(verb.slice(0, -2), verb);
  else if (verb.endsWith('ir')) c = second(verb.slice(0, -2), verb);
  else if (verb.endsWith('re')) c = third(verb.slice(0, -2), verb);
  else c = { ...empty(), inf: [verb] };
  for (const m of MOODS) for (const f of extra[m] ?? []) c[m].push(fold(f));
  const out = empty();
  for (const m of MOODS) out[m] = [...new Set(c[m])].map((f) => [before, f, after].filter(Boolean).join(' '));
  return out;
}
