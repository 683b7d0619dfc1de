// Retained memory of a detector (run with --expose-gc). Typed-array backing stores live
// outside the V8 heap, so arrayBuffers is reported next to heapUsed.
import { readFileSync } from 'node:fs';

const settle = () => {
  for (let k = 0; k < 4; k++) globalThis.gc();
  const m = process.memoryUsage();
  return { heapUsed: m.heapUsed, arrayBuffers: m.arrayBuffers };
};
const diff = (a, b) => ({
  heapUsed: b.heapUsed - a.heapUsed,
  arrayBuffers: b.arrayBuffers - a.arrayBuffers,
  total: b.heapUsed + b.arrayBuffers - a.heapUsed - a.arrayBuffers,
});

const [, , url, corpusFile, bigChars] = process.argv;
const texts = JSON.parse(readFileSync(corpusFile, 'utf8'));
let big = texts.join('\n');
while (big.length < Number(bigChars)) big += `\n${big}`;
big = big.slice(0, Number(bigChars));
const h0 = settle();
const { createDetector } = await import(url);
const h1 = settle();
const d = createDetector();
// A detector as it stands in use: whatever it builds on the first real texts (the pattern
// index, typo memos) counts, not just what createDetector() made.
for (const t of texts.slice(0, 20)) d.analyze(t);
const h2 = settle();
for (const t of texts.slice(0, 2000)) d.analyze(t);
const h3 = settle();
d.analyze(big);
const h4 = settle();
process.stdout.write(
  JSON.stringify({
    module: diff(h0, h1),
    detector: diff(h1, h2),
    moduleAndDetector: diff(h0, h2),
    after2000Comments: diff(h0, h3),
    afterBigText: diff(h0, h4),
    bigTextChars: big.length,
  }),
);
