// Reads a V8 .cpuprofile (node --cpu-prof) and reports self time by function and by source
// line, mapped back to src/ through the bundle's source map.
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

function loadMap(url) {
  if (!url.startsWith('file://')) return null;
  const file = fileURLToPath(url);
  try {
    const payload = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
    const lines = readFileSync(file, 'utf8').split('\n');
    // The source text as it was built (others may have edited src/ since): for quoting hot lines.
    const sources = new Map();
    payload.sources.forEach((src, k) => {
      if (payload.sourcesContent?.[k]) sources.set(rel(src), payload.sourcesContent[k].split('\n'));
    });
    return { map: new SourceMap(payload), lines, sources };
  } catch {
    return null;
  }
}

function rel(source) {
  let s = source.replace(/^file:\/\//, '');
  const k = s.indexOf('/src/');
  if (k >= 0) s = s.slice(k + 1);
  else if (s.startsWith(root)) s = s.slice(root.length);
  return s.replace(/^(\.\.\/)+/, '');
}

/**
 * @param {string} file path of the .cpuprofile
 * @returns {{ totalMs: number, functions: object[], lines: object[], files: object[] }}
 */
export function summarizeProfile(file, top = 15) {
  const prof = JSON.parse(readFileSync(file, 'utf8'));
  const totalUs = prof.endTime - prof.startTime;
  const samples = prof.samples.length;
  const usPerTick = totalUs / Math.max(1, samples);
  const maps = new Map();
  const mapOf = (url) => {
    if (!maps.has(url)) maps.set(url, loadMap(url));
    return maps.get(url);
  };
  const where = (url, line0, col0) => {
    const m = mapOf(url);
    if (m) {
      const e = m.map.findEntry(line0, col0);
      if (e?.originalSource) return { file: rel(e.originalSource), line: e.originalLine + 1 };
    }
    if (!url) return { file: '(native)', line: 0 };
    return { file: rel(url), line: line0 + 1 };
  };
  const byFn = new Map();
  const byLine = new Map();
  const byFile = new Map();
  const add = (map, key, ticks, extra) => {
    const v = map.get(key) ?? { ...extra, ticks: 0 };
    v.ticks += ticks;
    map.set(key, v);
  };
  for (const node of prof.nodes) {
    const ticks = node.hitCount ?? 0;
    if (ticks === 0) continue;
    const cf = node.callFrame;
    const name = cf.functionName || (cf.url ? '(anonymous)' : '(program)');
    const loc = cf.url ? where(cf.url, cf.lineNumber, cf.columnNumber) : { file: '', line: 0 };
    const fnKey = `${name} ${loc.file}:${loc.line}`;
    add(byFn, fnKey, ticks, { function: name, file: loc.file, line: loc.line });
    add(byFile, loc.file || name, ticks, { file: loc.file || name });
    // Line-level ticks (positionTicks, 1-based generated lines) mapped through the source map.
    const m = cf.url ? mapOf(cf.url) : null;
    let attributed = 0;
    for (const pt of node.positionTicks ?? []) {
      let l = { file: rel(cf.url), line: pt.line };
      if (m) {
        const text = m.lines[pt.line - 1] ?? '';
        const col = Math.max(0, text.search(/\S/));
        const e = m.map.findEntry(pt.line - 1, col);
        if (e?.originalSource) l = { file: rel(e.originalSource), line: e.originalLine + 1 };
      }
      add(byLine, `${l.file}:${l.line}`, pt.ticks, { where: `${l.file}:${l.line}`, function: name });
      attributed += pt.ticks;
    }
    if (attributed < ticks && cf.url)
      add(byLine, `${loc.file}:${loc.line} (rest of ${name})`, ticks - attributed, {
        where: `${loc.file}:${loc.line}`,
        function: `${name} (unattributed)`,
      });
  }
  const codeAt = (where) => {
    const k = where.lastIndexOf(':');
    const file = where.slice(0, k);
    for (const m of maps.values()) {
      const text = m?.sources.get(file);
      if (text) return (text[Number(where.slice(k + 1)) - 1] ?? '').trim().slice(0, 160);
    }
    return undefined;
  };
  for (const v of byLine.values()) v.code = codeAt(v.where);
  const ms = (t) => Math.round(t * usPerTick) / 1000;
  const pct = (t) => Math.round((1000 * t) / samples) / 10;
  const rank = (map, n) =>
    [...map.values()]
      .sort((a, b) => b.ticks - a.ticks)
      .slice(0, n)
      .map((v) => ({ ...v, selfMs: ms(v.ticks), selfPct: pct(v.ticks) }));
  return { totalMs: Math.round(totalUs / 1000), samples, functions: rank(byFn, top), lines: rank(byLine, top), files: rank(byFile, top) };
}
