/**
 * Upload-to-JSON latency on the local stack: PutObject of a PDF through the S3 API until its
 * extracted/<documentId>.json can be read back, as a user of `namndkoll upload` waits for it. Every run
 * uploads different bytes (a PDF comment after %%EOF) so nothing is skipped as already extracted.
 * Target: median < 1 s for a 10-page paper. Prints figures; never fails on time.
 */
import { readFileSync, rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { createS3Client } from '../functions/lib/s3-client.ts';
import { startLocalStack } from '../infra/local/start.ts';
import { documentIdOf } from '../parsers/index.ts';
import { ExtractedDocumentSchema } from '../parsers/schema.ts';

const root = resolve(import.meta.dirname, '..');
const WARMUP = 2;
const RUNS = 7;

function variant(bytes: Uint8Array, n: number): Uint8Array {
  const tail = new TextEncoder().encode(`\n%namndkoll-bench-${n}-${Date.now()}\n`);
  const out = new Uint8Array(bytes.byteLength + tail.byteLength);
  out.set(bytes);
  out.set(tail, bytes.byteLength);
  return out;
}

async function waitFor(s3: S3Client, bucket: string, key: string, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    try {
      await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 5));
    }
  }
  throw new Error(`${key} did not appear within ${timeoutMs} ms`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

interface Sample {
  totalMs: number;
  /** The extraction's own duration, as the stored document records it. */
  extractionMs: number;
}

async function measure(s3: S3Client, bucket: string, file: string, runs: number): Promise<Sample[]> {
  const base = new Uint8Array(readFileSync(join(root, 'fixtures', file)));
  const samples: Sample[] = [];
  for (let i = 0; i < WARMUP + runs; i++) {
    const bytes = variant(base, i);
    const { documentId } = documentIdOf(bytes);
    const started = performance.now();
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: `uploads/bench/${i}-${file}`, Body: bytes }));
    await waitFor(s3, bucket, `extracted/${documentId}.json`, 120_000);
    const totalMs = performance.now() - started;
    const response = await s3.send(
      new GetObjectCommand({ Bucket: bucket, Key: `extracted/${documentId}.json` }),
    );
    const doc = ExtractedDocumentSchema.parse(JSON.parse(await response.Body!.transformToString()));
    if (i >= WARMUP) samples.push({ totalMs, extractionMs: doc.extraction.durationMs });
  }
  return samples;
}

export async function run(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'namndkoll-bench-'));
  const stack = await startLocalStack({ port: 0, apiPort: 0, dataDir, seed: false, logLevel: 'SILENT' });
  const s3 = createS3Client({ endpoint: stack.s3Endpoint, credentials: stack.credentials });
  try {
    for (const [file, pages, runs] of [
      ['seed-004-handlingsplan-ruled.pdf', 11, RUNS],
      ['edge/large-120-pages.pdf', 120, 5],
    ] as const) {
      const samples = await measure(s3, stack.bucket, file, runs);
      const times = samples.map((sample) => sample.totalMs);
      const med = median(times);
      const overhead = median(samples.map((sample) => sample.totalMs - sample.extractionMs));
      process.stdout.write(
        `upload→JSON ${file} (${pages} pages): median ${med.toFixed(0)} ms over ${times.length} warm runs` +
          ` (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)}; ${(med / pages).toFixed(1)} ms/page;` +
          ` beyond extraction itself: median ${overhead.toFixed(0)} ms)` +
          `${pages <= 11 ? `  target < 1000 ms: ${med < 1000 ? 'met' : 'missed'}` : ''}\n`,
      );
    }
  } finally {
    s3.destroy();
    await stack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await run();
