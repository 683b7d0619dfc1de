/**
 * Standalone normalizers: each evasion the detector undoes, as a separate function that returns
 * a readable string together with a map back to the offsets of the original text.
 *
 * The detector itself does not use them: its hot path is the fused, allocation-free
 * `normalizeInto` (pipeline.ts), which emits codes rather than strings. These functions read
 * the same lookup tables (table.ts), so that users can clean text, build their own pipelines,
 * and see what the matcher sees ({@link normalize}), with offsets they can highlight.
 *
 * Every function is linear in the length of its input and uses no backtracking regular
 * expression.
 *
 * @packageDocumentation
 */
import type { Span } from '../types.js';
import { A_DIGIT0, A_IL, C_DIGIT, C_HYPHEN, C_IGNORE, C_INNER, C_LEET, C_LETTER, C_OTHER, C_SPACE } from './classes.js';
import { type FoldTables, foldTables, LEET_DIGIT, leetReadsAsLetter, lookup, nextVisibleClass, packSuffix } from './table.js';

/**
 * A text together with, for each of its UTF-16 code units, the offset in the original text it
 * comes from.
 *
 * - `map.length === text.length + 1`;
 * - `map[i]` is the UTF-16 offset, in the original string, of the code point that produced
 *   code unit `i` of `text` (several output units may share one original offset: `œ` → `oe`);
 * - `map[text.length]` is the length of the original string;
 * - `map` is non-decreasing and never points at the low half of a surrogate pair.
 *
 * Every normalizer accepts a `MappedText` as input and maps its output through the input's
 * map, so that chained normalizers keep pointing into the very first string.
 */
export interface MappedText {
  /** The normalized text. */
  readonly text: string;
  /** Original UTF-16 offset of each code unit of `text`, plus the original length. */
  readonly map: Int32Array;
}

/** A normalizer: takes a string or the output of another normalizer. */
export type Normalizer = (input: string | MappedText) => MappedText;

// ---------------------------------------------------------------------------------------------
// Plumbing: code points, output buffer, map composition.

const isHigh = (u: number) => u >= 0xd800 && u <= 0xdbff;
const isLow = (u: number) => u >= 0xdc00 && u <= 0xdfff;

/** Code point at `i` (a lone surrogate is returned as itself). */
function cpAt(s: string, i: number): number {
  const u = s.charCodeAt(i);
  if (isHigh(u) && i + 1 < s.length) {
    const lo = s.charCodeAt(i + 1);
    if (isLow(lo)) return ((u - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
  }
  return u;
}

const widthOf = (cp: number) => (cp > 0xffff ? 2 : 1);

/** Output under construction: code units and, for each, its offset in the input string. */
class Writer {
  units: Uint16Array;
  src: Int32Array;
  n = 0;

  constructor(cap: number) {
    const c = Math.max(16, cap);
    this.units = new Uint16Array(c);
    this.src = new Int32Array(c);
  }

  private grow(k: number): void {
    let cap = this.units.length;
    while (cap < this.n + k) cap *= 2;
    const u = new Uint16Array(cap);
    u.set(this.units);
    this.units = u;
    const s = new Int32Array(cap);
    s.set(this.src);
    this.src = s;
  }

  /** Appends one code unit produced by the input code point at `at`. */
  unit(u: number, at: number): void {
    if (this.n === this.units.length) this.grow(1);
    this.units[this.n] = u;
    this.src[this.n] = at;
    this.n++;
  }

  /** Appends a string, every unit produced by the input code point at `at`. */
  str(s: string, at: number): void {
    if (this.n + s.length > this.units.length) this.grow(s.length);
    for (let k = 0; k < s.length; k++) {
      this.units[this.n] = s.charCodeAt(k);
      this.src[this.n] = at;
      this.n++;
    }
  }

  /** Copies `text[a, b)` unchanged (`a` and `b` on code point boundaries). */
  copy(text: string, a: number, b: number): void {
    if (this.n + b - a > this.units.length) this.grow(b - a);
    for (let i = a; i < b; i++) {
      const u = text.charCodeAt(i);
      this.units[this.n] = u;
      // The low half of a pair maps to the start of its code point.
      this.src[this.n] = i > a && isLow(u) && isHigh(text.charCodeAt(i - 1)) ? i - 1 : i;
      this.n++;
    }
  }

  /** Builds the result, mapping offsets through the input's own map. */
  finish(input: string | MappedText, inputLength: number): MappedText {
    const n = this.n;
    const map = new Int32Array(n + 1);
    if (typeof input === 'string') {
      map.set(this.src.subarray(0, n));
      map[n] = inputLength;
    } else {
      const m = input.map;
      for (let i = 0; i < n; i++) map[i] = m[this.src[i]!]!;
      map[n] = m[inputLength]!;
    }
    let text = '';
    const CHUNK = 8192;
    for (let i = 0; i < n; i += CHUNK) {
      text += String.fromCharCode.apply(null, this.units.subarray(i, Math.min(n, i + CHUNK)) as unknown as number[]);
    }
    return { text, map };
  }
}

/** The string to work on, after checking that a MappedText is well formed. */
function sourceOf(input: string | MappedText): string {
  if (typeof input === 'string') return input;
  if (input === null || typeof input !== 'object' || typeof input.text !== 'string')
    throw new TypeError('normalizer input: expected a string or a MappedText { text, map }');
  if (!(input.map instanceof Int32Array) || input.map.length !== input.text.length + 1)
    throw new TypeError('normalizer input: `map` must be an Int32Array of length text.length + 1');
  return input.text;
}

/** A per-code-point function with a small bounded cache (results depend on the code point only). */
function memo<T>(fn: (cp: number) => T): (cp: number) => T {
  let cache = new Map<number, T>();
  return (cp) => {
    const hit = cache.get(cp);
    if (hit !== undefined || cache.has(cp)) return hit as T;
    const v = fn(cp);
    if (cache.size >= 4096) cache = new Map();
    cache.set(cp, v);
    return v;
  };
}

/**
 * Applies `f` to every code point: `null` keeps the code point, a string replaces it (the empty
 * string drops it).
 */
function perCodePoint(input: string | MappedText, f: (cp: number) => string | null): MappedText {
  const s = sourceOf(input);
  const L = s.length;
  const out = new Writer(L);
  let i = 0;
  while (i < L) {
    const cp = cpAt(s, i);
    const w = widthOf(cp);
    const r = f(cp);
    // Deleting a code point between a lone high surrogate and a lone low one would pair them
    // into a new character (which a second pass could then fold or delete): it stays.
    if (r === null || (r === '' && pairsAcross(out, s, i + w))) out.copy(s, i, i + w);
    else out.str(r, i);
    i += w;
  }
  return out.finish(input, L);
}

/** Whether the output so far ends with a high surrogate and `s` goes on at `j` with a low one. */
function pairsAcross(out: Writer, s: string, j: number): boolean {
  if (out.n === 0 || j >= s.length) return false;
  const hi = out.units[out.n - 1]!;
  const lo = s.charCodeAt(j);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}

const MARK = /^\p{M}$/u;
const DEFAULT_IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;
const isMarkCp = memo((cp: number) => MARK.test(String.fromCodePoint(cp)));

/** Class of a code point in the fold tables (lone surrogates: C_OTHER). */
const classOf = (t: FoldTables, cp: number) => lookup(t, cp) >> 8;

// ---------------------------------------------------------------------------------------------
// Character-level normalizers.

const lowerOf = memo((cp: number): string | null => {
  const ch = String.fromCodePoint(cp);
  const l = ch.toLowerCase();
  return l === ch ? null : l;
});

/**
 * Lowercases every code point (`CoNnArD` → `connard`, `ÉCOLE` → `école`).
 *
 * Locale-independent, code point by code point (Σ always becomes σ); a code point whose
 * lowercase is longer (İ → i̇) maps every unit of it to the same original offset.
 * Idempotent.
 */
export function foldCase(input: string | MappedText): MappedText {
  return perCodePoint(input, (cp) => {
    if (cp < 0x80) return cp >= 65 && cp <= 90 ? String.fromCharCode(cp + 32) : null;
    return lowerOf(cp);
  });
}

const accentFreeOf = memo((cp: number): string | null => {
  const ch = String.fromCodePoint(cp);
  const d = ch.normalize('NFD');
  let out = '';
  let i = 0;
  while (i < d.length) {
    const c = cpAt(d, i);
    const w = widthOf(c);
    if (!isMarkCp(c)) out += d.slice(i, i + w);
    i += w;
  }
  return out === ch ? null : out;
});

/**
 * Removes accents and every other combining mark, keeping case: each code point is decomposed
 * (NFD) and its combining marks dropped (`Élève` → `Eleve`, `encule\u0301e` → `enculee`).
 * Letters without a decomposition (ø, œ, ß) are left to {@link foldHomoglyphs}. A mark standing
 * alone between the two halves of a broken surrogate pair stays, so that removing it never makes
 * a new character of them. Idempotent.
 */
export function stripAccents(input: string | MappedText): MappedText {
  return perCodePoint(input, (cp) => (cp < 0xc0 ? null : accentFreeOf(cp)));
}

const isDefaultIgnorable = memo((cp: number) => DEFAULT_IGNORABLE.test(String.fromCodePoint(cp)));

/**
 * Removes default-ignorable code points, the characters that render as nothing: zero-width
 * spaces and joiners, bidi controls, soft hyphens, variation selectors, tag characters
 * (`con\u200Bnard` → `connard`). Combining accents are kept (see {@link stripAccents}).
 * Idempotent.
 */
export function stripInvisible(input: string | MappedText): MappedText {
  const t = foldTables();
  return perCodePoint(input, (cp) => {
    // In the BMP the tables already class every default-ignorable code point as C_IGNORE.
    if (cp < 0x10000 && t.cls[cp] !== C_IGNORE) return null;
    return isDefaultIgnorable(cp) ? '' : null;
  });
}

const ASCII_LOWER = 'abcdefghijklmnopqrstuvwxyz0123456789';
/** ASCII letters and digits of a fold code (1–26 letters, 27–36 digits). */
const codeString = (c: number) => (c >= 1 && c <= 36 ? (ASCII_LOWER[c - 1] as string) : '');

function homoglyphOf(t: FoldTables, cp: number): string | null {
  const v = lookup(t, cp);
  const c = v >> 8;
  const f = v & 255;
  const ch = String.fromCodePoint(cp);
  if (c === C_LETTER || c === C_DIGIT) {
    // Accented Latin letters (é, Ç) keep their accent: that is stripAccents' job.
    const d = ch.normalize('NFD');
    if (d !== ch) {
      const b = d.charCodeAt(0);
      if ((b >= 65 && b <= 90) || (b >= 97 && b <= 122)) {
        let marksOnly = true;
        for (let i = 1; i < d.length; i += widthOf(cpAt(d, i))) if (!isMarkCp(cpAt(d, i))) marksOnly = false;
        if (marksOnly) return null;
      }
    }
    let folded = '';
    if (f === 255) {
      const m = t.multi.get(cp);
      if (m) for (let k = 0; k < m.length; k++) folded += codeString(m[k]!);
    } else folded = codeString(f);
    if (folded === '') return null;
    // Compatibility forms (fullwidth, mathematical, enclosed, ligatures) keep their case.
    const k = ch.normalize('NFKC');
    if (k.toLowerCase() === folded) return k;
    // Lookalikes of another script: uppercase stays uppercase (Cyrillic А → A). An uppercase
    // lookalike of l (Greek Ι, Cyrillic І) is a capital I.
    if (ch.toLowerCase() !== ch) return folded === 'l' ? 'I' : folded.toUpperCase();
    return folded;
  }
  if (c === C_IGNORE) return null;
  // Fullwidth punctuation and symbols (＠ ＄ ！ ．) and no-break or typographic spaces: their ASCII compatibility form.
  const k = ch.normalize('NFKC');
  if (k.length === 1 && k.charCodeAt(0) >= 0x20 && k.charCodeAt(0) < 0x7f) return k;
  return null;
}

let homoglyphMemo: ((cp: number) => string | null) | undefined;

/**
 * Folds letters that look like or stand for ASCII letters and digits, through the same fold
 * tables as the detector: Cyrillic and Greek lookalikes (`сonnаrd` → `connard`), fullwidth
 * forms (`ｃｏｎ` → `con`), mathematical alphanumerics (`𝐜𝐨𝐧` → `con`), enclosed and squared
 * letters (`ⓒⓞⓝ` → `con`), ligatures and letters without decomposition (`œ` → `oe`, `ø` → `o`).
 * Compatibility variants of ASCII punctuation and spaces (fullwidth `！`, no-break spaces)
 * become their ASCII form. Case is kept; accented Latin letters are left to
 * {@link stripAccents}; letters of other scripts with no Latin lookalike are kept.
 * Idempotent.
 */
export function foldHomoglyphs(input: string | MappedText): MappedText {
  const t = foldTables();
  if (homoglyphMemo === undefined) homoglyphMemo = memo((cp) => homoglyphOf(t, cp));
  const f = homoglyphMemo;
  return perCodePoint(input, (cp) => (cp < 0x80 ? null : f(cp)));
}

// ---------------------------------------------------------------------------------------------
// Word-level normalizers.

/** Whether the leet symbol at `i` stands for a letter: the detector's rule ({@link leetReadsAsLetter}). */
function leetIsLetter(t: FoldTables, s: string, i: number, w: number, fold: number, inWord: boolean): boolean {
  return leetReadsAsLetter(fold, nextVisibleClass(t, s, i + w), inWord);
}

const isVowelCode = (c: number) => c === 1 || c === 5 || c === 9 || c === 15 || c === 21 || c === 25;

/**
 * Decodes leetspeak inside words: digits and the symbols @ $ € £ ¢ § ! | become the letters
 * they stand for in a token that also holds letters (`c0nn4rd` → `connard`, `$al3` → `sale`,
 * `b!te` → `bite`). Numbers stay numbers: tokens without letters (`2 ans`, `3-0`) and
 * leading digits followed by a number suffix (`1er`, `90e minute`, `10h`, `2ème`, `5km`),
 * with the detector's rule and suffix list. `1` and `|` read as `l` between two vowels (`sa1ope`) and as
 * `i` elsewhere (`b1te`); `2` and `6` are kept. A token written all in capitals decodes to
 * capitals. An `@` starting a word is a mention and is kept (`@jean`).
 */
export function decodeLeetspeak(input: string | MappedText): MappedText {
  const s = sourceOf(input);
  const t = foldTables();
  const L = s.length;
  const out = new Writer(L);
  // The current token: offset, width, class and fold of each code point.
  const pos: number[] = [];
  const wid: number[] = [];
  const cls: number[] = [];
  const fol: number[] = [];
  const dec: number[] = [];

  const flush = (tokStart: number, tokEnd: number) => {
    const n = pos.length;
    if (n === 0) return;
    let letters = 0;
    for (let k = 0; k < n; k++) if (cls[k] === C_LETTER) letters++;
    if (letters === 0 || !decodes()) {
      out.copy(s, tokStart, tokEnd);
    } else {
      emitDecoded();
    }
    pos.length = wid.length = cls.length = fol.length = dec.length = 0;
  };

  // Whether the token is not a number: numbers are leading digits then nothing or one of the
  // detector's number suffixes (1er, 90e, 10h, 2ème, 5km: lexicons/fr/normalize/number-suffixes.txt).
  const decodes = (): boolean => {
    const n = pos.length;
    let k = 0;
    let digits = 0;
    for (; k < n; k++) {
      if (cls[k] === C_IGNORE) continue;
      if (cls[k] !== C_DIGIT) break;
      digits++;
    }
    if (digits === 0) return true;
    const suffix = [0, 0, 0];
    let letters = 0;
    const add = (code: number): boolean => {
      if (code < 1 || code > 26 || letters === 3) return false;
      suffix[letters++] = code;
      return true;
    };
    for (; k < n; k++) {
      const c = cls[k]!;
      const f = fol[k]!;
      if (c === C_IGNORE) continue;
      if (c === C_LETTER && f === 255) {
        const m = t.multi.get(cpAt(s, pos[k]!));
        if (!m) return true;
        for (let q = 0; q < m.length; q++) if (!add(m[q]!)) return true;
      } else if (c !== C_LETTER && c !== C_LEET) return true;
      else if (!add(f)) return true;
    }
    return letters > 0 && !t.numberSuffixes.has(packSuffix(suffix[0]!, suffix[1]!, suffix[2]!));
  };

  const emitDecoded = () => {
    const n = pos.length;
    let upper = 0;
    let lower = 0;
    for (let k = 0; k < n; k++) {
      dec[k] = 0;
      const c = cls[k]!;
      if (c === C_DIGIT) dec[k] = LEET_DIGIT[fol[k]! - A_DIGIT0] ?? 0;
      else if (c === C_LEET) dec[k] = fol[k]!;
      else if (c === C_LETTER) {
        dec[k] = fol[k] === 255 ? -1 : -fol[k]! - 1; // negative: an original letter (for vowels)
        const cp = cpAt(s, pos[k]!);
        if (cp >= 65 && cp <= 90) upper++;
        else if (cp >= 97 && cp <= 122) lower++;
        else {
          const ch = String.fromCodePoint(cp);
          if (ch.toLowerCase() !== ch) upper++;
          else if (ch.toUpperCase() !== ch) lower++;
        }
      }
    }
    const caps = upper > 0 && lower === 0;
    // Letter code (1–26) of the visible code point next to k, 0 if none.
    const letterNear = (k: number, step: number): number => {
      for (let q = k + step; q >= 0 && q < n; q += step) {
        if (cls[q] === C_IGNORE) continue;
        const d = dec[q]!;
        if (d < -1) return -d - 1;
        return d >= 1 && d <= 26 ? d : 0;
      }
      return 0;
    };
    for (let k = 0; k < n; k++) {
      const p = pos[k]!;
      const d = dec[k]!;
      if (d <= 0) {
        out.copy(s, p, p + wid[k]!);
        continue;
      }
      let ch: string;
      if (d === A_IL) ch = isVowelCode(letterNear(k, -1)) && isVowelCode(letterNear(k, 1)) ? 'l' : 'i';
      else ch = codeString(d);
      if (ch === '') {
        out.copy(s, p, p + wid[k]!);
        continue;
      }
      out.str(caps ? ch.toUpperCase() : ch, p);
    }
  };

  let i = 0;
  let inWord = false;
  let tokStart = 0;
  while (i < L) {
    const cp = cpAt(s, i);
    const w = widthOf(cp);
    const v = lookup(t, cp);
    const c = v >> 8;
    const f = v & 255;
    let word = false;
    if (c === C_LETTER || c === C_DIGIT || c === C_OTHER) word = true;
    else if (c === C_IGNORE) word = inWord;
    else if (c === C_LEET) word = leetIsLetter(t, s, i, w, f, inWord);
    if (word) {
      if (!inWord) tokStart = i;
      pos.push(i);
      wid.push(w);
      cls.push(c);
      fol.push(f);
      inWord = true;
    } else {
      if (inWord) flush(tokStart, i);
      inWord = false;
      out.copy(s, i, i + w);
    }
    i += w;
  }
  if (inWord) flush(tokStart, L);
  return out.finish(input, L);
}

/** Whether the code unit separates spaced letters: a space, dot, hyphen or underscore. */
function isSpacingUnit(t: FoldTables, u: number): boolean {
  if (u === 46 /* . */ || u === 95 /* _ */) return true;
  if (isHigh(u) || isLow(u)) return false;
  const c = t.cls[u]!;
  return c === C_SPACE || c === C_HYPHEN;
}

/**
 * Joins letters written one by one: a run of three or more one-character tokens (letters,
 * digits) separated each time by the same short separator made of spaces, dots, hyphens or
 * underscores (`c o n n a r d`, `c.o.n.n.a.r.d`, `c-o-n`, `c_o_n`, `c - o - n`) becomes one
 * word. The run must hold at least three letters, not all of them French one-letter words
 * (a, à, y, ô), so that `à la`, `y a`, `il y a 3 ans` and `il y a à manger` stay as they are.
 * The separators dropped inside the run map to the letter before them, so a span covering
 * the joined word maps back to the whole spaced run.
 */
export function joinSpacedLetters(input: string | MappedText): MappedText {
  const s = sourceOf(input);
  const t = foldTables();
  const L = s.length;
  // Tokens: [start, end) and their kind (see singleKind: 0 unless one letter or digit).
  const tStart: number[] = [];
  const tEnd: number[] = [];
  const tSingle: number[] = [];
  let i = 0;
  let inWord = false;
  let visible = 0;
  let first = 0;
  let firstCls = 0;
  while (i < L) {
    const cp = cpAt(s, i);
    const w = widthOf(cp);
    const v = lookup(t, cp);
    const c = v >> 8;
    let word = false;
    if (c === C_LETTER || c === C_DIGIT || c === C_OTHER) word = true;
    else if (c === C_IGNORE) word = inWord;
    else if (c === C_LEET) word = leetIsLetter(t, s, i, w, v & 255, inWord);
    if (word && !inWord) {
      tStart.push(i);
      visible = 0;
    }
    if (word && c !== C_IGNORE) {
      if (visible === 0) {
        first = v & 255;
        firstCls = c;
      }
      visible++;
    }
    if (!word && inWord) {
      tEnd.push(i);
      tSingle.push(singleKind(visible, firstCls, first));
    }
    inWord = word;
    i += w;
  }
  if (inWord) {
    tEnd.push(L);
    tSingle.push(singleKind(visible, firstCls, first));
  }

  // Gap k lies between token k and token k + 1; drop[k] says whether a joined run removes it.
  const T = tStart.length;
  const drop = new Uint8Array(Math.max(0, T - 1));
  const gapOk = (k: number) => {
    const a = tEnd[k]!;
    const b = tStart[k + 1]!;
    if (b - a > 3) return false;
    for (let q = a; q < b; q++) if (!isSpacingUnit(t, s.charCodeAt(q))) return false;
    return true;
  };
  const sameGap = (k: number, j: number) => {
    const a = tEnd[k]!;
    const b = tStart[k + 1]!;
    const a2 = tEnd[j]!;
    if (tStart[j + 1]! - a2 !== b - a) return false;
    for (let q = 0; q < b - a; q++) if (s.charCodeAt(a + q) !== s.charCodeAt(a2 + q)) return false;
    return true;
  };
  let r = 0;
  while (r < T) {
    if (tSingle[r] === 0 || r + 1 >= T || !gapOk(r)) {
      r++;
      continue;
    }
    let j = r;
    while (j + 1 < T && tSingle[j + 1] !== 0 && gapOk(j) && sameGap(r, j)) j++;
    // Tokens r..j form a run; count its letters.
    let letters = 0;
    let wordLike = 0;
    for (let q = r; q <= j; q++) {
      const k = tSingle[q]!;
      if (k >= 2) letters++;
      if (k === 3) wordLike++;
    }
    if (j - r >= 2 && letters >= 3 && wordLike < letters) {
      for (let q = r; q < j; q++) drop[q] = 1;
      r = j + 1;
    } else {
      // The last token may start a run with another separator (a.b c d e).
      r = j > r ? j : j + 1;
    }
  }

  const out = new Writer(L);
  let at = 0;
  for (let k = 0; k < T - 1; k++) {
    if (drop[k] === 0) continue;
    out.copy(s, at, tEnd[k]!);
    at = tStart[k + 1]!;
  }
  out.copy(s, at, L);
  return out.finish(input, L);
}

/**
 * Kind of a token for joinSpacedLetters: 0 not one character, 1 a digit, 2 a letter, 3 a
 * letter that is also a French one-letter word (a, à, y, ô).
 */
function singleKind(visible: number, cls: number, fold: number): number {
  if (visible !== 1) return 0;
  if (cls === C_DIGIT) return 1;
  if (cls !== C_LETTER) return 0;
  return fold === 1 || fold === 15 || fold === 25 ? 3 : 2;
}

/**
 * Removes the symbols slipped between two letters of a word: `con*nard`, `con.nard`,
 * `con_nard`, `con/nard`, `con•nard` → `connard` (the symbols of the detector's inner class:
 * . _ * # ~ ^ + = / \ · • °). Only between letters: `fin. Puis`, `3.5`, `2+2`, `(connard)`
 * are unchanged.
 */
export function removeInnerPunctuation(input: string | MappedText): MappedText {
  const s = sourceOf(input);
  const t = foldTables();
  const L = s.length;
  const out = new Writer(L);
  let i = 0;
  let lastVisible = -1;
  while (i < L) {
    const cp = cpAt(s, i);
    const w = widthOf(cp);
    const c = classOf(t, cp);
    if (c === C_INNER && lastVisible === C_LETTER) {
      // The run of symbols (and invisible characters) up to the next visible code point.
      let j = i;
      let nextCls = -1;
      while (j < L) {
        const cj = cpAt(s, j);
        const k = classOf(t, cj);
        if (k !== C_INNER && k !== C_IGNORE) {
          nextCls = k;
          break;
        }
        j += widthOf(cj);
      }
      if (nextCls === C_LETTER) {
        // Drop the symbols, keep invisible characters (stripInvisible's job).
        let q = i;
        while (q < j) {
          const cq = cpAt(s, q);
          const wq = widthOf(cq);
          if (classOf(t, cq) === C_IGNORE) out.copy(s, q, q + wq);
          q += wq;
        }
      } else out.copy(s, i, j);
      lastVisible = C_INNER;
      i = j;
      continue;
    }
    out.copy(s, i, i + w);
    if (c !== C_IGNORE) lastVisible = c;
    i += w;
  }
  return out.finish(input, L);
}

const lowerCpOf = memo((cp: number): number => {
  const l = String.fromCodePoint(cp).toLowerCase();
  const lc = cpAt(l, 0);
  return widthOf(lc) === l.length ? lc : cp;
});

/**
 * Shortens runs of three or more identical letters to two (`connnnard` → `connard`,
 * `saaaaalaud` → `saalaud`, `mdrrrr` → `mdrr`), comparing letters case-insensitively and
 * with their combining marks. Runs of two are legitimate French (`salle`, `connard`,
 * `pisseuse`) and stay; digits and symbols are not touched. The letters dropped map to the
 * second letter kept. Idempotent.
 */
export function collapseRepeats(input: string | MappedText): MappedText {
  const s = sourceOf(input);
  const t = foldTables();
  const L = s.length;
  const out = new Writer(L);
  // End of the letter unit (letter plus following combining or invisible code points) at i.
  const unitEnd = (i: number): number => {
    let j = i + widthOf(cpAt(s, i));
    while (j < L) {
      const cp = cpAt(s, j);
      if (classOf(t, cp) !== C_IGNORE) break;
      j += widthOf(cp);
    }
    return j;
  };
  const key = (cp: number) => (cp >= 65 && cp <= 90 ? cp + 32 : cp < 0x80 ? cp : lowerCpOf(cp));
  // Two units are the same letter when their base letters match (case aside) and so do their
  // combining marks; invisible characters between them (a zero-width space) do not count.
  const nextMark = (q: number, end: number): number => {
    while (q < end && isDefaultIgnorable(cpAt(s, q))) q += widthOf(cpAt(s, q));
    return q;
  };
  const same = (a: number, ae: number, b: number, be: number): boolean => {
    const ca = cpAt(s, a);
    const cb = cpAt(s, b);
    if (key(ca) !== key(cb)) return false;
    let p = nextMark(a + widthOf(ca), ae);
    let q = nextMark(b + widthOf(cb), be);
    while (p < ae && q < be) {
      const mp = cpAt(s, p);
      if (mp !== cpAt(s, q)) return false;
      p = nextMark(p + widthOf(mp), ae);
      q = nextMark(q + widthOf(mp), be);
    }
    return p >= ae && q >= be;
  };
  let i = 0;
  while (i < L) {
    const cp = cpAt(s, i);
    if (classOf(t, cp) !== C_LETTER) {
      const w = widthOf(cp);
      out.copy(s, i, i + w);
      i += w;
      continue;
    }
    const e = unitEnd(i);
    let count = 1;
    let keepEnd = e;
    let j = e;
    while (j < L && classOf(t, cpAt(s, j)) === C_LETTER) {
      const je = unitEnd(j);
      if (!same(i, e, j, je)) break;
      count++;
      if (count === 2) keepEnd = je;
      j = je;
    }
    out.copy(s, i, keepEnd);
    i = j;
  }
  return out.finish(input, L);
}

// ---------------------------------------------------------------------------------------------
// Composition and offsets.

/**
 * Chains normalizers left to right; the result maps straight back to the first input.
 *
 * @example
 * const clean = compose(stripInvisible, foldCase, collapseRepeats);
 * clean('CONNNN\u200BARD').text; // 'connard'
 */
export function compose(...fns: Normalizer[]): Normalizer {
  for (let k = 0; k < fns.length; k++) if (typeof fns[k] !== 'function') throw new TypeError(`compose: argument ${k} is not a function`);
  return (input) => {
    if (fns.length === 0) return typeof input === 'string' ? identity(input) : checked(input);
    let cur = fns[0]!(input);
    for (let k = 1; k < fns.length; k++) cur = fns[k]!(cur);
    return cur;
  };
}

/** A MappedText input, once checked. */
function checked(input: MappedText): MappedText {
  sourceOf(input);
  return input;
}

/** The text with the identity map (the low half of a surrogate pair maps to its start). */
function identity(text: string): MappedText {
  const map = new Int32Array(text.length + 1);
  for (let i = 0; i <= text.length; i++)
    map[i] = i > 0 && i < text.length && isLow(text.charCodeAt(i)) && isHigh(text.charCodeAt(i - 1)) ? i - 1 : i;
  return { text, map };
}

/**
 * The span of the original text that produced `mapped.text.slice(start, end)`: what to
 * highlight for a hit found in the normalized text. The span reaches up to the original
 * code point that produced the next output unit, so it covers what was dropped inside and
 * right after it (the spaces of `c o n`, a stripped accent or zero-width character), and it
 * never splits a surrogate pair. Out-of-range arguments are clamped.
 *
 * @example
 * const m = joinSpacedLetters("t'es un c o n");
 * const at = m.text.indexOf('con');
 * mapSpan(m, at, at + 3); // { start: 8, end: 13 }: "c o n"
 */
export function mapSpan(mapped: MappedText, start: number, end: number): Span {
  const map = mapped.map;
  const n = map.length - 1;
  start = Math.min(Math.max(0, Math.floor(start) || 0), n);
  end = Math.min(Math.max(start, Math.floor(end) || 0), n);
  const a = map[start]!;
  if (end === start) return { start: a, end: a };
  // Several output units may come from one original code point (œ → oe): end after it.
  const last = map[end - 1]!;
  let k = end;
  while (k < n && map[k]! <= last) k++;
  return { start: a, end: Math.max(a, map[k]!) };
}

/**
 * What the detector's matcher sees, as a readable string with its offset map: the
 * composition of {@link stripInvisible}, {@link stripAccents}, {@link foldHomoglyphs},
 * {@link foldCase}, {@link joinSpacedLetters}, {@link removeInnerPunctuation},
 * {@link decodeLeetspeak} and {@link collapseRepeats}, in that order.
 *
 * The detector's own normalizer works on codes rather than strings and keeps both readings
 * where this view must choose one (a run of three letters also matches one, `1` is i or l),
 * so the two can differ in such details.
 *
 * @example
 * const m = normalize("T'es qu'un c 0 n n 4 r d");
 * m.text; // "t'es qu'un connard"
 * const at = m.text.indexOf('connard');
 * const { start, end } = mapSpan(m, at, at + 7); // "c 0 n n 4 r d" in the original
 */
export const normalize: Normalizer = compose(
  stripInvisible,
  stripAccents,
  foldHomoglyphs,
  foldCase,
  joinSpacedLetters,
  removeInnerPunctuation,
  decodeLeetspeak,
  collapseRepeats,
);
