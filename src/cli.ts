import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createDetector } from './detector.js';
import type { Analysis } from './types.js';

const USAGE = `usage:
  vigie scan FILE|-      analyze every line (plain text or JSONL with a "text" field),
                         print one JSON analysis per line
  vigie check "texte"    print a readable verdict with the offending spans
  vigie --help`;

function verdict(text: string, a: Analysis): string {
  const lines = [
    `${a.toxic ? 'TOXIC' : 'ok'}  severity=${a.severity} score=${a.score}${a.categories.length ? `  [${a.categories.join(', ')}]` : ''}`,
  ];
  for (const m of a.matches)
    lines.push(
      `  ${m.suppressedBy ? `(set aside: ${m.suppressedBy}) ` : ''}${m.category}/${m.severity} «${text.slice(m.start, m.end)}» ${m.start}-${m.end} → ${m.term} (${m.ruleId})`,
    );
  for (const t of a.threats)
    lines.push(
      `  ${t.suppressedBy ? `(set aside: ${t.suppressedBy}) ` : ''}threat/${t.kind} «${text.slice(t.start, t.end)}» ${t.start}-${t.end} (${t.ruleId})`,
    );
  for (const t of a.targets) lines.push(`  target/${t.group} «${text.slice(t.start, t.end)}» (${t.ruleId})`);
  if (a.topics.length) lines.push(`  topics: ${a.topics.map((t) => `${t.topic} ${t.score}`).join(', ')}`);
  return lines.join('\n');
}

async function scan(path: string): Promise<void> {
  const detector = createDetector();
  const input = path === '-' ? process.stdin : createReadStream(path, { encoding: 'utf8' });
  const rl = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  for await (const line of rl) {
    n++;
    if (line.trim() === '') continue;
    let text = line;
    let id: unknown;
    if (line.trimStart().startsWith('{')) {
      try {
        const o = JSON.parse(line) as { text?: unknown; id?: unknown };
        if (typeof o.text !== 'string') throw new Error('no "text" string field');
        text = o.text;
        id = o.id;
      } catch (e) {
        process.stderr.write(`vigie: ${path}:${n}: invalid JSONL line: ${(e as Error).message}\n`);
        process.exitCode = 1;
        continue;
      }
    }
    const a = detector.analyze(text);
    const out = id === undefined ? { line: n, text, ...a } : { id, text, ...a };
    if (!process.stdout.write(`${JSON.stringify(out)}\n`)) await new Promise((r) => process.stdout.once('drain', r));
  }
}

async function main(argv: string[]): Promise<void> {
  const [cmd, arg] = argv;
  if (cmd === 'scan' && arg !== undefined) return scan(arg);
  if (cmd === 'check' && arg !== undefined) {
    const text = argv.slice(1).join(' ');
    const a = createDetector().analyze(text);
    console.log(verdict(text, a));
    process.exitCode = a.toxic ? 2 : 0;
    return;
  }
  if (cmd === '--help' || cmd === '-h') {
    console.log(USAGE);
    return;
  }
  console.error(USAGE);
  process.exitCode = 64;
}

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`vigie: ${(e as Error).message}\n`);
  process.exitCode = 1;
});
