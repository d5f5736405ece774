/**
 * Nämndkoll's extraction engine: PDF bytes in, a validated ExtractedDocument out.
 * Pure: no AWS, no environment, no clock (the caller passes `now`), no file or network I/O.
 */
import { createHash } from 'node:crypto';
import { ExtractionError } from './errors.ts';
import { analyzePages } from './extract/document.ts';
import { pictureKind, pictureRegions, readablePicture, withPicture } from './ocr/pictures.ts';
import type { OcrEngine } from './ocr/port.ts';
import { isOcrLayerPage } from './ocr/sandwich.ts';
import { checkOcrNumbers, unreadOcrTables } from './ocr/trust.ts';
import type { Page, TableBox } from './page-model.ts';
import { type LoadLimits, loadPdf, pagesNeedingOcr } from './pdf/load.ts';
import type { ExtractedDocument, RegionCode } from './schema.ts';
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

/** The extraction of a PDF, checked against the contract (parsers/validate.ts). */
export async function extractDocument(
  bytes: Uint8Array,
  options: ExtractOptions,
): Promise<ExtractedDocument> {
  const doc = await extractUnvalidated(bytes, options);
  // Loaded on first use, not with this module: the contract's schema (zod) is a fifth of an extraction
  // worker's start, and a worker whose caller validates (the CLI's) never needs it.
  const { validated } = await import('./validate.ts');
  return validated(doc, options.fileName);
}

/**
 * The extraction of a PDF before the contract's check: plain data in the contract's shape that its caller
 * must pass through `validated` (parsers/validate.ts) before anyone reads it. For a worker whose caller
 * validates in its own thread, where the schema loads while the worker reads the pages.
 */
export async function extractUnvalidated(
  bytes: Uint8Array,
  options: ExtractOptions,
): Promise<Record<string, unknown>> {
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
  const warnings: ExtractedDocument['extraction']['warnings'] = [];
  // A scan under a scanner's invisible OCR layer is read again by the engine (sandwich.ts); without
  // an engine its layer is used, flagged as unchecked OCR.
  const layered = model.pages.filter(isOcrLayerPage).map((page) => page.number);
  const ocrPages = [...new Set([...pagesNeedingOcr(model), ...(options.ocr ? layered : [])])].sort(
    (a, b) => a - b,
  );
  if (!options.ocr) {
    for (const page of layered) {
      warnings.push({
        code: 'OCR_PAGE',
        message: `page ${page} is a scan whose text is an invisible OCR layer from its producer, used unchecked (no OCR engine was given): its figures may be misread`,
        page,
      });
    }
  }
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
        ...(options.source
          ? {
              source: {
                bucket: options.source.bucket,
                key: options.source.key,
                uploadedAt: options.source.uploadedAt,
              },
            }
          : {}),
      });
      const byNumber = new Map(recognized.map((page) => [page.number, page]));
      pages = pages.map((page) => byNumber.get(page.number) ?? page);
      method = options.ocr.method;
    }
  }

  // Pictures of tables (or text) on text pages: read by OCR, kept only when they read as a table or prose.
  const pictures = await readPictures(bytes, pages, new Set(method === 'text' ? [] : ocrPages), options.ocr);
  pages = pictures.pages;
  warnings.push(...pictures.warnings);
  // A page whose compressed content the file cuts short was read up to the cut: what followed is lost.
  if (model.cutPage !== undefined) {
    warnings.push({
      code: 'UNREADABLE_PAGE',
      message: `the PDF is damaged: compressed content is cut short in the file (first on page ${model.cutPage}) and was read up to each cut; text after a cut may be missing on that page or a later one`,
      page: model.cutPage,
    });
  }
  // Files attached inside the PDF are not read (their facts would stand on no page of this file): said,
  // so that an appendix attached rather than merged is not taken for a paper without measures.
  if (model.attachments && model.attachments.length > 0) {
    const names = model.attachments.slice(0, 5).map((name) => `"${name.slice(0, 80)}"`);
    const more = model.attachments.length > 5 ? ` and ${model.attachments.length - 5} more` : '';
    warnings.push({
      code: 'ATTACHMENTS_NOT_READ',
      message: `the PDF carries ${model.attachments.length} attached file(s) that are not read: ${names.join(', ')}${more}; upload them on their own`,
    });
  }

  const analysis = analyzePages(pages, {
    fileName: options.fileName,
    info: model.info,
    ...(options.region ? { statedRegion: options.region } : {}),
  });

  if (method !== 'text' || pictures.reads.length > 0) {
    // Figures read by OCR are checked against word confidence and the totals of their year (flagged, never changed).
    warnings.push(...checkOcrNumbers([...pages, ...pictures.reads], analysis));
    // A table OCR could not make rows of (a speckled fax): said, not left as a page without measures.
    warnings.push(...unreadOcrTables(pages, analysis));
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
      ocrPages: [
        ...new Set([...(method === 'text' ? [] : ocrPages), ...pictures.reads.map((read) => read.number)]),
      ].sort((a, b) => a - b),
    },
    document: analysis.document,
    measures: analysis.measures,
    totals: analysis.totals,
    amounts: analysis.amounts,
    decisions: analysis.decisions,
    references: analysis.references,
  };
  return doc;
}

type Warning = ExtractedDocument['extraction']['warnings'][number];

/** Pictures of text pages read by OCR per document at most. */
export const MAX_PICTURES = 12;

/**
 * Reads the pictures of text pages that could hold a table (ocr/pictures.ts) with the engine, and
 * merges the ones that read as a table or prose into their page, each with a warning that the page's
 * figures were partly read by OCR. A picture that holds figures but reads as neither (a chart, or a
 * table OCR could not make out) adds nothing but a warning, as does every candidate picture when there
 * is no engine that reads pictures: a table in a picture is never silently lost. Pages without images
 * cost nothing here.
 */
async function readPictures(
  bytes: Uint8Array,
  pages: Page[],
  skip: Set<number>,
  engine: OcrEngine | undefined,
): Promise<{ pages: Page[]; reads: Page[]; warnings: Warning[] }> {
  const candidates = pages.flatMap((page) =>
    skip.has(page.number) ? [] : pictureRegions(page).map((box) => ({ page: page.number, box })),
  );
  if (candidates.length === 0) return { pages, reads: [], warnings: [] };
  const size = (box: TableBox) => `${Math.round(box.width)} × ${Math.round(box.height)} pt`;
  // Each picture costs an OCR of its own (1–2 s): a paper of many (a photo report) has its largest read,
  // in page order, and the rest told.
  const byArea = [...candidates].sort((a, b) => b.box.width * b.box.height - a.box.width * a.box.height);
  const wanted = byArea.slice(0, MAX_PICTURES).sort((a, b) => a.page - b.page || a.box.y - b.box.y);
  const warnings: Warning[] = byArea.slice(MAX_PICTURES).map(({ page, box }) => ({
    code: 'TABLE_UNPARSED',
    message: `page ${page} has a picture (${size(box)}) that may hold a table; it was not read (the paper has more than ${MAX_PICTURES} such pictures, the largest were read): its figures are missing`,
    page,
  }));
  let answers: Page[] | null = null;
  if (engine?.recognizePictures) {
    answers = await engine.recognizePictures({ pdf: bytes, pictures: wanted }).catch(() => null);
  }
  if (!answers || answers.length !== wanted.length) {
    for (const { page, box } of wanted) {
      warnings.push({
        code: 'TABLE_UNPARSED',
        message: `page ${page} has a picture (${size(box)}) that may hold a table; it was not read (no OCR engine that reads pictures): its figures are missing`,
        page,
      });
    }
    return { pages, reads: [], warnings };
  }
  const byNumber = new Map(pages.map((page) => [page.number, page]));
  const reads: Page[] = [];
  wanted.forEach(({ page, box }, i) => {
    const read = answers[i] as Page;
    const current = byNumber.get(page);
    if (!current) return;
    if (readablePicture(read)) {
      byNumber.set(page, withPicture(current, read, box));
      reads.push(read);
      warnings.push({
        code: 'OCR_PAGE',
        message: `page ${page} has a picture (${size(box)}) whose text was read by OCR: its figures may be misread`,
        page,
      });
    } else if (pictureKind(read) === 'figures') {
      warnings.push({
        code: 'TABLE_UNPARSED',
        message: `page ${page} has a picture (${size(box)}) with figures that reads as no table (a chart, or a table OCR could not make out): its figures were not used`,
        page,
      });
    }
  });
  return { pages: pages.map((page) => byNumber.get(page.number) ?? page), reads, warnings };
}
