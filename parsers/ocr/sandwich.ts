/**
 * "Sandwich" PDFs: a scanned page image with an invisible text layer over it (text rendering mode 3,
 * or 7), written by scanner software, `ocrmypdf` or `tesseract … pdf`. That text is someone else's
 * OCR: made without this project's clean-up (orientation, deskew, rule removal), without the second
 * reading of figures, and without word confidences — so nothing could flag a misread figure. On the
 * hold-out of scans (fixtures/holdout9/MISSES.md) two such layers gave 5 of 11 measures, 9 effects
 * wrong, while the same pages read again by the local OCR gave them all. A page whose text is all
 * invisible and lies over a page-sized image is therefore read again when an OCR engine is given;
 * without one its text is used, with a warning that it is an unchecked OCR layer.
 */
import type { Page } from '../page-model.ts';

/** Operator codes (pdfjs OPS) this check reads. */
export interface TextOps {
  save: number;
  restore: number;
  setTextRenderingMode: number;
  showText: number;
  showSpacedText: number;
  nextLineShowText: number;
  nextLineSetSpacingShowText: number;
}

/**
 * The share (0..1) of text-showing operations drawn invisibly (rendering mode 3: neither fill nor
 * stroke; 7: clip only), following the graphics state's saves and restores. 0 without text.
 */
export function invisibleTextShare(fnArray: number[], argsArray: unknown[][], OPS: TextOps): number {
  const shows = new Set([
    OPS.showText,
    OPS.showSpacedText,
    OPS.nextLineShowText,
    OPS.nextLineSetSpacingShowText,
  ]);
  let mode = 0;
  const stack: number[] = [];
  let all = 0;
  let invisible = 0;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    if (fn === OPS.save) stack.push(mode);
    else if (fn === OPS.restore) mode = stack.pop() ?? 0;
    else if (fn === OPS.setTextRenderingMode) mode = Number((argsArray[i] ?? [])[0] ?? 0);
    else if (fn !== undefined && shows.has(fn)) {
      all++;
      if (mode === 3 || mode === 7) invisible++;
    }
  }
  return all === 0 ? 0 : invisible / all;
}

/** Share of invisible text above which a page's text layer is taken for an OCR layer. */
const OCR_LAYER_SHARE = 0.9;
/** Image coverage above which the page is a scan (as load.ts's scan detection). */
const SCAN_COVERAGE = 0.5;

/** Whether a text-layer page is a scan under an invisible OCR layer. */
export function isOcrLayerPage(page: Page): boolean {
  return (
    page.source === 'text' &&
    (page.invisibleText ?? 0) >= OCR_LAYER_SHARE &&
    (page.imageCoverage ?? 0) >= SCAN_COVERAGE
  );
}
