import { describe, expect, it } from 'vitest';
import { shipped } from './helpers.js';

// Comments written for these tests, as people write them under videos of women journalists,
// athletes, influencers (SMS spelling, no accents), never taken from an evaluation set.
// Found: the category itself, or the threat kind (self_harm).
const found = (text: string): string[] => {
  const a = shipped.analyze(text);
  return [...a.categories, ...a.threats.filter((t) => !t.suppressedBy).map((t) => t.kind)];
};

describe('body_shaming: remarks vigie must flag', () => {
  it.each([
    'on dirait un sac de patates dans sa robe',
    'fais un regime avant de passer a la tele',
    'cachalot va',
    'elle a grossi de ouf la chanteuse, une vraie vache',
    "t'as vu ses cuisses on dirait des jambons",
    'mdr on dirait un frigo americain avec une perruque',
    'elle ressemble a un cochon avec ce rouge a levres',
    "t'es tellement grosse que tu rentres pas dans le cadre",
    'il est gras comme un moine le ministre',
    "t'as une tete de poisson mort",
    'elle est degueulasse physiquement',
    'elle est trop moche sans maquillage',
    'jamais vu une meuf aussi moche',
    'tu fais peur avec ta tronche',
    't es une baleine',
    'la joueuse on dirait un homme',
    'avec ses dents on dirait un castor',
    'elle est enorme dans ce maillot, faut arreter le fast food',
    'planche a pain la journaliste',
    'bouge ton gros cul',
    'tes cheveux on dirait un balai de chiottes',
    'son nez on dirait un bec de toucan',
    'il faut que tu maigrisses serieux',
    "t'es trop grosse pour porter ca",
    "qu'est ce qu'il est moche ce mec",
    'elle a un cul de jument',
    "t'as des jambes on dirait des poteaux",
    'avec ta tronche de cheval',
    'elle est moche comme ses pieds',
    'pose ta fourchette',
    'tu devrais faire un regime',
    'ta gueule fait peur',
  ])('%s', (text) => {
    expect(found(text)).toContain('body_shaming');
  });
  it.todo("t'as pris cher ma pauvre (not found yet)");
  it.todo('elle a pris cher la presentatrice, on dirait sa mere (not found yet)');
  it.todo('va courir un peu gros tas (not found yet)');
  it.todo("t'es large comme une armoire normande (not found yet)");
  it.todo('elle a vieilli de ouf, toute fripee (not found yet)');
  it.todo('il ressemble a un troll (not found yet)');
});

describe('sexual: remarks vigie must flag', () => {
  it.each([
    'je la prendrais bien moi',
    'elle a couche pour reussir c sur',
    'envoie moi des photos en prive ma belle',
    'montre tes jambes',
    'montre tes pieds stp',
    'elle doit etre chaude la journaliste',
    'jla baiserais bien',
    "t'as une bouche faite pour sucer",
    'ca donne envie de la prendre sur le bureau',
    'je lui mettrais bien ma langue',
    'je veux voir sous sa jupe',
    'elle a gagne son poste a genoux',
    "viens t'asseoir sur ma tete",
    "j'aimerais etre son velo",
    'je la lecherais de partout',
    "t'es bonne ma belle",
    'on veut des photos en bikini',
    'tu veux pas me montrer tes seins',
    "elle suce bien c'est sur",
    'ses seins dans ce maillot mmh',
    'elle a un corps a baiser',
    "j'aimerais bien la deshabiller",
    'je la mettrais bien dans mon lit',
    'elle a du sucer le boss pour avoir sa place',
    'elle a couche avec le coach pour etre titulaire',
    'je me la taperais bien celle la',
    'tu fais des photos de pieds ?',
    'je veux te toucher partout',
    'montre nous ton boule',
    'je veux la prendre par derriere',
    'elle a suce le realisateur pour avoir le role',
    'envoie des photos de tes pieds',
  ])('%s', (text) => {
    expect(found(text)).toContain('sexual');
  });
  it.todo('elle est bonne la meteo (not found yet)');
});

describe('self_harm: remarks vigie must flag', () => {
  it.each([
    'fais nous plaisir disparais',
    'le monde sera meilleur sans toi',
    'tu devrais en finir',
    'va te pendre stp',
    'personne te regrettera',
    'tu sers a rien, tue toi',
    'pends toi avec ton micro',
    'le monde se portera mieux sans toi',
    'personne ne va te pleurer',
    'tu devrais te jeter sous un bus',
    'ca serait bien que tu te suicides',
    'tu meriterais de te pendre',
    'on attend tous ton suicide',
    "la corde c'est pour quand",
    'personne remarquera si tu disparais',
    'fais nous une faveur, jette toi par la fenetre',
    "t'as cas te pendre",
    'suicide toi ca nous fera des vacances',
    'rends service a tous et pends toi',
    'tu ferais mieux de disparaitre pour de bon',
    'personne ne te regretterait si tu crevais',
    'tu devrais te tirer une balle',
    'elle devrait se pendre cette folle',
    'à ta place je me serais déjà pendu',
    "t'as perdu 6-0, à ta place je me jetterais d'un pont",
    "si j'etais toi je me tirerais une balle",
    'tu devrais aller te pendre',
    "vivement qu'elle se suicide",
    "j'espere que tu vas te jeter sous un train",
    'la planete se porterait mieux sans toi',
    "la corde c'est pour quand ?",
  ])('%s', (text) => {
    expect(found(text)).toContain('self_harm');
  });
  it.todo('fais un geste pour la planete, supprime toi (not found yet)');
});

describe('hard non-toxic comments: physique, health, sex education, suicide prevention', () => {
  it.each([
    'il a pris du muscle cet ete, ca se voit sur le terrain',
    'elle a pris cher en finale, 6-0 6-1',
    'le joueur a perdu 10 kilos pour revenir en forme',
    "l'obesite touche 17% des francais selon une etude",
    'superbe la presentatrice dans cette robe',
    "t'es magnifique, continue comme ca",
    "elle a un physique d'athlete impressionnant",
    'il a un gros gabarit, parfait pour le poste de pilier',
    'le regime mediterraneen est bon pour le coeur',
    'je me suis pendu au telephone toute la soiree',
    'si tu as des idees suicidaires appelle le 3114',
    'la prevention du suicide chez les jeunes est une priorite',
    "l'education sexuelle doit commencer tot",
    "le consentement c'est la base",
    'elle a ete victime de harcelement sexuel, soutien total',
    'montre tes talents au prochain match',
    "elle s'est fait un nom a force de travail",
    'je me tue a le dire depuis des annees',
    'je suis mort de rire devant cette video',
    "on dirait un autre joueur depuis qu'il a change de coach",
    "on dirait un film d'horreur ce match",
    'la baleine a bosse est revenue au large de la reunion',
    'le cachalot est une espece protegee',
    'le monde sera meilleur sans plastique',
    'personne ne regrettera ce gouvernement',
    "la nageuse a des epaules larges grace a l'entrainement",
    "mon medecin m'a conseille de faire un regime",
    'elle a parle de son anorexie avec courage',
    "j'adore sa robe, elle est sublime",
    'on devrait en finir avec cette reforme',
    'disparais pas stp, tes videos me manquent',
    'il a pris du poids pendant sa blessure, normal',
    'le body positive aide beaucoup de gens',
    'je la prendrais bien dans mon equipe cette joueuse',
    'elle a couche les enfants avant le match',
    'envoie moi les photos du match',
    'montre tes papiers au controle',
    "elle est chaude ce soir l'equipe, 3 buts en 20 minutes",
    'va te coucher il est tard',
    "la corde a sauter c'est top pour le cardio",
    'elle est bonne en maths la petite',
    'on veut des photos du podium',
    "tu devrais en parler a quelqu'un, tu n'es pas seul",
    'le monde sera meilleur sans guerre',
    "il a une tete de vainqueur aujourd'hui",
    'le surpoids augmente le risque de diabete',
    'je veux voir le replay du match',
    'elle a gagne son poste grace a son talent',
    "c'est gros comme une maison, ce penalty",
    'il est rond comme une queue de pelle apres la fete',
    "a quinze ans, j'etais maigre comme un clou",
    'la citrouille est grosse comme une maison',
    'ses yeux on dirait des etoiles',
    'le chat a une tete de poisson',
    'a ta place je me tirerais vite fait',
    "a ta place je me jetterais a l'eau",
    'envoie moi une video en mp stp',
    "j'espere que tu vas te tuer a la tache",
    "la corde c'est pour quand le cours d'escalade",
    'personne ne te regrettera autant que moi',
    'montre tes jambes de sprinteur',
    'sa tete fait peur, concentre a mort',
    'le monde serait triste sans toi',
    'envoie des photos de ton voyage',
    'je veux voir sous le capot',
    'elle a couche le bebe pour la sieste',
    'montre ton jeu au prochain tournoi',
    'tu dois te tuer a la tache pour ce club',
    'il se tue au travail depuis des annees',
    'il court partout, on dirait un lapin',
    'une tete de veau sauce gribiche',
    'il doit perdre du poids avant la pesee',
    'mon coach dit que je devrais maigrir',
    "il faut que je maigrisse avant l'ete",
    'elle a couche les enfants pour etre tranquille',
    'je vais te toucher un mot de ce dossier',
    "j'ai peur que tu te suicides, parle-moi",
    "tu devrais te jeter a l'eau et postuler",
    'tu pourrais te tuer en roulant si vite',
    'tout le monde sera mieux sans la reforme',
    'je ne veux pas voir tes photos en bikini',
    'elle est bonne cette joueuse',
    'je voudrais bien la caresser, ton chat',
  ])('not: %s', (text) => {
    expect(shipped.analyze(text).toxic).toBe(false);
  });
});
