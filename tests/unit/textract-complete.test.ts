import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type {
  GetDocumentAnalysisCommand,
  GetDocumentAnalysisCommandOutput,
  StartDocumentAnalysisCommand,
  StartDocumentAnalysisCommandOutput,
} from '@aws-sdk/client-textract';
import { describe, expect, it } from 'vitest';
import { ingestObject } from '../../functions/ingest/service.ts';
import { createLogger } from '../../functions/lib/logger.ts';
import { MemoryDocumentStore } from '../../functions/lib/store.ts';
import type { RetryPolicy } from '../../functions/lib/textract-engine.ts';
import { TextractStartEngine } from '../../functions/lib/textract-engine.ts';
import { PendingOcrSchema, pendingKey } from '../../functions/lib/textract-pending.ts';
import { createCompletionHandler, noticeOf } from '../../functions/textract-complete/handler.ts';
import { completeTextractJob } from '../../functions/textract-complete/service.ts';
import { documentIdOf } from '../../parsers/index.ts';
import { ExtractedDocumentSchema, FailureRecordSchema } from '../../parsers/schema.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const scanned = new Uint8Array(readFileSync(resolve(repoRoot, 'fixtures/edge/scanned-000.pdf')));
const gib = JSON.parse(
  readFileSync(resolve(repoRoot, 'fixtures/textract/gib_multi_page_tables.json'), 'utf8'),
) as {
  Blocks: NonNullable<GetDocumentAnalysisCommandOutput['Blocks']>;
};
const eventTemplate = readFileSync(resolve(repoRoot, 'tests/events/sqs-textract-completion.json'), 'utf8');

const logger = createLogger({ logLevel: 'SILENT' });
const now = (): Date => new Date('2026-11-23T20:00:00.000Z');
const retry: RetryPolicy = {
  maxAttempts: 3,
  baseDelayMs: 1,
  maxDelayMs: 2,
  random: () => 0,
  sleep: async () => undefined,
};
const settings = {
  topicArn: 'arn:aws:sns:eu-north-1:123456789012:textract',
  roleArn: 'arn:aws:iam::123456789012:role/textract',
};
const bucket = 'namndkoll-test';
const key = 'uploads/skannad.pdf';
const { documentId, sha256 } = documentIdOf(scanned);

/** Textract without network: StartDocumentAnalysis returns a job, GetDocumentAnalysis two result pages. */
class FakeTextract {
  readonly sent: unknown[] = [];
  constructor(private readonly status = 'SUCCEEDED') {}
  send(command: StartDocumentAnalysisCommand): Promise<StartDocumentAnalysisCommandOutput>;
  send(command: GetDocumentAnalysisCommand): Promise<GetDocumentAnalysisCommandOutput>;
  async send(command: StartDocumentAnalysisCommand | GetDocumentAnalysisCommand): Promise<never> {
    const input = command.input as unknown as Record<string, unknown>;
    this.sent.push(input);
    if ('DocumentLocation' in input) return { JobId: 'job-42', $metadata: {} } as never;
    const half = Math.floor(gib.Blocks.length / 2);
    if (this.status !== 'SUCCEEDED') return { JobStatus: this.status, $metadata: {} } as never;
    if (!input['NextToken']) {
      return {
        JobStatus: 'SUCCEEDED',
        Blocks: gib.Blocks.slice(0, half),
        NextToken: 'more',
        $metadata: {},
      } as never;
    }
    return { JobStatus: 'SUCCEEDED', Blocks: gib.Blocks.slice(half), $metadata: {} } as never;
  }
}

async function startedJob(store: MemoryDocumentStore, textract: FakeTextract) {
  store.put(key, scanned);
  return ingestObject(
    { store, now, logger, ocr: new TextractStartEngine(textract, settings, retry) },
    { bucket, key },
  );
}

describe('Textract on AWS: ingest starts the job, the completion extracts', () => {
  it('records a pending job instead of failing the scanned upload', async () => {
    const store = new MemoryDocumentStore(now);
    const outcome = await startedJob(store, new FakeTextract());
    expect(outcome).toMatchObject({ status: 'pending', documentId, jobId: 'job-42' });
    const marker = PendingOcrSchema.parse(
      JSON.parse(new TextDecoder().decode(store.objects.get(pendingKey(documentId))?.bytes)),
    );
    expect(marker).toMatchObject({ status: 'started', jobId: 'job-42', source: { bucket, key } });
    expect(marker.pageNumbers.length).toBeGreaterThan(0);
    expect(store.objects.has(`extracted/${documentId}.json`)).toBe(false);
  });

  it('pages through the result and writes extracted/ and facts/ with method textract', async () => {
    const store = new MemoryDocumentStore(now);
    const textract = new FakeTextract();
    await startedJob(store, textract);
    const event = JSON.parse(eventTemplate.replace('JOB_ID', 'job-42').replace('JOB_TAG', sha256));
    const notice = noticeOf(event.Records[0].body, 'm1');
    expect(notice).toMatchObject({ JobId: 'job-42', Status: 'SUCCEEDED', JobTag: sha256 });
    const outcome = await completeTextractJob({ store, textract, now, logger, retry }, notice);
    expect(outcome).toMatchObject({ status: 'done', documentId, ingest: { status: 'extracted' } });
    const doc = ExtractedDocumentSchema.parse(
      JSON.parse(new TextDecoder().decode(store.objects.get(`extracted/${documentId}.json`)?.bytes)),
    );
    expect(doc.extraction.method).toBe('textract');
    expect(doc.extraction.ocrPages).toEqual(Array.from({ length: doc.source.pageCount }, (_, i) => i + 1));
    expect([...store.objects.keys()].some((k) => k.startsWith('facts/documents/'))).toBe(true);
    // Both result pages were fetched, the second with the first one's NextToken.
    const gets = textract.sent.filter((input) => (input as Record<string, unknown>)['JobId'] === 'job-42');
    expect(gets.map((input) => (input as Record<string, unknown>)['NextToken'])).toEqual([undefined, 'more']);
    const marker = PendingOcrSchema.parse(
      JSON.parse(new TextDecoder().decode(store.objects.get(pendingKey(documentId))?.bytes)),
    );
    expect(marker.status).toBe('completed');
  });

  it('files a failed job as OCR_FAILED', async () => {
    const store = new MemoryDocumentStore(now);
    const textract = new FakeTextract('FAILED');
    await startedJob(store, textract);
    const outcome = await completeTextractJob(
      { store, textract, now, logger, retry },
      { JobId: 'job-42', Status: 'FAILED', JobTag: sha256 },
    );
    expect(outcome).toMatchObject({ status: 'failed', documentId });
    const failure = FailureRecordSchema.parse(
      JSON.parse(new TextDecoder().decode(store.objects.get(`failed/${documentId}.json`)?.bytes)),
    );
    expect(failure).toMatchObject({ code: 'OCR_FAILED', source: { bucket, key, bytes: scanned.byteLength } });
  });

  it('handles an SQS batch: SNS-wrapped notices processed, garbage dropped, nothing retried', async () => {
    const store = new MemoryDocumentStore(now);
    const textract = new FakeTextract();
    await startedJob(store, textract);
    const handler = createCompletionHandler({ store, textract, now, logger, retry });
    const event = JSON.parse(eventTemplate.replace('JOB_ID', 'job-42').replace('JOB_TAG', sha256));
    expect(await handler(event)).toEqual({ batchItemFailures: [] });
    expect(store.objects.has(`extracted/${documentId}.json`)).toBe(true);
  });

  it('asks for a retry when storage fails, and ignores notices of other jobs', async () => {
    const store = new MemoryDocumentStore(now);
    const textract = new FakeTextract();
    await startedJob(store, textract);
    store.putJson = async () => {
      throw new Error('S3 is down');
    };
    const handler = createCompletionHandler({ store, textract, now, logger, retry });
    const event = JSON.parse(eventTemplate.replace('JOB_ID', 'job-42').replace('JOB_TAG', sha256));
    expect(await handler(event)).toEqual({
      batchItemFailures: [{ itemIdentifier: event.Records[0].messageId }],
    });
    const ignored = await completeTextractJob(
      { store, textract, now, logger, retry },
      { JobId: 'x', Status: 'SUCCEEDED', JobTag: 'other' },
    );
    expect(ignored).toEqual({ status: 'ignored', reason: 'no-document-tag' });
  });
});
