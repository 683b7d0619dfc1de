import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The standalone normalizers are an entry of their own (vigie/normalize): the detector does
    // not use them (it runs one fused loop), so its bundle does not carry them; so are the
    // wording of findings (vigie/explain) and the Perspective API drop-in (vigie/perspective),
    // which read analyses. No shared chunks: each entry stays one self-contained module a
    // browser can import as is.
    entry: {
      index: 'src/index.ts',
      normalize: 'src/normalize/index.ts',
      explain: 'src/explain.ts',
      perspective: 'src/perspective/index.ts',
    },
    splitting: false,
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    treeshake: true,
    target: 'es2022',
    platform: 'neutral',
    // Minified with source maps: the bundle budget is 120 KB gzipped, data included. Terser
    // gives 0.5 KB less than esbuild's minifier on this code (gzipped), for 10 s more build;
    // pure_getters holds (the two getters, EntryTable.size and a node count, only read).
    minify: 'terser',
    terserOptions: { module: true, ecma: 2020, compress: { pure_getters: true } },
  },
  {
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
