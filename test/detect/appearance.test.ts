import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/index.js';
import { shipped, shippedGroups } from './helpers.js';

// Sentences written for these tests (never taken from an evaluation set).
const active = (text: string) => {
  const a = shipped.analyze(text);
  return { a, matches: a.matches.filter((m) => !m.suppressedBy) };
};

describe('body shaming made of several words (patterns/appearance.txt)', () => {
  it.each([
    'elle est grosse',
    "qu'est-ce qu'elle est grosse",
    "t'es qu'une grosse",
    'espèce de grosse',
    'cette grosse !',
    'arrête de bouffer',
    'mange un peu',
    'retourne à la salle',
    "t'as vu ta tête ?",
    'refais-toi le nez',
    'va te refaire le nez',
    'on dirait un mec',
  ])('%s', (text) => {
    const { a, matches } = active(text);
    expect(a.categories).toContain('body_shaming');
    expect(matches.some((m) => m.ruleId.startsWith('appearance/'))).toBe(true);
    // A pattern finding is about appearance too.
    expect(a.topics.map((t) => t.topic)).toContain('physique');
  });

  it.each([
    'elle est grosse, celle-là !',
    'le chat il est gros',
    'la vague était énorme',
    'cette chanteuse est devenue énorme en France',
    'je vais à la salle ce soir',
    'va à la salle 3, le cours commence',
    "retourne à la salle d'attente",
    'retourne à la salle de classe',
    'mange un peu de légumes',
    'arrête de bouffer des chips avant le dîner',
    't’as vu ta tête sur la photo, trop mignon',
    "elle s'est fait refaire le nez l'an dernier",
    'on dirait un mec bien',
    'un sac d’os pour le chien',
    "l'obésité est une maladie",
  ])('not: %s', (text) => {
    expect(shipped.analyze(text).toxic).toBe(false);
  });

  it('a negated pattern is set aside', () => {
    expect(shipped.analyze("t'as pas vu ta tête ?").categories).not.toContain('body_shaming');
  });

  it('a detector restricted to other categories reports no pattern body shaming', () => {
    const d = createDetector({ categories: ['insult'] });
    expect(d.analyze('elle est grosse').categories).not.toContain('body_shaming');
  });
});

describe('sexual harassment: how she got the job, a body in an outfit (patterns/sexual.txt)', () => {
  it.each(['elle a dû coucher avec le producteur', 'ses fesses dans ce short', 'elle a dû sucer pour avoir le rôle'])('%s', (text) => {
    expect(shipped.analyze(text).categories).toContain('sexual');
  });
  it.each([
    'il a dû coucher à l’hôtel pour avoir le train du matin',
    'le bébé et ses fesses dans sa couche',
    'le harcèlement sexuel au travail est un fléau',
    "l'éducation sexuelle à l'école",
  ])('not: %s', (text) => {
    expect(shipped.analyze(text).toxic).toBe(false);
  });
});

describe('misogyny without a slur (patterns/misogyny.txt)', () => {
  it.each([
    'une femme arbitre, n’importe quoi',
    'une femme commentatrice mdr',
    'les femmes au volant',
    'encore une hystérique',
    'elle a ses règles ou quoi',
    'ça doit être ses règles',
    'le foot féminin c’est nul',
    'les femmes ne savent pas jouer au foot',
    'les femmes ne devraient pas commenter le foot',
    "c'est pas un métier de femme",
  ])('%s', (text) => {
    expect(shippedGroups(text)).toContain('women');
    expect(shipped.analyze(text).categories).toContain('hate');
  });
  it.each([
    'dire à une femme de retourner à la cuisine, c’est sexiste',
    'les violences faites aux femmes',
    'une femme arbitre en Ligue 1, c’est historique',
    "les femmes au volant ont moins d'accidents que les hommes",
    'elle a ses règles depuis trois mois, elle consulte',
    'les règles du jeu ont changé',
    'le foot féminin c’est génial',
    'le foot féminin c’est pas nul du tout',
    'les femmes ne peuvent pas jouer au foot en Iran',
    'les femmes ne devraient pas être payées moins que les hommes',
    "c'est pas un métier facile",
  ])('not: %s', (text) => {
    expect(shipped.analyze(text).toxic).toBe(false);
  });
});
