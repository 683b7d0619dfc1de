import {
  A_DIGIT0,
  A_OTHER,
  A_SEP,
  A_WILD,
  C_APOS,
  C_DIGIT,
  C_HYPHEN,
  C_IGNORE,
  C_INNER,
  C_LEET,
  C_LETTER,
  C_OTHER,
  C_SPACE,
  F_BOUND,
  F_LEETSYM,
  F_MENTION,
  F_REPEAT,
} from './classes.js';
import { type FoldTables, foldTables, isWordClass, LEET_DIGIT, leetReadsAsLetter, nextVisibleClass, packSuffix } from './table.js';

/**
 * The normalized view of a text, written by {@link normalizeInto} into reusable typed buffers:
 * one code per folded letter (see classes.ts), word separators collapsed to one code, and for
 * every code the UTF-16 range of the original text it came from.
 * @internal
 */
export class NormalizedText {
  /** Normalized codes. */
  codes = new Uint8Array(256);
  /** Per-code flags (F_REPEAT, F_BOUND, F_MENTION). */
  flags = new Uint8Array(256);
  /** Original start offset (UTF-16, inclusive) of each code. */
  start = new Int32Array(256);
  /** Original end offset (UTF-16, exclusive) of each code. */
  end = new Int32Array(256);
  /** Separator kind of each separator code: 0 hard, 1 spaces, 2 hyphen. */
  sepKind = new Uint8Array(256);
  /** Number of codes. */
  length = 0;
  /** Token boundaries (code indexes), tokenStart[k] ≤ tokenEnd[k]. */
  tokenStart = new Int32Array(64);
  /** Token ends (exclusive). */
  tokenEnd = new Int32Array(64);
  /** Number of tokens. */
  tokens = 0;

  /** Grows the code buffers to hold at least `n` codes. */
  reserve(n: number): void {
    if (n <= this.codes.length) return;
    let cap = this.codes.length;
    while (cap < n) cap *= 2;
    const grow8 = (a: Uint8Array) => {
      const b = new Uint8Array(cap);
      b.set(a);
      return b;
    };
    const grow32 = (a: Int32Array) => {
      const b = new Int32Array(cap);
      b.set(a);
      return b;
    };
    this.codes = grow8(this.codes);
    this.flags = grow8(this.flags);
    this.sepKind = grow8(this.sepKind);
    this.start = grow32(this.start);
    this.end = grow32(this.end);
  }

  pushToken(a: number, b: number): void {
    if (this.tokens === this.tokenStart.length) {
      const s = new Int32Array(this.tokens * 2);
      s.set(this.tokenStart);
      this.tokenStart = s;
      const e = new Int32Array(this.tokens * 2);
      e.set(this.tokenEnd);
      this.tokenEnd = e;
    }
    this.tokenStart[this.tokens] = a;
    this.tokenEnd[this.tokens] = b;
    this.tokens++;
  }
}

/** Separator kind (low two bits of sepKind): punctuation, line break, emoji… @internal */
export const SEP_HARD = 0;
/** Separator kind: only spaces. @internal */
export const SEP_SPACES = 1;
/** Separator kind: a hyphen, maybe with spaces around. @internal */
export const SEP_HYPHEN = 2;
/** Separator kind: an apostrophe (elision: the letter before it belongs to the next word). @internal */
export const SEP_APOS = 3;
/** Mask of the kind bits; the upper bits hold the separator's length (capped), so that a wider gap between spaced letters marks a word break. @internal */
export const SEP_KIND = 3;

/**
 * The fused normalizer of the hot path: one loop over the text folds case, accents,
 * homoglyphs and invisible characters through lookup tables, joins symbols inside words, and
 * records separators; a second linear pass over the codes joins spaced letters, decodes
 * leetspeak inside words and collapses letter runs. No intermediate strings, no regular
 * expressions, no per-character allocation.
 * @internal
 */
export function normalizeInto(text: string, out: NormalizedText): NormalizedText {
  const t = foldTables();
  const { cls, fold } = t;
  // One code per code unit at most, but for the letters that fold to several (œ, ß, ﬁ): those
  // grow the buffers when they come, so a 10 MB text does not allocate three times its size.
  out.reserve(text.length + 4);
  let codes = out.codes;
  let flags = out.flags;
  let start = out.start;
  let end = out.end;
  let sepKind = out.sepKind;
  let n = 0;
  let inWord = false;
  let pending = 0;
  // Set when some token may need the second pass: a digit, a run of three identical codes, or
  // two one-letter tokens in a row (a possible spaced-out word; l', d', à alone are not).
  let dirty = false;
  let tokenFrom = 0;
  // Start of the current stretch of the token since its last inner punctuation.
  let segFrom = 0;
  let prevSingle = false;
  out.tokens = 0;
  const L = text.length;
  let i = 0;
  while (i < L) {
    let cp = text.charCodeAt(i);
    let w = 1;
    let c: number;
    let f: number;
    if (cp < 0xd800 || cp > 0xdfff) {
      c = cls[cp]!;
      f = fold[cp]!;
    } else {
      if (cp <= 0xdbff && i + 1 < L) {
        const lo = text.charCodeAt(i + 1);
        if (lo >= 0xdc00 && lo <= 0xdfff) {
          cp = ((cp - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
          w = 2;
        }
      }
      const v = w === 2 ? (t.astral.get(cp) ?? 0) : C_OTHER << 8;
      c = v >> 8;
      f = v & 255;
    }
    if (c === C_IGNORE) {
      // Invisible: the previous letter's span grows over it, so a highlight never cuts a
      // combining mark off its base letter.
      if (inWord) end[n - 1] = i + w;
      i += w;
      continue;
    }
    if (c === C_LEET) {
      const next = nextVisibleClass(t, text, i + w);
      if (f === 1 && !inWord) {
        // '@' before a word is a mention, not a letter.
        if (next === C_LETTER) {
          pending |= F_MENTION;
          i += w;
          continue;
        }
      } else if (leetReadsAsLetter(f, next, inWord)) {
        c = C_LETTER;
        pending |= F_LEETSYM;
      }
    } else if (c === C_INNER && inWord) {
      const next = nextVisibleClass(t, text, i + w);
      if (isWordClass(next) || next === C_LEET) {
        if (text.charCodeAt(i) === 42 /* * */) {
          codes[n] = A_WILD;
          flags[n] = pending;
          start[n] = i;
          end[n] = i + w;
          pending = 0;
          n++;
        } else pending |= F_BOUND;
        i += w;
        continue;
      }
    }
    if (c === C_LETTER || c === C_DIGIT || c === C_OTHER) {
      if (c === C_OTHER) f = A_OTHER;
      if (!inWord) {
        tokenFrom = n;
        segFrom = n;
      } else if ((pending & F_BOUND) !== 0) {
        // Punctuation between single letters spells a word out (d.é.g.o.û.t.a.n.t.e): no word
        // starts inside it, or « tante » would be read in « dégoûtante ».
        if (n - segFrom === 1) pending &= ~F_BOUND;
        segFrom = n;
      }
      if (f === 255) {
        const m = t.multi.get(cp)!;
        if (n + m.length + (L - i) + 4 > codes.length) {
          out.reserve(n + m.length + (L - i) + 4);
          ({ codes, flags, start, end, sepKind } = out);
        }
        for (let k = 0; k < m.length; k++) {
          codes[n] = m[k]!;
          flags[n] = k === 0 ? pending : 0;
          start[n] = i;
          end[n] = i + w;
          n++;
        }
      } else {
        if (c === C_DIGIT || (n >= 2 && codes[n - 1] === f && codes[n - 2] === f)) dirty = true;
        codes[n] = f;
        flags[n] = pending;
        start[n] = i;
        end[n] = i + w;
        n++;
      }
      pending = 0;
      inWord = true;
      i += w;
      continue;
    }
    // A separator (space, hyphen, apostrophe, punctuation, emoji, unjoined symbol).
    const kind = c === C_SPACE ? SEP_SPACES : c === C_HYPHEN ? SEP_HYPHEN : c === C_APOS ? SEP_APOS : SEP_HARD;
    if (inWord) {
      if (n - tokenFrom === 1) {
        if (prevSingle && tokenFrom > 0 && isLightKind(sepKind[tokenFrom - 1]!)) dirty = true;
        prevSingle = true;
      } else prevSingle = false;
      out.pushToken(tokenFrom, n);
      codes[n] = A_SEP;
      flags[n] = 0;
      start[n] = i;
      end[n] = i + w;
      sepKind[n] = kind | 4;
      n++;
      inWord = false;
    } else if (n > 0) {
      end[n - 1] = i + w;
      const k = sepKind[n - 1]! & SEP_KIND;
      const len = Math.min(63, (sepKind[n - 1]! >> 2) + 1) << 2;
      // Spaces around one hyphen (c - o - n) still read as a hyphen; anything else is hard.
      if (k !== kind && !(kind === SEP_SPACES && k === SEP_HYPHEN) && !(kind === SEP_HYPHEN && k === SEP_SPACES))
        sepKind[n - 1] = SEP_HARD | len;
      else sepKind[n - 1] = (kind === SEP_HYPHEN ? SEP_HYPHEN : k) | len;
    }
    pending &= F_MENTION;
    i += w;
  }
  if (n > 0 && codes[n - 1] === A_SEP) n--;
  else if (inWord) {
    if (n - tokenFrom === 1 && prevSingle && tokenFrom > 0 && isLightKind(sepKind[tokenFrom - 1]!)) dirty = true;
    out.pushToken(tokenFrom, n);
  }
  out.length = n;
  return dirty ? finishTokens(out, t) : out;
}

const isSingle = (out: NormalizedText, a: number, b: number) => b - a === 1 && out.codes[a] !== A_WILD;

/**
 * Second pass: joins runs of three or more one-letter tokens split by the same light separator
 * (c o n n a r d, c-o-n), decodes digits as letters inside tokens that hold letters (c0nn4rd,
 * but not 2, 1er, 90e), collapses runs of three or more identical letters to one flagged code.
 * Works in place: the output is never longer than the input.
 */
function finishTokens(out: NormalizedText, t: FoldTables): NormalizedText {
  const { codes, flags, start, end, sepKind, tokenStart: ts, tokenEnd: te } = out;
  const n = out.length;
  const tokenCount = out.tokens;
  out.tokens = 0;
  // Tokens are rewritten in place: the k-th output token never lies after the k-th input one.
  let w = 0;
  let r = 0;
  // Separator inside the previous joined run (-1: the previous token was not a joined run).
  let prevJoined = -1;
  let noRunUntil = -1;
  while (r < tokenCount) {
    const ta = ts[r]!;
    const tb = te[r]!;
    // Extent of a spaced-letter run starting at token r.
    let last = r;
    if (r > noRunUntil && isSingle(out, ta, tb)) {
      const k0 = tb < n ? sepKind[tb]! : SEP_HARD;
      if (isLightKind(k0)) {
        let j = r;
        while (j + 1 < tokenCount) {
          const na = ts[j + 1]!;
          const sep = te[j]!;
          if (!isSingle(out, na, te[j + 1]!) || sepKind[sep] !== k0 || na !== sep + 1) break;
          j++;
        }
        // A letter before an apostrophe is an elision of the next word (s a c d'os).
        if (j > r && te[j]! < n && (sepKind[te[j]!]! & SEP_KIND) === SEP_APOS) j--;
        // Two spaced letters join too when a spaced-out word stands next to them, across a
        // wider light gap (f i l s   d e   p u t e).
        if (
          (j - r >= 2 && spelledOut(codes, ts, r, j)) ||
          (j - r === 1 &&
            (prevJoined === k0 ? wider(sepKind[ta - 1]!, k0) : wider(sepKind[te[j]!]!, k0) && pairLeadsToWord(out, j + 1, tokenCount, k0)))
        )
          last = j;
        // A run that does not spell a word has no sub-run that does: never rescan it, so
        // that the pass stays linear (a a a a … over a megabyte).
        else if (j - r >= 2) noRunUntil = j;
      }
    }
    prevJoined = last > r ? sepKind[te[r]!]! : -1;
    const after = te[last]!;
    // Copy the token (or the joined run) to the write position; nothing moves until the
    // first join or collapse.
    const w0 = w;
    let hasLetter = false;
    const first = codes[ta]!;
    const leadsOff = last > r && (first === 1 || first === 25 || first === 15);
    const lastCode = codes[ts[last]!]!;
    // Likewise a trailing one before an ordinary word (p l a n c h e à pain).
    const tailsOff =
      last > r + 1 && last + 1 < tokenCount && te[last + 1]! - ts[last + 1]! > 1 && (lastCode === 1 || lastCode === 25 || lastCode === 15);
    for (let q = r; q <= last; q++) {
      const qa = q === r ? ta : ts[q]!;
      const qb = q === r ? tb : te[q]!;
      for (let p = qa; p < qb; p++) {
        const code = codes[p]!;
        if (code >= 1 && code <= 26 && (flags[p]! & F_LEETSYM) === 0) hasLetter = true;
        // Inside a joined run no word starts, except after a leading à, a, y or o, which may
        // be a word of its own (planche à p a i n).
        const f =
          p === qa && ((q === r + 1 && leadsOff) || (q === last && tailsOff))
            ? flags[p]! | F_BOUND
            : q > r && p === qa
              ? flags[p]! & ~F_BOUND
              : flags[p]!;
        if (w !== p) {
          codes[w] = code;
          flags[w] = f;
          start[w] = start[p]!;
          end[w] = end[p]!;
        } else flags[w] = f;
        w++;
      }
    }
    if (hasLetter) decodeLeet(codes, w0, w, t.numberSuffixes);
    w = collapseRuns(out, w0, w);
    ts[out.tokens] = w0;
    te[out.tokens] = w;
    out.tokens++;
    r = last + 1;
    if (r < tokenCount) {
      if (w !== after) {
        codes[w] = A_SEP;
        flags[w] = 0;
        start[w] = start[after]!;
        end[w] = end[after]!;
        sepKind[w] = sepKind[after]!;
      }
      w++;
    }
  }
  out.length = w;
  return out;
}

/**
 * Whether one-letter tokens r..j spell a word rather than being French one-letter words and
 * numbers (il y a 3 ans, il y a à manger): at least three letters, not all of them a, y or o.
 */
function spelledOut(codes: Uint8Array, ts: Int32Array, r: number, j: number): boolean {
  let letters = 0;
  let other = false;
  for (let q = r; q <= j; q++) {
    const c = codes[ts[q]!]!;
    if (c >= 1 && c <= 26) {
      letters++;
      if (c !== 1 && c !== 25 && c !== 15) other = true;
    }
  }
  return letters >= 3 && other;
}

/** Whether a separator may sit between spelled-out letters: spaces or a hyphen. */
const isLightKind = (k: number): boolean => (k & SEP_KIND) === SEP_SPACES || (k & SEP_KIND) === SEP_HYPHEN;

/** Whether separator `k` is of the same kind as `inner` and wider: a word break between spelled-out words. */
const wider = (k: number, inner: number): boolean => (k & SEP_KIND) === (inner & SEP_KIND) && k >> 2 > inner >> 2;

/**
 * Whether a pair of spaced letters followed by a wider gap at token r starts spelled-out words:
 * a run of three letters or more follows, or one more pair and then such a run (v a  t e
 * p e n d r e). Bounded: it looks at two runs ahead at most.
 */
function pairLeadsToWord(out: NormalizedText, r: number, tokenCount: number, kind: number): boolean {
  const next = spacedRun(out, r, tokenCount, kind);
  if (next >= 3) return true;
  return (
    next === 2 && r + 2 < tokenCount && wider(out.sepKind[out.tokenEnd[r + 1]!]!, kind) && spacedRun(out, r + 2, tokenCount, kind) >= 3
  );
}

/** Number of one-letter tokens from token r on split by the same separator, counting to 3 at most. */
function spacedRun(out: NormalizedText, r: number, tokenCount: number, kind: number): number {
  const { tokenStart: ts, tokenEnd: te, sepKind } = out;
  if (r >= tokenCount || !isSingle(out, ts[r]!, te[r]!)) return 0;
  let k = 1;
  while (
    k < 3 &&
    r + k < tokenCount &&
    isSingle(out, ts[r + k]!, te[r + k]!) &&
    sepKind[te[r + k - 1]!] === kind &&
    ts[r + k] === te[r + k - 1]! + 1
  )
    k++;
  return k;
}

function decodeLeet(codes: Uint8Array, a: number, b: number, suffixes: Set<number>): void {
  // Ordinals and units (1er, 2e, 90e, 10h, 5km, 2eme) stay numbers: leading digits then one
  // of the suffixes of lexicons/fr/normalize/number-suffixes.txt.
  let p = a;
  while (p < b && codes[p]! >= A_DIGIT0 && codes[p]! < A_DIGIT0 + 10) p++;
  if (p > a && b - p <= 3) {
    const c1 = codes[p]!;
    const c2 = p + 1 < b ? codes[p + 1]! : 0;
    const c3 = p + 2 < b ? codes[p + 2]! : 0;
    if (c1 <= 26 && c2 <= 26 && c3 <= 26 && suffixes.has(packSuffix(c1, c2, c3))) return;
  }
  for (let q = a; q < b; q++) {
    const c = codes[q]!;
    if (c >= A_DIGIT0 && c < A_DIGIT0 + 10) {
      const l = LEET_DIGIT[c - A_DIGIT0]!;
      if (l !== 0) codes[q] = l;
    }
  }
}

function collapseRuns(out: NormalizedText, a: number, b: number): number {
  const { codes, flags, end } = out;
  let w = a;
  let p = a;
  while (p < b) {
    const c = codes[p]!;
    let q = p + 1;
    while (q < b && codes[q] === c) q++;
    if (q - p >= 3 && c >= 1 && c <= 26) {
      codes[w] = c;
      flags[w] = flags[p]! | F_REPEAT;
      out.start[w] = out.start[p]!;
      end[w] = end[q - 1]!;
      w++;
    } else if (w === p) w = q;
    else {
      for (let k = p; k < q; k++) {
        codes[w] = codes[k]!;
        flags[w] = flags[k]!;
        out.start[w] = out.start[k]!;
        end[w] = end[k]!;
        w++;
      }
    }
    p = q;
  }
  return w;
}
