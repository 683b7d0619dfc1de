import type { Span, Topic, TopicId } from '../types.js';
import { TOPICS } from '../types.js';

/**
 * Collects topic evidence (spans per topic) and turns it into scored topics: one mention
 * gives 0.5, two 0.75, and so on; sorted by score.
 * @internal
 */
export class TopicCollector {
  // Created on the first topic hit: most texts have none or few.
  private spans: Span[][] | undefined;

  add(mask: number, span: Span): void {
    this.spans ??= TOPICS.map(() => []);
    for (let k = 0; k < TOPICS.length; k++) {
      if ((mask >> k) & 1) {
        const list = this.spans[k]!;
        // Hits arrive sorted by start: a repeat of the same span is the last one.
        const last = list[list.length - 1];
        if (!last || last.start !== span.start || last.end !== span.end) list.push(span);
      }
    }
  }

  /** Adds `span` to the topics of `mask` that have no evidence yet (a finding that implies the topic). */
  addIfAbsent(mask: number, span: Span): void {
    for (let k = 0; k < TOPICS.length; k++) if ((mask >> k) & 1 && !this.spans?.[k]?.length) this.add(1 << k, span);
  }

  result(): Topic[] {
    const out: Topic[] = [];
    if (!this.spans) return out;
    this.spans.forEach((spans, k) => {
      if (spans.length > 0) out.push({ topic: TOPICS[k] as TopicId, score: Math.round((1 - 0.5 ** spans.length) * 1000) / 1000, spans });
    });
    return out.sort((a, b) => b.score - a.score);
  }
}
