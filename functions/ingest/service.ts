/**
 * Ingest one uploaded object: read it, extract it, store the ExtractedDocument and its fact rows, or a
 * failure record. Safe under at-least-once delivery: the same bytes give the same documentId and the same
 * keys, and work already done for the same bytes and parser version is skipped.
 *
 * One ingest at a time per document (ownership.ts): the same bytes uploaded under two keys at once wait
 * for each other instead of writing two regions' facts.
 *
 * Write order (what a retry after a crash sees): the lease records the fact keys about to be written, then
 * the facts files, then extracted/<id>.json (the completion marker), then its entry in the document index
 * (written again by a redelivery that finds the document done), then partitions the document left
 * are emptied. SQL reads a fact row only when its document's extracted/<id>.json exists with the same region
 * (cli/commands/sql.ts), so a crash or a failed final write leaves no half-visible document; a retry
 * rewrites the same keys, nothing is duplicated.
 */
import { basename } from 'node:path';
import { ExtractionError } from '../../parsers/errors.ts';
import { toFactFiles, toJsonLines } from '../../parsers/facts.ts';
import { documentIdOf, type ExtractOptions, extractDocument, PARSER_VERSION } from '../../parsers/index.ts';
import { isOcrDeferred, type OcrEngine } from '../../parsers/ocr/port.ts';
import {
  type ExtractedDocument,
  ExtractedDocumentSchema,
  type FailureRecord,
  FailureRecordSchema,
  type RegionCode,
} from '../../parsers/schema.ts';
import { regionCodeOf } from '../../parsers/swedish/regions.ts';
import { indexDocument } from '../lib/doc-index.ts';
import { isObjectNotFound } from '../lib/errors.ts';
import {
  extractedKey,
  failedKey,
  isIngestKey,
  progressKey,
  UPLOADS_PREFIX,
  uploadKeyHash,
} from '../lib/layout.ts';
import { forDocument, type Logger } from '../lib/logger.ts';
import { type DocumentStore, getText } from '../lib/store.ts';
import { type PendingOcr, PendingOcrSchema, pendingKey } from '../lib/textract-pending.ts';
import { acquireLease, type Lease, type LeaseOptions } from './ownership.ts';
import { recordPaper } from './paper.ts';

export type Extract = (bytes: Uint8Array, options: ExtractOptions) => Promise<ExtractedDocument>;

export interface IngestDeps {
  store: DocumentStore;
  now: () => Date;
  logger: Logger;
  ocr?: OcrEngine;
  /** Uploads larger than this are refused unread (PDF_TOO_LARGE). */
  maxUploadBytes?: number;
  /** The extraction engine; replaceable to inject faults in tests. */
  extract?: Extract;
  /** Lease timings (ownership.ts): how long a crashed holder blocks the document, how long others wait. */
  lease?: Omit<LeaseOptions, 'now'>;
  /**
   * On AWS: the queue's maxReceiveCount. A message failing on its last receive gets a failure record
   * before SQS moves it to the dead-letter queue (the local queue records its dead letters itself).
   */
  maxReceives?: number;
}

export interface UploadRef {
  bucket: string;
  /** The decoded object key. */
  key: string;
  /** Size from the event, when it carries one: lets a too-large upload be refused without reading it. */
  size?: number;
  /** The queue message announcing it: a redelivery of the same message may take over its own lease. */
  messageId?: string;
}

export type IngestOutcome =
  | { status: 'extracted'; documentId: string; key: string; measures: number; decisions: number }
  | {
      status: 'skipped';
      documentId: string | null;
      reason: 'not-an-upload' | 'object-gone' | 'already-extracted';
    }
  | { status: 'failed'; documentId: string | null; code: string; failureKey: string }
  /** OCR runs asynchronously (Textract): `pending/<documentId>.json` records the job; its completion extracts. */
  | { status: 'pending'; documentId: string; jobId: string; pendingKey: string };

const DEFAULT_MAX_UPLOAD_BYTES = 100 * 1024 * 1024;

export async function ingestObject(deps: IngestDeps, upload: UploadRef): Promise<IngestOutcome> {
  const { store, logger } = deps;
  const maxBytes = deps.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
  if (!isIngestKey(upload.key)) {
    logger.debug('not an upload of a PDF, ignored', { objectKey: upload.key });
    return { status: 'skipped', documentId: null, reason: 'not-an-upload' };
  }
  if (upload.size !== undefined && upload.size > maxBytes) {
    return refuseTooLarge(deps, upload, upload.size, maxBytes);
  }

  let object: Awaited<ReturnType<DocumentStore['getObject']>>;
  try {
    object = await store.getObject(upload.key);
  } catch (error) {
    // Deleted between the event and now: nothing to extract, and a retry would not change that.
    if (isObjectNotFound(error)) {
      logger.warn('upload no longer exists, skipped', { objectKey: upload.key });
      return { status: 'skipped', documentId: null, reason: 'object-gone' };
    }
    throw error;
  }
  if (object.size > maxBytes) return refuseTooLarge(deps, upload, object.size, maxBytes);

  const { documentId } = documentIdOf(object.bytes);
  const log = forDocument(logger, { documentId, key: upload.key });
  const region = statedRegion(upload.key, object.metadata, log);
  const owner = `${upload.messageId ?? 'direct'}:${upload.bucket}/${upload.key}`;
  const lease = await acquireLease(store, documentId, owner, {
    now: deps.now,
    ...deps.lease,
  });
  let released = false;
  const release = async (factKeys: string[]): Promise<void> => {
    released = true;
    await lease.release(factKeys);
  };
  try {
    return await ingestOwned(deps, upload, object, documentId, region, log, lease, release);
  } finally {
    // An unexpected error: hand the document back (keeping every key it may have written on record).
    if (!released) await lease.release(lease.previousFactKeys).catch(() => undefined);
  }
}

async function ingestOwned(
  deps: IngestDeps,
  upload: UploadRef,
  object: Awaited<ReturnType<DocumentStore['getObject']>>,
  documentId: string,
  region: RegionCode | undefined,
  log: Logger,
  lease: Lease,
  release: (factKeys: string[]) => Promise<void>,
): Promise<IngestOutcome> {
  const { store } = deps;
  const previous = await readExtracted(store, extractedKey(documentId), log);
  const previousKeys = previous ? toFactFiles(previous).map((file) => file.key) : [];
  // Unchanged on every path that writes no facts.
  const keep = [...new Set([...lease.previousFactKeys, ...previousKeys])];
  // Same bytes, same parser version: done already — unless this upload states a region the stored
  // document does not have (the uploader's statement wins, also over an earlier upload's detection).
  const regionChanged = region !== undefined && previous?.document.region?.code !== region;
  if (previous && previous.extraction.parserVersion === PARSER_VERSION && !regionChanged) {
    log.info('already extracted with this parser version, skipped', { parserVersion: PARSER_VERSION });
    // A holder killed after extracted/<id>.json and before it emptied the partitions it left (or those of
    // a crashed earlier holder, recorded in the lease): empty them now, or Athena counts them twice.
    const leftover = keep.filter((key) => !previousKeys.includes(key));
    await Promise.all(leftover.map((key) => store.putText(key, '', 'application/x-ndjson')));
    // A crash after extracted/<id>.json and before its index entry: the redelivery files it (no write when
    // the entry is there already).
    await indexDocument(store, previous, extractedKey(documentId));
    await release(keep);
    return { status: 'skipped', documentId, reason: 'already-extracted' };
  }
  const extract = deps.extract ?? extractDocument;
  let doc: ExtractedDocument;
  try {
    doc = await extract(object.bytes, {
      now: deps.now,
      fileName: basename(upload.key),
      source: {
        bucket: upload.bucket,
        key: upload.key,
        uploadedAt: (object.lastModified ?? deps.now()).toISOString(),
      },
      ...(region ? { region } : {}),
      ...(deps.ocr ? { ocr: deps.ocr } : {}),
      // OCR progress in pages for the upload's status (the page's progress bar). Best effort: a write
      // that fails costs the bar, never the extraction.
      onProgress: ({ pages, done }) => {
        const progress = { pagesDone: done, pagesTotal: pages.length, updatedAt: deps.now().toISOString() };
        store.putJson(progressKey(documentId), progress).catch((error: unknown) => {
          log.debug('OCR progress not recorded', { error: String(error) });
        });
      },
    });
  } catch (error) {
    if (isOcrDeferred(error)) {
      const key = pendingKey(documentId);
      const marker: PendingOcr = {
        documentId,
        engine: 'textract',
        jobId: error.jobId,
        status: 'started',
        source: {
          bucket: upload.bucket,
          key: upload.key,
          uploadedAt: (object.lastModified ?? deps.now()).toISOString(),
        },
        ...(region ? { region } : {}),
        pageNumbers: error.pageNumbers,
        startedAt: deps.now().toISOString(),
      };
      await store.putJson(key, PendingOcrSchema.parse(marker));
      await release(keep);
      log.info('OCR job started; extraction finishes when it completes', {
        jobId: error.jobId,
        pendingKey: key,
      });
      return { status: 'pending', documentId, jobId: error.jobId, pendingKey: key };
    }
    if (!(error instanceof ExtractionError)) throw error;
    const failure = failureRecord(
      deps,
      upload,
      object.size,
      documentId,
      error.code,
      error.message,
      error.page,
    );
    const key = failedKey(documentId);
    await store.putJson(key, failure);
    await release(keep);
    log.warn('extraction failed', { code: error.code, reason: error.message, failureKey: key });
    return { status: 'failed', documentId, code: error.code, failureKey: key };
  }

  // Which paper this is (copies of one paper count once): recorded in the document and its fact rows.
  doc = await recordPaper(store, doc);
  const files = toFactFiles(doc);
  const written = new Set(files.map((file) => file.key));
  // A re-extraction (new parser version, another stated region) or a crashed earlier holder can leave
  // files in other region/year partitions. The function may not delete, so they are emptied — zero rows
  // for Athena and DuckDB — after the document is committed.
  const stale = keep.filter((key) => !written.has(key));
  await lease.intend([...written]);
  await Promise.all(
    files.map((file) => store.putText(file.key, toJsonLines(file.rows), 'application/x-ndjson')),
  );
  await store.putJson(extractedKey(documentId), doc);
  // Left partitions emptied right after the commit (a redelivery empties them too, see above), then the
  // query API's index (functions/lib/doc-index.ts): after the document, so an entry always has one.
  await Promise.all(stale.map((key) => store.putText(key, '', 'application/x-ndjson')));
  await indexDocument(store, doc, extractedKey(documentId), previous);
  await release([...written]);
  log.info('extracted', {
    region: doc.document.region?.code ?? null,
    documentType: doc.document.documentType,
    pages: doc.source.pageCount,
    measures: doc.measures.length,
    decisions: doc.decisions.length,
    warnings: doc.extraction.warnings.length,
    factFiles: files.length,
    durationMs: doc.extraction.durationMs,
  });
  return {
    status: 'extracted',
    documentId,
    key: extractedKey(documentId),
    measures: doc.measures.length,
    decisions: doc.decisions.length,
  };
}

/**
 * The uploader's statement of the region: object metadata `region`, else the key prefix
 * `uploads/SE-W/…`. Accepts `SE-W`, `se-w` and `W`. An invalid value is ignored with a warning, so a typo
 * never blocks extraction (detection from the text still applies).
 */
export function statedRegion(
  key: string,
  metadata: Record<string, string>,
  log?: Logger,
): RegionCode | undefined {
  const fromMetadata = metadata['region'];
  if (fromMetadata !== undefined && fromMetadata.trim() !== '') {
    const code = normaliseRegion(fromMetadata);
    if (code) return code;
    log?.warn('metadata region is not an ISO 3166-2:SE code, ignored', { statedRegion: fromMetadata });
  }
  const segments = key.slice(UPLOADS_PREFIX.length).split('/');
  if (segments.length > 1 && segments[0]) {
    const code = normaliseRegion(segments[0]);
    if (code) return code;
    // Only a prefix that looks like a code is worth a warning; `uploads/2025/…` is just a folder.
    if (/^SE-/i.test(segments[0])) {
      log?.warn('key prefix region is not an ISO 3166-2:SE code, ignored', { statedRegion: segments[0] });
    }
  }
  return undefined;
}

function normaliseRegion(input: string): RegionCode | undefined {
  return regionCodeOf(input) ?? undefined;
}

/** The stored document, or null when absent or unreadable (then it is simply extracted again). */
async function readExtracted(
  store: DocumentStore,
  key: string,
  log: Logger,
): Promise<ExtractedDocument | null> {
  let text: string;
  try {
    text = await getText(store, key);
  } catch (error) {
    if (isObjectNotFound(error)) return null;
    throw error;
  }
  try {
    const parsed = ExtractedDocumentSchema.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
    log.warn('stored document does not match the schema, extracting again', { storedKey: key });
  } catch {
    log.warn('stored document is not JSON, extracting again', { storedKey: key });
  }
  return null;
}

/**
 * An upload whose processing failed every time (the queue gave up on it): a failure record, so the status
 * says failed instead of pending forever. Under the documentId when the bytes can be read, else under the
 * key's hash. Nothing is written when the upload is gone.
 */
export async function recordDeadLetter(
  deps: IngestDeps,
  upload: UploadRef,
  reason: string,
): Promise<string | null> {
  let documentId: string | null = null;
  let size = upload.size ?? 0;
  try {
    const object = await deps.store.getObject(upload.key);
    documentId = documentIdOf(object.bytes).documentId;
    size = object.size;
  } catch (error) {
    if (isObjectNotFound(error)) return null;
    // Unreadable now too: file it under the key's hash.
  }
  const key = failedKey(documentId ?? uploadKeyHash(upload.bucket, upload.key));
  const message = `${basename(upload.key)} could not be processed: ${reason}`;
  await deps.store.putJson(
    key,
    failureRecord(deps, upload, size, documentId, 'INGEST_FAILED', message, null),
  );
  deps.logger.error('upload dead-lettered, failure recorded', { objectKey: upload.key, failureKey: key });
  return key;
}

async function refuseTooLarge(
  deps: IngestDeps,
  upload: UploadRef,
  size: number,
  maxBytes: number,
): Promise<IngestOutcome> {
  const key = failedKey(uploadKeyHash(upload.bucket, upload.key));
  const message = `${basename(upload.key)} is ${size} bytes; uploads above ${maxBytes} bytes are not read`;
  await deps.store.putJson(key, failureRecord(deps, upload, size, null, 'PDF_TOO_LARGE', message, null));
  deps.logger.warn('upload too large, refused unread', { objectKey: upload.key, size, failureKey: key });
  return { status: 'failed', documentId: null, code: 'PDF_TOO_LARGE', failureKey: key };
}

function failureRecord(
  deps: IngestDeps,
  upload: UploadRef,
  bytes: number,
  documentId: string | null,
  code: string,
  message: string,
  page: number | null,
): FailureRecord {
  return FailureRecordSchema.parse({
    schemaVersion: 1,
    code,
    message,
    page,
    documentId,
    source: { bucket: upload.bucket, key: upload.key, bytes },
    parserVersion: PARSER_VERSION,
    failedAt: deps.now().toISOString(),
  });
}
