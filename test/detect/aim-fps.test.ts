import { describe, expect, it } from 'vitest';
import { shippedCategories as cats, shipped } from './helpers.js';

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

describe('people named by what they do, and vocatives closed by « va »', () => {
  it.each([
    'les macronistes de merde',
    'ces politiciens de merde, ils nous volent',
    'des profs de merde et des élèves nuls',
    'un youtubeur de merde',
    'bande de gauchistes décérébrés',
    'bande de gamins débiles',
    'pauvre type va',
    'pauvre type hein',
    "t'es un sal con", // SMS « sal » for « sale »
    'sal merde',
    "t'es vraiment une grosse merde",
    'tu restes une merde',
  ])('insult: %s', (text) => {
    expect(cats(text)).toContain('insult');
  });
  it.each([
    'ce pays de merde',
    'ces chaussures de merde',
    'il a raté son train le pauvre type va',
    'une pauvre fille va au marché',
    'bande de potes géniale',
    'pauvre France va',
    "c'est un film de merde", // a thing « de merde » is criticism, with an oath
    "c'est une équipe de merde",
    'il est de merde ce film',
  ])('no insult: %s', (text) => {
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

describe('descriptions, animals, objects, idioms and titles are not insults', () => {
  it.each([
    'il est chauve depuis ses 25 ans',
    'le président est chauve, et alors ?',
    'mon chien est un bâtard, adopté à la SPA',
    "c'est un chien bâtard très affectueux",
    'ce con de réveil a encore sonné à 5h',
    "cette saloperie d'imprimante refuse d'imprimer",
    'la grosse vache normande broute dans le pré',
    "c'est une vache à lait pour l'État",
    'on regarde le Dîner de cons ce soir',
    "c'est un dîner de cons, cette émission",
    'le concert des Enfoirés était réussi cette année',
    "j'ai revu Dikkenek hier soir, culte",
    'Le Père Noël est une ordure passe à la télé',
    'va bouffer une salade au resto, je te rejoins',
    'on va manger une salade ce midi ?',
    'je mange des salades tous les midis',
  ])('%s', (text) => {
    expect(shipped.analyze(text).toxic).toBe(false);
  });
  it.each([
    ['sale chauve', 'body_shaming'],
    ['ce bâtard m’a volé mon vélo', 'insult'],
    ['sale bâtard', 'insult'],
    ['grosse vache', 'body_shaming'],
    ["t'es un dikkenek", 'insult'],
    ["t'es une ordure", 'insult'],
    ['va bouffer une salade, gros lard', 'body_shaming'],
  ])('still flagged: %s', (text, category) => {
    expect(cats(text)).toContain(category);
  });
});

describe('incitement to suicide', () => {
  const selfHarm = (text: string) =>
    shipped.analyze(text).threats.some((t) => t.kind === 'self_harm' && !t.suppressedBy) || cats(text).includes('self_harm');
  it.each([
    'va te pendre',
    "jette-toi d'un pont",
    'fais-nous une faveur et disparais',
    'fais au monde une faveur et crève',
    'rends service à tout le monde et disparais',
    'rends-nous service, disparais',
    'personne ne te regretterait',
    'tu devrais en finir',
    'tu devrais en finir avec la vie',
    'suicide-toi',
    'kill yourself',
    'kill your self',
    'kys',
    'va te tirer une balle',
    'va te tirer une balle dans la tête',
  ])('%s', (text) => {
    expect(selfHarm(text)).toBe(true);
  });
  it.each([
    'si tu as des idées suicidaires, appelle le 3114',
    'il a mis fin à ses jours hier',
    'il voulait en finir avec la vie, ses proches n’ont rien vu',
    'il faut en finir avec la corruption',
    'va te tirer une balle dans le pied avec ce vote',
    'fais-moi plaisir et disparais de ma vue',
    'fais-moi une faveur, passe au bureau demain',
    'rends-moi service et dis-le-lui',
    'fais-nous plaisir, reviens vite',
    'prévention du suicide : les chiffres de la semaine',
  ])('not incitement: %s', (text) => {
    expect(selfHarm(text)).toBe(false);
  });
});
