// Validates lexicons/fr/patterns/*.txt (token classes, verb classes, patterns: see
// lexicons/fr/patterns/README.md) and writes them, without comments, to
// src/generated/patterns.ts, parsed once at run time on first use. Run by `npm run generate`.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldTokens, parsePatternFiles } from '../src/detect/pattern-parse.js';

const root = join(import.meta.dirname, '..');
const dir = join(root, 'lexicons', 'fr', 'patterns');

/** Every pattern file, by name. */
export function readPatternFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith('.txt'))
    .sort())
    files[f] = readFileSync(join(dir, f), 'utf8');
  return files;
}

/** The folded spelling of a member or literal, when it stays a plain one (else the text as written). */
function folded(text: string, sep: string): string {
  const toks = foldTokens(text.replace(/_/g, ' '));
  const f = toks?.join(sep);
  return f !== undefined && /^[a-z0-9]+([ _][a-z0-9]+)*$/.test(f) ? f : text;
}

/** Classes the code reads by name (scope.ts, patterns.ts): they keep theirs. */
const NAMED_IN_CODE = new Set(['FRAME_WEAK', 'KILL', 'HURT', 'CRUSH', 'RAPE', 'DIE', 'OF_GROUP']);

/**
 * Short names for the classes (A, B, … Z, A0 … Z9, AA …) in the shipped text: they are
 * internal, written hundreds of times, and their long names cost several kilobytes.
 */
function shortNames(files: Record<string, string>): Map<string, string> {
  const declared: string[] = [];
  for (const text of Object.values(files))
    for (const m of text.matchAll(/^@(?:class|verb)\s+([A-Z][A-Z0-9_]*)/gm)) if (!NAMED_IN_CODE.has(m[1]!)) declared.push(m[1]!);
  const names = new Map<string, string>();
  const taken = new Set(NAMED_IN_CODE);
  let k = 0;
  const next = (): string => {
    for (;;) {
      const n = k++;
      const name = n < 26 ? String.fromCharCode(65 + n) : `${String.fromCharCode(65 + ((n - 26) % 26))}${Math.floor((n - 26) / 26)}`;
      if (!taken.has(name)) return name;
    }
  };
  for (const d of declared) {
    const n = next();
    taken.add(n);
    names.set(d, n);
  }
  return names;
}

/** A class reference (« KILL.inf », « SUBJ1 ») under its shipped name. */
function renamed(ref: string, names: ReadonlyMap<string, string>): string {
  const dot = ref.indexOf('.');
  const base = dot < 0 ? ref : ref.slice(0, dot);
  return (names.get(base) ?? base) + (dot < 0 ? '' : ref.slice(dot));
}

/** A pattern element with its literal alternatives folded and duplicates (« contrôlent », « controlent ») dropped. */
function compactElem(w: string, names: ReadonlyMap<string, string>): string {
  if (w === '^' || w === ',' || w === '$' || /^~\d$/.test(w)) return w;
  const neg = w.startsWith('!') ? '!' : '';
  const opt = w.endsWith('?') && w.length > 1 ? '?' : '';
  const body = w.slice(neg.length, w.length - opt.length);
  const seen = new Set<string>();
  const alts: string[] = [];
  for (const a of body.split('|')) {
    const f = a === '$' || a.startsWith('@') ? a : /^[A-Z]/.test(a) ? renamed(a, names) : folded(a, '_');
    if (!seen.has(f)) {
      seen.add(f);
      alts.push(f);
    }
  }
  return `${neg}${alts.join('|')}${opt}`;
}

/**
 * A file as it ships: no comments or blank lines, class members and literals in their folded
 * spelling (what the parser reads anyway, and its fast path), each once. Verb lines stay as
 * written: conjugation reads the accents.
 */
function strip(text: string, names: ReadonlyMap<string, string>): string {
  let mode = '';
  const out: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const k = raw.search(/\s#|^#/);
    const l = (k < 0 ? raw : raw.slice(0, k)).trim();
    if (l === '') continue;
    if (/^@[a-z]/.test(l)) {
      const [dir, ...args] = l.split(/\s+/);
      mode = dir!;
      out.push(mode === '@class' || mode === '@verb' ? `${mode} ${renamed(args[0]!, names)}` : l);
    } else if (mode === '@class') {
      const seen = new Set<string>();
      const members: string[] = [];
      for (const m of l.split(',')) {
        const t = m.trim();
        if (t === '') continue;
        const f = folded(t, ' ');
        if (!seen.has(f)) {
          seen.add(f);
          members.push(f);
        }
      }
      // Comma alone: the parser trims members, and the space would cost bytes in every line.
      out.push(members.join(','));
    } else if (mode === '@pattern')
      out.push(
        l
          .split(/\s+/)
          .map((w) => compactElem(w, names))
          .join(' '),
      );
    else out.push(l);
  }
  return out.join('\n');
}

/** A parsed set as comparable data: what the compaction must not change (class names read through `name`). */
function fingerprint(set: ReturnType<typeof parsePatternFiles>, name: (n: string) => string = (n) => n): string {
  return JSON.stringify({
    classes: set.classes.map((c) => [
      name(c.name),
      [...c.single].sort(),
      [...c.multi.entries()].map(([k, v]) => [k, v.map((x) => x.join(' ')).sort()]).sort(),
    ]),
    patterns: set.patterns.map((p) => ({
      ...p,
      elems: p.elems.map((e) => ({ ...e, alts: [...new Set(e.alts.map((a) => JSON.stringify(a)))].sort() })),
      line: 0,
    })),
  });
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const files = readPatternFiles();
  const set = parsePatternFiles(files);
  const names = shortNames(files);
  const shipped = Object.fromEntries(Object.entries(files).map(([f, t]) => [f, strip(t, names)]));
  // What ships parses to the same classes (under their short names) and patterns.
  if (fingerprint(parsePatternFiles(shipped)) !== fingerprint(set, (n) => renamed(n, names)))
    throw new Error('build-patterns: the compacted files parse differently');
  const out = `// Generated by scripts/build-patterns.ts from lexicons/fr/patterns. Do not edit by hand.
/** Pattern files without comments, by file name (format: lexicons/fr/patterns/README.md). */
export const PATTERN_FILES: Readonly<Record<string, string>> = ${JSON.stringify(shipped, null, 1)};
`;
  writeFileSync(join(root, 'src', 'generated', 'patterns.ts'), out);
  let forms = 0;
  for (const c of set.classes) forms += c.single.size + [...c.multi.values()].reduce((a, l) => a + l.length, 0);
  console.log(`patterns: ${set.patterns.length} patterns, ${set.classes.length} classes (${forms} members), ${out.length} bytes`);
}
