import { describe, expect, it } from 'vitest';
import { binarize, estimateSkew, flattenBackground, type GreyImage } from '../../parsers/ocr/preprocess.ts';

// A synthetic "photograph": a page whose paper darkens from left to right, lying on a dark desk,
// with short dark strokes in rows (text) that slant by a known angle.
function photographedPage(degrees: number, opts: { desk: boolean; dim: number }): GreyImage {
  const width = 900;
  const height = 700;
  const pixels = new Uint8Array(width * height);
  const slope = Math.tan((degrees * Math.PI) / 180);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const onDesk = opts.desk && (x < 60 || x > 840 || y < 100 || y > 650);
      // Paper 235 at the left edge, `dim` times that at the right.
      const paper = 235 * (1 - (1 - opts.dim) * (x / width));
      pixels[y * width + x] = onDesk ? 105 : Math.round(paper);
    }
  }
  // Rows of strokes 6 px high every 40 px, words of 30 px with 12 px gaps, slanted by the angle;
  // ink at a fifth of the local paper level, as a photo's black is grey where the light is weak.
  for (let row = 150; row < 620; row += 40) {
    for (let x0 = 90; x0 < 810; x0 += 42) {
      for (let x = x0; x < x0 + 30; x++) {
        const yy = Math.round(row + x * slope);
        for (let y = yy; y < yy + 6; y++) {
          const p = y * width + x;
          pixels[p] = Math.round((pixels[p] as number) * 0.25);
        }
      }
    }
  }
  return { pixels, width, height };
}

function inkShare(image: GreyImage, x0: number, y0: number, x1: number, y1: number): number {
  let n = 0;
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++) if ((image.pixels[y * image.width + x] as number) < 128) n++;
  return n / ((x1 - x0) * (y1 - y0));
}

describe('flattenBackground', () => {
  it('makes a dark desk and a dim side of the page paper, so the threshold cuts ink from paper', () => {
    const image = photographedPage(0, { desk: true, dim: 0.55 });
    expect(flattenBackground(image, 300)).toBe(true);
    binarize(image);
    // The desk away from the page's edge and the blank strip between the rows on the dim side are
    // paper now …
    expect(inkShare(image, 0, 0, 900, 15)).toBeLessThan(0.05);
    expect(inkShare(image, 700, 160, 830, 185)).toBe(0);
    // … and the strokes on the dim side are still ink.
    expect(inkShare(image, 762, 150, 792, 156)).toBeGreaterThan(0.9);
  });

  it('without it, the same page loses its dim side to ink (the case it exists for)', () => {
    const image = photographedPage(0, { desk: true, dim: 0.55 });
    binarize(image);
    expect(inkShare(image, 0, 0, 900, 15)).toBeGreaterThan(0.5);
  });

  it('lets the skew be found on a photographed page', () => {
    const image = photographedPage(2.2, { desk: true, dim: 0.6 });
    flattenBackground(image, 300);
    binarize(image);
    expect((estimateSkew(image) * 180) / Math.PI).toBeCloseTo(2.2, 0);
  });

  it('leaves an evenly lit page as it is', () => {
    const image = photographedPage(0, { desk: false, dim: 0.95 });
    const before = new Uint8Array(image.pixels);
    expect(flattenBackground(image, 300)).toBe(false);
    expect(Buffer.compare(Buffer.from(image.pixels), Buffer.from(before))).toBe(0);
  });
});

describe('estimateSkew beyond 3°', () => {
  it('follows a page lying 4.3° off past the first ±3° search', () => {
    const image = photographedPage(-4.3, { desk: false, dim: 1 });
    binarize(image);
    expect((estimateSkew(image) * 180) / Math.PI).toBeCloseTo(-4.3, 0);
  });
});
