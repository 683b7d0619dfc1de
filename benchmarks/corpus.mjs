// Deterministic benchmark corpus: French comments of realistic length (tens to hundreds of
// characters) with emoji, mixed case, mentions, some insults and threats, some evasions
// (leetspeak, spacing, dots, masks, repeats, homoglyphs, invisible characters) and ordinary
// words that contain a bad substring. Everything here is written for the benchmark and drawn
// with a seeded PRNG: the same seed and size give the same corpus on every machine.
//
//   node benchmarks/corpus.mjs [--bytes N] [--seed S]   # prints the corpus as JSON lines

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OPENERS = [
  'Franchement',
  'Perso',
  'Honnêtement',
  'Bon',
  'Alors',
  'Mdr',
  'Ptdr',
  'Sérieux',
  'Wesh',
  'Bref',
  'Ah ouais',
  'En vrai',
  'Hmm',
  'Ouf',
  'Bah',
  'Genre',
  'Attends',
  'Bonjour à tous',
  'Salut',
  'Euh',
];

const TEAMS = ['le PSG', "l'OM", "l'OL", 'Lens', 'Rennes', 'Nantes', 'Brest', 'Monaco', 'les Bleus', 'Toulouse', 'le Stade Français'];
const PLACES = [
  'Marseille',
  'Lyon',
  'Lille',
  'Bordeaux',
  'la Bretagne',
  'Paris',
  'Strasbourg',
  'Nice',
  'Grenoble',
  'Montpellier',
  'Québec',
];
const FOODS = [
  'la raclette',
  'le cassoulet',
  'une quiche',
  'les crêpes',
  'le bœuf bourguignon',
  'une tarte aux pommes',
  'le couscous',
  'la ratatouille',
];
const THINGS = [
  'cette vidéo',
  'ce reportage',
  "l'article",
  'le dernier épisode',
  'la réforme',
  'ce tuto',
  'le concert',
  'la nouvelle mise à jour',
  'ce film',
  'le débat',
  'la conférence',
  'ce livre',
];
const PEOPLE = [
  'le maire',
  'mon voisin',
  'ma sœur',
  'le prof',
  "l'arbitre",
  'le présentateur',
  'les députés',
  'mon cousin',
  'la coach',
  'le chef',
];
const POS = [
  'génial',
  'super intéressant',
  'trop bien',
  'magnifique',
  'vraiment top',
  'bien expliqué',
  'émouvant',
  'très clair',
  'excellent',
];
const NEG = ['nul', 'décevant', 'raté', 'ennuyeux', 'mal fichu', 'trop long', 'bâclé', 'sans intérêt', 'incompréhensible'];
const TIMES = ["aujourd'hui", 'hier soir', 'ce matin', 'la semaine dernière', 'depuis des années', 'ce week-end', 'à 20h', 'en 2019'];
const EMOJI = ['😂', '🤣', '😡', '🙄', '👍', '❤️', '🔥', '💀', '🤡', '😭', '🇫🇷', '👍🏽', '🙏', '😅', '🤔', '💪', '🎉', '😤', '🥲', '✨'];

// Benign words that contain a bad-looking substring (the engine must not flag them).
const TRAPS = [
  'habite',
  'concombre',
  'disputer',
  'députés',
  'analyse',
  'Connecticut',
  'conseil',
  'consulter',
  'concours',
  'bitumé',
  'compter',
  'abricot',
  'salopettes',
  'cul-de-sac',
];

const NEUTRAL = [
  '{opener}, {thing} était {pos}',
  "j'ai regardé {thing} {time} et c'était {pos}",
  '{team} a encore perdu {time}, ce match était {neg}',
  'quelqu’un sait à quelle heure commence {thing} ?',
  'on mange {food} chez moi {time}',
  "j'habite à {place} depuis 10 ans et je n'ai jamais vu ça",
  '{people} nous a expliqué que {thing} était reporté',
  "merci pour {thing}, c'est {pos} !",
  'je ne suis pas d’accord avec {people} mais {thing} reste {pos}',
  'il faut analyser les chiffres avant de disputer le résultat',
  'les {trap} de {place} sont au programme du concours',
  'on a acheté un {trap} au marché de {place}',
  'le {trap} du coin est fermé {time}, dommage',
  "{opener} {thing} est {neg}, désolé mais c'est mon avis",
  'vous pouvez consulter le lien dans la description',
  'trop hâte de voir {team} jouer à {place} {time}',
  '{people} a raison, {food} c’est la base',
  'qui vient à {place} {time} ? on se retrouve devant la gare',
  'abonnez-vous pour plus de contenu comme {thing}',
  'la météo à {place} est {neg} {time}, il pleut sans arrêt',
  '{opener} le résumé de {thing} est {pos}, bravo à toute l’équipe',
  "C'EST QUOI CE DÉLIRE avec {thing}",
  '{people} et {people} ont débattu pendant deux heures',
  'putain, quel match {time} !',
  'oh merde, j’ai oublié {food} au four',
];

const INSULTS = [
  'connard',
  'connasse',
  'abruti',
  'crétin',
  'débile',
  'enculé',
  'salope',
  'bâtard',
  'trou du cul',
  'tocard',
  'bouffon',
  'guignol',
  'imbécile',
  'pétasse',
  'sous-merde',
  'merdeux',
  'cassos',
  'fils de pute',
  'grosse vache',
  'gros porc',
  'con',
  'clown',
  'débile mental',
];
const INSULTS_PL = ['connards', 'abrutis', 'crétins', 'bouffons', 'tocards', 'guignols', 'imbéciles', 'cassos', 'enculés'];
const THREATS = [
  'je vais te retrouver',
  'je sais où tu habites',
  'je vais te casser la gueule',
  'tu vas le payer cher',
  'je vais te défoncer',
  'fais gaffe à toi ce soir',
  'on va te buter',
  'va te pendre',
  'crève',
];

const TOXIC = [
  "t'es qu'un {insult}",
  'espèce de {insult}',
  'ferme ta gueule {insult}',
  'sale {insult}',
  'bande de {insults}',
  '{opener}, {people} est un vrai {insult}',
  '{threat} {insult}',
  '{threat}',
  'vous êtes tous des {insults}',
  'mais quel {insult} ce mec, {thing} était {neg}',
  '@{handle} {threat}',
  'fdp',
  'ntm {insult}',
  'tg {insult}',
  'pauvre {insult} va',
  "c'est un {insult} celui-là {emoji}",
];

const HANDLES = ['jean_du_93', 'lucie.m', 'TheBoss', 'kevin75', 'marie_dupont', 'xXdarkXx', 'Ahmed13', 'sophie'];

// Lookalikes: Cyrillic / Greek letters, fullwidth, mathematical bold.
const HOMO = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', i: 'і', y: 'у' };
const LEET = { a: '4', e: '3', o: '0', i: '1', s: '$', t: '7' };

function evade(word, rnd) {
  const kind = Math.floor(rnd() * 10);
  switch (kind) {
    case 0:
      return word.replace(/[aeoist]/g, (ch) => (rnd() < 0.7 ? LEET[ch] : ch));
    case 1:
      return [...word].join(' ');
    case 2:
      return [...word].join('.');
    case 3: {
      const k = 1 + Math.floor(rnd() * (word.length - 2));
      return `${word.slice(0, k)}*${word.slice(k + 1)}`;
    }
    case 4: {
      const k = Math.floor(rnd() * word.length);
      return word.slice(0, k + 1) + word[k].repeat(2 + Math.floor(rnd() * 4)) + word.slice(k + 1);
    }
    case 5:
      return word.toUpperCase();
    case 6:
      return [...word].map((ch) => (HOMO[ch] && rnd() < 0.5 ? HOMO[ch] : ch)).join('');
    case 7:
      return [...word].join('\u200b');
    case 8:
      return word.normalize('NFD').replace(/\p{M}/gu, '');
    default:
      return [...word]
        .map((ch) => (ch >= 'a' && ch <= 'z' && rnd() < 0.3 ? String.fromCodePoint(0xff41 + ch.charCodeAt(0) - 97) : ch))
        .join('');
  }
}

function pick(rnd, list) {
  return list[Math.floor(rnd() * list.length)];
}

function fill(template, rnd, toxicity) {
  return template.replace(/\{(\w+)\}/g, (_, slot) => {
    switch (slot) {
      case 'opener':
        return pick(rnd, OPENERS);
      case 'team':
        return pick(rnd, TEAMS);
      case 'place':
        return pick(rnd, PLACES);
      case 'food':
        return pick(rnd, FOODS);
      case 'thing':
        return pick(rnd, THINGS);
      case 'people':
        return pick(rnd, PEOPLE);
      case 'pos':
        return pick(rnd, POS);
      case 'neg':
        return pick(rnd, NEG);
      case 'time':
        return pick(rnd, TIMES);
      case 'trap':
        return pick(rnd, TRAPS);
      case 'emoji':
        return pick(rnd, EMOJI);
      case 'handle':
        return pick(rnd, HANDLES);
      case 'insult':
      case 'insults': {
        const w = pick(rnd, slot === 'insult' ? INSULTS : INSULTS_PL);
        return rnd() < toxicity.evasion ? evade(w, rnd) : w;
      }
      case 'threat':
        return pick(rnd, THREATS);
      default:
        return slot;
    }
  });
}

function sentence(rnd, toxicity) {
  const toxic = rnd() < toxicity.rate;
  let s = fill(pick(rnd, toxic ? TOXIC : NEUTRAL), rnd, toxicity);
  if (rnd() < 0.6) s = s[0].toUpperCase() + s.slice(1);
  const end = rnd();
  if (end < 0.35) s += '.';
  else if (end < 0.5) s += ' !!!';
  else if (end < 0.6) s += ' ?!';
  else if (end < 0.7) s += '…';
  else if (end < 0.85) s += ` ${pick(rnd, EMOJI)}`;
  if (rnd() < 0.15) s += pick(rnd, EMOJI).repeat(1 + Math.floor(rnd() * 3));
  return s;
}

/** One comment: 1 to 6 sentences (most have 1 to 3), sometimes shouted, sometimes a mention or a link. */
export function comment(rnd, toxicity = { rate: 0.18, evasion: 0.4 }) {
  const r = rnd();
  const count = r < 0.35 ? 1 : r < 0.65 ? 2 : r < 0.82 ? 3 : r < 0.93 ? 4 : 5 + Math.floor(rnd() * 2);
  const parts = [];
  for (let k = 0; k < count; k++) parts.push(sentence(rnd, toxicity));
  let c = parts.join(' ');
  if (rnd() < 0.08) c = `@${pick(rnd, HANDLES)} ${c}`;
  if (rnd() < 0.04) c += ` https://exemple.fr/v/${Math.floor(rnd() * 1e6).toString(36)}`;
  if (rnd() < 0.05) c = c.toUpperCase();
  return c;
}

/**
 * Comments totalling at least `bytes` bytes of UTF-8, drawn from `seed`.
 * @returns {string[]}
 */
export function generateCorpus(bytes, seed = 20241124) {
  const rnd = prng(seed);
  const out = [];
  let total = 0;
  while (total < bytes) {
    const c = comment(rnd);
    out.push(c);
    total += Buffer.byteLength(c, 'utf8');
  }
  return out;
}

const ONSETS = [
  'b',
  'c',
  'd',
  'f',
  'g',
  'j',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'ch',
  'br',
  'cr',
  'dr',
  'fr',
  'gr',
  'pl',
  'tr',
  'gn',
  'qu',
  'bl',
  'cl',
];
const NUCLEI = ['a', 'e', 'i', 'o', 'u', 'ou', 'ai', 'au', 'eau', 'é', 'è', 'on', 'an', 'in', 'oi', 'eu'];
const CODAS = ['', '', '', 'r', 'l', 's', 'x', 't', 'que', 'rd', 'sse', 'tte', 'lle', 'nne'];

/**
 * `n` distinct pseudo-French words (2 to 4 syllables), drawn from `seed`: synthetic lexicon
 * entries that look like French to the trie (same letters, same prefixes) without being real terms.
 * @returns {string[]}
 */
export function pseudoWords(n, seed = 7) {
  const rnd = prng(seed);
  const seen = new Set();
  while (seen.size < n) {
    const syll = 2 + Math.floor(rnd() * 3);
    let w = '';
    for (let k = 0; k < syll; k++) w += pick(rnd, ONSETS) + pick(rnd, NUCLEI);
    w += pick(rnd, CODAS);
    seen.add(w);
  }
  return [...seen];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, dflt) => {
    const k = process.argv.indexOf(name);
    return k < 0 ? dflt : Number(process.argv[k + 1]);
  };
  for (const c of generateCorpus(arg('--bytes', 100_000), arg('--seed', 20241124))) process.stdout.write(`${JSON.stringify(c)}\n`);
}
