import { describe, expect, it } from 'vitest';
import { shipped } from './helpers.js';

// Precision of topics and of insult/profanity on ordinary comments (sentences written for this
// test, never taken from an evaluation set).
const topicsOf = (text: string) => shipped.analyze(text).topics.map((t) => t.topic);

// « femme », « meuf », « nana » named alone tag gender, though « ma femme » is then tagged too:
// without them gender F1 was lower on every labelled set measured (dev .69 → .78 with them,
// probe .84 → .88, probe-2a .80 → .83, probe-2b .86 → .94), because sexist comments often name
// one woman (« une femme arbitre, sérieux ? »).
describe('gender: women as a whole, attacked or named as a woman; not other words for a woman', () => {
  it.each([
    'La jeune fille a remporté le concours de pâtisserie',
    'Une mère de famille a gagné au loto',
    'Une dame a perdu son chien au parc',
  ])('not gender: %s', (text) => {
    expect(topicsOf(text)).not.toContain('gender');
  });
  it.each([
    'les femmes gagnent encore moins que les hommes',
    'la première femme élue à la tête du syndicat',
    'les joueuses sont moins payées que les hommes',
    'les femmes sont toutes des menteuses',
    'les meufs ça sait pas conduire',
    'une femme arbitre en Ligue 1, sérieux ?',
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

describe('a word opening the text before « ce/cette … » is said of what follows', () => {
  it.each([
    'Ridicule, cette décision de la Ligue',
    'Débile, cette règle du hors-jeu',
    'Lamentable, cette prestation des Bleus',
    'Minable, ce gouvernement sur l’écologie',
    'Stupide, cette loi sur les trottinettes',
  ])('criticism, not an insult: %s', (text) => {
    const a = shipped.analyze(text);
    expect(a.toxic).toBe(false);
    expect(a.matches.filter((m) => !m.suppressedBy)).toEqual([]);
  });
  it.each(['Crétin, apprends à écrire', 'Connard, tu vas voir', 'Débile, ce type', 'Minable, cet arbitre', 'Bouffon, ce ministre'])(
    'still an insult, called or said of a person: %s',
    (text) => {
      const a = shipped.analyze(text);
      expect(a.toxic).toBe(true);
      expect(a.categories).toContain('insult');
    },
  );
});

describe('oaths: minced euphemisms are not swearing, vulgar ones are profanity', () => {
  const active = (text: string) => shipped.analyze(text).matches.filter((m) => !m.suppressedBy);
  it.each([
    'Punaise, quel match !',
    'Les pneus ont crissé dans le virage',
    'Zut, il pleut encore',
    'Bon sang, quel match',
    'Fichtre, c’est cher ce stade',
    'Nom d’une pipe, quel retourné',
  ])('nothing: %s', (text) => {
    expect(active(text)).toEqual([]);
  });
  it.each(['Putain, quel match', 'Bordel, encore une panne', 'C’est un coup de pute de la part du club'])('profanity: %s', (text) => {
    const a = shipped.analyze(text);
    expect(a.toxic).toBe(false);
    expect(a.categories).toEqual(['profanity']);
  });
  it('a person called a whore is still insulted', () => {
    expect(shipped.analyze('t’es qu’une pute').categories).toContain('insult');
  });
});

describe('names, titles and trade words that contain a listed term', () => {
  it.each([
    'Le concert de NTM à Bercy était mythique',
    'FDP offerts dès 50 euros d’achat',
    'Le Manifeste des 343 salopes a marqué l’histoire',
    'L’art nègre a inspiré Picasso et Matisse',
    'J’ai vu un gros porc-épic au zoo',
  ])('nothing: %s', (text) => {
    const a = shipped.analyze(text);
    expect(a.toxic).toBe(false);
    expect(a.matches.filter((m) => !m.suppressedBy)).toEqual([]);
  });
  it.each(['ntm toi et ton pote', 't’es qu’un fdp', 'quelle salope celle-là', 'sale nègre', 'ce gros porc de voisin'])(
    'still flagged: %s',
    (text) => {
      expect(shipped.analyze(text).toxic).toBe(true);
    },
  );
});

describe('topic words whose folded spelling is a common word, or that have another sense', () => {
  it.each([
    ['Ce genre de match est ennuyeux', 'gender'],
    ['Genre, t’es sérieux avec ce transfert ?', 'gender'],
    ['Une situation complexe pour le club', 'physique'],
    ['C’est sacrément bien joué', 'religion'],
    ['Le faciès de cette falaise est impressionnant', 'racism'],
    ['Le métissage musical de ce groupe est génial', 'racism'],
    ['Mon grand-père a fait la guerre d’Algérie, il n’en parlait jamais', 'racism'],
  ])('%s: not %s', (text, topic) => {
    expect(topicsOf(text)).not.toContain(topic);
  });
  it.each([
    ['Des jouets genrés dès la maternelle, quelle tristesse', 'gender'],
    ['Elle est complexée par son nez depuis le collège', 'physique'],
    ['Le sacrement du mariage à l’église', 'religion'],
    ['Il a été contrôlé au faciès trois fois cette semaine', 'racism'],
    ['Le métissage fait peur aux racistes', 'racism'],
  ])('%s: %s', (text, topic) => {
    expect(topicsOf(text)).toContain(topic);
  });
});

describe('fond words for children and rascals', () => {
  it.each([
    'Mon fils est un vrai petit chenapan',
    'Ce petit garnement a encore caché mes clés',
    'Les galopins du quartier jouent au foot jusqu’à la nuit',
    'Ce filou de Messi a encore dribblé tout le monde',
    'Ma fille est une vraie tête de linotte, elle a oublié son sac',
  ])('not an insult: %s', (text) => {
    const a = shipped.analyze(text);
    expect(a.toxic).toBe(false);
    expect(a.matches.filter((m) => !m.suppressedBy)).toEqual([]);
  });
  it.each(['T’es qu’un filou, rends l’argent', 'Espèce de filou', 'T’es qu’une tête de linotte'])('called at someone: %s', (text) => {
    expect(shipped.analyze(text).categories).toContain('insult');
  });
});
