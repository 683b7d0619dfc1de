// Evasion robustness: every form of every toxic lexicon entry, disguised by each evasion class
// of SPEC.md (« Evasions the normalizers undo »), must still be found by the default detector,
// as that entry, over the whole disguised span. Variants are drawn from a seeded PRNG, one per
// (entry, form, class), so a run is reproducible and adding an entry moves no other variant.
import { writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readLexicons } from '../../scripts/build-lexicon.js';
import { type Analysis, type Category, createDetector } from '../../src/index.js';
import { defaultLexicon } from '../../src/lexicon/default.js';
import type { LexiconEntry } from '../../src/lexicon/parse.js';
import { between, frenchWords, hash, lowerNfc, pick, prng, stripAccents, table } from './support.js';

const SEED = 0x76696769; // "vigi"
const THRESHOLD = 0.99;
const TOXIC: readonly string[] = ['insult', 'profanity', 'hate', 'sexual', 'body_shaming', 'self_harm', 'threat'];

type Rnd = () => number;

/** An evasion class: which words it applies to and how it rewrites one. */
interface Evasion {
  name: string;
  /** 'word': rewrites one word of the form; 'form': rewrites the whole form. */
  scope: 'word' | 'form';
  eligible(word: string): boolean;
  apply(word: string, rnd: Rnd): string;
}

const letters = (w: string) => Array.from(w);
const isAsciiLower = (ch: string) => ch >= 'a' && ch <= 'z';
const isLetter = (ch: string) => /\p{L}/u.test(ch);

/** `k` distinct elements of xs, drawn at random. */
function choose<T>(rnd: Rnd, xs: readonly T[], k: number): T[] {
  const pool = [...xs];
  const out: T[] = [];
  while (out.length < k && pool.length > 0) out.push(pool.splice(Math.floor(rnd() * pool.length), 1)[0]!);
  return out;
}

/** Replaces 1–2 letters that have a substitute in `map`, at most `maxReplaced(length)` of them, so that real letters remain. */
function substitute(map: Record<string, readonly string[]>, maxReplaced: (len: number) => number) {
  return (w: string, rnd: Rnd): string => {
    const ls = letters(w);
    const cands = ls.flatMap((ch, i) => (map[ch] ? [i] : []));
    const k = between(rnd, 1, Math.max(1, Math.min(2, cands.length, maxReplaced(ls.length))));
    for (const i of choose(rnd, cands, k)) ls[i] = pick(rnd, map[ls[i]!]!);
    return ls.join('');
  };
}

/** Rewrites every ASCII letter into the block starting at `base` (fancy-text generators keep é, ç… as they are). */
const block = (base: number) => (w: string) =>
  letters(w)
    .map((ch) => (isAsciiLower(ch) ? String.fromCodePoint(base + ch.charCodeAt(0) - 97) : ch))
    .join('');

/** Joins the letters of a word with a separator (c o n n a r d, c.o.n.n.a.r.d…). */
const spaced = (sep: string): Evasion => ({
  name: `spacing ${sep === ' ' ? 'space' : sep === '.' ? 'dot' : sep === '-' ? 'hyphen' : 'underscore'}`,
  scope: 'word',
  // Two spaced letters (« p d ») stay two words by design (« y a », « à la »): a run of three is needed.
  eligible: (w) => letters(w).length >= 3,
  apply: (w) => letters(w).join(sep),
});

/** Inserts `k` strings between letters (never before the first or after the last). */
function insertInside(w: string, rnd: Rnd, k: number, what: () => string): string {
  const ls = letters(w);
  const gaps = choose(
    rnd,
    ls.slice(1).map((_, i) => i + 1),
    k,
  ).sort((a, b) => b - a);
  for (const g of gaps) ls.splice(g, 0, what());
  return ls.join('');
}

const LEET: Record<string, readonly string[]> = { a: ['4', '@'], e: ['3'], i: ['1'], o: ['0'], s: ['5', '$'], t: ['7'] };
const CYRILLIC: Record<string, readonly string[]> = {
  a: ['\u0430'],
  e: ['\u0435'],
  o: ['\u043e'],
  p: ['\u0440'],
  c: ['\u0441'],
  y: ['\u0443'],
  x: ['\u0445'],
};
const GREEK: Record<string, readonly string[]> = { o: ['\u03bf'], a: ['\u03b1'], v: ['\u03bd'] };
const ACCENTED: Record<string, readonly string[]> = {
  e: ['é', 'è'],
  a: ['à', 'â'],
  i: ['î', 'ï'],
  o: ['ô'],
  u: ['ù', 'û'],
};
const INVISIBLE = ['\u200b', '\u200d', '\u2060', '\u00ad'];

const EVASIONS: readonly Evasion[] = [
  {
    name: 'leetspeak',
    scope: 'word',
    // Never the only letters of a short word: « 7g » is not an evasion of « tg ».
    eligible: (w) => letters(w).length >= 3 && letters(w).some((ch) => LEET[ch]),
    apply: substitute(LEET, (len) => len - 2),
  },
  spaced(' '),
  spaced('.'),
  spaced('-'),
  spaced('_'),
  {
    name: 'punctuation inside',
    scope: 'word',
    eligible: (w) => letters(w).length >= 2,
    apply: (w, rnd) => insertInside(w, rnd, 1, () => pick(rnd, ['*', '.'])),
  },
  {
    name: 'repeated letters',
    scope: 'word',
    eligible: (w) => letters(w).length >= 2,
    apply: (w, rnd) => {
      const ls = letters(w);
      const i = between(rnd, 0, ls.length - 1);
      ls[i] = ls[i]!.repeat(between(rnd, 4, 6));
      return ls.join('');
    },
  },
  {
    name: 'homoglyphs Cyrillic',
    scope: 'word',
    eligible: (w) => letters(w).some((ch) => CYRILLIC[ch]),
    apply: substitute(CYRILLIC, () => 2),
  },
  {
    name: 'homoglyphs Greek',
    scope: 'word',
    eligible: (w) => letters(w).some((ch) => GREEK[ch]),
    apply: substitute(GREEK, () => 2),
  },
  { name: 'fullwidth', scope: 'word', eligible: (w) => letters(w).some(isAsciiLower), apply: block(0xff41) },
  { name: 'mathematical bold', scope: 'word', eligible: (w) => letters(w).some(isAsciiLower), apply: block(0x1d41a) },
  { name: 'enclosed letters', scope: 'word', eligible: (w) => letters(w).some(isAsciiLower), apply: block(0x24d0) },
  { name: 'accents removed', scope: 'form', eligible: (f) => stripAccents(f) !== f, apply: (f) => stripAccents(f) },
  {
    name: 'accents added',
    scope: 'word',
    eligible: (w) => letters(w).some((ch) => ACCENTED[ch]),
    apply: (w, rnd) => {
      const ls = letters(w);
      // e → é/è when the word has an e, else another vowel.
      const es = ls.flatMap((ch, i) => (ch === 'e' ? [i] : []));
      const i =
        es.length > 0
          ? pick(rnd, es)
          : pick(
              rnd,
              ls.flatMap((ch, k) => (ACCENTED[ch] ? [k] : [])),
            );
      ls[i] = pick(rnd, ACCENTED[ls[i]!]!);
      return ls.join('');
    },
  },
  {
    name: 'zero-width characters',
    scope: 'word',
    eligible: (w) => letters(w).length >= 2,
    apply: (w, rnd) => insertInside(w, rnd, between(rnd, 1, Math.min(2, letters(w).length - 1)), () => pick(rnd, INVISIBLE)),
  },
  { name: 'upper case', scope: 'form', eligible: (f) => f.toUpperCase() !== f, apply: (f) => f.toUpperCase() },
  {
    name: 'mixed case',
    scope: 'word',
    eligible: (w) => letters(w).filter((ch) => ch.toUpperCase() !== ch).length >= 2,
    apply: (w, rnd) => {
      const ls = letters(w);
      const cased = ls.flatMap((ch, i) => (ch.toUpperCase() !== ch ? [i] : []));
      // At least one capital, at least one small letter left.
      const up = new Set(choose(rnd, cased, between(rnd, 1, cased.length - 1)));
      return ls.map((ch, i) => (up.has(i) ? ch.toUpperCase() : ch)).join('');
    },
  },
];

/** A form split into words and what lies between them (apostrophes, hyphens, spaces). */
function segments(form: string): { text: string; word: boolean }[] {
  return form.split(/([\p{L}\p{M}\p{N}]+)/u).flatMap((text, i) => (text === '' ? [] : [{ text, word: i % 2 === 1 }]));
}

// Neutral frames: nothing in them is toxic, aimed or plural. Aimed entries get an aiming frame,
// plural entries a plural one (when=aimed / when=plural, docs/lexicon-format.md).
const FRAMES: Record<string, readonly [string, string][]> = {
  always: [
    ['franchement ', ' .'],
    ['bon ben ', ' , voilà'],
    ['et là ', ' quoi'],
  ],
  aimed: [
    ["franchement t'es qu'un ", ' .'],
    ['espèce de ', ' !'],
  ],
  plural: [['franchement les ', ' .']],
};

interface Variant {
  cls: string;
  entry: LexiconEntry;
  form: string;
  variant: string;
  text: string;
  start: number;
  end: number;
}

const detector = createDetector();
const shown = (text: string, a: Analysis) =>
  a.matches.map((m) => `${m.ruleId}@«${text.slice(m.start, m.end)}»${m.suppressedBy ? `(${m.suppressedBy})` : ''}`).join(', ') || '∅';

/** Whether an active match of the entry (category and rule id) covers [start, end). */
function found(a: Analysis, entry: LexiconEntry, start: number, end: number): boolean {
  return a.matches.some(
    (m) => !m.suppressedBy && m.category === (entry.kind as Category) && m.ruleId === entry.id && m.start <= start && m.end >= end,
  );
}

interface ClassResult {
  n: number;
  ok: number;
  excluded: number;
  notApplicable: number;
  failures: string[];
  excludedExamples: string[];
}

const results = new Map<string, ClassResult>();
const baselineMisses: string[] = [];
let formsTested = 0;

function run(): void {
  const dictionary = new Set(frenchWords().map(lowerNfc));
  const entries = readLexicons().filter((e) => TOXIC.includes(e.kind));
  const compiledIds = new Set(defaultLexicon().entries.id);
  for (const ev of EVASIONS) results.set(ev.name, { n: 0, ok: 0, excluded: 0, notApplicable: 0, failures: [], excludedExamples: [] });
  for (const entry of entries) {
    for (const form of entry.forms) {
      const [before, after] = pick(prng(hash(`${SEED}\u0000${entry.id}\u0000${form}`)), FRAMES[entry.when]!);
      // Baseline: the undisguised form must be found, else there is no evasion to measure (a
      // lexicon matter: a form shadowed by another entry, or src/generated older than lexicons/).
      const plain = `${before}${form}${after}`;
      const pa = detector.analyze(plain);
      if (!found(pa, entry, before.length, before.length + form.length)) {
        const why = !compiledIds.has(entry.id)
          ? 'entry not in src/generated/lexicon.ts (npm run generate)'
          : pa.matches.some((m) => m.start <= before.length && m.end >= before.length + form.length && !m.suppressedBy)
            ? 'covered by another entry'
            : 'not found';
        baselineMisses.push(`${entry.file}:${entry.line} ${entry.id} «${plain}» [${why}] → ${shown(plain, pa)}`);
        continue;
      }
      formsTested++;
      for (const ev of EVASIONS) {
        const r = results.get(ev.name)!;
        const rnd = prng(hash(`${SEED}\u0000${entry.id}\u0000${form}\u0000${ev.name}`));
        let variant: string;
        if (ev.scope === 'form') {
          if (!ev.eligible(form)) {
            r.notApplicable++;
            continue;
          }
          variant = ev.apply(form, rnd);
        } else {
          const segs = segments(form);
          const words = segs.flatMap((s, i) => (s.word && ev.eligible(s.text) ? [i] : []));
          // Evaders disguise the content words of a phrase, not « de » or « ta ».
          const content = words.filter((i) => letters(segs[i]!.text).filter(isLetter).length >= 3);
          const candidates = content.length > 0 ? content : words;
          if (candidates.length === 0) {
            r.notApplicable++;
            continue;
          }
          const i = pick(rnd, candidates);
          const w = segs[i]!.text;
          const nw = ev.apply(w, rnd);
          variant = segs.map((s, k) => (k === i ? nw : s.text)).join('');
        }
        // A variant that is itself an ordinary French word (« salé » for « sale », « encule » for
        // « enculé ») is no evasion. A phrase stays the phrase: « planche a pain » is still one.
        if (lowerNfc(variant) !== lowerNfc(form) && dictionary.has(lowerNfc(variant))) {
          r.excluded++;
          if (r.excludedExamples.length < 10) r.excludedExamples.push(`${form} → ${variant}`);
          continue;
        }
        const v: Variant = {
          cls: ev.name,
          entry,
          form,
          variant,
          text: `${before}${variant}${after}`,
          start: before.length,
          end: before.length + variant.length,
        };
        r.n++;
        const a = detector.analyze(v.text);
        if (found(a, entry, v.start, v.end)) r.ok++;
        else r.failures.push(`${entry.id} «${form}» → ${JSON.stringify(v.text)} found: ${shown(v.text, a)}`);
      }
    }
  }
}

/** Counts of the baseline misses by reason. */
function why(): string {
  const n = new Map<string, number>();
  for (const m of baselineMisses) {
    const r = /\[(.*?)\]/.exec(m)![1]!;
    n.set(r, (n.get(r) ?? 0) + 1);
  }
  return [...n].map(([r, k]) => `${k} ${r}`).join(', ');
}

describe('evasion robustness of every toxic lexicon form', () => {
  beforeAll(() => {
    run();
    const rows = EVASIONS.map((ev) => {
      const r = results.get(ev.name)!;
      return [ev.name, r.n, r.ok, r.n === 0 ? '—' : `${((100 * r.ok) / r.n).toFixed(2)} %`, r.excluded, r.notApplicable];
    });
    const total = [...results.values()].reduce((s, r) => [s[0]! + r.n, s[1]! + r.ok], [0, 0]);
    rows.push(['all classes', total[0]!, total[1]!, `${((100 * total[1]!) / total[0]!).toFixed(2)} %`, '', '']);
    const out = [
      `evasions: ${formsTested} toxic forms with their plain spelling detected; ${baselineMisses.length} forms whose plain spelling is not found, skipped (${why()})`,
      table(['class', 'n', 'detected', 'rate', 'excluded (French word)', 'n/a'], rows),
    ];
    for (const ev of EVASIONS) {
      const r = results.get(ev.name)!;
      if (r.failures.length === 0) continue;
      const shownCount = r.ok / r.n < THRESHOLD ? 20 : 5;
      out.push(`\n${ev.name}: ${r.failures.length} failures, first ${Math.min(shownCount, r.failures.length)}:`);
      for (const f of r.failures.slice(0, shownCount)) out.push(`  ${f}`);
    }
    if (baselineMisses.length > 0) {
      out.push(`\nplain forms not found (first 20 of ${baselineMisses.length}):`);
      for (const m of baselineMisses.slice(0, 20)) out.push(`  ${m}`);
    }
    console.log(out.join('\n'));
    // VIGIE_EVASION_DUMP=file.json writes every failure, for analysis.
    const dump = process.env.VIGIE_EVASION_DUMP;
    if (dump) {
      const all = Object.fromEntries([...results].map(([k, r]) => [k, { failures: r.failures, excluded: r.excludedExamples }]));
      writeFileSync(dump, JSON.stringify({ failures: all, baselineMisses }, null, 1));
    }
  }, 600_000);

  it('tests a meaningful share of the lexicon', () => {
    expect(formsTested).toBeGreaterThan(1000);
  });

  it.each(EVASIONS.map((e) => [e.name]))('%s: ≥ 99 % of the variants detected', (name) => {
    const r = results.get(name)!;
    expect(r.n, `${name} produced no variant`).toBeGreaterThan(0);
    expect(r.ok / r.n, `${name}: ${r.n - r.ok}/${r.n} missed, e.g.\n${r.failures.slice(0, 20).join('\n')}`).toBeGreaterThanOrEqual(
      THRESHOLD,
    );
  });
});
