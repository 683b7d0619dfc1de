import { describe, expect, it } from 'vitest';
import { shipped, shippedGroups } from './helpers.js';

// Identity attacks on Jews, Roma, Asian and disabled people and on groups the taxonomy files
// under `other` (regions, overseas departments, age, nationalities). Sentences written for
// this test, never taken from an evaluation set.

describe('identity attacks are flagged as hate with their target', () => {
  it.each([
    // jewish: conspiracy, insinuation, Holocaust mockery, slurs
    ['ils contrôlent les médias, les juifs', 'jewish'],
    ['les juifs contrôlent la finance mondiale', 'jewish'],
    ['le lobby juif dirige la France', 'jewish'],
    ['c’est le complot juif', 'jewish'],
    ['toujours eux, les juifs', 'jewish'],
    ['encore eux ces juifs', 'jewish'],
    ['encore un juif à la tête de la banque, comme par hasard', 'jewish'],
    ['les Rothschild tirent les ficelles', 'jewish'],
    ['les rothschild contrôlent tout', 'jewish'],
    ['ils ressortent encore la Shoah pour se victimiser', 'jewish'],
    ['toujours à ressortir la Shoah, ces gens-là', 'jewish'],
    ['ils pleurnichent avec leur Shoah', 'jewish'],
    ["la Shoah c'est un détail de l'histoire", 'jewish'],
    ['le shoah-business continue', 'jewish'],
    ['les juifs ne pensent qu’à l’argent', 'jewish'],
    ['les juifs sont tous des usuriers', 'jewish'],
    ['les juifs sont vraiment tous des rats', 'jewish'],
    ['les roms sont par nature des voleurs', 'roma'],
    ['les feujs sont tous riches', 'jewish'],
    ['la Shoah a été exagérée', 'jewish'],
    ['Faurisson avait raison', 'jewish'],
    ['ils nous ont encore ressorti la Shoah pour se victimiser', 'jewish'],
    // roma
    ['les gens du voyage sont des délinquants', 'roma'],
    ['les gitans volent tout', 'roma'],
    ['les romanos volent tout ce qui traîne', 'roma'],
    ['ces manouches de merde', 'roma'],
    ['il faut expulser les camps de roms', 'roma'],
    ['les camps de roms il faut tout raser', 'roma'],
    ['il faut raser leurs campements', 'roma'],
    ['planquez vos poules, les gitans arrivent', 'roma'],
    ['cachez vos bijoux, les roms sont en ville', 'roma'],
    ['les gitans sont des voleurs de poules', 'roma'],
    // asian
    ['les chinetoques nous ont apporté le virus', 'asian'],
    ['ces niakoués mangent des chiens', 'asian'],
    ['les chinois sont tous des copieurs', 'asian'],
    ['les viets sont des sauvages', 'asian'],
    ['les asiats mangent du chien', 'asian'],
    ["c'est leur virus chinois, qu'ils rentrent chez eux", 'asian'],
    // disabled
    ['les handicapés ne servent à rien', 'disabled'],
    ['ces autistes ne servent à rien', 'disabled'],
    ['arrête de faire le mongol', 'disabled'],
    ["il fait l'autiste quand on lui parle", 'disabled'],
    ['les handicapés, on aurait dû les euthanasier', 'disabled'],
    ['les trisomiques il faudrait les euthanasier', 'disabled'],
    ['les handicapés coûtent une fortune à la sécu', 'disabled'],
    ['les trisomiques ne devraient pas naître', 'disabled'],
    // other: regions, overseas departments, age, nationalities
    ['les réunionnais sont tous des voleurs', 'other'],
    ['les ultramarins sont tous des assistés', 'other'],
    ['les Bretons sont tous des alcooliques', 'other'],
    ['les boomers devraient crever', 'other'],
    ['les boches sont des barbares', 'other'],
    // a people reduced to one trade
    ['les Portugais sont tous des maçons', 'other'], // a people, not migrants
    // can't stand a group: the negation is the dislike itself
    ['je supporte pas les arabes', 'arab'],
    ['je ne supporte plus les gens du voyage', 'roma'],
    ['je peux pas les blairer ces gitans', 'roma'],
    ['je ne les supporte pas, ces migrants', 'migrant'],
    // an identity thrown as an insult
    ["t'es qu'un juif", 'jewish'],
    ["t'es qu'une sale noire", 'black'],
  ])('%s → %s', (text, group) => {
    expect(shippedGroups(text)).toContain(group);
    expect(shipped.analyze(text).categories).toContain('hate');
  });
});

describe('neutral mentions, criticism of states, counter-speech and negation are not flagged', () => {
  it.each([
    // jewish
    'la communauté juive célèbre Hanouka',
    'je ne pense pas que les Juifs contrôlent quoi que ce soit',
    "dire que les juifs contrôlent les médias, c'est de l'antisémitisme",
    'le gouvernement israélien doit cesser de bombarder Gaza',
    "l'armée israélienne a commis des crimes de guerre",
    'la banque Rothschild a racheté une société',
    'les Rothschild sont une famille de banquiers',
    'Bolloré contrôle les médias',
    'toujours eux qui gagnent',
    'encore eux en finale',
    'comme par hasard il pleut le jour du match',
    'les juifs ont fêté Pessah, comme chaque année',
    'la Shoah doit être enseignée',
    'les historiens ont ressorti les archives de la Shoah',
    'il ne faut pas se victimiser, la Shoah a été une tragédie',
    "les colons juifs disent qu'il faut raser les villages",
    // roma
    "dire que les Roms volent, c'est du racisme",
    'le jazz manouche de Django Reinhardt',
    'les camps de roms ont été évacués',
    'rentrez vos poules, le renard rôde',
    'planquez vos bijoux, il y a des pickpockets dans le métro',
    'il faut raser les murs avant de repeindre',
    "une aire d'accueil pour les gens du voyage a ouvert",
    // asian
    'le gouvernement chinois réprime les Ouïghours',
    'une soupe viet',
    'le nouvel an chinois à Belleville',
    // disabled
    'il est autiste et passionné de trains',
    'elle est autiste Asperger',
    'il est handicapé depuis son accident',
    'elle est trisomique et travaille dans un restaurant',
    'ils sont autistes tous les deux',
    "les médicaments pour les autistes ne servent à rien selon l'étude",
    'il ne faut pas dire que les handicapés ne servent à rien',
    'il ne faut pas euthanasier les handicapés',
    'faire le deuil de son fils autiste',
    'il fait le mort',
    'les handicapés ne sont pas un poids pour la société',
    'la Shoah a été une tragédie',
    'les juifs ne sont pas tous riches',
    'les juifs ont été déportés par les nazis',
    'il n’y a pas de lobby juif',
    'le mythe du complot juif a fait des millions de morts',
    'la théorie du complot juif circule encore sur les réseaux',
    'les Rothschild ont été spoliés par les nazis',
    'les roms sont chassés par des racailles',
    'les autistes sont souvent traités d’idiots à l’école',
    'les roms sont traités comme des chiens par la mairie',
    'encore eux les juifs victimes d’une agression à Sarcelles',
    'mes voisins portugais sont tous des maçons, une famille d’artisans',
    'il fait le handicapé pour avoir une place de parking',
    "Le Pen a été condamné pour avoir dit que les chambres à gaz étaient un détail de l'histoire",
    // other
    'les Marseillais ont gagné le match',
    'les Parisiens sont tous partis en vacances',
    'les Marseillais sont tous des supporters passionnés',
    'les Portugais sont nombreux dans le bâtiment',
    'les maçons sont tous des artisans',
    "les réunionnais ont fêté l'abolition",
    'les territoires ultramarins votent dimanche',
    'je supporte les arabes de mon quartier, ce sont mes voisins',
    'je ne supporte pas le bruit des voisins',
    "je ne le supporte pas, mais les juifs n'y sont pour rien",
    "t'es juif ?",
    'tu es un juif pratiquant ?',
    "t'es qu'un gamin",
  ])('%s', (text) => {
    expect(shippedGroups(text)).toEqual([]);
    expect(shipped.analyze(text).toxic).toBe(false);
  });
});

describe('a threat whose outcome names a group is no attack on the group', () => {
  it('« tu vas finir en fauteuil » threatens the reader, it does not target disabled people', () => {
    const a = shipped.analyze('tu vas finir en fauteuil');
    expect(a.categories).toContain('threat');
    expect(a.targets).toEqual([]);
  });
});
