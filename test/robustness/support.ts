// Shared helpers of the robustness suites: a seeded PRNG (every variant and sample is
// deterministic), the French dictionary, folding.
import { createRequire } from 'node:module';

import { prng } from '../properties/arbitraries.js';

/** Mulberry32 (shared with the property tests): same seed, same sequence. */
export { prng };

/** FNV-1a 32-bit hash of a string: seeds one PRNG per (entry, form, class) so that adding an entry does not move the others' variants. */
export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** An integer in [lo, hi]. */
export const between = (rnd: () => number, lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
/** One element of a non-empty array. */
export const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

/** Every word of an-array-of-french-words (MIT), in its order. */
export function frenchWords(): string[] {
  return createRequire(import.meta.url)('an-array-of-french-words') as string[];
}

/** Case and Unicode composition folded, accents kept: « salé » and « sale » stay two words. */
export const lowerNfc = (s: string): string => s.normalize('NFC').toLowerCase();

/** Case and accents folded (NFD, combining marks dropped). */
export const stripAccents = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');

/** `count` distinct indexes of [0, n), chosen by a seeded partial Fisher–Yates shuffle, in ascending order. */
export function sampleIndexes(n: number, count: number, seed: number): number[] {
  const rnd = prng(seed);
  const idx = Int32Array.from({ length: n }, (_, i) => i);
  const k = Math.min(n, count);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rnd() * (n - i));
    const t = idx[i]!;
    idx[i] = idx[j]!;
    idx[j] = t;
  }
  return Array.from(idx.subarray(0, k)).sort((a, b) => a - b);
}

/** Pads a table row for console output. */
export function table(head: string[], rows: (string | number)[][]): string {
  const all = [head, ...rows.map((r) => r.map(String))];
  const w = head.map((_, c) => Math.max(...all.map((r) => r[c]!.length)));
  const line = (r: string[]) => `| ${r.map((x, c) => (c === 0 ? x.padEnd(w[c]!) : x.padStart(w[c]!))).join(' | ')} |`;
  return [line(all[0]!), `|${w.map((x) => '-'.repeat(x + 2)).join('|')}|`, ...all.slice(1).map(line)].join('\n');
}
