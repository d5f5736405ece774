/**
 * A tesseract line whose box reaches over a row of text it did not read (a narrow header cell, "2031"
 * over "(tkr)", recognized as the "(tkr)" words only, one glyph's box stretched up over the year): the
 * band above the words' glyphs is found for a second reading, shifted back to page coordinates after.
 * A line whose glyphs fill its box, or whose band another line's words occupy, gives none. Geometry made
 * up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { type OcrLine, type OcrWord, shiftLine, unreadBands } from '../../parsers/ocr/baselines.ts';

const box = (x0: number, y0: number, x1: number, y1: number) => ({ x0, y0, x1, y1 });
/** A word of glyphs 20 wide between y0 and y1, the `stretched`-th glyph's box reaching up to `top`. */
const word = (text: string, x: number, y0: number, y1: number, stretched = -1, top = y0): OcrWord => ({
  text,
  confidence: 93,
  bbox: box(x, stretched >= 0 ? top : y0, x + 20 * text.length, y1),
  symbols: [...text].map((ch, i) => ({
    text: ch,
    bbox: box(x + 20 * i, i === stretched ? top : y0, x + 20 * i + 18, y1),
  })),
});
const line = (words: OcrWord[]): OcrLine => ({
  words,
  bbox: box(
    Math.min(...words.map((w) => w.bbox.x0)),
    Math.min(...words.map((w) => w.bbox.y0)),
    Math.max(...words.map((w) => w.bbox.x1)),
    Math.max(...words.map((w) => w.bbox.y1)),
  ),
});

describe('bands of a tesseract line that its words do not cover', () => {
  it('finds the band over the glyphs when one glyph stretched the box up over an unread row', () => {
    const units = line([word('(tkr)', 1500, 640, 680, 2, 600), word('(tkr)', 1700, 640, 680)]);
    const bands = unreadBands([units]);
    expect(bands).toHaveLength(1);
    expect(bands[0]?.above).toBe(true);
    expect(bands[0]?.band.y1).toBeLessThan(640);
    expect(bands[0]?.band.y0).toBeLessThanOrEqual(600);
  });

  it('finds none where the glyphs fill the line, or another line holds the band', () => {
    expect(unreadBands([line([word('Tandvård', 300, 640, 680)])])).toEqual([]);
    // Marks over a capital lift one glyph's box a little, never a row's height.
    expect(unreadBands([line([word('Ändrad', 300, 640, 680, 0, 628), word('tid', 440, 640, 680)])])).toEqual(
      [],
    );
    const units = line([word('(tkr)', 1500, 640, 680, 2, 600)]);
    const years = line([word('2031', 1500, 598, 632)]);
    expect(unreadBands([years, units])).toEqual([]);
  });

  it('shifts a line read from a crop back onto the page', () => {
    const read = line([word('2031', 10, 5, 40)]);
    const shifted = shiftLine(read, 1490, 590);
    expect(shifted.bbox).toEqual(box(1500, 595, 1580, 630));
    expect(shifted.words[0]?.symbols?.[0]?.bbox).toEqual(box(1500, 595, 1518, 630));
  });
});
