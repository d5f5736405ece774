/**
 * Load: 200 uploads of mixed fixtures (good papers, exact copies, byte variants, and bad files), 20 at a
 * time, through the real S3 protocol into the local stack. Every upload must end extracted or failed with
 * a reason: none lost (every message acknowledged, none dead-lettered), none duplicated (one document per
 * distinct content).
 */
import { readdirSync, rmSync } from 'node:fs';
import type { S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createS3Client } from '../../functions/lib/s3-client.ts';
import { type LocalStack, startLocalStack } from '../../infra/local/start.ts';
import { documentIdOf } from '../../parsers/index.ts';
import { ExtractedDocumentSchema, FailureRecordSchema } from '../../parsers/schema.ts';
import { fixture, getJson, listKeys, put, seedFixtures, tempDataDir } from './helpers.ts';

const UPLOADS = 200;
const CONCURRENCY = 20;
const BAD = ['not-a-pdf', 'png-renamed', 'empty', 'truncated', 'encrypted', 'scanned-000'].map(
  (name) => `edge/${name}.pdf`,
);

let stack: LocalStack;
let s3: S3Client;
let dataDir: string;

beforeAll(async () => {
  dataDir = tempDataDir('load');
  // OCR off: this test is about the pipeline's bookkeeping (the scanned upload is covered in
  // pipeline.test.ts); scans then fail with NEEDS_OCR, which is a reason too.
  stack = await startLocalStack({
    port: 0,
    apiPort: 0,
    dataDir,
    seed: false,
    logLevel: 'SILENT',
    retryDelayMs: 100,
    ocr: 'none',
  });
  s3 = createS3Client({ endpoint: stack.s3Endpoint, credentials: stack.credentials });
});

afterAll(async () => {
  s3?.destroy();
  await stack?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** A different byte sequence of the same paper: a PDF comment after %%EOF (readers ignore it). */
function variant(bytes: Uint8Array, n: number): Uint8Array {
  const tail = new TextEncoder().encode(`\n%namndkoll-load-variant-${n}\n`);
  const out = new Uint8Array(bytes.byteLength + tail.byteLength);
  out.set(bytes);
  out.set(tail, bytes.byteLength);
  return out;
}

it(`ingests ${UPLOADS} mixed uploads, ${CONCURRENCY} at a time, with none lost and none duplicated`, {
  timeout: 240_000,
}, async () => {
  const good = seedFixtures();
  const uploads = Array.from({ length: UPLOADS }, (_, i) => {
    if (i % 4 === 3) {
      const name = BAD[(i >> 2) % BAD.length]!;
      // A scan would be extracted with OCR on; the others can never be extracted.
      const mustFail = !name.includes('scanned');
      return { key: `uploads/load/${i}-${name.replace('edge/', '')}`, bytes: fixture(name), mustFail };
    }
    const name = good[i % good.length]!;
    // Half the good uploads are exact copies (deduplicated), half distinct contents (extracted each).
    const bytes = i % 2 === 0 ? variant(fixture(name), i) : fixture(name);
    return { key: `uploads/load/${i}-${name}`, bytes, mustFail: false };
  });

  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < uploads.length) {
        const upload = uploads[next++]!;
        await put(s3, stack.bucket, upload.key, upload.bytes);
      }
    }),
  );
  const uploadedMs = performance.now() - started;
  await stack.idle();
  const totalMs = performance.now() - started;

  const extractedKeys = new Set(await listKeys(s3, stack.bucket, 'extracted/'));
  const failedKeys = new Set(await listKeys(s3, stack.bucket, 'failed/'));
  let extracted = 0;
  let failed = 0;
  const lost: string[] = [];
  const distinct = new Set<string>();
  const failedUploads = new Set<string>();
  for (const upload of uploads) {
    const { documentId } = documentIdOf(upload.bytes);
    if (extractedKeys.has(`extracted/${documentId}.json`)) {
      extracted += 1;
      distinct.add(documentId);
      expect(failedKeys.has(`failed/${documentId}.json`), `${upload.key} both extracted and failed`).toBe(
        false,
      );
    } else if (failedKeys.has(`failed/${documentId}.json`)) {
      failed += 1;
      failedUploads.add(upload.key);
      const failure = FailureRecordSchema.parse(await getJson(s3, stack.bucket, `failed/${documentId}.json`));
      expect(failure.code.length).toBeGreaterThan(0);
      expect(failure.message.length).toBeGreaterThan(0);
    } else {
      lost.push(upload.key);
    }
  }
  // One stored document per distinct content, each what its key says it is.
  expect(extractedKeys.size).toBe(distinct.size);
  for (const key of extractedKeys) {
    const doc = ExtractedDocumentSchema.parse(await getJson(s3, stack.bucket, key));
    expect(key).toBe(`extracted/${doc.documentId}.json`);
  }

  console.log(
    `load: ${UPLOADS} uploads → ${extracted} extracted (${distinct.size} distinct documents), ${failed} failed, ${lost.length} lost` +
      ` — uploaded in ${(uploadedMs / 1000).toFixed(1)} s, all processed after ${(totalMs / 1000).toFixed(1)} s`,
  );
  expect(lost).toEqual([]);
  expect(extracted + failed).toBe(UPLOADS);
  for (const upload of uploads.filter((u) => u.mustFail))
    expect(failedUploads.has(upload.key), upload.key).toBe(true);
  expect(stack.stats()).toMatchObject({ delivered: UPLOADS, deadLettered: 0, pending: 0, inFlight: 0 });
  expect(readdirSync(stack.deadLetterDir)).toEqual([]);
});
