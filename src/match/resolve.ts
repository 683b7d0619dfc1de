import type { EntryTable } from '../lexicon/table.js';
import { K_ALLOW, K_GROUP, K_MARKER, KIND_CODES, TOXIC_KINDS } from '../lexicon/table.js';
import { A_WILD } from '../normalize/classes.js';
import type { HitBuffer } from './hits.js';

// Kinds whose hits survive inside a longer hit of another kind: a slur inside an insult
// phrase still names its target, a threat word inside an insult is still a threat.
const KEEP_INSIDE = new Set(['hate', 'threat', 'self_harm', 'sexual'].map((k) => KIND_CODES.indexOf(k as never)));
// …but an ambiguous sexual word (`when=aimed`) inside a longer phrase belongs to it: « cul » in
// « face de cul » or « bite » in « tête de bite » is aimed by the phrase's own « face de ».
const K_SEXUAL = KIND_CODES.indexOf('sexual');
// No hit spans more codes than this (terms are short; the walk budget bounds the rest), so a
// container of a hit starts at most this far before it: the resolution stays linear.
const WINDOW = 256;
// On the very same words, a specific category wins over a generic one: « thon » listed as
// body shaming and as insult is body shaming; a slur is hate (the aimed check adds insult).
const GENERIC = new Set(['insult', 'profanity'].map((k) => KIND_CODES.indexOf(k as never)));
const SPECIFIC = new Set(['hate', 'sexual', 'body_shaming', 'self_harm', 'threat'].map((k) => KIND_CODES.indexOf(k as never)));
// …unless a masked letter (`*`) stands in the words: « c*ouilles » reads as the oath, not as
// the slur one more letter away.
const K_HATE = KIND_CODES.indexOf('hate');

/**
 * Resolves raw hits: drops disabled entries and every toxic or group hit lying inside an
 * allowlisted hit (topic vocabulary and context markers stay: « gilets jaunes » is still politics),
 * keeps the longest of nested hits of the same kind (a toxic hit inside a longer toxic hit of
 * another kind is dropped too unless it is a slur, threat, self-harm or sexual term), and
 * removes duplicates. Returns hit indexes sorted by start, longest first. `codes` (the normalized
 * text) tells where a masked letter stands.
 * @internal
 */
export function resolveHits(hits: HitBuffer, entries: EntryTable, disabled: Uint8Array | undefined, codes: ArrayLike<number>): number[] {
  const idx: number[] = [];
  for (let i = 0; i < hits.n; i++) if (!disabled || disabled[hits.entry[i]!] === 0) idx.push(i);
  if (idx.length === 1 && entries.kind[hits.entry[idx[0]!]!] !== K_ALLOW) return idx;
  sortHits(hits, idx);
  const allowed: number[] = [];
  const kept: number[] = [];
  for (const i of idx) {
    const e = hits.entry[i]!;
    const k = entries.kind[e]!;
    const a = hits.a[i]!;
    const b = hits.b[i]!;
    if (k === K_ALLOW) {
      allowed.push(i);
      continue;
    }
    if ((k < TOXIC_KINDS || k === K_GROUP) && covered(hits, allowed, a, b)) continue;
    let drop = false;
    for (let q = kept.length - 1; q >= 0 && !drop; q--) {
      const j = kept[q]!;
      if (j < 0) continue;
      if (hits.a[j]! < a - WINDOW) break;
      if (hits.b[j]! < b) continue;
      const ej = hits.entry[j]!;
      const kj = entries.kind[ej]!;
      const longer = hits.b[j]! - hits.a[j]! > b - a;
      const same = hits.a[j] === a && hits.b[j] === b;
      if (ej === e) drop = true;
      else if (k < TOXIC_KINDS && kj < TOXIC_KINDS) {
        if (same && GENERIC.has(kj) && SPECIFIC.has(k)) {
          if (k === K_HATE && masked(codes, a, b)) drop = true;
          else kept[q] = -1;
        } else if (same && GENERIC.has(k) && kj === K_HATE && masked(codes, a, b)) kept[q] = -1;
        else
          drop =
            kj === k
              ? longer || same
              : (longer && (!KEEP_INSIDE.has(k) || (k === K_SEXUAL && entries.when[e] === 1))) ||
                (same && GENERIC.has(k) && SPECIFIC.has(kj));
      }
      // Every context marker counts (« t'es » inside « t'es une grosse »); other vocabulary
      // keeps the longest.
      else if (kj === k && k !== K_MARKER) drop = longer;
    }
    if (!drop) kept.push(i);
  }
  return kept.filter((i) => i >= 0);
}

/** Whether a masked letter (`*`) stands in codes [a, b). */
function masked(codes: ArrayLike<number>, a: number, b: number): boolean {
  for (let p = a; p < b; p++) if (codes[p] === A_WILD) return true;
  return false;
}

function covered(hits: HitBuffer, allowed: number[], a: number, b: number): boolean {
  for (let q = allowed.length - 1; q >= 0; q--) {
    const j = allowed[q]!;
    if (hits.a[j]! < a - WINDOW) return false;
    if (hits.a[j]! <= a && hits.b[j]! >= b) return true;
  }
  return false;
}

/** Orders hit indexes by start, longest first, then entry: by insertion for the few hits of a comment, the library sort beyond. */
function sortHits(hits: HitBuffer, idx: number[]): void {
  const before = (x: number, y: number) => hits.a[x]! - hits.a[y]! || hits.b[y]! - hits.b[x]! || hits.entry[x]! - hits.entry[y]!;
  if (idx.length > 24) {
    idx.sort(before);
    return;
  }
  for (let i = 1; i < idx.length; i++) {
    const x = idx[i]!;
    let j = i - 1;
    while (j >= 0 && before(idx[j]!, x) > 0) {
      idx[j + 1] = idx[j]!;
      j--;
    }
    idx[j + 1] = x;
  }
}
