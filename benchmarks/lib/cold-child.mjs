// Cold start, measured inside a fresh process: import dist/index.js, createDetector(), analyze('x').
// performance.now() counts from the process's time origin, so `t3` is also "since process start".
const t0 = performance.now();
const { createDetector } = await import(process.argv[2]);
const t1 = performance.now();
const d = createDetector();
const t2 = performance.now();
d.analyze('x');
const t3 = performance.now();
process.stdout.write(JSON.stringify({ importMs: t1 - t0, createMs: t2 - t1, firstAnalyzeMs: t3 - t2, totalMs: t3 - t0, sinceStartMs: t3 }));
