// vigie's internal entry points (the lexicon-only pass, the lexicon compiler) are not part of
// the public API, so the benchmark bundles them itself from src/ with esbuild into
// benchmarks/.cache/internal.mjs (with a source map, for profiles: the CPU profile runs the
// public createDetector from this unminified bundle, whose lines map back to src/, since a
// profile of the minified dist/ reports lines of a one-line file).
import { mkdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const cacheDir = fileURLToPath(new URL('../.cache/', import.meta.url));

const ENTRY = `
export { normalizeInto, NormalizedText } from './src/normalize/pipeline.js';
export { matchAll } from './src/match/walk.js';
export { HitBuffer } from './src/match/hits.js';
export { defaultLexicon } from './src/lexicon/default.js';
export { buildLexicon } from './src/lexicon/build.js';
export { parseLexicon } from './src/lexicon/parse.js';
export { createDetector } from './src/index.js';
`;

/** Bundles and imports the internal modules. */
export async function loadInternal() {
  mkdirSync(cacheDir, { recursive: true });
  const outfile = `${cacheDir}internal.mjs`;
  const opts = {
    stdin: { contents: ENTRY, resolveDir: root, sourcefile: 'bench-internal.ts', loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile,
    sourcemap: true,
    logLevel: 'silent',
  };
  // src/ may be caught mid-edit by a concurrent change: try again a few times before giving up.
  for (let attempt = 1; ; attempt++) {
    try {
      await build(opts);
      break;
    } catch (e) {
      if (attempt === 3) throw e;
      await new Promise((r) => setTimeout(r, 3000));
    }
  }
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}

/**
 * A lexicon-only row: normalizeInto + matchAll on a reused NormalizedText and HitBuffer, the
 * hot path of analyze() without hit resolution, context rules, detectors or result objects.
 */
export function lexiconRow(m, lex, name, detail) {
  const norm = new m.NormalizedText();
  const hits = new m.HitBuffer();
  const { automaton } = lex;
  const bound = lex.entries.bound;
  return {
    name,
    detail,
    run(texts) {
      let s = 0;
      for (let k = 0; k < texts.length; k++) {
        m.normalizeInto(texts[k], norm);
        m.matchAll(automaton, bound, norm, hits);
        s += hits.n;
      }
      return s;
    },
  };
}

/** normalizeInto alone (the first half of the lexicon-only pass), to split its cost. */
export function normalizeRow(m, name, detail) {
  const norm = new m.NormalizedText();
  return {
    name,
    detail,
    run(texts) {
      let s = 0;
      for (let k = 0; k < texts.length; k++) s += m.normalizeInto(texts[k], norm).length;
      return s;
    },
  };
}

/** Minified bytes per source file in the public bundle (src/index.ts, as tsup builds it: neutral platform, minified, fastest-levenshtein bundled). */
export async function bundleComposition(top = 6) {
  const r = await build({
    entryPoints: [`${root}src/index.ts`],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    // A neutral build reads no package.json field by default: name the ones npm packages use.
    mainFields: ['module', 'main'],
    target: 'es2022',
    minify: true,
    write: false,
    metafile: true,
    outfile: `${cacheDir}composition.js`,
    logLevel: 'silent',
  });
  const out = Object.values(r.metafile.outputs)[0];
  return Object.entries(out.inputs)
    .map(([input, v]) => ({ input, rawKB: Math.round(v.bytesInOutput / 102.4) / 10 }))
    .sort((a, b) => b.rawKB - a.rawKB)
    .slice(0, top);
}
