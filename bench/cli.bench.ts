/**
 * Whole-process figures of the `namndkoll` command (issue 12, points 1 and 2), each beside references
 * measured in the same run, so that they mean something on a shared machine:
 * - start-up: `namndkoll --help`, the README's `documents`, `compare`, `measures` and `decisions` examples
 *   (over the text fixtures' documents, read through the document index as the local stack keeps it —
 *   documents from the regions' persisted summaries, compare and a region's listings from those regions'
 *   partitions — and without it: every document), `extract` of the
 *   4-page seed-000 paper (from the startup snapshot through cli/namndkoll, and through cli/bin.js's worker
 *   with and without its code cache) and of the 120-page paper, as new
 *   processes: median wall time of RUNS after a warm-up run, and the mean CPU time (user + system, from
 *   /proc on Linux) that the machine's other load inflates much less than wall time. References: `node -e ''`
 *   (Node's own start) and `pdftotext -layout` of the same file. Targets, on a quiet machine: extract
 *   seed-000 ≤ 300 ms, --help/documents/compare ≤ 200 ms;
 * - batch: `namndkoll extract <folder> --out-dir` over the text PDFs of fixtures/ (pages per second, target
 *   ≥ 150 on 2 cores), beside `pdftotext -layout` over the same files one after another.
 * The bundle is rebuilt first (a stale one would silently run the sources). The load average is printed
 * before and after. Prints figures only; a benchmark never fails on time.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIndex } from '../functions/lib/doc-index.ts';
import { extractedKey } from '../functions/lib/layout.ts';
import { MemoryDocumentStore } from '../functions/lib/store.ts';
import { EXTRACTION_V8_FLAGS } from '../functions/lib/v8-tiering.ts';
import type { ExtractedDocument } from '../parsers/schema.ts';
import { buildCli } from '../scripts/build-cli.mjs';
import { median } from './stats.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'cli', 'bin.js');
/** The installed command on Unix: a one-file extract from the startup snapshot (cli/extract-snapshot.ts). */
const SH_BIN = join(ROOT, 'cli', 'namndkoll');
const RUNS = 7;
const BATCH_RUNS = 3;

interface Timing {
  /** Median wall milliseconds. */
  wall: number;
  /** Mean CPU milliseconds (user + system) per run; null where /proc is not there. */
  cpu: number | null;
}

/** CPU seconds of the children this process has waited for (Linux: /proc/self/stat cutime + cstime). */
function childrenCpuMs(): number | null {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After "pid (comm) ", field 3 (state) is index 0: cutime is field 16, cstime field 17.
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout?.trim()) || 100;

/** A whole command RUNS times after one warm-up run (the file cache, the worker's code cache). */
function time(command: string, args: string[], env: Record<string, string> = {}, runs = RUNS): Timing | null {
  const once = () => {
    const started = performance.now();
    const result = spawnSync(command, args, {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, ...env },
    });
    const ms = performance.now() - started;
    // 3: the command ran and found no data for the selection (documents, compare), a normal answer.
    return result.error || ![0, 1, 3].includes(result.status ?? -1) ? null : ms;
  };
  if (once() === null) return null;
  const walls: number[] = [];
  const cpuBefore = childrenCpuMs();
  for (let i = 0; i < runs; i++) {
    const ms = once();
    if (ms === null) return null;
    walls.push(ms);
  }
  const cpuAfter = childrenCpuMs();
  return {
    wall: median(walls),
    cpu: cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) / runs,
  };
}

function ms(value: number | null | undefined): string {
  return value === null || value === undefined ? 'n/a' : `${value.toFixed(0)} ms`;
}

function load(): string {
  return loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
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
 * Two --data folders (bucket layout) for documents and compare: the text fixtures extracted by one batch
 * command under extracted/<documentId>.json, one of them also with the document index the pipeline keeps
 * (index/v<INDEX_VERSION>/ with its region summaries, built by functions/lib/doc-index.ts as a full
 * rebuild would).
 */
async function dataFolders(
  files: string[],
): Promise<{ indexed: string; plain: string; documents: number; scanned: Set<string> }> {
  const work = mkdtempSync(join(tmpdir(), 'namndkoll-bench-data-'));
  const out = join(work, 'batch');
  spawnSync(process.execPath, [BIN, 'extract', ...files, '--out-dir', out, '--ocr', 'none'], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  const documents: { key: string; doc: ExtractedDocument }[] = [];
  // Papers whose pages are pictures (NEEDS_OCR under --ocr none): not text pages, left out of the batch.
  const scanned = new Set<string>();
  for (const name of readdirSync(out, { recursive: true }).map(String)) {
    if (name.endsWith('.failed.json')) {
      const failure = JSON.parse(readFileSync(join(out, name), 'utf8')) as { file: string; code: string };
      if (failure.code === 'NEEDS_OCR') scanned.add(failure.file);
      continue;
    }
    if (!name.endsWith('.json') || basename(name) === 'summary.json') continue;
    const doc = JSON.parse(readFileSync(join(out, name), 'utf8')) as ExtractedDocument;
    documents.push({ key: extractedKey(doc.documentId), doc });
  }
  const store = new MemoryDocumentStore();
  await buildIndex(store, documents, () => new Date());
  const write = (folder: string, key: string, bytes: Uint8Array | string) => {
    mkdirSync(dirname(join(folder, key)), { recursive: true });
    writeFileSync(join(folder, key), bytes);
  };
  const indexed = join(work, 'indexed');
  const plain = join(work, 'plain');
  for (const { key, doc } of documents) {
    for (const folder of [indexed, plain]) write(folder, key, `${JSON.stringify(doc)}\n`);
  }
  for (const [key, object] of store.objects) write(indexed, key, object.bytes);
  rmSync(out, { recursive: true, force: true });
  return { indexed, plain, documents: documents.length, scanned };
}

export async function run(): Promise<void> {
  // The bundle as the sources are now: a stale one would make cli/bin.js run the sources instead.
  await buildCli({ quiet: true });
  const loadBefore = load();
  const seed = join(ROOT, 'fixtures', 'seed-000-tjansteskrivelse.pdf');
  const large = join(ROOT, 'fixtures', 'edge', 'large-120-pages.pdf');
  const files = textPdfs();
  const data = await dataFolders(files);
  const node = time(process.execPath, ['-e', '']);
  const popplerSeed = time('pdftotext', ['-layout', seed, '/dev/null']);
  const popplerLarge = time('pdftotext', ['-layout', large, '/dev/null']);
  const cli = (...args: string[]) => time(process.execPath, [BIN, ...args]);
  const compareArgs = ['compare', 'SE-W', 'SE-Z', '--year', '2024', '--data'];
  // [label, figures, pdftotext reference, target ms on a quiet machine]
  const rows: [string, Timing | null, Timing | null, number | null][] = [
    ["node -e '' (reference)", node, null, null],
    ['pdftotext -layout seed-000 (reference)', popplerSeed, null, null],
    ['namndkoll --help', cli('--help'), null, 200],
    [
      `namndkoll documents (index, ${data.documents} docs)`,
      cli('documents', '--data', data.indexed),
      null,
      200,
    ],
    [`namndkoll compare (index, ${data.documents} docs)`, cli(...compareArgs, data.indexed), null, 200],
    [
      `namndkoll measures hyrbemanning --year 2024 (index)`,
      cli('measures', 'hyrbemanning', '--year', '2024', '--data', data.indexed),
      null,
      null,
    ],
    [
      `namndkoll decisions --region SE-Z (index)`,
      cli('decisions', '--region', 'SE-Z', '--data', data.indexed),
      null,
      null,
    ],
    // Without a region: every region's partitions read as columns (query/listings.ts).
    [`namndkoll measures, every region (index)`, cli('measures', '--data', data.indexed), null, null],
    [`namndkoll decisions, every region (index)`, cli('decisions', '--data', data.indexed), null, null],
    [`namndkoll documents (no index)`, cli('documents', '--data', data.plain), null, null],
    [`namndkoll compare (no index)`, cli(...compareArgs, data.plain), null, null],
    ...(process.platform === 'win32'
      ? []
      : ([
          [
            'namndkoll extract seed-000 (startup snapshot)',
            time(SH_BIN, ['extract', seed, '--ocr', 'none']),
            popplerSeed,
            300,
          ],
          [
            'namndkoll extract 120-page paper (snapshot)',
            time(SH_BIN, ['extract', large, '--ocr', 'none']),
            popplerLarge,
            null,
          ],
        ] as [string, Timing | null, Timing | null, number | null][])),
    ['namndkoll extract seed-000 (cli/bin.js)', cli('extract', seed, '--ocr', 'none'), popplerSeed, 300],
    [
      'namndkoll extract seed-000, no code cache',
      time(process.execPath, [BIN, 'extract', seed, '--ocr', 'none'], { NAMNDKOLL_NO_CODE_CACHE: '1' }),
      popplerSeed,
      null,
    ],
    [
      "namndkoll extract seed-000, with a batch's V8 flags",
      time(process.execPath, [...EXTRACTION_V8_FLAGS, BIN, 'extract', seed, '--ocr', 'none']),
      popplerSeed,
      null,
    ],
    ['namndkoll extract 120-page paper', cli('extract', large, '--ocr', 'none'), popplerLarge, null],
    [
      "namndkoll extract 120-page paper, with a batch's V8 flags",
      time(process.execPath, [...EXTRACTION_V8_FLAGS, BIN, 'extract', large, '--ocr', 'none']),
      popplerLarge,
      null,
    ],
  ];
  rmSync(dirname(data.indexed), { recursive: true, force: true });
  process.stdout.write(
    `whole processes: median wall of ${RUNS} runs after a warm-up, mean CPU (user+system) per run; ` +
      `load average before: ${loadBefore}\n`,
  );
  for (const [label, figures, reference, target] of rows) {
    const isNode = figures === node;
    const notes = [
      figures && node && !isNode ? `${(figures.wall / node.wall).toFixed(1)}× node wall` : null,
      figures?.cpu && node?.cpu && !isNode ? `${(figures.cpu / node.cpu).toFixed(1)}× node CPU` : null,
      figures && reference
        ? `${(figures.wall / reference.wall).toFixed(0)}× pdftotext -layout (${ms(reference.wall)})`
        : null,
      target === null ? null : `target ≤ ${target} ms`,
    ].filter((part) => part !== null);
    process.stdout.write(
      `  ${label.padEnd(42)} ${ms(figures?.wall).padStart(8)} wall ${ms(figures?.cpu).padStart(8)} CPU` +
        `${notes.length > 0 ? `  (${notes.join(', ')})` : ''}\n`,
    );
  }

  // Batch: the text fixtures copied into one folder, extracted in one command. The scanned papers among
  // them are left out: with --ocr none they fail NEEDS_OCR after pdf.js has decoded their pictures, time
  // that counts no page (their reading is OCR's, `npm run bench -- ocr`).
  const folder = mkdtempSync(join(tmpdir(), 'namndkoll-bench-batch-'));
  try {
    for (const [i, file] of files.filter((path) => !data.scanned.has(path)).entries()) {
      copyFileSync(file, join(folder, `${String(i).padStart(3, '0')}-${basename(file)}`));
    }
    const pdfs = readdirSync(folder).filter((name) => name.endsWith('.pdf'));
    // Alternated with a run under V8's defaults (NAMNDKOLL_V8_DEFAULTS: the tiering of functions/lib/v8-tiering.ts
    // and the garbage collector of cli/namndkoll): the reference for what the extraction flags give, measured
    // on the machine as it is in this run.
    type BatchRun = { ms: number; cpuMs: number | null; pages: number; extracted: number };
    const batchRuns: BatchRun[] = [];
    const defaultRuns: BatchRun[] = [];
    for (let i = 0; i < BATCH_RUNS; i++) {
      for (const [runs, env] of [
        [batchRuns, {}],
        [defaultRuns, { NAMNDKOLL_V8_DEFAULTS: '1' }],
      ] as const) {
        const out = join(folder, `out-${i}-${runs === batchRuns ? 'tuned' : 'defaults'}`);
        const cpuBefore = childrenCpuMs();
        const started = performance.now();
        // The installed command (cli/namndkoll on Unix), which starts a batch with its V8 flags.
        const [command, ...prefix] = process.platform === 'win32' ? [process.execPath, BIN] : [SH_BIN];
        spawnSync(command as string, [...prefix, 'extract', folder, '--out-dir', out, '--ocr', 'none'], {
          cwd: ROOT,
          stdio: 'ignore',
          env: { ...process.env, ...env },
        });
        const elapsed = performance.now() - started;
        const cpuAfter = childrenCpuMs();
        const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as {
          pages: number;
          extracted: number;
        };
        runs.push({
          ms: elapsed,
          cpuMs: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore,
          pages: summary.pages,
          extracted: summary.extracted,
        });
      }
    }
    const batchMs = median(batchRuns.map((r) => r.ms));
    const { pages, extracted } = batchRuns[0] ?? { pages: 0, extracted: 0 };
    // CPU per page, all threads: what the other load on a shared machine inflates least.
    const cpuOf = (runs: BatchRun[]) =>
      runs.some((r) => r.cpuMs === null) ? null : median(runs.map((r) => r.cpuMs as number));
    const cpuPerPage = cpuOf(batchRuns) === null ? null : (cpuOf(batchRuns) as number) / pages;
    const defaultCpu = cpuOf(defaultRuns);
    const tieringLine =
      defaultCpu === null || cpuPerPage === null
        ? ''
        : `  same, V8's defaults (NAMNDKOLL_V8_DEFAULTS=1) ${ms(median(defaultRuns.map((r) => r.ms))).padStart(9)}; ` +
          `${(defaultCpu / pages).toFixed(1)} ms CPU per page; extraction flags / defaults: ` +
          `CPU ${((cpuPerPage * pages) / defaultCpu).toFixed(2)}×, wall ${(batchMs / median(defaultRuns.map((r) => r.ms))).toFixed(2)}×\n`;
    const popplerRuns: number[] = [];
    for (let i = 0; i < BATCH_RUNS; i++) {
      const started = performance.now();
      for (const file of pdfs) {
        spawnSync('pdftotext', ['-layout', join(folder, file), '/dev/null'], { stdio: 'ignore' });
      }
      popplerRuns.push(performance.now() - started);
    }
    const popplerMs = median(popplerRuns);
    const rate = (pages / batchMs) * 1000;
    process.stdout.write(
      `batch: ${pdfs.length} text PDFs (${extracted} extracted, the rest fail fast as they should; ` +
        `${data.scanned.size} scanned papers left out), ` +
        `${pages} pages, ${Math.min(availableParallelism(), pdfs.length)} worker threads, median of ${BATCH_RUNS}:\n` +
        `  namndkoll extract <folder> --out-dir   ${ms(batchMs).padStart(9)} = ${rate.toFixed(0)} pages/s (target ≥ 150)` +
        `${cpuPerPage === null ? '' : `; ${cpuPerPage.toFixed(1)} ms CPU per page (median, all threads)`}\n` +
        tieringLine +
        `  pdftotext -layout, file by file        ${ms(popplerMs).padStart(9)} = ${((pages / popplerMs) * 1000).toFixed(0)} pages/s\n` +
        `  ratio namndkoll / pdftotext -layout: ${(batchMs / popplerMs).toFixed(1)}×\n`,
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  process.stdout.write(`load average after: ${load()}\n`);
}
