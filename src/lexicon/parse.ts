import { VigieError } from '../errors.js';
import {
  type Category,
  SEVERITIES,
  type Severity,
  TARGET_GROUPS,
  type TargetGroup,
  THREAT_KINDS,
  type ThreatKind,
  TOPICS,
  type TopicId,
} from '../types.js';
import { INFLECTIONS, type Inflection, inflect } from './inflect.js';
import { BOUND_CODES, KIND_CODES, ROLE_CODES, WHEN_CODES } from './table.js';

/** What a lexicon entry is: a toxic category, identity-group or topic vocabulary, an allowlisted word, or a context marker. */
export type EntryKind = Category | 'group' | 'topic' | 'allow' | 'marker';
/** Where a term may match: whole words, start of a word, end of a word, or anywhere. */
export type Boundary = 'word' | 'prefix' | 'suffix' | 'any';
/**
 * When an entry counts: always, only when aimed at someone, only when it names a group, or
 * (topic words) only alongside another word of its topic.
 */
export type When = 'always' | 'aimed' | 'plural' | 'paired';
/** Role of a context marker entry (`@category marker`, `role=`). */
export type MarkerRole =
  | 'aim'
  | 'negation'
  | 'quote'
  | 'counter'
  | 'plural'
  | 'exempt'
  | 'filler'
  | 'self'
  | 'adj'
  | 'mine'
  | 'tail'
  | 'subject';

/** One lexicon entry, as read from a file and validated. */
export interface LexiconEntry {
  /** Stable id (`file/term` unless `id=` says otherwise). */
  id: string;
  /** Lemma as written. */
  term: string;
  /** Category or vocabulary kind. */
  kind: EntryKind;
  /** Severity (low for vocabulary). */
  severity: Exclude<Severity, 'none'>;
  /** Boundary rule. */
  boundary: Boundary;
  /** Context rule. */
  when: When;
  /** Target group (slurs and group vocabulary). */
  target?: TargetGroup;
  /** Topics the term signals. */
  topics: TopicId[];
  /** Marker role, for context markers. */
  role?: MarkerRole;
  /** Threat kind, for threat entries. */
  threatKind?: ThreatKind;
  /** Every surface form (lemma, inflections, explicit forms). */
  forms: string[];
  /** Dictionary words this entry rightly flags though they are not among its forms (reviewed in the false-positive audit). */
  reviewed: string[];
  /** Sentences that must / must not produce this entry's category. */
  examples: { text: string; flagged: boolean }[];
  /** Source file and 1-based line. */
  file: string;
  /** 1-based line number. */
  line: number;
}

const KINDS: readonly string[] = KIND_CODES;
const BOUNDARIES: readonly string[] = BOUND_CODES;
const WHENS: readonly string[] = WHEN_CODES;
const ROLES: readonly string[] = ROLE_CODES.slice(1);
const SEVS: readonly string[] = SEVERITIES.slice(1);
const FIELDS = new Set(['cat', 'sev', 'bound', 'infl', 'forms', 'target', 'topic', 'when', 'id', 'role', 'kind', 'ok']);
const DIRECTIVES = new Set(['category', 'severity', 'boundary', 'target', 'topic', 'when', 'role', 'infl', 'kind']);

interface Defaults {
  cat?: string;
  sev?: string;
  bound?: string;
  target?: string;
  topic?: string;
  when?: string;
  role?: string;
  infl?: string;
  kind?: string;
}

function check(value: string, allowed: readonly string[], what: string, file: string, line: number): string {
  if (!allowed.includes(value)) throw new VigieError(`unknown ${what} "${value}" (expected one of: ${allowed.join(', ')})`, file, line);
  return value;
}

function stripComment(s: string): string {
  const k = s.search(/\s#|^#/);
  return (k < 0 ? s : s.slice(0, k)).trim();
}

/**
 * Parses and validates one lexicon file (format: docs/lexicon-format.md).
 * @param text - the file's contents
 * @param file - its name, used in ids and error messages (e.g. `insults.txt`)
 * @throws VigieError naming the file, line and reason of the first bad line.
 */
export function parseLexicon(text: string, file: string): LexiconEntry[] {
  if (typeof text !== 'string') throw new VigieError('lexicon text must be a string', file);
  const base = file.replace(/\.txt$/, '').replace(/^.*\//, '');
  const defaults: Defaults = {};
  if (base === 'allow') defaults.cat = 'allow';
  const entries: LexiconEntry[] = [];
  const seen = new Map<string, number>();
  const lines = text.split(/\r?\n/);
  for (let k = 0; k < lines.length; k++) {
    const line = k + 1;
    const raw = lines[k]!;
    const body = stripComment(raw);
    if (body === '') continue;
    // Example lines belong to the entry above them.
    if (/^\s+[+-]\s/.test(raw) || /^\s+[+-]$/.test(raw)) {
      const prev = entries[entries.length - 1];
      if (!prev) throw new VigieError('example line before any entry', file, line);
      const t = raw.trim();
      const sentence = t
        .slice(1)
        .replace(/\s+#\s.*$/, '')
        .trim();
      if (sentence === '') throw new VigieError('empty example sentence', file, line);
      prev.examples.push({ text: sentence, flagged: t[0] === '+' });
      continue;
    }
    if (body.startsWith('@')) {
      const m = /^@(\w+)\s+(\S+)$/.exec(body);
      if (!m || !DIRECTIVES.has(m[1]!))
        throw new VigieError(`bad directive "${body}" (expected @${[...DIRECTIVES].join('|@')} VALUE)`, file, line);
      const key = m[1]!;
      const v = m[2]!;
      const map: Record<string, keyof Defaults> = {
        category: 'cat',
        severity: 'sev',
        boundary: 'bound',
        target: 'target',
        topic: 'topic',
        when: 'when',
        role: 'role',
        infl: 'infl',
        kind: 'kind',
      };
      defaults[map[key]!] = v;
      continue;
    }
    const bar = body.indexOf('|');
    const term = (bar < 0 ? body : body.slice(0, bar)).trim().replace(/\s+/g, ' ');
    if (term === '') throw new VigieError('missing term before "|"', file, line);
    if (/[|=]/.test(term)) throw new VigieError(`term "${term}" contains "|" or "="`, file, line);
    const fields: Record<string, string> = { ...defaults } as Record<string, string>;
    if (bar >= 0) {
      for (const part of body
        .slice(bar + 1)
        .trim()
        .split(/\s+/)) {
        if (part === '') continue;
        const eq = part.indexOf('=');
        if (eq <= 0) throw new VigieError(`field "${part}" is not key=value`, file, line);
        const key = part.slice(0, eq);
        if (!FIELDS.has(key)) throw new VigieError(`unknown field "${key}" (expected one of: ${[...FIELDS].join(', ')})`, file, line);
        if (part.length === eq + 1) throw new VigieError(`empty value for "${key}"`, file, line);
        fields[key] = part.slice(eq + 1);
      }
    }
    const kind = check(fields.cat ?? '', KINDS, 'category', file, line) as EntryKind;
    const vocabulary = kind === 'group' || kind === 'topic' || kind === 'allow' || kind === 'marker';
    const severity = check(fields.sev ?? (vocabulary ? 'low' : 'medium'), SEVS, 'severity', file, line) as LexiconEntry['severity'];
    const boundary = check(fields.bound ?? 'word', BOUNDARIES, 'boundary', file, line) as Boundary;
    const when = check(fields.when ?? 'always', WHENS, 'when', file, line) as When;
    const infl = check(fields.infl ?? '-', INFLECTIONS, 'inflection class', file, line) as Inflection;
    let target: TargetGroup | undefined;
    if (fields.target !== undefined) target = check(fields.target, TARGET_GROUPS, 'target', file, line) as TargetGroup;
    const topics = fields.topic === undefined ? [] : fields.topic.split(',').map((t) => check(t, TOPICS, 'topic', file, line) as TopicId);
    if ((kind === 'group' || kind === 'hate') && target === undefined) throw new VigieError(`a ${kind} entry needs target=`, file, line);
    if (kind === 'topic' && topics.length === 0) throw new VigieError('a topic entry needs topic=', file, line);
    if (when === 'paired' && kind !== 'topic') throw new VigieError('when=paired is for topic words', file, line);
    let role: MarkerRole | undefined;
    if (kind === 'marker') role = check(fields.role ?? '', ROLES, 'marker role', file, line) as MarkerRole;
    let threatKind: ThreatKind | undefined;
    if (kind === 'threat') threatKind = check(fields.kind ?? '', THREAT_KINDS, 'threat kind', file, line) as ThreatKind;
    let forms: string[];
    try {
      forms = inflect(term, infl);
    } catch (e) {
      throw new VigieError((e as VigieError).reason ?? String(e), file, line);
    }
    if (fields.forms) for (const f of fields.forms.split(',')) if (f) forms.push(f.replace(/_/g, ' '));
    forms = [...new Set(forms)];
    const id = fields.id ?? `${base}/${term}`;
    // A context word may play several roles (« gros » aims and is a filler): one entry per role.
    const key = `${kind}\u0000${role ?? ''}\u0000${term.toLowerCase()}`;
    if (seen.has(key)) throw new VigieError(`duplicate entry "${term}" (first on line ${seen.get(key)})`, file, line);
    seen.set(key, line);
    const reviewed = fields.ok ? fields.ok.split(',').filter(Boolean) : [];
    entries.push({ id, term, kind, severity, boundary, when, target, topics, role, threatKind, forms, reviewed, examples: [], file, line });
  }
  return entries;
}
