import { FOLD_MULTI, FOLD_RUNS, NUMBER_SUFFIXES } from '../generated/fold-table.js';
import { A_IL, C_DIGIT, C_IGNORE, C_LEET, C_LETTER, C_OTHER, C_SEP } from './classes.js';

/**
 * Lookup tables indexed by code unit (BMP) or by code point (astral lookalike blocks), built
 * once on first use from the generated run-length data so that importing vigie costs nothing.
 * @internal
 */
export interface FoldTables {
  /** Class of each BMP code unit. */
  cls: Uint8Array;
  /** Folded code of each BMP code unit (255: several letters, see multi). */
  fold: Uint8Array;
  /** Astral code points: (class << 8) | fold. */
  astral: Map<number, number>;
  /** Code points folding to several letters, as normalized codes. */
  multi: Map<number, Uint8Array>;
  /** Letter suffixes of numbers (2e, 10h), packed by {@link packSuffix}. */
  numberSuffixes: Set<number>;
}

/** Packs up to three letter codes into one number. @internal */
export const packSuffix = (c1: number, c2: number, c3: number): number => c1 | (c2 << 5) | (c3 << 10);

let tables: FoldTables | undefined;

/**
 * Reader of a column of varints (see scripts/gen-fold-table.mjs): lead digits `]`…`~` (base
 * 34), then one end digit `0`…`[` (base 44). Characters that JSON leaves as they are.
 */
function varints(s: string): () => number {
  let i = 0;
  return () => {
    let h = 0;
    let c = s.charCodeAt(i++);
    for (; c >= 93; c = s.charCodeAt(i++)) h = h * 34 + c - 93;
    return h * 44 + c - 48;
  };
}

/** Normalized codes of a multi-letter fold (letters a–z, digits). */
function codesOf(s: string): Uint8Array {
  const codes = new Uint8Array(s.length);
  for (let k = 0; k < s.length; k++) {
    const ch = s.charCodeAt(k);
    codes[k] = ch >= 97 ? ch - 96 : ch - 48 + 27;
  }
  return codes;
}

/** Returns the shared fold tables, building them on first call. @internal */
export function foldTables(): FoldTables {
  if (tables) return tables;
  const cls = new Uint8Array(0x10000);
  const fold = new Uint8Array(0x10000);
  const astral = new Map<number, number>();
  const multi = new Map<number, Uint8Array>();
  const [gapCol, lengthCol, types, folds] = FOLD_RUNS;
  const gap = varints(gapCol);
  const length = varints(lengthCol);
  // The letters of FOLD_MULTI belong, in order, to the code points of runs whose fold is 255.
  const letters = FOLD_MULTI.split(' ');
  let m = 0;
  let f = 0;
  let cp = 0;
  for (let r = 0; r < types.length; r++) {
    cp += gap();
    const len = length();
    const type = types.charCodeAt(r) - 48;
    const c = type >> 1;
    const step = type & 1;
    // Only runs of letters, digits and leet symbols have a fold (0 in the column: several letters).
    const fc = c === C_LETTER || c === C_DIGIT || c === C_LEET ? folds.charCodeAt(f++) - 48 || 255 : 0;
    const end = cp + len;
    if (fc === 255) for (let p = cp; p < end; p++) multi.set(p, codesOf(letters[m++]!));
    // Most of the BMP is long runs of one class and fold (other scripts, marks): filled natively.
    if (step === 0 && end <= 0x10000) {
      cls.fill(c, cp, end);
      fold.fill(fc, cp, end);
    } else
      for (let k = 0; k < len; k++) {
        const p = cp + k;
        const fk = fc === 255 ? 255 : fc + step * k;
        if (p < 0x10000) {
          cls[p] = c;
          fold[p] = fk;
        } else astral.set(p, (c << 8) | fk);
      }
    cp = end;
  }
  const numberSuffixes = new Set<number>();
  for (const x of NUMBER_SUFFIXES)
    numberSuffixes.add(packSuffix(x.charCodeAt(0) - 96, (x.charCodeAt(1) || 96) - 96, (x.charCodeAt(2) || 96) - 96));
  tables = { cls, fold, astral, multi, numberSuffixes };
  return tables;
}

/** Class and fold of any code point, packed as (class << 8) | fold. @internal */
export function lookup(t: FoldTables, cp: number): number {
  if (cp < 0x10000) return (t.cls[cp]! << 8) | t.fold[cp]!;
  return t.astral.get(cp) ?? C_SEP << 8;
}

/** Leetspeak digit → letter code (0 keeps the digit: 2 and 6 are too ambiguous to guess). @internal */
export const LEET_DIGIT = new Uint8Array([15, A_IL, 0, 5, 1, 19, 0, 20, 2, 7]);

/** Whether a character class is part of a word (a letter, a digit, a letter of another script). @internal */
export const isWordClass = (c: number): boolean => c === C_LETTER || c === C_DIGIT || c === C_OTHER;

/** Class of the next visible (not C_IGNORE) code point at or after `i`, or -1 at the end. @internal */
export function nextVisibleClass(t: FoldTables, text: string, i: number): number {
  while (i < text.length) {
    const u = text.charCodeAt(i);
    let cp = u;
    if (u >= 0xd800 && u <= 0xdbff && i + 1 < text.length) {
      const lo = text.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) cp = ((u - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
    }
    const c = lookup(t, cp) >> 8;
    if (c !== C_IGNORE) return c;
    i += cp > 0xffff ? 2 : 1;
  }
  return -1;
}

/**
 * Whether a leet symbol (@ $ € £ ¢ § ! |, folded to `fold`) stands for a letter, given the class
 * of the next visible character: before a letter or another symbol (`$alope`, `$@les`), or
 * ending a word (`ta$`, `conn@rd$`) — but a final `!` or `|` is punctuation, and an `@`
 * starting a word is a mention. The one rule of both normalizers.
 * @internal
 */
export function leetReadsAsLetter(fold: number, next: number, inWord: boolean): boolean {
  if (fold === 1 && !inWord) return false;
  return isWordClass(next) || next === C_LEET || (inWord && fold !== 9 && fold !== A_IL);
}
