import { A_OTHER, A_SEP, C_DIGIT, C_IGNORE, C_LETTER, C_OTHER } from '../normalize/classes.js';
import { foldTables, lookup } from '../normalize/table.js';

/**
 * Folds a lexicon form exactly as the text is folded (case, accents, ligatures, homoglyphs),
 * with every non-letter turned into one word separator, trimmed. Returns null when a letter
 * has no Latin fold (the entry could never match). Lexicon-time only: no leetspeak or joining,
 * the text side undoes those.
 * @internal
 */
export function foldTerm(form: string): Uint8Array | null {
  const t = foldTables();
  const out: number[] = [];
  for (const ch of form) {
    const cp = ch.codePointAt(0)!;
    const v = lookup(t, cp);
    const c = v >> 8;
    const f = v & 255;
    if (c === C_IGNORE) continue;
    if (c === C_LETTER || c === C_DIGIT) {
      if (f === 255) out.push(...t.multi.get(cp)!);
      else out.push(f);
    } else if (c === C_OTHER) return null;
    else if (out.length > 0 && out[out.length - 1] !== A_SEP) out.push(A_SEP);
  }
  while (out.length > 0 && out[out.length - 1] === A_SEP) out.pop();
  if (out.length === 0 || out.includes(A_OTHER)) return null;
  return Uint8Array.from(out);
}
