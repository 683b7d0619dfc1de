/**
 * vigie — offline French toxicity detection. The standalone normalizers (each evasion undone
 * on its own, with offsets) are in `vigie/normalize`, the findings told in words in
 * `vigie/explain`, the Perspective API drop-in in `vigie/perspective`.
 *
 * @packageDocumentation
 */

export type { CensorOptions, CustomTerm, Detector, DetectorOptions } from './detector.js';
export { censorSpans, createDetector } from './detector.js';
export { VigieError } from './errors.js';
export type { Inflection } from './lexicon/inflect.js';
export { INFLECTIONS, inflect } from './lexicon/inflect.js';
export type { Boundary, EntryKind, LexiconEntry, MarkerRole, When } from './lexicon/parse.js';
export { parseLexicon } from './lexicon/parse.js';
export * from './types.js';
