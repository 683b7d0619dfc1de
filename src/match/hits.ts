/**
 * Reusable buffer of raw hits: entry id and the normalized code range [a, b).
 * @internal
 */
export class HitBuffer {
  entry = new Int32Array(64);
  a = new Int32Array(64);
  b = new Int32Array(64);
  n = 0;

  push(entry: number, a: number, b: number): void {
    if (this.n === this.entry.length) {
      const grow = (x: Int32Array) => {
        const y = new Int32Array(x.length * 2);
        y.set(x);
        return y;
      };
      this.entry = grow(this.entry);
      this.a = grow(this.a);
      this.b = grow(this.b);
    }
    this.entry[this.n] = entry;
    this.a[this.n] = a;
    this.b[this.n] = b;
    this.n++;
  }
}
