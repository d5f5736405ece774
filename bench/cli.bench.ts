/**
 * Whole-process figures of the `namndkoll` command, each beside a reference measured in the same run:
 * - start-up: `namndkoll --help`, `documents` and `compare` (reading a folder of the fixtures' extracted
 *   documents) and `extract` of the 4-page seed-000 paper and of the 120-page paper, as new processes
 *   (median of RUNS), beside `node -e ''` (Node's own start) and `pdftotext -layout` of seed-000. Targets
 *   (issue 12, on a quiet machine): extract seed-000 ≤ 300 ms, --help/documents/compare ≤ 200 ms; on a
 *   loaded machine only the ratios measured in the same run mean anything;
 * - batch: `namndkoll extract <folder> --out-dir` over the text PDFs of fixtures/ (pages per second),
 *   beside `pdftotext -layout` over the same files one after another.
 * Prints figures only; a benchmark never fails on time.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './stats.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'cli', 'bin.js');
const RUNS = 5;

/** Median wall ms of a whole command over RUNS (after one warm-up run for the file cache). */
function wall(command: string, args: string[]): number | null {
  const once = () => {
    const started = performance.now();
    const result = spawnSync(command, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    const ms = performance.now() - started;
    // 3: the command ran and found no data for the selection (documents, compare), a normal answer.
    return result.error || ![0, 1, 3].includes(result.status ?? -1) ? null : ms;
  };
  if (once() === null) return null;
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const ms = once();
    if (ms === null) return null;
    runs.push(ms);
  }
  return median(runs);
}

function fmt(ms: number | null): string {
  return ms === null ? 'n/a' : `${ms.toFixed(0)} ms`;
}

/** Text PDFs of the fixtures (the scanned ones need OCR and measure something else: bench ocr). */
function textPdfs(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (!['src', 'scanned', 'seeds', 'textract'].includes(name)) walk(path);
      } else if (name.endsWith('.pdf') && !name.startsWith('scanned')) {
        out.push(path);
      }
    }
  };
  walk(join(ROOT, 'fixtures'));
  return out;
}

/**
 * A --data folder for documents and compare: the text fixtures extracted by one batch command, their
 * ExtractedDocument files moved under extracted/ (summary.json and failures left out).
 */
function extractedFolder(files: string[]): string {
  const folder = mkdtempSync(join(tmpdir(), 'namndkoll-bench-data-'));
  const out = join(folder, 'batch');
  spawnSync(process.execPath, [BIN, 'extract', ...files, '--out-dir', out, '--ocr', 'none'], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  mkdirSync(join(folder, 'extracted'));
  for (const name of readdirSync(out, { recursive: true }).map(String)) {
    if (!name.endsWith('.json') || name.endsWith('.failed.json') || basename(name) === 'summary.json')
      continue;
    renameSync(join(out, name), join(folder, 'extracted', name.replaceAll('/', '-')));
  }
  rmSync(out, { recursive: true, force: true });
  return folder;
}

export async function run(): Promise<void> {
  const seed = join(ROOT, 'fixtures', 'seed-000-tjansteskrivelse.pdf');
  const large = join(ROOT, 'fixtures', 'edge', 'large-120-pages.pdf');
  const data = extractedFolder(textPdfs());
  const node = wall(process.execPath, ['-e', '']);
  const poppler = wall('pdftotext', ['-layout', seed, '/dev/null']);
  process.stdout.write(
    `whole processes, median of ${RUNS}; references in the same run: node -e '' ${fmt(node)}, ` +
      `pdftotext -layout seed-000 ${fmt(poppler)}\n`,
  );
  // [label, namndkoll, its own pdftotext reference (null: seed-000's), target ms on a quiet machine]
  const rows: [string, number | null, number | null, number | null][] = [
    ['namndkoll --help', wall(process.execPath, [BIN, '--help']), null, 200],
    ['namndkoll documents --data', wall(process.execPath, [BIN, 'documents', '--data', data]), null, 200],
    [
      'namndkoll compare SE-W SE-Z --data',
      wall(process.execPath, [BIN, 'compare', 'SE-W', 'SE-Z', '--year', '2024', '--data', data]),
      null,
      200,
    ],
    [
      'namndkoll extract seed-000 (4 pages)',
      wall(process.execPath, [BIN, 'extract', seed, '--ocr', 'none']),
      poppler,
      300,
    ],
    [
      'namndkoll extract 120-page paper',
      wall(process.execPath, [BIN, 'extract', large, '--ocr', 'none']),
      wall('pdftotext', ['-layout', large, '/dev/null']),
      null,
    ],
  ];
  rmSync(data, { recursive: true, force: true });
  for (const [label, ms, ownReference, target] of rows) {
    const reference = ownReference ?? poppler;
    const ratios = [
      ms !== null && node ? `${(ms / node).toFixed(1)}× node` : null,
      ms !== null && reference ? `${(ms / reference).toFixed(1)}× pdftotext -layout ${fmt(reference)}` : null,
      target === null ? null : `target ≤ ${target} ms on a quiet machine`,
    ].filter((part) => part !== null);
    process.stdout.write(`  ${label.padEnd(38)} ${fmt(ms).padStart(8)} (${ratios.join(', ')})\n`);
  }

  // Batch: the text fixtures copied into one folder, extracted in one command.
  const folder = mkdtempSync(join(tmpdir(), 'namndkoll-bench-batch-'));
  try {
    const files = textPdfs();
    for (const [i, file] of files.entries()) {
      copyFileSync(file, join(folder, `${String(i).padStart(3, '0')}-${basename(file)}`));
    }
    const batchRuns: { ms: number; pages: number }[] = [];
    for (let i = 0; i < 3; i++) {
      const out = join(folder, `out-${i}`);
      const started = performance.now();
      spawnSync(process.execPath, [BIN, 'extract', folder, '--out-dir', out, '--ocr', 'none'], {
        cwd: ROOT,
        stdio: 'ignore',
      });
      const ms = performance.now() - started;
      const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { pages: number };
      batchRuns.push({ ms, pages: summary.pages });
    }
    const batchMs = median(batchRuns.map((r) => r.ms));
    const pages = batchRuns[0]?.pages ?? 0;
    const popplerRuns: number[] = [];
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      for (const file of readdirSync(folder).filter((f) => f.endsWith('.pdf'))) {
        spawnSync('pdftotext', ['-layout', join(folder, file), '/dev/null'], { stdio: 'ignore' });
      }
      popplerRuns.push(performance.now() - started);
    }
    const popplerMs = median(popplerRuns);
    process.stdout.write(
      `batch: ${files.length} text PDFs, ${pages} pages: namndkoll extract --out-dir ${fmt(batchMs)} = ` +
        `${((pages / batchMs) * 1000).toFixed(0)} pages/s (median of 3, one worker per core); ` +
        `pdftotext -layout one by one ${fmt(popplerMs)} = ${((pages / popplerMs) * 1000).toFixed(0)} pages/s; ` +
        `ratio ${(batchMs / popplerMs).toFixed(1)}×\n`,
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
