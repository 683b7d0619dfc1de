/** Toxicity categories of the taxonomy (SPEC.md). */
export type Category = 'insult' | 'profanity' | 'hate' | 'threat' | 'sexual' | 'self_harm' | 'body_shaming';
/** Severity, from none to critical; the order is meaningful. */
export type Severity = 'none' | 'low' | 'medium' | 'high' | 'critical';
/** Kind of a threat. */
export type ThreatKind = 'death' | 'violence' | 'sexual' | 'doxxing' | 'self_harm';
/** Identity group that a hateful text attacks. */
export type TargetGroup =
  | 'women'
  | 'lgbt'
  | 'black'
  | 'arab'
  | 'muslim'
  | 'jewish'
  | 'christian'
  | 'roma'
  | 'asian'
  | 'disabled'
  | 'migrant'
  | 'other';
/** What a text is about. */
export type TopicId = 'religion' | 'israel_palestine' | 'lgbt' | 'physique' | 'sport' | 'politics' | 'immigration' | 'gender' | 'racism';
/** Why a finding was set aside. */
export type Suppression = 'negation' | 'quote' | 'counter_speech' | 'ambiguity';

/** Every category, most severe first (the order used to sort `categories`). */
export const CATEGORIES: readonly Category[] = ['threat', 'self_harm', 'hate', 'sexual', 'insult', 'body_shaming', 'profanity'];
/** Severities from lowest to highest. */
export const SEVERITIES: readonly Severity[] = ['none', 'low', 'medium', 'high', 'critical'];
/** Every threat kind. */
export const THREAT_KINDS: readonly ThreatKind[] = ['death', 'violence', 'sexual', 'doxxing', 'self_harm'];
/** Every target group. */
export const TARGET_GROUPS: readonly TargetGroup[] = [
  'women',
  'lgbt',
  'black',
  'arab',
  'muslim',
  'jewish',
  'christian',
  'roma',
  'asian',
  'disabled',
  'migrant',
  'other',
];
/** Every topic. */
export const TOPICS: readonly TopicId[] = [
  'religion',
  'israel_palestine',
  'lgbt',
  'physique',
  'sport',
  'politics',
  'immigration',
  'gender',
  'racism',
];

/** A range of UTF-16 code units of the caller's text: `start` inclusive, `end` exclusive. */
export interface Span {
  /** First code unit (inclusive). */
  start: number;
  /** End (exclusive). */
  end: number;
}

/** A lexicon hit in the original text. */
export interface Match extends Span {
  /** Category of the lexicon entry. */
  category: Category;
  /** Severity of the entry. */
  severity: Severity;
  /** The lexicon entry matched (its lemma). */
  term: string;
  /** Stable id of the entry, `file/term`. */
  ruleId: string;
  /** Group targeted, for slurs. */
  target?: TargetGroup;
  /** Set when a context rule set this hit aside; it then counts toward nothing. */
  suppressedBy?: Suppression;
}

/** A threat found in the text. */
export interface Threat extends Span {
  /** What is threatened. */
  kind: ThreatKind;
  /** Severity (death and sexual threats are critical). */
  severity: Severity;
  /** Id of the rule that found it. */
  ruleId: string;
  /** Set when a context rule set this threat aside. */
  suppressedBy?: Suppression;
}

/** An identity group attacked by the text (present only with `hate`). */
export interface Target extends Span {
  /** The group. */
  group: TargetGroup;
  /** Id of the rule that found it. */
  ruleId: string;
  /** Set when a context rule set this target aside. */
  suppressedBy?: Suppression;
}

/** A topic of the text, toxic or not. */
export interface Topic {
  /** The topic. */
  topic: TopicId;
  /** Confidence in [0, 1]. */
  score: number;
  /** Where the topic's vocabulary occurs. */
  spans: Span[];
}

/** The analysis of one text. */
export interface Analysis {
  /** True iff some category other than `profanity` was found (and not set aside). */
  toxic: boolean;
  /** In [0, 1], monotone with severity: sort a moderation queue by it. */
  score: number;
  /** Highest severity found. */
  severity: Severity;
  /** Categories found, unique, most severe first. */
  categories: Category[];
  /** Every lexicon hit, with offsets into the original text. */
  matches: Match[];
  /** Every threat found. */
  threats: Threat[];
  /** Identity groups attacked (only with `hate`). */
  targets: Target[];
  /** What the text is about. */
  topics: Topic[];
}
