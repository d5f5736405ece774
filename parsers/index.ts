/**
 * Nämndkoll's extraction engine: PDF bytes in, a validated ExtractedDocument out.
 * Pure: no AWS, no environment, no clock (the caller passes `now`), no file or network I/O.
 */
import { createHash } from 'node:crypto';
import { ExtractionError } from './errors.ts';
import { analyzePages } from './extract/document.ts';
import type { OcrEngine } from './ocr/port.ts';
import { checkOcrNumbers } from './ocr/trust.ts';
import { type LoadLimits, loadPdf, pagesNeedingOcr } from './pdf/load.ts';
import { type ExtractedDocument, ExtractedDocumentSchema, type RegionCode } from './schema.ts';
import { PARSER_VERSION } from './version.ts';

export { ExtractionError, isExtractionError } from './errors.ts';
export type { ExtractedDocument } from './schema.ts';
export { PARSER_VERSION } from './version.ts';

export interface ExtractOptions {
  /** The clock, passed in so extraction stays pure and testable. */
  now: () => Date;
  fileName: string;
  /** Where the bytes came from; defaults describe a local file. */
  source?: { bucket: string; key: string; uploadedAt: string };
  /** The uploader's statement of the region; wins over detection. */
  region?: RegionCode;
  /** OCR engine for scanned pages; without one, a scan fails with NEEDS_OCR. */
  ocr?: OcrEngine;
  /**
   * Told when long work starts (OCR of scanned pages, `done` 0) and as each page is recognized (`done` the
   * pages finished so far), so a caller can show progress in pages.
   */
  onProgress?: (event: { stage: 'ocr'; pages: number[]; done: number }) => void;
  limits?: Partial<LoadLimits>;
}

export function documentIdOf(bytes: Uint8Array): { documentId: string; sha256: string } {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { documentId: `sha256:${sha256}`, sha256 };
}

export async function extractDocument(
  bytes: Uint8Array,
  options: ExtractOptions,
): Promise<ExtractedDocument> {
  const started = options.now().getTime();
  const { documentId, sha256 } = documentIdOf(bytes);
  const model = await loadPdf(bytes, options.limits).catch((error: unknown) => {
    // Name the file in the one line users see (CLI, failed/ records).
    if (error instanceof ExtractionError) {
      throw new ExtractionError(error.code, `${options.fileName}: ${error.message}`, {
        cause: error,
        ...(error.page === null ? {} : { page: error.page }),
      });
    }
    throw error;
  });

  let pages = model.pages;
  let method: ExtractedDocument['extraction']['method'] = 'text';
  const ocrPages = pagesNeedingOcr(model);
  const warnings: ExtractedDocument['extraction']['warnings'] = [];
  if (ocrPages.length > 0) {
    if (!options.ocr) {
      if (ocrPages.length === model.pageCount) {
        throw new ExtractionError(
          'NEEDS_OCR',
          `${options.fileName} has no text layer (a scan): ${ocrPages.length} page(s) need OCR`,
        );
      }
      for (const page of ocrPages) {
        warnings.push({
          code: 'UNREADABLE_PAGE',
          message: `page ${page} has no usable text layer and no OCR engine was given`,
          page,
        });
      }
    } else {
      options.onProgress?.({ stage: 'ocr', pages: ocrPages, done: 0 });
      let done = 0;
      const onProgress = options.onProgress;
      const recognized = await options.ocr.recognize({
        pdf: bytes,
        pageNumbers: ocrPages,
        ...(onProgress ? { onPage: () => onProgress({ stage: 'ocr', pages: ocrPages, done: ++done }) } : {}),
        ...(options.source ? { source: { bucket: options.source.bucket, key: options.source.key } } : {}),
      });
      const byNumber = new Map(recognized.map((page) => [page.number, page]));
      pages = pages.map((page) => byNumber.get(page.number) ?? page);
      method = options.ocr.method;
    }
  }

  const analysis = analyzePages(pages, {
    fileName: options.fileName,
    info: model.info,
    ...(options.region ? { statedRegion: options.region } : {}),
  });

  if (method !== 'text') {
    // Figures read by OCR are checked against word confidence and the totals of their year (flagged, never changed).
    warnings.push(...checkOcrNumbers(pages, analysis));
  }

  const extractedAt = options.now();
  const doc = {
    schemaVersion: 1 as const,
    documentId,
    source: {
      bucket: options.source?.bucket ?? 'local',
      key: options.source?.key ?? options.fileName,
      sha256,
      bytes: bytes.byteLength,
      pageCount: model.pageCount,
      fileName: options.fileName,
      uploadedAt: options.source?.uploadedAt ?? extractedAt.toISOString(),
    },
    extraction: {
      method,
      parserVersion: PARSER_VERSION,
      extractedAt: extractedAt.toISOString(),
      durationMs: Math.max(0, extractedAt.getTime() - started),
      warnings: [...warnings, ...analysis.warnings],
      ocrPages: method === 'text' ? [] : ocrPages,
    },
    document: analysis.document,
    measures: analysis.measures,
    totals: analysis.totals,
    amounts: analysis.amounts,
    decisions: analysis.decisions,
    references: analysis.references,
  };
  const parsed = ExtractedDocumentSchema.safeParse(doc);
  if (!parsed.success) {
    throw new ExtractionError(
      'SCHEMA_VIOLATION',
      `extraction of ${options.fileName} broke the contract: ${parsed.error.message}`,
      {
        cause: parsed.error,
      },
    );
  }
  return parsed.data;
}
