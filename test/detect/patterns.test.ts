import { describe, expect, it } from 'vitest';
import { conjugate } from '../../src/detect/conjugate.js';
import { parsePatternFiles } from '../../src/detect/pattern-parse.js';
import { type CompiledPatterns, compilePatterns, matchAt } from '../../src/detect/patterns.js';
import { TokenView } from '../../src/detect/tokens.js';
import { VigieError } from '../../src/index.js';
import { NormalizedText, normalizeInto } from '../../src/normalize/pipeline.js';

const view = (text: string, set: CompiledPatterns) => new TokenView(text, normalizeInto(text, new NormalizedText()), set.vocab);

describe('conjugator', () => {
  it('conjugates the three groups and irregular verbs, keeping the words around', () => {
    expect(conjugate('égorger').pres).toContain('egorgeons');
    expect(conjugate('crever').fut).toContain('creverai');
    expect(conjugate('attendre').pp).toContain('attendu');
    expect(conjugate('démolir').pres).toContain('demolissent');
    expect(conjugate('mourir').pp).toContain('morte');
    expect(conjugate('faire la peau').fut).toContain('ferai la peau');
    expect(conjugate('y passer').inf).toContain('y passer');
  });
});

describe('pattern files', () => {
  const files = {
    'x.txt': `
@class SUBJ
je, on, j
@verb HIT
frapper
@pattern hit kind=violence
SUBJ vais|va te|t HIT.inf
@pattern hit-after kind=violence
^ te HIT.inf ~2 $
`,
  };
  const set = compilePatterns(parsePatternFiles(files));
  it('compiles classes, verbs and patterns with ids', () => {
    expect(set.patterns.map((p) => [p.id, p.kind, p.severity])).toEqual([
      ['x/hit', 'violence', 'high'],
      ['x/hit-after', 'violence', 'high'],
    ]);
  });
  it('matches over tokens: literals, alternations, classes, gaps and anchors', () => {
    const v = view("bon, j'vais te frapper demain", set);
    expect(matchAt(set, v, new Map(), set.patterns[0]!, 1)).toBe(5);
    expect(matchAt(set, v, new Map(), set.patterns[0]!, 0)).toBe(-1);
    const w = view('non. te frapper demain soir !', set);
    expect(matchAt(set, w, new Map(), set.patterns[1]!, 1)).toBe(5);
  });
  it('rejects bad lines with the file and line', () => {
    expect(() => parsePatternFiles({ 'y.txt': '@pattern p kind=death\nUNKNOWN tuer\n' })).toThrow(VigieError);
    expect(() => parsePatternFiles({ 'y.txt': '@pattern p kind=death\nUNKNOWN tuer\n' })).toThrow(/y\.txt.*2|line 2/);
    expect(() => parsePatternFiles({ 'y.txt': '@pattern p\ntuer\n' })).toThrow(/kind=/);
    expect(() => parsePatternFiles({ 'y.txt': '@pattern p kind=death\n~2 tuer\n' })).toThrow(/gap/);
  });
  it('reads the group an identity pattern attacks when the text names none (target=)', () => {
    const set = parsePatternFiles({ 'z.txt': '@pattern p out=target target=jewish\nshoah bidon\n' });
    expect(set.patterns[0]!.group).toBe('jewish');
    expect(() => parsePatternFiles({ 'z.txt': '@pattern p out=target target=martians\nx y\n' })).toThrow(/target group/);
    expect(() => parsePatternFiles({ 'z.txt': '@pattern p kind=death target=jewish\nx y\n' })).toThrow(/out=target/);
  });
});
