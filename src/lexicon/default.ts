import { LEXICON_AUTOMATON, LEXICON_ENTRIES } from '../generated/lexicon.js';
import { deserialize } from './automaton.js';
import type { CompiledLexicon } from './build.js';
import { EntryTable } from './table.js';

let cached: CompiledLexicon | undefined;

/** The built-in French lexicon, decoded once on first use (no trie construction at startup). @internal */
export function defaultLexicon(): CompiledLexicon {
  cached ??= { entries: EntryTable.deserialize(LEXICON_ENTRIES), automaton: deserialize(LEXICON_AUTOMATON) };
  return cached;
}
