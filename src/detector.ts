import { isAimed, isPlural, isSelf, type Marker, MarkerIndex, tokenAt } from './analyze/context.js';
import { scoreOf } from './analyze/score.js';
import { SpanIndex } from './analyze/span-index.js';
import { TopicCollector } from './analyze/topics.js';
import { runDetectors } from './detect/index.js';
import { VigieError } from './errors.js';
import { type CompiledLexicon, extendLexicon } from './lexicon/build.js';
import { defaultLexicon } from './lexicon/default.js';
import { foldTerm } from './lexicon/fold-term.js';
import type { Inflection } from './lexicon/inflect.js';
import { INFLECTIONS } from './lexicon/inflect.js';
import { type Boundary, type LexiconEntry, parseLexicon, type When } from './lexicon/parse.js';
import { K_GROUP, K_MARKER, K_TOPIC, KIND_CODES, ROLE_CODES, TOXIC_KINDS } from './lexicon/table.js';
import { HitBuffer } from './match/hits.js';
import { resolveHits } from './match/resolve.js';
import { matchAll } from './match/walk.js';
import { NormalizedText, normalizeInto } from './normalize/pipeline.js';
import {
  type Analysis,
  CATEGORIES,
  type Category,
  type Match,
  SEVERITIES,
  type Severity,
  TARGET_GROUPS,
  type Target,
  type TargetGroup,
  THREAT_KINDS,
  type Threat,
  type ThreatKind,
  TOPICS,
} from './types.js';

/** A term added at runtime through {@link DetectorOptions.addTerms}. */
export interface CustomTerm {
  /** The lemma, in ordinary spelling. */
  term: string;
  /** Its category. */
  category: Category;
  /** Severity (default `medium`). */
  severity?: Exclude<Severity, 'none'>;
  /** Boundary rule (default `word`). */
  boundary?: Boundary;
  /** Inflection class (default `-`). */
  inflection?: Inflection;
  /** Extra surface forms. */
  forms?: string[];
  /** Target group (required for `hate`). */
  target?: TargetGroup;
  /** Context rule (default `always`). */
  when?: When;
}

/** Options of {@link createDetector}. All are optional; unknown keys are rejected. */
export interface DetectorOptions {
  /** Categories to report (default: all). Hits of other categories are ignored. */
  categories?: readonly Category[];
  /** Terms to add: a string adds an `insult` of severity `medium`. */
  addTerms?: readonly (string | CustomTerm)[];
  /** Built-in terms to remove, by lemma (case and accents ignored) or by rule id. */
  removeTerms?: readonly string[];
  /** Words and phrases that must never be flagged. */
  allow?: readonly string[];
  /** Extra lexicon files in the lexicon format (docs/lexicon-format.md), by file name. */
  lexicons?: Readonly<Record<string, string>>;
}

/** A French toxicity detector. Stateless between calls; share one across requests. */
export interface Detector {
  /** Analyzes one text. Never throws on a string. */
  analyze(text: string): Analysis;
  /** Masks every active finding of `text` with `*` (one per code unit), keeping everything else. */
  censor(text: string, options?: CensorOptions): string;
}

/** Options of {@link Detector.censor}. */
export interface CensorOptions {
  /** Mask character (default `*`). */
  mask?: string;
  /** Keep the first letter of each masked span visible (default false). */
  keepFirst?: boolean;
  /** Also mask profanity (default true). */
  profanity?: boolean;
}

const OPTION_KEYS = new Set(['categories', 'addTerms', 'removeTerms', 'allow', 'lexicons']);
const TERM_KEYS = new Set(['term', 'category', 'severity', 'boundary', 'inflection', 'forms', 'target', 'when']);

function fail(reason: string, field: string): never {
  throw new VigieError(reason, `options.${field}`);
}

function stringArray(v: unknown, field: string): string[] {
  if (!Array.isArray(v)) fail('must be an array of strings', field);
  return v.map((x, i) => {
    if (typeof x !== 'string' || x.trim() === '') fail('must be a non-empty string', `${field}[${i}]`);
    return x;
  });
}

function oneOf<T extends string>(v: unknown, allowed: readonly T[], field: string): T {
  if (typeof v !== 'string' || !allowed.includes(v as T)) fail(`must be one of ${allowed.join(', ')} (got ${JSON.stringify(v)})`, field);
  return v as T;
}

function customEntry(t: string | CustomTerm, i: number): LexiconEntry {
  const field = `addTerms[${i}]`;
  const o: CustomTerm = typeof t === 'string' ? { term: t, category: 'insult' } : t;
  if (typeof o !== 'object' || o === null) fail('must be a string or a term object', field);
  for (const k of Object.keys(o)) if (!TERM_KEYS.has(k)) fail(`unknown key "${k}"`, field);
  if (typeof o.term !== 'string' || o.term.trim() === '') fail('must be a non-empty string', `${field}.term`);
  const category = oneOf(o.category, CATEGORIES, `${field}.category`);
  const severity =
    o.severity === undefined ? 'medium' : oneOf(o.severity, SEVERITIES.slice(1) as Exclude<Severity, 'none'>[], `${field}.severity`);
  const boundary = o.boundary === undefined ? 'word' : oneOf(o.boundary, ['word', 'prefix', 'suffix', 'any'] as const, `${field}.boundary`);
  const when = o.when === undefined ? 'always' : oneOf(o.when, ['always', 'aimed', 'plural'] as const, `${field}.when`);
  const target = o.target === undefined ? undefined : oneOf(o.target, TARGET_GROUPS, `${field}.target`);
  if (category === 'hate' && !target) fail('a hate term needs a target', `${field}.target`);
  const infl = o.inflection === undefined ? '-' : oneOf(o.inflection, INFLECTIONS, `${field}.inflection`);
  const extra = o.forms === undefined ? [] : stringArray(o.forms, `${field}.forms`);
  // Reuse the file parser so that runtime terms obey exactly the rules of lexicon files.
  const line = `${o.term.trim()} | cat=${category} sev=${severity} bound=${boundary} when=${when} infl=${infl}${target ? ` target=${target}` : ''}${category === 'threat' ? ' kind=violence' : ''}${extra.length ? ` forms=${extra.map((f) => f.replace(/ /g, '_')).join(',')}` : ''}`;
  try {
    const [e] = parseLexicon(line, 'options');
    return { ...e!, id: `custom/${o.term.trim()}` };
  } catch (err) {
    fail((err as VigieError).reason ?? String(err), field);
  }
}

/**
 * Creates a detector: French defaults and the built-in lexicons, adjusted by `options`.
 * @throws VigieError (a TypeError) naming the offending option or lexicon line.
 * @example
 * ```ts
 * const detector = createDetector();
 * detector.analyze("T'es qu'un c 0 n n 4 r d").categories; // ['insult']
 * ```
 */
export function createDetector(options: DetectorOptions = {}): Detector {
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    throw new VigieError('options must be an object', 'options');
  for (const k of Object.keys(options))
    if (!OPTION_KEYS.has(k)) fail(`unknown option "${k}" (expected one of: ${[...OPTION_KEYS].join(', ')})`, k);
  const extra: LexiconEntry[] = [];
  if (options.addTerms !== undefined) {
    if (!Array.isArray(options.addTerms)) fail('must be an array', 'addTerms');
    for (const [i, t] of options.addTerms.entries()) extra.push(customEntry(t, i));
  }
  if (options.allow !== undefined) {
    stringArray(options.allow, 'allow').forEach((w, i) => {
      try {
        extra.push({ ...parseLexicon(`${w.replace(/[|=#]/g, ' ')} | cat=allow`, 'options')[0]!, id: `custom/allow/${w}` });
      } catch (err) {
        fail((err as VigieError).reason ?? String(err), `allow[${i}]`);
      }
    });
  }
  if (options.lexicons !== undefined) {
    if (typeof options.lexicons !== 'object' || options.lexicons === null) fail('must be an object of file name → text', 'lexicons');
    for (const name of Object.keys(options.lexicons)) {
      const text = options.lexicons[name];
      if (typeof text !== 'string') fail('must be a string', `lexicons.${name}`);
      extra.push(...parseLexicon(text, name));
    }
  }
  let lex: CompiledLexicon;
  try {
    lex = extendLexicon(defaultLexicon(), extra);
  } catch (err) {
    if (err instanceof VigieError) throw err;
    throw new VigieError(String(err), 'options');
  }
  let disabled: Uint8Array | undefined;
  if (options.removeTerms !== undefined) {
    disabled = new Uint8Array(lex.entries.size);
    for (const [i, r] of stringArray(options.removeTerms, 'removeTerms').entries()) {
      const folded = foldTerm(r)?.join(',');
      let found = false;
      for (let e = 0; e < lex.entries.size; e++) {
        if (lex.entries.id[e] === r || (folded !== undefined && foldTerm(lex.entries.term[e]!)?.join(',') === folded)) {
          disabled[e] = 1;
          found = true;
        }
      }
      if (!found) fail(`no built-in term or rule id "${r}"`, `removeTerms[${i}]`);
    }
  }
  let selected: Set<Category> | undefined;
  if (options.categories !== undefined) {
    if (!Array.isArray(options.categories)) fail('must be an array', 'categories');
    selected = new Set(options.categories.map((c, i) => oneOf(c, CATEGORIES, `categories[${i}]`)));
  }
  return new DetectorImpl(lex, disabled, selected);
}

const AIM = ROLE_CODES.indexOf('aim');
const K_HATE = KIND_CODES.indexOf('hate');
const K_INSULT = KIND_CODES.indexOf('insult');
/** Buffers grown past this many codes (a text of about a megabyte) are released after the call. */
const RELEASE_CODES = 1 << 20;
const PLURAL = ROLE_CODES.indexOf('plural');

class DetectorImpl implements Detector {
  // Reused across calls: analyze is synchronous, so two calls never share them at once.
  private norm = new NormalizedText();
  private hits = new HitBuffer();
  private readonly roles = new MarkerIndex();

  constructor(
    private readonly lex: CompiledLexicon,
    private readonly disabled: Uint8Array | undefined,
    private readonly selected: Set<Category> | undefined,
  ) {}

  analyze(text: string): Analysis {
    if (typeof text !== 'string') throw new VigieError(`analyze() expects a string, got ${text === null ? 'null' : typeof text}`, 'text');
    return text.length <= PIECE ? this.analyzeOne(text) : this.analyzePieces(text);
  }

  /**
   * A long text (a forum dump, a transcript) is read piece by piece, cut at line breaks or
   * sentence ends: every finding lives within a sentence or two, and pieces keep the working
   * buffers small, so a 10 MB text costs per character what a comment does and memory stays
   * bounded. The findings are put back at their offsets in the whole text.
   */
  private analyzePieces(text: string): Analysis {
    const matches: Match[] = [];
    const threats: Threat[] = [];
    const targets: Target[] = [];
    const topics = new TopicCollector();
    for (let a = 0; a < text.length; ) {
      const b = pieceEnd(text, a);
      const r = this.analyzeOne(text.slice(a, b));
      for (const m of r.matches) matches.push({ ...m, start: m.start + a, end: m.end + a });
      for (const t of r.threats) threats.push({ ...t, start: t.start + a, end: t.end + a });
      for (const t of r.targets) targets.push({ ...t, start: t.start + a, end: t.end + a });
      for (const t of r.topics) {
        const mask = 1 << TOPICS.indexOf(t.topic);
        for (const sp of t.spans) topics.add(mask, { start: sp.start + a, end: sp.end + a });
      }
      a = b;
    }
    return summarize(matches, threats, targets, topics, this.selected);
  }

  private analyzeOne(text: string): Analysis {
    const { norm, hits, lex } = this;
    const entries = lex.entries;
    normalizeInto(text, norm);
    matchAll(lex.automaton, entries.bound, norm, hits);
    const kept = resolveHits(hits, entries, this.disabled, norm.codes);
    const markers: Marker[] = [];
    const roles = this.roles;
    roles.reset(norm.tokens);
    for (const i of kept) {
      const e = hits.entry[i]!;
      if (entries.kind[e] === K_MARKER) {
        const m = { role: entries.role[e]!, from: tokenAt(norm, hits.a[i]!), to: tokenAt(norm, hits.b[i]! - 1) };
        markers.push(m);
        roles.add(m.role, m.to);
      }
    }
    const matches: Match[] = [];
    const lexThreats: [Match, ThreatKind][] = [];
    const topics = new TopicCollector();
    const groups: { group: TargetGroup; start: number; end: number; from: number; to: number; ruleId: string }[] = [];
    for (const i of kept) {
      const e = hits.entry[i]!;
      const kind = entries.kind[e]!;
      const a = hits.a[i]!;
      const b = hits.b[i]!;
      const span = { start: norm.start[a]!, end: norm.end[b - 1]! };
      if (kind === K_GROUP) {
        const from = tokenAt(norm, a);
        if (entries.when[e] === 2 && !isPlural(roles, PLURAL, from)) continue;
        if (entries.topics[e] !== 0) topics.add(entries.topics[e]!, span);
        groups.push({ group: entries.targetOf(e)!, ...span, from, to: tokenAt(norm, b - 1), ruleId: entries.id[e]! });
        continue;
      }
      if (kind === K_TOPIC) {
        const when = entries.when[e];
        if (when === 3) {
          topics.addPaired(entries.topics[e]!, span, text.slice(span.start, span.end).toLowerCase());
          continue;
        }
        const from = tokenAt(norm, a);
        // Topic words count when aimed only through a marker: « mince, j'ai oublié » is no vocative.
        if (when === 1 && !isAimed(norm, roles, AIM, from, tokenAt(norm, b - 1), false)) continue;
        if (when === 2 && !isPlural(roles, PLURAL, from)) continue;
        if (entries.topics[e] !== 0) topics.add(entries.topics[e]!, span);
        continue;
      }
      if (kind >= TOXIC_KINDS) continue;
      const category = KIND_CODES[kind] as Category;
      if (this.selected && !this.selected.has(category)) continue;
      const m: Match = {
        start: span.start,
        end: span.end,
        category,
        severity: SEVERITIES[entries.severity[e]!]!,
        term: entries.term[e]!,
        ruleId: entries.id[e]!,
      };
      const target = entries.targetOf(e);
      if (target) m.target = target;
      const from = tokenAt(norm, a);
      const to = tokenAt(norm, b - 1);
      if (entries.when[e] === 1 && !isAimed(norm, roles, AIM, from, to)) m.suppressedBy = 'ambiguity';
      if (entries.when[e] === 2 && !isPlural(roles, PLURAL, from)) m.suppressedBy = 'ambiguity';
      // Self-mockery (« je suis une vraie quiche », « quel idiot je fais ») aims at no one else.
      if (kind === K_INSULT && isSelf(roles, from, to)) m.suppressedBy ??= 'ambiguity';
      if (entries.threat[e] !== 0) lexThreats.push([m, THREAT_KINDS[entries.threat[e]! - 1]!]);
      // Topics follow only the words that count: « gros » not aimed at anyone is not physique.
      if (entries.topics[e] !== 0 && m.suppressedBy === undefined) topics.add(entries.topics[e]!, span);
      matches.push(m);
      // A slur aimed at one person is also an insult (« sale gitan », « t'es qu'un pd »); a
      // vocative is a name called, one or two words (« mort aux … » alone is a slogan).
      if (
        kind === K_HATE &&
        m.suppressedBy === undefined &&
        entries.when[e] !== 2 &&
        isAimed(norm, roles, AIM, from, to, to - from <= 1) &&
        (!this.selected || this.selected.has('insult'))
      )
        matches.push({ start: m.start, end: m.end, category: 'insult', severity: m.severity, term: m.term, ruleId: `${m.ruleId}#aimed` });
    }
    const found = runDetectors({ text, norm, matches, markers, roles, groups, entries, automaton: lex.automaton, disabled: this.disabled });
    for (const m of found.matches) {
      if (this.selected && !this.selected.has(m.category)) continue;
      matches.push(m);
      // Mockery of a body found by a pattern or a typo is about appearance too.
      if (m.category === 'body_shaming' && !m.suppressedBy) topics.add(PHYSIQUE, m);
    }
    const threats: Threat[] = found.threats;
    const targets: Target[] = found.targets;
    setAsideInsultsInAttacks(matches, targets);
    const attacked = new TargetIndex(targets);
    // Threats already reported by the detectors, so that lexicon ones do not repeat them.
    const seen = new Set<string>();
    for (const t of threats) seen.add(`${t.start}:${t.end}`);
    // Threat entries of the lexicon, with what the context rules decided about them.
    for (const [m, kind] of lexThreats) {
      const t: Threat = { start: m.start, end: m.end, kind, severity: m.severity, ruleId: m.ruleId };
      if (m.suppressedBy) t.suppressedBy = m.suppressedBy;
      const key = `${t.start}:${t.end}`;
      if (!seen.has(key)) {
        seen.add(key);
        threats.push(t);
      }
    }
    for (const m of matches) {
      if (m.target && !m.suppressedBy && !attacked.overlaps(m.target, m.start, m.end)) {
        const t: Target = { start: m.start, end: m.end, group: m.target, ruleId: m.ruleId };
        targets.push(t);
        attacked.add(t);
      }
    }
    // An attack on women is about gender, one on a people about racism, though « une femme » or
    // « un joueur sénégalais » alone (a news item, « ma femme ») is not.
    for (const t of targets) {
      const topic = t.suppressedBy ? 0 : (ATTACK_TOPIC[t.group] ?? 0);
      if (topic) topics.addIfAbsent(topic, { start: t.start, end: t.end });
    }
    // Do not hold on to the buffers of one huge text.
    if (norm.codes.length > RELEASE_CODES) this.norm = new NormalizedText();
    if (hits.entry.length > RELEASE_CODES / 16) this.hits = new HitBuffer();
    return summarize(matches, threats, targets, topics, this.selected);
  }

  censor(text: string, options: CensorOptions = {}): string {
    const mask = options.mask ?? '*';
    if (typeof mask !== 'string' || mask.length !== 1) throw new VigieError('must be a single character', 'censor.options.mask');
    const a = this.analyze(text);
    const spans: { start: number; end: number }[] = [];
    for (const m of a.matches) if (!m.suppressedBy && (options.profanity !== false || m.category !== 'profanity')) spans.push(m);
    for (const t of a.threats) if (!t.suppressedBy) spans.push(t);
    return censorSpans(text, spans, mask, options.keepFirst === true);
  }
}

/**
 * An insult word inside an identity attack found by a pattern (« les X sont des rats ») serves
 * the attack on the group: it is reported as hate, not as an insult aimed at a person. Slurs
 * aimed at someone (`#aimed`) stay insults. One binary search per insult.
 */
function setAsideInsultsInAttacks(matches: Match[], targets: readonly Target[]): void {
  const attacks = new SpanIndex();
  for (const t of [...targets].sort((x, y) => x.start - y.start))
    if (!t.suppressedBy && t.ruleId.startsWith('identity/')) attacks.add(t.start, t.end);
  for (const m of matches)
    if (m.category === 'insult' && !m.suppressedBy && !m.ruleId.endsWith('#aimed') && attacks.covers(m.start, m.end))
      m.suppressedBy = 'ambiguity';
}

/** The topic bit of gender. */
const GENDER = 1 << TOPICS.indexOf('gender');
const PHYSIQUE = 1 << TOPICS.indexOf('physique');
const RACISM = 1 << TOPICS.indexOf('racism');
/** The topic an attack on a group is about, whatever words name the group. */
const ATTACK_TOPIC: Partial<Record<TargetGroup, number>> = { women: GENDER, black: RACISM, arab: RACISM, asian: RACISM, roma: RACISM };

/** Longest piece of a long text read at once (UTF-16 code units). */
const PIECE = 1 << 16;

/**
 * End of the piece of `text` starting at `a`: after the last line break of its second half,
 * else after the last sentence end, else after the last space, else at the size limit
 * (never between the two halves of a surrogate pair).
 */
function pieceEnd(text: string, a: number): number {
  const limit = a + PIECE;
  if (limit >= text.length) return text.length;
  const floor = a + (PIECE >> 1);
  let sentence = -1;
  let space = -1;
  for (let i = limit - 1; i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return i + 1;
    if (sentence < 0 && (c === 32 || c === 9) && i > a) {
      const p = text.charCodeAt(i - 1);
      if (p === 46 || p === 33 || p === 63 || p === 0x2026) sentence = i + 1;
      else if (space < 0) space = i + 1;
    }
  }
  if (sentence > 0) return sentence;
  if (space > 0) return space;
  const c = text.charCodeAt(limit - 1);
  return c >= 0xd800 && c <= 0xdbff ? limit - 1 : limit;
}

/**
 * The targets found so far, per group, to tell in O(log n) whether a slur lies inside an
 * attack already reported (a linear scan per slur would make long texts quadratic).
 */
class TargetIndex {
  private readonly byGroup = new Map<TargetGroup, SpanIndex>();

  constructor(targets: readonly Target[]) {
    for (const t of [...targets].sort((x, y) => x.start - y.start)) this.add(t);
  }

  /** Records a target. */
  add(t: Target): void {
    let g = this.byGroup.get(t.group);
    if (!g) {
      g = new SpanIndex();
      this.byGroup.set(t.group, g);
    }
    g.add(t.start, t.end);
  }

  /** Whether a recorded target of `group` overlaps [start, end). */
  overlaps(group: TargetGroup, start: number, end: number): boolean {
    return this.byGroup.get(group)?.overlaps(start, end) ?? false;
  }
}

function summarize(
  matches: Match[],
  threats: Threat[],
  targets: Target[],
  topics: TopicCollector,
  selected: Set<Category> | undefined,
): Analysis {
  const cats = new Set<Category>();
  let level = 0;
  let findings = 0;
  for (const m of matches) {
    if (m.suppressedBy) continue;
    cats.add(m.category);
    level = Math.max(level, SEVERITIES.indexOf(m.severity));
    findings++;
  }
  for (const t of threats) {
    if (t.suppressedBy) continue;
    if (!selected || selected.has('threat')) cats.add('threat');
    if (t.kind === 'self_harm' && (!selected || selected.has('self_harm'))) cats.add('self_harm');
    level = Math.max(level, SEVERITIES.indexOf(t.severity));
    findings++;
  }
  // An identity attack found by composition is a hate finding of high severity.
  for (const t of targets) {
    if (t.suppressedBy || (selected && !selected.has('hate'))) continue;
    if (!cats.has('hate')) findings++;
    cats.add('hate');
    level = Math.max(level, SEVERITIES.indexOf('high'));
  }
  const categories = CATEGORIES.filter((c) => cats.has(c));
  const toxic = categories.some((c) => c !== 'profanity');
  const severity = SEVERITIES[level]!;
  return {
    toxic,
    score: scoreOf(severity, findings, toxic),
    severity,
    categories,
    matches,
    threats,
    targets: targets.filter((t) => !t.suppressedBy),
    topics: topics.result(),
  };
}

/**
 * Masks the given spans of `text` (offsets into `text`), one mask character per code unit,
 * never splitting a surrogate pair and never touching anything outside the spans.
 */
export function censorSpans(text: string, spans: readonly { start: number; end: number }[], mask = '*', keepFirst = false): string {
  if (spans.length === 0) return text;
  const hide = new Uint8Array(text.length);
  for (const s of spans) {
    let a = Math.max(0, s.start);
    const b = Math.min(text.length, s.end);
    if (keepFirst) while (a < b && hide[a] === 0 && !/\p{L}/u.test(text[a]!)) a++;
    if (keepFirst && a < b) a += text.codePointAt(a)! > 0xffff ? 2 : 1;
    for (let i = a; i < b; i++) hide[i] = 1;
  }
  let out = '';
  let run = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && hide[i] === 1) {
      const c = text.charCodeAt(i);
      // Spaces and punctuation inside a spaced-out word stay, so the text keeps its shape.
      if (c === 32) {
        out += text.slice(run, i + 1);
        run = i + 1;
        continue;
      }
      out += `${text.slice(run, i)}${mask}`;
      run = i + 1;
    }
  }
  return out + text.slice(run);
}
