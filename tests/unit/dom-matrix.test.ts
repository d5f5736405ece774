/**
 * parsers/pdf/dom-matrix.ts stands in for the canvas package's DOMMatrix where none is installed (the
 * Lambda assets): the numbers it gives pdfjs must be the native ones. The canvas package is installed
 * here (the fixture generator draws with it), so the two are compared on the same operations.
 */
import { DOMMatrix as NativeMatrix } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { DomMatrix2d } from '../../parsers/pdf/dom-matrix.ts';
import { mulberry32 } from '../../scripts/prng.ts';

const parts = (m: { a: number; b: number; c: number; d: number; e: number; f: number }) => [
  m.a,
  m.b,
  m.c,
  m.d,
  m.e,
  m.f,
];

describe('the DOMMatrix pdfjs gets without the canvas package', () => {
  it('scales then translates as the worker does for a Type3 glyph mask', () => {
    for (const [width, height] of [
      [7, 11],
      [64, 64],
      [1000, 3],
    ] as const) {
      const ours = new DomMatrix2d().scaleSelf(1 / width, -1 / height).translateSelf(0, -height);
      const native = new NativeMatrix().scaleSelf(1 / width, -1 / height).translateSelf(0, -height);
      expect(parts(ours)).toEqual(parts(native));
    }
  });

  it('gives the native numbers for chains of every operation', () => {
    const random = mulberry32(20_261_202);
    const value = () => (random() - 0.5) * 200;
    for (let round = 0; round < 200; round++) {
      const init = [value(), value(), value(), value(), value(), value()];
      const other = [value(), value(), value(), value(), value(), value()];
      const [tx, ty] = [value(), value()];
      const ours = new DomMatrix2d(init)
        .multiplySelf(new DomMatrix2d(other))
        .preMultiplySelf(new DomMatrix2d(other))
        .scaleSelf(2.5, -0.25)
        .translateSelf(tx, ty)
        .invertSelf();
      const native = new NativeMatrix(init)
        .multiplySelf(new NativeMatrix(other))
        .preMultiplySelf(new NativeMatrix(other))
        .scaleSelf(2.5, -0.25)
        .translateSelf(tx, ty)
        .invertSelf();
      // The same arithmetic in the same order: equal to the last bit.
      expect(parts(ours)).toEqual(parts(native));
    }
  });

  it('reads 6 and 16 numbers, refuses other lengths, and marks a singular inverse', () => {
    expect(parts(new DomMatrix2d([1, 2, 3, 4, 5, 6]))).toEqual([1, 2, 3, 4, 5, 6]);
    const sixteen = [1, 2, 0, 0, 3, 4, 0, 0, 0, 0, 1, 0, 5, 6, 0, 1];
    expect(parts(new DomMatrix2d(sixteen))).toEqual(parts(new NativeMatrix(sixteen)));
    expect(() => new DomMatrix2d([1, 2, 3])).toThrow(TypeError);
    expect(parts(new DomMatrix2d([1, 2, 2, 4, 0, 0]).invertSelf()).every(Number.isNaN)).toBe(true);
    expect(new DomMatrix2d().isIdentity).toBe(true);
    expect(new DomMatrix2d([2, 0, 0, 2, 1, 1]).transformPoint({ x: 1, y: 2 })).toMatchObject({ x: 3, y: 5 });
  });
});
