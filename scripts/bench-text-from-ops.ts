// `node --import ./cli/register.mjs scripts/bench-text-from-ops.ts [all|seed000|chromiumZoo|edge120|scanned…]`:
// A/B in one process of extraction CPU (process.cpuUsage, medians of alternating rounds; ROUNDS=5):
// A reads text with getTextContent, B rebuilds it from the operator list (parsers/pdf/text-from-ops.ts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ExtractionError, extractDocument } from '../parsers/index.ts';
import { setTextFromOps } from '../parsers/pdf/load.ts';

function pdfFiles(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'node_modules' && !name.startsWith('.')) found.push(...pdfFiles(path));
    } else if (name.endsWith('.pdf')) found.push(path);
  }
  return found;
}
const rounds = Number(process.env.ROUNDS ?? 5);
const sets: Record<string, string[]> = {
  all: pdfFiles('fixtures'),
  seed000: ['fixtures/seed-000-tjansteskrivelse.pdf'],
  chromiumZoo: ['fixtures/zoo/004-chromium-ruled.pdf'],
  edge120: ['fixtures/edge/large-120-pages.pdf'],
  scanned: pdfFiles('fixtures/scanned'),
};
const only = process.argv.slice(2);
const bytes = new Map<string, Uint8Array>();
for (const files of Object.values(sets)) for (const f of files) bytes.set(f, new Uint8Array(readFileSync(f)));
async function cpu(files: string[]): Promise<number> {
  const start = process.cpuUsage();
  for (const f of files) {
    try {
      await extractDocument(bytes.get(f) as Uint8Array, { now: () => new Date(0), fileName: f });
    } catch (e) {
      if (!(e instanceof ExtractionError)) throw e;
    }
  }
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};
for (const [name, files] of Object.entries(sets)) {
  if (only.length && !only.includes(name)) continue;
  setTextFromOps(false);
  await cpu(files);
  setTextFromOps(true);
  await cpu(files); // warm-up
  const a: number[] = [],
    b: number[] = [];
  for (let r = 0; r < rounds; r++) {
    setTextFromOps(r % 2 === 0);
    (r % 2 === 0 ? b : a).push(await cpu(files));
    setTextFromOps(r % 2 !== 0);
    (r % 2 !== 0 ? b : a).push(await cpu(files));
  }
  console.log(
    `${name}: A(getTextContent) median ${median(a).toFixed(0)} ms, B(from ops) median ${median(b).toFixed(0)} ms, B/A ${(median(b) / median(a)).toFixed(3)}  [A ${a.map((x) => x.toFixed(0)).join(' ')}] [B ${b.map((x) => x.toFixed(0)).join(' ')}]`,
  );
}
