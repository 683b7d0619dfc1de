/**
 * vigie — offline French toxicity detection.
 *
 * @packageDocumentation
 */
export { createDetector, censorSpans } from './detector.js';
export type { CensorOptions, CustomTerm, Detector, DetectorOptions } from './detector.js';
export { VigieError } from './errors.js';
export { parseLexicon } from './lexicon/parse.js';
export type { Boundary, EntryKind, LexiconEntry, MarkerRole, When } from './lexicon/parse.js';
export type { Inflection } from './lexicon/inflect.js';
export { inflect, INFLECTIONS } from './lexicon/inflect.js';
export * from './types.js';
