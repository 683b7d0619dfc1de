import { describe, expect, it } from 'vitest';
import { detector, targets } from './helpers.js';

describe('identity attacks: a group and derogation in one clause', () => {
  it.each([
    'je déteste les martiens',
    "j'ai horreur des martiens",
    'les martiens me dégoûtent',
    'les martiens sont des rats',
    'les martiens sont tous des voleurs',
    'les martiens sont inférieurs',
    'les martiens sont tous des connards',
    'les martiens devraient être expulsés',
    'dehors les martiens',
    'les martiens à la mer',
    "les martiens n'ont rien à faire en France",
    "les martiens, c'est pas des humains",
    'marre des martiens',
    'les martiens ça sert qu’à voler',
    'les martiens arrivent encore, il faut les renvoyer chez eux',
    'les martiems sont des rats', // typo of the group name
  ])('%s', (text) => {
    expect(targets(text)).toEqual(['other']);
    expect(detector.analyze(text).categories).toContain('hate');
  });
  it('the target covers the attack and names the rule', () => {
    const text = 'Franchement les martiens sont des rats.';
    const t = detector.analyze(text).targets[0]!;
    expect(text.slice(t.start, t.end)).toBe('martiens sont des rats');
    expect(t.ruleId).toBe('identity/hate-dehumanise');
  });
});

describe('neutral and positive mentions are not attacks', () => {
  it.each([
    'les martiens sont nos voisins',
    'les martiens ont gagné le championnat',
    'je respecte les martiens',
    "j'adore les martiens",
    'les martiens sont victimes de préjugés',
    'les martiens ne sont pas des voleurs',
    'il faut accueillir les martiens dignement',
    'les martiens restent chez eux ce week-end',
  ])('%s', (text) => {
    expect(targets(text)).toEqual([]);
    expect(detector.analyze(text).toxic).toBe(false);
  });
});
