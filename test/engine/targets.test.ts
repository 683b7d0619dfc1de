import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/index.js';

describe('targets', () => {
  const d = createDetector({
    lexicons: { 's.txt': '@category hate\n@target arab\nzbrougnoule | infl=s\n@target jewish\nzbroupin | infl=s\n' },
  });
  it('one target per slur, per group, never twice for the same words', () => {
    const text = 'zbrougnoule, zbroupin et encore zbrougnoule';
    const a = d.analyze(text);
    expect(a.targets.map((t) => `${t.group}:${text.slice(t.start, t.end)}`)).toEqual([
      'arab:zbrougnoule',
      'jewish:zbroupin',
      'arab:zbrougnoule',
    ]);
  });
  it('stays fast on a long text full of slurs', () => {
    const a = d.analyze('zbrougnoule '.repeat(20000));
    expect(a.targets).toHaveLength(20000);
  });
});
