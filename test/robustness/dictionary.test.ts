// Dictionary false positives: a seeded sample of 100,000 ordinary French words
// (an-array-of-french-words, MIT), each analyzed alone and inside a neutral sentence. An
// active toxic match is a false positive when the text it covers is not itself one of the
// forms of the matched entry (folded as the engine folds): an ordinary word flagged because of
// a substring, a normalizer side effect or fuzzy matching. For entries that match inside words
// (bound=prefix|suffix|any) the whole word around the match must also be a form of the entry
// or one of its reviewed derived words (ok=), else the entry collides with an unrelated word.
import { beforeAll, describe, expect, it } from 'vitest';
import { readLexicons } from '../../scripts/build-lexicon.js';
import { createDetector } from '../../src/index.js';
import { foldTerm } from '../../src/lexicon/fold-term.js';
import { frenchWords, sampleIndexes, table } from './support.js';

const SAMPLE = 100_000;
const SEED = 0x64696374; // "dict"
const MAX_RATE = 0.001;
const FRAME: [string, string] = ['elle a noté ', ' dans son carnet'];

const key = (s: string) => foldTerm(s)?.join(',') ?? `raw:${s}`;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** The whole word(s) around [start, end): the span grown over letters, marks and digits. */
function enclosing(text: string, start: number, end: number): string {
  let a = start;
  let b = end;
  while (a > 0 && WORD_CHAR.test(text[a - 1]!)) a--;
  while (b < text.length && WORD_CHAR.test(text[b]!)) b++;
  return text.slice(a, b);
}

interface Offender {
  word: string;
  where: 'alone' | 'frame';
  matched: string;
  ruleId: string;
  category: string;
  reason: string;
}

const offenders: Offender[] = [];
const offendingWords = new Set<string>();
let analyzed = 0;
let reviewedHits = 0;
let legitimateHits = 0;

function run(): void {
  const detector = createDetector();
  const words = frenchWords();
  const entries = readLexicons();
  const forms = new Map<string, Set<string>>();
  const reviewed = new Map<string, Set<string>>();
  const insideWords = new Set<string>();
  for (const e of entries) {
    forms.set(e.id, new Set(e.forms.map(key)));
    reviewed.set(e.id, new Set(e.reviewed.map(key)));
    if (e.boundary !== 'word') insideWords.add(e.id);
  }
  for (const i of sampleIndexes(words.length, SAMPLE, SEED)) {
    const word = words[i]!;
    for (const [where, text] of [
      ['alone', word],
      ['frame', `${FRAME[0]}${word}${FRAME[1]}`],
    ] as const) {
      analyzed++;
      for (const m of detector.analyze(text).matches) {
        if (m.suppressedBy) continue;
        const matched = text.slice(m.start, m.end);
        // An entry missing from lexicons/ (src/generated is older): its lemma is its only known form.
        const own = forms.get(m.ruleId) ?? new Set([key(m.term)]);
        let reason = '';
        if (!own.has(key(matched))) reason = 'matched text is not a form of the entry';
        else if (insideWords.has(m.ruleId)) {
          const whole = enclosing(text, m.start, m.end);
          if (own.has(key(whole))) legitimateHits++;
          else if (reviewed.get(m.ruleId)?.has(key(whole))) reviewedHits++;
          else reason = `inside «${whole}», neither a form nor a reviewed word (ok=) of the entry`;
        } else legitimateHits++;
        if (reason === '') continue;
        offendingWords.add(word);
        offenders.push({ word, where, matched, ruleId: m.ruleId, category: m.category, reason });
      }
    }
  }
}

describe(`dictionary false positives (${SAMPLE} sampled French words, alone and in a sentence)`, () => {
  beforeAll(() => {
    run();
    const rate = offendingWords.size / SAMPLE;
    const byRule = new Map<string, number>();
    for (const o of offenders) byRule.set(o.ruleId, (byRule.get(o.ruleId) ?? 0) + 1);
    const out = [
      `dictionary: ${SAMPLE} words, ${analyzed} analyses; ${offendingWords.size} words flagged by an entry they are not a form of: ${(100 * rate).toFixed(3)} % (limit ${100 * MAX_RATE} %)`,
      `  (${legitimateHits} active hits on words that are forms of their entry, ${reviewedHits} on reviewed derived words)`,
    ];
    if (offenders.length > 0) {
      out.push(`first ${Math.min(30, offenders.length)} offenders:`);
      out.push(
        table(
          ['word', 'where', 'matched', 'rule', 'category', 'why'],
          offenders.slice(0, 30).map((o) => [o.word, o.where, `«${o.matched}»`, o.ruleId, o.category, o.reason]),
        ),
      );
      out.push('offending hits per rule (top 15):');
      for (const [r, n] of [...byRule].sort((a, b) => b[1] - a[1]).slice(0, 15)) out.push(`  ${String(n).padStart(5)}  ${r}`);
    }
    console.log(out.join('\n'));
  }, 600_000);

  it('analyzes the whole sample', () => {
    expect(analyzed).toBe(2 * SAMPLE);
  });

  it(`flags at most ${100 * MAX_RATE} % of ordinary words`, () => {
    const sample = offenders
      .slice(0, 30)
      .map((o) => `${o.word} (${o.where}) «${o.matched}» ${o.ruleId}: ${o.reason}`)
      .join('\n');
    expect(offendingWords.size / SAMPLE, sample).toBeLessThanOrEqual(MAX_RATE);
  });
});
