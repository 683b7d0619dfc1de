// Profiled workload (run under node --cpu-prof): analyze() over the corpus for a few seconds.
import { readFileSync } from 'node:fs';

const [, , url, corpusFile, seconds] = process.argv;
const texts = JSON.parse(readFileSync(corpusFile, 'utf8'));
const { createDetector } = await import(url);
const d = createDetector();
const until = performance.now() + Number(seconds) * 1000;
let s = 0;
let passes = 0;
while (performance.now() < until) {
  for (let k = 0; k < texts.length; k++) s += d.analyze(texts[k]).matches.length;
  passes++;
}
process.stdout.write(JSON.stringify({ passes, s }));
