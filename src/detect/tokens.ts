import { A_IL, A_WILD } from '../normalize/classes.js';
import type { NormalizedText } from '../normalize/pipeline.js';
import { FUZZY_MIN } from './fuzzy.js';
import type { Word } from './patterns.js';

const HASH_SEED = 0x811c9dc5 | 0;
const HASH_PRIME = 0x01000193;

/**
 * The detectors' words in an open-addressing table keyed by the FNV-1a hash of their ASCII
 * letters, so that a token is looked up from its codes. @internal
 */
export interface Vocabulary {
  /** Word id + 1 per slot (0: empty). */
  slots: Int32Array;
  mask: number;
  keys: string[];
  list: Word[];
}

/** FNV-1a hash of a string's code units (the same as {@link TokenView.lookup} computes from codes). */
function hashString(s: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), HASH_PRIME);
  return h;
}

/** Builds the {@link Vocabulary} of a word map. @internal */
export function vocabulary(words: ReadonlyMap<string, Word>): Vocabulary {
  let size = 16;
  while (size < words.size * 2) size *= 2;
  const slots = new Int32Array(size);
  const mask = size - 1;
  const keys: string[] = [];
  const list: Word[] = [];
  for (const [key, w] of words) {
    let i = hashString(key) & mask;
    while (slots[i] !== 0) i = (i + 1) & mask;
    keys.push(key);
    list.push(w);
    slots[i] = keys.length;
  }
  return { slots, mask, keys, list };
}

/** The id (index in `list` + 1) of word `s` of a vocabulary, 0 if it has none. @internal */
export function idOf(vocab: Vocabulary, s: string): number {
  for (let i = hashString(s) & vocab.mask; ; i = (i + 1) & vocab.mask) {
    const id = vocab.slots[i]!;
    if (id === 0 || vocab.keys[id - 1] === s) return id;
  }
}

/** No break between two tokens (spaces, apostrophes, hyphens, quote marks). */
export const BREAK_NONE = 0;
/** A weak break: comma, brackets, ellipsis, dash, emoji. Ends a clause, not a sentence (a colon is no break: « il m'a dit : … »). */
export const BREAK_WEAK = 1;
/** A strong break: end of sentence (. ! ? ; line break). */
export const BREAK_STRONG = 2;

const LETTERS = ' abcdefghijklmnopqrstuvwxyz0123456789';

/** Scope flag of « mais »: it opens a new clause (see {@link TokenView.sameClause}). @internal */
export const S_BUT = 64;

// ASCII byte of every normalized code: letters, digits and space as themselves, 1/| as i
// (the other reading is `alt`), * as *, a letter of another script as ?.
// Built on first use, so that importing vigie runs nothing.
let ASCII: Uint8Array | undefined;
const newPool = (cap: number) => ({
  start: new Int32Array(cap),
  end: new Int32Array(cap),
  brk: new Uint8Array(cap),
  letters: new Uint8Array(cap),
  starred: new Uint8Array(cap),
  hash: new Int32Array(cap),
  wid: new Int32Array(cap),
  altWid: new Int32Array(cap),
});
// Buffers shared by every TokenView: analyze is synchronous and a view does not outlive its
// call, and arrays allocated per comment cost more than filling shared ones.
let pool = newPool(256);
let words: (Word | undefined)[] = [];
let altWords: (Word | undefined)[] = [];
let alts: (string | undefined)[] = [];
let spellingOf: (Spelling | undefined)[] = [];

function asciiTable(): Uint8Array {
  if (!ASCII) {
    ASCII = new Uint8Array(256).fill(63);
    for (let c = 0; c < LETTERS.length; c++) ASCII[c] = LETTERS.charCodeAt(c);
    ASCII[A_IL] = 105;
    ASCII[A_WILD] = 42;
    CHARS = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));
  }
  return ASCII;
}

// The ASCII bytes of one token, for String.fromCharCode (reused: tokens are short).
const spell: number[] = [];

/**
 * The tokens of a normalized text with what the detectors know of each (its {@link Word}),
 * and the kind of break before each one. Built once per analyze call in one linear pass that
 * hashes every token from its codes: no string is made for a token unless a detector asks
 * for its spelling ({@link tokAt}: typos, masked letters).
 * @internal
 */
export class TokenView {
  /** What the detectors know of each token (undefined: a word they do not know). Valid for k < n. */
  readonly word: (Word | undefined)[];
  /** The same for the token's other reading (1/| read as l, a typo's verb form), if any. */
  readonly altWord: (Word | undefined)[];
  /**
   * Vocabulary id of each token's word and of its other reading (index in the vocabulary's
   * list + 1; 0: none): the gate reads flat tables by id rather than the Word objects.
   * Valid for k < n.
   */
  readonly wid: Int32Array;
  readonly altWid: Int32Array;
  /** The other reading of each token, when it has one (1/| read as l, a typo's form…). */
  readonly alt: (string | undefined)[];
  /** 1 when token k reads as letters a–z only (`1`/`|` read as i; no digit, `*` or other script). Valid for k < n. */
  readonly letters: Uint8Array;
  /** Tokens holding a masked letter (`*`): 1 (undefined: none in the text). */
  starred: Uint8Array | undefined;
  /** Set once the verb typos have been read into `alt` (readVerbTypos). */
  typosRead = false;
  /** Generation of the pattern gate's marks for this view (0: not marked yet; see patterns.ts). */
  gate = 0;
  /** Break before token k (BREAK_*); brk[0] is BREAK_STRONG. Valid for k < n (a shared buffer, possibly longer). */
  readonly brk: Uint8Array;
  /**
   * What is remembered of each token's spelling across texts (typo verdicts), for tokens of
   * letters only, {@link SPELLED_MIN} or more, without another reading of 1/|. Valid for k < n.
   */
  readonly spelling: (Spelling | undefined)[];
  /** FNV-1a hash of each token's spelling (see {@link SpellingMemo}). Valid for k < n. */
  readonly hash: Int32Array;
  /** Original offsets of each token. */
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly n: number;

  constructor(
    readonly text: string,
    readonly norm: NormalizedText,
    readonly vocab: Vocabulary,
  ) {
    const n = norm.tokens;
    this.n = n;
    // The shared buffers (see `pool`), not kept past the size of one long text.
    if (pool.start.length < n || pool.start.length > 1 << 20) {
      pool = newPool(Math.max(n, 256));
      words = [];
      altWords = [];
      alts = [];
      spellingOf = [];
    }
    this.brk = pool.brk;
    this.hash = pool.hash;
    this.wid = pool.wid;
    this.altWid = pool.altWid;
    this.letters = pool.letters;
    this.start = pool.start;
    this.end = pool.end;
    this.word = words;
    this.altWord = altWords;
    this.alt = alts;
    this.spelling = spellingOf;
    const { codes, tokenStart, tokenEnd } = norm;
    const { slots, mask, list, keys } = vocab;
    const ascii = asciiTable();
    for (let k = 0; k < n; k++) {
      const a = tokenStart[k]!;
      const b = tokenEnd[k]!;
      let il = false;
      let star = false;
      let letters = 1;
      let h = HASH_SEED;
      for (let p = a; p < b; p++) {
        const c = codes[p]!;
        h = Math.imul(h ^ ascii[c]!, HASH_PRIME);
        if (c === A_IL) il = true;
        else if (c === A_WILD) star = true;
        if ((c < 1 || c > 26) && c !== A_IL) letters = 0;
      }
      this.letters[k] = letters;
      if (star) {
        if (this.starred === undefined) {
          this.starred = pool.starred;
          this.starred.fill(0, 0, n);
        }
        this.starred[k] = 1;
      }
      this.hash[k] = h;
      let id = 0;
      for (let i = h & mask; ; i = (i + 1) & mask) {
        id = slots[i]!;
        if (id === 0 || spells(keys[id - 1]!, codes, a, b)) break;
      }
      this.wid[k] = id;
      words[k] = id === 0 ? undefined : list[id - 1];
      let sp: Spelling | undefined;
      if (letters === 1 && !il && b - a >= SPELLED_MIN) {
        sp = spellings.get(this, k);
        if (sp === undefined) {
          sp = { verbOf: undefined, verb: '', nearOf: undefined, near: NO_NEAR };
          spellings.set(this, k, this.tokAt(k), sp);
        }
      }
      spellingOf[k] = sp;
      let alt: string | undefined;
      if (il) {
        const s = this.tokAt(k);
        alt = s.replace(/i/g, (m, off: number) => (codes[a + off] === A_IL ? 'l' : m));
      } else if (
        // Spaced letters joined with the one-letter word after them (« d é f o n c e r à »):
        // the other reading drops that last letter.
        b - a >= 4 &&
        (codes[b - 1] === 1 || codes[b - 1] === 25) &&
        text.charCodeAt(norm.start[b - 1]! - 1) === 32 &&
        text.charCodeAt(norm.start[b - 2]! - 1) === 32
      )
        alt = this.tokAt(k).slice(0, -1);
      alts[k] = alt;
      const altId = alt === undefined ? 0 : idOf(vocab, alt);
      this.altWid[k] = altId;
      altWords[k] = altId === 0 ? undefined : list[altId - 1];
      this.start[k] = norm.start[a]!;
      this.end[k] = norm.end[b - 1]!;
      this.brk[k] = k === 0 ? BREAK_STRONG : breakKind(text, this.end[k - 1]!, this.start[k]!);
    }
  }

  /** Length of token k in codes. */
  lengthOf(k: number): number {
    return this.norm.tokenEnd[k]! - this.norm.tokenStart[k]!;
  }

  /** Folded spelling of token k (`1`/`|` read as i, `*` kept, other scripts as `?`). */
  tokAt(k: number): string {
    const { codes, tokenStart, tokenEnd } = this.norm;
    const a = tokenStart[k]!;
    const n = tokenEnd[k]! - a;
    // A few tokens per text are spelled (typos, masked letters): one short string each, not
    // the whole text decoded.
    if (n > 4096) {
      let s = '';
      for (let p = 0; p < n; p += 4096) s += spellOf(codes, a + p, Math.min(4096, n - p));
      return s;
    }
    return spellOf(codes, a, n);
  }

  /** Sets the other reading of token k (a typo read as the word it misspells). */
  setAlt(k: number, s: string): void {
    this.alt[k] = s;
    const id = idOf(this.vocab, s);
    this.altWid[k] = id;
    this.altWord[k] = id === 0 ? undefined : this.vocab.list[id - 1];
  }

  /** Whether tokens a..b are in one clause (no break at all between them, and no « mais »). */
  sameClause(a: number, b: number): boolean {
    for (let k = a + 1; k <= b; k++) if (this.brk[k] !== BREAK_NONE || ((this.word[k]?.scope ?? 0) & S_BUT) !== 0) return false;
    return true;
  }

  /** Index of the token holding original offset `off` (the first token ending after it). */
  tokenOfOffset(off: number): number {
    let lo = 0;
    let hi = this.n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.end[mid]! <= off) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Whether `key` is the spelling of codes [a, b) (1/| read as i). */
function spells(key: string, codes: Uint8Array, a: number, b: number): boolean {
  if (key.length !== b - a) return false;
  const ascii = ASCII!;
  for (let q = 0; q < key.length; q++) if (key.charCodeAt(q) !== ascii[codes[a + q]!]) return false;
  return true;
}

/** The shortest token whose spelling is remembered: the fuzzy matcher's (the verb typos' TYPO_MIN is longer). @internal */
export const SPELLED_MIN = FUZZY_MIN;

/**
 * What the typo readers decided about one spelling, each for the set it was read against
 * (the pattern set for violent verbs, the automaton for lexicon words). @internal
 */
export interface Spelling {
  verbOf: object | undefined;
  /** The violent verb form it misspells ('' for none). */
  verb: string;
  nearOf: object | undefined;
  /** The entries of the fuzzy categories one edit from it. */
  near: number[];
}
const NO_NEAR: number[] = [];

/** Spellings remembered at most (then forgotten all at once). */
const MEMO_SIZE = 4096;

/**
 * Answers about a token's spelling remembered across texts (comments repeat their words):
 * found from the hash the token view computed and a comparison with the codes, so that a
 * token asked again makes no string. @internal
 */
export class SpellingMemo<T> {
  private slots = new Int32Array(MEMO_SIZE * 2);
  private keys: string[] = [];
  private values: T[] = [];

  /** The answer remembered for token k of `v`, if any. */
  get(v: TokenView, k: number): T | undefined {
    const { codes, tokenStart, tokenEnd } = v.norm;
    const mask = this.slots.length - 1;
    for (let i = v.hash[k]! & mask; ; i = (i + 1) & mask) {
      const id = this.slots[i]!;
      if (id === 0) return undefined;
      if (spells(this.keys[id - 1]!, codes, tokenStart[k]!, tokenEnd[k]!)) return this.values[id - 1];
    }
  }

  /** Remembers the answer for token k of `v`, whose spelling is `key`. */
  set(v: TokenView, k: number, key: string, value: T): void {
    if (this.keys.length >= MEMO_SIZE) {
      this.slots.fill(0);
      this.keys.length = 0;
      this.values.length = 0;
    }
    const mask = this.slots.length - 1;
    let i = v.hash[k]! & mask;
    while (this.slots[i] !== 0) i = (i + 1) & mask;
    this.keys.push(key);
    this.values.push(value);
    this.slots[i] = this.keys.length;
  }
}

/** The spellings of recent tokens: comments repeat their words, and every reader shares one lookup. */
const spellings = new SpellingMemo<Spelling>();

function spellOf(codes: Uint8Array, a: number, n: number): string {
  const ascii = asciiTable();
  // Short strings are joined flat by V8 (no rope below 13 characters): cheaper than an array.
  if (n < 13) {
    let s = '';
    for (let i = 0; i < n; i++) s += CHARS[ascii[codes[a + i]!]!]!;
    return s;
  }
  spell.length = n;
  for (let i = 0; i < n; i++) spell[i] = ascii[codes[a + i]!]!;
  return String.fromCharCode.apply(null, spell);
}

/** One-character strings of the ASCII codes (built with the table). */
let CHARS: string[] = [];

/** Break kind of the original characters between two tokens. */
function breakKind(text: string, from: number, to: number): number {
  let kind = BREAK_NONE;
  let dots = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 /* . */) {
      dots++;
      continue;
    }
    if (c === 33 || c === 63 || c === 59 || c === 10 || c === 13 || c === 0x2029 || c === 0x2028) return BREAK_STRONG; // ! ? ; line breaks
    if (c === 0x2026 /* … */ || c === 44 || c === 40 || c === 41 || c === 91 || c === 93 || c === 0x2014 || c === 0x2013) kind = BREAK_WEAK;
    else if (c >= 0xd800 && c <= 0xdbff)
      kind = BREAK_WEAK; // emoji and other astral symbols
    else if (c >= 0x2190 && c <= 0x2bff) kind = BREAK_WEAK; // arrows, dingbats, symbols
  }
  if (dots === 1 || dots === 2) return BREAK_STRONG;
  if (dots >= 3) return Math.max(kind, BREAK_WEAK);
  return kind;
}
