/**
 * The pipeline end to end on the real local stack (s3rver on a free port, the local queue, the same
 * ingest handler the Lambda runs), driven through the real S3 protocol with @aws-sdk/client-s3.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createS3Client } from '../../functions/lib/s3-client.ts';
import { type LocalStack, startLocalStack } from '../../infra/local/start.ts';
import { FACT_ROW_SCHEMAS, type FactTable, toFactFiles } from '../../parsers/facts.ts';
import { documentIdOf, extractDocument } from '../../parsers/index.ts';
import { ExtractedDocumentSchema, FailureRecordSchema } from '../../parsers/schema.ts';
import { checkGolden } from '../golden/golden-match.ts';
import {
  fixture,
  getBytes,
  getJson,
  goldensFor,
  listKeys,
  put,
  seedFixtures,
  tempDataDir,
} from './helpers.ts';

describe('pipeline on the local stack', () => {
  let stack: LocalStack;
  let s3: S3Client;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = tempDataDir('e2e');
    stack = await startLocalStack({
      port: 0,
      apiPort: 0,
      dataDir,
      seed: false,
      logLevel: 'SILENT',
      retryDelayMs: 50,
    });
    // A client of our own, as any S3 tool would use: only the stack's endpoint is shared.
    s3 = createS3Client({ endpoint: stack.s3Endpoint, credentials: stack.credentials });
  });

  afterAll(async () => {
    s3?.destroy();
    await stack?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('extracts every seed PDF into a schema-valid document with its golden facts and fact rows', async () => {
    const seeds = seedFixtures();
    expect(seeds.length).toBeGreaterThanOrEqual(4);
    for (const name of seeds) await put(s3, stack.bucket, `uploads/${name}`, fixture(name));
    await stack.idle();

    const extracted = await listKeys(s3, stack.bucket, 'extracted/');
    expect(extracted).toHaveLength(seeds.length);
    for (const name of seeds) {
      const { documentId } = documentIdOf(fixture(name));
      const doc = ExtractedDocumentSchema.parse(
        await getJson(s3, stack.bucket, `extracted/${documentId}.json`),
      );
      expect(doc.documentId).toBe(documentId);
      expect(doc.source).toMatchObject({ bucket: stack.bucket, key: `uploads/${name}`, fileName: name });
      const goldens = goldensFor(name);
      expect(goldens.length, `golden facts for ${name}`).toBeGreaterThan(0);
      for (const golden of goldens)
        expect(checkGolden(doc, golden.facts), `${golden.file} on ${name}`).toEqual([]);

      const files = toFactFiles(doc);
      expect(files.some((file) => file.table === 'documents')).toBe(true);
      for (const file of files) {
        const text = new TextDecoder().decode(await getBytes(s3, stack.bucket, file.key));
        const rows = text
          .trim()
          .split('\n')
          .map((line) => JSON.parse(line) as unknown);
        expect(rows).toHaveLength(file.rows.length);
        for (const row of rows) FACT_ROW_SCHEMAS[file.table as FactTable].parse(row);
      }
    }
    expect(readdirSync(stack.deadLetterDir)).toEqual([]);
  });

  it('records a corrupt upload under failed/ and leaves the upload byte-identical', async () => {
    const bytes = fixture('edge/truncated.pdf');
    await put(s3, stack.bucket, 'uploads/trasig handling – åäö+1 (kopia).pdf', bytes);
    await stack.idle();
    const { documentId } = documentIdOf(bytes);
    const failure = FailureRecordSchema.parse(await getJson(s3, stack.bucket, `failed/${documentId}.json`));
    expect(failure).toMatchObject({
      code: 'PDF_CORRUPT',
      documentId,
      source: { key: 'uploads/trasig handling – åäö+1 (kopia).pdf' },
    });
    expect(await getBytes(s3, stack.bucket, 'uploads/trasig handling – åäö+1 (kopia).pdf')).toEqual(bytes);
    expect(await listKeys(s3, stack.bucket, `extracted/${documentId}`)).toEqual([]);
  });

  it('stores one document for the same PDF uploaded under two keys', async () => {
    const bytes = fixture('edge/large-120-pages.pdf');
    const before = await listKeys(s3, stack.bucket, 'extracted/');
    await put(s3, stack.bucket, 'uploads/a/samma.pdf', bytes);
    await put(s3, stack.bucket, 'uploads/b/samma kopia – åäö+plus.pdf', bytes);
    await stack.idle();
    const after = await listKeys(s3, stack.bucket, 'extracted/');
    const { documentId } = documentIdOf(bytes);
    expect(after.filter((key) => !before.includes(key))).toEqual([`extracted/${documentId}.json`]);
    const doc = ExtractedDocumentSchema.parse(
      await getJson(s3, stack.bucket, `extracted/${documentId}.json`),
    );
    expect(['uploads/a/samma.pdf', 'uploads/b/samma kopia – åäö+plus.pdf']).toContain(doc.source.key);
    expect(doc.source.pageCount).toBeGreaterThanOrEqual(100);
  });

  it('lets the key prefix uploads/SE-W/ state the region, over what the text says', async () => {
    const name = 'seed-000-tjansteskrivelse.pdf';
    const bytes = fixture(name);
    // What detection alone gives for this paper (Jämtland Härjedalen's), to be sure the prefix decides.
    const detected = await extractDocument(bytes, { now: () => new Date(), fileName: name });
    expect(detected.document.region?.code).not.toBe('SE-W');

    await put(s3, stack.bucket, 'uploads/SE-W/x.pdf', bytes);
    await stack.idle();
    const { documentId } = documentIdOf(bytes);
    const doc = ExtractedDocumentSchema.parse(
      await getJson(s3, stack.bucket, `extracted/${documentId}.json`),
    );
    expect(doc.document.region?.code).toBe('SE-W');
    expect(doc.source.key).toBe('uploads/SE-W/x.pdf');
    expect(await listKeys(s3, stack.bucket, 'facts/documents/region=SE-W/')).toEqual(
      expect.arrayContaining([expect.stringContaining(documentId)]),
    );
    // The rows left under the detected region's partition are emptied, so SQL counts the paper once.
    const old = (await listKeys(s3, stack.bucket, 'facts/')).filter(
      (key) => key.includes(documentId) && !key.includes('region=SE-W/'),
    );
    for (const key of old) expect((await getBytes(s3, stack.bucket, key)).byteLength).toBe(0);
  });

  it('extracts a scanned upload with the local OCR (tesseract.js), pages marked as OCR', {
    timeout: 240_000,
  }, async () => {
    const bytes = fixture('edge/scanned-000.pdf');
    await put(s3, stack.bucket, 'uploads/inskannad.pdf', bytes);
    await stack.idle();
    const { documentId } = documentIdOf(bytes);
    const doc = ExtractedDocumentSchema.parse(
      await getJson(s3, stack.bucket, `extracted/${documentId}.json`),
    );
    expect(doc.extraction.method).toBe('ocr');
    expect(doc.extraction.ocrPages.length).toBe(doc.source.pageCount);
    // The scan is of seed 000: its golden facts hold through OCR too.
    for (const golden of goldensFor('seed-000-tjansteskrivelse.pdf')) {
      expect(checkGolden(doc, golden.facts), golden.file).toEqual([]);
    }
  });

  it('answers GET /health', async () => {
    const response = await fetch(`${stack.apiUrl}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', bucket: stack.bucket });
  });
});

describe('a handler that throws on one message of a batch', () => {
  it('retries only that message and, after 3 receives, moves it to the dead-letter folder', async () => {
    const dataDir = tempDataDir('e2e-dlq');
    const attempts = new Map<string, number>();
    const stack = await startLocalStack({
      port: 0,
      apiPort: 0,
      dataDir,
      seed: false,
      logLevel: 'SILENT',
      retryDelayMs: 20,
      // Both uploads travel in one batch, as SQS would group them.
      batchWindowMs: 300,
      concurrency: 1,
      extract: async (bytes, options) => {
        const key = options.source?.key ?? '';
        attempts.set(key, (attempts.get(key) ?? 0) + 1);
        if (key.includes('poison')) throw new Error('simulated infrastructure fault');
        return extractDocument(bytes, options);
      },
    });
    const s3 = createS3Client({ endpoint: stack.s3Endpoint, credentials: stack.credentials });
    try {
      await put(s3, stack.bucket, 'uploads/poison.pdf', fixture('seed-002-bilaga.pdf'));
      await put(s3, stack.bucket, 'uploads/frisk.pdf', fixture('seed-000-tjansteskrivelse.pdf'));
      await stack.idle();

      expect(attempts.get('uploads/frisk.pdf')).toBe(1);
      expect(attempts.get('uploads/poison.pdf')).toBe(3);
      const dead = readdirSync(stack.deadLetterDir);
      expect(dead).toHaveLength(1);
      const letter = JSON.parse(readFileSync(join(stack.deadLetterDir, dead[0]!), 'utf8'));
      expect(letter.receiveCount).toBe(3);
      expect(JSON.parse(letter.body).Records[0].s3.object.key).toBe('uploads/poison.pdf');
      expect(await listKeys(s3, stack.bucket, 'extracted/')).toEqual([
        `extracted/${documentIdOf(fixture('seed-000-tjansteskrivelse.pdf')).documentId}.json`,
      ]);
      expect(stack.stats()).toMatchObject({
        delivered: 1,
        deadLettered: 1,
        pending: 0,
        inFlight: 0,
        delayed: 0,
      });
      // The poison upload is still there, untouched.
      expect(await getBytes(s3, stack.bucket, 'uploads/poison.pdf')).toEqual(fixture('seed-002-bilaga.pdf'));
    } finally {
      s3.destroy();
      await stack.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
