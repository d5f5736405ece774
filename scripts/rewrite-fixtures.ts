// `npm run rewrite-fixtures -- [--out=DIR] [--every=3] [--chains=gs,cairo] [--list] [filter…]`: copies fixture papers
// with a truth through the rewrites other tools put a PDF through before a reader gets it — Ghostscript's
// pdfwrite (printer drivers, archiving, "print to PDF" on many systems) and cairo (poppler's pdftocairo,
// desktop print dialogs) — into DIR/<chain>/fixtures/<corpus>/, each beside its unchanged truth. Then
// `npm run accuracy -- --root=DIR/<chain> --misses` scores the same facts on the rewritten files: what a
// rewrite loses (the structure tree of a tagged PDF, each cell as its own text run, the Unicode of a
// minus or a ligature) shows as misses that the originals do not have. A metamorphic check, run by hand:
// it needs gs and pdftocairo (fixture tools, not CI's), and the folder lives outside the repository.
// Scanned papers are left out: rewritten, they are the same pictures for OCR. --list names the papers only.

import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { listCorpus } from '../tests/golden/corpus.ts';

const CHAINS: Record<string, (input: string, output: string) => string[]> = {
  gs: (input, output) => [
    'gs',
    '-q',
    '-sDEVICE=pdfwrite',
    '-dNOPAUSE',
    '-dBATCH',
    '-dSAFER',
    '-o',
    output,
    input,
  ],
  cairo: (input, output) => ['pdftocairo', '-pdf', input, output],
};

/** Papers whose pages are pictures, by what their truth and name say of how they were made. */
const SCANNED_RE = /scan|photo|fax|ocr|tesseract|picture|image|bilevel|keystone/i;

const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const out = option('out') ?? join(tmpdir(), 'namndkoll-rewritten');
const every = Math.max(1, Number(option('every') ?? 3));
const chains = (option('chains') ?? 'gs,cairo').split(',');
const filters = args.filter((a) => !a.startsWith('--'));
for (const chain of chains) {
  if (!CHAINS[chain]) {
    console.error(`unknown chain '${chain}' (known: ${Object.keys(CHAINS).join(', ')})`);
    process.exit(2);
  }
}

const entries = listCorpus()
  .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  .filter((e) => /^fixtures\/(?:holdout\d*|zoo|synthetic)\//.test(e.name))
  .filter((e) => !SCANNED_RE.test(`${e.name} ${e.truth.producer ?? ''} ${e.truth.layout ?? ''}`))
  .filter((e) => filters.length === 0 || filters.some((f) => e.name.includes(f)))
  .filter((_, i) => i % every === 0);

if (args.includes('--list')) {
  for (const entry of entries) console.log(entry.name);
  process.exit(0);
}
let failed = 0;
for (const chain of chains) {
  const started = Date.now();
  for (const [i, entry] of entries.entries()) {
    const target = join(out, chain, `${entry.name}.pdf`);
    mkdirSync(dirname(target), { recursive: true });
    const [command, ...rest] = (CHAINS[chain] as (input: string, output: string) => string[])(
      entry.pdf,
      target,
    );
    const run = spawnSync(command as string, rest, { stdio: 'ignore', timeout: 60_000 });
    if (run.status !== 0) {
      failed++;
      console.error(
        `${chain}: ${entry.name} was not rewritten (${run.error?.message ?? `exit ${run.status}`})`,
      );
      continue;
    }
    copyFileSync(entry.pdf.replace(/\.pdf$/, '.truth.json'), target.replace(/\.pdf$/, '.truth.json'));
    if ((i + 1) % 50 === 0) process.stderr.write(`${chain}: ${i + 1}/${entries.length}\n`);
  }
  console.log(
    `${chain}: ${entries.length} papers in ${((Date.now() - started) / 1000).toFixed(0)} s → ` +
      `npm run accuracy -- --root=${join(out, chain)} --misses`,
  );
}
process.exit(failed > 0 ? 1 : 0);
