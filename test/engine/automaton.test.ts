import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shippedEntries } from '../../scripts/build-lexicon.js';
import { deserialize, serialize } from '../../src/lexicon/automaton.js';
import { compile, decompile } from '../../src/lexicon/compile.js';
import { defaultLexicon } from '../../src/lexicon/default.js';

const forms = fc.array(
  fc.record({
    codes: fc.uint8Array({ minLength: 1, maxLength: 12, min: 0, max: 36 }),
    entry: fc.nat(5000),
    root: fc.constantFrom(0 as const, 1 as const),
  }),
  { maxLength: 60 },
);
const key = (f: { codes: Uint8Array; entry: number; root: number }) => `${f.root}:${f.codes.join(',')}:${f.entry}`;

describe('automaton', () => {
  it('compile → serialize → deserialize → decompile gives back every form', () => {
    fc.assert(
      fc.property(forms, (fs) => {
        const back = decompile(deserialize(serialize(compile(fs))));
        expect(new Set(back.map(key))).toEqual(new Set(fs.map(key)));
      }),
      { numRuns: 300 },
    );
  });
  it('the built-in automaton round-trips to identical arrays', () => {
    const a = defaultLexicon().automaton;
    const b = deserialize(serialize(a));
    expect(b.nodes).toBe(a.nodes);
    expect([...b.labels]).toEqual([...a.labels]);
    expect([...b.edgeStart]).toEqual([...a.edgeStart]);
    expect([...b.termIds]).toEqual([...a.termIds]);
  });
  it('the built-in entry table gives every entry its own term and id, those left out read back from the trie', () => {
    const { entries } = defaultLexicon();
    const source = shippedEntries();
    expect(entries.size).toBe(source.length);
    for (let i = 0; i < source.length; i++) {
      const e = source[i]!;
      if (e.kind === 'topic' || e.kind === 'marker' || e.kind === 'allow') continue;
      expect(`${entries.term[i]} ${entries.id[i]}`).toBe(`${e.term} ${e.id}`);
    }
  });
  it('rejects a corrupt string', () => {
    const s = serialize(defaultLexicon().automaton);
    expect(() => deserialize(s.slice(0, -5))).toThrow(/corrupt automaton/);
  });
});
