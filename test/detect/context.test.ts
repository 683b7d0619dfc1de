import { describe, expect, it } from 'vitest';
import { shippedCategories as cats, detector, shipped, targets, threatKinds } from './helpers.js';

const active = (text: string) => detector.analyze(text).toxic;
const why = (text: string) => {
  const a = detector.analyze(text);
  return [...a.matches, ...a.threats].map((x) => x.suppressedBy ?? 'active');
};

describe('negation sets aside what it scopes over', () => {
  it.each([
    'je ne vais pas te tuer',
    'je vais pas te frapper, calme-toi',
    "je n'ai jamais dit que je voulais te tuer",
    'personne ne mérite de mourir pour un match',
    'je ne déteste pas les martiens',
    'je déteste pas les martiens',
    'les martiens ne sont pas des rats',
    "t'es pas un connard",
  ])('%s', (text) => {
    expect(active(text)).toBe(false);
  });
  it('tags the finding with negation', () => {
    expect(why('je ne vais pas te tuer')).toContain('negation');
  });
  it('« ne … que » is not a negation', () => {
    expect(active("tu n'es qu'un connard")).toBe(true);
    expect(threatKinds('tu ne mérites que la mort')).toContain('death');
  });
  it('a denial before « mais » does not cover what follows', () => {
    expect(targets('je suis pas raciste mais les martiens sont des rats')).toContain('other');
    expect(active("je suis pas méchant, mais t'es un connard")).toBe(true);
  });
  it('threats that are negative by themselves stay threats', () => {
    expect(threatKinds('tu ne perds rien pour attendre')).toContain('violence');
    expect(threatKinds("tu vas pas t'en sortir comme ça")).toContain('violence');
  });
});

describe('quotes and reported speech are not the author’s', () => {
  it.each([
    ['« je vais te tuer » : voilà ce que le joueur a reçu après la finale', 'quote'],
    ['Il a écrit "sale zorglub" sous la photo, il a été condamné', 'quote'],
    ['on m’a traité de connard devant tout le monde', 'quote'],
    ['on la traitait de salope au collège', 'quote'],
    ['écrire « sale zorglub » à quelqu’un, c’est du harcèlement', 'counter_speech'],
    ["j'en ai marre de lire 'sale con' sous chaque vidéo", 'quote'], // straight single quotes
    ["'je vais te tuer' : voilà ce qu'elle a reçu", 'quote'],
    ['le mot ‘bougnoule’ est une insulte raciste', 'quote'],
  ])('%s', (text, reason) => {
    expect(active(text)).toBe(false);
    expect(why(text)).toContain(reason);
  });
  it('a reported claim the author endorses stays the author’s', () => {
    expect(active('ils disent que les martiens sont des rats et ils ont raison')).toBe(true);
  });
  it('quotes used for emphasis do not hide the author’s own words', () => {
    expect(active('ces « supporters » sont des connards')).toBe(true);
    expect(active('"Champion" mon oeil, je vais te tuer')).toBe(true);
    // apostrophes are no quote marks: the insult stays the author's
    expect(active("l'arbitre est un con, c'est l'évidence")).toBe(true);
    expect(active("t'es qu'un con, l'arbitre aussi")).toBe(true);
  });
});

describe('counter-speech is not flagged', () => {
  it.each([
    "dire à quelqu'un de crever n'est jamais une blague",
    'traiter quelqu’un de zorglub est inacceptable',
    'personne ne mérite qu’on lui souhaite la mort',
    'stop au racisme, les martiens sont nos voisins',
    // a claim reported by « dire que », « ceux qui pensent que », and judged false or vile
    'ceux qui disent que les martiens sont des terroristes ont tort',
    "dire que les martiens sont des parasites c'est ignoble",
    'ceux qui pensent que les martiens sont des rats devraient ouvrir un livre',
  ])('%s', (text) => {
    expect(active(text)).toBe(false);
  });
});

describe('aiming: profanity aimed at someone is an insult', () => {
  it('« t’es une merde » is an insult, the oath reading is set aside', () => {
    const a = detector.analyze("t'es une merde");
    expect(a.categories).toEqual(['insult']);
    const ins = a.matches.find((m) => m.category === 'insult')!;
    expect(ins.ruleId).toBe('aim/profanity-aimed');
    expect(a.matches.find((m) => m.category === 'profanity')!.suppressedBy).toBe('ambiguity');
  });
  it('« espèce de merde » is an insult', () => {
    expect(detector.analyze('espèce de merde').categories).toEqual(['insult']);
  });
  it('an oath stays profanity, and not toxic', () => {
    for (const text of ['putain, quel match', 'merde, il pleut encore', "t'es une putain de légende"]) {
      const a = detector.analyze(text);
      expect(a.toxic).toBe(false);
      expect(a.categories).toEqual(['profanity']);
    }
  });
});

describe('aiming: SMS and comparison forms aim an ambiguous word', () => {
  it.each([
    ['t moche', 'body_shaming'],
    ['t nul', 'insult'],
    ['on dirait un porc', 'insult'],
    ['il ressemble à un phoque', 'body_shaming'],
  ])('%s', (text, category) => {
    expect(detector.analyze(text).categories).toContain(category);
  });
  it.each(["t'as vu le match hier ?", 'le phoque vit sur la banquise', 'un porc élevé en plein air'])('%s is not aimed', (text) => {
    expect(detector.analyze(text).toxic).toBe(false);
  });
});

describe('a slur slogan alone is hate, not a name called', () => {
  it('« mort aux … » alone is not an insult; « sale … » alone is', () => {
    expect(detector.analyze('Mort aux juifs').categories).not.toContain('insult');
    expect(detector.analyze('sale juif, dégage').categories).toContain('insult');
  });
});

describe('negation of a verb of opinion reaches the clause after « que »', () => {
  it.each(['je ne pense pas que les martiens sont des rats', 'je crois pas que les martiens soient des rats'])('%s', (text) => {
    expect(active(text)).toBe(false);
  });
  it('« pas que » after another word still means « not only »; « je dis pas que … » still says it', () => {
    expect(active("il n'y a pas que les martiens qui sont des rats")).toBe(true);
    expect(active('je dis pas que tu es un connard, mais bon')).toBe(true);
  });
});

describe('counter-speech: a reported claim called racist, sexist, homophobic…', () => {
  it.each(["dire que les martiens sont des voleurs c'est raciste", 'dire que les martiens sont des rats est homophobe'])('%s', (text) => {
    expect(active(text)).toBe(false);
  });
});

describe('« sont des »: an insult aimed at people, or part of an attack on a group', () => {
  it('people who are no protected group: an insult', () => {
    expect(detector.analyze('les électeurs de ce parti sont des cons').categories).toEqual(['insult']);
  });
  it('a protected group: hate, the word serves the attack and is not also an insult', () => {
    for (const text of ['ces martiens sont des rats', 'les martiens sont des putes']) {
      const a = detector.analyze(text);
      expect(a.categories).toContain('hate');
      expect(a.categories).not.toContain('insult');
    }
  });
  it('animals and things are not aimed at', () => {
    expect(detector.analyze('les moutons sont des herbivores').toxic).toBe(false);
  });
});

describe('appearance and sexual remarks with the shipped lexicons', () => {
  it.each([
    ['elle est super moche, la pauvre', 'body_shaming'],
    ['il est hyper gros ce chanteur, t’es obèse ou quoi', 'body_shaming'],
    ['t’as vu sa tronche au journal de 20h', 'body_shaming'],
    ['elle est trop grosse pour ce rôle', 'body_shaming'],
    ['le nain il court pas assez vite', 'body_shaming'],
    ['avec son gros derrière elle prend deux places', 'body_shaming'],
    ['t’es bonne, tu me donnes ton snap ?', 'sexual'],
    ['j’aimerais bien te baiser ce soir', 'sexual'],
    ['tu veux me la sucer ?', 'sexual'],
    ['je te ferais bien grimper aux rideaux ma belle', 'sexual'],
  ])('%s → %s', (text, category) => {
    expect(cats(text)).toContain(category);
  });
  it.each([
    'c’est un super joueur',
    't’es bonne en maths, aide-moi',
    't’es bonne joueuse, bravo',
    'mon fils a volé le nain de jardin du voisin',
    'une grosse fatigue après le match',
    'ça va me faire grimper aux rideaux, cette facture',
    'cette pomme est toute ridée',
  ])('%s', (text) => {
    expect(shipped.analyze(text).toxic).toBe(false);
  });
  it('a body word inside an insult phrase is that phrase, not a sexual remark', () => {
    for (const text of ['espèce de face de cul', 'quelle tête de bite celui-là']) {
      expect(cats(text)).toContain('insult');
      expect(cats(text)).not.toContain('sexual');
    }
    expect(cats('montre ton cul')).toContain('sexual');
  });
});

describe('sexual remarks made of several words (out=sexual patterns)', () => {
  const sexual = (text: string) =>
    shipped.analyze(text).matches.some((m) => m.category === 'sexual' && !m.suppressedBy && m.ruleId.startsWith('sexual/'));
  it.each([
    'je voudrais bien te baiser',
    'je kifferais te tringler',
    'jte baiserais bien toi',
    'je la baise quand elle veut',
    'je veux toucher tes seins',
    'j’aimerais bien voir ta poitrine',
    'je veux te voir en string',
    'ta bouche sur ma bite',
    'je t’enfonce ma queue',
    'à genoux et suce',
    'tu suces ?',
    'on baise ?',
    'elle est bonne la voisine',
  ])('%s', (text) => {
    expect(sexual(text)).toBe(true);
    expect(shipped.analyze(text).toxic).toBe(true);
  });
  it.each([
    'je ne veux pas te baiser, calme-toi',
    'je vais ramoner la cheminée',
    'je vais te sauter dessus quand tu rentres',
    'je veux voir ta queue de billard',
    'je veux toucher ton cul de bouteille',
    'elle a mis sa bouche sur son sexe, selon le récit du procès',
    'tu suces ton pouce ?',
    'elle est bonne la blague',
    'elle est bonne cette arbitre, elle a tout vu',
    'je te prends quand tu veux au tennis',
    'à genoux et prie',
  ])('%s', (text) => {
    expect(shipped.analyze(text).toxic).toBe(false);
  });
  it('a sexual remark in quotes or negated is set aside', () => {
    expect(shipped.analyze('il lui a dit « je veux te baiser », c’est du harcèlement').toxic).toBe(false);
  });
});

describe('insults written the way people write (shipped lexicons)', () => {
  it.each([
    ['tes un bouffon toi', 'insult'], // « t'es » without its apostrophe
    ["t'es une grosse merde", 'insult'],
    ['vous êtes tous des guignols', 'insult'],
    ["les keufs c'est tous des bâtards", 'insult'],
    ['tais-toi le mongol', 'insult'],
    ['casse-toi pauv con', 'insult'],
    ["t'as une gueule de porc", 'insult'],
    ["t'as l'air d'un clochard", 'insult'],
    ["t'es le dernier des cons", 'insult'],
    ["t'es la pire des merdes", 'insult'],
    ['arbitre de merde, rentre chez toi', 'insult'],
    ['espèce de bouphon', 'insult'],
    ["t'es qu'un sous-homme", 'insult'],
    ['jte chie dessus toi et ton club', 'insult'],
    ["t'as pas de cervelle ou quoi", 'insult'],
    ['sale grosse', 'body_shaming'],
    ['jveux te baiser', 'sexual'],
    ["j'aimerais bien te sauter", 'sexual'],
  ])('%s → %s', (text, category) => {
    expect(cats(text)).toContain(category);
  });
  it.each([
    ['sale noir, dégage', 'black'],
    ['les muzz dehors', 'muslim'],
    ["dommage qu'Hitler n'ait pas fini le travail", 'jewish'],
  ])('%s → hate against %s', (text, group) => {
    const a = shipped.analyze(text);
    expect(a.categories).toContain('hate');
    expect(a.targets.map((t) => t.group)).toContain(group);
  });
  it.each([
    'tes vraiment belles photos de vacances',
    "c'est tous des joueurs formés au club",
    'vous êtes tous des héros ce soir',
    'il y a un tas de déchets sur le trottoir',
    'achète un sac à ordures',
    'une gueule de bois terrible ce matin',
    'tais-toi et écoute la suite',
    'le dernier des Mohicans est un bon film',
    "t'as l'air d'un touriste avec ce chapeau",
    'les keufs sont arrivés vite',
    'un match de merde, on a rien vu',
    'le pull est sale, noir de poussière',
    'les nazis parlaient de sous-hommes dans leur propagande',
    'je vais te sauter dessus quand tu rentres',
    "j'aimerais bien te sauter au cou",
    'on va sauter cette étape',
    'hitler a perdu la guerre',
  ])('%s is not toxic', (text) => {
    expect(shipped.analyze(text).toxic).toBe(false);
  });
});

describe('self-mockery and descriptions are not insults (shipped lexicons)', () => {
  const insulting = (text: string) => shipped.analyze(text).matches.some((m) => m.category === 'insult' && !m.suppressedBy);
  it.each([
    'je suis une grosse flemmarde le dimanche',
    'quel idiot je fais, j’ai oublié son anniversaire',
    'mdr je suis trop débile, j’ai salé mon café',
    'j’suis vraiment une grosse feignasse ce matin',
    'je me sens con d’avoir cru à cette promo',
    'on est bêtes, on aurait dû réserver',
    'mon petit chien a eu peur de l’orage',
    'son vieux chien dort au soleil toute la journée',
    'leur petit veau est né cette nuit',
    'le petit âne de la ferme fait rire les enfants',
    'un gros bisou à ma petite chienne qui a 15 ans',
    'j’ai croisé un gros chien dans le parc',
    'cette vieille dame est adorable avec son petit chien',
  ])('%s', (text) => {
    expect(insulting(text)).toBe(false);
    expect(shipped.analyze(text).toxic).toBe(false);
  });
  it.each([
    't’es une grosse flemmarde',
    'quel idiot ce type',
    't’es un gros bêta',
    't’es vraiment qu’un gros chien',
    'ta gueule mon gros chien',
    'dégage de là, sale raton',
    'espèce de vieille vache',
    'je suis sûr que t’es un con',
  ])('%s stays an insult', (text) => {
    expect(shipped.analyze(text).toxic).toBe(true);
  });
});

describe('appearance, sexual and self-harm remarks as comments write them (shipped lexicons)', () => {
  it.each([
    ['ferme-la, sac à gras', 'body_shaming'],
    ['gro lard va', 'body_shaming'],
    ['t’as pris combien de kilos depuis l’an dernier ?', 'body_shaming'],
    ['va bouffer une salade avant de parler', 'body_shaming'],
    ['tes pas regardable franchement', 'body_shaming'],
    ['t’es grosse comme une maison', 'body_shaming'],
    ['tu passes plus les portes', 'body_shaming'],
    ['t’as les dents de travers, souris pas', 'body_shaming'],
    ['mange un peu, t’as que la peau sur les os', 'body_shaming'],
    ['la joueuse a un physique de camionneuse', 'body_shaming'],
    ['envoi nude', 'sexual'],
    ['vas-y prends ma bite', 'sexual'],
    ['je te lécherais bien', 'sexual'],
    ['elle prend combien pour une pipe ?', 'sexual'],
    ['ouvre la bouche et avale', 'sexual'],
    ['je te la mets', 'sexual'],
    ['jte la mets profond', 'sexual'],
    ['je vais te la mettre à sec', 'sexual'],
    ['tu manqueras à personne', 'self_harm'],
    ['personne te pleurera', 'self_harm'],
    ['ce serait mieux si tu étais morte', 'self_harm'],
    ['fais nous plaisir crève', 'self_harm'],
    ['la corde est offerte', 'self_harm'],
    ['tu devrais arrêter de vivre', 'self_harm'],
    ['crève la gueule ouverte', 'self_harm'],
    ["tu ferais mieux d'en finir une bonne fois pour toutes", 'self_harm'],
    ['finis-en pour de bon', 'self_harm'],
    ["t'attends quoi pour te pendre", 'self_harm'],
    ["qu'est-ce que t'attends pour te suicider", 'self_harm'],
    ['pourquoi tu te suicides pas', 'self_harm'],
    ['tu te suicides quand ?', 'self_harm'],
    ["va te foutre en l'air", 'self_harm'],
    ['tu pourrais te pendre, ça nous ferait des vacances', 'self_harm'],
    ['fais-toi du mal', 'self_harm'],
    ['va te faire euthanasier', 'self_harm'],
    ['elle est moche comme ses pieds', 'body_shaming'],
    ['regarde-moi ce bide', 'body_shaming'],
    ['t’as avalé un ballon ou quoi', 'body_shaming'],
    ['jolie paire de seins', 'sexual'],
    ['viens on baise', 'sexual'],
  ])('%s → %s', (text, category) => {
    expect(cats(text)).toContain(category);
  });
  it.each([
    'je vais manger une salade au resto ce midi',
    'combien de kilos de pommes il te faut ?',
    'ce film est pas regardable, le son est pourri',
    'elle est grosse comme une maison, cette citrouille',
    'les dents de sagesse poussent parfois de travers',
    'le clown a un gros nez rouge',
    'un rouge à lèvres nude pour l’été',
    'ouvre la bouche, dit le dentiste',
    'je te la mets de côté, la part de gâteau',
    'je te la mets dans ton sac',
    'tu vas nous manquer',
    'personne ne regrettera cette saison',
    'il faut en finir avec ce gouvernement',
    'il faut en finir une bonne fois pour toutes avec la corruption',
    "t'attends quoi pour te lancer ?",
    'ce boulot va te tuer',
    'attention, tu pourrais te faire mal en tombant',
    'mon fils a avalé un bonbon',
  ])('%s', (text) => {
    expect(shipped.analyze(text).toxic).toBe(false);
  });
});

describe('a statement judged or reported after it is not the author’s', () => {
  it.each([
    ["les martiens sont tous des rats, c'est un cliché raciste", 'counter_speech'],
    ["les martiens sont des parasites ? C'est faux et c'est un préjugé", 'counter_speech'],
    ['les martiens sont des rats : ce genre de phrase est du racisme pur', 'counter_speech'],
    ['sale zorglub, disait le maire en 1995', 'quote'],
    ["les martiens sont des rats, écrit un internaute sous l'article", 'quote'],
    ['les martiens sont des rats, peut-on lire sous la vidéo', 'quote'],
    ["les martiens sont des rats, voilà ce que j'ai lu sous la vidéo", 'quote'],
  ])('%s', (text, reason) => {
    expect(active(text)).toBe(false);
    expect(why(text)).toContain(reason);
    expect(why(text)).not.toContain('active');
  });
  it.each([
    // evaluative words that name no prejudice and no one else's words
    "les martiens sont des rats, c'est une honte",
    "les martiens sont des rats, c'est honteux qu'on les laisse entrer",
    "les martiens sont des rats, c'est la vérité",
    'les martiens sont des rats, voilà ce que je pense',
    'les martiens sont des rats, comme on dit',
    // a judgement denied, conceded, asked, reported, or about people
    "les martiens sont des rats, c'est pas raciste de dire ça",
    "les martiens sont des rats, ce n'est pas un préjugé",
    "les martiens sont des rats, c'est un cliché mais c'est vrai",
    "les martiens sont des rats, c'est raciste de dire ça ?",
    "les martiens sont des rats, ils diront que c'est raciste",
    'les martiens sont des rats, ce sont des racistes',
    "t'es un connard, c'est faux ?",
  ])('still flagged: %s', (text) => {
    expect(active(text)).toBe(true);
  });
});

describe('a judgement after the statement speaks of statements about people, not of words aimed at the reader', () => {
  it.each([
    "t'es qu'un connard, c'est faux ce que tu dis",
    "espèce de connard, c'est faux",
    "ta gueule connard, c'est raciste ce que tu dis",
  ])('%s stays an insult', (text) => {
    expect(shipped.analyze(text).categories).toContain('insult');
  });
  it('a threat stays a threat', () => {
    expect(shipped.analyze("je vais te tuer, c'est une blague raciste").categories).toContain('threat');
  });
  it.each(["les roms sont tous des voleurs, c'est un cliché raciste", "les arabes sont des voleurs, c'est faux"])(
    '%s is set aside',
    (text) => {
      expect(shipped.analyze(text).toxic).toBe(false);
    },
  );
});
