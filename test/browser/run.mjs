#!/usr/bin/env node
// Real-browser test of the browser build (npm run test:browser, after npm run build).
//
// Serves the repository over a tiny static server on 127.0.0.1 (random port), opens
// test/browser/index.html in Debian's Chromium (playwright-core, never a downloaded browser),
// which imports /dist/index.js as a plain ES module and runs test/browser/checks.mjs. The same
// checks run here in Node on the same build, and the JSON of analyze() on sentences.json must be
// byte-identical on both sides. Exits non-zero with a readable message on any failure.
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const ENTRY = join(ROOT, 'dist', 'index.js');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TIMEOUT_MS = 60_000;

function die(message) {
  console.error(`test:browser: FAIL: ${message}`);
  process.exit(1);
}

if (!existsSync(ENTRY)) die(`${ENTRY} is missing: run \`npm run build\` first.`);
if (!existsSync(CHROMIUM)) die(`no Chromium at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`);

let chromium;
try {
  ({ chromium } = await import('playwright-core'));
} catch (e) {
  die(`cannot load playwright-core (run \`npm ci\`): ${e.message}`);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

const server = createServer(async (req, res) => {
  try {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const file = resolve(ROOT, `.${path}`);
    if (file !== ROOT && !file.startsWith(ROOT + sep)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
});
await new Promise((ok, ko) => {
  server.once('error', ko);
  server.listen(0, '127.0.0.1', ok);
});
const { port } = server.address();
const origin = `http://127.0.0.1:${port}`;

const failures = [];
let browser;
try {
  // Node side: the same checks on the same build and sentences.
  const sentences = JSON.parse(readFileSync(join(ROOT, 'test', 'browser', 'sentences.json'), 'utf8'));
  const { runChecks } = await import(pathToFileURL(join(ROOT, 'test', 'browser', 'checks.mjs')).href);
  const vigie = await import(pathToFileURL(ENTRY).href);
  const normalizers = await import(pathToFileURL(join(ROOT, 'dist', 'normalize.js')).href);
  const explainer = await import(pathToFileURL(join(ROOT, 'dist', 'explain.js')).href);
  const perspective = await import(pathToFileURL(join(ROOT, 'dist', 'perspective.js')).href);
  const node = runChecks({ vigie, normalizers, explainer, perspective }, sentences);
  for (const f of node.failures) failures.push(`[node] ${f}`);

  // Browser side.
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
  });
  const page = await browser.newPage();
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(`console error: ${m.text()}`);
  });
  page.on('requestfailed', (r) => pageErrors.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
  page.on('response', (r) => {
    if (r.status() >= 400) pageErrors.push(`HTTP ${r.status()} for ${r.url()}`);
  });
  await page.goto(`${origin}/test/browser/index.html`);
  let result;
  try {
    await page.waitForFunction(() => window.__VIGIE_RESULT__ !== undefined, null, { timeout: TIMEOUT_MS });
    result = await page.evaluate(() => window.__VIGIE_RESULT__);
  } catch (e) {
    failures.push(`[chromium] the page never finished (${e.message.split('\n')[0]})`);
  }
  for (const e of pageErrors) failures.push(`[chromium] ${e}`);
  if (result) {
    if (result.error) failures.push(`[chromium] the page threw: ${result.error}`);
    for (const f of result.failures) failures.push(`[chromium] ${f}`);
    const version = browser.version();
    if (!result.error && result.analyses !== node.analyses) {
      const a = JSON.parse(node.analyses || '[]');
      const b = JSON.parse(result.analyses || '[]');
      const i = sentences.findIndex((_, k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
      failures.push(
        `analyze() differs between Node ${process.version} and Chromium ${version} on sentence ${i} ${JSON.stringify(sentences[i])}:\n` +
          `  node:     ${JSON.stringify(a[i])}\n  chromium: ${JSON.stringify(b[i])}`,
      );
    } else if (!result.error) {
      console.log(`test:browser: ${sentences.length} analyses byte-identical in Node ${process.version} and Chromium ${version}`);
    }
  }
} catch (e) {
  failures.push(`unexpected error: ${e?.stack ?? e}`);
} finally {
  await browser?.close().catch(() => {});
  server.close();
}

if (failures.length) {
  console.error(`test:browser: FAIL (${failures.length} problem${failures.length > 1 ? 's' : ''}):`);
  for (const f of failures) console.error(`  - ${f}`);
  process.exit(1);
}
console.log('test:browser: ok');
