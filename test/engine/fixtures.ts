import { createDetector } from '../../src/index.js';

/** A small lexicon of our own, so that engine tests do not move when the shipped lexicons grow. */
export const TEST_LEXICON = `
@category insult
connard | infl=e sev=high
enculé | infl=e sev=high
salaud | forms=salauds
fils de pute | sev=high
con | when=aimed
  + t'es vraiment con
  - le con de la rivière est sec
@category hate
@target arab
bougnoule | infl=s sev=high
@category sexual
bite | sev=high
@category profanity
putain | sev=low
@category group
@target women
@topic gender
femme | infl=s
@category topic
@topic sport
match | infl=-
arbitre | infl=s
`;

export const detector = createDetector({ lexicons: { 'test.txt': TEST_LEXICON } });

/** The original text of each active match, with its term. */
export function hits(text: string): string[] {
  return detector
    .analyze(text)
    .matches.filter((m) => !m.suppressedBy)
    .map((m) => `${m.term}:${text.slice(m.start, m.end)}`);
}
