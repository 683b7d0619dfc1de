// Snapshot of the analysis of the project's own corpus (corpus.txt): a lexicon or engine
// change shows, in review, exactly which verdicts it changes (corpus.snap.txt). Update with
// `npx vitest run test/snapshots -u` and read the diff before committing it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { type Analysis, createDetector } from '../../src/index.js';

const sentences = readFileSync(join(import.meta.dirname, 'corpus.txt'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '' && !l.startsWith('#'));

const span = (text: string, s: { start: number; end: number }) => `${s.start}-${s.end} «${text.slice(s.start, s.end)}»`;
const aside = (s: { suppressedBy?: string }) => (s.suppressedBy ? ` [set aside: ${s.suppressedBy}]` : '');

/** A compact, stable projection of an analysis: what a reviewer needs to see change. */
function project(text: string, a: Analysis): string {
  const lines = [
    `> ${JSON.stringify(text)}`,
    `  toxic=${a.toxic} severity=${a.severity} score=${a.score.toFixed(2)} categories=${a.categories.join(',') || '-'}`,
  ];
  for (const m of a.matches)
    lines.push(`  match ${m.term}@${span(text, m)} ${m.category}/${m.severity} ${m.ruleId}${m.target ? ` →${m.target}` : ''}${aside(m)}`);
  for (const t of a.threats) lines.push(`  threat ${t.kind}@${span(text, t)} ${t.severity} ${t.ruleId}${aside(t)}`);
  for (const t of a.targets) lines.push(`  target ${t.group}@${span(text, t)} ${t.ruleId}${aside(t)}`);
  if (a.topics.length > 0) lines.push(`  topics ${a.topics.map((t) => `${t.topic}(${t.score.toFixed(2)})`).join(' ')}`);
  return lines.join('\n');
}

it(`analysis of the ${sentences.length} corpus sentences matches corpus.snap.txt`, async () => {
  expect(sentences.length).toBeGreaterThanOrEqual(80);
  const detector = createDetector();
  const out = `${sentences.map((s) => project(s, detector.analyze(s))).join('\n\n')}\n`;
  await expect(out).toMatchFileSnapshot('./corpus.snap.txt');
});
