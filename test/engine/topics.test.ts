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
