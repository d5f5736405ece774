import { describe, expect, it } from 'vitest';
import { type GreyImage, removeIsolatedSpecks } from '../../parsers/ocr/preprocess.ts';

function blank(width: number, height: number): GreyImage {
  return { pixels: new Uint8Array(width * height).fill(255), width, height };
}
function fill(image: GreyImage, x0: number, y0: number, x1: number, y1: number): void {
  for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) image.pixels[y * image.width + x] = 0;
}
function inkIn(image: GreyImage, x0: number, y0: number, x1: number, y1: number): number {
  let n = 0;
  for (let y = y0; y <= y1; y++)
    for (let x = x0; x <= x1; x++) if (image.pixels[y * image.width + x] === 0) n++;
  return n;
}

describe('removeIsolatedSpecks (dust on a 300-dpi rendering)', () => {
  it('removes a round speck far from text, keeps a comma beside a digit and a lone dash', () => {
    const img = blank(400, 200);
    fill(img, 20, 20, 35, 60); // a digit's stroke
    fill(img, 39, 55, 43, 61); // the decimal comma right after it (5×7, as large as the speck below)
    fill(img, 300, 150, 305, 155); // dust in the margin, 6×6
    fill(img, 200, 40, 214, 42); // a hyphen alone in an empty table cell: flat, not dust
    expect(removeIsolatedSpecks(img, 300)).toBe(1);
    expect(inkIn(img, 300, 150, 305, 155)).toBe(0);
    expect(inkIn(img, 39, 55, 43, 61)).toBe(35);
    expect(inkIn(img, 200, 40, 214, 42)).toBe(45);
  });

  it('removes a cluster of specks together, and leaves a blob too large to be dust', () => {
    const img = blank(400, 200);
    fill(img, 100, 100, 103, 103);
    fill(img, 108, 102, 111, 105); // two specks near each other, nothing else near
    fill(img, 250, 50, 262, 62); // a filled bullet, 13×13: larger than dust
    expect(removeIsolatedSpecks(img, 300)).toBe(2);
    expect(inkIn(img, 95, 95, 115, 110)).toBe(0);
    expect(inkIn(img, 250, 50, 262, 62)).toBe(169);
  });
});
