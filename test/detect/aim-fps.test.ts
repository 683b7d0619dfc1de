import { describe, expect, it } from 'vitest';
import { shipped } from './helpers.js';

/** Active categories of a text under the shipped lexicons. */
const cats = (text: string): string[] => shipped.analyze(text).categories;

// Sentences written for these tests (never taken from an evaluation set).

describe('an ambiguous insult aimed by a pattern counts', () => {
  it.each([
    'ce mec est une grosse merde',
    'ce mec est une merde',
    'ton pote est un déchet',
    "l'arbitre est vraiment un gros déchet",
    "ce mec n'est qu'un déchet",
    'mon voisin est un con',
    'le ministre est une grosse merde',
  ])('person noun + « est un … »: %s', (text) => {
    expect(cats(text)).toContain('insult');
  });
  it.each([
    'bouffon va',
    'idiot va !',
    'ferme-la bouffon',
    "t'as rien compris abruti",
    "t'as rien compris bouffon, relis l'article",
    'tu comprends rien idiot',
    'dégage sale con',
    'dégage bouffon',
    'casse-toi bouffon va',
  ])('vocative after an order or a verdict: %s', (text) => {
    expect(cats(text)).toContain('insult');
  });
  it.each([
    'ce téléphone est une grosse merde',
    'ton chien est un déchet',
    'ce joueur est nul ce soir',
    'ce mec est une bête en défense',
    'ce type est un putain de génie',
    "ce mec n'est pas un déchet",
    '« ce mec est un déchet », m’a écrit un lecteur',
    'je suis un bouffon va',
    'bouffon va au stade ce soir',
    'dégage les vaches du pré',
    'il a rien compris au film',
    "j'ai rien compris, bête question",
  ])('not aimed at a person: %s', (text) => {
    expect(cats(text)).not.toContain('insult');
  });
});

describe('a masked letter prefers the oath over the slur one more letter away', () => {
  const hate = (text: string) => shipped.analyze(text).matches.filter((m) => m.category === 'hate' && !m.suppressedBy);
  it.each(['c*ouilles', "t'as pas de c*ouilles", 'sale c*ouille'])('%s is no slur', (text) => {
    expect(hate(text)).toEqual([]);
  });
  it.each(['sale cr*uille', 'n*gre'])('%s is still one', (text) => {
    expect(hate(text)).not.toEqual([]);
  });
  it('the oath is what is reported', () => {
    expect(shipped.analyze("t'as pas de c*ouilles").matches.map((m) => m.term)).toContain('couille');
  });
});
