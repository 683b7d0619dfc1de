import type { Marker, MarkerIndex } from '../analyze/context.js';
import type { EntryTable } from '../lexicon/table.js';
import type { NormalizedText } from '../normalize/pipeline.js';
import type { Match, Target, TargetGroup, Threat } from '../types.js';

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

/**
 * Runs the compositional detectors (threats, identity attacks, context). Only texts where the
 * lexicon pass found something relevant reach the costly ones.
 * @internal
 */
export function runDetectors(_ctx: DetectContext): DetectResult {
  return { threats: [], targets: [], matches: [] };
}
