import { VigieError } from '../errors.js';
import { CATEGORIES, SEVERITIES, TARGET_GROUPS, type TargetGroup, THREAT_KINDS, TOPICS, type TopicId } from '../types.js';
import type { Boundary, EntryKind, LexiconEntry, MarkerRole, When } from './parse.js';

/** Entry kinds in code order (index = kind code). @internal */
export const KIND_CODES: readonly EntryKind[] = [...CATEGORIES, 'group', 'topic', 'allow', 'marker'];
/** Boundary codes. @internal */
export const BOUND_CODES: readonly Boundary[] = ['word', 'prefix', 'suffix', 'any'];
/** When codes. @internal */
export const WHEN_CODES: readonly When[] = ['always', 'aimed', 'plural', 'paired'];
/** Marker role codes (0: none). @internal */
export const ROLE_CODES: readonly (MarkerRole | '')[] = [
  '',
  'aim',
  'negation',
  'quote',
  'counter',
  'plural',
  'exempt',
  'filler',
  'self',
  'adj',
  'mine',
  'tail',
  'subject',
];

/** Kind code of `allow` entries. @internal */
export const K_ALLOW = KIND_CODES.indexOf('allow');
/** Kind code of `marker` entries. @internal */
export const K_MARKER = KIND_CODES.indexOf('marker');
/** Kind code of `group` entries. @internal */
export const K_GROUP = KIND_CODES.indexOf('group');
/** Kind code of `topic` entries. @internal */
export const K_TOPIC = KIND_CODES.indexOf('topic');
const UNNAMED = new Set([K_TOPIC, K_MARKER, K_ALLOW]);
/** In a term written over its path: the path's character. */
const SAME = '~';

/** Number of toxic categories (codes 0 .. TOXIC_KINDS-1). @internal */
export const TOXIC_KINDS = CATEGORIES.length;

/**
 * Entry metadata in parallel arrays indexed by entry id: what the matcher and the analysis
 * read per hit, without objects on the hot path.
 * @internal
 */
export class EntryTable {
  kind: number[] = [];
  severity: number[] = [];
  bound: number[] = [];
  when: number[] = [];
  /** Target index + 1 (0: none). */
  target: number[] = [];
  /** Bit mask over TOPICS. */
  topics: number[] = [];
  role: number[] = [];
  /** Threat kind index + 1 (0: none). */
  threat: number[] = [];
  term: string[] = [];
  id: string[] = [];

  get size(): number {
    return this.term.length;
  }

  add(
    e: Pick<LexiconEntry, 'kind' | 'severity' | 'boundary' | 'when' | 'target' | 'topics' | 'role' | 'term' | 'id' | 'threatKind'>,
  ): number {
    this.kind.push(KIND_CODES.indexOf(e.kind));
    this.severity.push(SEVERITIES.indexOf(e.severity));
    this.bound.push(BOUND_CODES.indexOf(e.boundary));
    this.when.push(WHEN_CODES.indexOf(e.when));
    this.target.push(e.target ? TARGET_GROUPS.indexOf(e.target) + 1 : 0);
    let mask = 0;
    for (const t of e.topics) mask |= 1 << TOPICS.indexOf(t);
    this.topics.push(mask);
    this.role.push(e.role ? ROLE_CODES.indexOf(e.role) : 0);
    this.threat.push(e.threatKind ? THREAT_KINDS.indexOf(e.threatKind) + 1 : 0);
    this.term.push(e.term);
    this.id.push(e.id);
    return this.term.length - 1;
  }

  targetOf(i: number): TargetGroup | undefined {
    const t = this.target[i]!;
    return t === 0 ? undefined : TARGET_GROUPS[t - 1];
  }

  topicsOf(i: number): TopicId[] {
    const m = this.topics[i]!;
    return TOPICS.filter((_, k) => (m >> k) & 1);
  }

  /** The numeric columns, in the order the serialized form writes them. */
  columns(): number[][] {
    return [this.kind, this.severity, this.bound, this.when, this.target, this.topics, this.role, this.threat];
  }

  /**
   * A copy whose columns are its own (a detector with more entries adds them there). The
   * same as reading back {@link serializeEntries}'s output for a table that was read back
   * itself (the built-in one), without the serializer in the bundle.
   */
  copy(): EntryTable {
    const t = new EntryTable();
    const to = [...t.columns(), t.term, t.id] as unknown[][];
    [...this.columns(), this.term, this.id].forEach((c, k) => {
      for (const v of c) to[k]!.push(v);
    });
    return t;
  }

  /**
   * Reads {@link serializeEntries}'s output. With the first paths of the entries in the trie (what
   * the table was written with), reads back the terms left out or written over their path.
   */
  static deserialize(s: string, firstPaths?: readonly (string | undefined)[]): EntryTable {
    const t = new EntryTable();
    if (s === '') return t;
    const parts = s.split('\f');
    const head = (parts[0] ?? '').split('\t').map(Number);
    const n = head[0]!;
    const cols = t.columns();
    const terms = parts[cols.length + 1]?.split('\n');
    const ids = parts[cols.length + 2]?.split('\n');
    const prefixes = parts[cols.length + 3]?.split('\t');
    if (
      parts.length !== cols.length + 4 ||
      head.length !== cols.length + 1 ||
      !terms ||
      !ids ||
      !prefixes ||
      terms.length !== n ||
      ids.length !== n
    )
      throw new VigieError('corrupt entry table');
    cols.forEach((col, k) => {
      const w = head[k + 1]!;
      const digits = parts[k + 1]!;
      if (digits.length !== n * w) throw new VigieError(`corrupt entry table column ${k}`);
      for (let i = 0; i < n; i++) col.push(Number.parseInt(digits.slice(i * w, i * w + w), 36));
    });
    for (let i = 0; i < n; i++) {
      const id = ids[i]!;
      let term = terms[i]!;
      const path = firstPaths?.[i];
      if (id !== '' && path !== undefined) {
        // Left out: the path itself; written over the path: its differing characters.
        if (term === '') term = path;
        else if (term.startsWith(SAME) && term.length === path.length + 1) {
          let r = '';
          for (let k = 0; k < path.length; k++) r += term[k + 1] === SAME ? path[k] : term[k + 1];
          term = r;
        }
      }
      if (id !== '' && term === '') throw new VigieError(`corrupt entry table: no term for entry ${i}`);
      t.term.push(term);
      // A derived id is its file prefix's index; an explicit one holds a slash.
      const derived = id !== '' && !id.includes('/');
      const prefix = derived ? prefixes[Number.parseInt(id, 36)] : undefined;
      if (derived && prefix === undefined) throw new VigieError(`corrupt entry table: id of entry ${i}`);
      t.id.push(id === '' ? `${KIND_CODES[t.kind[i]!]}/${i}` : derived ? prefix + term : id);
    }
    return t;
  }
}

/**
 * Column by column, so that gzip sees runs: a header (entry count and the width of each
 * numeric column), each numeric column as fixed-width base-36 digits, then the terms and the
 * ids one per line; sections split by form feeds. With `firstPaths` (see
 * automaton.ts `deserialize`), a term that is the first path of its entry in the trie is
 * left out: {@link EntryTable.deserialize} reads it back from there. A function, not a method,
 * so that the bundle, which only reads tables, leaves it out.
 * @internal
 */
export function serializeEntries(table: EntryTable, firstPaths?: readonly (string | undefined)[]): string {
  const n = table.size;
  const cols = table.columns();
  const widths = cols.map((c) => {
    let w = 1;
    for (const v of c) while (v >= 36 ** w) w++;
    return w;
  });
  const terms: string[] = [];
  const ids: string[] = [];
  // Prefixes of derived ids (`insults/` of `insults/connard`), each written once.
  const prefixes: string[] = [];
  for (let i = 0; i < n; i++) {
    // Topic vocabulary, context markers and allowlisted words are never shown in a result:
    // their lemma and id stay out of the bundle (the automaton still holds their forms).
    const unnamed = UNNAMED.has(table.kind[i]!);
    const term = table.term[i]!;
    const path = firstPaths?.[i];
    if (unnamed || path === term) terms.push('');
    else if (path !== undefined && path.length === term.length && !term.includes(SAME)) {
      // Written over the path: only the characters that differ (accents, hyphens, apostrophes).
      let d = SAME;
      for (let k = 0; k < term.length; k++) d += term[k] === path[k] ? SAME : term[k];
      terms.push(d);
    } else if (firstPaths && term.startsWith(SAME)) throw new VigieError(`a term cannot start with "${SAME}": "${term}"`);
    else terms.push(term);
    const id = table.id[i]!;
    if (unnamed) ids.push('');
    else if (id.endsWith(`/${term}`)) {
      const prefix = id.slice(0, -term.length);
      let k = prefixes.indexOf(prefix);
      if (k < 0) k = prefixes.push(prefix) - 1;
      ids.push(k.toString(36));
    } else ids.push(id);
  }
  const numeric = cols.map((c, k) => c.map((v) => v.toString(36).padStart(widths[k]!, '0')).join(''));
  return [[n, ...widths].join('\t'), ...numeric, terms.join('\n'), ids.join('\n'), prefixes.join('\t')].join('\f');
}
