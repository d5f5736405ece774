/**
 * Uploads through the API (the page's drag and drop) and their processing status. The API only puts the
 * PDF under uploads/; the pipeline picks it up from the bucket event exactly as for any other upload.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { FailureRecordSchema, type RegionCode } from '../../parsers/schema.ts';
import type { Catalog } from '../../query/catalog.ts';
import { QueryError } from '../../query/errors.ts';
import { getJson, type QueryStore } from '../../query/ports.ts';
import { type DocumentSummary, summarize } from '../../query/services.ts';
import { progressKey } from '../lib/layout.ts';

export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

export interface UploadReceipt {
  key: string;
  documentId: string;
  bytes: number;
  region: RegionCode | null;
}

/** Bytes of the sanitised name (before `.pdf`); with the hash prefix the key stays far below S3's limits. */
const MAX_NAME_BYTES = 120;

/**
 * File names become part of the key: keep letters (å/ä/ö too), digits and a few marks, nothing else, and
 * always end in `.pdf` — the bucket's notification filter picks up only keys ending so, and a name such as
 * `..pdf`, `%2F.pdf` or `rapport` must still be processed. Long names are cut (on a character boundary).
 */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const stem = base
    .normalize('NFC')
    .replace(/\.pdf$/i, '')
    .replace(/[^A-Za-zªµºÀ-ÖØ-öø-ɏ\p{N}._-]+/gu, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/-+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  let cut = '';
  for (const char of stem) {
    if (Buffer.byteLength(cut + char) > MAX_NAME_BYTES) break;
    cut += char;
  }
  cut = cut.replace(/[-.]+$/, '');
  return `${cut.length > 0 ? cut : 'upload'}.pdf`;
}

export async function putUpload(
  store: QueryStore,
  input: { name: string; region: RegionCode | null; bytes: Uint8Array },
): Promise<UploadReceipt> {
  if (input.bytes.byteLength === 0)
    throw new QueryError('BAD_REQUEST', 'the upload is empty: send the PDF as the request body');
  if (input.bytes.byteLength > MAX_UPLOAD_BYTES) {
    throw new QueryError(
      'PAYLOAD_TOO_LARGE',
      `the upload is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`,
    );
  }
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  // The hash prefix keeps two different files with the same name apart; the same file twice maps to one key.
  const name = `${sha256.slice(0, 12)}-${safeFileName(input.name)}`;
  const key = input.region ? `uploads/${input.region}/${name}` : `uploads/${name}`;
  await store.putObject(key, input.bytes, {
    contentType: 'application/pdf',
    ...(input.region ? { metadata: { region: input.region } } : {}),
  });
  return { key, documentId: `sha256:${sha256}`, bytes: input.bytes.byteLength, region: input.region };
}

export type UploadStatus =
  | { state: 'extracted'; documentId: string; document: DocumentSummary }
  | { state: 'failed'; documentId: string; code: string; message: string }
  | { state: 'pending'; documentId: string; progress?: OcrProgress };

/** OCR of a scanned upload, in pages (written by the ingest as each page is recognized). */
export interface OcrProgress {
  pagesDone: number;
  pagesTotal: number;
}

const OcrProgressSchema = z.object({
  pagesDone: z.number().int().min(0),
  pagesTotal: z.number().int().min(1),
});

export async function uploadStatus(
  store: QueryStore,
  catalog: Catalog,
  documentId: string,
  key: string | undefined,
): Promise<UploadStatus> {
  const hex = documentId.slice('sha256:'.length);
  const extracted = await store.getBytes(`extracted/${documentId}.json`);
  if (extracted !== null) {
    let snapshot = await catalog.current();
    if (!snapshot.byId.has(documentId)) {
      catalog.invalidate();
      snapshot = await catalog.current();
    }
    const entry = snapshot.byId.get(documentId);
    if (entry) return { state: 'extracted', documentId, document: summarize(entry) };
    const skipped = snapshot.skipped.find((item) => item.key === `extracted/${documentId}.json`);
    if (skipped) return { state: 'failed', documentId, code: 'INVALID_DOCUMENT', message: skipped.reason };
    // A refresh that listed extracted/ just before the document landed: the next poll will see it.
    return { state: 'pending', documentId };
  }
  const failures = [`failed/${documentId}.json`, `failed/${hex}.json`];
  for (const failureKey of failures) {
    const failure = await readFailure(store, failureKey);
    if (failure.success)
      return { state: 'failed', documentId, code: failure.data.code, message: failure.data.message };
  }
  if (key !== undefined) {
    // A failure filed under a hash of the key (when the bytes could not be read): look for its source key.
    for (const object of await store.listKeys('failed/')) {
      const failure = await readFailure(store, object.key);
      if (failure.success && failure.data.source.key === key) {
        return { state: 'failed', documentId, code: failure.data.code, message: failure.data.message };
      }
    }
  }
  const progress = await readProgress(store, documentId);
  return progress ? { state: 'pending', documentId, progress } : { state: 'pending', documentId };
}

async function readProgress(store: QueryStore, documentId: string): Promise<OcrProgress | null> {
  let json: unknown = null;
  try {
    json = await getJson(store, progressKey(documentId));
  } catch {
    return null;
  }
  const parsed = OcrProgressSchema.safeParse(json);
  if (!parsed.success) return null;
  return {
    pagesDone: Math.min(parsed.data.pagesDone, parsed.data.pagesTotal),
    pagesTotal: parsed.data.pagesTotal,
  };
}

async function readFailure(store: QueryStore, key: string) {
  let json: unknown = null;
  try {
    json = await getJson(store, key);
  } catch {
    // A failure record that is not JSON says nothing about this upload.
  }
  return FailureRecordSchema.safeParse(json);
}
