/**
 * A rewrite that keeps only the first letter of a ligature's ToUnicode ("ﬁ" read as "f"), and one that
 * names a list bullet by a quote mark or a letter: told from the drawn glyphs' widths and outlines.
 */
import { describe, expect, it } from 'vitest';
import {
  applyGlyphRepairs,
  dashGlyphRepairs,
  isBulletShape,
  ligatureGlyphRepairs,
  type PlainLetters,
} from '../../parsers/pdf/text-repair.ts';

const OPS = { setFont: 1, showText: 2, beginAnnotation: 3, endAnnotation: 4 };
const glyph = (unicode: string, fontChar: string, width: number) => ({ unicode, fontChar, width });
const texts = (items: unknown[]) => items.map((item) => (item as { str: string }).str);

describe('ligatures the text layer calls "f"', () => {
  // A serif font: f 320, i 270, l 290 (i and l of their own widths); ligatures kerned a little tighter.
  const f = glyph('f', 'a', 320);
  const i = glyph('i', 'b', 270);
  const l = glyph('l', 'c', 290);
  const o = glyph('o', 'd', 500);
  const ff = glyph('f', 'e', 630);
  const fi = glyph('f', 'g', 585);
  const fl = glyph('f', 'h', 605);
  const ffi = glyph('f', 'k', 900);

  it('reads each wide "f" as the letters whose widths it has', () => {
    const fnArray = [OPS.setFont, OPS.showText, OPS.showText];
    const argsArray = [['T1', 10], [[o, f, ff, o, -120, fi, o]], [[fl, o, ffi, l, i]]];
    const repairs = ligatureGlyphRepairs(fnArray, argsArray, OPS, () => undefined);
    expect(repairs.get('T1\u0000f')).toEqual([null, 'ff', 'fi', 'fl', 'ffi']);
    const items = [
      { str: 'off of', fontName: 'T1' },
      { str: 'fo fli', fontName: 'T1' },
    ];
    expect(texts(applyGlyphRepairs(items, repairs))).toEqual(['offf ofi', 'flo ffili']);
  });

  it('leaves a font alone when no "f" is wider than its plain one, and other fonts always', () => {
    const plain = ligatureGlyphRepairs(
      [OPS.setFont, OPS.showText],
      [['T1', 10], [[f, i, f, l]]],
      OPS,
      () => undefined,
    );
    expect(plain.size).toBe(0);
    // A wide "f" matching no sum of letters (an alternate glyph) is left as it is.
    const odd = glyph('f', 'x', 780);
    const repairs = ligatureGlyphRepairs(
      [OPS.setFont, OPS.showText],
      [['T1', 10], [[f, i, l, odd]]],
      OPS,
      () => undefined,
    );
    expect(repairs.size).toBe(0);
  });

  it("remembers a font's plain letters from an earlier page", () => {
    const letters = new Map<string, PlainLetters>();
    ligatureGlyphRepairs(
      [OPS.setFont, OPS.showText],
      [['T1', 10], [[f, i, l]]],
      OPS,
      () => undefined,
      letters,
    );
    const later = ligatureGlyphRepairs(
      [OPS.setFont, OPS.showText],
      [['T1', 10], [[fi, o]]],
      OPS,
      () => undefined,
      letters,
    );
    expect(later.get('T1\u0000f')).toEqual(['fi']);
    const alone = ligatureGlyphRepairs(
      [OPS.setFont, OPS.showText],
      [['T1', 10], [[fi, o]]],
      OPS,
      () => undefined,
    );
    expect(alone.size).toBe(0);
  });

  describe('where i and l are equally wide', () => {
    // A sans font: f 350, i = l = 280; "fi" and "fl" both 630, "ff" 680 (tighter than 700).
    const sf = glyph('f', 'a', 350);
    const si = glyph('i', 'b', 280);
    const sl = glyph('l', 'c', 280);
    const lig1 = glyph('f', 'g', 630);
    const lig2 = glyph('f', 'h', 630);
    const sff = glyph('f', 'e', 680);
    const vowel = glyph('a', 'v', 550);
    const consonant = glyph('n', 'w', 600);
    const fnArray = [OPS.setFont, OPS.showText];

    it('takes the letter after it: a vowel follows "fl", a consonant or the end "fi"', () => {
      const args = [['S1', 10], [[sf, si, sl, lig1, consonant, lig2, vowel, sff, vowel, lig1]]];
      const repairs = ligatureGlyphRepairs(fnArray, args, OPS, () => undefined);
      expect(repairs.get('S1\u0000f')).toEqual([null, 'fi', 'fl', 'ff', 'fi']);
    });

    it('takes the outline when it tells: f and i drawn apart with the dot are "fi" even before a vowel', () => {
      const box = (xMax: number, contours: number) => ({ xMin: 0.02, yMin: 0, xMax, yMax: 0.76, contours });
      const boxes: Record<string, ReturnType<typeof box>> = {
        a: box(0.37, 1), // f overhangs its advance
        b: box(0.18, 2), // i: stem and dot
        c: box(0.18, 1),
        g: box(0.53, 3), // f, i stem and dot drawn apart
        h: box(0.53, 1), // one merged contour: a dotless serif "fi" or an "fl"; beside the "fi" above, "fl"
        e: box(0.7, 1), // ends as an f does: past its advance
      };
      const boxOf = (_font: string, fontChar: string) => boxes[fontChar];
      const args = [['S1', 10], [[sf, si, sl, lig1, vowel, lig1, consonant, lig2, vowel, sff, vowel]]];
      const repairs = ligatureGlyphRepairs(fnArray, args, OPS, boxOf);
      expect(repairs.get('S1\u0000f')).toEqual([null, 'fi', 'fi', 'fl', 'ff']);
    });
  });
});

describe('bullets the text layer names by a quote mark or a letter', () => {
  const dot = { xMin: 0.15, yMin: 0.23, xMax: 0.44, yMax: 0.52, contours: 1 };
  const ring = { ...dot, contours: 2 };
  const quote = { xMin: 0.1, yMin: 0.5, xMax: 0.3, yMax: 0.73, contours: 2 };
  const boxes: Record<string, typeof dot> = { p: dot, q: ring, r: quote };
  const boxOf = (_font: string, fontChar: string) => boxes[fontChar];

  it('reads a round blob at mid height as "•", a ring as "◦", wherever the glyph is named otherwise', () => {
    const fnArray = [OPS.setFont, OPS.showText, OPS.showText, OPS.showText];
    const argsArray = [
      ['B1', 10],
      [[glyph('"', 'p', 590), glyph('A', 'z', 600)]],
      [[glyph('ç', 'q', 590), glyph('B', 'y', 600)]],
      [[glyph('"', 'r', 400)]],
    ];
    const repairs = dashGlyphRepairs(fnArray, argsArray, OPS, boxOf);
    const items = [
      { str: '" Arbete', fontName: 'B1' },
      { str: 'ç Bemanning', fontName: 'B1' },
      { str: 'ett "citat"', fontName: 'B1' },
    ];
    // The quote's two occurrences in the last item are not in the drawn glyphs: '"' does not line up
    // and stays as it is; "ç" does.
    expect(texts(applyGlyphRepairs(items, repairs))).toEqual(['" Arbete', '◦ Bemanning', 'ett "citat"']);
    const aligned = [
      { str: '" Arbete', fontName: 'B1' },
      { str: 'ç Bemanning', fontName: 'B1' },
      { str: '"', fontName: 'B1' },
    ];
    expect(texts(applyGlyphRepairs(aligned, repairs))).toEqual(['• Arbete', '◦ Bemanning', '"']);
  });

  it('no letter, figure, quote or middle dot is a bullet shape', () => {
    expect(isBulletShape({ xMin: 0.05, yMin: -0.01, xMax: 0.56, yMax: 0.56 })).toBe(false); // o
    expect(isBulletShape(quote)).toBe(false);
    expect(isBulletShape({ xMin: 0.1, yMin: 0.45, xMax: 0.35, yMax: 0.76 })).toBe(false); // degree sign
    expect(isBulletShape({ xMin: 0.1, yMin: 0.25, xMax: 0.2, yMax: 0.35 })).toBe(false); // middle dot
    expect(isBulletShape({ xMin: 0.05, yMin: 0.2, xMax: 0.5, yMax: 0.3 })).toBe(false); // dash
    expect(isBulletShape(dot)).toBe(true);
  });
});
