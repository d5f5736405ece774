/**
 * An OcrEngine over Textract output that has already arrived (the completion of an asynchronous
 * job): it hands extractDocument the recognized pages, scaled to the PDF's own page sizes.
 */
import { ExtractionError } from '../errors.ts';
import type { OcrEngine } from '../ocr/port.ts';
import type { Page } from '../page-model.ts';
import { loadPdfjs } from '../pdf/pdfjs.ts';
import { type PageSize, textractToPages } from './to-pages.ts';

/** Page sizes in points, read from the PDF in memory (no rendering, no text extraction). */
export async function pdfPageSizes(pdf: Uint8Array, pageNumbers: number[]): Promise<Map<number, PageSize>> {
  const { getDocument } = await loadPdfjs();
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0, isEvalSupported: false }).promise;
  try {
    const sizes = new Map<number, PageSize>();
    for (const number of pageNumbers) {
      if (number < 1 || number > doc.numPages) continue;
      const page = await doc.getPage(number);
      const viewport = page.getViewport({ scale: 1 });
      sizes.set(number, { width: viewport.width, height: viewport.height });
      page.cleanup();
    }
    return sizes;
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

export function textractResultEngine(output: unknown): OcrEngine {
  return {
    method: 'textract',
    async recognize({ pdf, pageNumbers }): Promise<Page[]> {
      let sizes: Map<number, PageSize>;
      try {
        sizes = await pdfPageSizes(pdf, pageNumbers);
      } catch (error) {
        throw new ExtractionError('OCR_FAILED', 'could not read the page sizes for the Textract result', {
          cause: error,
        });
      }
      return textractToPages(output, { pageNumbers, pageSize: (number) => sizes.get(number) });
    },
  };
}
