import fc from 'fast-check';

const chars = (s: string) => fc.constantFrom(...Array.from(s));
const cp = (min: number, max: number) => fc.integer({ min, max }).map((c) => String.fromCodePoint(c));

/**
 * One "unit" of adversarial French text: letters, accents, digits, spaces, punctuation, emoji
 * (surrogate pairs), lone surrogates, combining marks, invisible characters, lookalikes.
 */
export const unit: fc.Arbitrary<string> = fc.oneof(
  { weight: 12, arbitrary: chars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ') },
  { weight: 4, arbitrary: chars('éèêëàâäîïôöùûüÿçœæÉÈÊÀÂÎÔÙÛÇŒÆß') },
  { weight: 4, arbitrary: chars('0123456789') },
  { weight: 6, arbitrary: chars('    \u00a0\u202f\u2009\t\n') },
  { weight: 5, arbitrary: chars('.,;:!?\'’-_*@$€£|()"«»/#+=~^·•°§¢\\') },
  { weight: 2, arbitrary: fc.constantFrom('😀', '👍🏽', '❤️', '👨‍👩‍👧', '🇫🇷', '🄰', '𝐜', '𝐂', '𝟎', '𐐀') },
  { weight: 1, arbitrary: cp(0x1f300, 0x1faff) },
  { weight: 2, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((u) => String.fromCharCode(u)) },
  { weight: 2, arbitrary: cp(0x300, 0x36f) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '\u200b',
      '\u200c',
      '\u200d',
      '\u2060',
      '\ufeff',
      '\u00ad',
      '\u200e',
      '\u202e',
      '\u2066',
      '\ufe0f',
      '\u034f',
      '\u{e0041}',
      '\u{e0100}',
      '\u{1bca0}',
      '\u{1d173}',
    ),
  },
  { weight: 3, arbitrary: chars('аеорсхуіјАЕОРСХНКМТВёйαοινρκτυΑΟΙΝΡΚΤΥΒΕάέ') },
  { weight: 1, arbitrary: cp(0x370, 0x4ff) },
  { weight: 2, arbitrary: cp(0xff01, 0xff5e) },
  { weight: 1, arbitrary: cp(0x1d400, 0x1d7ff) },
  { weight: 1, arbitrary: cp(0x2460, 0x24ff) },
  { weight: 1, arbitrary: cp(0x1f100, 0x1f1ff) },
  { weight: 1, arbitrary: cp(0xfb00, 0xfb06) },
  { weight: 1, arbitrary: cp(0, 0x10ffff) },
);

/** Adversarial strings. */
export const text = fc.string({ unit, maxLength: 80 });

/** Strings made to trigger the word-level rules: single letters, separators, repeats, leet. */
export const evasive = fc.string({
  unit: fc.oneof(
    { weight: 6, arbitrary: chars('aconrdyàl') },
    { weight: 3, arbitrary: chars(' .-_') },
    { weight: 2, arbitrary: chars('0134@$!|*') },
    { weight: 1, arbitrary: unit },
  ),
  maxLength: 60,
});

/** Whether offset `i` of `s` is the low half of a surrogate pair. */
export function insidePair(s: string, i: number): boolean {
  if (i <= 0 || i >= s.length) return false;
  const lo = s.charCodeAt(i);
  const hi = s.charCodeAt(i - 1);
  return lo >= 0xdc00 && lo <= 0xdfff && hi >= 0xd800 && hi <= 0xdbff;
}

/** A deterministic pseudo-random generator (mulberry32), for large inputs. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BIG_UNITS = [
  ...'abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ',
  ...'éèàçœÉ0123456789',
  ..."          .,;!?'’-_*@$|",
  '😀',
  '👍🏽',
  '\u200b',
  '\u0301',
  'а',
  'ο',
  'ｃ',
  '𝐜',
  '\ud800',
  '\udc00',
];

/** About `n` code units of random adversarial text, built without fast-check (1 MB inputs). */
export function bigText(n: number, seed = 42): string {
  const rnd = prng(seed);
  const parts: string[] = [];
  let len = 0;
  while (len < n) {
    // Now and then a spaced, dotted or repeated word, so the word-level rules run too.
    const r = rnd();
    let p: string;
    if (r < 0.01) p = ' c o n n a r d ';
    else if (r < 0.02) p = ' c.0.n.n.4.r.d ';
    else if (r < 0.03) p = ' connnnnnard ';
    else p = BIG_UNITS[Math.floor(rnd() * BIG_UNITS.length)]!;
    parts.push(p);
    len += p.length;
  }
  return parts.join('');
}
