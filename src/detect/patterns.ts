import { PATTERN_FILES } from '../generated/patterns.js';
import type { Automaton } from '../lexicon/automaton.js';
import { compile } from '../lexicon/compile.js';
import { formsNear } from '../lexicon/near.js';
import { guardSet } from './fuzzy.js';
import {
  type Alt,
  type Elem,
  type Pattern,
  type PatternSet,
  parsePatternFiles,
  SPAN_CLASSES,
  type SpanClass,
  usedClasses,
} from './pattern-parse.js';
import { scopeWords } from './scope.js';
import { BREAK_NONE, BREAK_STRONG, type TokenView, type Vocabulary, vocabulary } from './tokens.js';

/** Token ranges [from, to) of lexicon findings, by span class and start token. @internal */
export type Spans = Map<SpanClass, Map<number, number[]>>;

/** A pattern match over tokens [from, to). @internal */
export interface PatternMatch {
  pattern: Pattern;
  from: number;
  to: number;
}

/** A pattern set with its lookup indexes. @internal */
export interface CompiledPatterns extends PatternSet {
  /** What the patterns know of each word (see {@link Word}), looked up from a token's codes or a string. */
  vocab: Vocabulary;
  /** Patterns that may start with a span class. */
  bySpan: Map<SpanClass, number[]>;

  /** Patterns anchored on a span class. */
  spanAnchors: Map<SpanClass, number[]>;
  /**
   * Per pattern, its required elements (ids shared by identical elements): a pattern can match
   * only in a text where each of them has some word, class member or span that may satisfy it.
   */
  reqs: Int32Array[];
  /**
   * Per required element, the marks that satisfy it. A mark is a class (its index), a word
   * written as a literal in some pattern (an index after the classes'), or a span class (after
   * the literals, see {@link spanMark}): a text notes the marks it holds, and an element is met
   * when one of its marks is noted.
   */
  reqMarks: Int32Array[];
  /** Number of marks (classes, literal words, span classes). */
  marks: number;
  /** The mark of each span class. */
  spanMark: Map<SpanClass, number>;
  /** The required elements a span class may meet (their verdict without spans is stale once the spans are known). */
  spanReqs: Map<SpanClass, Int32Array>;
  /** Per mark, the patterns anchored on it. */
  classAnchors: (number[] | undefined)[];
  /**
   * The marks of each vocabulary word, flat: those of word id `i` (see {@link TokenView.wid})
   * are `markList[markStart[i - 1] .. markStart[i])`: the classes it is a member of or the
   * longest word of a member of, and itself as a literal. Typed arrays, not lists on the
   * Word objects, because the gate reads them for every token of every text.
   */
  markStart: Int32Array;
  markList: Int32Array;
  /** The violent verbs' forms, for their typos (« égorgre »). */
  verbTypos: { automaton: Automaton; forms: string[] };
}

/** The anchor cost of a frequent word (1 for any other). */
const FREQUENT_COST = 1000;
/** Frequent words: a pattern element made of them is a poor anchor. */
const FREQUENT = new Set(
  'je j on nous tu t te vous toi il elle ils elles le la l les lui leur de d des du un une a à au aux et ou que qu ne n pas plus se s ce c ça ca est es sont va vais vas ont ai as me m mon ton ta tes ma mes son sa ses en y qui'.split(
    ' ',
  ),
);

/** A word the detectors know. @internal */
export interface Word {
  /** Patterns that may start with it. */
  first: number[] | undefined;
  /** A single-token class member (never read as a typo). */
  member: true | undefined;
  /** What the negation rules read in it (flags of scope.ts). */
  scope: number | undefined;
  /** Classes it is a single-token member of (indexes, ascending). */
  cls: number[] | undefined;
  /** Multi-token members it starts: class index, then the member's words, for each (see {@link seqsOf}). */
  seqs: (number | Word[])[] | undefined;
}

/** Verb classes whose forms are matched with one typo, and the shortest such token. */
const TYPO_CLASSES = ['KILL.inf', 'HURT.inf', 'CRUSH.inf', 'RAPE.inf', 'DIE.inf'];
export const TYPO_MIN = 6;

/** The forms of the verb classes matched with one typo. @internal */
export function typoForms(set: PatternSet): Set<string> {
  const forms = new Set<string>();
  for (const name of TYPO_CLASSES) {
    const k = set.classIndex.get(name);
    if (k !== undefined) for (const w of set.classes[k]!.single) if (w.length >= TYPO_MIN && /^[a-z]+$/.test(w)) forms.add(w);
  }
  return forms;
}

let builtIn: CompiledPatterns | undefined;

/** The built-in patterns (lexicons/fr/patterns), parsed and indexed once on first use. @internal */
export function builtInPatterns(): CompiledPatterns {
  builtIn ??= compilePatterns(parsePatternFiles(PATTERN_FILES));
  return builtIn;
}

const longest = (seq: readonly string[]) => seq.reduce((a, b) => (b.length > a.length ? b : a));

/** `l` with `v` appended (a new list when there is none), unless `v` ends it already: patterns are indexed in order. */
function appended(l: number[] | undefined, v: number): number[] {
  if (l === undefined) return [v];
  if (l[l.length - 1] !== v) l.push(v);
  return l;
}

function addToMap<K>(m: Map<K, number[]>, k: K, v: number) {
  m.set(k, appended(m.get(k), v));
}

/** Builds the first-token and anchor indexes of a pattern set. @internal */
export function compilePatterns(set: PatternSet): CompiledPatterns {
  const words = new Map<string, Word>();
  const word = (w: string): Word => {
    let r = words.get(w);
    if (!r) {
      // One shape for every word (properties in one order), so that reading them stays monomorphic.
      r = {
        first: undefined,
        member: undefined,
        scope: undefined,
        cls: undefined,
        seqs: undefined,
      };
      words.set(w, r);
    }
    return r;
  };
  // What the gate notes when a word occurs (see CompiledPatterns.markStart).
  const marksOf = new Map<Word, number[]>();
  const noteClass = (w: Word, k: number) => {
    const l = marksOf.get(w);
    if (l === undefined) marksOf.set(w, [k]);
    else if (!l.includes(k)) l.push(k);
  };
  const addFirst = (w: Word, k: number) => {
    w.first = appended(w.first, k);
  };
  // The Word objects of a class's first tokens, looked up once per class: the big verb
  // classes start many patterns, and start-up time goes into these lookups.
  const firstWords = new Map<number, Word[]>();
  const firstsOf = (k: number): Word[] => {
    let r = firstWords.get(k);
    if (!r) {
      const c = set.classes[k]!;
      r = [...c.single, ...c.multi.keys()].map(word);
      firstWords.set(k, r);
    }
    return r;
  };
  const bySpan = new Map<SpanClass, number[]>();
  set.patterns.forEach((p, k) => {
    // Every element that can come first: skip anchors, negative checks and optional elements.
    for (const e of p.elems) {
      if (e.type === 'bol' || e.type === 'eol' || e.type === 'not') continue;
      for (const a of e.alts) {
        if (a.eol) continue;
        if (a.seq) addFirst(word(a.seq[0]!), k);
        else if (a.span) addToMap(bySpan, a.span, k);
        else for (const w of firstsOf(a.cls!)) addFirst(w, k);
      }
      if (!e.opt) break;
    }
  });
  // Anchors: per pattern, the required element whose words are the rarest: literals anchor
  // on their word, classes on the class (noted once per member in a text), spans on the span.
  const spanAnchors = new Map<SpanClass, number[]>();
  const classAnchors: (number[] | undefined)[] = [];
  // Literal words are marks of their own, numbered after the classes.
  const literals = new Map<string, number>();
  const literalMark = (seq: readonly string[]): number => {
    const w = longest(seq);
    let m = literals.get(w);
    if (m === undefined) {
      m = set.classes.length + literals.size;
      literals.set(w, m);
      noteClass(word(w), m);
    }
    return m;
  };
  const anchorOn = (m: number, k: number) => {
    classAnchors[m] = appended(classAnchors[m], k);
  };
  // The cost of a class as an anchor, once per class: 1 per member, 1000 per frequent one.
  const classCost = new Map<number, number>();
  const costOfClass = (k: number) => {
    let r = classCost.get(k);
    if (r === undefined) {
      const c = set.classes[k]!;
      r = 0;
      for (const w of c.single) r += FREQUENT.has(w) ? FREQUENT_COST : 1;
      for (const seqs of c.multi.values()) r += seqs.length;
      classCost.set(k, r);
    }
    return r;
  };
  const costOf = (a: Alt): number => (a.span ? 50 : a.seq ? (FREQUENT.has(longest(a.seq)) ? FREQUENT_COST : 1) : costOfClass(a.cls!));
  const consumed = (e: Elem) => e.type === 'm' && !e.opt && !e.alts.some((a) => a.eol);
  set.patterns.forEach((p, k) => {
    let best: Elem | undefined;
    let bestCost = Number.POSITIVE_INFINITY;
    for (const e of p.elems) {
      if (!consumed(e)) continue;
      let cost = 0;
      for (const a of e.alts) cost += costOf(a);
      if (cost < bestCost) {
        best = e;
        bestCost = cost;
      }
    }
    for (const a of best!.alts) {
      if (a.span) addToMap(spanAnchors, a.span, k);
      else anchorOn(a.seq ? literalMark(a.seq) : a.cls!, k);
    }
  });
  // Required elements: every element a match must consume. Identical ones (a class used by
  // many patterns) share one id, so that a text checks each once.
  const reqIds = new Map<string, number>();
  const reqMarks: number[][] = [];
  const reqCost: number[] = [];
  // Span classes are marks too, numbered after the literals (known once every pattern is read).
  const spanAlts: [number[], SpanClass][] = [];
  const gated = new Set<number>();
  const reqs = set.patterns.map((p) => {
    const ids: number[] = [];
    for (const e of p.elems) {
      if (!consumed(e)) continue;
      // Alternatives in any order: « un|une » and « une|un » are one element.
      const key = e.alts
        .map((a) => (a.cls !== undefined ? `#${a.cls}` : a.span ? `@${a.span}` : (a.seq?.join(' ') ?? '$')))
        .sort()
        .join('|');
      let id = reqIds.get(key);
      if (id === undefined) {
        id = reqIds.size;
        reqIds.set(key, id);
        reqCost[id] = e.alts.reduce((c, a) => c + costOf(a), 0);
        const ms: number[] = [];
        for (const a of e.alts) {
          if (a.span) spanAlts.push([ms, a.span]);
          else {
            const m = a.seq ? literalMark(a.seq) : a.cls!;
            if (a.cls !== undefined) gated.add(a.cls);
            ms.push(m);
          }
        }
        reqMarks[id] = ms;
      }
      if (!ids.includes(id)) ids.push(id);
    }
    // The rarest first: a text misses it most often, and the check stops there.
    return Int32Array.from(ids.sort((x, y) => reqCost[x]! - reqCost[y]!));
  });
  const spanMark = new Map<SpanClass, number>();
  for (const name of SPAN_CLASSES) spanMark.set(name, set.classes.length + literals.size + spanMark.size);
  for (const [ms, name] of spanAlts) ms.push(spanMark.get(name)!);
  const marks = set.classes.length + literals.size + SPAN_CLASSES.length;
  const spanReqs = new Map<SpanClass, number[]>();
  reqMarks.forEach((ms, r) => {
    reqMarks[r] = [...new Set(ms)];
    for (const name of SPAN_CLASSES) if (ms.includes(spanMark.get(name)!)) addToMap(spanReqs, name, r);
  });
  for (const c of set.classes) {
    for (const w of c.single) word(w).member = true;
  }
  for (const [w, f] of scopeWords()) word(w).scope = (word(w).scope ?? 0) | f;
  // Literal sequences are compared word by word (a token's Word is its spelling).
  for (const p of set.patterns) for (const e of p.elems) for (const a of e.alts) if (a.seq) a.words = a.seq.map(word);
  // The forms in a trie of their own, searched for one edit like the lexicon's.
  const forms = [...typoForms(set)];
  const verbTypos = {
    automaton: compile(forms.map((f, entry) => ({ codes: Uint8Array.from(f, (ch) => ch.charCodeAt(0) - 96), entry, root: 0 as const }))),
    forms,
  };
  // Classes no pattern reads (moods of a verb nobody writes, helper lists) have given their
  // words the flags above; their members need not stay in memory. FRAME_WEAK and OF_GROUP
  // are read by name.
  const used = usedClasses(set);
  // The classes the gate reads: those of required elements (above) and anchors.
  classAnchors.forEach((ps, c) => {
    if (ps) gated.add(c);
  });
  set.classes.forEach((c, k) => {
    if (used.has(k) || c.name === 'FRAME_WEAK' || c.name === 'OF_GROUP') {
      // Membership is read from the token's Word: no string is hashed while matching.
      for (const m of c.single) {
        const w = word(m);
        w.cls ??= [];
        w.cls.push(k);
        if (gated.has(k)) noteClass(w, k);
      }
      for (const [first, seqs] of c.multi) {
        const r = word(first);
        r.seqs ??= [];
        for (const seq of seqs) r.seqs.push(k, seq.map(word));
        // The gate notes a multi-token member by its longest word (« ta mère » by « mere »): rarer than the first.
        if (gated.has(k)) for (const seq of seqs) noteClass(word(longest(seq)), k);
      }
      // Its multi-token members now live on their first words.
      c.multi = new Map();
      return;
    }
    c.single = new Set();
    c.multi = new Map();
  });
  // Lists grown by push keep spare capacity (a few words each, thousands of words): exact copies
  // take a third of the memory.
  for (const w of words.values()) {
    if (w.first) w.first = w.first.slice();
    if (w.cls) w.cls = w.cls.slice();
    if (w.seqs) w.seqs = w.seqs.slice();
  }
  for (const p of set.patterns) {
    p.elems = p.elems.slice();
    for (const e of p.elems) e.alts = e.alts.slice();
  }
  const vocab = vocabulary(words);
  const markStart = new Int32Array(vocab.list.length + 1);
  const markList: number[] = [];
  vocab.list.forEach((w, i) => {
    for (const m of marksOf.get(w) ?? []) markList.push(m);
    markStart[i + 1] = markList.length;
  });
  return {
    ...set,
    vocab,
    markStart,
    markList: Int32Array.from(markList),
    bySpan,
    spanAnchors,
    reqs,
    reqMarks: reqMarks.map((ms) => Int32Array.from(ms)),
    marks,
    spanMark,
    spanReqs: new Map([...spanReqs].map(([k, rs]) => [k, Int32Array.from(rs)])),
    classAnchors,
    verbTypos,
  };
}

/** Whether word `w` starts some multi-token member of class `c`. */
function seqsOf(w: Word | undefined, c: number): boolean {
  const l = w?.seqs;
  if (l === undefined) return false;
  for (let i = 0; i < l.length; i += 2) if (l[i] === c) return true;
  return false;
}

const hasStar = (v: TokenView, k: number) => v.starred !== undefined && v.starred[k] === 1;

/** Whether the tokens from `pos` on read as `seq` (either reading of each). */
const seqAt = (v: TokenView, seq: readonly Word[], pos: number): boolean => {
  if (pos + seq.length > v.n) return false;
  for (let i = 0; i < seq.length; i++) if (v.word[pos + i] !== seq[i] && v.altWord[pos + i] !== seq[i]) return false;
  return true;
};

/** Whether word `w` is a single-token member of class `c`. */
function inClass(w: Word | undefined, c: number): boolean {
  const l = w?.cls;
  if (l === undefined) return false;
  for (let i = 0; i < l.length; i++) if (l[i] === c) return true;
  return false;
}

/** Whether token `pos` (alone, or starting a multi-token member) is in class `c`; pushes the lengths matched. */
function classAt(set: CompiledPatterns, v: TokenView, c: number, pos: number, out: number[]): void {
  if (pos >= v.n) return;
  const w = v.word[pos];
  const aw = v.altWord[pos];
  if (inClass(w, c) || inClass(aw, c)) out.push(1);
  else if (hasStar(v, pos)) {
    // A masked letter (« v*oler »): any member it can stand for.
    const t = v.tokAt(pos);
    for (const m of set.classes[c]!.single) {
      if (wildEq(t, m)) {
        out.push(1);
        break;
      }
    }
  }
  // Members starting with either reading of the token (the first reading that starts any).
  const seqs = seqsOf(w, c) ? w!.seqs : seqsOf(aw, c) ? aw!.seqs : undefined;
  if (seqs)
    for (let i = 0; i < seqs.length; i += 2) {
      if (seqs[i] !== c) continue;
      const seq = seqs[i + 1] as Word[];
      if (seqAt(v, seq, pos)) out.push(seq.length);
    }
}

/** Whether `t`, holding `*`, reads as `w`: each `*` one letter, or (once) nothing. */
function wildEq(t: string, w: string): boolean {
  if (t.length === w.length) {
    for (let i = 0; i < t.length; i++) if (t[i] !== w[i] && t[i] !== '*') return false;
    return true;
  }
  if (t.length === w.length + 1) {
    const i = t.indexOf('*');
    return t.slice(0, i) + t.slice(i + 1) === w;
  }
  return false;
}

/** Lengths (in tokens) of every way alternative `a` matches at `pos`. */
function altAt(set: CompiledPatterns, v: TokenView, spans: Spans, a: Alt, pos: number, out: number[]): void {
  if (a.eol) {
    if (pos === v.n || v.brk[pos] !== BREAK_NONE) out.push(0);
  } else if (a.words) {
    if (seqAt(v, a.words, pos)) out.push(a.words.length);
  } else if (a.span) {
    const ends = spans.get(a.span)?.get(pos);
    if (ends) for (const e of ends) out.push(e - pos);
  } else classAt(set, v, a.cls!, pos, out);
}

/** Whether a token run [pos, pos+len) may be consumed: no sentence break inside it, nor before it unless it starts the match. */
function canConsume(v: TokenView, start: number, pos: number, len: number): boolean {
  for (let q = Math.max(pos, start + 1); q < pos + len; q++) if (v.brk[q] === BREAK_STRONG) return false;
  return pos + len <= v.n;
}

// Reusable search state: a stack of (element, position) and a visited stamp per pair.
let stackE = new Int32Array(256);
let stackP = new Int32Array(256);
let seen = new Int32Array(64 * 64);
let stamp = 0;
let top = 0;
// The search under way (matchAt is not reentrant): its start token, row width and reach.
let searchStart = 0;
let searchWidth = 0;
let searchMax = 0;
const lens: number[] = [];

/** Pushes (element, position) unless visited in this search or out of the pattern's reach. */
function push(e: number, pos: number): void {
  const key = e * searchWidth + (pos - searchStart);
  if (pos - searchStart > searchMax || seen[key] === stamp) return;
  seen[key] = stamp;
  if (top === stackE.length) {
    const e2 = new Int32Array(top * 2);
    e2.set(stackE);
    stackE = e2;
    const p2 = new Int32Array(top * 2);
    p2.set(stackP);
    stackP = p2;
  }
  stackE[top] = e;
  stackP[top] = pos;
  top++;
}

/**
 * The longest match of `p` starting at token `start` (end token, exclusive), or -1. A search
 * over (element, position) pairs, each visited once: at most elements × maxLen steps.
 */
export function matchAt(set: CompiledPatterns, v: TokenView, spans: Spans, p: Pattern, start: number): number {
  const n = p.elems.length;
  const width = p.maxLen + 1;
  if ((n + 1) * width > seen.length) seen = new Int32Array((n + 1) * width * 2);
  stamp++;
  if (stamp === 0x7fffffff) {
    seen.fill(0);
    stamp = 1;
  }
  top = 0;
  searchStart = start;
  searchWidth = width;
  searchMax = p.maxLen;
  let best = -1;
  push(0, start);
  while (top > 0) {
    top--;
    const e = stackE[top]!;
    const pos = stackP[top]!;
    if (e === n) {
      if (pos > best) best = pos;
      continue;
    }
    const el: Elem = p.elems[e]!;
    if (el.type === 'bol') {
      if (pos < v.n && v.brk[pos] !== BREAK_NONE) push(e + 1, pos);
      continue;
    }
    if (el.type === 'eol') {
      if (pos === v.n || v.brk[pos] !== BREAK_NONE) push(e + 1, pos);
      continue;
    }
    if (el.type === 'gap') {
      for (let k = 0; k <= el.max; k++) {
        if (k > 0 && !canConsume(v, start, pos, k)) break;
        push(e + 1, pos + k);
      }
      continue;
    }
    lens.length = 0;
    for (const a of el.alts) altAt(set, v, spans, a, pos, lens);
    if (el.type === 'not') {
      if (lens.length === 0) push(e + 1, pos);
      continue;
    }
    if (el.opt) push(e + 1, pos);
    for (let i = 0; i < lens.length; i++) {
      const len = lens[i]!;
      if (len === 0 || canConsume(v, start, pos, len)) push(e + 1, pos + len);
    }
  }
  return best;
}

/** One-letter typos of violent verbs read as the verb (not French words: the guard list). Idempotent. @internal */
export function readVerbTypos(set: CompiledPatterns, v: TokenView): void {
  if (v.typosRead) return;
  v.typosRead = true;
  for (let k = 0; k < v.n; k++) {
    if (v.alt[k] !== undefined || v.lengthOf(k) < TYPO_MIN || v.word[k]?.member || v.letters[k] === 0) continue;
    const sp = v.spelling[k];
    let form: string;
    if (sp !== undefined && sp.verbOf === set) form = sp.verb;
    else {
      form = guardSet().has(v.tokAt(k)) ? '' : verbNear(set, v, k);
      if (sp !== undefined) {
        sp.verb = form;
        sp.verbOf = set;
      }
    }
    if (form !== '') v.setAlt(k, form);
  }
}

/** The violent verb form one edit (or one swap) from token k, or ''. */
function verbNear(set: CompiledPatterns, v: TokenView, k: number): string {
  const { automaton: a, forms } = set.verbTypos;
  const [f] = formsNear(a, v.norm.codes, v.norm.tokenStart[k]!, v.norm.tokenEnd[k]!, TYPO_MIN);
  return f ? forms[a.termIds[a.termStart[f.node]!]!]! : '';
}

// Per text: the marks noted (stamp = generation), the patterns possible; per check, the
// verdict on each required element (+stamp met, -stamp not met).
let markSeen = new Int32Array(0);
let wordSeen = new Int32Array(0);
let reqState = new Int32Array(0);
let possible = new Int32Array(0);
let nextAnchor = new Int32Array(0);
let triedAt = new Int32Array(0);
let generation = 0;
let checkStamp = 0;
// Stamp of the current (text, token): a pattern is tried once per start.
let tick = 0;
const cands: number[] = [];

/** Makes the patterns `ps` candidates of generation `gen`, those that are not already. */
function candidates(ps: readonly number[], gen: number): void {
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]!;
    if (possible[p] !== -gen && possible[p] !== gen) {
      possible[p] = -gen;
      cands.push(p);
    }
  }
}

/** Notes the marks of word `id` (once per word and text) and the patterns they anchor. */
function see(set: CompiledPatterns, id: number, gen: number): void {
  if (id === 0 || wordSeen[id] === gen) return;
  wordSeen[id] = gen;
  const { markList } = set;
  for (let i = set.markStart[id - 1]!, end = set.markStart[id]!; i < end; i++) {
    const c = markList[i]!;
    if (markSeen[c] === gen) continue;
    markSeen[c] = gen;
    const ps = set.classAnchors[c];
    if (ps) candidates(ps, gen);
  }
}

/** Whether required element `r` has a noted mark, remembered for the check under way. */
function met(set: CompiledPatterns, r: number, gen: number): boolean {
  const st = reqState[r]!;
  if (st === checkStamp) return true;
  if (st === -checkStamp) return false;
  const ms = set.reqMarks[r]!;
  let ok = false;
  for (let i = 0; i < ms.length && !ok; i++) ok = markSeen[ms[i]!] === gen;
  reqState[r] = ok ? checkStamp : -checkStamp;
  return ok;
}

/**
 * Marks the patterns that may match somewhere in the text: each of their required elements has
 * a word (either reading of a token) or a span that may satisfy it, or a masked letter may hide
 * one. Only the patterns whose anchor occurs are checked, each required element once per
 * check: the tokens only note their marks. Returns whether there is any.
 */
function markPossible(set: CompiledPatterns, v: TokenView, spans: Spans | undefined): boolean {
  const np = set.patterns.length;
  if (possible.length < np) {
    possible = new Int32Array(np);
    nextAnchor = new Int32Array(np);
    triedAt = new Int32Array(np);
  }
  if (reqState.length < set.reqMarks.length) reqState = new Int32Array(set.reqMarks.length);
  if (markSeen.length < set.marks) markSeen = new Int32Array(set.marks);
  if (wordSeen.length < set.markStart.length) wordSeen = new Int32Array(set.markStart.length);
  // The tokens' marks are made once per view: the gate (no spans) and the pattern search
  // (with the lexicon's spans) share them.
  const fresh = v.gate === 0;
  if (fresh) v.gate = ++generation;
  const gen = v.gate;
  // A masked letter somewhere may hide any word: every pattern stays possible.
  if (v.starred !== undefined) {
    possible.fill(gen, 0, np);
    return true;
  }
  if (fresh) {
    cands.length = 0;
    // Verdicts on required elements hold for the whole text, but for those a span may meet.
    if (++checkStamp === 0x7fffffff) {
      reqState.fill(0);
      checkStamp = 1;
    }
    for (let k = 0; k < v.n; k++) {
      see(set, v.wid[k]!, gen);
      see(set, v.altWid[k]!, gen);
    }
  }
  if (spans)
    for (const [name, byStart] of spans) {
      if (byStart.size === 0) continue;
      markSeen[set.spanMark.get(name)!] = gen;
      const stale = set.spanReqs.get(name);
      if (stale) for (let i = 0; i < stale.length; i++) reqState[stale[i]!] = 0;
      const ps = set.spanAnchors.get(name);
      if (ps) candidates(ps, gen);
    }
  let any = false;
  for (const p of cands) {
    if (possible[p] === gen) {
      any = true;
      continue;
    }
    const r = set.reqs[p]!;
    let ok = true;
    for (let i = 0; i < r.length && ok; i++) ok = met(set, r[i]!, gen);
    if (ok) {
      possible[p] = gen;
      any = true;
    }
  }
  return any;
}

/** Whether some pattern could match a text without lexicon spans (the detectors' gate). @internal */
export function anyPossible(set: CompiledPatterns, v: TokenView): boolean {
  return markPossible(set, v, undefined);
}

/** For each first token of a span of the text, the pattern lists `index` gives its span class. */
function atSpanStarts(index: ReadonlyMap<SpanClass, number[]>, spans: Spans): Map<number, number[][]> {
  const out = new Map<number, number[][]>();
  for (const [name, ps] of index) {
    const byStart = spans.get(name);
    if (!byStart) continue;
    for (const s of byStart.keys()) {
      const l = out.get(s);
      if (l) l.push(ps);
      else out.set(s, [ps]);
    }
  }
  return out;
}

/**
 * Every (pattern, start) match, the longest per pattern and start. A pattern is tried at a
 * token only if the text holds all its required elements and one of its anchors lies within
 * its reach from that token: on a long text, a pattern whose anchor occurs once is tried near
 * that occurrence only, so the cost per token does not grow with the text.
 * @internal
 */
export function runPatterns(set: CompiledPatterns, v: TokenView, spans: Spans): PatternMatch[] {
  const out: PatternMatch[] = [];
  readVerbTypos(set, v);
  if (!markPossible(set, v, spans)) return out;
  const gen = v.gate;
  const np = set.patterns.length;
  nextAnchor.fill(0x7fffffff, 0, np);
  let nextStar = 0x7fffffff;
  // Patterns that may start with a span, and patterns anchored on one, by the span's first token.
  const bySpanStart = atSpanStarts(set.bySpan, spans);
  const spanAnchorAt = atSpanStarts(set.spanAnchors, spans);
  const anchorAt = (k: number, ps: readonly number[] | undefined) => {
    if (ps) for (const p of ps) nextAnchor[p] = k;
  };
  const { markStart, markList } = set;
  const anchorsAt = (k: number, id: number) => {
    for (let i = id === 0 ? 0 : markStart[id - 1]!, end = markStart[id]!; i < end; i++) anchorAt(k, set.classAnchors[markList[i]!]);
  };
  const tryAt = (k: number, ps: readonly number[] | undefined) => {
    if (!ps) return;
    for (const pi of ps) {
      if (possible[pi] !== gen || triedAt[pi] === tick) continue;
      const p = set.patterns[pi]!;
      if (nextAnchor[pi]! > k + p.maxLen && nextStar > k + p.maxLen) continue;
      triedAt[pi] = tick;
      const end = matchAt(set, v, spans, p, k);
      if (end > k) out.push({ pattern: p, from: k, to: end });
    }
  };
  // Backwards, so that the next anchor of each pattern is known at every token; the matches of
  // each start are then put back in text order.
  const segments: number[] = [];
  for (let k = v.n - 1; k >= 0; k--) {
    anchorsAt(k, v.wid[k]!);
    anchorsAt(k, v.altWid[k]!);
    const sa = spanAnchorAt.get(k);
    if (sa) for (const ps of sa) anchorAt(k, ps);
    if (hasStar(v, k)) nextStar = k;
    const before = out.length;
    if (++tick === 0x7fffffff) {
      triedAt.fill(0);
      tick = 1;
    }
    tryAt(k, v.word[k]?.first);
    tryAt(k, v.altWord[k]?.first);
    const starts = bySpanStart.get(k);
    if (starts) for (const ps of starts) tryAt(k, ps);
    if (out.length > before) segments.push(before, out.length);
  }
  if (segments.length === 0) return out;
  const ordered: PatternMatch[] = [];
  for (let i = segments.length - 2; i >= 0; i -= 2) for (let j = segments[i]!; j < segments[i + 1]!; j++) ordered.push(out[j]!);
  return ordered;
}
