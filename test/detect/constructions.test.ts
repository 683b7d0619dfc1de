import { describe, expect, it } from 'vitest';
import { shippedCategories as cats, shippedThreatKinds as kinds } from './helpers.js';

// Sentences written for these tests (never taken from an evaluation set).

describe('calls to spread personal information or to harass are doxxing threats', () => {
  it.each([
    'faites tourner son adresse',
    'faites tourner au max',
    'il habite au bout de la rue, vous savez quoi faire',
    'appelez-la tous, elle va comprendre',
    'voilà le numéro perso de la journaliste',
  ])('%s', (text) => {
    expect(kinds(text)).toContain('doxxing');
  });
  it.each([
    'faites tourner la vidéo, elle est drôle',
    'voici le numéro du service client',
    'vous savez quoi faire pour voter ?',
    'appelez-la demain pour le devis',
  ])('not: %s', (text) => {
    expect(kinds(text)).not.toContain('doxxing');
  });
});

describe('put-downs with no insult word are insults', () => {
  it.each([
    "t'as eu ton bac dans un kinder",
    'tu réfléchis avec tes pieds',
    "t'as la culture générale d'une moule",
    'mon chat a plus de neurones que toi',
    "retourne à l'école avant de commenter",
  ])('%s', (text) => {
    expect(cats(text)).toContain('insult');
  });
  it.each([
    'il a eu son bac avec mention',
    "elle a la culture d'une grande lectrice",
    'je réfléchis avec mon équipe',
    "retourne à l'école demain, les vacances sont finies",
    'mon chat a plus de poils que toi',
  ])('not: %s', (text) => {
    expect(cats(text)).not.toContain('insult');
  });
});

describe('self-harm incitement about a third person, pills, and harassment driving to it', () => {
  it.each([
    "qu'il se foute en l'air vite fait",
    "qu'elle se tire une balle, ça nous fera des vacances",
    'avale toute ta boîte de somnifères et bonne nuit',
  ])('incitement: %s', (text) => {
    expect(cats(text)).toContain('self_harm');
  });
  it('harassing someone until they jump is a self-harm threat', () => {
    expect(kinds('on va te harceler tellement que tu finiras par sauter du balcon')).toContain('self_harm');
  });
  it.each(['avale ton cachet avec un verre d’eau', "qu'il se tire d'affaire vite", 'il a fini par sauter de joie'])('not: %s', (text) => {
    expect(cats(text)).not.toContain('self_harm');
  });
});

describe('sexual remarks and armed visits', () => {
  it.each([
    'je me branle sur ses photos',
    'je les prendrais toutes une par une',
    'je mate son cul à chaque match',
    'plus convaincante à quatre pattes',
  ])('sexual: %s', (text) => {
    expect(cats(text)).toContain('sexual');
  });
  it.each(['je regarde son match', 'je les prendrais toutes dans mon équipe', 'le chat marche à quatre pattes'])(
    'not sexual: %s',
    (text) => {
      expect(cats(text)).not.toContain('sexual');
    },
  );
  it('coming armed is a violence threat; so is « tu vas voir ce qui t’arrive »', () => {
    expect(kinds('on viendra armés au prochain meeting')).toContain('violence');
    expect(kinds('continue comme ça et tu vas voir ce qui t’arrive')).toContain('violence');
    expect(kinds('on viendra nombreux au prochain meeting')).toEqual([]);
  });
});

describe('a group named, then labelled or blamed further on', () => {
  it.each(['des gitans sont arrivés dans le parc, ces parasites', 'les cathos tous des hypocrites', 'la cité est pourrie par les blacks'])(
    '%s',
    (text) => {
      expect(cats(text)).toContain('hate');
    },
  );
  it.each([
    'les supporters sont arrivés, ces animaux ont tout cassé',
    'la ville envahie par les touristes',
    'le quartier est pourri par les dealers',
    'les juifs de France ont fêté Hanoukka, la fête des lumières',
  ])('not hate: %s', (text) => {
    expect(cats(text)).not.toContain('hate');
  });
});

describe('SMS spellings', () => {
  it('« te » glued to the verb: jvais tcrever', () => {
    expect(kinds('jvais tcrever ce soir')).toContain('death');
  });
  it('verlan « dep » aimed is a slur; « le dep 93 » is a département', () => {
    expect(cats('sale dep')).toContain('hate');
    expect(cats('le dep 93 a voté')).toEqual([]);
  });
  it('a mixed-breed dog is no insult', () => {
    expect(cats('on a adopté un bâtard croisé labrador')).toEqual([]);
  });
});

describe('veiled threats of comment threads', () => {
  it.each([
    'il paraît que tu rentres seule le soir',
    'belle maison, ce serait dommage qu’elle brûle',
    'les balances finissent toujours mal',
    'à ta place je changerais de quartier',
    'on finira par te retrouver, crois-moi',
    'on a des yeux partout',
    'c’est la dernière fois que tu ouvres ta bouche',
  ])('violence: %s', (text) => {
    expect(kinds(text)).toContain('violence');
  });
  it.each(['profite bien de tes derniers jours', 'les gens comme toi on les retrouve dans la Seine'])('death: %s', (text) => {
    expect(kinds(text)).toContain('death');
  });
  it.each([
    'les balances commerciales finissent mal l’année',
    'on a des yeux partout dans le stade grâce aux caméras',
    'profite bien de tes derniers jours de vacances',
    'il paraît que tu rentres tard ce soir, je te laisse les clés',
    'ce serait dommage que ça brûle, surveille le four',
    'on les retrouve dans la Seine chaque été, ces canards',
    'c’est la dernière fois que tu ouvres ta bouche à ce sujet, promis ?',
    'on finira par te trouver un poste',
    'à ta place je changerais de club',
  ])('not a threat: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

describe('put-down idioms are insults, negative as they are', () => {
  it.each([
    "t'as pas inventé l'eau chaude",
    "t'es pas une lumière",
    "t'es pas le couteau le plus aiguisé du tiroir",
    "t'as pas la lumière à tous les étages",
    'il te manque une case',
    "t'as une case en moins",
    'même ta mère t’aime pas',
    "on t'a pas sonné",
    'retourne jouer aux billes',
    'ferme-la',
  ])('%s', (text) => {
    expect(cats(text)).toContain('insult');
  });
  it.each([
    "Edison a inventé l'ampoule",
    'il manque une case dans le formulaire',
    'il te manque une case à cocher',
    'ferme la porte',
    'va jouer aux billes avec ton frère',
    'on t’a sonné trois fois à la porte',
  ])('not: %s', (text) => {
    expect(cats(text)).not.toContain('insult');
  });
});

describe('stereotypes: here only for, never able to, one case for the group', () => {
  it.each(['les roumains sont là que pour mendier', 'les africains savent pas se gérer', 'encore un migrant qui a agressé une femme'])(
    '%s',
    (text) => {
      expect(cats(text)).toContain('hate');
    },
  );
  it.each([
    'les réfugiés sont là depuis deux ans',
    'les migrants viennent pour travailler',
    'encore un juif qui a été agressé',
    'les supporters sont là que pour faire la fête',
    'les musulmans savent pas quoi faire ce soir',
  ])('not: %s', (text) => {
    expect(cats(text)).not.toContain('hate');
  });
});

describe('propositions and remarks on women at work', () => {
  it.each(['elle est bonne la journaliste de BFM', 't’es chaude ce soir ?', 'tu fais combien la nuit ?'])('sexual: %s', (text) => {
    expect(cats(text)).toContain('sexual');
  });
  it.each([
    'elle est bonne la journaliste de BFM en analyse',
    't’es chaude pour le match ce soir ?',
    'tu fais combien la nuit à l’hôtel ?',
    'tu prends combien de l’heure comme prof particulier ?',
    't’es chaud ce soir pour un foot ?',
  ])('not: %s', (text) => {
    expect(cats(text)).not.toContain('sexual');
  });
});
