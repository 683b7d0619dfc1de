import { scoreOf } from '../analyze/score.js';
import { type Analysis, type Category, SEVERITIES, type Severity, type Span } from '../types.js';

/** The Perspective API attributes vigie answers (its production attributes, but FLIRTATION). */
export type PerspectiveAttribute =
  | 'TOXICITY'
  | 'SEVERE_TOXICITY'
  | 'IDENTITY_ATTACK'
  | 'INSULT'
  | 'PROFANITY'
  | 'THREAT'
  | 'SEXUALLY_EXPLICIT';

/** Every attribute of {@link PerspectiveAttribute}, in Perspective's documentation order. */
export const PERSPECTIVE_ATTRIBUTES: readonly PerspectiveAttribute[] = [
  'TOXICITY',
  'SEVERE_TOXICITY',
  'IDENTITY_ATTACK',
  'INSULT',
  'PROFANITY',
  'THREAT',
  'SEXUALLY_EXPLICIT',
];

/** A score as Perspective writes it. */
export interface PerspectiveScore {
  /** In [0, 1]. */
  value: number;
  /** Always `PROBABILITY`, the only score type vigie gives. */
  type: 'PROBABILITY';
}

/** The score of one stretch of the comment. */
export interface PerspectiveSpanScore {
  /** First UTF-16 code unit of the finding (inclusive), as every vigie offset. */
  begin: number;
  /** End of the finding (exclusive). */
  end: number;
  /** Score of that finding alone. */
  score: PerspectiveScore;
}

/** What Perspective returns for one attribute. */
export interface PerspectiveAttributeScore {
  /** Score of the whole comment. */
  summaryScore: PerspectiveScore;
  /** One per active finding of the attribute, in text order (only when span annotations are asked for). */
  spanScores?: PerspectiveSpanScore[];
}

/** A finding counted toward an attribute: its span and severity. */
interface Finding extends Span {
  severity: Severity;
}

/** The categories of analysis matches each attribute counts (threats and targets are added apart). */
const MATCH_CATEGORIES: Record<PerspectiveAttribute, readonly Category[]> = {
  TOXICITY: ['insult', 'hate', 'threat', 'sexual', 'self_harm', 'body_shaming'],
  SEVERE_TOXICITY: ['insult', 'hate', 'threat', 'sexual', 'self_harm', 'body_shaming'],
  IDENTITY_ATTACK: ['hate'],
  INSULT: ['insult'],
  // Perspective's PROFANITY is about the words (swear words, obscenity), aimed or not.
  PROFANITY: ['profanity', 'insult'],
  THREAT: ['threat'],
  SEXUALLY_EXPLICIT: ['sexual'],
};

/**
 * Maps vigie's score bands onto the scale Perspective users set their thresholds on: a toxic
 * analysis lands in [0.7, 1] (0.7 is the threshold Perspective's documentation suggests for a
 * moderation queue), keeping vigie's order; a score under 0.2 (nothing, or swearing at no one)
 * stays as it is.
 */
export function perspectiveValue(score: number): number {
  if (score < 0.2) return score;
  return Math.round((0.7 + (0.3 * (score - 0.2)) / 0.8) * 1000) / 1000;
}

const HIGH = SEVERITIES.indexOf('high');

/** The active findings of `analysis` that count toward `attribute`, in text order. */
function findingsOf(analysis: Analysis, attribute: PerspectiveAttribute): Finding[] {
  const cats = MATCH_CATEGORIES[attribute];
  const out: Finding[] = [];
  for (const m of analysis.matches) if (!m.suppressedBy && cats.includes(m.category)) out.push(m);
  if (attribute === 'TOXICITY' || attribute === 'SEVERE_TOXICITY' || attribute === 'THREAT')
    for (const t of analysis.threats) if (!t.suppressedBy) out.push(t);
  if (attribute === 'SEXUALLY_EXPLICIT') for (const t of analysis.threats) if (!t.suppressedBy && t.kind === 'sexual') out.push(t);
  // An identity attack found by composition is a high-severity hate finding (as in analysis.score).
  if (attribute === 'TOXICITY' || attribute === 'SEVERE_TOXICITY' || attribute === 'IDENTITY_ATTACK')
    for (const t of analysis.targets) if (!t.suppressedBy) out.push({ start: t.start, end: t.end, severity: 'high' });
  const kept = attribute === 'SEVERE_TOXICITY' ? out.filter((f) => SEVERITIES.indexOf(f.severity) >= HIGH) : out;
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * The score of one attribute for an analysis, as Perspective's `attributeScores[attribute]`.
 * TOXICITY's summary is the analysis's own score on Perspective's scale; the others score the
 * findings of their categories the same way (highest severity, then how many). Swearing aimed
 * at no one scores high on PROFANITY and stays under 0.2 on TOXICITY.
 */
export function attributeScore(analysis: Analysis, attribute: PerspectiveAttribute, spans = false): PerspectiveAttributeScore {
  const found = findingsOf(analysis, attribute);
  let level = 0;
  for (const f of found) level = Math.max(level, SEVERITIES.indexOf(f.severity));
  const summary = attribute === 'TOXICITY' ? analysis.score : scoreOf(SEVERITIES[level]!, found.length, true);
  const out: PerspectiveAttributeScore = { summaryScore: { value: perspectiveValue(summary), type: 'PROBABILITY' } };
  if (spans)
    out.spanScores = found.map((f) => ({
      begin: f.start,
      end: f.end,
      score: { value: perspectiveValue(scoreOf(f.severity, 1, true)), type: 'PROBABILITY' },
    }));
  return out;
}
