import type { Page } from '../page-model.ts';

/**
 * Turns pages without a usable text layer into the page model. Implementations: tesseract.js locally
 * (renders the pages itself), Amazon Textract on AWS. Parsers stay pure: the engine is passed in.
 */
export interface OcrEngine {
  readonly method: 'ocr' | 'textract';
  recognize(input: { pdf: Uint8Array; pageNumbers: number[] }): Promise<Page[]>;
}
