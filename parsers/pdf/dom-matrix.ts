/**
 * A 2-D DOMMatrix for pdfjs where no canvas package is installed (the Lambda functions ship none).
 *
 * pdfjs-dist's legacy build polyfills DOMMatrix, ImageData and Path2D on Node from the native
 * @napi-rs/canvas and evaluates `new DOMMatrix()` while it loads, so without one of them the module
 * does not load at all. Reading text needs only DOMMatrix: the worker builds one when it turns a
 * Type3 glyph drawn as an image mask into a path (scaleSelf, translateSelf, then a–f). This class
 * does the affine 2-D part of the DOM Geometry spec with the same arithmetic as the spec (and the
 * native build), so the numbers pdfjs gets are the same. Rendering (canvas, ImageData, Path2D) is
 * not provided: pages are drawn only for OCR, which runs where the canvas package is installed.
 */
export class DomMatrix2d {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;

  constructor(init?: ArrayLike<number>) {
    if (init === undefined) return;
    // 6 numbers: a b c d e f. 16: a column-major 4×4, whose 2-D part sits at m11 m12 m21 m22 m41 m42.
    const at = init.length === 6 ? [0, 1, 2, 3, 4, 5] : init.length === 16 ? [0, 1, 4, 5, 12, 13] : null;
    if (at) {
      const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = at.map((index) => Number(init[index]));
      Object.assign(this, { a, b, c, d, e, f });
    } else {
      throw new TypeError(`DOMMatrix: ${init.length} numbers, expected 6 (2-D) or 16`);
    }
  }

  get is2D(): boolean {
    return true;
  }
  get isIdentity(): boolean {
    return this.a === 1 && this.b === 0 && this.c === 0 && this.d === 1 && this.e === 0 && this.f === 0;
  }
  get m11(): number {
    return this.a;
  }
  get m12(): number {
    return this.b;
  }
  get m21(): number {
    return this.c;
  }
  get m22(): number {
    return this.d;
  }
  get m41(): number {
    return this.e;
  }
  get m42(): number {
    return this.f;
  }

  /** this = this × other (other applied first to a point). */
  multiplySelf(other: { a: number; b: number; c: number; d: number; e: number; f: number }): this {
    const { a, b, c, d, e, f } = this;
    this.a = a * other.a + c * other.b;
    this.b = b * other.a + d * other.b;
    this.c = a * other.c + c * other.d;
    this.d = b * other.c + d * other.d;
    this.e = a * other.e + c * other.f + e;
    this.f = b * other.e + d * other.f + f;
    return this;
  }

  /** this = other × this. */
  preMultiplySelf(other: { a: number; b: number; c: number; d: number; e: number; f: number }): this {
    const { a, b, c, d, e, f } = this;
    this.a = other.a * a + other.c * b;
    this.b = other.b * a + other.d * b;
    this.c = other.a * c + other.c * d;
    this.d = other.b * c + other.d * d;
    this.e = other.a * e + other.c * f + other.e;
    this.f = other.b * e + other.d * f + other.f;
    return this;
  }

  translateSelf(tx = 0, ty = 0): this {
    return this.multiplySelf({ a: 1, b: 0, c: 0, d: 1, e: tx, f: ty });
  }

  scaleSelf(scaleX = 1, scaleY = scaleX): this {
    return this.multiplySelf({ a: scaleX, b: 0, c: 0, d: scaleY, e: 0, f: 0 });
  }

  invertSelf(): this {
    const { a, b, c, d, e, f } = this;
    const det = a * d - b * c;
    if (det === 0 || !Number.isFinite(det)) {
      this.a = this.b = this.c = this.d = this.e = this.f = Number.NaN;
      return this;
    }
    this.a = d / det;
    this.b = -b / det;
    this.c = -c / det;
    this.d = a / det;
    this.e = (c * f - d * e) / det;
    this.f = (b * e - a * f) / det;
    return this;
  }

  multiply(other: { a: number; b: number; c: number; d: number; e: number; f: number }): DomMatrix2d {
    return this.copy().multiplySelf(other);
  }
  translate(tx = 0, ty = 0): DomMatrix2d {
    return this.copy().translateSelf(tx, ty);
  }
  scale(scaleX = 1, scaleY = scaleX): DomMatrix2d {
    return this.copy().scaleSelf(scaleX, scaleY);
  }
  inverse(): DomMatrix2d {
    return this.copy().invertSelf();
  }

  transformPoint(point: { x?: number; y?: number } = {}): { x: number; y: number; z: number; w: number } {
    const x = point.x ?? 0;
    const y = point.y ?? 0;
    return { x: this.a * x + this.c * y + this.e, y: this.b * x + this.d * y + this.f, z: 0, w: 1 };
  }

  private copy(): DomMatrix2d {
    return new DomMatrix2d([this.a, this.b, this.c, this.d, this.e, this.f]);
  }
}
