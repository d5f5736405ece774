import type Tesseract from 'tesseract.js';
import { describe, expect, it } from 'vitest';
import { ocrPageFromTesseract } from '../../parsers/ocr/tesseract.ts';

type Box = { x0: number; y0: number; x1: number; y1: number };
function word(text: string, confidence: number, bbox: Box) {
  return { text, confidence, bbox, symbols: [], choices: [], font_name: '' };
}
/** A tesseract line at 300 dpi (scale 300/72) with its baseline at `base` and a 44 px font. */
function line(base: number, words: ReturnType<typeof word>[]) {
  return {
    words,
    text: words.map((w) => w.text).join(' '),
    confidence: 90,
    baseline: { x0: 0, y0: base, x1: 2400, y1: base },
    rowAttributes: { rowHeight: 44, ascenders: 9, descenders: 9 },
    bbox: { x0: words[0]?.bbox.x0 ?? 0, y0: base - 40, x1: words.at(-1)?.bbox.x1 ?? 0, y1: base + 10 },
  };
}
function result(lines: ReturnType<typeof line>[]): Tesseract.Page {
  return { blocks: [{ paragraphs: [{ lines }] }] } as unknown as Tesseract.Page;
}

const scale = 300 / 72;

describe('ocrPageFromTesseract', () => {
  const page = ocrPageFromTesseract(
    result([
      line(400, [
        word('Sjukresor', 96, { x0: 290, y0: 368, x1: 520, y1: 410 }),
        word('3,5', 95, { x0: 1650, y0: 368, x1: 1715, y1: 400 }),
        word('8,9]', 61, { x0: 1880, y0: 368, x1: 1955, y1: 400 }),
        word('|', 40, { x0: 1990, y0: 360, x1: 1996, y1: 410 }),
      ]),
      // A bullet read as "2": small, square, floating above the baseline.
      line(500, [
        word('2', 22, { x0: 349, y0: 477, x1: 362, y1: 490 }),
        word('Arbeta', 80, { x0: 400, y0: 468, x1: 540, y1: 500 }),
      ]),
      // A real list number sits on the baseline at digit height.
      line(600, [
        word('2.', 93, { x0: 300, y0: 568, x1: 330, y1: 600 }),
        word('Minska', 95, { x0: 360, y0: 568, x1: 500, y1: 600 }),
      ]),
    ]),
    { number: 4, width: 595.28, height: 841.89, scale },
  );

  it('gives an OCR page in points with confidences 0..1', () => {
    expect(page).toMatchObject({ number: 4, source: 'ocr', width: 595.28, tables: [] });
    const first = page.items[0];
    expect(first?.text).toBe('Sjukresor');
    expect(first?.x).toBeCloseTo(290 / scale, 5);
    expect(first?.confidence).toBeCloseTo(0.96, 5);
    expect(first?.spaceAfter).toBe(true);
  });

  it('keeps table cells as segments, drops rule glyphs, keeps the low confidence of "8,9]"', () => {
    const row = page.lines[0];
    expect(row?.segments.map((s) => s.text)).toEqual(['Sjukresor', '3,5', '8,9']);
    expect(row?.confidence).toBeCloseTo(0.61, 5);
    expect(page.items.some((item) => item.text === '|')).toBe(false);
  });

  it('reads a floating bullet as a bullet, and a list number as a number', () => {
    expect(page.lines[1]?.text).toBe('• Arbeta');
    expect(page.lines[2]?.text).toBe('2. Minska');
  });

  it('estimates the font size from cap height, the same on every line', () => {
    const sizes = new Set(page.lines.map((l) => l.fontSize));
    expect(sizes.size).toBe(1);
    const [size] = [...sizes];
    expect(size).toBeGreaterThan(9);
    expect(size).toBeLessThan(13);
  });
});
