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

describe('body shaming: compared to a heavy animal, a vocative, a denied compliment (patterns/appearance.txt)', () => {
  it.each([
    ['elle est devenue une baleine', 'appearance/beast'],
    ["t'es devenue une baleine", 'appearance/beast'],
    ['il est devenu un éléphant', 'appearance/beast'],
    ['regarde-moi ce cachalot', 'appearance/beast'],
    ['ferme ta gueule la grosse', 'appearance/beast'],
    ['tais-toi la grosse', 'appearance/beast'],
    ['casse-toi le gros, tu gênes', 'appearance/beast'],
    ["t'as des bourrelets", 'appearance/fat'],
    ['il a des bourrelets', 'appearance/fat'],
    ['physiquement elle est horrible', 'appearance/face'],
    ["physiquement t'es immonde", 'appearance/face'],
    ["t'es pas belle", 'appearance/not-pretty'],
    ["t'es vraiment pas belle", 'appearance/not-pretty'],
    ['tu es pas jolie', 'appearance/not-pretty'],
  ])('%s', (text, rule) => {
    const { a, matches } = active(text);
    expect(a.categories).toContain('body_shaming');
    expect(matches.map((m) => m.ruleId)).toContain(rule);
  });

  it.each([
    'mange un peu, tu vas avoir faim pendant le match',
    'mange un peu avant le match',
    'mange un peu, sinon tu vas tomber',
    'elle est devenue une star mondiale',
    'la chenille est devenue un papillon',
    'il est devenu une vache à lait pour le club',
    'la baleine bleue est le plus grand animal',
    'regarde-moi cette baleine, elle est magnifique',
    'regarde-moi ce cachalot qui plonge',
    'regardez-moi ce coucher de soleil',
    'dégage le passage',
    'la grosse affiche du match',
    'physiquement il est prêt pour la finale',
    "physiquement c'est horrible, cette étape du Tour",
    'physiquement elle est au top',
    "t'as pas de bourrelets, arrête",
    "j'ai des bourrelets depuis Noël",
    'le bébé a des bourrelets aux cuisses',
    "t'es pas belle, t'es sublime",
    "t'es pas beau mais t'as du charme",
    'elle est pas belle, la vie ?',
    'elle est belle',
  ])('not: %s', (text) => {
    expect(shipped.analyze(text).toxic).toBe(false);
  });
});

describe('sexual harassment: she is « bonne », sleeping with her, her body as her career (patterns/sexual.txt)', () => {
  it.each([
    'elle est bonne la présentatrice',
    'elle est trop bonne la journaliste',
    'elle est bonne ta femme',
    'je coucherais bien avec elle',
    "j'ai envie de coucher avec elle",
    "j'aimerais bien coucher avec toi",
    'elle a réussi grâce à son cul',
    'elle a eu le rôle grâce à son décolleté',
    'elle est là que pour ses seins',
    'je lui ferais bien...',
    'je lui ferais bien un enfant',
  ])('%s', (text) => {
    const { a, matches } = active(text);
    expect(a.categories).toContain('sexual');
    expect(matches.some((m) => m.ruleId === 'sexual/bed' || m.ruleId === 'sexual/question')).toBe(true);
  });

  it.each([
    'elle est bonne en maths',
    'elle est bonne, la soupe',
    'elle est bonne cette blague',
    'elle est bonne cette joueuse',
    'elle est bonne la journaliste quand elle enquête',
    "je couche avec mon fils ce soir, il a peur de l'orage",
    'je vais coucher chez ma sœur',
    'il couche bien ses idées sur le papier',
    'elle a gagné grâce à son mental',
    'elle a gagné grâce à ses jambes',
    'je lui ferais bien un câlin',
    'je lui ferais bien un gâteau pour son anniversaire',
    "je lui ferais bien remarquer qu'il a tort",
  ])('not: %s', (text) => {
    expect(shipped.analyze(text).toxic).toBe(false);
  });
});

describe('misogyny: the kitchen, the sandwich, the home (patterns/misogyny.txt)', () => {
  it.each([
    'à la cuisine la journaliste',
    'à la cuisine la ministre !',
    'aux fourneaux la présentatrice',
    'à la vaisselle les meufs',
    'va me faire un sandwich',
    'fais-moi un sandwich',
    'les femmes devraient rester à la maison',
    'les femmes doivent rester à la maison',
    'les nanas devraient rester chez elles',
  ])('%s', (text) => {
    expect(shippedGroups(text)).toContain('women');
    expect(shipped.analyze(text).categories).toContain('hate');
    expect(shipped.analyze(text).targets.some((t) => t.ruleId === 'misogyny/women-kitchen')).toBe(true);
  });

  it.each([
    "dire à une femme d'aller à la cuisine, c'est sexiste",
    "dire que les femmes devraient rester à la maison, c'est sexiste",
    '« les femmes doivent rester à la maison », disait-il en 1950',
    'les femmes ne doivent pas rester à la maison',
    'les femmes enceintes devraient rester à la maison en cas de canicule',
    'les femmes devraient rester à la maison pendant la canicule',
    "les femmes devraient pouvoir rester à la maison après l'accouchement",
    'à la cuisine, la journaliste a goûté les plats du chef',
    'à la cuisine ce soir : gratin de courgettes',
    'à la cuisine les femmes, au salon les hommes : un cliché qui a la vie dure',
    'où est maman ? à la cuisine',
    'un bon sandwich',
    'je vais me faire un sandwich',
    'fais-moi un sandwich au jambon',
    'va me faire un café',
    'il fait la vaisselle',
  ])('not: %s', (text) => {
    expect(shipped.analyze(text).toxic).toBe(false);
  });
});
