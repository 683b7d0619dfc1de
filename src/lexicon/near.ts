import { type Automaton, child, ROOTS } from './automaton.js';

/** A form of the lexicon near a token: the trie node where it ends and its letters. @internal */
export interface NearForm {
  node: number;
  /** The form's letters (codes 1–26). */
  codes: number[];
}

/**
 * The single-word forms of the word-start trie (letters a–z only, at least `minLength` of them)
 * within one edit of `codes[from..to)`: one letter substituted, inserted or deleted, or two
 * adjacent letters swapped; the token itself excluded. A walk of the trie that may spend one
 * edit: it reads the token once along the exact path and, at each letter, follows each child
 * with the rest of the token read exactly, so it needs no index of misspellings (the deletion
 * neighbourhoods of every form cost megabytes and most of a cold start).
 * @internal
 */
export function formsNear(a: Automaton, codes: Uint8Array, from: number, to: number, minLength: number): NearForm[] {
  const out: NearForm[] = [];
  const seen = new Set<number>();
  const path: number[] = [];
  // Letters only, from the word-start root's dense row or the node's edges.
  const childOf = (node: number, label: number): number =>
    label < 1 || label > 26 ? -1 : node === 0 ? a.root0[label]! : child(a, node, label);
  const found = (node: number, edited: boolean) => {
    if (!edited || path.length < minLength || seen.has(node) || a.termStart[node + 1]! === a.termStart[node]!) return;
    seen.add(node);
    out.push({ node, codes: path.slice() });
  };
  // The rest of the token from position i, read exactly from `node` (an edit already spent).
  const exact = (node: number, i: number) => {
    const depth = path.length;
    let n = node;
    for (let p = i; p < to && n >= 0; p++) {
      n = childOf(n, codes[p]!);
      path.push(codes[p]!);
    }
    if (n >= 0) found(n, true);
    path.length = depth;
  };
  // Each child of `node` (letters only) with its label.
  const eachChild = (node: number, f: (child: number, label: number) => void) => {
    if (node === 0) {
      for (let l = 1; l <= 26; l++) if (a.root0[l]! >= 0) f(a.root0[l]!, l);
      return;
    }
    const end = a.edgeStart[node + 1]!;
    for (let e = a.edgeStart[node]!; e < end; e++) {
      const l = a.labels[e]!;
      if (l >= 1 && l <= 26) f(e + ROOTS, l);
    }
  };
  let node = 0;
  for (let i = from; ; i++) {
    const c = i < to ? codes[i]! : -1;
    // Spend the edit at position i.
    if (i < to) exact(node, i + 1); // deletion: the token has one letter too many
    eachChild(node, (child, l) => {
      path.push(l);
      if (i < to && l !== c) exact(child, i + 1); // substitution
      exact(child, i); // insertion: the token misses a letter
      path.pop();
    });
    if (i + 1 < to && codes[i + 1] !== c) {
      // Two adjacent letters swapped.
      const n1 = childOf(node, codes[i + 1]!);
      const n2 = n1 >= 0 ? childOf(n1, c) : -1;
      if (n2 >= 0) {
        path.push(codes[i + 1]!, c);
        exact(n2, i + 2);
        path.length -= 2;
      }
    }
    if (i >= to) break;
    node = childOf(node, c);
    if (node < 0) break;
    path.push(c);
  }
  return out;
}
