/**
 * The storage layout of the contract (one bucket): where uploads land and where the pipeline writes.
 * Shared by the ingest service, the local stack, the CLI (which polls for outcomes) and the API.
 */
import { createHash } from 'node:crypto';

export const UPLOADS_PREFIX = 'uploads/';
export const EXTRACTED_PREFIX = 'extracted/';
export const FACTS_PREFIX = 'facts/';
export const FAILED_PREFIX = 'failed/';
/** `papers/<fingerprint>/<documentId>.json`: which stored documents are copies of one paper. */
export const PAPERS_PREFIX = 'papers/';
/** `index/v<version>/…`: the document index the query API reads instead of every extracted document. */
export const INDEX_PREFIX = 'index/';
/**
 * How far OCR of an upload has come (pages done/total), for the page's progress bar. Best effort, and
 * written only by engines that recognize page by page (tesseract, the local stack); on AWS Textract runs
 * as one asynchronous job, so the stack grants no access to this prefix.
 */
export const PROGRESS_PREFIX = 'progress/';

/** The suffixes that trigger ingestion (S3 suffix filters are case-sensitive, so both spellings). */
export const PDF_SUFFIXES = ['.pdf', '.PDF'] as const;

export function isIngestKey(key: string): boolean {
  return key.startsWith(UPLOADS_PREFIX) && PDF_SUFFIXES.some((suffix) => key.endsWith(suffix));
}

export function extractedKey(documentId: string): string {
  return `${EXTRACTED_PREFIX}${documentId}.json`;
}

export function progressKey(documentId: string): string {
  return `${PROGRESS_PREFIX}${documentId}.json`;
}

export function failedKey(documentId: string): string {
  return `${FAILED_PREFIX}${documentId}.json`;
}

/** For uploads refused before their bytes are read (too large): the failure is filed under the key's hash. */
export function uploadKeyHash(bucket: string, key: string): string {
  return `key-${createHash('sha256').update(`${bucket}/${key}`).digest('hex')}`;
}
