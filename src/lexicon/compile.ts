import { ALPHABET } from '../normalize/classes.js';
import { type Automaton, assemble, ROOTS } from './automaton.js';

/** A folded form and the entry it belongs to, ready to insert. @internal */
export interface CompiledForm {
  /** Folded codes (see foldTerm). */
  codes: Uint8Array;
  /** Entry index. */
  entry: number;
  /** 0: word-start root, 1: inside-word root. */
  root: 0 | 1;
}

interface TrieNode {
  children: (TrieNode | undefined)[];
  terms: number[];
}

const newNode = (): TrieNode => ({ children: [], terms: [] });

/**
 * Compiles folded forms into an {@link Automaton}: builds a pointer trie, then lays it out
 * breadth-first in flat arrays. Linear in the total length of the forms.
 * @internal
 */
export function compile(forms: readonly CompiledForm[]): Automaton {
  const roots = [newNode(), newNode()];
  for (const f of forms) {
    let node = roots[f.root]!;
    for (let i = 0; i < f.codes.length; i++) {
      const c = f.codes[i]!;
      let next = node.children[c];
      if (!next) {
        next = newNode();
        node.children[c] = next;
      }
      node = next;
    }
    if (!node.terms.includes(f.entry)) node.terms.push(f.entry);
  }
  const order: TrieNode[] = [...roots];
  for (let k = 0; k < order.length; k++) {
    const node = order[k]!;
    for (let c = 0; c < ALPHABET; c++) {
      const ch = node.children[c];
      if (ch) order.push(ch);
    }
  }
  const n = order.length;
  const childCount = new Uint8Array(n);
  const labels = new Uint8Array(n - ROOTS);
  const termCount = new Uint8Array(n);
  const ids: number[] = [];
  let e = 0;
  for (let k = 0; k < n; k++) {
    const node = order[k]!;
    for (let c = 0; c < ALPHABET; c++) {
      if (node.children[c]) {
        labels[e++] = c;
        childCount[k]!++;
      }
    }
    node.terms.sort((a, b) => a - b);
    termCount[k] = Math.min(255, node.terms.length);
    for (const t of node.terms.slice(0, 255)) ids.push(t);
  }
  return assemble(childCount, labels, termCount, Uint32Array.from(ids));
}

/** Lists every (codes, entry, root) the automaton holds: the inverse of {@link compile}. @internal */
export function decompile(a: Automaton): CompiledForm[] {
  const out: CompiledForm[] = [];
  const path: number[] = [];
  const visit = (node: number, root: 0 | 1) => {
    for (let t = a.termStart[node]!; t < a.termStart[node + 1]!; t++)
      out.push({ codes: Uint8Array.from(path), entry: a.termIds[t]!, root });
    for (let e = a.edgeStart[node]!; e < a.edgeStart[node + 1]!; e++) {
      path.push(a.labels[e]!);
      visit(e + ROOTS, root);
      path.pop();
    }
  };
  visit(0, 0);
  visit(1, 1);
  return out;
}
