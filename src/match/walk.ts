import { type Automaton, child, ROOTS } from '../lexicon/automaton.js';
import { A_IL, A_SEP, A_WILD, ALPHABET, F_BOUND, F_REPEAT } from '../normalize/classes.js';
import { type NormalizedText, SEP_HARD, SEP_HYPHEN, SEP_KIND } from '../normalize/pipeline.js';
import type { HitBuffer } from './hits.js';

const B_WORD = 0;
const B_PREFIX = 1;
const B_SUFFIX = 2;
/** Most steps one walk may take: bounds the branching on wildcards, repeats and 1/| so that a scan stays linear whatever the input. */
const BUDGET = 192;
const MAX_WILD = 2;
const L_I = 9;
const L_L = 12;

/** Reusable DFS stack. */
const stack = { node: new Int32Array(BUDGET * 30), pos: new Int32Array(BUDGET * 30), wild: new Uint8Array(BUDGET * 30) };

/**
 * One pass over the normalized codes: from every word start (and, for terms allowed inside
 * words, from every position) walks the trie, branching only where the text is ambiguous
 * (a collapsed run: one or two letters; 1 or |: i or l; *: a masked letter or nothing), and
 * records every entry whose boundary rule holds. Each walk is bounded by the longest term and
 * a step budget: the scan is linear in the input.
 * @internal
 */
export function matchAll(a: Automaton, bound: readonly number[], text: NormalizedText, hits: HitBuffer): void {
  const { codes, flags } = text;
  const n = text.length;
  hits.n = 0;
  const inside = a.edgeStart[2]! > a.edgeStart[1]!;
  for (let s = 0; s < n; s++) {
    const c = codes[s]!;
    if (c === A_SEP) continue;
    const wordStart = s === 0 || codes[s - 1] === A_SEP || (flags[s]! & F_BOUND) !== 0;
    if (wordStart && (c >= ALPHABET || a.root0[c] !== -1)) walkFast(a, bound, text, hits, 0, s);
    if (inside && (c >= ALPHABET || a.root1[c] !== -1)) walkFast(a, bound, text, hits, 1, s);
  }
}

function report(a: Automaton, bound: readonly number[], text: NormalizedText, hits: HitBuffer, node: number, s: number, pos: number): void {
  const t1 = a.termStart[node + 1]!;
  for (let t = a.termStart[node]!; t < t1; t++) {
    const e = a.termIds[t]!;
    const b = bound[e]!;
    if ((b === B_WORD || b === B_SUFFIX) && pos < text.length && text.codes[pos] !== A_SEP && (text.flags[pos]! & F_BOUND) === 0) continue;
    // A prefix term covers its whole word (encul → enculés), so that the highlight and the
    // mask take the word, not its first letters.
    let end = pos;
    if (b === B_PREFIX) while (end < text.length && text.codes[end] !== A_SEP && (text.flags[end]! & F_BOUND) === 0) end++;
    hits.push(e, s, end);
  }
}

/**
 * The common case without a stack: follows plain letters one edge at a time, and hands over
 * to the branching walk at the first ambiguous code (collapsed run, 1/|, *, inner hyphen).
 */
function walkFast(a: Automaton, bound: readonly number[], text: NormalizedText, hits: HitBuffer, root: number, s: number): void {
  const { codes, flags } = text;
  const n = text.length;
  let node = root;
  let pos = s;
  for (;;) {
    if (node >= ROOTS && a.termStart[node + 1]! > a.termStart[node]!) report(a, bound, text, hits, node, s, pos);
    if (pos >= n) return;
    const c = codes[pos]!;
    if (c >= ALPHABET || (flags[pos]! & (F_REPEAT | F_BOUND)) !== 0 || (c === A_SEP && (text.sepKind[pos]! & SEP_KIND) === SEP_HYPHEN)) {
      walk(a, bound, text, hits, node, s, pos);
      return;
    }
    // A phrase never runs across punctuation, an emoji or a line break (« trop con ! Fini … »).
    if (c === A_SEP && (text.sepKind[pos]! & SEP_KIND) === SEP_HARD) return;
    node = step(a, node, c);
    if (node < 0) return;
    pos++;
  }
}

function step(a: Automaton, node: number, label: number): number {
  if (node === 0) return a.root0[label]!;
  if (node === 1) return a.root1[label]!;
  return child(a, node, label);
}

/** The branching walk from state (node, pos) of a term starting at s; the terms of that first state are already reported. */
function walk(a: Automaton, bound: readonly number[], text: NormalizedText, hits: HitBuffer, node0: number, s: number, pos0: number): void {
  const { codes, flags } = text;
  const n = text.length;
  const { node: sn, pos: sp, wild: sw } = stack;
  let top = 0;
  sn[0] = node0;
  sp[0] = pos0;
  sw[0] = 0;
  top = 1;
  let first = true;
  let budget = BUDGET;
  while (top > 0 && budget-- > 0) {
    top--;
    const node = sn[top]!;
    const pos = sp[top]!;
    const wild = sw[top]!;
    if (node >= ROOTS && !first) report(a, bound, text, hits, node, s, pos);
    first = false;
    if (pos >= n) continue;
    const c = codes[pos]!;
    if ((flags[pos]! & F_BOUND) !== 0 && node >= ROOTS && c !== A_SEP) {
      // A joined symbol or a one-letter word inside a spaced run stood here: a phrase may
      // cross it as if it were a space (planche à pain spelled out). Terms never hold two
      // separators in a row, so this cannot loop.
      const nx = child(a, node, A_SEP);
      if (nx >= 0) {
        sn[top] = nx;
        sp[top] = pos;
        sw[top] = wild;
        top++;
      }
    }
    if (c === A_SEP && node >= ROOTS && (text.sepKind[pos]! & SEP_KIND) === SEP_HYPHEN) {
      // A hyphen inside a word (pé-dé, enc-ulé) may be an inserted symbol: also read through it.
      sn[top] = node;
      sp[top] = pos + 1;
      sw[top] = wild;
      top++;
    }
    if (c === A_SEP && (text.sepKind[pos]! & SEP_KIND) === SEP_HARD) continue;
    if (c < ALPHABET) {
      const nx = step(a, node, c);
      if (nx < 0) continue;
      sn[top] = nx;
      sp[top] = pos + 1;
      sw[top] = wild;
      top++;
      if ((flags[pos]! & F_REPEAT) !== 0 && c !== A_SEP) {
        const nx2 = child(a, nx, c);
        if (nx2 >= 0) {
          sn[top] = nx2;
          sp[top] = pos + 1;
          sw[top] = wild;
          top++;
        }
      }
    } else if (c === A_IL) {
      for (const l of [L_I, L_L]) {
        const nx = step(a, node, l);
        if (nx >= 0) {
          sn[top] = nx;
          sp[top] = pos + 1;
          sw[top] = wild;
          top++;
        }
      }
    } else if (c === A_WILD && wild < MAX_WILD && node >= ROOTS) {
      sn[top] = node;
      sp[top] = pos + 1;
      sw[top] = wild + 1;
      top++;
      for (let l = 1; l <= 26; l++) {
        const nx = child(a, node, l);
        if (nx >= 0) {
          sn[top] = nx;
          sp[top] = pos + 1;
          sw[top] = wild + 1;
          top++;
        }
      }
    }
  }
}
