/**
 * `namndkoll extract <files or folders…> --out-dir DIR`: many PDFs at once through the extraction pool's
 * worker threads (one per core by default), one JSON per PDF under DIR (a folder's own structure kept), a
 * `.failed.json` beside each failure and `summary.json` at the end. A progress line shows files, pages and
 * pages per second. Each document has the pool's time budget and memory ceiling: one that exceeds either
 * fails as PDF_TOO_COMPLEX and its worker is replaced, so one hostile file cannot stop the batch.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import type { RegionCode } from '../../parsers/schema.ts';
import { formatSwedishNumber } from '../../parsers/swedish/numbers.ts';
import { UsageError } from '../errors.ts';
import { extractFile } from '../extract-file.ts';
import { cliExtractPool } from '../extract-pool.ts';
import { type ClosableOcrEngine, lazyOcrEngine } from '../ocr.ts';

/** One PDF of a batch and where its JSON goes. */
export interface BatchJob {
  index: number;
  path: string;
  fileName: string;
  out: string;
}

export interface BatchOptions {
  inputs: string[];
  outDir: string;
  jobs?: number;
  region?: RegionCode;
  ocr: string;
  pretty: boolean;
  /** Seconds one file may take in its worker (OCR excluded) before it is stopped. */
  timeoutSeconds: number;
  /** Where progress and the summary go (stderr); tests pass their own. */
  log: (text: string) => void;
  interactive: boolean;
}

export interface BatchSummary {
  files: number;
  extracted: number;
  failed: number;
  failedByCode: Record<string, number>;
  pages: number;
  seconds: number;
  pagesPerSecond: number;
  failures: { file: string; code: string; message: string }[];
}

/** Every PDF named or found under a named folder, each with where its JSON goes. */
export function collectJobs(inputs: string[], outDir: string): BatchJob[] {
  const jobs: BatchJob[] = [];
  const taken = new Set<string>();
  const add = (path: string, rel: string) => {
    let out = join(outDir, rel.replace(/\.pdf$/i, '') + '.json');
    for (let n = 2; taken.has(out); n++) out = join(outDir, `${rel.replace(/\.pdf$/i, '')}-${n}.json`);
    taken.add(out);
    jobs.push({ index: jobs.length, path, fileName: basename(path), out });
  };
  for (const input of inputs) {
    const path = resolve(input);
    if (!existsSync(path)) throw new UsageError(`${input}: finns inte`);
    if (statSync(path).isDirectory()) {
      for (const file of pdfsUnder(path)) add(file, relative(path, file));
    } else {
      add(path, basename(path));
    }
  }
  return jobs;
}

function pdfsUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...pdfsUnder(path));
    else if (entry.isFile() && extname(entry.name).toLowerCase() === '.pdf') out.push(path);
  }
  return out;
}

/** The jobs by file size, largest first (a file that cannot be read sorts last: it fails at once). */
export function largestFirst(jobs: readonly BatchJob[]): BatchJob[] {
  const size = new Map(
    jobs.map((job) => {
      try {
        return [job, statSync(job.path).size] as const;
      } catch {
        return [job, -1] as const;
      }
    }),
  );
  return [...jobs].sort((a, b) => (size.get(b) ?? 0) - (size.get(a) ?? 0) || a.index - b.index);
}

/**
 * Each batch worker's nursery (V8's young generation), twice the pool's default: a worker reads paper after
 * paper, and the larger nursery halves its scavenges of the pages' short-lived objects. Measured as
 * alternating batch runs over the text fixtures (README "Performance", stop 33): with the single-threaded
 * collector cli/namndkoll starts a batch with, 1–2 % less CPU than 64 MB and 7 % less than 32 MB; 256 MB gave
 * no more. A one-document `extract` keeps the default, the size cli/bin.js starts its early worker with.
 */
export const BATCH_YOUNG_HEAP_MB = 128;

function formatNumber(value: number, decimals = 0): string {
  return formatSwedishNumber(value, decimals, decimals);
}

export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const jobs = collectJobs(options.inputs, options.outDir);
  if (jobs.length === 0) throw new UsageError(`inga PDF-filer i ${options.inputs.join(', ')}`);
  await mkdir(options.outDir, { recursive: true });
  const started = performance.now();
  const summary: BatchSummary = {
    files: jobs.length,
    extracted: 0,
    failed: 0,
    failedByCode: {},
    pages: 0,
    seconds: 0,
    pagesPerSecond: 0,
    failures: [],
  };
  const threads = Math.max(1, Math.min(options.jobs ?? availableParallelism(), jobs.length));
  const pool = cliExtractPool({
    size: threads,
    timeBudgetMs: options.timeoutSeconds * 1000,
    youngHeapMb: BATCH_YOUNG_HEAP_MB,
  });
  const ocr: ClosableOcrEngine | undefined = lazyOcrEngine(options.ocr);
  let next = 0;
  let done = 0;
  let lastLine = 0;
  // Folders already made: a recursive mkdir per file was a fifth of this thread's CPU in a batch.
  const made = new Set<string>();
  const folderFor = async (file: string): Promise<void> => {
    const folder = dirname(file);
    if (made.has(folder)) return;
    await mkdir(folder, { recursive: true });
    made.add(folder);
  };

  const progress = (final = false) => {
    const now = performance.now();
    if (!final && !options.interactive && now - lastLine < 2000) return;
    lastLine = now;
    const seconds = (now - started) / 1000;
    const rate = seconds > 0 ? summary.pages / seconds : 0;
    const width = 24;
    const filled = Math.round((done / jobs.length) * width);
    const bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
    const line = `${bar} ${done}/${jobs.length} filer · ${formatNumber(summary.pages)} sidor · ${formatNumber(rate)} sidor/s${summary.failed ? ` · ${summary.failed} misslyckade` : ''}`;
    options.log(options.interactive ? `\r${line}${final ? '\n' : ''}` : `${line}\n`);
  };

  const one = async (job: BatchJob): Promise<void> => {
    try {
      const doc = await extractFile({
        path: job.path,
        fileName: job.fileName,
        ...(options.region ? { region: options.region } : {}),
        ...(ocr ? { ocr } : {}),
        extract: (bytes, extractOptions) => pool.extract(bytes, extractOptions),
      });
      await folderFor(job.out);
      await writeFile(job.out, `${JSON.stringify(doc, null, options.pretty ? 2 : undefined)}\n`);
      summary.extracted++;
      summary.pages += doc.source.pageCount;
    } catch (error) {
      const raw = (error as { code?: unknown } | null)?.code;
      const code = typeof raw === 'string' ? raw : 'EXTRACTION_FAILED';
      const message = error instanceof Error ? error.message : String(error);
      summary.failed++;
      summary.failedByCode[code] = (summary.failedByCode[code] ?? 0) + 1;
      summary.failures.push({ file: job.path, code, message });
      const failedPath = job.out.replace(/\.json$/, '.failed.json');
      await folderFor(failedPath);
      await writeFile(failedPath, `${JSON.stringify({ file: job.path, code, message }, null, 2)}\n`);
    }
    done++;
    if (done < jobs.length) progress();
  };

  // One file more in flight than the pool has workers: it waits in the pool's queue, read, so a worker that
  // finishes starts the next file at once instead of idling while this thread writes the last result and
  // reads the next file (~6 % of a worker's time in a batch of small papers). Only one waits, so memory
  // stays bounded by the workers' files and one more.
  // Largest files first (size as the measure of work): the last file to start is then a small one, so the
  // workers finish together instead of one extracting a long report alone at the end (LPT scheduling).
  const queue = largestFirst(jobs);
  const lane = async (): Promise<void> => {
    for (let job = queue[next++]; job; job = queue[next++]) await one(job);
  };
  if (options.interactive) progress();
  try {
    await Promise.all(Array.from({ length: Math.min(threads + 1, jobs.length) }, () => lane()));
  } finally {
    await pool.close();
    await ocr?.terminate();
  }
  // In the order the files were named, whatever order they finished in.
  const position = new Map(jobs.map((job) => [job.path, job.index]));
  summary.failures.sort((a, b) => (position.get(a.file) ?? 0) - (position.get(b.file) ?? 0));
  summary.seconds = (performance.now() - started) / 1000;
  summary.pagesPerSecond = summary.seconds > 0 ? summary.pages / summary.seconds : 0;
  progress(true);
  await writeFile(join(options.outDir, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
  const codes = Object.entries(summary.failedByCode)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, count]) => `${code} ${count}`)
    .join(', ');
  options.log(
    `Klart: ${summary.extracted} extraherade, ${summary.failed} misslyckade${codes ? ` (${codes})` : ''}; ` +
      `${formatNumber(summary.pages)} sidor på ${formatNumber(summary.seconds, 1)} s ` +
      `(${formatNumber(summary.pagesPerSecond)} sidor/s, ${threads} trådar) → ${options.outDir}\n`,
  );
  return summary;
}
