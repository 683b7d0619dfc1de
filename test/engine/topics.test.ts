import { describe, expect, it } from 'vitest';
import { createDetector, VigieError } from '../../src/index.js';

const shipped = createDetector();
const topicsOf = (text: string) => shipped.analyze(text).topics.map((t) => t.topic);

describe('topic words that count only in company (when=paired)', () => {
  it('one ambiguous word alone tells no topic', () => {
    for (const text of ['à ce stade de l’enquête', 'un club de lecture', 'dans le but de comprendre', 'tourne à droite au rond-point'])
      expect(topicsOf(text)).toEqual([]);
  });
  it('the same word twice is still alone', () => {
    expect(topicsOf('à ce stade, et à ce stade seulement')).toEqual([]);
  });
  it('two different ones tell their topic', () => {
    expect(topicsOf('le club a changé de gardien cet été')).toContain('sport');
    expect(topicsOf('la majorité a perdu le débat')).toContain('politics');
  });
  it('one beside a plain word of the topic adds its span and its weight', () => {
    const withPaired = shipped.analyze('le stade était plein pour le match').topics.find((t) => t.topic === 'sport')!;
    const without = shipped.analyze('la salle était pleine pour le match').topics.find((t) => t.topic === 'sport')!;
    expect(withPaired.spans).toHaveLength(without.spans.length + 1);
    expect(withPaired.score).toBeGreaterThan(without.score);
    expect(withPaired.spans.map((s) => s.start)).toEqual([...withPaired.spans.map((s) => s.start)].sort((a, b) => a - b));
  });
  it('works for lexicons given at run time, and only for topic words', () => {
    const d = createDetector({
      lexicons: { 'jardin.txt': '@category topic\n@topic sport\n@when paired\nrâteau\nbêche\n' },
    });
    expect(d.analyze('un râteau').topics).toEqual([]);
    expect(d.analyze('un râteau et une bêche').topics.map((t) => t.topic)).toEqual(['sport']);
    expect(() => createDetector({ lexicons: { 'x.txt': 'râteau | cat=insult when=paired\n' } })).toThrow(VigieError);
    expect(() => createDetector({ lexicons: { 'x.txt': 'râteau | cat=insult when=paired\n' } })).toThrow(/paired/);
  });
});

describe('sport without a named sport', () => {
  it('athletes, competition words and lost bets tell sport', () => {
    for (const text of [
      'quelle nageuse, elle mérite sa médaille',
      'j’ai perdu mon pari à cause de toi',
      'j’avais misé sur toi et mon ticket est mort',
      'les Marseillais ont été nuls ce soir, quel match',
      'elle est qualifiée pour les JO',
      'Grousset en finale, incroyable',
      'Félix Lebrun est un génie',
      'record personnel battu !',
      'bravo championne, tu nous as fait vibrer',
      'quelle perf en qualif',
    ])
      expect(topicsOf(text), text).toContain('sport');
  });
  it('the same words outside sport tell nothing', () => {
    for (const text of [
      'mon ticket de métro a expiré',
      'les Marseillais se plaignent des loyers',
      'un personnel qualifié',
      'les cyclistes roulent sur les trottoirs',
      'le gouvernement mise sur l’apprentissage',
      'belle perf au bureau',
      'c’est un sacré bordel sur la côte',
    ])
      expect(topicsOf(text), text).not.toContain('sport');
  });
});

describe('gender is the debate, not any mention of women', () => {
  it('gender debates tell gender', () => {
    for (const text of [
      'la parité entre les hommes et les femmes',
      'encore un discours de mâle alpha',
      'la répartition des tâches reste inégale, merci le patriarcat',
      'le foot féminin souffre du sexisme',
      'les néo-féministes ont encore frappé',
    ])
      expect(topicsOf(text), text).toContain('gender');
  });
  it('health, maternity and women’s sport alone do not', () => {
    for (const text of [
      'elle a pris un congé maternité en mars',
      'ce soir, match de foot féminin à Lyon',
      'la parité euro-dollar',
      'la féminité de sa robe',
    ])
      expect(topicsOf(text), text).not.toContain('gender');
  });
});

describe('racism', () => {
  it('racism debates tell racism', () => {
    for (const text of [
      'une discrimination à l’embauche',
      'une discrimination envers les Noirs',
      'les indigénistes et les décoloniaux',
      'la théorie remplaciste',
      'la fragilité blanche',
      'les descendants d’esclaves subissent encore le racisme',
    ])
      expect(topicsOf(text), text).toContain('racism');
  });
  it('discrimination of another kind is not racism', () => {
    for (const text of [
      'c’est de la discrimination envers les handicapés',
      'une tarification discriminatoire selon l’âge',
      'esclave de son téléphone',
    ])
      expect(topicsOf(text), text).not.toContain('racism');
  });
});
