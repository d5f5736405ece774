/**
 * Second readings of figures on scanned pages (no tesseract needed: readings are given as the two
 * engines would give them). Tesseract's LSTM drops decimal commas in table rows ("13,22" → "1322")
 * and misreads digits at high confidence ("7,4" → "1,4"); the legacy engine's reading of the cut-out
 * word settles the separators and flags conflicting digits. Also cutting a word out of the page.
 */
import { describe, expect, it } from 'vitest';
import type { OcrLine, OcrWord } from '../../parsers/ocr/baselines.ts';
import type { GreyImage } from '../../parsers/ocr/preprocess.ts';
import {
  applySecondReadings,
  CONFLICT_CONFIDENCE,
  cropWord,
  figureWords,
  isFigureWord,
  reconcileReadings,
} from '../../parsers/ocr/second-reading.ts';

const r = (text: string, confidence: number) => ({ text, confidence });

describe('reconcileReadings', () => {
  it('puts back a decimal comma the first reading dropped, and a comma read as a point', () => {
    expect(reconcileReadings(r('1322', 75), r('13,22', 89))).toEqual(r('13,22', 75));
    expect(reconcileReadings(r('11.3', 89), r('11,3', 93))).toEqual(r('11,3', 89));
    // The italic comma of a sub-row comes back spaced by the legacy engine.
    expect(reconcileReadings(r('308', 90), r('3, 08', 92))).toEqual(r('3,08', 90));
  });

  it("keeps the first reading's sign, brackets and trailing marks", () => {
    expect(reconcileReadings(r('-304', 91), r('30,4', 92))).toEqual(r('-30,4', 91));
    expect(reconcileReadings(r('−0,4', 91), r('0,4', 92))).toEqual(r('−0,4', 91));
    expect(reconcileReadings(r('(12)', 90), r('1,2', 92))).toEqual(r('(1,2)', 90));
    expect(reconcileReadings(r('170.', 96), r('170', 91))).toEqual(r('170.', 96));
    // A comma the first reading has stays a comma when the second reads a point there.
    expect(reconcileReadings(r('(0,4)', 90), r('0.4', 92))).toEqual(r('(0,4)', 90));
    expect(reconcileReadings(r('12,791', 90), r('12.791', 92))).toEqual(r('12,791', 90));
  });

  it('flags different digits under the trust threshold, keeping the well-formed reading', () => {
    // Both well-formed: the more confident one, flagged.
    expect(reconcileReadings(r('1,4', 82), r('7,4', 91))).toEqual(r('7,4', CONFLICT_CONFIDENCE));
    expect(reconcileReadings(r('7,4', 95), r('1,4', 70))).toEqual(r('7,4', CONFLICT_CONFIDENCE));
    // The first is no figure at all.
    expect(reconcileReadings(r('T,.1', 27), r('7,7', 92))).toEqual(r('7,7', 27));
    expect(reconcileReadings(r('4.', 37), r('1', 87))).toEqual(r('1', 37));
    const conflict = reconcileReadings(r('5,2', 96), r('8,2', 95));
    expect(conflict.confidence).toBeLessThan(80);
  });

  it('leaves the first reading when the second has no opinion', () => {
    expect(reconcileReadings(r('1', 62), r('2', 16))).toEqual(r('1', 62));
    expect(reconcileReadings(r('8', 80), r('.', 89))).toEqual(r('8', 80));
    expect(reconcileReadings(r('12,5', 90), undefined)).toEqual(r('12,5', 90));
    expect(reconcileReadings(r('12,5', 90), r('12,5', 70))).toEqual(r('12,5', 90));
    // Separators that make no figure ("2.1.5") are not taken.
    expect(reconcileReadings(r('215', 90), r('2.1.5', 90))).toEqual(r('215', 90));
  });
});

describe('figure words', () => {
  it('are figures and figure-like misreads, not dates, years ranges or words', () => {
    for (const text of ['1322', '7,7', 'T,.1', '-30,4', '(1,2)', '12.791', '1O,5'])
      expect(isFigureWord(text), text).toBe(true);
    for (const text of ['2025-07-13', 'Klar', 'mkr', '-', 'BT', '§'])
      expect(isFigureWord(text), text).toBe(false);
  });

  it('get their reconciled text on the lines; other words and lines stay the same objects', () => {
    const word = (text: string, confidence: number): OcrWord => ({
      text,
      confidence,
      bbox: { x0: 0, y0: 0, x1: 10, y1: 10 },
    });
    const title = word('Sjukresor', 95);
    const figure = word('1322', 75);
    const lines: OcrLine[] = [
      { words: [title, figure], bbox: { x0: 0, y0: 0, x1: 10, y1: 10 } },
      { words: [word('Summa', 96)], bbox: { x0: 0, y0: 0, x1: 10, y1: 10 } },
    ];
    expect(figureWords(lines)).toEqual([figure]);
    const settled = applySecondReadings(lines, new Map([[figure, r('13,22', 89)]]));
    expect(settled[0]?.words.map((w) => w.text)).toEqual(['Sjukresor', '13,22']);
    expect(settled[0]?.words[0]).toBe(title);
    expect(settled[1]).toBe(lines[1]);
  });
});

describe('a column of row numbers', () => {
  const at = (text: string, x0: number, y0: number): OcrWord => ({
    text,
    confidence: 90,
    bbox: { x0, y0, x1: x0 + 18, y1: y0 + 26 },
  });
  const row = (label: string, y: number): OcrLine => ({
    words: [at(label, 284, y), at('Sjukresor', 362, y)],
    bbox: { x0: 284, y0: y, x1: 600, y1: y + 26 },
  });

  it('sends a lone letter standing among row numbers to the second reader', () => {
    const lines = [row('1', 100), row('2', 200), row('A', 300), row('5', 400)];
    expect(figureWords(lines).map((w) => w.text)).toEqual(['1', '2', 'A', '5']);
    // "A" read as "4" by the second reader: a conflict, taken and flagged.
    const settled = applySecondReadings(lines, new Map([[lines[2]?.words[0] as OcrWord, r('4', 90)]]));
    expect(settled[2]?.words[0]).toMatchObject({ text: '4', confidence: CONFLICT_CONFIDENCE });
  });

  it('leaves a lettered list, and a letter away from the numbers, alone', () => {
    expect(figureWords([row('A', 100), row('B', 200), row('O', 300)])).toEqual([]);
    const lines = [row('1', 100), row('2', 200), { ...row('A', 300), words: [at('A', 400, 300)] }];
    expect(figureWords(lines).map((w) => w.text)).toEqual(['1', '2']);
  });
});

describe('cropWord', () => {
  it('cuts the box with a margin out of the page and frames it in white', () => {
    const width = 6;
    const height = 4;
    const pixels = new Uint8Array(width * height).fill(255);
    pixels[1 * width + 2] = 0;
    pixels[2 * width + 3] = 0;
    const image: GreyImage = { pixels, width, height };
    const pgm = cropWord(image, { x0: 2, y0: 1, x1: 4, y1: 3 }, 0, 1);
    const header = 'P5\n4 4\n255\n';
    expect(pgm.subarray(0, header.length).toString('ascii')).toBe(header);
    const body = [...pgm.subarray(header.length)];
    expect(body).toEqual([255, 255, 255, 255, 255, 0, 255, 255, 255, 255, 0, 255, 255, 255, 255, 255]);
    // A margin past the page's edge is clipped, not wrapped.
    const edge = cropWord(image, { x0: 0, y0: 0, x1: 1, y1: 1 }, 3, 0);
    expect(edge.subarray(0, 11).toString('ascii')).toBe('P5\n4 4\n255\n');
  });
});
