/**
 * One owner per document, and no half-written documents (issue 11, items 5 and 6), on the in-memory
 * store: the same bytes under two keys at once settle on one region and one set of facts; a failed final
 * write leaves no visible facts and, on the last receive, a failure record the status route reports.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFacts, openFactsDatabase, runSql } from '../../cli/commands/sql.ts';
import { toQueryStore } from '../../functions/api/query-store.ts';
import { uploadStatus } from '../../functions/api/uploads.ts';
import { createIngestHandler } from '../../functions/ingest/handler.ts';
import { acquireLease, DocumentBusyError, lockKey } from '../../functions/ingest/ownership.ts';
import { type IngestDeps, ingestObject } from '../../functions/ingest/service.ts';
import { createLogger } from '../../functions/lib/logger.ts';
import { MemoryDocumentStore } from '../../functions/lib/store.ts';
import { toFactFiles, toJsonLines } from '../../parsers/facts.ts';
import { documentIdOf } from '../../parsers/index.ts';
import { FailureRecordSchema } from '../../parsers/schema.ts';
import { Catalog } from '../../query/catalog.ts';
import { fakeExtractAt } from '../helpers/fake-extract.ts';

const now = () => new Date('2025-10-24T10:00:00.000Z');
const logger = createLogger({ logLevel: 'SILENT' });
const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.7\n${text}\n%%EOF\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Non-empty fact files of a document, by key. */
function factFilesOf(store: MemoryDocumentStore, documentId: string): string[] {
  return [...store.objects.values()]
    .filter((object) => object.key.startsWith('facts/') && object.key.endsWith(`/${documentId}.jsonl`))
    .filter((object) => object.size > 0)
    .map((object) => object.key)
    .sort();
}

describe('the document lease', () => {
  it('lets one holder in; the other waits and gets in after release, inheriting the recorded fact keys', async () => {
    const store = new MemoryDocumentStore(now);
    const first = await acquireLease(store, 'sha256:aa', 'm1:uploads/x.pdf', { now: () => new Date() });
    await first.intend(['facts/documents/region=SE-W/year=2024/sha256:aa.jsonl']);
    let secondIn = false;
    const second = acquireLease(store, 'sha256:aa', 'm2:uploads/y.pdf', {
      now: () => new Date(),
      pollMs: 5,
    }).then((lease) => {
      secondIn = true;
      return lease;
    });
    await sleep(30);
    expect(secondIn).toBe(false);
    await first.release(['facts/documents/region=SE-W/year=2024/sha256:aa.jsonl']);
    const lease = await second;
    expect(lease.previousFactKeys).toEqual(['facts/documents/region=SE-W/year=2024/sha256:aa.jsonl']);
  });

  it('gives up with a retryable DocumentBusyError after waiting, and takes over an expired lease', async () => {
    const store = new MemoryDocumentStore(now);
    let clock = Date.parse('2025-10-24T10:00:00.000Z');
    const options = {
      now: () => new Date(clock),
      ttlMs: 60_000,
      waitMs: 1_000,
      pollMs: 1,
      sleep: async () => {
        clock += 500;
      },
    };
    await acquireLease(store, 'sha256:bb', 'm1:uploads/x.pdf', options);
    await expect(acquireLease(store, 'sha256:bb', 'm2:uploads/y.pdf', options)).rejects.toBeInstanceOf(
      DocumentBusyError,
    );
    clock += 60_000;
    await expect(acquireLease(store, 'sha256:bb', 'm2:uploads/y.pdf', options)).resolves.toBeDefined();
  });

  it('lets a redelivery of the same message take its own lease back at once (the holder died)', async () => {
    const store = new MemoryDocumentStore(now);
    await acquireLease(store, 'sha256:cc', 'm1:uploads/x.pdf', { now });
    await expect(
      acquireLease(store, 'sha256:cc', 'm1:uploads/x.pdf', { now, waitMs: 0 }),
    ).resolves.toBeDefined();
  });
});

describe('concurrent ingests of the same bytes', () => {
  it('settle on one region and one set of facts, whichever finishes last', async () => {
    for (let round = 0; round < 5; round++) {
      const store = new MemoryDocumentStore(now);
      const bytes = pdf(`race ${round}`);
      const { documentId } = documentIdOf(bytes);
      store.put('uploads/x.pdf', bytes);
      store.put('uploads/SE-W/y.pdf', bytes);
      const slowExtract = fakeExtractAt(now);
      const deps: IngestDeps = {
        store,
        now,
        logger,
        extract: async (input, options) => {
          await sleep(Math.random() * 20);
          return slowExtract(input, options);
        },
        lease: { pollMs: 2 },
      };
      // A region in one, none in the other: the second must not leave facts in a second partition.
      const upload = (key: string, messageId: string) => ingestObject(deps, { bucket: 'b', key, messageId });
      await Promise.all(
        round % 2 === 0
          ? [upload('uploads/x.pdf', 'm1'), upload('uploads/SE-W/y.pdf', 'm2')]
          : [upload('uploads/SE-W/y.pdf', 'm2'), upload('uploads/x.pdf', 'm1')],
      );
      const doc = JSON.parse(
        new TextDecoder().decode((await store.getObject(`extracted/${documentId}.json`)).bytes),
      );
      const region = doc.document.region?.code ?? 'unknown';
      const files = factFilesOf(store, documentId);
      expect(files.length).toBeGreaterThan(0);
      expect(new Set(files.map((key) => /region=([^/]+)/.exec(key)?.[1]))).toEqual(new Set([region]));
    }
  });

  it('empties the partitions a crashed earlier holder wrote (recorded in its lease)', async () => {
    const store = new MemoryDocumentStore(now);
    const bytes = pdf('crashed holder');
    const { documentId } = documentIdOf(bytes);
    store.put('uploads/SE-W/y.pdf', bytes);
    // A holder that wrote SE-Z facts and died before its document (its lease has expired).
    const stray = `facts/measures/region=SE-Z/year=2024/${documentId}.jsonl`;
    await store.putText(stray, '{"document_id":"x"}\n');
    await store.putJson(lockKey(documentId), {
      documentId,
      owner: 'm0:uploads/SE-Z/z.pdf',
      state: 'held',
      expiresAt: '2025-10-24T09:00:00.000Z',
      factKeys: [stray],
    });
    await ingestObject(
      { store, now, logger, extract: fakeExtractAt(now) },
      { bucket: 'b', key: 'uploads/SE-W/y.pdf' },
    );
    expect((await store.getObject(stray)).size).toBe(0);
    expect(factFilesOf(store, documentId).every((key) => key.includes('region=SE-W'))).toBe(true);
  });

  it('empties them also when the holder died after committing its document (the redelivery skips)', async () => {
    const store = new MemoryDocumentStore(now);
    const bytes = pdf('killed after commit');
    const { documentId } = documentIdOf(bytes);
    store.put('uploads/SE-W/y.pdf', bytes);
    const deps: IngestDeps = { store, now, logger, extract: fakeExtractAt(now) };
    await ingestObject(deps, { bucket: 'b', key: 'uploads/SE-W/y.pdf', messageId: 'm1' });
    const committed = factFilesOf(store, documentId);
    // As a holder killed between extracted/<id>.json and emptying what an earlier holder left: the stray
    // partition is still full and recorded in the (expired) lease beside the committed keys.
    const stray = `facts/measures/region=unknown/year=2024/${documentId}.jsonl`;
    await store.putText(stray, '{"document_id":"x"}\n');
    await store.putJson(lockKey(documentId), {
      documentId,
      owner: 'm1:uploads/SE-W/y.pdf',
      state: 'held',
      expiresAt: '2025-10-24T09:00:00.000Z',
      factKeys: [...committed, stray],
    });
    const outcome = await ingestObject(deps, { bucket: 'b', key: 'uploads/SE-W/y.pdf', messageId: 'm1' });
    expect(outcome.status).toBe('skipped');
    expect((await store.getObject(stray)).size).toBe(0);
    expect(factFilesOf(store, documentId)).toEqual(committed);
  });
});

describe('a failed final write', () => {
  it('leaves no committed document, and the last receive records a failure that the status reports', async () => {
    const store = new MemoryDocumentStore(now);
    const failing = Object.assign(Object.create(store) as MemoryDocumentStore, {
      putJson: async (key: string, value: unknown) => {
        if (key.startsWith('extracted/')) throw new Error('s3 put failed: 503 SlowDown');
        return store.putJson(key, value);
      },
    });
    const bytes = pdf('final write fails');
    const { documentId } = documentIdOf(bytes);
    store.put('uploads/SE-W/half.pdf', bytes);
    const handler = createIngestHandler({
      store: failing,
      now,
      logger,
      extract: fakeExtractAt(now),
      maxReceives: 3,
    });
    const message = (receiveCount: number) => ({
      Records: [
        {
          messageId: 'm-half',
          receiptHandle: 'r',
          body: JSON.stringify({
            Records: [
              {
                eventVersion: '2.1',
                eventSource: 'aws:s3',
                awsRegion: 'eu-north-1',
                eventTime: '2025-10-24T10:00:00.000Z',
                eventName: 'ObjectCreated:Put',
                userIdentity: { principalId: 'x' },
                requestParameters: { sourceIPAddress: '127.0.0.1' },
                responseElements: { 'x-amz-request-id': 'r', 'x-amz-id-2': 'i' },
                s3: {
                  s3SchemaVersion: '1.0',
                  configurationId: 'c',
                  bucket: { name: 'b', ownerIdentity: { principalId: 'x' }, arn: 'arn:aws:s3:::b' },
                  object: { key: 'uploads/SE-W/half.pdf', size: bytes.byteLength, eTag: 'e', sequencer: '1' },
                },
              },
            ],
          }),
          attributes: {
            ApproximateReceiveCount: String(receiveCount),
            SentTimestamp: '1',
            SenderId: 's',
            ApproximateFirstReceiveTimestamp: '1',
          },
          messageAttributes: {},
          md5OfBody: 'x',
          eventSource: 'aws:sqs',
          eventSourceARN: 'arn:aws:sqs:eu-north-1:000000000000:q',
          awsRegion: 'eu-north-1',
        },
      ],
    });
    expect((await handler(message(1))).batchItemFailures).toHaveLength(1);
    expect(await store.exists(`failed/${documentId}.json`)).toBe(false);
    expect((await handler(message(3))).batchItemFailures).toHaveLength(1);
    expect(await store.exists(`extracted/${documentId}.json`)).toBe(false);
    const failure = FailureRecordSchema.parse(
      JSON.parse(new TextDecoder().decode((await store.getObject(`failed/${documentId}.json`)).bytes)),
    );
    expect(failure.code).toBe('INGEST_FAILED');
    expect(failure.source.key).toBe('uploads/SE-W/half.pdf');
    const query = toQueryStore(store);
    const status = await uploadStatus(query, new Catalog(query), documentId, 'uploads/SE-W/half.pdf');
    expect(status.state).toBe('failed');

    // SQL over the bucket as it was left: the facts files exist, the document does not — no rows.
    const dir = mkdtempSync(join(tmpdir(), 'namndkoll-half-'));
    try {
      for (const object of store.objects.values()) {
        if (!object.key.startsWith('facts/') && !object.key.startsWith('extracted/')) continue;
        const path = join(dir, object.key);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, object.bytes);
      }
      // And one committed document beside it, which SQL does show.
      const committed = await fakeExtractAt(now)(pdf('committed'), {
        now,
        fileName: 'c.pdf',
        region: 'SE-W',
      });
      mkdirSync(join(dir, 'extracted'), { recursive: true });
      writeFileSync(join(dir, 'extracted', `${committed.documentId}.json`), JSON.stringify(committed));
      for (const file of toFactFiles(committed)) {
        mkdirSync(dirname(join(dir, file.key)), { recursive: true });
        writeFileSync(join(dir, file.key), toJsonLines(file.rows));
      }
      expect(factFilesOf(store, documentId).length).toBeGreaterThan(0);
      const database = await openFactsDatabase(findFacts({ data: dir }));
      const result = await runSql(database, 'SELECT DISTINCT document_id FROM measures');
      database.close();
      expect(result.rows).toEqual([[committed.documentId]]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
