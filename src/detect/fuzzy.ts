import { distance } from 'fastest-levenshtein';
import { isAimed, isPlural } from '../analyze/context.js';
import { GUARD } from '../generated/guard.js';
import { type Automaton, child, ROOTS } from '../lexicon/automaton.js';
import { formsNear } from '../lexicon/near.js';
import { KIND_CODES, ROLE_CODES } from '../lexicon/table.js';
import { A_IL, ALPHABET, F_REPEAT } from '../normalize/classes.js';
import { type NormalizedText, SEP_HYPHEN, SEP_KIND } from '../normalize/pipeline.js';
import { type Category, type Match, SEVERITIES } from '../types.js';
import type { DetectContext, GroupMention } from './index.js';
import type { TokenView } from './tokens.js';

/** Shortest word (in letters) matched fuzzily: shorter ones have too many neighbours. */
export const FUZZY_MIN = 5;
/** Categories whose single-word forms are matched fuzzily. */
const FUZZY_KINDS = new Set(['insult', 'hate', 'sexual', 'body_shaming', 'group'].map((k) => KIND_CODES.indexOf(k as never)));
const K_GROUP = KIND_CODES.indexOf('group');
const AIM = ROLE_CODES.indexOf('aim');
const PLURAL = ROLE_CODES.indexOf('plural');

let guard: Set<string> | undefined;

/** The guard list: French words that are never read as typos. @internal */
export function guardSet(): Set<string> {
  if (!guard) {
    guard = new Set();
    let prev = '';
    for (const m of GUARD.matchAll(/[A-Z][a-z]*/g)) {
      // The upper-case letter: how many letters of the previous word to drop (A = 0).
      prev = prev.slice(0, prev.length - (m[0].charCodeAt(0) - 65)) + m[0].slice(1);
      guard.add(prev);
    }
  }
  return guard;
}

/** Deletion neighbourhood of a word: itself and the word less each one letter (the guard list is built from them, scripts/build-guard.ts). */
export function deletions(w: string): string[] {
  const out = [w];
  for (let i = 0; i < w.length; i++) if (i === 0 || w[i] !== w[i - 1]) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}

/** Whether `a` and `b` are one edit apart, or one swap of adjacent letters. */
export function oneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    if (i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)) return true;
  }
  return distance(a, b) <= 1;
}

const NO_ENTRIES: number[] = [];

/**
 * The entries of the fuzzy categories whose single-word form is one edit (or one swap) from
 * token k: a walk of the trie, exact by construction (its property test checks it against
 * {@link oneEdit}, that is fastest-levenshtein, which stays a build-time and test dependency).
 */
function entriesNear(ctx: DetectContext, v: TokenView, k: number): number[] {
  const a = ctx.automaton!;
  const { codes, tokenStart, tokenEnd } = v.norm;
  const from = tokenStart[k]!;
  const n = tokenEnd[k]! - from;
  // 1 and | read as i, as in the token's spelling.
  const letters = new Uint8Array(n);
  for (let p = 0; p < n; p++) letters[p] = codes[from + p] === A_IL ? 9 : codes[from + p]!;
  const out: number[] = [];
  for (const f of formsNear(a, letters, 0, n, FUZZY_MIN)) {
    for (let i = a.termStart[f.node]!; i < a.termStart[f.node + 1]!; i++) {
      const e = a.termIds[i]!;
      if (FUZZY_KINDS.has(ctx.entries.kind[e]!)) out.push(e);
    }
  }
  return out.length > 0 ? out : NO_ENTRIES;
}

/**
 * A part of a hyphenated compound (lock-outés, reine-claude) is checked as the whole word by
 * the guard list, not alone; a token with a collapsed letter run is an evasion already, whose
 * spelling the guard list cannot know. Neither is read as a typo.
 */
function inCompoundOrRepeated(norm: NormalizedText, k: number): boolean {
  const a = norm.tokenStart[k]!;
  const b = norm.tokenEnd[k]!;
  if (a > 0 && (norm.sepKind[a - 1]! & SEP_KIND) === SEP_HYPHEN) return true;
  if (b < norm.length && (norm.sepKind[b]! & SEP_KIND) === SEP_HYPHEN) return true;
  for (let p = a; p < b; p++) if ((norm.flags[p]! & F_REPEAT) !== 0) return true;
  return false;
}

/** Whether token k spells a whole form of the lexicon (any category, from either root): then it is never a typo. */
function isForm(a: Automaton, norm: NormalizedText, k: number): boolean {
  const b = norm.tokenEnd[k]!;
  for (let root = 0; root < ROOTS; root++) {
    let node = root;
    for (let p = norm.tokenStart[k]!; p < b && node >= 0; p++) {
      const c = norm.codes[p]!;
      node = c >= ALPHABET ? -1 : node === 0 ? a.root0[c]! : node === 1 ? a.root1[c]! : child(a, node, c);
    }
    if (node >= ROOTS && a.termStart[node + 1]! > a.termStart[node]!) return true;
  }
  return false;
}

/**
 * One-letter typos and swapped letters of the lexicon's single-word insult, hate, sexual,
 * body-shaming and identity-group forms (≥ 5 letters), on tokens that no hit covers, that are not French words
 * near a lexicon form (the build-time guard list: `canard` is never `connard`), and not
 * capitalised inside a sentence (a name). The forms come from a walk of the trie that may
 * spend one edit.
 * @internal
 */
export function findFuzzy(ctx: DetectContext, v: TokenView): { matches: Match[]; groups: GroupMention[] } {
  const out: Match[] = [];
  const groups: GroupMention[] = [];
  // Tokens that a hit or a group mention already covers.
  const covered = new Uint8Array(v.n);
  for (const m of ctx.matches) for (let k = v.tokenOfOffset(m.start), b = v.tokenOfOffset(m.end - 1); k <= b; k++) covered[k] = 1;
  for (const g of ctx.groups) for (let k = g.from; k <= g.to; k++) covered[k] = 1;
  for (let k = 0; k < v.n; k++) {
    if (covered[k] === 1 || v.lengthOf(k) < FUZZY_MIN || v.letters[k] === 0) continue;
    if (inCompoundOrRepeated(ctx.norm, k)) continue;
    const start = v.start[k]!;
    const end = v.end[k]!;
    const first = ctx.text.codePointAt(start)!;
    if (k > 0 && v.brk[k] !== 2 && first >= 65 && first <= 90) continue;
    // Remembered per spelling (tokens read with 1 as i or l are not: their codes differ).
    const sp = v.spelling[k];
    let found: number[];
    if (sp !== undefined && sp.nearOf === ctx.automaton) found = sp.near;
    else {
      found = guardSet().has(v.tokAt(k)) || isForm(ctx.automaton!, ctx.norm, k) ? NO_ENTRIES : entriesNear(ctx, v, k);
      if (sp !== undefined) {
        sp.near = found;
        sp.nearOf = ctx.automaton;
      }
    }
    let e = -1;
    for (const c of found) {
      if (ctx.disabled?.[c] === 1) continue;
      if (e < 0 || ctx.entries.severity[c]! > ctx.entries.severity[e]!) e = c;
    }
    if (e < 0) continue;
    if (ctx.entries.kind[e] === K_GROUP) {
      // A group name with a typo (« musulmams »): a mention, not a finding.
      groups.push({ group: ctx.entries.targetOf(e)!, start, end, from: k, to: k, ruleId: `fuzzy:${ctx.entries.id[e]}` });
      continue;
    }
    const m: Match = {
      start,
      end,
      category: KIND_CODES[ctx.entries.kind[e]!] as Category,
      severity: SEVERITIES[ctx.entries.severity[e]!]!,
      term: ctx.entries.term[e]!,
      ruleId: `fuzzy:${ctx.entries.id[e]}`,
    };
    const target = ctx.entries.targetOf(e);
    if (target) m.target = target;
    const when = ctx.entries.when[e];
    if (when === 1 && !isAimed(ctx.norm, ctx.roles, AIM, k, k)) m.suppressedBy = 'ambiguity';
    if (when === 2 && !isPlural(ctx.roles, PLURAL, k)) m.suppressedBy = 'ambiguity';
    out.push(m);
  }
  return { matches: out, groups };
}
