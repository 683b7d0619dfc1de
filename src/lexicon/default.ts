import { LEXICON_AUTOMATON, LEXICON_ENTRIES } from '../generated/lexicon.js';
import { deserialize } from './automaton.js';
import type { CompiledLexicon } from './build.js';
import { EntryTable } from './table.js';

let cached: CompiledLexicon | undefined;

/** The built-in French lexicon, decoded once on first use (no trie construction at startup). @internal */
export function defaultLexicon(): CompiledLexicon {
  if (!cached) {
    // The automaton first: the entry table reads the terms it leaves out from its paths.
    const firstPaths: string[] = [];
    const automaton = deserialize(LEXICON_AUTOMATON, firstPaths);
    cached = { entries: EntryTable.deserialize(LEXICON_ENTRIES, firstPaths), automaton };
  }
  return cached;
}
