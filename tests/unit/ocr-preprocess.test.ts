import { describe, expect, it } from 'vitest';
import {
  binarize,
  type GreyImage,
  otsuThreshold,
  removeRulingLines,
  removeSmallComponents,
  rgbaToGrey,
  toPgm,
} from '../../parsers/ocr/preprocess.ts';

function blank(width: number, height: number): GreyImage {
  return { pixels: new Uint8Array(width * height).fill(255), width, height };
}
function fill(image: GreyImage, x0: number, y0: number, x1: number, y1: number, value = 0): void {
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) image.pixels[y * image.width + x] = value;
}
function inkIn(image: GreyImage, x0: number, y0: number, x1: number, y1: number): number {
  let n = 0;
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++) if ((image.pixels[y * image.width + x] as number) < 128) n++;
  return n;
}

describe('removeRulingLines', () => {
  it('clears table borders, keeps glyph-sized ink', () => {
    const image = blank(600, 400);
    fill(image, 20, 50, 580, 52); // horizontal rule
    fill(image, 300, 20, 302, 380); // vertical rule
    fill(image, 100, 100, 130, 140); // a glyph-sized blot (30 × 40 px)
    fill(image, 320, 100, 360, 103); // an em dash
    removeRulingLines(image, 300);
    expect(inkIn(image, 0, 45, 600, 57)).toBe(0);
    expect(inkIn(image, 295, 0, 307, 400)).toBe(0);
    expect(inkIn(image, 100, 100, 130, 140)).toBe(30 * 40);
    expect(inkIn(image, 320, 100, 360, 103)).toBe(40 * 3);
  });

  it('follows a slightly slanted rule (a skewed scan)', () => {
    const image = blank(800, 100);
    // 1° slope: one pixel down every ~57 pixels, 2 pixels thick.
    for (let x = 10; x < 790; x++) {
      const y = 40 + Math.floor((x - 10) / 57);
      fill(image, x, y, x + 1, y + 2);
    }
    removeRulingLines(image, 300);
    expect(inkIn(image, 0, 0, 800, 100)).toBe(0);
  });
});

describe('binarize and removeSmallComponents', () => {
  it('cuts ink from paper at Otsu’s threshold', () => {
    const image = blank(100, 100);
    for (let i = 0; i < image.pixels.length; i++) image.pixels[i] = i % 5 === 0 ? 40 : 230;
    const threshold = otsuThreshold(image);
    expect(threshold).toBeGreaterThanOrEqual(40);
    expect(threshold).toBeLessThan(230);
    binarize(image, threshold);
    expect(new Set(image.pixels)).toEqual(new Set([0, 255]));
  });

  it('removes specks but keeps a decimal comma-sized mark', () => {
    const image = blank(100, 100);
    fill(image, 10, 10, 11, 11); // salt
    fill(image, 30, 30, 32, 32); // 2 × 2 speck
    fill(image, 60, 60, 64, 66); // a comma at 9 pt, 300 dpi: ~4 × 6 px
    expect(removeSmallComponents(image, 8)).toBe(2);
    expect(inkIn(image, 0, 0, 50, 50)).toBe(0);
    expect(inkIn(image, 60, 60, 64, 66)).toBe(24);
  });

  it('with the resolution, also removes flat leftovers of rules but keeps an em dash', () => {
    const image = blank(300, 100);
    fill(image, 20, 20, 90, 22); // rule end: 70 × 2 px
    fill(image, 150, 50, 192, 54); // em dash at 10 pt: 42 × 4 px
    fill(image, 220, 40, 232, 80); // a digit-sized blot
    expect(removeSmallComponents(image, 8, 300)).toBe(1);
    expect(inkIn(image, 0, 0, 100, 40)).toBe(0);
    expect(inkIn(image, 150, 50, 192, 54)).toBe(42 * 4);
    expect(inkIn(image, 220, 40, 232, 80)).toBe(12 * 40);
  });

  it('removes the dashes a thin rule broke into, not a row of dash cells amid their text', () => {
    const image = blank(1200, 200);
    // A rule between text lines at y 20, broken into 40 px pieces 60 px apart (a 200 dpi scan).
    for (let x = 100; x < 1100; x += 100) fill(image, x, 20, x + 40, 22);
    // A table row at y 100: digits 30 px tall crossing its dashes' row, between them six em
    // dashes (together as long as the rule's pieces: only the glyphs around them tell them apart).
    for (let x = 100; x < 1100; x += 60) fill(image, x, 85, x + 12, 115);
    for (let k = 1; k <= 11; k += 2) fill(image, 114 + 60 * k, 99, 156 + 60 * k, 102);
    const pieces = inkIn(image, 0, 0, 1200, 40);
    expect(pieces).toBe(10 * 40 * 2);
    removeSmallComponents(image, 8, 300);
    expect(inkIn(image, 0, 0, 1200, 40)).toBe(0);
    expect(inkIn(image, 0, 99, 1200, 102)).toBe(6 * 42 * 3 + 17 * 12 * 3);
    // Without the resolution nothing but specks goes.
    const again = blank(1200, 60);
    for (let x = 100; x < 1100; x += 100) fill(again, x, 20, x + 40, 22);
    removeSmallComponents(again, 8);
    expect(inkIn(again, 0, 0, 1200, 40)).toBe(10 * 40 * 2);
  });

  it('turns RGBA into grey (transparent is paper) and writes a PGM', () => {
    const rgba = new Uint8ClampedArray([0, 0, 0, 255, 255, 255, 255, 255, 0, 0, 0, 0]);
    const grey = rgbaToGrey(rgba, 3, 1);
    expect([...grey.pixels]).toEqual([0, 255, 255]);
    const pgm = toPgm(grey);
    expect(pgm.subarray(0, 11).toString('ascii')).toBe('P5\n3 1\n255\n');
    expect([...pgm.subarray(11)]).toEqual([0, 255, 255]);
  });
});
