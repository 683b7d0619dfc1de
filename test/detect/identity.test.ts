import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/index.js';
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

describe('constructions of the shipped lexicons: generalisations, subjugation, tropes', () => {
  const shipped = createDetector();
  const groupsOf = (text: string): string[] =>
    shipped
      .analyze(text)
      .targets.filter((t) => !t.suppressedBy)
      .map((t) => t.group);
  it.each([
    ['les femmes sont toutes des manipulatrices', 'women'],
    ['une femme ça doit fermer sa gueule', 'women'],
    ['les femmes devraient se taire et obéir', 'women'],
    ['les femmes, leur place est à la cuisine', 'women'],
    ['la place des femmes est à la maison', 'women'],
    ['les femmes ne savent pas conduire', 'women'],
    ['les femmes ne devraient pas avoir le droit de voter', 'women'],
    ['les femmes sont incapables de réfléchir', 'women'],
    ["t'es qu'une salope comme toutes les femmes", 'women'],
    ['les femmes sont naturellement faibles', 'women'],
    ['les handicapés coûtent trop cher à la société', 'disabled'],
    ['les vieux devraient tous crever', 'other'],
    ['les retraités sont des parasites', 'other'],
    ['les juifs contrôlent les médias', 'jewish'],
    ["les juifs ont tout l'argent", 'jewish'],
    ['les gitans volent les poules', 'roma'],
    ['les asiatiques ont propagé le virus', 'asian'],
    ['les migrants arrivent par milliers, on est plus chez nous', 'migrant'],
    ['une femme arbitre, on aura tout vu', 'women'],
    ["les femmes au volant c'est une catastrophe", 'women'],
    ['les blancs sont tous des voleurs', 'other'],
  ])('%s → %s', (text, group) => {
    expect(groupsOf(text)).toContain(group);
    expect(shipped.analyze(text).categories).toContain('hate');
  });
  it.each([
    // a team's evening, not a generalisation about people
    'les Portugais sont dangereux en contre-attaque',
    'les Italiens étaient nuls ce soir',
    'les Marocains sont faibles défensivement',
    'les Allemands étaient vraiment faibles hier',
    'la défense des Italiens est une catastrophe',
    "les Italiens c'est une catastrophe ce soir",
    // advice, neutral and positive mentions
    'les personnes âgées devraient rester chez elles pendant la canicule',
    'les femmes devraient pouvoir se taire quand elles veulent',
    'la place des femmes est partout',
    'les femmes ont le droit de voter depuis 1944',
    'je respecte les boomers',
    'les chômeurs ont retrouvé du travail',
    'la banque Rothschild a racheté une société',
    // negation
    "la place des femmes n'est pas à la cuisine",
    'les femmes ne sont pas inférieures aux hommes',
    'les handicapés ne coûtent pas trop cher',
    // counter-speech
    'il ne faut pas dire que les juifs contrôlent les médias',
  ])('%s', (text) => {
    expect(groupsOf(text)).toEqual([]);
    expect(shipped.analyze(text).toxic).toBe(false);
  });
});
