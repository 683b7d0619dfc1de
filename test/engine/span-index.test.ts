import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SpanIndex } from '../../src/analyze/span-index.js';

describe('SpanIndex', () => {
  it('answers overlaps and covers like a scan of every span, in any insertion order', () => {
    const span = fc.tuple(fc.nat(200), fc.nat(40)).map(([s, l]) => [s, s + l + 1] as const);
    fc.assert(
      fc.property(fc.array(span, { maxLength: 30 }), span, (spans, [a, b]) => {
        const idx = new SpanIndex();
        for (const [s, e] of spans) idx.add(s, e);
        expect(idx.overlaps(a, b)).toBe(spans.some(([s, e]) => s < b && e > a));
        expect(idx.covers(a, b)).toBe(spans.some(([s, e]) => s <= a && e >= b));
      }),
    );
  });
});
