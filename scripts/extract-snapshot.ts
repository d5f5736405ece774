// `node --import ./cli/register.mjs scripts/extract-snapshot.ts <dir> [--compare <dir>] [--model] [filter…]`:
// extracts every PDF under fixtures/ (seeds, edge, zoo, synthetic, hold-out, tables-layout, pdf-layer,
// scanned) with a fixed clock and writes one JSON file per PDF into <dir>; a typed ExtractionError is
// written as its code and message. With --model, the page model (loadPdf: items, lines, tables, bold)
// is written beside it, for changes below the facts that the fixtures' facts might not show. With --compare, the new extractions are also compared with the ones
// in the other directory and every file that differs is listed: the tool that shows a change meant
// to be "performance only" (pdf.js options, caching, hoisting) left the output exactly as it was.
// A regression tool run by hand, not a test: the directories live outside the repository.

import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ExtractionError, extractDocument } from '../parsers/index.ts';
import { loadPdf } from '../parsers/pdf/load.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = join(ROOT, 'fixtures');
/** A fixed clock: extractedAt, uploadedAt and durationMs (0) come out the same on every run. */
const FIXED_NOW = new Date('2026-01-01T00:00:00.000Z');

function pdfFiles(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'node_modules' && !name.startsWith('.')) found.push(...pdfFiles(path));
    } else if (name.endsWith('.pdf')) {
      found.push(path);
    }
  }
  return found;
}

async function snapshot(file: string, model: boolean): Promise<string> {
  const bytes = new Uint8Array(readFileSync(file));
  try {
    const doc = model
      ? await loadPdf(bytes)
      : await extractDocument(bytes, { now: () => FIXED_NOW, fileName: basename(file) });
    return `${JSON.stringify(doc, null, 2)}\n`;
  } catch (error) {
    if (!(error instanceof ExtractionError)) throw error;
    return `${JSON.stringify({ error: error.code, message: error.message, page: error.page }, null, 2)}\n`;
  }
}

const args = process.argv.slice(2);
const compareAt = args.indexOf('--compare');
const against = compareAt >= 0 ? args[compareAt + 1] : undefined;
const positional = args.filter((arg, i) => !arg.startsWith('--') && (compareAt < 0 || i !== compareAt + 1));
const [outDir, ...filters] = positional;
if (!outDir || (compareAt >= 0 && !against)) {
  console.error('usage: extract-snapshot.ts <out-dir> [--compare <dir>] [--model] [filter…]');
  process.exit(2);
}

mkdirSync(outDir, { recursive: true });
const files = pdfFiles(FIXTURES).filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)));
const differing: string[] = [];
let missing = 0;
const jobs = files.flatMap((file) => {
  const stem = relative(FIXTURES, file).replaceAll('/', '__');
  const facts = { file, model: false, name: `${stem}.json` };
  return args.includes('--model') ? [facts, { file, model: true, name: `${stem}.model.json` }] : [facts];
});
for (const { file, model, name } of jobs) {
  const text = await snapshot(file, model);
  writeFileSync(join(outDir, name), text);
  if (!against) continue;
  let before: string;
  try {
    before = readFileSync(join(against, name), 'utf8');
  } catch {
    missing++;
    console.log(`new (not in ${against}): ${name}`);
    continue;
  }
  if (before !== text) differing.push(name);
}
console.log(`${files.length} PDF(s) extracted into ${outDir}`);
if (against) {
  for (const name of differing) console.log(`differs: ${name}`);
  console.log(
    differing.length === 0 && missing === 0
      ? `identical to ${against}`
      : `${differing.length} differ, ${missing} new, against ${against}`,
  );
  if (differing.length > 0) process.exitCode = 1;
}
