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
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { MANIFEST_KEY, partitionKey } from '../functions/lib/doc-index.ts';
import { INDEX_VERSION, partitionOf, toIndexEntry } from '../query/doc-summary.ts';
import { generateCorpus, syntheticDocument } from '../scripts/generate-facts.ts';
import { mulberry32 } from '../scripts/prng.ts';
import { median } from './stats.ts';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..');

/**
 * Write the index of `documents` synthetic documents (seed 1, as generateCorpus) into `dir`: one object per
 * partition, streamed entry by entry so 200,000 documents never sit in memory. Reuses a complete earlier run.
 */
export async function generateIndex(dir: string, documents: number): Promise<{ partitions: number }> {
  const marker = join(dir, '.index-generated.json');
  // `format` changes whenever the generated entries do (2: paper identity precomputed, as toIndexEntry does).
  const wanted = { documents, seed: 1, version: INDEX_VERSION, format: 2 };
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
  const rand = mulberry32(1);
  const streams = new Map<string, { stream: WriteStream; first: boolean }>();
  for (let index = 0; index < documents; index++) {
    const doc = syntheticDocument(index, rand, { validate: false });
    const partition = partitionOf(doc);
    const path = join(dir, ...partitionKey(partition).split('/'));
    let open = streams.get(path);
    if (!open) {
      await mkdir(dirname(path), { recursive: true });
      const stream = createWriteStream(path);
      stream.write(
        `{"version":${INDEX_VERSION},"region":"${partition.region}","year":${partition.year},"entries":[`,
      );
      open = { stream, first: true };
      streams.set(path, open);
    }
    const text = JSON.stringify(toIndexEntry(doc, `extracted/${doc.documentId}.json`));
    if (!open.stream.write(open.first ? text : `,${text}`))
      await new Promise<void>((resolve) => open!.stream.once('drain', () => resolve()));
    open.first = false;
  }
  await Promise.all(
    [...streams.values()].map(
      ({ stream }) =>
        new Promise<void>((resolve, reject) => stream.end(']}', () => resolve()).on('error', reject)),
    ),
  );
  await writeFile(
    join(dir, ...MANIFEST_KEY.split('/')),
    JSON.stringify({ version: INDEX_VERSION, complete: true, builtAt: new Date().toISOString() }),
  );
  await writeFile(marker, JSON.stringify({ ...wanted, partitions: streams.size }));
  return { partitions: streams.size };
}

interface ColdRun {
  documents: number;
  source: string;
  coldMs: number;
  warmMs: number;
  heapMB: number;
  rssMB: number;
  gets: number;
  lists: number;
  body: number;
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

async function measure(dir: string, runs: number): Promise<string> {
  const results: ColdRun[] = [];
  for (let i = 0; i < runs; i++) {
    const result = await coldRun(dir);
    if ('error' in result) return `failed: ${result.error}`;
    results.push(result);
  }
  const m = (pick: (r: ColdRun) => number) => median(results.map(pick));
  const first = results[0]!;
  return [
    `${first.documents} docs from ${first.source}`.padEnd(44),
    `cold ${m((r) => r.coldMs)
      .toFixed(0)
      .padStart(6)} ms`,
    `warm ${m((r) => r.warmMs)
      .toFixed(1)
      .padStart(6)} ms`,
    `heap ${m((r) => r.heapMB)
      .toFixed(0)
      .padStart(5)} MB`,
    `rss ${m((r) => r.rssMB)
      .toFixed(0)
      .padStart(5)} MB`,
    `cold reads: ${first.gets} objects, ${first.lists} listings`,
    `(answer ${first.body} B)`,
  ].join('  ');
}

export async function runCurve(): Promise<void> {
  const sizes = (process.env['NAMNDKOLL_BENCH_CURVE'] ?? '10000,50000,200000').split(',').map(Number);
  const runs = Number(process.env['NAMNDKOLL_BENCH_COLD_RUNS'] ?? 3);
  process.stdout.write(
    `curve: API compare SE-W,SE-Z 2024, medians of ${runs} processes each (targets at 200,000: cold ≤ 1000 ms, warm ≤ 50 ms, ≤ 512 MB)\n`,
  );
  const reference = Math.min(...sizes);
  const referenceDir = join(tmpdir(), `namndkoll-bench-${reference}`);
  await generateCorpus({ dir: referenceDir, documents: reference });
  process.stdout.write(`  reference, every extracted/<id>.json: ${await measure(referenceDir, runs)}\n`);
  for (const size of sizes) {
    const dir = join(tmpdir(), `namndkoll-bench-index-${size}`);
    const started = performance.now();
    const { partitions } = await generateIndex(dir, size);
    process.stdout.write(
      `  index (${partitions} partitions, ready in ${((performance.now() - started) / 1000).toFixed(0)} s): ${await measure(dir, runs)}\n`,
    );
  }
}

// `node --import ./cli/register.mjs bench/index-curve.ts`: the curve alone.
if (process.argv[1] && process.argv[1] === import.meta.filename) await runCurve();
