import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  collapseRepeats,
  compose,
  decodeLeetspeak,
  foldCase,
  foldHomoglyphs,
  joinSpacedLetters,
  type MappedText,
  mapSpan,
  type Normalizer,
  normalize,
  removeInnerPunctuation,
  stripAccents,
  stripInvisible,
} from '../../src/normalize/index.js';
import { bigText, evasive, insidePair, text } from './arbitraries.js';

/** The ASCII code units of `s`. */
function asciiOnly(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) < 0x80) out += s[i];
  return out;
}

const NORMALIZERS: [string, Normalizer][] = [
  ['foldCase', foldCase],
  ['stripAccents', stripAccents],
  ['foldHomoglyphs', foldHomoglyphs],
  ['stripInvisible', stripInvisible],
  ['decodeLeetspeak', decodeLeetspeak],
  ['joinSpacedLetters', joinSpacedLetters],
  ['removeInnerPunctuation', removeInnerPunctuation],
  ['collapseRepeats', collapseRepeats],
  ['normalize', normalize],
];

// FC_RUNS=5000 npx vitest run test/properties for a longer search.
const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 300) };

/** Checks every invariant of a MappedText against the original string. */
function checkMap(original: string, m: MappedText): void {
  const { text: out, map } = m;
  expect(map).toBeInstanceOf(Int32Array);
  expect(map.length).toBe(out.length + 1);
  expect(map[out.length]).toBe(original.length);
  let prev = 0;
  for (let i = 0; i <= out.length; i++) {
    const v = map[i]!;
    if (v < 0 || v > original.length) throw new Error(`map[${i}] = ${v} out of [0, ${original.length}]`);
    if (v < prev) throw new Error(`map decreases at ${i}: ${prev} then ${v}`);
    if (insidePair(original, v)) throw new Error(`map[${i}] = ${v} points inside a surrogate pair`);
    prev = v;
  }
}

describe.each(NORMALIZERS)('%s', (_name, fn) => {
  it('returns a well-formed map into the original string', () => {
    fc.assert(
      fc.property(fc.oneof(text, evasive), (s) => {
        checkMap(s, fn(s));
      }),
      RUNS,
    );
  });

  it('composes: given another normalizer’s output, maps through it to the first string', () => {
    fc.assert(
      fc.property(fc.oneof(text, evasive), fc.constantFrom(...NORMALIZERS), (s, [, first]) => {
        const a = first(s);
        const b = fn(a);
        checkMap(s, b);
        // Same text as on the plain string, and the map is the composition of both maps.
        const plain = fn(a.text);
        expect(b.text).toBe(plain.text);
        for (let i = 0; i <= b.text.length; i++) expect(b.map[i]).toBe(a.map[plain.map[i]!]);
      }),
      { numRuns: Math.ceil(RUNS.numRuns / 2) },
    );
  });

  it('maps any span of its output to a span of the original that splits no surrogate pair', () => {
    fc.assert(
      fc.property(fc.oneof(text, evasive), fc.nat(), fc.nat(), (s, x, y) => {
        const m = fn(s);
        const n = m.text.length;
        const a = n === 0 ? 0 : x % (n + 1);
        const b = n === 0 ? 0 : a + (y % (n - a + 1));
        const span = mapSpan(m, a, b);
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.end).toBeLessThanOrEqual(s.length);
        expect(span.start).toBeLessThanOrEqual(span.end);
        if (b > a) expect(span.end).toBeGreaterThan(span.start);
        expect(insidePair(s, span.start)).toBe(false);
        expect(insidePair(s, span.end)).toBe(false);
        // Spans of adjacent pieces never go backwards.
        if (b < n) expect(mapSpan(m, b, n).start).toBeGreaterThanOrEqual(span.start);
      }),
      RUNS,
    );
  });

  it('never throws and keeps the empty string empty', () => {
    const m = fn('');
    expect(m.text).toBe('');
    expect(Array.from(m.map)).toEqual([0]);
  });
});

/** The text without default-ignorable code points, except one whose removal would join a lone high surrogate (kept so far) to a lone low one after it. */
function dropInvisible(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    const w = cp > 0xffff ? 2 : 1;
    const hi = out.charCodeAt(out.length - 1);
    const lo = s.charCodeAt(i + w);
    const joins = hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
    if (!/\p{Default_Ignorable_Code_Point}/u.test(String.fromCodePoint(cp)) || joins) out += s.slice(i, i + w);
    i += w;
  }
  return out;
}

describe('idempotence', () => {
  const idempotent: [string, Normalizer][] = [
    ['foldCase', foldCase],
    ['stripAccents', stripAccents],
    ['stripInvisible', stripInvisible],
    ['foldHomoglyphs', foldHomoglyphs],
    ['collapseRepeats', collapseRepeats],
  ];
  it.each(idempotent)('%s is idempotent', (_name, fn) => {
    fc.assert(
      fc.property(fc.oneof(text, evasive), (s) => {
        const once = fn(s);
        const twice = fn(once);
        expect(twice.text).toBe(once.text);
        // The second pass changes nothing, so its map is the first one.
        expect(Array.from(twice.map)).toEqual(Array.from(once.map));
      }),
      RUNS,
    );
  });

  // Found by the property above: deleting the invisible character between two halves of a
  // broken surrogate pair joined them into U+E0001, which the second pass deleted.
  it.each([
    ['stripInvisible', stripInvisible, '\uDB40\u200B\uDC01'],
    ['stripInvisible', stripInvisible, '\uDB40\u200B\u200B\uDC01'],
    ['stripAccents', stripAccents, '\uD83D\u0301\uDE00'],
  ] as [string, Normalizer, string][])('%s never pairs broken surrogates by deleting what lies between them', (_name, fn, s) => {
    const once = fn(s);
    expect(once.text.length).toBeGreaterThan(2);
    expect(fn(once).text).toBe(once.text);
  });
});

describe('what each normalizer guarantees about its output', () => {
  it('foldCase leaves nothing to lowercase', () => {
    fc.assert(
      fc.property(text, (s) => {
        const out = foldCase(s).text;
        expect(out.toLowerCase()).toBe(out);
        expect(out.length).toBeGreaterThanOrEqual(s.length);
      }),
      RUNS,
    );
  });
  it('stripAccents keeps a mark between two halves of a broken pair rather than pair them (found by fast-check, seed 748724389)', () => {
    expect(stripAccents('\ud800\u0300\udc00').text).toBe('\ud800\u0300\udc00');
    expect(stripAccents('\ud800\u0300\u0301\udc00').text).toBe('\ud800\u0301\udc00');
    expect(stripInvisible('\ud800\u200b\udc00').text).toBe('\ud800\u200b\udc00');
  });
  it('stripAccents leaves no combining mark and keeps ASCII as is', () => {
    fc.assert(
      fc.property(text, (s) => {
        // A mark between a lone high and a lone low surrogate stays (removing it would pair them).
        const out = stripAccents(s).text.replace(/(?<=[\uD800-\uDBFF])\p{M}+(?=[\uDC00-\uDFFF])/gu, '');
        expect(/\p{M}/u.test(out)).toBe(false);
        const ascii = asciiOnly(s);
        expect(stripAccents(ascii).text).toBe(ascii);
      }),
      RUNS,
    );
  });
  it('stripInvisible leaves no default-ignorable code point and removes nothing else', () => {
    fc.assert(
      fc.property(text, (s) => {
        const out = stripInvisible(s).text;
        // The one exception: an invisible whose removal would pair a lone high surrogate with a
        // lone low one stays (the rule perCodePoint applies to every deletion).
        expect(out).toBe(dropInvisible(s));
        expect(
          /\p{Default_Ignorable_Code_Point}/u.test(
            out.replace(/(?<=[\uD800-\uDBFF])\p{Default_Ignorable_Code_Point}(?=[\uDC00-\uDFFF])/gu, ''),
          ),
        ).toBe(false);
      }),
      RUNS,
    );
  });
  it('foldHomoglyphs leaves ASCII alone and never lengthens by more than 3 units per code point', () => {
    fc.assert(
      fc.property(text, (s) => {
        const m = foldHomoglyphs(s);
        const ascii = asciiOnly(s);
        expect(foldHomoglyphs(ascii).text).toBe(ascii);
        expect(m.text.length).toBeLessThanOrEqual(3 * s.length);
      }),
      RUNS,
    );
  });
  it('collapseRepeats leaves no run of three identical ASCII letters', () => {
    fc.assert(
      fc.property(fc.oneof(text, evasive), (s) => {
        const out = collapseRepeats(s).text.toLowerCase();
        for (let i = 2; i < out.length; i++) {
          const c = out.charCodeAt(i);
          // « yyỳ » written with a combining grave is two y and a ỳ: not a run.
          const marked = i + 1 < out.length && /\p{M}/u.test(out[i + 1]!);
          if (c >= 97 && c <= 122 && !marked) expect(c === out.charCodeAt(i - 1) && c === out.charCodeAt(i - 2)).toBe(false);
        }
      }),
      RUNS,
    );
  });
  it('the word-level normalizers never lengthen the text', () => {
    fc.assert(
      fc.property(fc.oneof(text, evasive), (s) => {
        for (const f of [decodeLeetspeak, joinSpacedLetters, removeInnerPunctuation, collapseRepeats, stripInvisible])
          expect(f(s).text.length).toBeLessThanOrEqual(s.length);
      }),
      RUNS,
    );
  });
  it('decodeLeetspeak leaves text without digits or symbols unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."abcdéèà ,.'’-"), maxLength: 60 }), (s) => {
        expect(decodeLeetspeak(s).text).toBe(s);
      }),
      RUNS,
    );
  });
  it('joinSpacedLetters joins any word of three or more letters written spaced, dotted or hyphenated', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'bcdfghjklmnpqrstvwxz'), minLength: 3, maxLength: 12 }),
        fc.constantFrom(' ', '.', '-', '_', ' - '),
        (word, sep) => {
          const spaced = Array.from(word).join(sep);
          const original = `oh le ${spaced} !`;
          const m = joinSpacedLetters(original);
          expect(m.text).toBe(`oh le ${word} !`);
          const at = m.text.indexOf(word);
          const span = mapSpan(m, at, at + word.length);
          expect(original.slice(span.start, span.end)).toBe(spaced);
        },
      ),
      RUNS,
    );
  });
});

describe('compose', () => {
  it('equals chaining the normalizers by hand', () => {
    fc.assert(
      fc.property(fc.oneof(text, evasive), fc.array(fc.constantFrom(...NORMALIZERS.slice(0, 8)), { maxLength: 5 }), (s, picked) => {
        const fns = picked.map(([, f]) => f);
        const a = compose(...fns)(s);
        let b: MappedText | string = s;
        for (const f of fns) b = f(b);
        const bt = typeof b === 'string' ? b : b.text;
        expect(a.text).toBe(bt);
        checkMap(s, a);
      }),
      RUNS,
    );
  });
});

describe('large input', () => {
  it('normalizes 1 MB of random adversarial text', () => {
    const s = bigText(1 << 20);
    const m = normalize(s);
    checkMap(s, m);
    expect(m.text.length).toBeGreaterThan(0);
  });
  it('stays linear on pathological inputs', () => {
    const n = 200_000;
    for (const s of [
      '!'.repeat(n),
      '!\u200b'.repeat(n / 2),
      'a '.repeat(n / 2),
      'a.'.repeat(n / 2),
      'a*'.repeat(n / 2),
      '*'.repeat(n),
      'a'.repeat(n),
      'a\u0301'.repeat(n / 2),
      `a${'\u200b'.repeat(n)}`,
      '1'.repeat(n),
    ]) {
      checkMap(s, normalize(s));
    }
  });
});
