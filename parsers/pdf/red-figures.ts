/**
 * Figures printed in red with no sign of their own. A spreadsheet's number format may show a negative
 * number in red and nothing else (`[RED]0,0` in Calc, `[Red]0.0` in Excel): the page shows a deficit, the
 * text layer a positive figure. The colour is not in the text layer, only in the drawing: the page's
 * operators are walked once with the fill colour (saved and restored with the graphics state), and every
 * shown run in red holding a figure (not a year) with no minus, parenthesis or plus before it is counted. A
 * page with such runs gets a warning on its facts (parsers/extract/document.ts); their signs are never
 * changed on a guess.
 */

/** pdfjs OPS codes read here. */
export interface RedFigureOps {
  save: number;
  restore: number;
  setFillRGBColor: number;
  showText: number;
  showSpacedText: number;
  nextLineShowText: number;
  nextLineSetSpacingShowText: number;
  beginAnnotation: number;
  endAnnotation: number;
}

/** A red as spreadsheets and word processors set it: strong red, weak green and blue ("#ff0000", "#c9211e"). */
export function isRed(hex: string): boolean {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => Number.parseInt(h ?? '0', 16)) as [number, number, number];
  return r >= 0xa0 && g <= 0x60 && b <= 0x60;
}

/** A figure with what stands before it: a sign or an open parenthesis signs it. */
const FIGURE_RE =
  /([-−–+(]\s*)?(?<![\d,.])(\d{1,3}(?:[\s\u00a0\u202f]\d{3})*(?:,\d+)?|\d+(?:,\d+)?)(?![\d])/gu;
/** A year is no amount ("Prognos 2031" in a red heading). */
const YEAR_RE = /^(?:19|20)\d{2}$/u;

/** Whether a run's text holds a figure that is no year and has no sign of its own. */
export function hasUnsignedFigure(text: string): boolean {
  for (const m of text.matchAll(FIGURE_RE)) {
    if (!m[1] && !YEAR_RE.test(m[2] ?? '')) return true;
  }
  return false;
}

/** How many runs of red text on the page hold a figure without a sign of its own. */
export function redUnsignedFigures(
  fnArray: ArrayLike<number>,
  argsArray: ArrayLike<unknown>,
  OPS: RedFigureOps,
): number {
  const shows = new Set([
    OPS.showText,
    OPS.showSpacedText,
    OPS.nextLineShowText,
    OPS.nextLineSetSpacingShowText,
  ]);
  let fill = '#000000';
  let red = false;
  const stack: string[] = [];
  let annotations = 0;
  let count = 0;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i] as number;
    if (fn === OPS.beginAnnotation) annotations++;
    else if (fn === OPS.endAnnotation) annotations = Math.max(0, annotations - 1);
    if (annotations > 0) continue;
    if (fn === OPS.save) stack.push(fill);
    else if (fn === OPS.restore) {
      fill = stack.pop() ?? fill;
      red = isRed(fill);
    } else if (fn === OPS.setFillRGBColor) {
      const arg = ((argsArray[i] ?? []) as unknown[])[0];
      fill = typeof arg === 'string' ? arg : '#000000';
      red = isRed(fill);
    } else if (red && shows.has(fn)) {
      const glyphs = (((argsArray[i] ?? []) as unknown[])[0] ?? []) as unknown[];
      let text = '';
      for (const glyph of glyphs) {
        if (glyph && typeof glyph === 'object') text += (glyph as { unicode?: string }).unicode ?? '';
      }
      if (hasUnsignedFigure(text)) count++;
    }
  }
  return count;
}
