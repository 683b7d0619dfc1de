import { describe, expect, it } from 'vitest';
import { readLexicons } from '../../scripts/build-lexicon.js';
import { createDetector } from '../../src/index.js';

// Every example sentence written next to a lexicon entry is a test: `+` lines must produce a
// finding of that entry (or, for vocabulary, its group or topic), `-` lines must not.
const detector = createDetector();
const entries = readLexicons().filter((e) => e.examples.length > 0);

describe.each(entries.map((e) => [`${e.file}:${e.line} ${e.term}`, e] as const))('%s', (_, entry) => {
  for (const ex of entry.examples) {
    it(`${ex.flagged ? '+' : '-'} ${ex.text}`, () => {
      const a = detector.analyze(ex.text);
      let found: boolean;
      if (entry.kind === 'group') found = a.targets.length > 0 || a.topics.some((t) => entry.topics.includes(t.topic));
      else if (entry.kind === 'topic') found = a.topics.some((t) => entry.topics.includes(t.topic));
      else found = a.matches.some((m) => m.ruleId === entry.id && !m.suppressedBy);
      expect(found, `${entry.file}:${entry.line} «${ex.text}»: ${JSON.stringify(a.matches)}`).toBe(ex.flagged);
    });
  }
});
