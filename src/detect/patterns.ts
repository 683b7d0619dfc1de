import { PATTERN_FILES } from '../generated/patterns.js';
import { guardSet, TypoIndex } from './fuzzy.js';
import { type Alt, type Elem, type Pattern, type PatternSet, parsePatternFiles, type SpanClass, usedClasses } from './pattern-parse.js';
import { scopeWords } from './scope.js';
import { BREAK_NONE, BREAK_STRONG, SpellingMemo, type TokenView, type Vocabulary, vocabulary } from './tokens.js';

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
   * only in a text where each of them has some word (or span) that may satisfy it.
   */
  reqs: Int32Array[];
  /** Required elements satisfied by a span class. */
  spanReqs: Map<SpanClass, number[]>;
  /** Number of distinct required elements. */
  reqCount: number;
  /**
   * Per required element, the frequent words (« a », « je », « est », by index) that satisfy
   * it: those are noted once per text instead of marking every element they belong to.
   */
  reqFrequent: (Int32Array | undefined)[];
  /** Number of frequent words. */
  frequentCount: number;
  /** The violent verbs' forms, for their typos (« égorgre »). */
  verbTypos: TypoIndex<string>;
  /** The verb form each recent token misspells ('' for none). */
  verbTypoMemo: SpellingMemo<string>;
}

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
  /** Patterns anchored on it: they run only if some anchor word of theirs occurs in the text. */
  anchor: number[] | undefined;
  /** Required elements (see {@link CompiledPatterns.reqs}) it may satisfy. */
  req: number[] | undefined;
  /** A single-token class member (never read as a typo). */
  member: true | undefined;
  /** The first token of a multi-token class member. */
  starts: true | undefined;
  /** What the negation rules read in it (flags of scope.ts). */
  scope: number | undefined;
  /** Classes it is a single-token member of (indexes, ascending). */
  cls: number[] | undefined;
  /** Multi-token members it starts, by class: their words. */
  seqs: Map<number, Word[][]> | undefined;
  /** Index of a frequent word (see {@link CompiledPatterns.reqFrequent}). */
  frequent: number | undefined;
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

function addToMap<K>(m: Map<K, number[]>, k: K, v: number) {
  const l = m.get(k);
  if (!l) m.set(k, [v]);
  else if (l[l.length - 1] !== v) l.push(v);
}

function addTo(w: Word, key: 'first' | 'anchor' | 'req', v: number) {
  const l = w[key];
  if (!l) w[key] = [v];
  else if (l[l.length - 1] !== v) l.push(v);
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
        anchor: undefined,
        req: undefined,
        member: undefined,
        starts: undefined,
        scope: undefined,
        cls: undefined,
        seqs: undefined,
        frequent: undefined,
      };
      words.set(w, r);
    }
    return r;
  };
  const addFirst = (w: string, k: number) => addTo(word(w), 'first', k);
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
        if (a.seq) addFirst(a.seq[0]!, k);
        else if (a.span) addToMap(bySpan, a.span, k);
        else for (const w of firstsOf(a.cls!)) addTo(w, 'first', k);
      }
      if (!e.opt) break;
    }
  });
  // Anchors: per pattern, the required element whose words are the rarest.
  const spanAnchors = new Map<SpanClass, number[]>();
  // The words of a class, once per class (the big verb classes are read by many patterns),
  // with their cost as an anchor: 1 per word, 1000 per frequent word.
  const classWords = new Map<number, { words: string[]; cost: number }>();
  const ofClass = (k: number) => {
    let r = classWords.get(k);
    if (!r) {
      const c = set.classes[k]!;
      const words = [...c.single];
      for (const seqs of c.multi.values()) for (const seq of seqs) words.push(longest(seq));
      let cost = 0;
      for (const w of words) cost += FREQUENT.has(w) ? 1000 : 1;
      r = { words, cost };
      classWords.set(k, r);
    }
    return r;
  };
  // The same as Word objects, once per class.
  const wordObjs = new Map<number, Word[]>();
  const wordObjsOf = (a: Alt): Word[] => {
    if (a.seq) return [word(longest(a.seq))];
    let r = wordObjs.get(a.cls!);
    if (!r) {
      r = ofClass(a.cls!).words.map(word);
      wordObjs.set(a.cls!, r);
    }
    return r;
  };
  const costOf = (a: Alt): number => (a.span ? 50 : a.seq ? (FREQUENT.has(longest(a.seq)) ? 1000 : 1) : ofClass(a.cls!).cost);
  set.patterns.forEach((p, k) => {
    let best: Elem | undefined;
    let bestCost = Number.POSITIVE_INFINITY;
    for (const e of p.elems) {
      if (e.type !== 'm' || e.opt || e.alts.some((a) => a.eol)) continue;
      let cost = 0;
      for (const a of e.alts) cost += costOf(a);
      if (cost < bestCost) {
        best = e;
        bestCost = cost;
      }
    }
    for (const a of best!.alts) {
      if (a.span) addToMap(spanAnchors, a.span, k);
      else for (const w of wordObjsOf(a)) addTo(w, 'anchor', k);
    }
  });
  // Required elements: every element a match must consume. Identical ones (a class used by
  // many patterns) share one id, so that a text marks each once.
  const reqIds = new Map<string, number>();
  const spanReqs = new Map<SpanClass, number[]>();
  const frequentIndex = new Map<string, number>();
  const reqFrequent: (Int32Array | undefined)[] = [];
  const wordsOf = (a: Alt): string[] => (a.seq ? [longest(a.seq)] : ofClass(a.cls!).words);
  const reqs = set.patterns.map((p) => {
    const ids: number[] = [];
    for (const e of p.elems) {
      if (e.type !== 'm' || e.opt || e.alts.some((a) => a.eol)) continue;
      const key = JSON.stringify(e.alts.map((a) => [a.seq, a.cls, a.span]));
      let id = reqIds.get(key);
      if (id === undefined) {
        id = reqIds.size;
        reqIds.set(key, id);
        const frequent: number[] = [];
        for (const a of e.alts) {
          if (a.span) addToMap(spanReqs, a.span, id);
          else
            for (const w of wordsOf(a)) {
              if (!FREQUENT.has(w)) addTo(word(w), 'req', id);
              else {
                let f = frequentIndex.get(w);
                if (f === undefined) {
                  f = frequentIndex.size;
                  frequentIndex.set(w, f);
                  word(w).frequent = f;
                }
                if (!frequent.includes(f)) frequent.push(f);
              }
            }
        }
        reqFrequent[id] = frequent.length > 0 ? Int32Array.from(frequent) : undefined;
      }
      if (!ids.includes(id)) ids.push(id);
    }
    return Int32Array.from(ids);
  });
  for (const c of set.classes) {
    for (const w of c.single) word(w).member = true;
    for (const w of c.multi.keys()) word(w).starts = true;
  }
  for (const [w, f] of scopeWords()) word(w).scope = (word(w).scope ?? 0) | f;
  // Literal sequences are compared word by word (a token's Word is its spelling).
  for (const p of set.patterns) for (const e of p.elems) for (const a of e.alts) if (a.seq) a.words = a.seq.map(word);
  const verbTypos = new TypoIndex<string>();
  for (const w of typoForms(set)) verbTypos.add(w, w);
  // Classes no pattern reads (moods of a verb nobody writes, helper lists) have given their
  // words the flags above; their members need not stay in memory. FRAME_WEAK and OF_GROUP
  // are read by name.
  const used = usedClasses(set);
  set.classes.forEach((c, k) => {
    if (used.has(k) || c.name === 'FRAME_WEAK' || c.name === 'OF_GROUP') {
      // Membership is read from the token's Word: no string is hashed while matching.
      for (const m of c.single) {
        const w = word(m);
        w.cls ??= [];
        w.cls.push(k);
      }
      for (const [first, seqs] of c.multi) {
        const r = word(first);
        r.seqs ??= new Map();
        r.seqs.set(
          k,
          seqs.map((seq) => seq.map(word)),
        );
      }
      return;
    }
    c.single = new Set();
    c.multi = new Map();
  });
  return {
    ...set,
    vocab: vocabulary(words),
    bySpan,
    spanAnchors,
    reqs,
    spanReqs,
    reqCount: reqIds.size,
    reqFrequent,
    frequentCount: frequentIndex.size,
    verbTypos,
    verbTypoMemo: new SpellingMemo(),
  };
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
  const multi = w?.seqs?.get(c) ?? aw?.seqs?.get(c);
  if (multi) for (const seq of multi) if (seqAt(v, seq, pos)) out.push(seq.length);
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
    if (!set.verbTypos.mayHaveToken(v, k)) continue;
    let form = set.verbTypoMemo.get(v, k);
    if (form === undefined) {
      const t = v.tokAt(k);
      form = guardSet().has(t) ? '' : (set.verbTypos.find(t)[0]?.form ?? '');
      set.verbTypoMemo.set(v, k, t, form);
    }
    if (form !== '') v.setAlt(k, form);
  }
}

// Per text: the required elements seen (stamp = generation) and the patterns possible.
let reqSeen = new Int32Array(0);
let frequentSeen = new Int32Array(0);
let possible = new Int32Array(0);
let nextAnchor = new Int32Array(0);
let triedAt = new Int32Array(0);
let generation = 0;
// Stamp of the current (text, token): a pattern is tried once per start.
let tick = 0;
const cands: number[] = [];

/**
 * Marks the patterns that may match somewhere in the text: each of their required elements has
 * a word (either reading of a token) or a span that may satisfy it, or a masked letter may hide
 * one. Returns whether there is any.
 */
function markPossible(set: CompiledPatterns, v: TokenView, spans: Spans | undefined): boolean {
  const np = set.patterns.length;
  if (possible.length < np) {
    possible = new Int32Array(np);
    nextAnchor = new Int32Array(np);
    triedAt = new Int32Array(np);
  }
  if (reqSeen.length < set.reqCount) reqSeen = new Int32Array(set.reqCount);
  if (frequentSeen.length < set.frequentCount) frequentSeen = new Int32Array(set.frequentCount);
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
  // Candidates: the patterns whose anchor occurs (possible[p] = -gen until checked).
  const candidates = (ps: readonly number[]) => {
    for (let i = 0; i < ps.length; i++)
      if (possible[ps[i]!] !== -gen && possible[ps[i]!] !== gen) {
        possible[ps[i]!] = -gen;
        cands.push(ps[i]!);
      }
  };
  if (fresh) {
    cands.length = 0;
    const see = (w: Word | undefined) => {
      if (w === undefined) return;
      const r = w.req;
      if (r) for (let i = 0; i < r.length; i++) reqSeen[r[i]!] = gen;
      if (w.frequent !== undefined) frequentSeen[w.frequent] = gen;
      if (w.anchor) candidates(w.anchor);
    };
    for (let k = 0; k < v.n; k++) {
      see(v.word[k]);
      see(v.altWord[k]);
    }
  }
  if (spans)
    for (const [name, ids] of set.spanReqs) {
      if ((spans.get(name)?.size ?? 0) === 0) continue;
      for (const id of ids) reqSeen[id] = gen;
      candidates(set.spanAnchors.get(name) ?? []);
    }
  let any = false;
  for (const p of cands) {
    if (possible[p] === gen) {
      any = true;
      continue;
    }
    const r = set.reqs[p]!;
    let ok = true;
    for (let i = 0; i < r.length && ok; i++) ok = reqSeen[r[i]!] === gen || frequentMet(set.reqFrequent[r[i]!], gen);
    if (ok) {
      possible[p] = gen;
      any = true;
    }
  }
  return any;
}

/** Whether one of the frequent words `fs` occurs in the text (marked with `gen`). */
function frequentMet(fs: Int32Array | undefined, gen: number): boolean {
  if (fs === undefined) return false;
  for (let i = 0; i < fs.length; i++) if (frequentSeen[fs[i]!] === gen) return true;
  return false;
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
    anchorAt(k, v.word[k]?.anchor);
    anchorAt(k, v.altWord[k]?.anchor);
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
