import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Runs the CLI from source through tsx, so that the test does not depend on a build.
const root = join(import.meta.dirname, '..', '..');
function vigie(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src', 'cli.ts'), ...args], {
    input,
    encoding: 'utf8',
    cwd: root,
    maxBuffer: 1 << 28,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('vigie CLI', () => {
  it('scan reads plain lines from a file and prints one JSON analysis per line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigie-'));
    const file = join(dir, 'c.txt');
    writeFileSync(file, "T'es qu'un c 0 n n 4 r d\n\nQuel beau match hier soir\n");
    const r = vigie(['scan', file]);
    expect(r.code).toBe(0);
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ line: 1, toxic: true });
    expect(lines[0].matches[0]).toMatchObject({ category: 'insult', start: 11, end: 24 });
    expect(lines[1]).toMatchObject({ line: 3, toxic: false });
  });
  it('scan reads JSONL from stdin, keeps ids, and reports bad lines without stopping', () => {
    const r = vigie(['scan', '-'], '{"id":"a","text":"espèce de connard"}\n{"id":2}\nnot json {\n{"text":"bonjour"}\n');
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id ?? l.line)).toEqual(['a', 3, 4]);
    expect(lines[0].toxic).toBe(true);
    expect(r.err).toMatch(/-:2: invalid JSONL line: no "text" string field/);
    expect(r.code).toBe(1);
  });
  it('scan handles a megabyte-long line', () => {
    const r = vigie(['scan', '-'], `${'bonjour connard '.repeat(65536)}\n`);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).toxic).toBe(true);
  });
  it('check prints a readable verdict with the offending span and exits 2 when toxic', () => {
    const r = vigie(['check', "t'es", 'un', 'c0nn4rd']);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/^TOXIC/);
    expect(r.out).toContain('«c0nn4rd»');
    const ok = vigie(['check', 'Quel beau match']);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/^ok/);
  });
  it('prints usage on bad arguments', () => {
    const r = vigie(['nope']);
    expect(r.code).toBe(64);
    expect(r.err).toMatch(/usage:/);
  });
});
