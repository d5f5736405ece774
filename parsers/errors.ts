/**
 * Typed failures of extraction. Every failure carries a stable `code` that the CLI prints,
 * the pipeline writes to failed/…json, and the API maps to a status.
 */

export const EXTRACTION_ERROR_CODES = [
  'NOT_A_PDF',
  'PDF_EMPTY',
  'PDF_CORRUPT',
  'PDF_ENCRYPTED',
  'PDF_TOO_LARGE',
  'PDF_TOO_MANY_PAGES',
  /** Over a bound on the work a file may cause: decoded stream size, nesting, items, time or memory. */
  'PDF_TOO_COMPLEX',
  'NEEDS_OCR',
  'OCR_FAILED',
  'SCHEMA_VIOLATION',
] as const;
export type ExtractionErrorCode = (typeof EXTRACTION_ERROR_CODES)[number];

export class ExtractionError extends Error {
  override readonly name: string = 'ExtractionError';
  readonly code: ExtractionErrorCode;
  readonly page: number | null;

  constructor(code: ExtractionErrorCode, message: string, options: { cause?: unknown; page?: number } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.page = options.page ?? null;
  }
}

export function isExtractionError(error: unknown): error is ExtractionError {
  return error instanceof ExtractionError;
}
