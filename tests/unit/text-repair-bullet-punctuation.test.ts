/**
 * Punctuation and symbols whose glyph is a blob at mid height in some fonts stay what the text layer
 * says: only a glyph named '"' or a letter (as Ghostscript names a lost bullet) may be read as a bullet.
 * The boxes are Liberation Sans Regular's and Bold's and Noto Sans Mono's, in em units.
 */
import { describe, expect, it } from 'vitest';
import { applyGlyphRepairs, dashGlyphRepairs, isBulletShape } from '../../parsers/pdf/text-repair.ts';

const OPS = { setFont: 1, showText: 2, beginAnnotation: 3, endAnnotation: 4 };
type Box = { xMin: number; yMin: number; xMax: number; yMax: number; contours: number };
const REGULAR: Record<string, Box> = {
  '"': { xMin: 0.042, yMin: 0.472, xMax: 0.313, yMax: 0.688, contours: 2 },
  '*': { xMin: 0.016, yMin: 0.337, xMax: 0.374, yMax: 0.688, contours: 1 },
  '^': { xMin: 0.005, yMin: 0.329, xMax: 0.464, yMax: 0.688, contours: 1 },
  '×': { xMin: 0.069, yMin: 0.11, xMax: 0.515, yMax: 0.556, contours: 1 },
  '÷': { xMin: 0.032, yMin: 0.109, xMax: 0.518, yMax: 0.557, contours: 3 },
};
const BOLD: Record<string, Box> = { '=': { xMin: 0.042, yMin: 0.142, xMax: 0.543, yMax: 0.52, contours: 2 } };
const MONO: Record<string, Box> = {
  '+': { xMin: 0.08, yMin: 0.121, xMax: 0.52, yMax: 0.585, contours: 1 },
  '<': { xMin: 0.09, yMin: 0.116, xMax: 0.51, yMax: 0.608, contours: -1 },
  '>': { xMin: 0.09, yMin: 0.116, xMax: 0.51, yMax: 0.608, contours: 1 },
};
const FONTS: Record<string, Record<string, Box>> = { R: REGULAR, B: BOLD, M: MONO };

/** Each line drawn in its font (fontChar = the character) and the text content's items of the same lines. */
function page(lines: Array<[string, string]>) {
  const fnArray: number[] = [];
  const argsArray: unknown[] = [];
  for (const [font, text] of lines) {
    fnArray.push(OPS.setFont, OPS.showText);
    argsArray.push([font, 10], [[...text].map((char) => ({ unicode: char, fontChar: char, width: 556 }))]);
  }
  const boxOf = (font: string, fontChar: string) => FONTS[font]?.[fontChar];
  const repairs = dashGlyphRepairs(fnArray, argsArray, OPS, boxOf);
  const items = lines.map(([font, str]) => ({ str, fontName: font }));
  return applyGlyphRepairs(items, repairs).map((item) => (item as { str: string }).str);
}

describe('punctuation drawn as a blob at mid height is not a bullet', () => {
  it('keeps quotes, asterisks, equals and times signs of a Region Gotland paper', () => {
    const lines: Array<[string, string]> = [
      ['R', 'Projektet "Nära vård" på Gotland'],
      ['R', 'Samordnad bemanning*'],
      ['R', 'Minskade kostnader för inhyrd personal 0,8*'],
      ['B', 'Effekt 2028 = 3,8 mkr'],
      ['R', 'Tre tjänster: 3 × 0,6 mkr; 1,8 ÷ 3 per år; 2^3'],
      ['M', 'Kod 1+2 <3 >0'],
      ['R', '* Beräknat på helårseffekt'],
    ];
    expect(page(lines)).toEqual(lines.map(([, text]) => text));
  });

  it('no Liberation or Noto mark of these is a bullet shape, while their bullets are', () => {
    for (const box of [...Object.values(REGULAR), ...Object.values(BOLD), ...Object.values(MONO)])
      expect(isBulletShape(box)).toBe(false);
    expect(isBulletShape({ xMin: 0.04, yMin: 0.196, xMax: 0.311, yMax: 0.467 })).toBe(true); // •
    expect(isBulletShape({ xMin: 0.056, yMin: 0.19, xMax: 0.298, yMax: 0.432 })).toBe(true); // ◦
  });
});
