import type { Marker } from '../analyze/context.js';
import { ROLE_CODES } from '../lexicon/table.js';
import type { Suppression } from '../types.js';
import type { CompiledPatterns, Word } from './patterns.js';
import { BREAK_NONE, BREAK_STRONG, S_BUT, type TokenView } from './tokens.js';

const NEGATION = ROLE_CODES.indexOf('negation');
const QUOTE = ROLE_CODES.indexOf('quote');
const COUNTER = ROLE_CODES.indexOf('counter');
const EXEMPT = ROLE_CODES.indexOf('exempt');

/** Words that make « ne » / « n' » a negation (without one, « ne … que » only restricts). */
const NE_PARTNERS = new Set('pas plus jamais rien personne point aucun aucune guere nullement nul nulle ni pa'.split(' '));
/** Negation words that negate alone in spoken French (« je déteste pas »). */
const ALONE = new Set('pas jamais pa jms nullement'.split(' '));
/** Words after « pas » that undo it: « pas que » (not only), « pas mal » (quite), « pas de » (none of: « pas de pitié pour… »). */
const UNDO_AFTER = new Set('que qu mal seulement uniquement juste de d'.split(' '));

/** Scope flags of a word (see {@link Word.scope}): « ne », a partner of « ne », a negation alone, a word that undoes « pas ». */
const S_NE = 1;
const S_PARTNER = 2;
const S_ALONE = 4;
const S_UNDO = 8;
/** A verb of opinion: « je ne pense pas que … » negates the clause after « que » (« je dis pas que … » is a figure that says it anyway). */
const S_THINK = 16;
/** « que », « qu' »: after a verb of opinion, the clause it opens, not « pas que » (not only). */
const S_QUE = 32;
/** Words that speak to the reader (« t'es », « espèce de », « ta gueule »): see {@link Scope.addressed}. */
const S_YOU = 128;
const YOU = 't tu te toi vous vs ta ton tes votre vos espece'.split(' ');
/** How far back in its clause a word speaking to the reader is looked for. */
const ADDRESS_REACH = 6;
const THINK =
  'pense pensais pensons pensez pensent crois croit croyais croyons croient trouve trouves trouvais trouvons trouvent estime considere imagine suppose'.split(
    ' ',
  );

/**
 * The judgement that may follow a statement (see {@link judgedAfter}), read on folded tokens
 * with anchored alternations of literals: a word that names it as prejudice or as false, by
 * its stem (« cliché(s) », « préjugé », « raciste », « racisme », « -phobe »…), and the singular
 * demonstrative that points back at it (« c'est … », « ça … »).
 */
const META = /^(clich|prejug|stereot|racis|sexis|antisem|misog|inacc|faux$)|phob/;
const DEM = /^(c|ce|ca|cela)$/;
/** A reporting verb (group 1: « disait », « dit », « écrit ») or a verb of reading or hearing: see {@link judgedAfter}. */
const REPORT = /^(disai|ecri|dit$)|^(lu|lire|entendu)$/;

/** The words the scope rules read, with their flags, for the detectors' vocabulary. @internal */
export function scopeWords(): [string, number][] {
  const out: [string, number][] = [
    ['ne', S_NE],
    ['n', S_NE],
  ];
  for (const w of NE_PARTNERS) out.push([w, S_PARTNER]);
  for (const w of ALONE) out.push([w, S_ALONE]);
  for (const w of UNDO_AFTER) out.push([w, S_UNDO | (w === 'que' || w === 'qu' ? S_QUE : 0)]);
  for (const w of THINK) out.push([w, S_THINK]);
  out.push(['mais', S_BUT]);
  for (const w of YOU) out.push([w, S_YOU]);
  return out;
}

let pool = { neg: new Uint8Array(256), quoted: new Int32Array(256) };

const flagsOf = (v: TokenView, k: number): number => v.word[k]?.scope ?? 0;

/** An opening quote mark (one character class: a linear search, no backtracking). */
const OPENING_QUOTE = /[«“„"'‘]/;
/** Whether a code unit may be part of a word (ASCII letters and digits, any code unit past Latin-1's symbols). */
const wordish = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0;

/** How far before a lexicon hit a negation reaches (« c'est pas vraiment un … »). */
const NEG_REACH = 3;
/** How far before a hit a reporting frame reaches (« on m'a traité de sale … »). */
const FRAME_REACH = 8;
/** How far before a finding the « que » of a negated main clause may stand. */
const SUBORDINATE_REACH = 10;
/** Tokens outside quote marks that make a frame around them. */
const QUOTE_FRAME = 3;

/**
 * Whether the statement ending at token `to` is judged or reported after it, in the rest of
 * its sentence or the next one (15 tokens at most). Counter-speech: a word that names it
 * as prejudice or as false, less than 8 tokens after a singular demonstrative in its clause
 * (« …, c'est un cliché raciste », « C'est faux », « ce genre de phrase est de
 * l'antisémitisme »); not when a negation stands between (« c'est pas raciste »), in a « que »
 * clause (« ils diront que c'est raciste »), conceded by a « mais » after it in its sentence
 * (« c'est un cliché mais c'est vrai ») or asked (« c'est raciste ? »), nor « ce sont des
 * racistes », which speaks of people. Reported speech (quote): a reporting verb heading a clause
 * (« …, disait le maire », « écrit un internaute », « lu sur X »), or a verb of reading after « on » or in a clause headed by « voilà » (« peut-on lire »,
 * « voilà ce que j'ai lu »). Evaluative words alone (« c'est une honte », « c'est la vérité »)
 * judge nothing. One pass over a bounded window per finding: linear.
 */
function judgedAfter(v: TokenView, to: number): Suppression | undefined {
  let sentences = 0;
  let dem = -1;
  let first = '';
  let judged = false;
  let k = to + 1;
  for (; k < v.n && k < to + 16; k++) {
    const b = v.brk[k]!;
    const f = flagsOf(v, k);
    const t = v.tokAt(k);
    if (b === BREAK_STRONG && (judged || ++sentences > 1)) break;
    if (b !== BREAK_NONE) {
      dem = -1;
      first = t;
    }
    if ((f & S_BUT) !== 0) judged = false;
    const r = REPORT.exec(t);
    if (r && (b !== BREAK_NONE || (!r[1] && (first === 'voila' || v.tokAt(k - 1) === 'on')))) return 'quote';
    if ((f & (S_NE | S_PARTNER | S_ALONE)) !== 0 || (t === 'sont' && dem === k - 1)) dem = -1;
    else if (DEM.test(t)) dem = (flagsOf(v, k - 1) & S_QUE) !== 0 ? -1 : k;
    else if (dem >= 0 && k - dem < 8 && META.test(t)) judged = true;
  }
  if (judged && !v.text.slice(v.end[k - 1], v.end[k - 1]! + 3).includes('?')) return 'counter_speech';
}

/**
 * The context of one text for the rules of SPEC.md: which tokens negate, which are quoted,
 * which frames report speech, whether the text argues against hate. Built once per analyze
 * call from the markers of the lexicon pass and the quote marks of the original text.
 * @internal
 */
export class Scope {
  /** Tokens that negate (after the « ne … que » and « pas de » rules). */
  private readonly neg: Uint8Array;
  /** Quote span index + 1 of each token (0: not quoted). */
  private readonly quoted: Int32Array;
  /** Token ranges of reporting frames (markers role=quote), [from, to]. */
  private readonly frames: [number, number][] = [];
  /** Token ranges of weak frames (« dire que », « écrire »): they report only in counter-speech. */
  private readonly weakFrames: [number, number][] = [];
  /** Token ranges of counter-speech markers. */
  private readonly counters: [number, number][] = [];
  /** Token ranges of exempt markers. */
  readonly exempt: [number, number][] = [];
  private readonly quotes: [number, number][] = [];
  /** Number of tokens outside every quote. */
  private unquoted = 0;

  constructor(
    private readonly v: TokenView,
    markers: readonly Marker[],
    patterns: CompiledPatterns,
  ) {
    const n = v.n;
    // Shared buffers, cleared per text: analyze is synchronous and a Scope does not outlive it.
    if (pool.neg.length < n || pool.neg.length > 1 << 20) {
      const cap = Math.max(n, 256);
      pool = { neg: new Uint8Array(cap), quoted: new Int32Array(cap) };
    }
    this.neg = pool.neg;
    this.quoted = pool.quoted;
    this.neg.fill(0, 0, n);
    this.quoted.fill(0, 0, n);
    // Negation words are read from the tokens too: a marker inside a longer one (« personne ne
    // mérite ») is not reported on its own.
    this.markNegation(0, n - 1);
    for (const m of markers) {
      if (m.role === NEGATION) this.markNegation(m.from, m.to);
      else if (m.role === QUOTE) this.frames.push([m.from, m.to]);
      else if (m.role === COUNTER) this.counters.push([m.from, m.to]);
      else if (m.role === EXEMPT) this.exempt.push([m.from, m.to]);
    }
    const weak = patterns.classIndex.get('FRAME_WEAK');
    if (weak !== undefined) {
      for (let k = 0; k < n; k++) {
        const w = v.word[k];
        if (w === undefined) continue;
        if (w.cls?.includes(weak)) this.weakFrames.push([k, k]);
        const seqs = w.seqs ?? [];
        for (let i = 0; i < seqs.length; i += 2) {
          if (seqs[i] !== weak) continue;
          const seq = seqs[i + 1] as Word[];
          let ok = k + seq.length <= n;
          for (let i = 0; ok && i < seq.length; i++) ok = v.word[k + i] === seq[i];
          if (ok) this.weakFrames.push([k, k + seq.length - 1]);
        }
      }
    }
    this.findQuotes();
  }

  private markNegation(from: number, to: number): void {
    const v = this.v;
    for (let k = from; k <= to; k++) {
      const f = flagsOf(v, k);
      if (f === 0 || this.neg[k] === 1) continue;
      if ((f & S_NE) !== 0) {
        // « ne » negates with a partner in its clause: « ne … pas », « personne ne ».
        for (let j = Math.max(0, k - 2); j <= Math.min(v.n - 1, k + 5); j++) {
          if (j !== k && (flagsOf(v, j) & S_PARTNER) !== 0 && v.sameClause(Math.min(j, k), Math.max(j, k)) && !this.undone(j)) {
            this.neg[k] = 1;
            this.neg[j] = 1;
            break;
          }
        }
      } else if ((f & S_ALONE) !== 0 && !this.undone(k)) this.neg[k] = 1;
    }
  }

  /**
   * « pas que », « pas mal », « pas de »: the word after undoes the negation — but not the
   * « que » opening a clause after a verb of opinion (« je ne pense pas que … »).
   */
  private undone(k: number): boolean {
    const v = this.v;
    if (k + 1 >= v.n || v.brk[k + 1] !== BREAK_NONE) return false;
    const f = flagsOf(v, k + 1);
    if ((f & S_UNDO) === 0) return false;
    return !((f & S_QUE) !== 0 && k > 0 && (flagsOf(v, k - 1) & S_THINK) !== 0);
  }

  /** Pairs of quote marks in the original text, as token ranges. */
  private findQuotes(): void {
    const { text } = this.v;
    // Most comments hold no quote mark: the native searches answer before any loop.
    const first = text.search(OPENING_QUOTE);
    if (first < 0) return;
    const spans: [number, number][] = [];
    let open = -1;
    let close = 0;
    for (let i = first; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (open < 0) {
        if (c === 0xab /* « */) close = 0xbb;
        else if (c === 0x201c /* “ */) close = 0x201d;
        else if (c === 0x201e /* „ */) close = 0x201c;
        else if (c === 34 /* " */) close = 34;
        else if ((c === 39 || c === 0x2018) && (i === 0 || !wordish(text.charCodeAt(i - 1))) && wordish(text.charCodeAt(i + 1)))
          // A single quote opens only before a word and after none: « l'école » is an apostrophe.
          close = c === 39 ? 39 : 0x2019;
        else continue;
        open = i;
      } else if (c === close && ((close !== 39 && close !== 0x2019) || i + 1 >= text.length || !wordish(text.charCodeAt(i + 1)))) {
        // A single quote closes only after a word and before none (« 'sale con' partout »).
        spans.push([open, i]);
        open = -1;
      }
    }
    for (const [a, b] of spans) {
      const from = this.v.tokenOfOffset(a);
      let to = from;
      if (from >= this.v.n || this.v.start[from]! > b) continue;
      while (to + 1 < this.v.n && this.v.end[to + 1]! <= b) to++;
      if (this.v.end[to]! > b) continue;
      this.quotes.push([from, to]);
      for (let k = from; k <= to; k++) this.quoted[k] = this.quotes.length;
    }
    for (let k = 0; k < this.v.n; k++) if (this.quoted[k] === 0) this.unquoted++;
  }

  /** Per token: a reporting frame ends here (1: strong, 2: weak). */
  private frameEnd?: Uint8Array;
  /** Per token: its sentence number; per sentence: whether it holds a counter-speech marker. */
  private sentenceOf?: Int32Array;
  private sentenceCounter?: Uint8Array;
  /** Extent of the markers (first start, last end) of each list, for « outside a quote » checks. */
  private extent(list: [number, number][]): [number, number] {
    let lo = Number.MAX_SAFE_INTEGER;
    let hi = -1;
    for (const [a, b] of list) {
      lo = Math.min(lo, b);
      hi = Math.max(hi, a);
    }
    return [lo, hi];
  }
  private counterExtent?: [number, number];
  private frameExtent?: [number, number];

  /** Indexes built on the first question (most texts never ask). */
  private index(): void {
    if (this.frameEnd) return;
    const v = this.v;
    this.frameEnd = new Uint8Array(v.n);
    for (const [, b] of this.weakFrames) this.frameEnd[b] = 2;
    for (const [, b] of this.frames) this.frameEnd[b] = 1;
    this.sentenceOf = new Int32Array(v.n);
    let sent = 0;
    for (let k = 0; k < v.n; k++) {
      if (k > 0 && v.brk[k] === BREAK_STRONG) sent++;
      this.sentenceOf[k] = sent;
    }
    this.sentenceCounter = new Uint8Array(sent + 1);
    for (const [a] of this.counters) this.sentenceCounter[this.sentenceOf[a]!] = 1;
    this.counterExtent = this.extent(this.counters);
    this.frameExtent = this.extent(this.frames);
  }

  /** A counter-speech marker in the text, outside tokens [from, to]. */
  private counterOutside(from: number, to: number): boolean {
    const [lo, hi] = this.counterExtent!;
    return lo < from || hi > to;
  }

  /**
   * Why a finding over tokens [from, to] is not the author's own words: it is quoted, or
   * reported by a frame (« on m'a traité de … »). Counter-speech when the text argues against it
   * (after it, only if `judged`: a statement about people, see {@link judgedAfter}).
   */
  reported(from: number, to: number, judged = true): Suppression | undefined {
    const after = judgedAfter(this.v, to);
    // A judgement after it speaks of a statement about people, not of words aimed at the
    // reader or a threat (« t'es qu'un con, c'est faux ce que tu dis »): then only a
    // reporting frame after it counts.
    if (after === 'quote' || (after && judged)) return after;
    if (this.frames.length === 0 && this.weakFrames.length === 0 && this.quotes.length === 0) return undefined;
    this.index();
    // Quoted when the whole finding is, or its last word (« appeler les X des "…" »).
    const q = this.quoted[to]!;
    if (q !== 0) {
      const [a, b] = this.quotes[q - 1]!;
      if (this.counterOutside(a, b)) return 'counter_speech';
      // Words of the author's own around the quote frame it (« le tag … a été retrouvé »,
      // « voici le message reçu : … »): what is between quote marks is someone else's.
      const [flo, fhi] = this.frameExtent!;
      if (this.unquoted >= QUOTE_FRAME || flo < a || fhi > b) return 'quote';
    }
    // The nearest frame ending before the finding, in its clause.
    let frame = 0;
    for (let k = from - 1; k >= Math.max(0, from - FRAME_REACH) && frame === 0; k--) {
      if (this.v.brk[k + 1] !== BREAK_NONE) break;
      frame = this.frameEnd![k]!;
    }
    const counter = this.sentenceCounter![this.sentenceOf![from]!] === 1;
    if (frame === 1) return counter ? 'counter_speech' : 'quote';
    if (frame === 2 && counter) return 'counter_speech';
    return undefined;
  }

  /** Whether the clause of token `k`, up to it, speaks to the reader: a bounded look back. */
  addressed(k: number): boolean {
    const v = this.v;
    for (let j = k; j >= 0 && j >= k - ADDRESS_REACH; j--) {
      if ((flagsOf(v, j) & S_YOU) !== 0) return true;
      if (v.brk[j] !== BREAK_NONE) return false;
    }
    return false;
  }

  /** Whether a lexicon hit over tokens [from, to] is negated: a negation just before it, in its clause. */
  negatedHit(from: number): boolean {
    return this.negBefore(from, NEG_REACH);
  }

  /**
   * Whether a pattern match over tokens [from, to] is negated: a negation inside it, right
   * after it, or just before it in its clause (« je vais pas te … », « je déteste pas les … »).
   */
  negatedMatch(from: number, to: number): boolean {
    for (let k = from; k <= Math.min(to + 1, this.v.n - 1); k++) {
      if (k > to && this.v.brk[k] !== BREAK_NONE) break;
      if (this.neg[k] === 1) return true;
    }
    return this.negBefore(from, 2);
  }

  /**
   * A negation among the `reach` tokens before `from`, in its clause; or a negation of the
   * verb that introduces the « que » clause holding `from` (« je n'ai jamais dit que … »,
   * « personne ne mérite qu'on … »).
   */
  private negBefore(from: number, reach: number): boolean {
    const v = this.v;
    for (let k = from - 1; k >= Math.max(0, from - reach); k--) {
      if (v.brk[k + 1] !== BREAK_NONE || (flagsOf(v, k) & S_BUT) !== 0) return false;
      if (this.neg[k] === 1) return true;
    }
    for (let k = from - 1; k >= Math.max(0, from - SUBORDINATE_REACH); k--) {
      const f = flagsOf(v, k);
      if (v.brk[k + 1] !== BREAK_NONE || (f & S_BUT) !== 0) return false;
      if ((f & S_QUE) !== 0) {
        for (let j = k - 1; j >= Math.max(0, k - 5); j--) {
          if (v.brk[j + 1] !== BREAK_NONE || (flagsOf(v, j) & S_BUT) !== 0) return false;
          if (this.neg[j] === 1) return true;
        }
        return false;
      }
    }
    return false;
  }

  /** Whether tokens [from, to] overlap an exempt marker (« mort de rire »). */
  isExempt(from: number, to: number): boolean {
    if (this.exempt.length === 0) return false;
    if (!this.exemptTok) {
      this.exemptTok = new Uint8Array(this.v.n);
      for (const [a, b] of this.exempt) this.exemptTok.fill(1, a, b + 1);
    }
    for (let k = from; k <= to; k++) if (this.exemptTok[k] === 1) return true;
    return false;
  }
  private exemptTok?: Uint8Array;
}
