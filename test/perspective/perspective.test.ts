import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDetector, VigieError } from '../../src/index.js';
import { analyzeComment, attributeScore, PERSPECTIVE_ATTRIBUTES, perspectiveValue, toPerspective } from '../../src/perspective/index.js';

const detector = createDetector();
const all = Object.fromEntries(PERSPECTIVE_ATTRIBUTES.map((a) => [a, {}]));
const ask = (text: string, extra: object = {}) =>
  analyzeComment(detector, { comment: { text }, requestedAttributes: all, languages: ['fr'], spanAnnotations: true, ...extra });
const value = (r: ReturnType<typeof ask>, a: (typeof PERSPECTIVE_ATTRIBUTES)[number]) => r.attributeScores[a]?.summaryScore.value;

describe('analyzeComment answers a Perspective request', () => {
  it('has the response shape of AnalyzeComment', () => {
    const r = ask('Bravo pour ce match, quelle belle victoire', { clientToken: 'abc' });
    expect(Object.keys(r.attributeScores).sort()).toEqual([...PERSPECTIVE_ATTRIBUTES].sort());
    for (const a of PERSPECTIVE_ATTRIBUTES) {
      expect(r.attributeScores[a]!.summaryScore).toEqual({ value: 0, type: 'PROBABILITY' });
      expect(r.attributeScores[a]!.spanScores).toEqual([]);
    }
    expect(r.languages).toEqual(['fr']);
    expect(r.detectedLanguages).toEqual(['fr']);
    expect(r.clientToken).toBe('abc');
  });

  it('scores an insult high on TOXICITY and INSULT, with its span', () => {
    const text = "t'es vraiment qu'un c0nnard";
    const r = ask(text);
    expect(value(r, 'TOXICITY')).toBeGreaterThanOrEqual(0.7);
    expect(value(r, 'INSULT')).toBeGreaterThanOrEqual(0.7);
    expect(value(r, 'THREAT')).toBe(0);
    expect(value(r, 'IDENTITY_ATTACK')).toBe(0);
    const spans = r.attributeScores.INSULT!.spanScores!;
    expect(spans.map((s) => text.slice(s.begin, s.end))).toEqual(['c0nnard']);
    expect(spans[0]!.score.value).toBeGreaterThanOrEqual(0.7);
  });

  it('tells a threat and an identity attack apart', () => {
    const threat = ask('je vais te retrouver et te planter');
    expect(value(threat, 'THREAT')).toBeGreaterThanOrEqual(0.7);
    expect(value(threat, 'SEVERE_TOXICITY')).toBeGreaterThanOrEqual(0.7);
    expect(value(threat, 'IDENTITY_ATTACK')).toBe(0);
    const hate = ask('les musulmans sont des rats, il faut tous les virer');
    expect(value(hate, 'IDENTITY_ATTACK')).toBeGreaterThanOrEqual(0.7);
    expect(value(hate, 'THREAT')).toBe(0);
  });

  it('scores swearing at no one as PROFANITY, not TOXICITY', () => {
    const r = ask('putain, quel match de dingue');
    expect(value(r, 'PROFANITY')).toBeGreaterThanOrEqual(0.7);
    expect(value(r, 'TOXICITY')).toBeLessThan(0.2);
    expect(value(r, 'INSULT')).toBe(0);
  });

  it('does not score what a context rule set aside', () => {
    const r = ask('je ne déteste pas les juifs');
    expect(value(r, 'TOXICITY')).toBeLessThan(0.2);
    expect(value(r, 'IDENTITY_ATTACK')).toBe(0);
  });

  it('orders TOXICITY like analysis.score', () => {
    const texts = ['quel idiot', "t'es qu'un connard, sale pute", 'je vais te tuer, fils de pute', 'bonjour'];
    const pairs = texts.map((t) => [detector.analyze(t).score, value(ask(t), 'TOXICITY')!] as const);
    const byScore = [...pairs].sort((a, b) => a[0] - b[0]).map((p) => p[1]);
    expect(byScore).toEqual([...byScore].sort((a, b) => a - b));
  });

  it('leaves out attributes under their scoreThreshold, and spans unless asked', () => {
    const r = analyzeComment(detector, {
      comment: { text: 'espèce de connard' },
      requestedAttributes: { INSULT: { scoreThreshold: 0.7 }, THREAT: { scoreThreshold: 0.5 }, TOXICITY: {} },
    });
    expect(Object.keys(r.attributeScores).sort()).toEqual(['INSULT', 'TOXICITY']);
    expect(r.attributeScores.INSULT!.spanScores).toBeUndefined();
  });

  it('accepts French language tags and the fields it ignores', () => {
    const r = analyzeComment(detector, {
      comment: { text: 'bonjour', type: 'PLAIN_TEXT' },
      requestedAttributes: { TOXICITY: { scoreType: 'PROBABILITY' } },
      languages: ['en', 'fr-FR'],
      doNotStore: true,
      sessionId: 's',
      communityId: 'c',
      context: { entries: [] },
    });
    expect(r.languages).toEqual(['fr-FR']);
  });
});

describe('bad requests get an error naming the field', () => {
  const base = { comment: { text: 'salut' }, requestedAttributes: { TOXICITY: {} } };
  const cases: [string, unknown, string][] = [
    ['not an object', null, 'request'],
    ['no comment', { requestedAttributes: { TOXICITY: {} } }, 'request.comment'],
    ['comment text not a string', { ...base, comment: { text: 3 } }, 'request.comment'],
    ['unknown comment field', { ...base, comment: { text: 'a', lang: 'fr' } }, 'request.comment.lang'],
    ['no attribute', { ...base, requestedAttributes: {} }, 'request.requestedAttributes'],
    ['unsupported attribute', { ...base, requestedAttributes: { FLIRTATION: {} } }, 'request.requestedAttributes.FLIRTATION'],
    ['attribute parameters not an object', { ...base, requestedAttributes: { TOXICITY: true } }, 'request.requestedAttributes.TOXICITY'],
    [
      'unknown parameter',
      { ...base, requestedAttributes: { TOXICITY: { threshold: 1 } } },
      'request.requestedAttributes.TOXICITY.threshold',
    ],
    [
      'other score type',
      { ...base, requestedAttributes: { TOXICITY: { scoreType: 'STD_DEV_SCORE' } } },
      'request.requestedAttributes.TOXICITY.scoreType',
    ],
    [
      'threshold out of range',
      { ...base, requestedAttributes: { TOXICITY: { scoreThreshold: 2 } } },
      'request.requestedAttributes.TOXICITY.scoreThreshold',
    ],
    [
      'threshold NaN',
      { ...base, requestedAttributes: { TOXICITY: { scoreThreshold: Number.NaN } } },
      'request.requestedAttributes.TOXICITY.scoreThreshold',
    ],
    ['no French language', { ...base, languages: ['en', 'de'] }, 'request.languages'],
    ['languages not strings', { ...base, languages: [1] }, 'request.languages'],
    ['spanAnnotations not a boolean', { ...base, spanAnnotations: 'yes' }, 'request.spanAnnotations'],
    ['clientToken not a string', { ...base, clientToken: 1 }, 'request.clientToken'],
    ['unknown field', { ...base, requestedAttribute: {} }, 'request.requestedAttribute'],
  ];
  for (const [name, request, field] of cases)
    it(name, () => {
      let err: unknown;
      try {
        analyzeComment(detector, request as never);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(VigieError);
      expect(err).toBeInstanceOf(TypeError);
      expect((err as VigieError).file).toBe(field);
    });

  it('checks the request before reading the comment', () => {
    let read = false;
    const spy = {
      analyze: (text: string) => {
        read = true;
        return detector.analyze(text);
      },
      censor: detector.censor.bind(detector),
    };
    expect(() => analyzeComment(spy, { ...base, requestedAttributes: { SPAM: {} } } as never)).toThrow(VigieError);
    expect(read).toBe(false);
  });
});

describe('scores', () => {
  it('puts toxic analyses in [0.7, 1] and the rest under 0.2, keeping the order', () => {
    expect(perspectiveValue(0)).toBe(0);
    expect(perspectiveValue(0.1)).toBe(0.1);
    expect(perspectiveValue(0.2)).toBe(0.7);
    expect(perspectiveValue(1)).toBe(1);
    let prev = -1;
    for (let s = 0; s <= 1; s += 0.01) {
      const v = perspectiveValue(s);
      expect(v).toBeGreaterThanOrEqual(prev);
      expect(v).toBeLessThanOrEqual(1);
      prev = v;
    }
  });

  it('toPerspective answers from an analysis at hand, as analyzeComment does', () => {
    const text = 'sale gitan, dégage';
    const req = { requestedAttributes: all, spanAnnotations: true };
    expect(toPerspective(detector.analyze(text), req)).toEqual(analyzeComment(detector, { ...req, comment: { text } }));
    expect(attributeScore(detector.analyze(text), 'IDENTITY_ATTACK').summaryScore.value).toBeGreaterThanOrEqual(0.7);
  });
});

describe('any comment', () => {
  it('gets scores in [0, 1], spans inside the text, and TOXICITY ≥ 0.7 exactly when the analysis is toxic', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'grapheme' }),
          fc.constantFrom("t'es qu'un c0nnard", 'je vais te buter', 'putain de match'),
        ),
        (text) => {
          const r = ask(text);
          for (const a of PERSPECTIVE_ATTRIBUTES) {
            const s = r.attributeScores[a]!;
            expect(s.summaryScore.value).toBeGreaterThanOrEqual(0);
            expect(s.summaryScore.value).toBeLessThanOrEqual(1);
            for (const sp of s.spanScores!) {
              expect(0 <= sp.begin && sp.begin < sp.end && sp.end <= text.length).toBe(true);
              expect(sp.score.value).toBeGreaterThanOrEqual(0.7);
            }
          }
          expect(value(r, 'TOXICITY')! >= 0.7).toBe(detector.analyze(text).toxic);
        },
      ),
      { numRuns: 300 },
    );
  });
});
