/**
 * The API's compare against corpus size (issue 12 point 4): for 10,000, 50,000 and 200,000 generated
 * documents, API compare cold (router created → first answer), warm, and heap/RSS of the API process, each
 * the median of several separate processes (bench/index-cold.ts). The index path reads index objects
 * generated directly (the entries the ingest would have written, scripts/generate-facts.ts documents of the
 * same seed); the reference — reading every extracted/<id>.json, the path before the index — is measured in
 * the same run on the 10,000-document corpus of compare.bench.ts.
 *
 * Sizes and runs: NAMNDKOLL_BENCH_CURVE=10000,50000,200000 NAMNDKOLL_BENCH_COLD_RUNS=3.
 * Targets at 200,000: cold ≤ 1 s, warm ≤ 50 ms, memory ≤ 512 MB. Prints figures, never fails on them.
 */
import { execFile } from 'node:child_process';
import { createWriteStream, existsSync, type WriteStream } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { MANIFEST_KEY, partitionKey } from '../functions/lib/doc-index.ts';
import {
  encodePartition,
  INDEX_VERSION,
  type IndexEntry,
  type IndexPartition,
  partitionOf,
  toIndexEntry,
} from '../query/doc-summary.ts';
import { generateCorpus, syntheticDocument } from '../scripts/generate-facts.ts';
import { mulberry32 } from '../scripts/prng.ts';
import { median } from './stats.ts';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..');

/**
 * Write the index of `documents` synthetic documents (seed 1, as generateCorpus) into `dir`, as the ingest
 * would have filed them: one object per partition (doc-summary.ts encodePartition). First the entries are
 * streamed into one line-per-entry file per partition, so 200,000 documents never sit in memory; then each
 * partition is encoded from its file. Reuses a complete earlier run.
 */
export async function generateIndex(dir: string, documents: number): Promise<{ partitions: number }> {
  const marker = join(dir, '.index-generated.json');
  // `format` changes whenever the generated entries do (6: index v2 columns, ASCII body in two sections, measure titles as a dictionary).
  const wanted = { documents, seed: 1, version: INDEX_VERSION, format: 6 };
  if (existsSync(marker)) {
    const previous = JSON.parse(await readFile(marker, 'utf8')) as typeof wanted & { partitions: number };
    if (
      previous.documents === documents &&
      previous.seed === 1 &&
      previous.version === INDEX_VERSION &&
      previous.format === wanted.format
    )
      return { partitions: previous.partitions };
  }
  await rm(dir, { recursive: true, force: true });
  // An empty extracted/ makes the directory a bucket layout (functions/api/stores.ts).
  await mkdir(join(dir, 'extracted'), { recursive: true });
  const staging = join(dir, '.staging');
  await mkdir(staging, { recursive: true });
  const rand = mulberry32(1);
  const streams = new Map<string, { stream: WriteStream; partition: IndexPartition; path: string }>();
  for (let index = 0; index < documents; index++) {
    const doc = syntheticDocument(index, rand, { validate: false });
    const partition = partitionOf(doc);
    const name = `${partition.region}-${partition.year}`;
    let open = streams.get(name);
    if (!open) {
      const path = join(staging, `${name}.jsonl`);
      open = { stream: createWriteStream(path), partition, path };
      streams.set(name, open);
    }
    const text = JSON.stringify(toIndexEntry(doc, `extracted/${doc.documentId}.json`));
    if (!open.stream.write(`${text}\n`))
      await new Promise<void>((resolve) => open!.stream.once('drain', () => resolve()));
  }
  await Promise.all(
    [...streams.values()].map(
      ({ stream }) => new Promise<void>((resolve, reject) => stream.end(() => resolve()).on('error', reject)),
    ),
  );
  for (const { partition, path } of streams.values()) {
    const lines = (await readFile(path, 'utf8')).split('\n').filter((line) => line.length > 0);
    const entries = lines.map((line) => JSON.parse(line) as IndexEntry);
    const target = join(dir, ...partitionKey(partition).split('/'));
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, encodePartition(partition, entries));
  }
  await rm(staging, { recursive: true, force: true });
  await writeFile(
    join(dir, ...MANIFEST_KEY.split('/')),
    JSON.stringify({ version: INDEX_VERSION, complete: true, builtAt: new Date().toISOString() }),
  );
  await writeFile(marker, JSON.stringify({ ...wanted, partitions: streams.size }));
  return { partitions: streams.size };
}

interface ColdRun {
  source: string;
  coldMs: number;
  coldCpuMs: number;
  warmMs: number;
  otherRegionsMs: number;
  heapMB: number;
  rssMB: number;
  gets: number;
  readMB: number;
  lists: number;
  body: number;
  measures: number;
  documentsInAnswer: number;
}

async function coldRun(dir: string): Promise<ColdRun | { error: string }> {
  try {
    const { stdout } = await run(
      process.execPath,
      ['--import', './cli/register.mjs', '--expose-gc', 'bench/index-cold.ts', dir],
      {
        cwd: ROOT,
        maxBuffer: 1 << 20,
        env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
      },
    );
    return JSON.parse(stdout.trim().split('\n').pop()!) as ColdRun;
  } catch (error) {
    const text = String((error as { stderr?: string }).stderr ?? error);
    return {
      error: /heap out of memory/i.test(text) ? 'out of memory' : text.split('\n').slice(-3).join(' '),
    };
  }
}

/** The medians of `runs` cold processes over `dir`, or why they failed. */
async function measure(dir: string, runs: number): Promise<ColdRun | { error: string }> {
  const results: ColdRun[] = [];
  for (let i = 0; i < runs; i++) {
    const result = await coldRun(dir);
    if ('error' in result) return result;
    results.push(result);
  }
  const m = (pick: (r: ColdRun) => number) => median(results.map(pick));
  return {
    ...results[0]!,
    coldMs: m((r) => r.coldMs),
    coldCpuMs: m((r) => r.coldCpuMs),
    warmMs: m((r) => r.warmMs),
    otherRegionsMs: m((r) => r.otherRegionsMs),
    heapMB: m((r) => r.heapMB),
    rssMB: m((r) => r.rssMB),
  };
}

function describe(documents: number, result: ColdRun | { error: string }, reference: number): string {
  if ('error' in result) return `${String(documents).padStart(7)} docs  failed: ${result.error}`;
  return [
    `${String(documents).padStart(7)} docs from ${result.source}`.padEnd(30),
    `cold ${result.coldMs.toFixed(0).padStart(6)} ms (${(result.coldMs / reference).toFixed(1)}× node start, cpu ${result.coldCpuMs.toFixed(0)} ms)`,
    `warm ${result.warmMs.toFixed(1).padStart(6)} ms`,
    `2 more regions ${result.otherRegionsMs.toFixed(0).padStart(5)} ms`,
    `heap ${result.heapMB.toFixed(0).padStart(5)} MB`,
    `rss ${result.rssMB.toFixed(0).padStart(5)} MB`,
    `cold reads ${result.gets} objects / ${result.readMB.toFixed(1)} MB, ${result.lists} listings`,
    `answer ${(result.body / 1024).toFixed(0)} KB (${result.measures} measures, ${result.documentsInAnswer} documents)`,
  ].join('  ');
}

/** Median wall time of `node -e ''`: the machine's speed right now, the unit the cold figures are given in. */
async function nodeStartMs(runs = 5): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run(process.execPath, ['-e', '']);
    times.push(performance.now() - started);
  }
  return median(times);
}

export async function runCurve(): Promise<void> {
  const sizes = (process.env['NAMNDKOLL_BENCH_CURVE'] ?? '10000,50000,200000').split(',').map(Number);
  const runs = Number(process.env['NAMNDKOLL_BENCH_COLD_RUNS'] ?? 3);
  process.stdout.write(
    `curve: API compare SE-W,SE-Z 2024, medians of ${runs} processes each (targets at 200,000: cold ≤ 1000 ms, warm ≤ 50 ms, ≤ 512 MB); load ${loadavg()
      .map((load) => load.toFixed(1))
      .join(' ')}\n`,
  );
  const nodeMs = await nodeStartMs();
  process.stdout.write(`  node -e '' (reference): ${nodeMs.toFixed(0)} ms\n`);
  const reference = Math.min(...sizes);
  if (process.env['NAMNDKOLL_BENCH_CURVE_REFERENCE'] !== '0') {
    const referenceDir = join(tmpdir(), `namndkoll-bench-${reference}`);
    await generateCorpus({ dir: referenceDir, documents: reference });
    process.stdout.write(
      `  every extracted/<id>.json: ${describe(reference, await measure(referenceDir, runs), nodeMs)}\n`,
    );
  }
  for (const size of sizes) {
    const dir = join(tmpdir(), `namndkoll-bench-index-${size}`);
    const started = performance.now();
    const { partitions } = await generateIndex(dir, size);
    const ready = ((performance.now() - started) / 1000).toFixed(0);
    process.stdout.write(
      `  index (${partitions} partitions, ready in ${ready} s): ${describe(size, await measure(dir, runs), nodeMs)}  load ${loadavg()[0]!.toFixed(1)}\n`,
    );
  }
}

// `node --import ./cli/register.mjs bench/index-curve.ts`: the curve alone.
if (process.argv[1] && process.argv[1] === import.meta.filename) await runCurve();
