import { ALPHABET } from '../normalize/classes.js';

/**
 * The compiled lexicon: a trie in flat typed arrays, numbered breadth-first so that the
 * target of edge `e` is node `e + ROOTS` and needs no storage. Node 0 is the root of terms
 * that start a word (`word`, `prefix`), node 1 the root of terms that may start inside one
 * (`suffix`, `any`). Both roots have a dense transition row.
 * @internal
 */
export interface Automaton {
  /** Number of nodes. */
  nodes: number;
  /** Edges of node k are edgeStart[k] .. edgeStart[k+1]-1. */
  edgeStart: Uint32Array;
  /** Label of each edge, sorted within a node. */
  labels: Uint8Array;
  /** Entries ending at node k are termIds[termStart[k] .. termStart[k+1]-1]. */
  termStart: Uint32Array;
  /** Entry ids. */
  termIds: Uint32Array;
  /** Dense transitions of the word-start root (-1: none). */
  root0: Int32Array;
  /** Dense transitions of the inside-word root (-1: none). */
  root1: Int32Array;
}

/** Number of roots. @internal */
export const ROOTS = 2;

/** Builds the derived arrays of an automaton from child counts, labels and terminals. @internal */
export function assemble(childCount: Uint8Array, labels: Uint8Array, termCount: Uint8Array, termIds: Uint32Array): Automaton {
  const nodes = childCount.length;
  const edgeStart = new Uint32Array(nodes + 1);
  const termStart = new Uint32Array(nodes + 1);
  for (let k = 0; k < nodes; k++) {
    edgeStart[k + 1] = edgeStart[k]! + childCount[k]!;
    termStart[k + 1] = termStart[k]! + termCount[k]!;
  }
  const row = (node: number) => {
    const r = new Int32Array(ALPHABET).fill(-1);
    for (let e = edgeStart[node]!; e < edgeStart[node + 1]!; e++) r[labels[e]!] = e + ROOTS;
    return r;
  };
  return { nodes, edgeStart, labels, termStart, termIds, root0: row(0), root1: row(1) };
}

/** Child of `node` by `label`, or -1. @internal */
export function child(a: Automaton, node: number, label: number): number {
  const end = a.edgeStart[node + 1]!;
  for (let e = a.edgeStart[node]!; e < end; e++) {
    const l = a.labels[e]!;
    if (l === label) return e + ROOTS;
    if (l > label) return -1;
  }
  return -1;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Serializes an automaton to a compact base64 string (child counts, labels, terminals). @internal */
export function serialize(a: Automaton): string {
  const bytes: number[] = [];
  const varint = (v: number) => {
    while (v >= 0x80) {
      bytes.push((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    bytes.push(v);
  };
  varint(a.nodes);
  for (let k = 0; k < a.nodes; k++) bytes.push(a.edgeStart[k + 1]! - a.edgeStart[k]!);
  for (let e = 0; e < a.labels.length; e++) bytes.push(a.labels[e]!);
  for (let k = 0; k < a.nodes; k++) varint(a.termStart[k + 1]! - a.termStart[k]!);
  // Terminal ids as deltas from the previous one: entries are numbered in insertion order.
  let prev = 0;
  for (let i = 0; i < a.termIds.length; i++) {
    const v = a.termIds[i]!;
    varint(v >= prev ? (v - prev) * 2 : (prev - v) * 2 - 1);
    prev = v;
  }
  let s = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i]!;
    const b1 = bytes[i + 1] ?? 0;
    const b2 = bytes[i + 2] ?? 0;
    s += B64[b0 >> 2]! + B64[((b0 & 3) << 4) | (b1 >> 4)]!;
    s += i + 1 < bytes.length ? B64[((b1 & 15) << 2) | (b2 >> 6)]! : '=';
    s += i + 2 < bytes.length ? B64[b2 & 63]! : '=';
  }
  return s;
}

/** Decodes {@link serialize}'s output: linear, no trie construction. @internal */
export function deserialize(s: string): Automaton {
  const rev = new Uint8Array(128);
  for (let i = 0; i < 64; i++) rev[B64.charCodeAt(i)] = i;
  let len = (s.length / 4) * 3;
  if (s.endsWith('==')) len -= 2;
  else if (s.endsWith('=')) len -= 1;
  const bytes = new Uint8Array(len);
  for (let i = 0, o = 0; i < s.length; i += 4) {
    const v =
      (rev[s.charCodeAt(i)]! << 18) | (rev[s.charCodeAt(i + 1)]! << 12) | (rev[s.charCodeAt(i + 2)]! << 6) | rev[s.charCodeAt(i + 3)]!;
    if (o < len) bytes[o++] = v >> 16;
    if (o < len) bytes[o++] = (v >> 8) & 255;
    if (o < len) bytes[o++] = v & 255;
  }
  let p = 0;
  const varint = () => {
    let v = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[p++]!;
      v += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return v;
      shift += 7;
    }
  };
  const nodes = varint();
  const childCount = bytes.slice(p, p + nodes);
  p += nodes;
  const edges = nodes - ROOTS;
  const labels = bytes.slice(p, p + edges);
  p += edges;
  const termCount = new Uint8Array(nodes);
  let terms = 0;
  for (let k = 0; k < nodes; k++) {
    termCount[k] = varint();
    terms += termCount[k]!;
  }
  const termIds = new Uint32Array(terms);
  let prev = 0;
  for (let i = 0; i < terms; i++) {
    const d = varint();
    prev = d % 2 === 0 ? prev + d / 2 : prev - (d + 1) / 2;
    termIds[i] = prev;
  }
  return assemble(childCount, labels, termCount, termIds);
}
