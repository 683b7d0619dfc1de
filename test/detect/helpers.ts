import { createDetector, type Detector } from '../../src/index.js';

/** Our own small vocabulary, so that these tests do not move when the shipped lexicons grow. */
export const LEX = `
@category insult
connard | infl=e sev=high
abruti | infl=e
@category profanity
merde | sev=low
putain | sev=low
@category group
martien | infl=e target=other
@category hate
zorglub | infl=s target=other sev=high
`;

export const detector = createDetector({ lexicons: { 'detect-test.txt': LEX } });

/** Active threats of a text under detector `d`, as `kind`. */
const activeThreatKinds = (d: Detector, text: string): string[] =>
  d
    .analyze(text)
    .threats.filter((t) => !t.suppressedBy)
    .map((t) => t.kind);

/** Active threats of a text, as `kind`. */
export const threatKinds = (text: string): string[] => activeThreatKinds(detector, text);

/** Active targets of a text. */
export const targets = (text: string): string[] => detector.analyze(text).targets.map((t) => t.group);

/** A detector with the shipped lexicons, for tests of the constructions they hold. */
export const shipped = createDetector();

/** Active categories of a text under the shipped lexicons. */
export const shippedCategories = (text: string): string[] => shipped.analyze(text).categories;

/** Active threats of a text under the shipped lexicons, as `kind`. */
export const shippedThreatKinds = (text: string): string[] => activeThreatKinds(shipped, text);

/** Active targets of a text under the shipped lexicons. */
export const shippedGroups = (text: string): string[] =>
  shipped
    .analyze(text)
    .targets.filter((t) => !t.suppressedBy)
    .map((t) => t.group);
