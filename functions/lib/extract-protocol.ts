/**
 * Messages between the extraction pool (main thread) and its workers. Only plain data crosses: the PDF
 * bytes (transferred, not copied), the options that are data, the result, and errors reduced to what
 * the main thread rebuilds (an ExtractionError keeps its code; an OCR job deferral its job id).
 */
import { ExtractionError, type ExtractionErrorCode } from '../../parsers/errors.ts';
import { isOcrDeferred, OcrDeferredError } from '../../parsers/ocr/port.ts';
import type { Page } from '../../parsers/page-model.ts';
import type { LoadLimits } from '../../parsers/pdf/load.ts';
import type { ExtractedDocument, RegionCode } from '../../parsers/schema.ts';

export interface ExtractJobOptions {
  fileName: string;
  source?: { bucket: string; key: string; uploadedAt: string };
  region?: RegionCode;
  limits?: Partial<LoadLimits>;
  /** The main thread's clock at the start: the worker's `now` runs on from it. */
  startedAt: number;
  /** The OCR engine's method when the main thread has one; recognition is asked for by message. */
  ocrMethod?: 'ocr' | 'textract';
  /**
   * The caller checks the document against the contract itself (parsers/validate.ts), so the worker sends
   * it unchecked and never loads the schema (the CLI: its main thread is idle while the worker reads).
   */
  callerValidates?: boolean;
}

export type WireError =
  | { kind: 'extraction'; code: string; message: string; page: number | null }
  | { kind: 'ocr-deferred'; jobId: string; pageNumbers: number[] }
  | { kind: 'other'; name: string; message: string; stack?: string };

export type ToWorker =
  | { type: 'extract'; id: number; bytes: Uint8Array; options: ExtractJobOptions }
  | { type: 'ocr-result'; id: number; pages: Page[] }
  | { type: 'ocr-error'; id: number; error: WireError };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'done'; id: number; document: ExtractedDocument }
  /** The document before the contract's check, for a job with `callerValidates`. */
  | { type: 'done-unvalidated'; id: number; document: Record<string, unknown> }
  | { type: 'failed'; id: number; error: WireError }
  | {
      type: 'ocr';
      id: number;
      pdf: Uint8Array;
      pageNumbers: number[];
      source?: { bucket: string; key: string };
    }
  | { type: 'progress'; id: number; pages: number[]; done: number };

export function toWire(error: unknown): WireError {
  if (error instanceof ExtractionError) {
    return { kind: 'extraction', code: error.code, message: error.message, page: error.page };
  }
  if (isOcrDeferred(error))
    return { kind: 'ocr-deferred', jobId: error.jobId, pageNumbers: error.pageNumbers };
  const plain = error instanceof Error ? error : new Error(String(error));
  return {
    kind: 'other',
    name: plain.name,
    message: plain.message,
    ...(plain.stack ? { stack: plain.stack } : {}),
  };
}

export function fromWire(error: WireError): Error {
  if (error.kind === 'extraction') {
    return new ExtractionError(error.code as ExtractionErrorCode, error.message, {
      ...(error.page === null ? {} : { page: error.page }),
    });
  }
  if (error.kind === 'ocr-deferred') return new OcrDeferredError(error.jobId, error.pageNumbers);
  const rebuilt = new Error(error.message);
  rebuilt.name = error.name;
  if (error.stack) rebuilt.stack = error.stack;
  return rebuilt;
}
