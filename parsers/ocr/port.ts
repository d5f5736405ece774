import type { Page, TableBox } from '../page-model.ts';

/**
 * Turns pages without a usable text layer into the page model. Implementations: tesseract.js locally
 * (renders the pages itself), Amazon Textract on AWS. Parsers stay pure: the engine is passed in.
 */
export interface OcrEngine {
  readonly method: 'ocr' | 'textract';
  recognize(input: OcrInput): Promise<Page[]>;
  /**
   * Reads pictures on text-layer pages (a table pasted as an image, ocr/pictures.ts): one page per
   * picture, in the order given, holding only what was read inside the picture, in page coordinates.
   * Optional: an engine without it leaves such pictures unread (with a warning).
   */
  recognizePictures?(input: PictureInput): Promise<Page[]>;
}

export interface PictureInput {
  pdf: Uint8Array;
  pictures: { page: number; box: TableBox }[];
}

export interface OcrInput {
  pdf: Uint8Array;
  pageNumbers: number[];
  /** Where the PDF is stored, when it is: engines that read from storage themselves (Textract) need it. */
  source?: { bucket: string; key: string; uploadedAt?: string };
  /** Called as each page is recognized (engines that work page by page), so callers can show progress. */
  onPage?: (pageNumber: number) => void;
}

/**
 * Thrown by an engine whose recognition runs asynchronously (Amazon Textract's job API): the job
 * has started and its result will arrive later, through another event. Not an extraction failure;
 * the pipeline records the job as pending and finishes the document when the job completes.
 */
export class OcrDeferredError extends Error {
  override readonly name: string = 'OcrDeferredError';
  readonly jobId: string;
  readonly pageNumbers: number[];

  constructor(jobId: string, pageNumbers: number[]) {
    super(
      `OCR job ${jobId} started for page(s) ${pageNumbers.join(', ')}; the result arrives asynchronously`,
    );
    this.jobId = jobId;
    this.pageNumbers = pageNumbers;
  }
}

export function isOcrDeferred(error: unknown): error is OcrDeferredError {
  return error instanceof OcrDeferredError;
}
