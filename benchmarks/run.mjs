// vigie's benchmark: `npm run bench` (full) or `npm run bench -- --quick` (under a minute).
//
// One process, one run, one corpus: the ceiling (a loop reading every UTF-16 unit once),
// vigie's lexicon-only pass, analyze(), censor() and the npm peers, interleaved in rounds with
// the order shuffled each round; then the scaling checks (per-character cost, lexicon size,
// cold start, retained memory, bundle size, worker pool) and a CPU profile of analyze().
// Speed is reported, never asserted: this script exits 0 whatever the numbers.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import zlib from 'node:zlib';
import { generateCorpus, prng, pseudoWords } from './corpus.mjs';
import { bundleComposition, cacheDir, lexiconRow, loadInternal, normalizeRow } from './lib/internal.mjs';
import { leoRow, naiveRow, obscenityRow, toadRow } from './lib/peers.mjs';
import { summarizeProfile } from './lib/profile.mjs';

const QUICK = process.argv.includes('--quick');
const here = (p) => fileURLToPath(new URL(p, import.meta.url));
// Others may rebuild dist/ while the benchmark runs (tsup cleans it first): every part of the
// run, children and workers included, uses one snapshot of the build taken now.
mkdirSync(`${cacheDir}dist`, { recursive: true });
for (const f of ['index.js', 'index.js.map', 'index.cjs', 'normalize.js', 'explain.js', 'perspective.js'])
  copyFileSync(here(`../dist/${f}`), `${cacheDir}dist/${f}`);
const DIST = `${cacheDir}dist/index.js`;
const DIST_URL = pathToFileURL(DIST).href;

const CFG = QUICK
  ? {
      corpusBytes: 1_000_000,
      rounds: 3,
      rowBudgetS: 0.25,
      bigBytes: 300_000,
      bigBudgetS: 3,
      heapBigChars: 100_000,
      poolMinBytes: 100_000,
      synth: [1_000, 10_000],
      coldRuns: 5,
      poolRounds: 3,
      poolWarmS: 0.5,
      poolPassS: 0.3,
      profileS: 2,
      perCharRounds: 2,
    }
  : {
      corpusBytes: 5_000_000,
      rounds: 5,
      rowBudgetS: 2,
      bigBytes: 10_000_000,
      bigBudgetS: 60,
      heapBigChars: 1_000_000,
      poolMinBytes: 500_000,
      synth: [1_000, 10_000, 100_000],
      coldRuns: 15,
      poolRounds: 5,
      poolWarmS: 2,
      poolPassS: 1.5,
      profileS: 8,
      perCharRounds: 3,
    };

const log = (...a) => process.stderr.write(`${a.join(' ')}\n`);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x, d = 1) => (x === null || x === undefined || Number.isNaN(x) ? null : Math.round(x * 10 ** d) / 10 ** d);
const size = (bytes) => (bytes >= 1e6 ? `${round(bytes / 1e6, 1)} MB` : `${round(bytes / 1e3, 0)} KB`);
const bytesOf = (texts) => texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
let sink = 0;

function shuffle(xs, rnd) {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

function timed(row, texts) {
  const t0 = performance.now();
  sink ^= row.run(texts);
  return performance.now() - t0;
}

/**
 * Warms a row up, then picks the corpus prefix it will be timed on: the whole corpus unless one
 * pass would exceed the row budget (slow peers), in which case the longest prefix that fits.
 */
function calibrate(row, texts, cumBytes, budgetMs) {
  const warm = texts.slice(0, 300);
  const warmUntil = performance.now() + 200;
  for (let k = 0; k < 3 || performance.now() < warmUntil; k++) timed(row, warm);
  let n = Math.min(texts.length, 2000);
  const ms = timed(row, texts.slice(0, n));
  const perByte = ms / cumBytes[n - 1];
  if (perByte * cumBytes[texts.length - 1] <= budgetMs) return texts.length;
  const want = budgetMs / perByte;
  n = cumBytes.findIndex((b) => b >= want);
  return Math.max(300, n < 0 ? texts.length : n);
}

/** Times rows in interleaved rounds (each row once per round, order shuffled per round). */
function measure(rows, texts, rounds, budgetMs, seed) {
  const cum = [];
  let acc = 0;
  for (const t of texts) {
    acc += Buffer.byteLength(t, 'utf8');
    cum.push(acc);
  }
  const rnd = prng(seed);
  const plan = rows.map((row) => {
    const n = calibrate(row, texts, cum, budgetMs);
    const sample = texts.slice(0, n);
    return { row, sample, bytes: cum[n - 1], chars: sample.reduce((k, t) => k + t.length, 0), times: [] };
  });
  for (let r = 0; r < rounds; r++) {
    for (const p of shuffle(plan, rnd)) p.times.push(timed(p.row, p.sample));
  }
  return plan.map((p) => {
    const mbs = p.times.map((ms) => p.bytes / 1e6 / (ms / 1000));
    return {
      name: p.row.name,
      detail: p.row.detail,
      comments: p.sample.length,
      bytes: p.bytes,
      chars: p.chars,
      msMedian: round(median(p.times), 2),
      mbPerS: round(median(mbs), 2),
      mbPerSMin: round(Math.min(...mbs), 2),
      mbPerSMax: round(Math.max(...mbs), 2),
      commentsPerS: Math.round(p.sample.length / (median(p.times) / 1000)),
    };
  });
}

function table(headers, rows) {
  const cells = rows.map((r) => r.map((c) => (c === null || c === undefined ? '—' : String(c).replace(/\|/g, '\\|'))));
  const w = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i].length)));
  const left = (i) => i === 0 || headers[i].startsWith('code') || headers[i] === 'function';
  const line = (r) => `| ${r.map((c, i) => (left(i) ? c.padEnd(w[i]) : c.padStart(w[i]))).join(' | ')} |`;
  return [
    line(headers),
    `|${w.map((n, i) => (left(i) ? `:${'-'.repeat(n + 1)}` : `${'-'.repeat(n + 1)}:`)).join('|')}|`,
    ...cells.map(line),
  ].join('\n');
}

function section(title, fn) {
  log(`… ${title}`);
  const t0 = performance.now();
  try {
    const out = fn();
    if (out && typeof out.then === 'function') {
      return out.then(
        (v) => {
          log(`  done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
          return v;
        },
        (e) => {
          log(`  FAILED: ${e?.stack ?? e}`);
          return { error: String(e?.message ?? e) };
        },
      );
    }
    log(`  done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    return out;
  } catch (e) {
    log(`  FAILED: ${e?.stack ?? e}`);
    return { error: String(e?.message ?? e) };
  }
}

// ------------------------------------------------------------------------------------------
const started = performance.now();
const machine = {
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  availableParallelism: os.availableParallelism(),
  memoryGiB: round(os.totalmem() / 2 ** 30, 1),
  node: process.version,
  v8: process.versions.v8,
  platform: `${process.platform}-${process.arch}`,
  loadAvgAtStart: os.loadavg().map((x) => round(x, 2)),
};
const git = (...args) => spawnSync('git', args, { cwd: here('..'), encoding: 'utf8' }).stdout?.trim() ?? '';
const revision = {
  commit: git('rev-parse', '--short', 'HEAD'),
  uncommittedInSrcOrLexicons: git('status', '--porcelain', 'src', 'lexicons').split('\n').filter(Boolean).length,
};
log(`vigie benchmark${QUICK ? ' (quick)' : ''}: ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}`);

const texts = section('corpus', () => generateCorpus(CFG.corpusBytes));
const corpus = { comments: texts.length, bytes: bytesOf(texts), chars: texts.reduce((n, t) => n + t.length, 0) };
corpus.meanChars = round(corpus.chars / corpus.comments, 1);
mkdirSync(cacheDir, { recursive: true });
const corpusFile = `${cacheDir}corpus.json`;
writeFileSync(corpusFile, JSON.stringify(texts));

const { createDetector } = await import(DIST_URL);
const internal = await section('bundle internals with esbuild', () => loadInternal());

// ---- 1. throughput against the ceiling and the peers ------------------------------------
const throughput = section('throughput (interleaved rounds)', () => {
  const detector = createDetector();
  const rows = [
    {
      name: 'ceiling: read every UTF-16 unit',
      detail: 'sum of charCodeAt over every code unit',
      run(ts) {
        let s = 0;
        for (let k = 0; k < ts.length; k++) {
          const t = ts[k];
          for (let i = 0; i < t.length; i++) s = (s + t.charCodeAt(i)) | 0;
        }
        return s;
      },
    },
  ];
  if (!internal.error) {
    const lex = internal.defaultLexicon();
    rows.push(normalizeRow(internal, 'vigie normalizeInto only', 'the normalizer alone, reused NormalizedText'));
    rows.push(
      lexiconRow(
        internal,
        lex,
        'vigie lexicon-only',
        `normalizeInto + matchAll, built-in lexicon (${lex.entries.size} entries, ${lex.automaton.nodes} trie nodes)`,
      ),
    );
  }
  rows.push(
    {
      name: 'vigie analyze()',
      detail: 'createDetector() defaults, full analysis',
      run(ts) {
        let s = 0;
        for (let k = 0; k < ts.length; k++) s += detector.analyze(ts[k]).matches.length;
        return s;
      },
    },
    {
      name: 'vigie censor()',
      detail: 'createDetector() defaults, censor with default options',
      run(ts) {
        let s = 0;
        for (let k = 0; k < ts.length; k++) s += detector.censor(ts[k]).length;
        return s;
      },
    },
  );
  for (const make of [obscenityRow, leoRow, toadRow, naiveRow]) {
    try {
      rows.push(make());
    } catch (e) {
      log(`  peer ${make.name} unavailable: ${e.message}`);
    }
  }
  const res = measure(rows, texts, CFG.rounds, CFG.rowBudgetS * 1000, 1);
  const ceiling = res[0].mbPerS;
  for (const r of res) r.ofCeiling = round(r.mbPerS / ceiling, 4);
  return res;
});

// ---- 2a. per-character cost: one big text vs 1 KB texts --------------------------------
// The big text is reached by a ladder (30 KB, 100 KB, 300 KB, 1 MB, 3 MB, 10 MB): a step whose time, extrapolated
// from the previous one at the growth seen so far, would exceed the budget is skipped and the
// largest step done is reported, so that superlinear code cannot hang the benchmark.
const perChar = section('per-character cost (big text vs 1 KB texts)', () => {
  const small = [];
  let cur = '';
  for (const t of texts) {
    cur = cur ? `${cur}\n${t}` : t;
    if (cur.length >= 1000) {
      small.push(cur);
      cur = '';
    }
  }
  let pool = texts.join('\n');
  while (Buffer.byteLength(pool, 'utf8') < CFG.bigBytes) pool = `${pool}\n${pool}`;
  const cut = (bytes) =>
    Buffer.from(pool, 'utf8')
      .subarray(0, bytes)
      .toString('utf8')
      .replace(/\uFFFD$/, '');
  const dSmall = createDetector();
  for (const t of small.slice(0, 300)) dSmall.analyze(t);
  // 1 KB texts: as many as fit in the row budget, timed over perCharRounds rounds.
  const t0 = performance.now();
  let k = 0;
  while (k < small.length && performance.now() - t0 < CFG.rowBudgetS * 1000) dSmall.analyze(small[k++]);
  const smallSet = small.slice(0, Math.max(k, 50));
  const smallChars = smallSet.reduce((n, t) => n + t.length, 0);
  const tSmall = [];
  for (let r = 0; r < CFG.perCharRounds; r++) {
    const t1 = performance.now();
    for (const t of smallSet) sink ^= dSmall.analyze(t).matches.length;
    tSmall.push(performance.now() - t1);
  }
  const nsSmall = (median(tSmall) * 1e6) / smallChars;
  const ladder = [];
  let prev;
  for (const bytes of [30_000, 100_000, 300_000, 1_000_000, 3_000_000, 10_000_000].filter((x) => x <= CFG.bigBytes)) {
    const text = cut(bytes);
    // Predicted time: the previous step's, scaled at the growth exponent seen so far (≥ 1).
    if (prev) {
      const growth =
        ladder.length >= 2
          ? Math.max(1, Math.log(ladder.at(-1).ms / ladder.at(-2).ms) / Math.log(ladder.at(-1).chars / ladder.at(-2).chars))
          : 1;
      const predicted = prev.ms * (text.length / prev.chars) ** growth;
      if (predicted > CFG.bigBudgetS * 1000) {
        ladder.push({ bytes, chars: text.length, skipped: true, predictedS: round(predicted / 1000, 1) });
        break;
      }
    }
    const d = createDetector();
    d.analyze(text.slice(0, 20_000));
    const times = [];
    let matches = 0;
    for (let r = 0; r < CFG.perCharRounds; r++) {
      const t1 = performance.now();
      matches = d.analyze(text).matches.length;
      times.push(performance.now() - t1);
      if (times.at(-1) > (CFG.bigBudgetS * 1000) / CFG.perCharRounds) break;
    }
    prev = { bytes, chars: text.length, ms: median(times), matches, nsPerChar: round((median(times) * 1e6) / text.length, 2) };
    ladder.push(prev);
  }
  const nsBig = prev.nsPerChar;
  return {
    smallTexts: smallSet.length,
    smallMeanChars: round(smallChars / smallSet.length, 0),
    nsPerCharSmall: round(nsSmall, 2),
    ladder: ladder.map((l) => ({ ...l, ms: l.ms === undefined ? undefined : round(l.ms, 1) })),
    bigBytes: prev.bytes,
    bigChars: prev.chars,
    nsPerCharBig: nsBig,
    ratio: round(nsBig / nsSmall, 3),
    msBig: round(prev.ms, 1),
    reachedTarget: prev.bytes === CFG.bigBytes,
  };
});

// ---- 2b. lexicon size: synthetic lexicons of 1k, 10k, 100k entries ----------------------
const lexiconScaling = section(`lexicon size (${CFG.synth.join(', ')} synthetic entries)`, () => {
  if (internal.error) throw new Error(`internals unavailable: ${internal.error}`);
  const rows = [];
  const compile = [];
  for (const n of CFG.synth) {
    const words = pseudoWords(n, n);
    const text = `@category insult\n@severity medium\n${words.join('\n')}\n`;
    const t0 = performance.now();
    const entries = internal.parseLexicon(text, 'synthetic.txt');
    const lex = internal.buildLexicon(entries);
    const ms = performance.now() - t0;
    compile.push({ entries: n, trieNodes: lex.automaton.nodes, compileMs: round(ms, 0) });
    rows.push(lexiconRow(internal, lex, `lexicon-only, ${n} synthetic entries`, `${lex.automaton.nodes} trie nodes`));
  }
  const builtin = internal.defaultLexicon();
  rows.push(
    lexiconRow(internal, builtin, `lexicon-only, built-in (${builtin.entries.size} entries)`, `${builtin.automaton.nodes} trie nodes`),
  );
  const res = measure(rows, texts, CFG.rounds, CFG.rowBudgetS * 1000, 2);
  const first = res[0].mbPerS;
  for (const r of res) r.slowdownVsFirst = round(first / r.mbPerS, 3);
  return { compile, rows: res };
});

// ---- 2c. cold start -------------------------------------------------------------------
const coldStart = section(`cold start (${CFG.coldRuns} fresh processes)`, () => {
  const child = here('./lib/cold-child.mjs');
  const runs = [];
  for (let k = 0; k < CFG.coldRuns; k++) {
    const t0 = performance.now();
    const p = spawnSync(process.execPath, [child, DIST_URL], { encoding: 'utf8' });
    const wall = performance.now() - t0;
    if (p.status !== 0) throw new Error(p.stderr);
    runs.push({ ...JSON.parse(p.stdout), wallMs: wall });
  }
  // Baseline: an empty node process, so the import+create cost can be read against it.
  const empty = [];
  for (let k = 0; k < CFG.coldRuns; k++) {
    const t0 = performance.now();
    spawnSync(process.execPath, ['-e', '0']);
    empty.push(performance.now() - t0);
  }
  // One more run under the profiler (fine sampling), to see what the start-up time is spent on:
  // on the unminified bundle of src/, whose function names and lines mean something.
  const dir = `${cacheDir}prof-cold`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const internalUrl = pathToFileURL(`${cacheDir}internal.mjs`).href;
  spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval=50', child, internalUrl], { encoding: 'utf8' });
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  const prof = file ? summarizeProfile(`${dir}/${file}`, 40) : undefined;
  const profileTop = prof && {
    functions: prof.functions.filter((f) => f.file.startsWith('src/')).slice(0, 8),
    lines: prof.lines.filter((l) => l.where.startsWith('src/')).slice(0, 8),
  };
  const med = (f) => round(median(runs.map(f)), 2);
  return {
    runs: runs.length,
    importMs: med((r) => r.importMs),
    createMs: med((r) => r.createMs),
    firstAnalyzeMs: med((r) => r.firstAnalyzeMs),
    inProcessMs: med((r) => r.totalMs),
    sinceProcessStartMs: med((r) => r.sinceStartMs),
    wholeProcessMs: med((r) => r.wallMs),
    emptyNodeProcessMs: round(median(empty), 2),
    profile: profileTop,
  };
});

// ---- 2d. retained memory --------------------------------------------------------------
const heap = section('retained memory (node --expose-gc)', () => {
  // The heap after GC is bimodal from run to run (when V8 frees compiled code): three fresh
  // children, the median by module + detector total is reported, and the spread beside it.
  const runs = [];
  for (let k = 0; k < 3; k++) {
    const p = spawnSync(process.execPath, ['--expose-gc', here('./lib/heap-child.mjs'), DIST_URL, corpusFile, String(CFG.heapBigChars)], {
      encoding: 'utf8',
    });
    if (p.status !== 0) throw new Error(p.stderr);
    runs.push(JSON.parse(p.stdout));
  }
  runs.sort((a, b) => a.moduleAndDetector.total - b.moduleAndDetector.total);
  const r = runs[1];
  const mb = (d) => ({
    heapUsedMB: round(d.heapUsed / 1e6, 2),
    arrayBuffersMB: round(d.arrayBuffers / 1e6, 2),
    totalMB: round(d.total / 1e6, 2),
  });
  return {
    module: mb(r.module),
    detector: mb(r.detector),
    moduleAndDetector: mb(r.moduleAndDetector),
    after2000Comments: mb(r.after2000Comments),
    afterBigText: { ...mb(r.afterBigText), chars: r.bigTextChars },
    moduleAndDetectorRangeMB: [round(runs[0].moduleAndDetector.total / 1e6, 2), round(runs[2].moduleAndDetector.total / 1e6, 2)],
  };
});

// ---- 2e. bundle size ------------------------------------------------------------------
const bundle = await section('bundle size', async () => {
  const out = {};
  // What the bytes are: the same bundle rebuilt from src/ with an esbuild metafile (raw bytes per input).
  try {
    out.composition = await bundleComposition();
  } catch (e) {
    out.composition = { error: String(e?.message ?? e) };
  }
  // index.js is the default bundle (the detector and its data); the other entries are separate
  // modules a user imports only if needed (vigie/normalize, vigie/explain, vigie/perspective).
  for (const f of ['index.js', 'index.cjs', 'normalize.js', 'explain.js', 'perspective.js']) {
    const buf = readFileSync(`${cacheDir}dist/${f}`);
    out[f] = {
      rawKB: round(buf.length / 1024, 1),
      gzipKB: round(zlib.gzipSync(buf).length / 1024, 1),
      gzip9KB: round(zlib.gzipSync(buf, { level: 9 }).length / 1024, 1),
    };
  }
  return out;
});

// ---- 2f. worker pool ------------------------------------------------------------------
async function runPool(workers, chunks, rounds) {
  const pool = [];
  for (let k = 0; k < workers; k++) {
    const w = new Worker(here('./lib/worker.mjs'), { workerData: { url: DIST_URL } });
    await new Promise((res, rej) => {
      w.once('message', res);
      w.once('error', rej);
    });
    w.removeAllListeners('error');
    w.on('error', (e) => log(`  worker error: ${e?.stack ?? e}`));
    pool.push(w);
  }
  const pass = () =>
    new Promise((resolve) => {
      let next = 0;
      let done = 0;
      const send = (w) => {
        if (next < chunks.length) {
          w.postMessage({ id: next, texts: chunks[next] });
          next++;
        }
      };
      for (const w of pool) {
        w.removeAllListeners('message');
        w.on('message', (m) => {
          sink ^= m.s;
          done++;
          if (done === chunks.length) resolve();
          else send(w);
        });
        send(w);
        send(w); // two chunks in flight per worker, so no worker waits on the main thread
      }
    });
  // Warm-up: a worker's JIT needs several passes before its speed settles.
  const warmUntil = performance.now() + CFG.poolWarmS * 1000;
  do await pass();
  while (performance.now() < warmUntil);
  const times = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    await pass();
    times.push(performance.now() - t0);
  }
  await Promise.all(pool.map((w) => w.terminate()));
  return times;
}

const workerPool = await section('worker pool (node:worker_threads)', async () => {
  // One pass on one worker should take about poolPassS at the single-thread speed measured above.
  const speed = (Array.isArray(throughput) && throughput.find((r) => r.name === 'vigie analyze()')?.mbPerS) || 20;
  const want = Math.max(CFG.poolMinBytes, speed * 1e6 * CFG.poolPassS);
  let used = 0;
  let bytes = 0;
  while (used < texts.length && bytes < want) bytes += Buffer.byteLength(texts[used++], 'utf8');
  const chunks = [];
  for (let k = 0; k < used; k += 200) chunks.push(texts.slice(k, Math.min(used, k + 200)));
  const all = os.availableParallelism();
  const configs = [...new Set([1, all])];
  const res = [];
  for (const n of configs) {
    const times = await runPool(n, chunks, CFG.poolRounds);
    const ms = median(times);
    res.push({
      workers: n,
      msMedian: round(ms, 1),
      mbPerS: round(bytes / 1e6 / (ms / 1000), 2),
      commentsPerS: Math.round(used / (ms / 1000)),
    });
  }
  const speedup = res.length > 1 ? round(res[1].mbPerS / res[0].mbPerS, 3) : 1;
  return { chunkComments: 200, chunks: chunks.length, comments: used, bytes, configs: res, speedup };
});

// ---- 3. where the time goes: CPU profile of analyze ------------------------------------
const profile = section(`CPU profile of analyze (${CFG.profileS} s, node --cpu-prof)`, () => {
  const dir = `${cacheDir}prof`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const p = spawnSync(
    process.execPath,
    [
      '--cpu-prof',
      `--cpu-prof-dir=${dir}`,
      '--cpu-prof-interval=250',
      here('./lib/profile-child.mjs'),
      pathToFileURL(`${cacheDir}internal.mjs`).href,
      corpusFile,
      String(CFG.profileS),
    ],
    { encoding: 'utf8' },
  );
  if (p.status !== 0) throw new Error(p.stderr);
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  return { ...JSON.parse(p.stdout), file: `benchmarks/.cache/prof/${file}`, ...summarizeProfile(`${dir}/${file}`, 15) };
});

// ---- report ---------------------------------------------------------------------------
const row = (name) => (Array.isArray(throughput) ? throughput.find((r) => r.name === name) : undefined);
const analyze = row('vigie analyze()');
const lexOnly = row('vigie lexicon-only');
const obscenity = row('obscenity getAllMatches');
const synthRows = lexiconScaling.rows ?? [];
const synthLast = synthRows[CFG.synth.length - 1];

// Cost per byte of each stage, by difference of the throughput rows (ns per UTF-8 byte).
const nsPerByte = (r) => (r ? 1000 / r.mbPerS : undefined);
const normOnly = row('vigie normalizeInto only');
const stages = analyze &&
  normOnly &&
  lexOnly && {
    ceiling: round(nsPerByte(row('ceiling: read every UTF-16 unit')), 2),
    normalizeInto: round(nsPerByte(normOnly), 2),
    matchAll: round(nsPerByte(lexOnly) - nsPerByte(normOnly), 2),
    restOfAnalyze: round(nsPerByte(analyze) - nsPerByte(lexOnly), 2),
    analyze: round(nsPerByte(analyze), 2),
  };

const targets = [
  { target: 'analyze() ≥ 100 MB/s', value: analyze?.mbPerS, unit: 'MB/s', ok: analyze && analyze.mbPerS >= 100 },
  {
    target: 'analyze() ≥ 20% of ceiling',
    value: analyze && round(100 * analyze.ofCeiling, 2),
    unit: '%',
    ok: analyze && analyze.ofCeiling >= 0.2,
  },
  {
    target: 'lexicon-only ≥ 40% of ceiling',
    value: lexOnly && round(100 * lexOnly.ofCeiling, 2),
    unit: '%',
    ok: lexOnly && lexOnly.ofCeiling >= 0.4,
  },
  {
    target: 'analyze() ≥ 100× obscenity',
    value: analyze && obscenity && round(analyze.mbPerS / obscenity.mbPerS, 1),
    unit: '×',
    ok: analyze && obscenity && analyze.mbPerS / obscenity.mbPerS >= 100,
  },
  {
    target: `per-char cost ${size(CFG.bigBytes)} text ≤ 1.5× 1 KB texts`,
    value: perChar.ratio,
    unit: '×',
    ok: perChar.ratio !== undefined && perChar.ratio <= 1.5 && perChar.reachedTarget,
    note:
      perChar.reachedTarget === false
        ? `stopped at ${size(perChar.bigBytes)}: the next step was predicted to exceed ${CFG.bigBudgetS} s`
        : undefined,
  },
  {
    target: `${CFG.synth.at(-1) / 1000}k entries ≤ 1.3× slower than 1k`,
    value: synthLast?.slowdownVsFirst,
    unit: '×',
    ok: synthLast && synthLast.slowdownVsFirst <= 1.3,
  },
  { target: 'cold start ≤ 20 ms (import → first analyze)', value: coldStart.inProcessMs, unit: 'ms', ok: coldStart.inProcessMs <= 20 },
  { target: 'bundle ≤ 120 KB gzipped', value: bundle['index.js']?.gzipKB, unit: 'KB', ok: bundle['index.js']?.gzipKB <= 120 },
  { target: 'retained memory ≤ 8 MB', value: heap.moduleAndDetector?.totalMB, unit: 'MB', ok: heap.moduleAndDetector?.totalMB <= 8 },
  { target: `pool ≥ 1.8× on ${os.availableParallelism()} cores`, value: workerPool.speedup, unit: '×', ok: workerPool.speedup >= 1.8 },
].map((t) => ({ ...t, ok: Boolean(t.ok), status: t.value === undefined || t.value === null ? 'n/a' : t.ok ? 'met' : 'missed' }));
if (QUICK) for (const t of targets.slice(4, 6)) t.note = t.note ?? 'quick mode: smaller step';

const results = {
  date: new Date().toISOString(),
  quick: QUICK,
  machine,
  revision,
  config: CFG,
  corpus,
  throughput,
  stages,
  perChar,
  lexiconScaling,
  coldStart,
  heap,
  bundle,
  workerPool,
  profile,
  targets,
  loadAvgAtEnd: os.loadavg().map((x) => round(x, 2)),
  sink,
  elapsedS: round((performance.now() - started) / 1000, 1),
};
mkdirSync(here('./results'), { recursive: true });
const outFile = here(QUICK ? './results/latest-quick.json' : './results/latest.json');
writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);

const out = [];
out.push(`\nvigie benchmark${QUICK ? ' (quick)' : ''} — ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}`);
if (machine.loadAvgAtStart[0] > 0.5 || results.loadAvgAtEnd[0] > 1.5)
  out.push(
    `WARNING: other processes were using the CPU (load average ${machine.loadAvgAtStart[0]} at start, ${results.loadAvgAtEnd[0]} at end): numbers are noisy`,
  );
out.push(
  `revision ${revision.commit}${revision.uncommittedInSrcOrLexicons ? ` + ${revision.uncommittedInSrcOrLexicons} uncommitted files in src/ and lexicons/` : ''}`,
);
out.push(
  `corpus: ${corpus.comments} comments, ${round(corpus.bytes / 1e6, 2)} MB UTF-8, mean ${corpus.meanChars} chars; ${CFG.rounds} interleaved rounds, medians\n`,
);
if (Array.isArray(throughput)) {
  out.push(
    table(
      ['row', 'MB/s', 'min–max', 'comments/s', '% ceiling', 'sample MB'],
      throughput.map((r) => [
        r.name,
        r.mbPerS,
        `${r.mbPerSMin}–${r.mbPerSMax}`,
        r.commentsPerS.toLocaleString('en-US'),
        round(100 * r.ofCeiling, 2),
        round(r.bytes / 1e6, 2),
      ]),
    ),
  );
} else out.push(`throughput: ${throughput.error}`);
if (stages)
  out.push(
    `\ncost per UTF-8 byte: normalizeInto ${stages.normalizeInto} ns + matchAll ${stages.matchAll} ns + rest of analyze (resolve, context, detectors, result objects) ${stages.restOfAnalyze} ns = ${stages.analyze} ns (ceiling ${stages.ceiling} ns)`,
  );
out.push('');
if (perChar.error) out.push(`per-char: ${perChar.error}`);
else
  out.push(
    `per-char cost: ${perChar.nsPerCharSmall} ns/char on ${perChar.smallTexts} texts of ~1 KB, ${perChar.nsPerCharBig} ns/char on one ${size(perChar.bigBytes)} text (${perChar.msBig} ms) → ${perChar.ratio}×; ladder: ${perChar.ladder
      .map((l) => (l.skipped ? `${size(l.bytes)} skipped (predicted ${l.predictedS} s)` : `${size(l.bytes)} ${l.nsPerChar} ns/char`))
      .join(', ')}`,
  );
if (lexiconScaling.error) out.push(`lexicon scaling: ${lexiconScaling.error}`);
else {
  out.push('');
  out.push(
    table(
      ['lexicon-only', 'MB/s', 'slowdown vs 1k', 'trie nodes', 'compile ms'],
      lexiconScaling.rows.map((r, i) => [
        r.name,
        r.mbPerS,
        r.slowdownVsFirst,
        r.detail.replace(/ trie nodes/, ''),
        lexiconScaling.compile[i]?.compileMs,
      ]),
    ),
  );
}
out.push('');
if (coldStart.error) out.push(`cold start: ${coldStart.error}`);
else
  out.push(
    `cold start (median of ${coldStart.runs}): import ${coldStart.importMs} ms + createDetector ${coldStart.createMs} ms + first analyze ${coldStart.firstAnalyzeMs} ms = ${coldStart.inProcessMs} ms in process; ${coldStart.sinceProcessStartMs} ms since process start; whole process ${coldStart.wholeProcessMs} ms (empty node: ${coldStart.emptyNodeProcessMs} ms)`,
  );
if (coldStart.profile?.functions.length)
  out.push(
    `  start-up self time in src/: ${coldStart.profile.functions.map((f) => `${f.function} (${f.file}:${f.line}) ${f.selfMs} ms`).join(', ')}`,
  );
if (heap.error) out.push(`memory: ${heap.error}`);
else
  out.push(
    `retained memory: module ${heap.module.totalMB} MB + detector after 20 comments ${heap.detector.totalMB} MB = ${heap.moduleAndDetector.totalMB} MB, median of 3 (range ${heap.moduleAndDetectorRangeMB?.join('–')}; heap ${heap.moduleAndDetector.heapUsedMB} + array buffers ${heap.moduleAndDetector.arrayBuffersMB}); after 2000 comments ${heap.after2000Comments.totalMB} MB; after one ${round(heap.afterBigText.chars / 1e3, 0)}k-char text ${heap.afterBigText.totalMB} MB`,
  );
if (!bundle.error)
  out.push(
    `bundle: dist/index.js ${bundle['index.js'].rawKB} KB raw, ${bundle['index.js'].gzipKB} KB gzip (-9: ${bundle['index.js'].gzip9KB} KB); other entries (gzip): vigie/normalize ${bundle['normalize.js']?.gzipKB} KB, vigie/explain ${bundle['explain.js']?.gzipKB} KB, vigie/perspective ${bundle['perspective.js']?.gzipKB} KB`,
  );
if (Array.isArray(bundle.composition))
  out.push(`  largest inputs (raw): ${bundle.composition.map((c) => `${c.input} ${c.rawKB} KB`).join(', ')}`);
if (workerPool.error) out.push(`worker pool: ${workerPool.error}`);
else
  out.push(
    `worker pool: ${workerPool.configs.map((c) => `${c.workers} worker${c.workers > 1 ? 's' : ''} ${c.mbPerS} MB/s`).join(', ')} → ${workerPool.speedup}×`,
  );
out.push('');
if (profile.error) out.push(`profile: ${profile.error}`);
else {
  out.push(`where the time goes (analyze, ${profile.passes} passes, ${profile.samples} samples; self time):`);
  out.push(
    table(
      ['function', 'at', 'self %'],
      profile.functions.slice(0, 12).map((f) => [f.function, f.file ? `${f.file}:${f.line}` : '', f.selfPct]),
    ),
  );
  out.push('');
  out.push(
    table(
      ['hottest lines', 'self %', 'function', 'code (as built)'],
      profile.lines.slice(0, 12).map((l) => [l.where, l.selfPct, l.function, (l.code ?? '').slice(0, 90)]),
    ),
  );
}
out.push('');
out.push(
  table(
    ['target', 'value', 'status'],
    targets.map((t) => [
      t.target,
      t.value === undefined || t.value === null ? '—' : `${t.value} ${t.unit}`,
      t.status + (t.note ? ` (${t.note})` : ''),
    ]),
  ),
);
out.push(`\nwritten to ${outFile.replace(here('..'), '')} in ${results.elapsedS} s`);
process.stdout.write(`${out.join('\n')}\n`);
