import type { Marker, MarkerIndex } from '../analyze/context.js';
import type { Automaton } from '../lexicon/automaton.js';
import { type EntryTable, ROLE_CODES } from '../lexicon/table.js';
import type { NormalizedText } from '../normalize/pipeline.js';
import { type Match, SEVERITIES, type Suppression, type Target, type TargetGroup, THREAT_KINDS, type Threat } from '../types.js';
import { findFuzzy } from './fuzzy.js';
import type { SpanClass } from './pattern-parse.js';
import { anyPossible, builtInPatterns, type PatternMatch, readVerbTypos, runPatterns, type Spans } from './patterns.js';
import { Scope } from './scope.js';
import { TokenView } from './tokens.js';

/** A mention of an identity group found by the lexicon pass. @internal */
export interface GroupMention {
  group: TargetGroup;
  start: number;
  end: number;
  /** First and last token. */
  from: number;
  to: number;
  ruleId: string;
}

/** What the compositional detectors read: the normalized text, lexicon findings and markers. @internal */
export interface DetectContext {
  text: string;
  norm: NormalizedText;
  matches: Match[];
  markers: Marker[];
  /** Roles of the markers ending at each token. */
  roles: MarkerIndex;
  groups: GroupMention[];
  entries: EntryTable;
  /** The lexicon's automaton (its forms feed the fuzzy matcher). */
  automaton?: Automaton;
  /** Entries removed by options (never matched fuzzily). */
  disabled?: Uint8Array | undefined;
}

/**
 * What they add. Detectors may also set `suppressedBy` on the context's matches (negation,
 * quotes, counter-speech). @internal
 */
export interface DetectResult {
  threats: Threat[];
  targets: Target[];
  /** Extra lexicon-like findings (fuzzy matches, insults recognised by context). */
  matches: Match[];
}

/** Role of filler markers (articles, possessives) between a preposition and its group. */
const FILLER = ROLE_CODES.indexOf('filler');
/** How far back a pattern without a group mention looks for the group it speaks of (« … il faut les renvoyer »). */
const GROUP_REACH = 30;
/** Bit of the sexual threat kind in the per-token mask of kept threats. */
const SEXUAL_BIT = 1 << THREAT_KINDS.indexOf('sexual');
/** Categories whose hits make the TOXIC span class. */
const TOXIC_SPAN = new Set(['insult', 'hate', 'body_shaming', 'sexual']);
/** Pattern outputs that make a finding of their own over the match, and its category. */
const PHRASE_OUTPUTS = [
  ['sexual', 'sexual'],
  ['body_shaming', 'body_shaming'],
  ['self_harm', 'self_harm'],
  ['insult', 'insult_phrase'],
] as const;

/**
 * Runs the compositional detectors on one text: fuzzy matching of typos, the token patterns
 * (threats, identity attacks, aimed profanity), then the context rules (quotes, reported and
 * counter-speech, negation) over every finding. Linear in the text: the token view is built
 * once, patterns start only at tokens that can begin them, and run only when their anchor
 * (a rare required word) occurs.
 * @internal
 */
export function runDetectors(ctx: DetectContext): DetectResult {
  const out: DetectResult = { threats: [], targets: [], matches: [] };
  if (ctx.norm.tokens === 0) return out;
  const patterns = builtInPatterns();
  const v = new TokenView(ctx.text, ctx.norm, patterns.vocab);
  // Most comments hold no lexicon hit, no group and no anchor of any pattern: then only typos
  // can add something, and the scopes and the pattern search are skipped.
  if (ctx.matches.length === 0 && ctx.groups.length === 0) {
    readVerbTypos(patterns, v);
    if (!anyPossible(patterns, v)) {
      if (ctx.automaton) {
        const fz = findFuzzy(ctx, v);
        if (fz.matches.length === 0 && fz.groups.length === 0) return out;
        return runAll(ctx, v, patterns, out, fz);
      }
      return out;
    }
  }
  return runAll(ctx, v, patterns, out, undefined);
}

function runAll(
  ctx: DetectContext,
  v: TokenView,
  patterns: ReturnType<typeof builtInPatterns>,
  out: DetectResult,
  fuzzy: { matches: Match[]; groups: GroupMention[] } | undefined,
): DetectResult {
  const scope = new Scope(v, ctx.markers, patterns);
  const range = (m: { start: number; end: number }): [number, number] => [v.tokenOfOffset(m.start), v.tokenOfOffset(m.end - 1)];

  // 1. Typos of lexicon words, on tokens no hit covers.
  const groups = [...ctx.groups];
  if (ctx.automaton) {
    const fz = fuzzy ?? findFuzzy(ctx, v);
    out.matches.push(...fz.matches);
    groups.push(...fz.groups);
  }

  // 2. Context rules over the lexicon's own hits (before they feed the patterns).
  const all = [...ctx.matches, ...out.matches];
  for (const m of all) {
    if (m.suppressedBy && m.suppressedBy !== 'ambiguity') continue;
    const [from, to] = range(m);
    // An insult aimed at the reader and an oath are no statement about people that a later
    // « c'est faux / raciste » could judge; slurs, the insults they make and insults at a
    // group (« les X sont des voleurs, c'est un cliché ») are.
    const judged = m.category !== 'profanity' && (m.category !== 'insult' || m.ruleId.endsWith('#aimed') || !scope.addressed(from));
    const why = scope.reported(from, to, judged) ?? (scope.negatedHit(from) ? 'negation' : undefined);
    if (why) m.suppressedBy = why;
  }

  // 3. Patterns over tokens and the spans of lexicon findings.
  const spans: Spans = new Map();
  const addSpan = (name: SpanClass, from: number, to: number) => {
    let byStart = spans.get(name);
    if (!byStart) {
      byStart = new Map();
      spans.set(name, byStart);
    }
    const l = byStart.get(from);
    if (l) l.push(to + 1);
    else byStart.set(from, [to + 1]);
  };
  const groupStarts = new Set(groups.map((g) => g.from));
  for (const m of all) {
    if (m.suppressedBy && m.suppressedBy !== 'ambiguity') continue;
    const [from, to] = range(m);
    // A slur names its group even where it is not aimed at anyone (« les [slur], faut … »).
    if (m.target && !groupStarts.has(from)) {
      groupStarts.add(from);
      groups.push({ group: m.target, start: m.start, end: m.end, from, to, ruleId: m.ruleId });
    }
    if (m.category === 'profanity' && !m.suppressedBy) addSpan('PROFANITY', from, to);
    // An insult that was not aimed (« … sont des cons ») still derogates the group it
    // describes, unless it is a mild word (« victimes »).
    if (m.suppressedBy && m.severity === 'low') continue;
    if (m.category === 'insult') addSpan('INSULT', from, to);
    if (TOXIC_SPAN.has(m.category)) addSpan('TOXIC', from, to);
  }
  groups.sort((a, b) => a.from - b.from);
  for (const g of groups) addSpan('GROUP', g.from, g.to);
  const found = runPatterns(patterns, v, spans);

  const span = (p: PatternMatch) => ({ start: v.start[p.from]!, end: v.end[p.to - 1]! });
  const why = (p: PatternMatch) =>
    scope.reported(p.from, p.to - 1, p.pattern.out !== 'threat' && p.pattern.out !== 'insult') ??
    (p.pattern.negOk || !scope.negatedMatch(p.from, p.to - 1) ? undefined : 'negation');

  // Threats: per kind, the longest of overlapping matches; a less severe threat inside a more severe one goes.
  const threats = found
    .filter((p) => p.pattern.out === 'threat' && !scope.isExempt(p.from, p.to - 1))
    .sort(
      (a, b) =>
        SEVERITIES.indexOf(b.pattern.severity) - SEVERITIES.indexOf(a.pattern.severity) ||
        b.to - b.from - (a.to - a.from) ||
        a.from - b.from,
    );
  // Per token: the threat kinds already kept over it (bit mask) and their highest severity.
  const kinds = new Uint8Array(v.n);
  // The threats kept and not set aside, for the identity attacks they make.
  const threatMatches: PatternMatch[] = [];
  const level = new Uint8Array(v.n);
  for (const p of threats) {
    const bit = 1 << THREAT_KINDS.indexOf(p.pattern.kind!);
    const sev = SEVERITIES.indexOf(p.pattern.severity);
    let clash = false;
    for (let k = p.from; k < p.to && !clash; k++) clash = (kinds[k]! & bit) !== 0 || level[k]! > sev;
    if (clash) continue;
    for (let k = p.from; k < p.to; k++) {
      kinds[k]! |= bit;
      level[k] = Math.max(level[k]!, sev);
    }
    const t: Threat = { ...span(p), kind: p.pattern.kind!, severity: p.pattern.severity, ruleId: p.pattern.id };
    const s = why(p);
    if (s) t.suppressedBy = s;
    else threatMatches.push(p);
    out.threats.push(t);
    // A rape threat is sexual harassment too.
    if (t.kind === 'sexual') {
      const m: Match = { start: t.start, end: t.end, category: 'sexual', severity: t.severity, term: p.pattern.id, ruleId: p.pattern.id };
      if (s) m.suppressedBy = s;
      out.matches.push(m);
    }
  }
  out.threats.sort((a, b) => a.start - b.start);

  // Sexual remarks, mockery of a body, incitement to self-harm and put-downs made of several
  // words (« je voudrais bien te sauter », « elle est devenue une baleine », « tu devrais te
  // pendre », « t'as eu ton bac dans un kinder »): one finding per category and stretch of text,
  // unless a sexual threat already covers a sexual one.
  for (const [cat, outName] of PHRASE_OUTPUTS) {
    let end = -1;
    for (const p of found.filter((x) => x.pattern.out === outName).sort((a, b) => a.from - b.from || b.to - a.to)) {
      if (p.from < end || (cat === 'sexual' && kinds[p.from]! & SEXUAL_BIT) || scope.isExempt(p.from, p.to - 1)) continue;
      end = p.to;
      const m: Match = { ...span(p), category: cat, severity: p.pattern.severity, term: p.pattern.id, ruleId: p.pattern.id };
      const s = why(p);
      if (s) m.suppressedBy = s;
      out.matches.push(m);
    }
  }

  // Identity attacks: the group inside the match, or the one named just before it.
  // (groups are sorted by first token: a binary search finds those of a match)
  const firstAtOrAfter = (k: number) => {
    let lo = 0;
    let hi = groups.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (groups[mid]!.from < k) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const lastEnd = new Map<TargetGroup, number>();
  // One target per group and attack: overlapping matches of one group are one attack. A match
  // set aside (negated, quoted) does not hide an overlapping one that stands.
  const addTarget = (p: PatternMatch, group: TargetGroup, suppressedBy: Suppression | undefined) => {
    const t: Target = { ...span(p), group, ruleId: p.pattern.id };
    if ((lastEnd.get(group) ?? -1) > t.start) return;
    if (suppressedBy) t.suppressedBy = suppressedBy;
    else lastEnd.set(group, t.end);
    out.targets.push(t);
  };
  // A group named as the complement of a noun, right before the verb (« le racisme envers les
  // Noirs est un fléau », « les violences faites aux femmes sont … »): the sentence judges that
  // noun, not the group.
  const prep = patterns.classIndex.get('OF_GROUP');
  const complement = (p: PatternMatch, g: GroupMention) => {
    const k = g.from - (ctx.roles.endsAt(g.from - 1, FILLER) ? 2 : 1); // « envers les … »
    return g.from === p.from && !!v.word[k]?.cls?.includes(prep!) && v.sameClause(k, p.to - 1);
  };
  for (const p of found.filter((x) => x.pattern.out === 'target').sort((a, b) => a.from - b.from)) {
    const named: GroupMention[] = [];
    const i0 = firstAtOrAfter(p.from);
    const g0 = groups[i0];
    if (g0 && complement(p, g0)) continue;
    for (let i = i0; i < groups.length && groups[i]!.from < p.to; i++) if (groups[i]!.to < p.to) named.push(groups[i]!);
    if (named.length === 0) {
      for (let i = i0 - 1; i >= 0 && groups[i]!.from >= p.from - GROUP_REACH - 8; i--) {
        const g = groups[i]!;
        if (g.to < p.from && g.to >= p.from - GROUP_REACH) {
          named.push(g);
          break;
        }
      }
    }
    const s = why(p);
    for (const g of named) addTarget(p, g.group, s);
    if (named.length === 0 && p.pattern.group) addTarget(p, p.pattern.group, s);
  }

  // A threat against a group it names, inside it or right after it in its clause (« il faut
  // tabasser les … », « on va tous les buter ces … »), is an identity attack too.
  threatMatches.sort((a, b) => a.from - b.from);
  for (const p of threatMatches) {
    for (let i = firstAtOrAfter(p.from); i < groups.length && groups[i]!.from <= p.to + 1; i++) {
      const g = groups[i]!;
      if (g.to < p.to || v.sameClause(p.from, g.to)) addTarget(p, g.group, undefined);
    }
  }

  // Aimed profanity: « t'es une merde » is an insult; the oath reading is set aside. An
  // ambiguous insult the pattern aims (« ton pote est un déchet », « bouffon va ») counts.
  const profanity = new Map<number, { m: Match; to: number }[]>();
  for (const m of all) {
    if (m.category === 'insult' ? m.suppressedBy !== 'ambiguity' : m.category !== 'profanity' || m.suppressedBy) continue;
    const [from, to] = range(m);
    const l = profanity.get(from) ?? [];
    l.push({ m, to });
    profanity.set(from, l);
  }
  for (const p of found) {
    if (p.pattern.out !== 'insult') continue;
    for (let k = p.from; k < p.to; k++)
      for (const { m, to } of profanity.get(k) ?? []) {
        if (to >= p.to) continue;
        const s = why(p);
        if (m.category === 'insult') {
          if (m.suppressedBy === 'ambiguity') m.suppressedBy = s;
          continue;
        }
        if (m.suppressedBy) continue;
        m.suppressedBy = 'ambiguity';
        const ins: Match = {
          start: m.start,
          end: m.end,
          category: 'insult',
          severity: SEVERITIES.indexOf(m.severity) < 2 ? 'medium' : m.severity,
          term: m.term,
          ruleId: p.pattern.id,
        };
        if (s) ins.suppressedBy = s;
        out.matches.push(ins);
      }
  }
  return out;
}
