import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import type { OcrLine } from '../../parsers/ocr/baselines.ts';
import { readableLetters, turnedReadsBetter } from '../../parsers/ocr/orientation.ts';
import {
  binarize,
  type GreyImage,
  isSideways,
  isUpsideDown,
  rgbaToGrey,
  rotateQuarter,
  uprightTurns,
} from '../../parsers/ocr/preprocess.ts';

/** A page of text lines drawn upright, binarized. */
function page(lines: string[], fontPx = 22): GreyImage {
  const width = 900;
  const height = Math.round(80 + lines.length * fontPx * 1.6);
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#000';
  ctx.font = `${fontPx}px sans-serif`;
  for (const [i, line] of lines.entries()) ctx.fillText(line, 40, 50 + i * fontPx * 1.6);
  const grey = rgbaToGrey(ctx.getImageData(0, 0, width, height).data, width, height);
  binarize(grey);
  return grey;
}

const PROSE = [
  'Kommunstyrelsen godkände avtalet om gemensam drift av',
  'larmcentralen, med kostnader som delas lika mellan parterna.',
  'Upphandlingen av skolskjutsar har överklagats och förvaltningen',
  'bedömer att tilldelning kan ske tidigast under hösten.',
  'Byggnadsnämnden har fått fyra synpunkter på detaljplanen för',
  'hamnområdet, varav två gäller parkering och trafiksäkerhet.',
];

describe('page orientation before OCR', () => {
  it('leaves an upright page alone', () => {
    const upright = page(PROSE);
    expect(isSideways(upright)).toBe(false);
    expect(isUpsideDown(upright)).toBe(false);
    expect(uprightTurns(upright)).toBe(0);
  });

  it('finds a page fed upside down', () => {
    const flipped = rotateQuarter(page(PROSE), 2);
    expect(isUpsideDown(flipped)).toBe(true);
    expect(uprightTurns(flipped)).toBe(2);
  });

  it('finds a page lying on either side and the turn that brings it upright', () => {
    const clockwise = rotateQuarter(page(PROSE), 1);
    expect(isSideways(clockwise)).toBe(true);
    expect(uprightTurns(clockwise)).toBe(3);
    const counter = rotateQuarter(page(PROSE), 3);
    expect(uprightTurns(counter)).toBe(1);
  });

  it('does not turn a page of figures, which has no ascenders or descenders to weigh', () => {
    const figures = page([
      '2 310   4 125   (12,5)   870',
      '1 940   −3,2   5 600   412',
      '8 015   77   1 204   9,9',
    ]);
    expect(uprightTurns(figures)).toBe(0);
  });

  it('turns by quarters without losing pixels', () => {
    const img: GreyImage = { pixels: new Uint8Array([1, 2, 3, 4, 5, 6]), width: 3, height: 2 };
    const once = rotateQuarter(img, 1);
    expect([once.width, once.height]).toEqual([2, 3]);
    expect([...once.pixels]).toEqual([4, 1, 5, 2, 6, 3]);
    expect([...rotateQuarter(once, 3).pixels]).toEqual([...img.pixels]);
    expect([...rotateQuarter(img, 2).pixels]).toEqual([6, 5, 4, 3, 2, 1]);
  });
});

describe("the recognizer's vote on a turn", () => {
  const line = (words: Array<[string, number]>): OcrLine => ({
    words: words.map(([text, confidence], i) => ({
      text,
      confidence,
      bbox: { x0: i * 50, y0: 0, x1: i * 50 + 40, y1: 20 },
    })),
    bbox: { x0: 0, y0: 0, x1: 50 * words.length, y1: 20 },
  });
  // Upright prose read as it lies; the same page read turned gives a few low-confidence scraps.
  const prose = [
    line([
      ['Regionstyrelsen', 91],
      ['beslutade', 93],
      ['att', 95],
      ['anta', 90],
      ['planen', 92],
    ]),
    line([
      ['Kostnaderna', 88],
      ['fördelas', 90],
      ['mellan', 94],
      ['förvaltningarna', 89],
      ['2026.', 85],
    ]),
  ];
  const scraps = [
    line([
      ['uoı', 40],
      ['ɐʇuɐ', 22],
      ['jo', 61],
    ]),
    line([
      ['sss', 35],
      ['ueld', 55],
    ]),
  ];

  it('keeps the page as it lies when the turned reading is no better', () => {
    expect(turnedReadsBetter(prose, scraps)).toBe(false);
  });

  it('takes the turn when only the turned reading is readable', () => {
    expect(turnedReadsBetter(scraps, prose)).toBe(true);
  });

  it('gives no vote on a page of figures (no words to weigh)', () => {
    const figures = [
      line([
        ['12,5', 95],
        ['−3,4', 92],
        ['2025', 96],
      ]),
    ];
    expect(turnedReadsBetter([], figures)).toBe(false);
    expect(readableLetters(figures)).toBe(0);
  });

  it('counts only confident words of three or more letters', () => {
    expect(
      readableLetters([
        line([
          ['att', 95],
          ['av', 95],
          ['beslut', 60],
          ['planen.', 80],
        ]),
      ]),
    ).toBe(9);
  });
});
