/**
 * The standalone normalizers: each evasion vigie undoes, usable on its own and composable,
 * every output carrying a map back to the offsets of the original text.
 *
 * @packageDocumentation
 */

export type { MappedText, Normalizer } from './standalone.js';
export {
  collapseRepeats,
  compose,
  decodeLeetspeak,
  foldCase,
  foldHomoglyphs,
  joinSpacedLetters,
  mapSpan,
  normalize,
  removeInnerPunctuation,
  stripAccents,
  stripInvisible,
} from './standalone.js';
