/**
 * Character classes and the normalized alphabet shared by the fold table generator
 * (scripts/gen-fold-table.mjs), the normalizers and the lexicon compiler.
 * @internal
 */

/** Character class: punctuation, symbols, emoji, line breaks — a hard word separator. */
export const C_SEP = 0;
/** Character class: whitespace. */
export const C_SPACE = 1;
/** Character class: a letter that folds to ASCII letters. */
export const C_LETTER = 2;
/** Character class: a decimal digit (possibly leetspeak inside a word). */
export const C_DIGIT = 3;
/** Character class: invisible (default-ignorable, combining marks, variation selectors). */
export const C_IGNORE = 4;
/** Character class: a letter of another script with no Latin lookalike. */
export const C_OTHER = 5;
/** Character class: apostrophes (elision: t'es, l'enculé). */
export const C_APOS = 6;
/** Character class: hyphens. */
export const C_HYPHEN = 7;
/** Character class: symbols joined when letters surround them (con*nard, con.nard). */
export const C_INNER = 8;
/** Character class: symbols read as letters inside words (@ $ € ! |). */
export const C_LEET = 9;

/** Normalized alphabet: word separator. Letters a–z are 1–26, digits 0–9 are 27–36. */
export const A_SEP = 0;
/** First digit code ('0'). */
export const A_DIGIT0 = 27;
/** Size of the lexicon alphabet (separator, letters, digits). */
export const ALPHABET = 37;
/** A letter of another script: matches nothing. */
export const A_OTHER = 37;
/** '*' inside a word: a masked or inserted letter. */
export const A_WILD = 38;
/** '1' or '|' inside a word: i or l. */
export const A_IL = 39;

/** Code flag: this letter stood for a run of three or more (connnnard). */
export const F_REPEAT = 1;
/** Code flag: a word boundary precedes this code (a joined symbol stood here: nul.connard). */
export const F_BOUND = 2;
/** Code flag: the token starting here was written as an @mention. */
export const F_MENTION = 4;
/** Code flag: this letter was written as a symbol ($ → s): it does not make a number a word. */
export const F_LEETSYM = 8;

/** Letter code of an ASCII lowercase letter. */
export const letterCode = (ch: string): number => ch.charCodeAt(0) - 96;
/** The printable character of a normalized code (for debugging and terms). */
export function codeChar(c: number): string {
  if (c === A_SEP) return ' ';
  if (c <= 26) return String.fromCharCode(96 + c);
  if (c < ALPHABET) return String.fromCharCode(48 + c - A_DIGIT0);
  return c === A_WILD ? '*' : c === A_IL ? '1' : '?';
}
