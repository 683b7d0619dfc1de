import { VigieError } from '../errors.js';

/** Names of the inflection classes a lexicon entry may use (`infl=`). */
export const INFLECTIONS = ['-', 's', 'e', 'x', 'eur', 'teur', 'eux', 'if', 'en', 'on', 'et', 'el', 'er', 'al', 'verb'] as const;
/** An inflection class. */
export type Inflection = (typeof INFLECTIONS)[number];

// Ending swaps: [lemma ending, replacement endings].
const SWAPS: Record<string, [string, string[]]> = {
  eur: ['eur', ['euse', 'eurs', 'euses']],
  teur: ['teur', ['trice', 'teurs', 'trices']],
  eux: ['eux', ['euse', 'euses']],
  if: ['if', ['ive', 'ifs', 'ives']],
  en: ['en', ['enne', 'ens', 'ennes']],
  on: ['on', ['onne', 'ons', 'onnes']],
  et: ['et', ['ette', 'ets', 'ettes']],
  el: ['el', ['elle', 'els', 'elles']],
  er: ['er', ['ère', 'ers', 'ères']],
  al: ['al', ['ale', 'aux', 'ales']],
};

const VERB_ENDINGS = [
  'er',
  'e',
  'es',
  'ons',
  'ez',
  'ent',
  'é',
  'ée',
  'és',
  'ées',
  'ais',
  'ait',
  'aient',
  'ant',
  'erai',
  'eras',
  'era',
  'erons',
  'erez',
  'eront',
  'erais',
  'erait',
  'eraient',
];

/**
 * Forms of a lemma for an inflection class, the lemma first. Applied to the last word of a
 * multi-word term (`gros connard` → `gros connards` is not generated: inflect the head noun
 * with `forms=` when the whole phrase agrees).
 * @throws VigieError when the lemma does not end the way the class needs.
 */
export function inflect(lemma: string, cls: Inflection): string[] {
  if (cls === '-') return [lemma];
  if (cls === 's') return [lemma, `${lemma}s`];
  if (cls === 'x') return [lemma, `${lemma}x`];
  if (cls === 'e') {
    // A lemma already ending in -e (imbécile, débile) only takes -s.
    if (lemma.endsWith('e') && !lemma.endsWith('é')) return [lemma, `${lemma}s`];
    return [lemma, `${lemma}e`, `${lemma}s`, `${lemma}es`];
  }
  if (cls === 'verb') {
    if (!lemma.endsWith('er')) throw new VigieError(`infl=verb needs an infinitive in -er, got "${lemma}"`);
    const stem = lemma.slice(0, -2);
    return VERB_ENDINGS.map((e) => stem + e);
  }
  const [ending, repl] = SWAPS[cls]!;
  if (!lemma.endsWith(ending)) throw new VigieError(`infl=${cls} needs a lemma ending in -${ending}, got "${lemma}"`);
  const stem = lemma.slice(0, -ending.length);
  return [lemma, ...repl.map((r) => stem + r)];
}
