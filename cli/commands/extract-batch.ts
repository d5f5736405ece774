/**
 * `namndkoll extract <files or folders…> --out-dir DIR`: many PDFs at once, in parallel worker threads (one
 * per core by default), one JSON per PDF under DIR (a folder's own structure kept), a `.failed.json` beside
 * each failure and `summary.json` at the end. A progress line shows files, pages and pages per second.
 * Each file has a time budget and each worker a heap ceiling: a file that exceeds either is recorded as
 * PDF_TOO_COMPLEX and its worker replaced, so one hostile file cannot stop the batch.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { RegionCode } from '../../parsers/schema.ts';
import { UsageError } from '../errors.ts';
import type { BatchJob, BatchResult, BatchWorkerData } from '../extract-worker.ts';
import { projectRoot } from '../project-root.ts';

export interface BatchOptions {
  inputs: string[];
  outDir: string;
  jobs?: number;
  region?: RegionCode;
  ocr: string;
  pretty: boolean;
  /** Seconds one file may take before its worker is stopped. */
  timeoutSeconds: number;
  /** Heap ceiling of each worker, in MB. */
  maxHeapMb: number;
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

/** The worker's entry: the bundled one beside the bundled CLI, or the sources through the loader. */
function workerEntry(): URL {
  if (import.meta.url.endsWith('.ts')) return new URL('../extract-worker-source.mjs', import.meta.url);
  return new URL(`file://${join(projectRoot(), 'dist', 'cli', 'extract-worker.js')}`);
}

function formatNumber(value: number, decimals = 0): string {
  return value.toLocaleString('sv-SE', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
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
  const data: BatchWorkerData = {
    ocr: options.ocr,
    pretty: options.pretty,
    ...(options.region ? { region: options.region } : {}),
  };
  let next = 0;
  let done = 0;
  let lastLine = 0;

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

  const record = async (job: BatchJob, result: BatchResult) => {
    done++;
    if (result.ok) {
      summary.extracted++;
      summary.pages += result.pages;
    } else {
      summary.failed++;
      summary.failedByCode[result.code] = (summary.failedByCode[result.code] ?? 0) + 1;
      summary.failures.push({ file: job.path, code: result.code, message: result.message });
      const failedPath = job.out.replace(/\.json$/, '.failed.json');
      await mkdir(dirname(failedPath), { recursive: true });
      await writeFile(
        failedPath,
        `${JSON.stringify({ file: job.path, code: result.code, message: result.message }, null, 2)}\n`,
      );
    }
    if (done < jobs.length) progress();
  };

  const runWorker = async (): Promise<void> => {
    while (next < jobs.length) {
      const worker = new Worker(workerEntry(), {
        workerData: data,
        resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb },
        stderr: false,
      });
      // One worker serves files until one of them kills it (timeout, out of memory); then a new one.
      const survived = await new Promise<boolean>((settle) => {
        let current: BatchJob | undefined;
        let timer: NodeJS.Timeout | undefined;
        let finished = false;
        const give = () => {
          const job = next < jobs.length ? jobs[next++] : undefined;
          current = job;
          if (!job) {
            finished = true;
            worker.postMessage('close');
            return;
          }
          timer = setTimeout(() => {
            current = undefined;
            void worker.terminate();
            void record(job, {
              index: job.index,
              ok: false,
              code: 'PDF_TOO_COMPLEX',
              message: `${job.fileName}: tog mer än ${options.timeoutSeconds} s`,
            });
          }, options.timeoutSeconds * 1000);
          worker.postMessage(job);
        };
        worker.on('message', (result: BatchResult) => {
          clearTimeout(timer);
          const job = current;
          current = undefined;
          if (job) void record(job, result).then(give);
        });
        worker.on('error', (error: Error & { code?: string }) => {
          clearTimeout(timer);
          const job = current;
          current = undefined;
          if (job) {
            const tooBig = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
            void record(job, {
              index: job.index,
              ok: false,
              code: tooBig ? 'PDF_TOO_COMPLEX' : 'EXTRACTION_FAILED',
              message: tooBig
                ? `${job.fileName}: behövde mer än ${options.maxHeapMb} MB minne`
                : `${job.fileName}: ${error.message}`,
            });
          }
        });
        worker.on('exit', () => {
          clearTimeout(timer);
          settle(finished);
        });
        worker.on('online', give);
      });
      if (survived) return;
    }
  };

  if (options.interactive) progress();
  await Promise.all(Array.from({ length: threads }, () => runWorker()));
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
