/**
 * Finishes a document whose OCR ran on Amazon Textract: reads the job's completion notice, pages
 * through GetDocumentAnalysis, and runs the ingest service once more with an OCR engine that hands
 * back the recognized pages — so extracted/ and facts/ are written exactly as for any other upload.
 * A failed job becomes a failed/<documentId>.json record (OCR_FAILED) like any extraction failure.
 */
import { z } from 'zod';
import { FailureRecordSchema } from '../../parsers/schema.ts';
import { textractResultEngine } from '../../parsers/textract/engine.ts';
import { PARSER_VERSION } from '../../parsers/version.ts';
import { type IngestDeps, type IngestOutcome, ingestObject } from '../ingest/service.ts';
import { isObjectNotFound } from '../lib/errors.ts';
import { failedKey } from '../lib/layout.ts';
import { forDocument, type Logger } from '../lib/logger.ts';
import { type DocumentStore, getText } from '../lib/store.ts';
import {
  DEFAULT_RETRY,
  documentIdFromJobTag,
  fetchAnalysis,
  type RetryPolicy,
  type TextractSender,
} from '../lib/textract-engine.ts';
import { type PendingOcr, PendingOcrSchema, pendingKey } from '../lib/textract-pending.ts';

/** What Textract publishes to the SNS topic when a job ends. */
export const TextractCompletionSchema = z.object({
  JobId: z.string().min(1),
  Status: z.string().min(1),
  API: z.string().optional(),
  JobTag: z.string().optional(),
  Timestamp: z.number().optional(),
  DocumentLocation: z.object({ S3ObjectName: z.string(), S3Bucket: z.string() }).optional(),
});
export type TextractCompletion = z.infer<typeof TextractCompletionSchema>;

export interface CompletionDeps {
  store: DocumentStore;
  textract: TextractSender;
  now: () => Date;
  logger: Logger;
  retry?: RetryPolicy;
  /** Replaceable extraction, as in the ingest service (fault injection in tests). */
  extract?: IngestDeps['extract'];
}

export type CompletionOutcome =
  | { status: 'ignored'; reason: string }
  | { status: 'failed'; documentId: string; failureKey: string }
  | { status: 'done'; documentId: string; ingest: IngestOutcome };

async function readPending(store: DocumentStore, documentId: string): Promise<PendingOcr | null> {
  try {
    const parsed = PendingOcrSchema.safeParse(JSON.parse(await getText(store, pendingKey(documentId))));
    return parsed.success ? parsed.data : null;
  } catch (error) {
    if (isObjectNotFound(error)) return null;
    throw error;
  }
}

export async function completeTextractJob(
  deps: CompletionDeps,
  notice: TextractCompletion,
): Promise<CompletionOutcome> {
  const documentId = notice.JobTag ? documentIdFromJobTag(notice.JobTag) : null;
  if (!documentId) {
    deps.logger.warn('Textract job without a document tag, ignored', {
      jobId: notice.JobId,
      jobTag: notice.JobTag,
    });
    return { status: 'ignored', reason: 'no-document-tag' };
  }
  const pending = await readPending(deps.store, documentId);
  const bucket = pending?.source.bucket ?? notice.DocumentLocation?.S3Bucket;
  const key = pending?.source.key ?? notice.DocumentLocation?.S3ObjectName;
  const log = forDocument(deps.logger, { documentId, ...(key ? { key } : {}) });
  if (!bucket || !key) {
    log.warn('no pending record and no document location for a Textract job, ignored', {
      jobId: notice.JobId,
    });
    return { status: 'ignored', reason: 'unknown-document' };
  }

  const finish = async (status: PendingOcr['status']): Promise<void> => {
    if (!pending) return;
    await deps.store.putJson(
      pendingKey(documentId),
      PendingOcrSchema.parse({ ...pending, status, finishedAt: deps.now().toISOString() }),
    );
  };
  const fail = async (message: string): Promise<CompletionOutcome> => {
    const head = await deps.store.head(key);
    const failureKey = failedKey(documentId);
    await deps.store.putJson(
      failureKey,
      FailureRecordSchema.parse({
        schemaVersion: 1,
        code: 'OCR_FAILED',
        message,
        page: null,
        documentId,
        source: { bucket, key, bytes: head?.size ?? 0 },
        parserVersion: PARSER_VERSION,
        failedAt: deps.now().toISOString(),
      }),
    );
    await finish('failed');
    log.warn('Textract job failed', { jobId: notice.JobId, reason: message, failureKey });
    return { status: 'failed', documentId, failureKey };
  };

  if (notice.Status !== 'SUCCEEDED' && notice.Status !== 'PARTIAL_SUCCESS') {
    return fail(`Textract job ${notice.JobId} ended with status ${notice.Status}`);
  }
  const analysis = await fetchAnalysis(deps.textract, notice.JobId, deps.retry ?? DEFAULT_RETRY);
  if (analysis.status !== 'SUCCEEDED' && analysis.status !== 'PARTIAL_SUCCESS') {
    return fail(`Textract job ${notice.JobId} is ${analysis.status}: ${analysis.warnings.join('; ')}`);
  }
  log.info('Textract result fetched', {
    jobId: notice.JobId,
    blocks: analysis.blocks.length,
    pages: analysis.pages,
  });

  const ingest = await ingestObject(
    {
      store: deps.store,
      now: deps.now,
      logger: deps.logger,
      ocr: textractResultEngine(analysis.blocks),
      ...(deps.extract ? { extract: deps.extract } : {}),
    },
    { bucket, key },
  );
  await finish(ingest.status === 'failed' ? 'failed' : 'completed');
  return { status: 'done', documentId, ingest };
}
