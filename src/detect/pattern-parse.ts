import { VigieError } from '../errors.js';
import { foldTerm } from '../lexicon/fold-term.js';
import { codeChar } from '../normalize/classes.js';
import { SEVERITIES, type Severity, TARGET_GROUPS, type TargetGroup, THREAT_KINDS, type ThreatKind } from '../types.js';
import { type Conjugation, conjugate, MOODS, type Mood } from './conjugate.js';
import type { Word } from './patterns.js';

/**
 * Pattern files (lexicons/fr/patterns/*.txt, format in lexicons/fr/patterns/README.md):
 * token classes, verb classes conjugated here, and patterns: sequences of elements over the
 * tokens of a text. This module parses and validates them into {@link PatternSet}.
 * @internal
 */

/** Span classes: ranges of tokens found by the lexicon pass rather than by token strings. */
export const SPAN_CLASSES = ['GROUP', 'INSULT', 'PROFANITY', 'TOXIC'] as const;
export type SpanClass = (typeof SPAN_CLASSES)[number];

/** One alternative of an element: a literal token sequence, a class, or a span class. */
export interface Alt {
  seq?: string[];
  /** The words of `seq` in the detectors' vocabulary, filled by compilePatterns. */
  words?: Word[];
  cls?: number;
  span?: SpanClass;
  /** `$` inside an alternation: matches nothing, at the end of a clause. */
  eol?: true;
}

/** A pattern element. `m`: match one alternative; `gap`: 0..max tokens; `bol`/`eol`: clause start/end; `not`: no alternative matches here. */
export interface Elem {
  type: 'm' | 'gap' | 'bol' | 'eol' | 'not';
  alts: Alt[];
  opt: boolean;
  max: number;
}

/** What a pattern produces (see lexicons/fr/patterns/README.md). */
const PATTERN_OUTS = ['threat', 'target', 'insult', 'insult_phrase', 'sexual', 'body_shaming', 'self_harm'] as const;
export type PatternOut = (typeof PATTERN_OUTS)[number];
/** Severity of a pattern without `sev=` or `kind=`, by output: incitement to self-harm is critical (SPEC), a put-down medium. */
const OUT_SEV: Partial<Record<PatternOut, Exclude<Severity, 'none'>>> = { self_harm: 'critical', insult_phrase: 'medium' };

export interface Pattern {
  /** Rule id: `<file>/<id>`. */
  id: string;
  /** Index of its file. */
  file: number;
  out: PatternOut;
  kind?: ThreatKind;
  severity: Exclude<Severity, 'none'>;
  /** A negation inside the match does not set it aside (the pattern is negative by itself). */
  negOk: boolean;
  /** For `out=target`: the group attacked when the text names none (« la Shoah n'a jamais existé »). */
  group?: TargetGroup;
  elems: Elem[];
  /** Most tokens a match can span. */
  maxLen: number;
  line: number;
}

/** A token class: single-token members and multi-token members (by first token). */
export interface TokenClass {
  name: string;
  single: Set<string>;
  multi: Map<string, string[][]>;
}

export interface PatternSet {
  classes: TokenClass[];
  classIndex: Map<string, number>;
  patterns: Pattern[];
  files: string[];
}

const DEFAULT_SEV: Record<ThreatKind, Exclude<Severity, 'none'>> = {
  death: 'critical',
  sexual: 'critical',
  self_harm: 'critical',
  violence: 'high',
  doxxing: 'high',
};

/** Folds a written member or literal (« qu'il », « ta mère ») into its token strings. */
export function foldTokens(s: string): string[] | null {
  // Fast path: conjugated forms and most members are folded already.
  if (/^[a-z]+( [a-z]+)*$/.test(s)) return s.split(' ');
  const codes = foldTerm(s);
  if (codes === null) return null;
  const out: string[] = [''];
  for (const c of codes) {
    if (c === 0) out.push('');
    else out[out.length - 1] += codeChar(c);
  }
  return out;
}

function stripComment(s: string): string {
  const k = s.search(/\s#|^#/);
  return (k < 0 ? s : s.slice(0, k)).trim();
}

/** Source texts by file name → parsed, validated pattern set. */
export function parsePatternFiles(files: Readonly<Record<string, string>>): PatternSet {
  const set: PatternSet = { classes: [], classIndex: new Map(), patterns: [], files: [] };
  type Meta = { id: string; out: PatternOut; kind?: ThreatKind; severity?: Exclude<Severity, 'none'>; negOk: boolean; group?: TargetGroup };
  // Pattern lines, compiled in pass 2 once every class is known.
  const pending: { file: number; name: string; line: number; body: string; meta: Meta }[] = [];
  const seenIds = new Set<string>();
  const classOf = (name: string): TokenClass => {
    let k = set.classIndex.get(name);
    if (k === undefined) {
      k = set.classes.length;
      set.classes.push({ name, single: new Set(), multi: new Map() });
      set.classIndex.set(name, k);
    }
    return set.classes[k]!;
  };
  // One string per distinct token: the same forms recur across moods, classes and sequences.
  const interned = new Map<string, string>();
  const intern = (t: string): string => {
    const x = interned.get(t);
    if (x !== undefined) return x;
    interned.set(t, t);
    return t;
  };
  // Multi-token members already in each class, by their words joined: a verb's moods repeat forms.
  const multiSeen = new Map<TokenClass, Set<string>>();
  const addMember = (c: TokenClass, toks0: string[]) => {
    const toks = toks0.map(intern);
    if (toks.length === 1) c.single.add(toks[0]!);
    else {
      const key = toks.join(' ');
      let seen = multiSeen.get(c);
      if (!seen) {
        seen = new Set();
        multiSeen.set(c, seen);
      }
      if (seen.has(key)) return;
      seen.add(key);
      const list = c.multi.get(toks[0]!);
      if (list) list.push(toks);
      else c.multi.set(toks[0]!, [toks]);
    }
  };
  const names = Object.keys(files).sort();
  // Verb classes (all moods together): kept only if a pattern names one without a mood.
  const verbs = new Set<TokenClass>();
  // Pass 1: classes, verbs, pattern headers (elements are compiled once every class is known).
  for (const name of names) {
    const file = set.files.length;
    const base = name.replace(/\.txt$/, '').replace(/^.*\//, '');
    set.files.push(base);
    let mode: 'none' | 'class' | 'verb' | 'pattern' = 'none';
    let current: TokenClass | undefined;
    let pat: Meta | undefined;
    const lines = files[name]!.split(/\r?\n/);
    for (let k = 0; k < lines.length; k++) {
      const line = k + 1;
      const body = stripComment(lines[k]!);
      if (body === '') continue;
      const fail = (why: string): never => {
        throw new VigieError(why, name, line);
      };
      // Directives are lowercase; a pattern line may start with a span class (@GROUP).
      if (/^@[a-z]/.test(body)) {
        const [dir, ...args] = body.split(/\s+/);
        if (dir === '@class' || dir === '@verb') {
          if (args.length !== 1 || !/^[A-Z][A-Z0-9_]*$/.test(args[0]!)) fail(`${dir} needs one UPPER_CASE name`);
          mode = dir === '@class' ? 'class' : 'verb';
          current = classOf(args[0]!);
          if (mode === 'verb') {
            verbs.add(current);
            for (const m of MOODS) classOf(`${args[0]}.${m}`);
          }
        } else if (dir === '@pattern') {
          const id = args[0];
          if (!id || !/^[a-z0-9][a-z0-9_.-]*$/.test(id)) fail('@pattern needs an id (lowercase letters, digits, . _ -)');
          pat = { id: `${base}/${id}`, out: 'threat', negOk: false };
          for (const a of args.slice(1)) {
            const [key, v] = a.split('=');
            if (key === 'kind') {
              if (!THREAT_KINDS.includes(v as ThreatKind)) fail(`unknown threat kind "${v}"`);
              pat.kind = v as ThreatKind;
            } else if (key === 'sev') {
              if (!SEVERITIES.slice(1).includes(v as Severity)) fail(`unknown severity "${v}"`);
              pat.severity = v as Exclude<Severity, 'none'>;
            } else if (key === 'out') {
              if (!PATTERN_OUTS.includes(v as PatternOut)) fail(`unknown output "${v}" (${PATTERN_OUTS.join(', ')})`);
              pat.out = v as PatternOut;
            } else if (key === 'target') {
              if (!TARGET_GROUPS.includes(v as TargetGroup)) fail(`unknown target group "${v}"`);
              pat.group = v as TargetGroup;
            } else if (key === 'neg' && v === 'ok') pat.negOk = true;
            else fail(`unknown pattern field "${a}" (kind=, sev=, out=, target=, neg=ok)`);
          }
          if (pat.out === 'threat' && !pat.kind) fail('a threat pattern needs kind=');
          if (pat.group && pat.out !== 'target') fail('target= goes with out=target');
          if (seenIds.has(pat.id)) fail(`duplicate pattern id "${id}"`);
          seenIds.add(pat.id);
          mode = 'pattern';
        } else fail(`unknown directive "${dir}" (expected @class, @verb, @pattern)`);
        continue;
      }
      if (mode === 'class') {
        for (const m of body.split(',')) {
          const w = m.trim();
          if (w === '') continue;
          const toks = foldTokens(w) ?? fail(`class member "${w}" has no letter`);
          addMember(current!, toks);
        }
      } else if (mode === 'verb') {
        const bar = body.indexOf('|');
        const lemma = (bar < 0 ? body : body.slice(0, bar)).trim();
        const irr: Partial<Conjugation> = {};
        let only = false;
        if (bar >= 0) {
          for (const f of body
            .slice(bar + 1)
            .trim()
            .split(/\s+/)) {
            if (f === 'only') {
              only = true;
              continue;
            }
            const [m, v] = f.split('=');
            if (!MOODS.includes(m as Mood) || !v) fail(`bad verb field "${f}" (only, ${MOODS.map((x) => `${x}=a,b`).join(', ')})`);
            irr[m as Mood] = v!.split(',').map((x) => x.replace(/_/g, ' '));
          }
        }
        const conj = conjugate(lemma, irr, only);
        for (const m of MOODS) {
          for (const form of conj[m]) {
            const toks = foldTokens(form) ?? fail(`verb form "${form}" has no letter`);
            addMember(current!, toks);
            addMember(classOf(`${current!.name}.${m}`), toks);
          }
        }
      } else if (mode === 'pattern') {
        pending.push({ file, name, line, body, meta: pat! });
      } else fail('line outside any @class, @verb or @pattern block');
    }
  }
  // Pass 2: pattern elements.
  for (const item of pending) {
    const fail = (why: string): never => {
      throw new VigieError(why, item.name, item.line);
    };
    const { meta } = item;
    const elems = item.body.split(/\s+/).map((w) => parseElem(w, set, fail));
    if (!elems.some((e) => e.type === 'm' && !e.opt)) fail('a pattern needs at least one required element');
    const firstReal = elems.find((e) => e.type !== 'bol');
    if (firstReal?.type === 'gap') fail('a pattern cannot start with a gap');
    let maxLen = 0;
    for (const e of elems) {
      if (e.type === 'gap') maxLen += e.max;
      else if (e.type === 'm') maxLen += Math.max(...e.alts.map((a) => altMaxLen(a, set)));
    }
    if (maxLen > 60) fail('pattern too long (at most 60 tokens)');
    const severity = meta.severity ?? (meta.kind ? DEFAULT_SEV[meta.kind] : (OUT_SEV[meta.out] ?? 'high'));
    const p: Pattern = { id: meta.id, file: item.file, out: meta.out, severity, negOk: meta.negOk, elems, maxLen, line: item.line };
    if (meta.kind) p.kind = meta.kind;
    if (meta.group) p.group = meta.group;
    set.patterns.push(p);
  }
  // The union of a verb's moods is several thousand forms that only a pattern naming the bare
  // verb reads: unused, it is dropped (its forms stay in the mood classes).
  const used = usedClasses(set);
  for (const c of verbs) {
    if (used.has(set.classIndex.get(c.name)!)) continue;
    c.single = new Set();
    c.multi = new Map();
  }
  return set;
}

/** Indexes of the classes some pattern element names. @internal */
export function usedClasses(set: PatternSet): Set<number> {
  const used = new Set<number>();
  for (const p of set.patterns) for (const e of p.elems) for (const a of e.alts) if (a.cls !== undefined) used.add(a.cls);
  return used;
}

/** Longest member of each class, in tokens (classes are complete when patterns are read). */
const classMaxLen = new WeakMap<TokenClass, number>();

function altMaxLen(a: Alt, set: PatternSet): number {
  if (a.eol) return 0;
  if (a.seq) return a.seq.length;
  if (a.span) return 8;
  const c = set.classes[a.cls!]!;
  let m = classMaxLen.get(c);
  if (m === undefined) {
    m = c.single.size > 0 ? 1 : 0;
    for (const l of c.multi.values()) for (const s of l) m = Math.max(m, s.length);
    classMaxLen.set(c, m);
  }
  return m;
}

function parseElem(w: string, set: PatternSet, fail: (why: string) => never): Elem {
  // ^ and , both ask for a break before the next token (start of a clause).
  if (w === '^' || w === ',') return { type: 'bol', alts: [], opt: false, max: 0 };
  if (w === '$') return { type: 'eol', alts: [], opt: false, max: 0 };
  const gap = /^~(\d)$/.exec(w);
  if (gap) return { type: 'gap', alts: [], opt: false, max: Number(gap[1]) };
  let type: Elem['type'] = 'm';
  let body = w;
  if (body.startsWith('!')) {
    type = 'not';
    body = body.slice(1);
  }
  let opt = false;
  if (body.endsWith('?')) {
    opt = true;
    body = body.slice(0, -1);
  }
  if (type === 'not' && opt) fail(`"${w}": a negative element cannot be optional`);
  const alts: Alt[] = [];
  for (const a of body.split('|')) {
    if (a === '') fail(`empty alternative in "${w}"`);
    if (a === '$') alts.push({ eol: true });
    else if (a.startsWith('@')) {
      if (!SPAN_CLASSES.includes(a.slice(1) as SpanClass))
        fail(`unknown span class "${a}" (expected ${SPAN_CLASSES.map((s) => `@${s}`).join(', ')})`);
      alts.push({ span: a.slice(1) as SpanClass });
    } else if (/^[A-Z]/.test(a)) {
      const c = set.classIndex.get(a);
      if (c === undefined) fail(`unknown class "${a}"`);
      alts.push({ cls: c });
    } else {
      const toks = foldTokens(a.replace(/_/g, ' '));
      if (!toks) fail(`literal "${a}" has no letter`);
      alts.push({ seq: toks! });
    }
  }
  return { type, alts, opt, max: 0 };
}
