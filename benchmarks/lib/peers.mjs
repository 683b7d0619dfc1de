// The npm peers, each configured as well as it allows for French, and wrapped as benchmark
// rows (one loop per row so that V8 optimises each on its own, as a user's code would).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** Installed version of a package (read from node_modules: some packages do not export package.json). */
const version = (pkg) => JSON.parse(readFileSync(new URL(`../../node_modules/${pkg}/package.json`, import.meta.url), 'utf8')).version;

/** The French word lists the peers can use: french-badwords-list (via leo-profanity) and naughty-words' fr list. */
export function frenchWords() {
  const fbl = require('french-badwords-list').array;
  const naughty = require('naughty-words/fr.json');
  return { fbl, naughty };
}

// obscenity's recommended transformers collapse repeated letters (all but b e o l s g to one
// copy), so its patterns must be written collapsed too or they never match.
const KEEP_TWO = new Set(['b', 'e', 'o', 'l', 's', 'g']);
function collapse(w) {
  let out = '';
  let run = 0;
  for (let i = 0; i < w.length; i++) {
    run = i > 0 && w[i] === w[i - 1] ? run + 1 : 1;
    if (run <= (KEEP_TWO.has(w[i]) ? 2 : 1)) out += w[i];
  }
  return out;
}

/** obscenity: RegExpMatcher with the English dataset and recommended transformers, plus the French words as whole-word patterns. */
export function obscenityRow() {
  const o = require('obscenity');
  const { fbl, naughty } = frenchWords();
  // french-badwords-list spells out leet variants by hand (c0nn4rd…); obscenity's leet
  // transformer undoes those itself, so only the plain-letter words become patterns.
  const words = [...new Set([...fbl, ...naughty].map((w) => collapse(w.toLowerCase().trim())))].filter((w) => /^[\p{L}' -]+$/u.test(w));
  const ds = new o.DataSet().addAll(o.englishDataset);
  for (const w of words) ds.addPhrase((p) => p.setMetadata({ originalWord: w }).addPattern(o.parseRawPattern(`|${w}|`)));
  const matcher = new o.RegExpMatcher({ ...ds.build(), ...o.englishRecommendedTransformers });
  return {
    name: 'obscenity getAllMatches',
    detail: `obscenity@${version('obscenity')}: englishDataset + ${words.length} French whole-word patterns, englishRecommendedTransformers`,
    run(texts) {
      let s = 0;
      for (let k = 0; k < texts.length; k++) s += matcher.getAllMatches(texts[k]).length;
      return s;
    },
  };
}

/** leo-profanity with its built-in 'fr' dictionary (french-badwords-list) plus naughty-words fr. */
export function leoRow() {
  const leo = require('leo-profanity');
  leo.loadDictionary('fr');
  leo.add(frenchWords().naughty);
  return {
    name: 'leo-profanity badWordsUsed',
    detail: `leo-profanity@${version('leo-profanity')}: loadDictionary('fr') + naughty-words fr (${leo.list().length} words)`,
    run(texts) {
      let s = 0;
      for (let k = 0; k < texts.length; k++) s += leo.badWordsUsed(texts[k]).length;
      return s;
    },
  };
}

/** @2toad/profanity with languages: ['fr'], whole words with Unicode boundaries. */
export function toadRow() {
  const { Profanity } = require('@2toad/profanity');
  const p = new Profanity({ languages: ['fr'], wholeWord: true, unicodeWordBoundaries: true });
  return {
    name: '@2toad/profanity exists',
    detail: `@2toad/profanity@${version('@2toad/profanity')}: languages ['fr'], wholeWord, unicodeWordBoundaries`,
    run(texts) {
      let s = 0;
      for (let k = 0; k < texts.length; k++) if (p.exists(texts[k])) s++;
      return s;
    },
  };
}

/** The naive baseline: lower-case, split on non-letters, look each word up in naughty-words' fr list. */
export function naiveRow() {
  const words = new Set(frenchWords().naughty.map((w) => w.toLowerCase()));
  const split = /[^\p{L}\p{N}]+/u;
  return {
    name: 'naughty-words fr (naive)',
    detail: `naughty-words@${version('naughty-words')} fr list (${words.size} words), toLowerCase + split + Set lookup`,
    run(texts) {
      let s = 0;
      for (let k = 0; k < texts.length; k++) {
        const parts = texts[k].toLowerCase().split(split);
        for (let i = 0; i < parts.length; i++) if (words.has(parts[i])) s++;
      }
      return s;
    },
  };
}
