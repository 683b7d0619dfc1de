import { describe, expect, it } from 'vitest';
import { detector, threatKinds } from './helpers.js';

const flagged: [string, string][] = [
  // death: near and simple future, SMS, group, family, third party, passive, verdicts, wishes, imperative
  ['death', 'je vais te tuer'],
  ['death', "J'vais t'égorger espèce de lâche"],
  ['death', 'jvais te buter ce soir'],
  ['death', 'je te tuerai de mes mains'],
  ['death', 'on va tous vous crever'],
  ['death', 'je vais tuer ta mère'],
  ['death', 'il faut le pendre ce type'],
  ['death', 'tu vas te faire buter'],
  ['death', "t'es mort"],
  ['death', "t'es une femme morte"],
  ['death', "j'espère que tu vas crever"],
  ['death', "qu'il crève"],
  ['death', 'crève'],
  ['death', 'tu mériterais une balle dans la tête'],
  ['death', 'tu mérites la mort'],
  ['death', "j'ai une balle pour toi"],
  ['death', 'je vais te poignardre'], // typo of the verb
  ['death', 'je vais te t u e r'], // spaced letters
  ['death', 'tu vas repartir les pieds devant'],
  ['death', "vivement qu'il crève"],
  ['death', "j'espère qu'on le retrouvera pendu"],
  ['death', 'faut raser la ville avec tous les zorglubs dedans'],
  ['death', 'je vais te tuer de mes propres mains'], // « de » alone is no idiom
  // wishing a deadly disease on someone
  ['death', "j'espère que tu vas choper un cancer"],
  ['death', "j'espère qu'il attrape le covid"],
  // violence
  ['violence', 'je vais te casser la gueule'],
  ['violence', 'on va te défoncer à la sortie'],
  ['violence', "je t'attends à la sortie du stade"],
  ['violence', 'je vais te retrouver'],
  ['violence', 'fais attention à toi'],
  ['violence', 'surveille tes arrières'],
  ['violence', 'on va venir te voir'],
  ['violence', "je vais m'occuper de ta fille"],
  ['violence', 'tu vas le payer cher'],
  ['violence', 'tu perds rien pour attendre'],
  ['violence', "j'te colle une droite"],
  ['violence', 'on va brûler ta maison'],
  ['violence', 'brûlez les mosquées'],
  // wishing an injury on an athlete
  ['violence', "j'espère que tu vas te blesser"],
  ['violence', "j'espère que tu te casses la jambe"],
  ['violence', "qu'elle se pète les croisés"],
  ['violence', 'je te souhaite une bonne blessure'],
  ['violence', 'cramez leurs synagogues'],
  // blows to a body part, attacks on a group or its places, promised trouble, waiting outside
  ['violence', 'jvais t éclater la tronche'],
  ['violence', 'je vais lui éclater la tête'],
  ['violence', 'je te casserai les dents'],
  ['violence', 'faut aller frapper les roms'],
  ['violence', 'on va aller tabasser des arabes'],
  ['violence', 'il faut aller cramer leur mosquée'],
  ['violence', 'tu vas avoir des problèmes avec moi'],
  ['violence', 'tu auras affaire à moi'],
  ['violence', 'tu rentreras chez toi en ambulance'],
  ['violence', "on va t'attendre à la sortie"],
  ['violence', 'on va les attendre devant chez eux'],
  ['violence', 'il va se prendre une droite le jour où je le croise'],
  ['violence', 'si je la croise je lui mets des coups'],
  // SMS subject, a beating deserved, « attends que je te chope », a verb of the street
  ['death', 'jv te crever sale rat'],
  ['violence', 'ce mec mérite une bonne raclée'],
  ['violence', 'attends que je te chope'],
  ['violence', 'je vais te latter la prochaine fois'],
  ['violence', 'faut le lyncher celui-là'],
  ['violence', "on t'attendra devant chez toi"],
  // sexual
  ['sexual', 'je vais te violer'],
  ['sexual', 'tu vas te faire violer'],
  ['sexual', "elle mérite d'être violée"],
  ['sexual', 'je te souhaite de te faire violer'],
  ['sexual', 'je te souhaite de tomber sur un violeur'],
  // doxxing
  ['doxxing', 'on sait où tu habites'],
  ['doxxing', 'je sais où tu travailles'],
  ['doxxing', "j'ai ton adresse"],
  ['doxxing', 'on va publier ton adresse'],
  ['doxxing', 'je vais publier ton numéro'],
  ['doxxing', 'je sais où travaille ton mari'],
  ['doxxing', 'on sait où va ta fille à l école'],
  ['doxxing', 'qui a son adresse ?'],
  ['doxxing', 'jsais où t habites'],
  ['doxxing', 'ton adresse va tourner sur tous les groupes'],
  // self_harm
  ['self_harm', 'on va te pousser au suicide'],
  ['self_harm', "on te harcèlera jusqu'à ce que tu te pendes"],
  // veiled: luck, a promised hell, harm to relatives, payback, a murdered person as fate, executions
  ['violence', "t'as de la chance qu'on soit derrière un écran"],
  ['violence', 'heureusement pour toi que je suis pas en face'],
  ['violence', "ça serait bête qu'il arrive un malheur à tes gosses"],
  ['violence', "ce serait dommage qu'il arrive quelque chose à ta voiture"],
  ['violence', "ta fille est mignonne, ce serait dommage qu'il lui arrive quelque chose"],
  ['violence', 'ta vie va devenir un enfer'],
  ['violence', 'je vais faire de ta vie un enfer'],
  ['violence', 'tu vas voir ce que tu vas voir'],
  ['violence', 'regarde bien derrière toi quand tu sors'],
  ['violence', 'tu vas payer pour ça'],
  ['death', 'compte tes jours'],
  ['death', 'tu vas finir comme Samuel Paty'],
  ['death', 'on va te faire un Samuel Paty'],
  ['death', 'le ministre au poteau'],
  ['death', 'à la guillotine'],
  // injury wishes on an athlete
  ['violence', "j'espère que tu te fais les croisés"],
  ['violence', 'je te souhaite une rupture des ligaments'],
];

const clean = [
  // veiled-threat look-alikes
  "ce serait dommage qu'il arrive un malheur à la planète",
  'compte tes jours de congé',
  "t'as de la chance qu'on soit en vacances",
  'tu vas payer l’addition',
  'tu vas payer tes impôts comme tout le monde',
  'la guillotine a été abolie en 1981',
  'Je suis Charlie',
  'tu vas voir ce que tu vas voir au match retour',
  "j'espère que tu te fais plaisir",
  "il s'est fait les croisés, j'espère qu'il reviendra vite",
  'je vais te raconter le match',
  'je vais le tuer ce boss, trois heures que j’essaie',
  'tkt je vais le tuer ce contrôle de maths',
  'on va le tuer ce partiel, on a trop révisé',
  'on va les tuer au match retour ? non, on va gagner proprement',
  'ce joueur a tué le match en deux minutes',
  'je suis mort de rire',
  'brûlez les feuilles mortes au fond du jardin',
  "j'espère qu'il ne va pas se blesser",
  "j'espère qu'il va se remettre de sa blessure",
  "qu'il se casse, on veut plus le voir",
  "il s'est cassé la jambe, quelle tristesse",
  'je vais te tuer de rire avec cette blague', // an idiom, not a threat
  'on te tue de rire à chaque vidéo',
  "j'espère qu'il va avoir le bac",
  "j'espère que tu vas attraper ton train",
  'je crève de faim',
  'je vais te retrouver à la gare à midi',
  'je vais te démonter ta théorie point par point',
  'on se retrouve en finale',
  'tu vas adorer ce film',
  'fais attention à ta santé, repose-toi',
  'un canard est passé devant la mairie',
  'il est mort en 1990 dans un accident',
  'il faut tuer le suspense dès la première mi-temps',
  'tu vas avoir des problèmes de dos si tu continues à porter ça',
  "quelqu'un a l'adresse de la boutique ?",
  'je sais où se trouve la gare',
  "vivement qu'il parte à la retraite",
  'je te souhaite une bonne journée',
  "on va t'attendre à la sortie pour un autographe",
  'on va détruire leur défense samedi',
  'je vais exploser mon record',
  'si je le croise je lui demande un autographe',
  'on va les attendre devant leur hôtel pour les applaudir',
  "j'espère qu'on le retrouvera vite, il a disparu depuis trois jours",
  'il faut bombarder les positions ennemies',
  'on devrait raser ce vieux bâtiment',
  "quelqu'un a son adresse mail pour le contacter ?",
  'si tu prends ce crédit tu vas avoir des problèmes.',
  'ils vont prendre une raclée si on les croise en finale',
  'tu vas rentrer à quatre pattes après cette soirée',
  'on va atomiser les italiens en finale',
  'il faut bombarder les anglais de tirs au but',
  "on va frapper les italiens d'entrée de match",
  'cet article mérite une correction',
  'il mérite des coups francs mieux placés',
  'attends que je te croise au marché',
  'jv te voir demain',
  'ton adresse va changer le mois prochain',
  'le lynchage médiatique de ce joueur est injuste',
  'tu devrais en finir avec ce dossier avant vendredi',
  'tu devrais pas en finir, parle à quelqu’un',
  'finis-en avec tes excuses',
  "t'attends quoi pour te lancer ?",
  'ce boulot va te tuer',
  'pourquoi tu te tues au travail comme ça ?',
];

describe('threats of the five kinds are found', () => {
  for (const [kind, text] of flagged) {
    it(`${kind}: ${text}`, () => {
      expect(threatKinds(text)).toContain(kind);
    });
  }
});

describe('look-alikes are not threats', () => {
  for (const text of clean) {
    it(text, () => {
      expect(threatKinds(text)).toEqual([]);
    });
  }
});

describe('« le tuer ce … »: a game or an exam is no victim, a person is', () => {
  it('je vais le tuer ce mec', () => {
    expect(threatKinds('je vais le tuer ce mec')).toContain('death');
  });
});

describe('a threat against a group it names is an identity attack', () => {
  it.each([
    ['il faut tuer les martiens', 'other'],
    ['on va tous les buter ces musulmans', 'muslim'],
    ['il faut aller tabasser les migrants du camp', 'migrant'],
  ])('%s', (text, group) => {
    const a = detector.analyze(text);
    expect(a.categories).toEqual(expect.arrayContaining(['threat', 'hate']));
    expect(a.targets.map((t) => t.group)).toContain(group);
  });
  it('two threats against one group in two sentences are two attacks', () => {
    const a = detector.analyze('faut aller tabasser les juifs. Il faut tuer les juifs.');
    expect(a.threats.length).toBe(2);
    expect(a.targets.filter((t) => t.group === 'jewish').length).toBe(2);
  });
  it('a group named in another sentence is not the threat’s target', () => {
    expect(detector.analyze('je vais te tuer. Les musulmans sont mes amis').targets).toEqual([]);
  });
});

describe('threat findings', () => {
  it('cover the threat phrase in the original text and carry the pattern id', () => {
    const text = "Franchement, j'vais t'égorger, sale lâche";
    const t = detector.analyze(text).threats[0]!;
    expect(text.slice(t.start, t.end)).toBe("j'vais t'égorger");
    expect(t.ruleId).toMatch(/^threats\//);
    expect(t.severity).toBe('critical');
  });
  it('rate violence and doxxing high, death, sexual and self-harm critical', () => {
    const sev = (text: string) => detector.analyze(text).threats[0]!.severity;
    expect(sev('je vais te casser la gueule')).toBe('high');
    expect(sev('on sait où tu habites')).toBe('high');
    expect(sev('je vais te violer')).toBe('critical');
    expect(sev('on va te pousser au suicide')).toBe('critical');
  });
  it('make the text toxic with category threat, and sexual or self_harm for those kinds', () => {
    expect(detector.analyze('je vais te tuer').categories).toContain('threat');
    expect(detector.analyze('je vais te violer').categories).toEqual(expect.arrayContaining(['threat', 'sexual']));
    expect(detector.analyze('on va te pousser au suicide').categories).toEqual(expect.arrayContaining(['threat', 'self_harm']));
  });
  it.each(['tu devrais en finir', 'va te tuer', 't’as plus qu’à en finir', 'tu devrais te pendre', 'personne te regrettera'])(
    'telling someone to kill themselves is incitement (self_harm), not a threat: %s',
    (text) => {
      const a = detector.analyze(text);
      expect(a.categories).toEqual(['self_harm']);
      expect(a.threats.filter((t) => !t.suppressedBy)).toEqual([]);
    },
  );
  it('are not read into a long text of ordinary sentences (its speed is measured by the benchmark)', () => {
    const text = 'je vais te dire ce que je pense du match, on va gagner. '.repeat(20000);
    const a = detector.analyze(text);
    expect(a.threats).toEqual([]);
    expect(a.toxic).toBe(false);
  });
});

describe('deadlines and « on aura ta peau »', () => {
  it.each([
    'tu verras pas la fin de la semaine',
    'tu passeras pas noël sale chien',
    'tu ne verras jamais le jour se lever',
    'on aura ta peau',
  ])('%s is a death threat', (text) => {
    expect(threatKinds(text)).toContain('death');
  });
  it.each([
    'tu verras pas la fin du film si tu pars maintenant',
    'tu finiras pas la semaine sans café mdr',
    'on aura sa peau au second tour',
    'il a dit « tu verras pas la fin de la semaine », c’est inadmissible',
  ])('%s is not', (text) => {
    expect(threatKinds(text)).toEqual([]);
  });
  it('a crude insult about the reader’s birth is an insult', () => {
    expect(detector.analyze('franchement ta mère aurait dû avaler').categories).toEqual(['insult']);
  });
});
