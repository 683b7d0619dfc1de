import { VigieError } from '../errors.js';
import { CATEGORIES, SEVERITIES, TARGET_GROUPS, type TargetGroup, THREAT_KINDS, TOPICS, type TopicId } from '../types.js';
import type { Boundary, EntryKind, LexiconEntry, MarkerRole, When } from './parse.js';

/** Entry kinds in code order (index = kind code). @internal */
export const KIND_CODES: readonly EntryKind[] = [...CATEGORIES, 'group', 'topic', 'allow', 'marker'];
/** Boundary codes. @internal */
export const BOUND_CODES: readonly Boundary[] = ['word', 'prefix', 'suffix', 'any'];
/** When codes. @internal */
export const WHEN_CODES: readonly When[] = ['always', 'aimed', 'plural'];
/** Marker role codes (0: none). @internal */
export const ROLE_CODES: readonly (MarkerRole | '')[] = ['', 'aim', 'negation', 'quote', 'counter', 'plural', 'exempt', 'filler'];

/** Kind code of `allow` entries. @internal */
export const K_ALLOW = KIND_CODES.indexOf('allow');
/** Kind code of `marker` entries. @internal */
export const K_MARKER = KIND_CODES.indexOf('marker');
/** Kind code of `group` entries. @internal */
export const K_GROUP = KIND_CODES.indexOf('group');
/** Kind code of `topic` entries. @internal */
export const K_TOPIC = KIND_CODES.indexOf('topic');
const UNNAMED = new Set([K_TOPIC, K_MARKER, K_ALLOW]);

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

  /** One line per entry, tab-separated numeric fields then term and id. */
  serialize(): string {
    const rows: string[] = [];
    for (let i = 0; i < this.size; i++) {
      // Topic vocabulary, context markers and allowlisted words are never shown in a result:
      // their lemma and id stay out of the bundle (the automaton still holds their forms).
      const unnamed = UNNAMED.has(this.kind[i]!);
      const derived = this.id[i]!.endsWith(`/${this.term[i]}`);
      const id = unnamed ? '' : derived ? `${this.id[i]!.slice(0, -this.term[i]!.length - 1)}/` : this.id[i]!;
      const fields = [
        this.kind[i],
        this.severity[i],
        this.bound[i],
        this.when[i],
        this.target[i],
        this.topics[i],
        this.role[i],
        this.threat[i],
      ];
      rows.push([...fields, unnamed ? '' : this.term[i], id].join('\t'));
    }
    return rows.join('\n');
  }

  static deserialize(s: string): EntryTable {
    const t = new EntryTable();
    if (s === '') return t;
    for (const row of s.split('\n')) {
      const f = row.split('\t');
      if (f.length !== 10) throw new VigieError(`corrupt entry table row "${row}"`);
      t.kind.push(+f[0]!);
      t.severity.push(+f[1]!);
      t.bound.push(+f[2]!);
      t.when.push(+f[3]!);
      t.target.push(+f[4]!);
      t.topics.push(+f[5]!);
      t.role.push(+f[6]!);
      t.threat.push(+f[7]!);
      t.term.push(f[8]!);
      t.id.push(f[9] === '' ? `${KIND_CODES[+f[0]!]}/${t.id.length}` : f[9]!.endsWith('/') ? f[9]! + f[8]! : f[9]!);
    }
    return t;
  }
}
