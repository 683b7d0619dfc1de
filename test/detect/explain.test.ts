import { describe, expect, it } from 'vitest';
import { explain } from '../../src/explain.js';
import { detector } from './helpers.js';

describe('explain', () => {
  it('gives a reason per finding, in French and English, with its rule', () => {
    const text = "je vais te retrouver, t'es une merde";
    const a = detector.analyze(text);
    const fr = explain(a, text, 'fr');
    const en = explain(a, text, 'en');
    expect(fr.length).toBe(a.threats.length + a.targets.length + a.matches.length);
    const threat = fr.find((e) => e.kind === 'threat')!;
    expect(threat.excerpt).toBe('je vais te retrouver');
    expect(threat.message).toBe('menace de violence, gravité élevée');
    expect(threat.ruleId).toBe('threats/violence-find');
    expect(en.find((e) => e.kind === 'threat')!.message).toBe('threat of violence, severity high');
    expect(en.find((e) => e.ruleId === 'aim/profanity-aimed')!.message).toContain('aimed at someone');
  });
  it('says why a finding was set aside', () => {
    const text = 'je ne vais pas te tuer';
    const [e] = explain(detector.analyze(text), text, 'en');
    expect(e!.suppressedBy).toBe('negation');
    expect(e!.message).toContain('negated');
  });
  it('names the group of an identity attack', () => {
    const text = 'les martiens sont des rats';
    const e = explain(detector.analyze(text), text, 'fr').find((x) => x.kind === 'target')!;
    expect(e.message).toBe('attaque contre un groupe protégé');
  });
});
