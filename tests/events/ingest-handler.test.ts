/**
 * The ingest handler on the sample events of this folder, against an in-memory store: event validation,
 * key decoding, idempotency, failure records, and the SQS partial batch response.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createIngestHandler } from '../../functions/ingest/handler.ts';
import { type Extract, statedRegion } from '../../functions/ingest/service.ts';
import { decodeS3Key, encodeS3Key } from '../../functions/ingest/sqs-event.ts';
import { EventError } from '../../functions/lib/errors.ts';
import { createLogger } from '../../functions/lib/logger.ts';
import { MemoryDocumentStore } from '../../functions/lib/store.ts';
import { ExtractionError } from '../../parsers/errors.ts';
import { documentIdOf } from '../../parsers/index.ts';
import { ExtractedDocumentSchema, FailureRecordSchema } from '../../parsers/schema.ts';
import { fakeExtractAt } from '../helpers/fake-extract.ts';

const here = import.meta.dirname;
const event = (name: string): unknown => JSON.parse(readFileSync(join(here, name), 'utf8'));
const now = () => new Date('2025-10-24T10:00:00.000Z');
const logger = createLogger({ logLevel: 'SILENT' });
const fakeExtract = fakeExtractAt(now);

const pdfBytes = (text: string) => new TextEncoder().encode(`%PDF-1.7\n${text}\n%%EOF\n`);

function setup(extract: Extract = fakeExtract) {
  const store = new MemoryDocumentStore(now);
  const calls: string[] = [];
  const counting: Extract = async (bytes, options) => {
    calls.push(options.source?.key ?? options.fileName);
    return extract(bytes, options);
  };
  const handler = createIngestHandler({ store, now, logger, extract: counting });
  return { store, handler, calls };
}

describe('ingest handler', () => {
  it('decodes the key as S3 encodes it, extracts, writes facts and the document, and honours the key-prefix region', async () => {
    const { store, handler, calls } = setup();
    const key = 'uploads/SE-W/handlingsplan 2025 åtgärder.pdf';
    store.put(key, pdfBytes('one'));
    const result = await handler(event('sqs-s3-object-created.json'));
    expect(result).toEqual({ batchItemFailures: [] });
    expect(calls).toEqual([key]);
    const { documentId } = documentIdOf(pdfBytes('one'));
    const stored = ExtractedDocumentSchema.parse(
      JSON.parse(await textOf(store, `extracted/${documentId}.json`)),
    );
    expect(stored.document.region?.code).toBe('SE-W');
    expect(stored.source.key).toBe(key);
    const facts = await store.list('facts/');
    expect(facts).toContain(`facts/measures/region=SE-W/year=2024/${documentId}.jsonl`);
    expect(facts).toContain(`facts/documents/region=SE-W/year=2025/${documentId}.jsonl`);
    expect(await store.list('uploads/')).toEqual([key]);
  });

  it('skips bytes already extracted by this parser version (at-least-once delivery)', async () => {
    const { store, handler, calls } = setup();
    store.put('uploads/SE-W/handlingsplan 2025 åtgärder.pdf', pdfBytes('one'));
    await handler(event('sqs-s3-object-created.json'));
    await handler(event('sqs-s3-object-created.json'));
    expect(calls).toHaveLength(1);
  });

  it('ignores the S3 test event', async () => {
    const { handler, calls } = setup();
    expect(await handler(event('sqs-s3-test-event.json'))).toEqual({ batchItemFailures: [] });
    expect(calls).toHaveLength(0);
  });

  it('writes a failure record for a bad PDF and does not retry it', async () => {
    const { store, handler } = setup(async () => {
      throw new ExtractionError('PDF_CORRUPT', 'second.pdf is damaged', { page: 2 });
    });
    store.put('uploads/first.pdf', pdfBytes('a'));
    store.put('uploads/second.pdf', pdfBytes('b'));
    store.put('uploads/third.pdf', pdfBytes('c'));
    const result = await handler(event('sqs-s3-batch-three.json'));
    expect(result.batchItemFailures).toEqual([]);
    const failure = FailureRecordSchema.parse(
      JSON.parse(await textOf(store, `failed/${documentIdOf(pdfBytes('b')).documentId}.json`)),
    );
    expect(failure).toMatchObject({ code: 'PDF_CORRUPT', page: 2, source: { key: 'uploads/second.pdf' } });
    expect(await store.list('uploads/')).toHaveLength(3);
  });

  it('reports only the message whose processing threw as a batch item failure', async () => {
    const { store, handler } = setup(async (bytes, options) => {
      if (options.source?.key === 'uploads/second.pdf') throw new Error('S3 throttled');
      return fakeExtract(bytes, options);
    });
    store.put('uploads/first.pdf', pdfBytes('a'));
    store.put('uploads/second.pdf', pdfBytes('b'));
    store.put('uploads/third.pdf', pdfBytes('c'));
    const result = await handler(event('sqs-s3-batch-three.json'));
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: '0b1c5e6a-0002-4c1e-9d2f-6a1b2c3d4e02' }]);
    expect(await store.list('extracted/')).toHaveLength(2);
  });

  it('sends a message that is not an S3 notification back for retry (and so to the DLQ)', async () => {
    const { handler } = setup();
    const result = await handler(event('sqs-not-an-s3-notification.json'));
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'c0ffee00-0000-4000-8000-000000000001' }]);
  });

  it('rejects an event that is not SQS at all', async () => {
    const { handler } = setup();
    await expect(handler({ Records: [{ hello: 1 }] })).rejects.toBeInstanceOf(EventError);
  });

  it('refuses an upload above the size limit without reading it, filed under the key hash', async () => {
    const store = new MemoryDocumentStore(now);
    const handler = createIngestHandler({ store, now, logger, extract: fakeExtract, maxUploadBytes: 1000 });
    const result = await handler(event('sqs-s3-object-created.json'));
    expect(result.batchItemFailures).toEqual([]);
    const [failed] = await store.list('failed/key-');
    expect(failed).toBeDefined();
    expect(FailureRecordSchema.parse(JSON.parse(await textOf(store, failed!)))).toMatchObject({
      code: 'PDF_TOO_LARGE',
      documentId: null,
    });
  });
});

describe('stated region and key encoding', () => {
  it('takes metadata over the key prefix and ignores invalid values', () => {
    expect(statedRegion('uploads/SE-W/a.pdf', {})).toBe('SE-W');
    expect(statedRegion('uploads/se-z/a.pdf', {})).toBe('SE-Z');
    expect(statedRegion('uploads/SE-W/a.pdf', { region: 'SE-Z' })).toBe('SE-Z');
    expect(statedRegion('uploads/SE-W/a.pdf', { region: 'SE-QQ' })).toBe('SE-W');
    expect(statedRegion('uploads/SE-QQ/a.pdf', {})).toBeUndefined();
    expect(statedRegion('uploads/2025/a.pdf', {})).toBeUndefined();
    expect(statedRegion('uploads/a.pdf', { region: 'AB' })).toBe('SE-AB');
  });

  it('round-trips keys through the AWS notification encoding', () => {
    for (const key of ['uploads/a b+c.pdf', 'uploads/SE-W/åtgärder (2).pdf', 'uploads/100%.pdf']) {
      expect(decodeS3Key(encodeS3Key(key))).toBe(key);
    }
    expect(encodeS3Key('uploads/a b+c.pdf')).toBe('uploads/a+b%2Bc.pdf');
  });
});

async function textOf(store: MemoryDocumentStore, key: string): Promise<string> {
  return new TextDecoder().decode((await store.getObject(key)).bytes);
}

describe('re-extraction', () => {
  it('extracts again when an upload of the same bytes states another region, and empties the old partition', async () => {
    const { store, handler, calls } = setup();
    const bytes = pdfBytes('one');
    store.put('uploads/SE-W/handlingsplan 2025 åtgärder.pdf', bytes, { region: 'SE-Z' });
    await handler(event('sqs-s3-object-created.json'));
    store.put('uploads/SE-W/handlingsplan 2025 åtgärder.pdf', bytes);
    await handler(event('sqs-s3-object-created.json'));
    expect(calls).toHaveLength(2);
    const { documentId } = documentIdOf(bytes);
    expect(await textOf(store, `facts/measures/region=SE-Z/year=2024/${documentId}.jsonl`)).toBe('');
    expect(await textOf(store, `facts/measures/region=SE-W/year=2024/${documentId}.jsonl`)).toContain(
      'hyrbemanning',
    );
  });
});
