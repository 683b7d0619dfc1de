import { ROLE_CODES } from '../lexicon/table.js';
import { F_MENTION } from '../normalize/classes.js';
import { type NormalizedText, SEP_HARD, SEP_KIND } from '../normalize/pipeline.js';

/** How far back (in tokens) an aiming marker (« t'es », « espèce de », « sale ») reaches. */
const AIM_REACH = 3;
/** Role codes of filler words, first-person frames, describing adjectives and « mon »/« ma ». */
const FILLER = ROLE_CODES.indexOf('filler');
const SELF = ROLE_CODES.indexOf('self');
const ADJ = ROLE_CODES.indexOf('adj');
const MINE = ROLE_CODES.indexOf('mine');
/** Role code of the words that may close a vocative (« pauvre type va », « abruti hein »). */
const TAIL = ROLE_CODES.indexOf('tail');
/** Role code of the demonstratives after which an opening word is said of what follows (« nul, ce match »). */
const SUBJECT = ROLE_CODES.indexOf('subject');
/** How far back a first-person frame (« je suis une vraie … ») reaches over filler words. */
const SELF_REACH = 5;
/** How far back an @mention aims. */
const MENTION_REACH = 8;

/** Index of the token holding code `c` (binary search). @internal */
export function tokenAt(norm: NormalizedText, c: number): number {
  let lo = 0;
  let hi = norm.tokens - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (norm.tokenStart[mid]! <= c) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A context marker found in the text: role code and token range [from, to]. @internal */
export interface Marker {
  role: number;
  from: number;
  to: number;
}

/**
 * Whether the hit covering tokens [from, to] is aimed at someone: an aiming marker ends just
 * before it, an @mention precedes it, or it stands alone as a vocative (the whole text, or
 * set off by punctuation at the start or end of the text, unless a demonstrative follows it:
 * « ridicule, cette décision » says the word of the decision).
 * @internal
 */
export function isAimed(norm: NormalizedText, roles: MarkerIndex, aimRole: number, from: number, to: number, vocative = true): boolean {
  // Walking back from the hit: an aiming marker counts if only filler words (« un », « vraiment »,
  // « gros »…) stand between it and the hit; any other word (« un cercle vicieux ») stops it.
  // An aiming adjective (« petit », « vieux », « gros ») after an article or a possessive
  // (fillers that do not aim) describes (« son vieux chien », « un gros chien »): a real aim may
  // still stand further back, two words further (« t'es vraiment qu'un gros … »). After « mon »,
  // « ma », it describes unless the hit ends its clause, as a vocative (« ta gueule mon gros … »).
  let mine = false;
  for (let t = from - 1, r = AIM_REACH; t >= 0 && t >= from - r; t--) {
    if (roles.endsAt(t, aimRole)) {
      mine = roles.endsAt(t - 1, MINE);
      if (!(roles.endsAt(t, ADJ) && (mine || (roles.endsAt(t - 1, FILLER) && !roles.endsAt(t - 1, aimRole))))) return true;
      r += 2;
    }
    if (!roles.endsAt(t, FILLER)) break;
  }
  for (let t = Math.max(0, from - MENTION_REACH); t <= from; t++) if ((norm.flags[norm.tokenStart[t]!]! & F_MENTION) !== 0) return true;
  if (!vocative) return false;
  let last = norm.tokens - 1;
  // A closing word after the hit ends the vocative as the text's end would.
  if (to === last - 1 && roles.endsAt(last, TAIL)) last = to;
  const hardBefore = from === 0 || (norm.sepKind[norm.tokenStart[from]! - 1]! & SEP_KIND) === SEP_HARD;
  const hardAfter = to === last || (norm.sepKind[norm.tokenEnd[to]!]! & SEP_KIND) === SEP_HARD;
  if ((from === 0 && to === last) || (mine && hardAfter)) return true;
  // « nul, ce match »: a word opening the text before a demonstrative is said of what follows.
  return (from === 0 && hardAfter && to < last && !roles.endsAt(to + 1, SUBJECT)) || (to === last && hardBefore && from > 0);
}

/**
 * Whether the hit over tokens [from, to] is said of oneself: a first-person frame before it,
 * over filler words only (« je suis une grosse flemmarde », « je me sens con »), or right after
 * an exclamation that opens the text (« quel idiot je fais »). Self-mockery insults no one.
 * @internal
 */
export function isSelf(roles: MarkerIndex, from: number, to: number): boolean {
  let t = from - 1;
  while (t >= from - SELF_REACH && roles.endsAt(t, FILLER)) t--;
  return roles.endsAt(t, SELF) || (t === 0 && roles.endsAt(to + 2, SELF));
}

/**
 * Whether the hit starting at token `from` names a group: a plural determiner (« les »,
 * « des », « ces », « tous les ») right before it. A plural ending alone is not enough:
 * « des rimes féminines », « acides gras trans ».
 * @internal
 */
export function isPlural(roles: MarkerIndex, pluralRole: number, from: number): boolean {
  return from > 0 && roles.endsAt(from - 1, pluralRole);
}

/**
 * The roles of the markers ending at each token, as a bit mask per token, so that context
 * checks look at a few tokens instead of every marker: linear however many markers a text has.
 * @internal
 */
export class MarkerIndex {
  private bits = new Uint16Array(64);

  /** Clears the index for a text of `tokens` tokens (and two past its end, read by {@link isSelf}). */
  reset(tokens: number): void {
    if (this.bits.length < tokens + 2) this.bits = new Uint16Array(Math.max(tokens + 2, this.bits.length * 2));
    else this.bits.fill(0, 0, tokens + 2);
  }

  /** Records a marker of `role` ending at token `to`. */
  add(role: number, to: number): void {
    this.bits[to]! |= 1 << role;
  }

  /** Whether a marker of `role` ends at token `t`. */
  endsAt(t: number, role: number): boolean {
    return ((this.bits[t]! >> role) & 1) === 1;
  }
}
