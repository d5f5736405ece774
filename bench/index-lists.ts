/**
 * The listings without a region against corpus size: what the web page asks on load — `GET /meta`, then
 * the first page of `GET /documents` — cold (router created → answer) and warm, and the API process's
 * heap and RSS after a full GC, for the generated indexes of bench/index-curve.ts (reused from
 * /tmp/namndkoll-bench-index-<n>). Each size runs in processes of its own; figures are medians.
 *
 *   node --import ./cli/register.mjs --expose-gc bench/index-lists.ts            # the curve
 *   NAMNDKOLL_BENCH_CURVE=10000,200000 NAMNDKOLL_BENCH_COLD_RUNS=3 …
 *   NAMNDKOLL_BENCH_SUMMARIES=hidden …   # the API sees no persisted summary: every region built from partitions
 *
 * The cached corpora were generated before the ingest persisted region summaries: before measuring, the
 * summaries are written into the corpus folder by functions/lib/doc-index.ts `rebuildSummaries` — the code
 * path the ingest and a full build use (each region's summary from its partitions, one region at a time) —
 * and its time is printed (a no-op when every summary is current).
 *
 * Targets at 200,000: cold ≤ 1 s, memory ≤ 512 MB. Prints figures, never fails on them.
 */
import { execFile } from 'node:child_process';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createApiHandler } from '../functions/api/router.ts';
import { DirectoryStore } from '../functions/api/stores.ts';
import { rebuildSummaries, SUMMARY_ROOT, type SummaryStore } from '../functions/lib/doc-index.ts';
import { ObjectNotFoundError } from '../functions/lib/errors.ts';
import { countingStore } from './counting-store.ts';
import { generateIndex } from './index-curve.ts';
import { median } from './stats.ts';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..');
const WARM_RUNS = 7;

interface ListsRun {
  metaColdMs: number;
  metaColdCpuMs: number;
  documentsMs: number;
  documentsCpuMs: number;
  metaWarmMs: number;
  documentsWarmMs: number;
  heapMB: number;
  rssMB: number;
  gets: number;
  readMB: number;
  lists: number;
  documentCount: number;
  pageRows: number;
  source: string;
  summaries: string;
}

/** One cold process over `dir`: /meta, then /documents (first page), then warm repeats. */
async function child(dir: string): Promise<void> {
  const states: string[] = [];
  const hidden = process.env['NAMNDKOLL_BENCH_SUMMARIES'] === 'hidden';
  const { store, reads } = countingStore(dir, hidden ? (key) => key.startsWith(SUMMARY_ROOT) : undefined);
  const cpu0 = process.cpuUsage();
  const started = performance.now();
  const api = createApiHandler({
    store,
    now: () => new Date(),
    catalog: {
      maxAgeMs: 3_600_000,
      log: (_message, details) => states.push(String(details['indexState'])),
    },
  });
  const get = async (path: string, query: Record<string, string> = {}) => {
    const response = await api({ method: 'GET', path, query, headers: {} });
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
    return JSON.parse(String(response.body)) as Record<string, unknown>;
  };
  const meta = await get('/meta');
  const metaColdMs = performance.now() - started;
  const cpu1 = process.cpuUsage(cpu0);
  const t = performance.now();
  const documents = await get('/documents');
  const documentsMs = performance.now() - t;
  const cpu2 = process.cpuUsage(cpu0);
  const coldReads = { ...reads };
  const warm = async (path: string, query: Record<string, string> = {}) => {
    const times: number[] = [];
    for (let i = 0; i < WARM_RUNS; i++) {
      const w = performance.now();
      await get(path, query);
      times.push(performance.now() - w);
    }
    return median(times);
  };
  const metaWarmMs = await warm('/meta');
  const documentsWarmMs = await warm('/documents');
  (globalThis as { gc?: () => void }).gc?.();
  const memory = process.memoryUsage();
  const result: ListsRun = {
    metaColdMs,
    metaColdCpuMs: (cpu1.user + cpu1.system) / 1000,
    documentsMs,
    documentsCpuMs: (cpu2.user + cpu2.system - cpu1.user - cpu1.system) / 1000,
    metaWarmMs,
    documentsWarmMs,
    heapMB: memory.heapUsed / 2 ** 20,
    rssMB: memory.rss / 2 ** 20,
    gets: coldReads.gets,
    readMB: coldReads.bytes / 2 ** 20,
    lists: coldReads.lists,
    documentCount: meta['documentCount'] as number,
    pageRows: (documents['documents'] as unknown[]).length,
    source: states.length === 0 ? 'index' : `extracted (index ${states.join(',')})`,
    summaries: `${api.catalog.summaryStats.persisted} persisted, ${api.catalog.summaryStats.built} built`,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

async function measure(dir: string, runs: number): Promise<ListsRun | { error: string }> {
  const results: ListsRun[] = [];
  for (let i = 0; i < runs; i++) {
    try {
      const { stdout } = await run(
        process.execPath,
        ['--import', './cli/register.mjs', '--expose-gc', 'bench/index-lists.ts', '--child', dir],
        { cwd: ROOT, maxBuffer: 1 << 20 },
      );
      results.push(JSON.parse(stdout.trim().split('\n').pop()!) as ListsRun);
    } catch (error) {
      const text = String((error as { stderr?: string }).stderr ?? error);
      return {
        error: /heap out of memory/i.test(text) ? 'out of memory' : text.split('\n').slice(-3).join(' '),
      };
    }
  }
  const m = (pick: (r: ListsRun) => number) => median(results.map(pick));
  return {
    ...results[0]!,
    metaColdMs: m((r) => r.metaColdMs),
    metaColdCpuMs: m((r) => r.metaColdCpuMs),
    documentsMs: m((r) => r.documentsMs),
    documentsCpuMs: m((r) => r.documentsCpuMs),
    metaWarmMs: m((r) => r.metaWarmMs),
    documentsWarmMs: m((r) => r.documentsWarmMs),
    heapMB: m((r) => r.heapMB),
    rssMB: m((r) => r.rssMB),
  };
}

/** The corpus folder as the summary writer's store (the ETags are the ones the API's listing gives). */
function summaryStore(dir: string): SummaryStore {
  const directory = new DirectoryStore(dir);
  return {
    listObjects: async (prefix) => directory.listKeys(prefix),
    getObject: async (key) => {
      const bytes = await directory.getBytes(key);
      if (bytes === null) throw new ObjectNotFoundError(key);
      return { bytes };
    },
    putText: (key, text) => directory.putObject(key, new TextEncoder().encode(text)),
  };
}

async function curve(): Promise<void> {
  const sizes = (process.env['NAMNDKOLL_BENCH_CURVE'] ?? '10000,200000').split(',').map(Number);
  const runs = Number(process.env['NAMNDKOLL_BENCH_COLD_RUNS'] ?? 3);
  process.stdout.write(
    `lists: API /meta then /documents (no parameters: the web page's first page of 1,000), medians of ${runs} processes; load ${loadavg()
      .map((load) => load.toFixed(1))
      .join(' ')}\n`,
  );
  for (const size of sizes) {
    const dir = join(tmpdir(), `namndkoll-bench-index-${size}`);
    await generateIndex(dir, size);
    const cpu = process.cpuUsage();
    const started = performance.now();
    const rebuilt = await rebuildSummaries(summaryStore(dir));
    const used = process.cpuUsage(cpu);
    process.stdout.write(
      `  ${String(size).padStart(7)} docs: rebuildSummaries wrote ${rebuilt.written} of ${rebuilt.regions} regions' summaries in ${(performance.now() - started).toFixed(0)} ms (cpu ${((used.user + used.system) / 1000).toFixed(0)} ms)  load ${loadavg()[0]!.toFixed(1)}\n`,
    );
    const r = await measure(dir, runs);
    if ('error' in r) {
      process.stdout.write(`  ${String(size).padStart(7)} docs  failed: ${r.error}\n`);
      continue;
    }
    process.stdout.write(
      [
        `  ${String(size).padStart(7)} docs from ${r.source} (summaries ${r.summaries})`,
        `/meta cold ${r.metaColdMs.toFixed(0)} ms (cpu ${r.metaColdCpuMs.toFixed(0)} ms), warm ${r.metaWarmMs.toFixed(1)} ms`,
        `/documents first page next ${r.documentsMs.toFixed(0)} ms (cpu ${r.documentsCpuMs.toFixed(0)} ms), warm ${r.documentsWarmMs.toFixed(1)} ms`,
        `heap ${r.heapMB.toFixed(0)} MB, rss ${r.rssMB.toFixed(0)} MB`,
        `cold reads ${r.gets} objects / ${r.readMB.toFixed(1)} MB, ${r.lists} listings`,
        `${r.documentCount} documents, ${r.pageRows} rows  load ${loadavg()[0]!.toFixed(1)}`,
      ].join('  ') + '\n',
    );
  }
}

if (process.argv[1] && process.argv[1] === import.meta.filename) {
  const at = process.argv.indexOf('--child');
  if (at >= 0) await child(process.argv[at + 1]!);
  else await curve();
}
