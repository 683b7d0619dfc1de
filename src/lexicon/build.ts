import { VigieError } from '../errors.js';
import type { Automaton } from './automaton.js';
import { type CompiledForm, compile, decompile } from './compile.js';
import { foldTerm } from './fold-term.js';
import type { LexiconEntry } from './parse.js';
import { EntryTable } from './table.js';

/** A lexicon ready to match: entry metadata and the automaton over their forms. @internal */
export interface CompiledLexicon {
  /** Entry metadata, indexed by entry id. */
  entries: EntryTable;
  /** The trie over every folded form. */
  automaton: Automaton;
}

/** The trie root of an entry's forms: 0 for terms that start a word, 1 for terms that may start inside one. @internal */
export const rootOf = (e: Pick<LexiconEntry, 'boundary'>): 0 | 1 => (e.boundary === 'word' || e.boundary === 'prefix' ? 0 : 1);

/** Folds and roots every form of the given entries, numbered from `first`. @internal */
export function formsOf(entries: readonly LexiconEntry[], first: number): CompiledForm[] {
  const out: CompiledForm[] = [];
  entries.forEach((e, k) => {
    const root = rootOf(e);
    for (const form of e.forms) {
      const codes = foldTerm(form);
      if (codes === null) throw new VigieError(`form "${form}" of "${e.term}" has no letter that vigie can match`, e.file, e.line);
      out.push({ codes, entry: first + k, root });
    }
  });
  return out;
}

/** Compiles validated entries into a lexicon. @internal */
export function buildLexicon(entries: readonly LexiconEntry[]): CompiledLexicon {
  const table = new EntryTable();
  for (const e of entries) table.add(e);
  return { entries: table, automaton: compile(formsOf(entries, 0)) };
}

/** A copy of `base` with more entries, recompiled (the base forms are read back from its automaton). @internal */
export function extendLexicon(base: CompiledLexicon, extra: readonly LexiconEntry[]): CompiledLexicon {
  if (extra.length === 0) return base;
  const table = base.entries.copy();
  const first = table.size;
  for (const e of extra) table.add(e);
  return { entries: table, automaton: compile([...decompile(base.automaton), ...formsOf(extra, first)]) };
}
