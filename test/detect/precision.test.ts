import { describe, expect, it } from 'vitest';
import { shipped } from './helpers.js';

// Precision of topics and of insult/profanity on ordinary comments (sentences written for this
// test, never taken from an evaluation set).
const topicsOf = (text: string) => shipped.analyze(text).topics.map((t) => t.topic);

describe('gender: women as a whole or attacked, not any woman named', () => {
  it.each([
    'Ma femme a adoré le concert de Stromae',
    'Une femme de 45 ans a été secourue par les pompiers',
    'La jeune femme a remporté le concours de pâtisserie',
    'Une mère de famille a gagné au loto',
    'Le mari et la femme ont ouvert une boulangerie à Nantes',
    'Une bonne femme de neige devant l’école',
  ])('not gender: %s', (text) => {
    expect(topicsOf(text)).not.toContain('gender');
  });
  it.each([
    'les femmes gagnent encore moins que les hommes',
    'la première femme élue à la tête du syndicat',
    'les joueuses sont moins payées que les hommes',
    'les femmes sont toutes des menteuses',
    'les meufs ça sait pas conduire',
  ])('gender: %s', (text) => {
    expect(topicsOf(text)).toContain('gender');
  });
});

describe('racism: a people as a whole or attacked, not a nationality or a language', () => {
  it.each([
    'Un joueur ivoirien rejoint le club cet été',
    'Le restaurant chinois du coin est excellent',
    'Les chiffres arabes viennent de l’Inde',
    'Une famille marocaine a ouvert une boulangerie',
    'Le président algérien est en visite officielle',
    'L’enfant palestinien a été soigné en France',
    'Le Black Friday est une arnaque commerciale',
    'Un groupe de black metal norvégien en concert',
  ])('not racism: %s', (text) => {
    expect(topicsOf(text)).not.toContain('racism');
  });
  it.each([
    'les Africains sont toujours contrôlés par la police',
    'des Maghrébins refusés à l’entrée de la boîte de nuit',
    'les Sénégalais sont tous des voleurs',
    'les asiatiques sont tous pareils',
    'sale chinois rentre chez toi',
  ])('racism: %s', (text) => {
    expect(topicsOf(text)).toContain('racism');
  });
  it('an attack on a people still names the group', () => {
    const a = shipped.analyze('Les Algériens sont des parasites');
    expect(a.toxic).toBe(true);
    expect(a.targets.map((t) => t.group)).toContain('arab');
    expect(a.topics.map((t) => t.topic)).toContain('racism');
  });
});
