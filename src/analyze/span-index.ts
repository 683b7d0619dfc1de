/**
 * Spans (UTF-16 ranges) sorted by start with the running maximum of their ends, so that
 * whether some span overlaps or covers a range is one binary search. Spans usually arrive in
 * increasing start order; one out of order costs a re-sort.
 * @internal
 */
export class SpanIndex {
  private starts: number[] = [];
  private ends: number[] = [];
  /** maxEnd[i]: the furthest end among spans 0..i. */
  private maxEnd: number[] = [];

  add(start: number, end: number): void {
    const n = this.starts.length;
    this.starts.push(start);
    this.ends.push(end);
    if (n === 0 || this.starts[n - 1]! <= start) {
      this.maxEnd.push(Math.max(n > 0 ? this.maxEnd[n - 1]! : -1, end));
      return;
    }
    const order = this.starts.map((_, i) => i).sort((x, y) => this.starts[x]! - this.starts[y]!);
    this.starts = order.map((i) => this.starts[i]!);
    this.ends = order.map((i) => this.ends[i]!);
    let m = -1;
    this.maxEnd = this.ends.map((e) => {
      m = Math.max(m, e);
      return m;
    });
  }

  /** Number of spans starting at or before `pos` (`strict`: before). */
  private upTo(pos: number, strict: boolean): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (strict ? this.starts[mid]! < pos : this.starts[mid]! <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Whether some span overlaps [start, end). */
  overlaps(start: number, end: number): boolean {
    const k = this.upTo(end, true);
    return k > 0 && this.maxEnd[k - 1]! > start;
  }

  /** Whether some span contains [start, end) whole. */
  covers(start: number, end: number): boolean {
    const k = this.upTo(start, false);
    return k > 0 && this.maxEnd[k - 1]! >= end;
  }
}
