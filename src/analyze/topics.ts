import type { Span, Topic } from '../types.js';
import { TOPICS } from '../types.js';

/**
 * Collects topic evidence (spans per topic) and turns it into scored topics: one mention
 * gives 0.5, two 0.75, and so on; sorted by score.
 * @internal
 */
export class TopicCollector {
  // Created on the first topic hit: most texts have none or few.
  private spans: Span[][] | undefined;
  // Words that tell a topic only in company (« stade », « score »): their spans and spellings.
  private paired: { mask: number; span: Span; word: string }[] = [];

  /** Records a word that counts for its topics only beside another of their words (not itself again). */
  addPaired(mask: number, span: Span, word: string): void {
    this.paired.push({ mask, span, word });
  }

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
    const paired = this.paired;
    if (paired.length === 0 && !this.spans) return out;
    TOPICS.forEach((topic, k) => {
      const spans = this.spans?.[k] ?? [];
      if (paired.length > 0) {
        const mine = paired.filter((p) => (p.mask >> k) & 1);
        // A paired word counts beside a plain word of its topic, or beside another paired word.
        if (spans.length > 0 || mine.some((p) => p.word !== mine[0]!.word)) {
          for (const p of mine) spans.push(p.span);
          spans.sort((x, y) => x.start - y.start);
        }
      }
      if (spans.length > 0) out.push({ topic, score: Math.round((1 - 0.5 ** spans.length) * 1000) / 1000, spans });
    });
    return out.sort((a, b) => b.score - a.score);
  }
}
