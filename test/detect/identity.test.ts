import { describe, expect, it } from 'vitest';
import { detector, shipped, shippedGroups, targets } from './helpers.js';

describe('identity attacks: a group and derogation in one clause', () => {
  it.each([
    'je déteste les martiens',
    "j'ai horreur des martiens",
    'les martiens me dégoûtent',
    'les martiens sont des rats',
    'les martiens sont tous des voleurs',
    'les martiens sont inférieurs',
    'les martiens sont tous des connards',
    'les martiens devraient être expulsés',
    'dehors les martiens',
    'les martiens à la mer',
    "les martiens n'ont rien à faire en France",
    "les martiens, c'est pas des humains",
    'marre des martiens',
    'les martiens ça sert qu’à voler',
    'les martiens arrivent encore, il faut les renvoyer chez eux',
    'les martiems sont des rats', // typo of the group name
  ])('%s', (text) => {
    expect(targets(text)).toEqual(['other']);
    expect(detector.analyze(text).categories).toContain('hate');
  });
  it('the target covers the attack and names the rule', () => {
    const text = 'Franchement les martiens sont des rats.';
    const t = detector.analyze(text).targets[0]!;
    expect(text.slice(t.start, t.end)).toBe('martiens sont des rats');
    expect(t.ruleId).toBe('identity/hate-dehumanise');
  });
});

describe('neutral and positive mentions are not attacks', () => {
  it.each([
    'les martiens sont nos voisins',
    'les martiens ont gagné le championnat',
    'je respecte les martiens',
    "j'adore les martiens",
    'les martiens sont victimes de préjugés',
    'les martiens ne sont pas des voleurs',
    'il faut accueillir les martiens dignement',
    'les martiens restent chez eux ce week-end',
  ])('%s', (text) => {
    expect(targets(text)).toEqual([]);
    expect(detector.analyze(text).toxic).toBe(false);
  });
});

describe('constructions of the shipped lexicons: generalisations, subjugation, tropes', () => {
  it.each([
    ['les femmes sont toutes des manipulatrices', 'women'],
    ['une femme ça doit fermer sa gueule', 'women'],
    ['les femmes devraient se taire et obéir', 'women'],
    ['les femmes, leur place est à la cuisine', 'women'],
    ['la place des femmes est à la maison', 'women'],
    ['les femmes ne savent pas conduire', 'women'],
    ['les femmes ne devraient pas avoir le droit de voter', 'women'],
    ['les femmes sont incapables de réfléchir', 'women'],
    ["t'es qu'une salope comme toutes les femmes", 'women'],
    ['les femmes sont naturellement faibles', 'women'],
    ['les handicapés coûtent trop cher à la société', 'disabled'],
    ['les vieux devraient tous crever', 'other'],
    ['les retraités sont des parasites', 'other'],
    ['les juifs contrôlent les médias', 'jewish'],
    ["les juifs ont tout l'argent", 'jewish'],
    ['les gitans volent les poules', 'roma'],
    ['les asiatiques ont propagé le virus', 'asian'],
    ['les migrants arrivent par milliers, on est plus chez nous', 'migrant'],
    ['une femme arbitre, on aura tout vu', 'women'],
    ["les femmes au volant c'est une catastrophe", 'women'],
    ['les blancs sont tous des voleurs', 'other'],
  ])('%s → %s', (text, group) => {
    expect(shippedGroups(text)).toContain(group);
    expect(shipped.analyze(text).categories).toContain('hate');
  });
  it.each([
    // a team's evening, not a generalisation about people
    'les Portugais sont dangereux en contre-attaque',
    'les Italiens étaient nuls ce soir',
    'les Marocains sont faibles défensivement',
    'les Allemands étaient vraiment faibles hier',
    'la défense des Italiens est une catastrophe',
    "les Italiens c'est une catastrophe ce soir",
    // advice, neutral and positive mentions
    'les personnes âgées devraient rester chez elles pendant la canicule',
    'les femmes devraient pouvoir se taire quand elles veulent',
    'la place des femmes est partout',
    'les femmes ont le droit de voter depuis 1944',
    'je respecte les boomers',
    'les chômeurs ont retrouvé du travail',
    'la banque Rothschild a racheté une société',
    // negation
    "la place des femmes n'est pas à la cuisine",
    'les femmes ne sont pas inférieures aux hommes',
    'les handicapés ne coûtent pas trop cher',
    // counter-speech
    'il ne faut pas dire que les juifs contrôlent les médias',
  ])('%s', (text) => {
    expect(shippedGroups(text)).toEqual([]);
    expect(shipped.analyze(text).toxic).toBe(false);
  });
});

describe('constructions without a slur: inferiority, collectives, conspiracies, group-specific tropes', () => {
  it.each([
    // inferiority claims
    ['les noirs ont un QI plus bas', 'black'],
    ['les noirs ont en moyenne un QI plus bas que les blancs', 'black'],
    ['le QI des africains est plus bas', 'black'],
    ['les femmes ont un plus petit cerveau', 'women'],
    ['les roms sont pas finis', 'roma'],
    ['les arabes sont pas civilisés', 'arab'],
    ['les noirs sont plus violents, c’est génétique', 'black'],
    ['les arabes sont plus violents que les autres', 'arab'],
    ['les roms ils volent, c’est dans leurs gènes', 'roma'],
    ['les noirs descendent du singe', 'black'],
    ['les renois sont moins intelligents', 'black'],
    // dehumanising collectives and replacement
    ['que des singes dans cette équipe', 'black'],
    ['que des noirs dans cette équipe, des vrais singes', 'black'],
    ['ça grouille de chinois dans ce quartier', 'asian'],
    ['le quartier est infesté d’arabes', 'arab'],
    ['les africains font des gosses pour les allocs', 'black'],
    ['ils veulent nous remplacer par des africains', 'black'],
    ['le remplacement des français par les maghrébins', 'arab'],
    ['les maghrébins vont nous remplacer', 'arab'],
    ['le grand remplacement est en marche', 'migrant'],
    // criminalising generalisations and conspiracies
    ['tous des voleurs ces roms', 'roma'],
    ['musulmans = terroristes', 'muslim'],
    ['islam = terrorisme', 'muslim'],
    ['les roms = délinquants', 'roma'],
    ['c’est eux qui contrôlent tout, les juifs', 'jewish'],
    ['les feujs contrôlent tout', 'jewish'],
    ['les sionistes sont des rats', 'jewish'],
    // eliminationist wishes
    ['fallait pas les laisser naître, ces trisomiques', 'disabled'],
    ['les trisomiques on aurait dû les avorter', 'disabled'],
    ['la France aux Français', 'migrant'],
    // women
    ['retourne à ta cuisine', 'women'],
    ['une femme ça sert qu’à faire la vaisselle', 'women'],
    ['une femme ça sert à faire des gosses', 'women'],
    ['les gonzesses comprennent rien au foot', 'women'],
    ['franchement les meufs ne comprennent rien à la tactique', 'women'],
    // disabled
    ['les handicapés sont un poids pour la société', 'disabled'],
    ['les handicapés, à quoi ils servent', 'disabled'],
    // lgbt
    ['l’homosexualité c’est contre-nature', 'lgbt'],
    ['les homos faut les soigner', 'lgbt'],
    ['l’homosexualité ça se soigne', 'lgbt'],
    ['les gays veulent pervertir nos enfants', 'lgbt'],
    // religion
    ['les musulmans et leur religion de merde', 'muslim'],
    ['religion de la paix mon cul, encore un attentat', 'muslim'],
    ['les bicots et leur islam de merde', 'muslim'],
    ['les bicots et leur islam de merde', 'arab'],
    // hiding, stereotypes, incapacity, vices
    ['les homos devraient se cacher', 'lgbt'],
    ['les trans feraient mieux de se suicider', 'lgbt'],
    ['les juifs n’ont qu’à rentrer chez eux', 'jewish'],
    ['les musulmans devraient se faire discrets', 'muslim'],
    ['c’est bien une femme pour conduire comme ça', 'women'],
    ['les femmes au volant, quelle catastrophe', 'women'],
    ['les filles ça joue pas au foot', 'women'],
    ['les chtis sont tous des alcooliques', 'other'],
  ])('%s → %s', (text, group) => {
    expect(shippedGroups(text)).toContain(group);
    expect(shipped.analyze(text).categories).toContain('hate');
  });
  it.each([
    // neutral and positive mentions
    'les noirs ont la peau foncée, c’est génétique',
    'les femmes vivent plus longtemps, c’est biologique',
    'les femmes sont plus résistantes à la douleur, c’est prouvé',
    'les renois et les rebeus du quartier ont organisé un tournoi',
    'les juifs ont célébré Hanoucca',
    'les femmes au volant sont plus prudentes',
    'les femmes au volant, moins d’accidents que les hommes',
    'les femmes ça joue pas moins bien que les hommes',
    'c’est bien une femme qui a gagné la course',
    'le joueur devrait se cacher après ce match',
    'les supporters feraient mieux de rester chez eux',
    'le judaïsme est une religion monothéiste',
    'le christianisme est né au Proche-Orient',
    'l’homosexualité a été dépénalisée en 1982',
    'leur religion interdit le porc',
    'les handicapés ont droit à des aides',
    'les femmes comprennent très bien le foot',
    'ma femme comprend rien à la mécanique mais elle gère le budget',
    'les sionistes religieux ont manifesté à Jérusalem',
    'les travaux sont pas finis dans le quartier des gitans',
    // no group, or not people
    'que des jeunes dans cette équipe, quelle fraîcheur',
    'que des animaux dans ce zoo',
    'le quartier grouille de touristes',
    'ça grouille de monde au marché',
    'le remplacement des fenêtres par des baies vitrées',
    'ils veulent nous remplacer par des robots',
    'l’IA va nous remplacer',
    'les manifestants contrôlent tout le quartier',
    'il faut soigner les malades mentaux',
    'les trans doivent pouvoir se soigner gratuitement',
    'la théorie du grand remplacement est un fantasme d’extrême droite',
    // sport
    'les Bleus sont des animaux ce soir, quelle intensité',
    'les Italiens, des vrais animaux ce soir',
    'les Marocains, des vrais lions sur le terrain',
    'les Italiens étaient plus agressifs ce soir',
    'les Portugais sont plus dangereux en contre-attaque',
    'les Belges sont plus forts que nous au foot',
    // negation
    'les noirs n’ont pas un QI plus bas',
    'les femmes ne sont pas moins intelligentes que les hommes',
    'les musulmans ne sont pas des terroristes',
    'les handicapés ne sont pas un poids pour la société',
    'l’homosexualité n’est pas contre-nature',
    'les homos ne sont pas malades',
    'il ne faut pas dire que les femmes comprennent rien au foot',
    // counter-speech and quotes
    'dire que les noirs sont plus violents c’est du racisme',
    'dire que les noirs ont un QI plus bas, c’est du racisme',
    'amalgamer islam et terrorisme c’est du racisme',
    '« la France aux Français » scandaient les manifestants, c’est honteux',
  ])('%s', (text) => {
    expect(shippedGroups(text)).toEqual([]);
    expect(shipped.analyze(text).toxic).toBe(false);
  });
});

describe('constructions without a slur (3): integration, culture, blame, exclusion, denial', () => {
  it.each([
    // « they never fit in », « they only know how to steal »
    ['les roms ne s’intégreront jamais', 'roma'],
    ['les migrants refusent de s’intégrer', 'migrant'],
    ['les musulmans ne veulent pas s’intégrer', 'muslim'],
    ['les immigrés ne respectent pas nos lois', 'migrant'],
    ['les africains ne respectent rien', 'black'],
    ['les gitans ne savent que voler', 'roma'],
    ['les arabes ne vivent que de trafics', 'arab'],
    ['les maghrébins sont inassimilables', 'arab'],
    ['les musulmans sont incompatibles avec la République', 'muslim'],
    // stereotypes
    ['les juifs sont radins', 'jewish'],
    ['les noirs sont naturellement violents', 'black'],
    ['les juifs se croient supérieurs', 'jewish'],
    ['les immigrés vivent aux crochets de la France', 'migrant'],
    ['les asiatiques mangent du chien', 'asian'],
    ['les noirs ne sont pas des vrais français', 'black'],
    ['les africains ne sont pas capables de se gouverner', 'black'],
    // « it's in their culture », blame for a disease, imposing a faith
    ['les gitans, c’est dans leur culture de voler', 'roma'],
    ['c’est dans leurs gènes de mentir, ces arabes', 'arab'],
    ['les roms volent, c’est dans leur culture', 'roma'],
    ['les chinois nous ont refilé le covid', 'asian'],
    ['les asiatiques ont créé le virus', 'asian'],
    ['les musulmans veulent nous imposer la charia', 'muslim'],
    // exclusion
    ['rentrez chez vous les migrants', 'migrant'],
    ['qu’ils retournent dans leur pays, ces africains', 'black'],
    ['on est envahis par les migrants', 'migrant'],
    ['il faut remigrer tous ces immigrés', 'migrant'],
    ['vive la remigration', 'migrant'],
    ['il faut la remigration', 'migrant'],
    ['remigration maintenant', 'migrant'],
    ['encore une chance pour la France qui a poignardé un passant', 'migrant'],
    // islamisation, Shoah denial and mockery
    ['ils veulent islamiser la France', 'muslim'],
    ['l’islamisation de la France est en marche', 'muslim'],
    ['la Shoah n’a jamais existé', 'jewish'],
    ['l’holocauste c’est du pipeau', 'jewish'],
    ['les chambres à gaz, un mensonge', 'jewish'],
    ['la Shoah est une arnaque', 'jewish'],
    // regions and nations attacked as a people
    ['les normands sont tous consanguins', 'other'],
    ['les basques sont tous des terroristes', 'other'],
  ])('%s → %s', (text, group) => {
    expect(shippedGroups(text)).toContain(group);
    expect(shipped.analyze(text).categories).toContain('hate');
  });
  it.each([
    // neutral mentions and news
    'les migrants ont du mal à s’intégrer sans cours de langue',
    'les réfugiés ukrainiens se sont bien intégrés',
    'les immigrés veulent s’intégrer mais manquent d’aide',
    'les musulmans respectent le ramadan',
    'les migrants respectent les règles du centre d’accueil',
    'les roms vivent dans des campements insalubres',
    'les immigrés vivent de petits boulots',
    'les chinois ont créé un vaccin contre le covid',
    'des chercheurs chinois ont étudié le virus',
    'les bretons sont fiers de leur région',
    'une quiche lorraine et une fondue savoyarde',
    'les touristes chinois ne pensent qu’à profiter de leurs vacances',
    'les supporters algériens étaient violents hier soir',
    'les Basques ont gagné le Top 14',
    'les juifs ont été persécutés pendant la Shoah',
    'la Shoah a fait six millions de morts',
    'les chambres à gaz ont bien existé',
    'nier la Shoah est un délit en France',
    'la remigration est un concept d’extrême droite',
    'Zemmour défend la remigration dans son programme',
    'le jeune champion est une chance pour la France',
    // criticism of an ideology, a government, not of a people
    'les islamistes veulent imposer la charia',
    'les talibans veulent imposer la charia en Afghanistan',
    'l’islamisme radical est une menace',
    'l’islamisation est un fantasme de l’extrême droite',
    'le gouvernement israélien doit cesser les bombardements',
    // sport: said of a team's evening, not of a people
    'les Italiens étaient violents ce soir sur le terrain',
    'les Brésiliens sont violents dans les duels ce soir',
    // negation and counter-speech
    'les musulmans ne sont pas incompatibles avec la République',
    'la Shoah n’est pas un détail de l’histoire',
    'les juifs ne sont pas radins, c’est un préjugé antisémite',
    'dire que les roms ne s’intègrent jamais, c’est raciste',
    'le négationnisme prétend que les chambres à gaz n’ont jamais existé, c’est ignoble',
    'la remigration est une idée dangereuse et raciste',
  ])('%s', (text) => {
    expect(shippedGroups(text)).toEqual([]);
    expect(shipped.analyze(text).toxic).toBe(false);
  });
});

describe('misogyny and ableism without a slur: incompetence, silence, disability as an insult', () => {
  const topicsOf = (text: string): string[] => shipped.analyze(text).topics.map((t) => t.topic);
  it.each([
    ['une femme ne sera jamais capable de diriger un club', 'women'],
    ['les femmes ne peuvent pas gouverner, point', 'women'],
    ['les meufs c’est bien trop émotives pour diriger', 'women'],
    ['les femmes sont trop sensibles pour ce poste', 'women'],
    ['les femmes n’ont pas leur place sur un plateau de foot', 'women'],
    ['une femme ça se tait quand les hommes parlent', 'women'],
    ['une meuf ça ferme sa gueule', 'women'],
    ['t’es qu’une femme, retourne à tes séries', 'women'],
    ['la femme doit rester au foyer', 'women'],
    ['encore une sale féministe sur le plateau', 'women'],
    ['ils jouent comme des handicapés depuis le début du match', 'disabled'],
    ['tu conduis comme un autiste', 'disabled'],
    ['t’es lent comme un trisomique', 'disabled'],
    ['un ramassis d’autistes dirige ce club', 'disabled'],
    ['les femmes mentent toutes', 'women'],
    ['les femmes, il faut les dresser', 'women'],
    ['faut les remettre à leur place ces bonnes femmes', 'women'],
  ])('%s → %s', (text, group) => {
    expect(shippedGroups(text)).toContain(group);
    expect(shipped.analyze(text).categories).toContain('hate');
  });
  it.each([
    'une femme peut très bien diriger un pays',
    'une femme sera peut-être capable de battre ce record',
    'les femmes ont toute leur place dans le foot',
    'ma femme ne peut pas venir au match ce soir',
    'elle n’est qu’une femme parmi d’autres à avoir témoigné',
    't’es qu’une femme comme les autres et c’est très bien',
    'les femmes enceintes doivent rester à la maison si elles sont malades',
    'il conduit comme un aveugle',
    'un tas de handicapés attendaient l’ouverture de la mairie',
    'une équipe de handicapés a remporté le tournoi',
    'on me traite comme un handicapé depuis mon accident',
    'les femmes sont aussi capables que les hommes de diriger',
    'les femmes votent toutes dimanche',
    'les chiens il faut les dresser jeunes',
    'les politiques mentent tous',
  ])('%s', (text) => {
    expect(shippedGroups(text)).toEqual([]);
    expect(shipped.analyze(text).toxic).toBe(false);
  });
  it('an attack on women is about gender, even without a group word for it', () => {
    expect(topicsOf('les gonzesses ça sert à rien')).toContain('gender');
    const t = shipped.analyze('les femmes sont toutes des idiotes').topics.find((x) => x.topic === 'gender');
    expect(t?.score).toBe(0.5);
  });
  it('words that are gender vocabulary only in context', () => {
    for (const text of [
      'la parité euro-dollar a été atteinte',
      'le consentement à l’impôt recule',
      'le match aura lieu le 8 mars',
      'un match d’une grande virilité',
    ])
      expect(topicsOf(text)).not.toContain('gender');
    expect(topicsOf('la loi sur la parité a été votée')).toContain('gender');
    expect(topicsOf('elle a été touchée sans son consentement')).toContain('gender');
  });
});

describe('a group named as the complement of a noun is not the subject judged', () => {
  it.each([
    'Les violences faites aux femmes sont un fléau national',
    'Le racisme envers les Noirs est un fléau dans les stades',
    'Les préjugés sur les Asiatiques sont un cancer de la société',
    'La haine envers les juifs est un poison',
  ])('%s', (text) => {
    expect(shipped.analyze(text).toxic).toBe(false);
  });
  it.each([
    'Les femmes sont un fléau',
    'Les migrants sont des parasites',
    'Je suis contre les migrants, ce sont des parasites',
    'Je suis contre les migrants qui sont des parasites',
  ])('%s stays an attack', (text) => {
    expect(shipped.analyze(text).targets.some((t) => !t.suppressedBy)).toBe(true);
  });
});
