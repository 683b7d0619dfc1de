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

/**
 * Characters of the serialized form. Values (counts, labels, entry ids) are written in 5-bit
 * groups with 64 printable characters that are neither lowercase letters, a space, a quote nor
 * a backslash; a node with one child and no entry — most nodes, along the tail of a term — is
 * written as its child's label alone, a space or a lowercase letter, so that the stream reads
 * like the terms themselves and gzip finds their shared parts.
 */
const VALUE_CHARS = (() => {
  let v = '';
  for (let c = 33; c < 127 && v.length < 64; c++) if ((c < 97 || c > 122) && c !== 34 && c !== 92) v += String.fromCharCode(c);
  return v;
})();
/** Recent entries remembered by the id coder: vocabulary merged by metadata recurs all along the trie. */
const RECENT = 8;

/**
 * Entry ids along the stream: 0 for the next new entry (entries are numbered in the order the
 * stream meets them), 1 + i for the i-th most recent distinct entry, else 1 + RECENT + the
 * zigzag delta from the previous id.
 */
class IdCoder {
  private recent: number[] = [];
  private prev = 0;
  max = -1;
  encode(v: number): number {
    const i = this.recent.indexOf(v);
    const code = v === this.max + 1 ? 0 : i >= 0 ? 1 + i : 1 + RECENT + (v >= this.prev ? (v - this.prev) * 2 : (this.prev - v) * 2 - 1);
    this.seen(v);
    return code;
  }
  decode(code: number): number {
    const d = code - 1 - RECENT;
    const v = code === 0 ? this.max + 1 : d < 0 ? this.recent[code - 1]! : d % 2 === 0 ? this.prev + d / 2 : this.prev - (d + 1) / 2;
    if (v === undefined || v < 0) throw new Error('corrupt automaton: bad entry id');
    this.seen(v);
    return v;
  }
  /** The most recent entry. */
  get last(): number {
    return this.recent[0] ?? -1;
  }
  private seen(v: number): void {
    const i = this.recent.indexOf(v);
    if (i >= 0) this.recent.splice(i, 1);
    this.recent.unshift(v);
    if (this.recent.length > RECENT) this.recent.pop();
    this.prev = v;
    if (v > this.max) this.max = v;
  }
}

/** A leaf whose one entry is the next new one (`}`), or the same as the previous entry (`~`): most terms end so. */
const LEAF_NEW = 125;
const LEAF_SAME = 126;
/** Label of a chain character (space: separator, a–z: letters), or -1. */
const chainLabel = (c: number): number => (c === 32 ? 0 : c >= 97 && c <= 122 ? c - 96 : -1);
const chainChar = (label: number): string => (label === 0 ? ' ' : String.fromCharCode(96 + label));

/**
 * Serializes an automaton to a printable string, depth first, so that the stream spells the
 * terms and gzip finds their shared parts. Per node: a node with one child and no terminal is
 * that child's label as a letter (or a space); a leaf with one entry, the next new entry or the
 * previous one, is one character (`}`, `~`); any other node is its child and terminal counts
 * (one value when small), its entry ids (see {@link IdCoder}), then each child's label (a
 * letter, or a value) and subtree.
 * @internal
 */
export function serialize(a: Automaton): string {
  const out: string[] = [];
  const put = (v: number) => {
    while (v >= 32) {
      out.push(VALUE_CHARS[32 + (v & 31)]!);
      v = Math.floor(v / 32);
    }
    out.push(VALUE_CHARS[v]!);
  };
  put(a.nodes);
  const ids = new IdCoder();
  const stack: number[] = [1, 0];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node < 0) {
      // A child's label: a letter or space as itself (the stream then spells the words), else a value.
      const label = -node - 1;
      if (label <= 26) out.push(chainChar(label));
      else put(label);
      continue;
    }
    const e0 = a.edgeStart[node]!;
    const cc = a.edgeStart[node + 1]! - e0;
    const tc = a.termStart[node + 1]! - a.termStart[node]!;
    if (cc === 1 && tc === 0 && a.labels[e0]! <= 26) {
      out.push(chainChar(a.labels[e0]!));
      stack.push(e0 + ROOTS);
      continue;
    }
    if (cc === 0 && tc === 1) {
      const v = a.termIds[a.termStart[node]!]!;
      if (v === ids.max + 1 || v === ids.last) {
        out.push(String.fromCharCode(v === ids.last ? LEAF_SAME : LEAF_NEW));
        ids.encode(v);
        continue;
      }
    }
    // Child and terminal counts in one character when small (most nodes), else 0 and both.
    if (cc <= 9 && tc <= 2) put(1 + cc * 3 + tc);
    else {
      put(0);
      put(cc);
      put(tc);
    }
    for (let t = a.termStart[node]!; t < a.termStart[node + 1]!; t++) {
      // 0 for the entry after the highest seen so far (entries numbered in the order the
      // stream meets them write only zeros), else 1 + the zigzag delta from the previous id.
      const v = a.termIds[t]!;
      put(ids.encode(v));
    }
    // Children pushed in reverse so that they pop in label order, each preceded by its label
    // (a negative marker on the stack).
    for (let e = a.edgeStart[node + 1]! - 1; e >= e0; e--) stack.push(e + ROOTS, -a.labels[e]! - 1);
  }
  return out.join('');
}

/**
 * Decodes {@link serialize}'s output: reads the depth-first stream, then lays the nodes out
 * breadth first (the runtime layout). Linear; no trie is built from terms. With `firstPaths`,
 * records for each entry the first path that ends on it (as letters, `SEP` as a space): the
 * entry table leaves out the terms it can read from there.
 * @internal
 */
export function deserialize(s: string, firstPaths?: string[]): Automaton {
  const rev = new Int8Array(128).fill(-1);
  for (let i = 0; i < 64; i++) rev[VALUE_CHARS.charCodeAt(i)] = i;
  let p = 0;
  const get = () => {
    let v = 0;
    let scale = 1;
    for (;;) {
      if (p >= s.length) throw new Error('corrupt automaton: truncated');
      const d = rev[s.charCodeAt(p++) & 127]!;
      if (d < 0) throw new Error(`corrupt automaton: unexpected character at ${p - 1}`);
      if (d < 32) return v + d * scale;
      v += (d - 32) * scale;
      scale *= 32;
    }
  };
  const nodes = get();
  // Depth-first ids: child counts, terminal ranges, and for every node its children's ids
  // (contiguous slots allocated when the node is read).
  const dChildren = new Uint8Array(nodes);
  const dEdge = new Uint32Array(nodes);
  const dTarget = new Uint32Array(nodes);
  const dLabel = new Uint8Array(nodes);
  const dTermStart = new Uint32Array(nodes + 1);
  // Label of the only child of a chain node (-1: read the labels from the stream).
  const dChain = new Int8Array(nodes);
  const ids: number[] = [];
  let nextId = 0;
  let nextEdge = 0;
  const coder = new IdCoder();
  // The labels from the root to the node being read.
  const path: number[] = [];
  const readNode = (): number => {
    if (nextId >= nodes) throw new Error('corrupt automaton: too many nodes');
    const id = nextId++;
    const ch = p < s.length ? s.charCodeAt(p) : 0;
    const chain = chainLabel(ch);
    dEdge[id] = nextEdge;
    if (ch === LEAF_NEW || ch === LEAF_SAME) {
      p++;
      dChildren[id] = 0;
      dChain[id] = -1;
      const v = coder.decode(ch === LEAF_NEW ? 0 : 1);
      if (firstPaths && firstPaths[v] === undefined) firstPaths[v] = pathText(path);
      ids.push(v);
      dTermStart[id + 1] = ids.length;
      return id;
    }
    if (chain >= 0) {
      p++;
      dChildren[id] = 1;
      dChain[id] = chain;
      nextEdge += 1;
      dTermStart[id + 1] = ids.length;
      return id;
    }
    dChain[id] = -1;
    const both = get();
    const cc = both === 0 ? get() : Math.floor((both - 1) / 3);
    const tc = both === 0 ? get() : (both - 1) % 3;
    dChildren[id] = cc;
    nextEdge += cc;
    for (let i = 0; i < tc; i++) {
      const d = get();
      const v = coder.decode(d);
      if (firstPaths && firstPaths[v] === undefined) firstPaths[v] = pathText(path);
      ids.push(v);
    }
    dTermStart[id + 1] = ids.length;
    return id;
  };
  // Stack of (node, next child slot) pairs.
  const stack: number[] = [];
  for (let r = 0; r < ROOTS; r++) {
    path.length = 0;
    const root = readNode();
    stack.push(root, 0);
    while (stack.length > 0) {
      const k = stack.length - 2;
      const node = stack[k]!;
      const i = stack[k + 1]!;
      if (i === dChildren[node]) {
        stack.length = k;
        continue;
      }
      stack[k + 1] = i + 1;
      let label = dChain[node]!;
      if (label < 0) {
        label = p < s.length ? chainLabel(s.charCodeAt(p)) : -1;
        if (label >= 0) p++;
        else label = get();
      }
      path.length = k / 2;
      path.push(label);
      const c = readNode();
      dLabel[c] = label;
      dTarget[dEdge[node]! + i] = c;
      stack.push(c, 0);
    }
  }
  if (nextId !== nodes || p !== s.length)
    throw new Error(`corrupt automaton: ${nextId} of ${nodes} nodes, ${s.length - p} characters left over`);
  // Breadth-first layout: the roots first, then every node's children in label order.
  const order = new Uint32Array(nodes);
  order[0] = 0;
  order[1] = firstAfterSubtree(dChildren, dEdge, dTarget);
  let tail = ROOTS;
  const childCount = new Uint8Array(nodes);
  const labels = new Uint8Array(nodes - ROOTS);
  const termCount = new Uint8Array(nodes);
  const termIds = new Uint32Array(ids.length);
  let t = 0;
  for (let q = 0; q < nodes; q++) {
    const d = order[q]!;
    childCount[q] = dChildren[d]!;
    for (let i = 0; i < dChildren[d]!; i++) {
      const c = dTarget[dEdge[d]! + i]!;
      labels[tail - ROOTS] = dLabel[c]!;
      order[tail++] = c;
    }
    termCount[q] = dTermStart[d + 1]! - dTermStart[d]!;
    for (let x = dTermStart[d]!; x < dTermStart[d + 1]!; x++) termIds[t++] = ids[x]!;
  }
  return assemble(childCount, labels, termCount, termIds);
}

/** A path of labels as text: letters, digits, a space for a separator, `?` for anything else. */
function pathText(path: readonly number[]): string {
  let t = '';
  for (const l of path) t += l === 0 ? ' ' : l <= 26 ? String.fromCharCode(96 + l) : l <= 36 ? String.fromCharCode(48 + l - 27) : '?';
  return t;
}

/** Depth-first id of the second root: the first id after the first root's subtree. */
function firstAfterSubtree(children: Uint8Array, edge: Uint32Array, target: Uint32Array): number {
  // The last node of a subtree is reached by following the last child down.
  let node = 0;
  while (children[node]! > 0) node = target[edge[node]! + children[node]! - 1]!;
  return node + 1;
}
