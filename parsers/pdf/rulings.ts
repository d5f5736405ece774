/**
 * Ruling lines of a page, read from its pdfjs operator list. Producers draw the same table border in
 * many ways: one stroked path per edge (most generators), one multi-segment path for the whole grid
 * (LibreOffice, browsers), `re` rectangles stroked per cell, or thin filled rectangles (Word). All
 * of them end up as horizontal and vertical segments in page coordinates (points, origin top-left
 * of the page as displayed), which table geometry (grid.ts) snaps, joins and intersects.
 *
 * pdfjs 5 hands each painted path as one `constructPath` op: [paint op, [Float32Array], minMax],
 * the buffer holding DrawOPS codes (moveTo 0, lineTo 1, curveTo 2, closePath 3) and user-space
 * coordinates; the current transform comes from the `transform`/`save`/`restore` ops around it.
 */

/** A horizontal or vertical ruling segment: `at` is its y (horizontal) or x (vertical). */
export interface Ruling {
  orientation: 'h' | 'v';
  at: number;
  from: number;
  to: number;
}

/** The pdfjs OPS codes this module reads (a subset of pdfjs's OPS table). */
export interface RulingOps extends TransformOps {
  constructPath: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
}

/** The pdfjs OPS codes that change the current transformation matrix. */
export interface TransformOps {
  save: number;
  restore: number;
  transform: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
}

/**
 * Walks an operator list keeping the current transformation matrix (save/restore, cm, form
 * XObjects) and hands every other op to `visit` with the matrix in force; `visit` returns false
 * to stop the walk.
 */
export function eachWithTransform(
  fnArray: ArrayLike<number>,
  argsArray: ArrayLike<unknown>,
  ops: TransformOps,
  visit: (fn: number, args: unknown[] | null | undefined, ctm: readonly number[]) => boolean,
): void {
  let ctm: number[] = [1, 0, 0, 1, 0, 0];
  const stack: number[][] = [];
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i] as number;
    const args = argsArray[i] as unknown[] | null | undefined;
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform && args) ctm = multiply(ctm, args as number[]);
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm);
      const formMatrix = args?.[0];
      if (Array.isArray(formMatrix) && formMatrix.length === 6) ctm = multiply(ctm, formMatrix as number[]);
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (!visit(fn, args, ctm)) return;
  }
}

/** pdfjs's path-buffer codes (DrawOPS in pdfjs 5). */
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const CLOSE_PATH = 3;

/** A segment this far off the axis (points) is still a ruling: producers round coordinates. */
const AXIS_TOLERANCE = 1;
/** A filled rectangle no thicker than this (points) is a drawn line (Word draws borders so). */
const MAX_RULE_THICKNESS = 3;
/** Shorter pieces are glyph-like marks (bullets, ticks), not borders. */
const MIN_PIECE_LENGTH = 1;
/** A page with more path segments than this is a drawing or a chart, not a page of tables. */
const MAX_SEGMENTS = 20_000;

/** The product of two PDF transformation matrices [a b c d e f] (m1 applied after m2). */
export function multiply(m1: readonly number[], m2: readonly number[]): number[] {
  const [a1 = 1, b1 = 0, c1 = 0, d1 = 1, e1 = 0, f1 = 0] = m1;
  const [a2 = 1, b2 = 0, c2 = 0, d2 = 1, e2 = 0, f2 = 0] = m2;
  return [
    a1 * a2 + c1 * b2,
    b1 * a2 + d1 * b2,
    a1 * c2 + c1 * d2,
    b1 * c2 + d1 * d2,
    a1 * e2 + c1 * f2 + e1,
    b1 * e2 + d1 * f2 + f1,
  ];
}

type Point = [number, number];

function apply(m: readonly number[], x: number, y: number): Point {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = m;
  return [a * x + c * y + e, b * x + d * y + f];
}

/** A segment as a ruling when it runs along an axis, else null (diagonals, chart lines). */
function toRuling(p: Point, q: Point): Ruling | null {
  const dx = Math.abs(p[0] - q[0]);
  const dy = Math.abs(p[1] - q[1]);
  if (dy <= AXIS_TOLERANCE && dx >= MIN_PIECE_LENGTH) {
    return { orientation: 'h', at: (p[1] + q[1]) / 2, from: Math.min(p[0], q[0]), to: Math.max(p[0], q[0]) };
  }
  if (dx <= AXIS_TOLERANCE && dy >= MIN_PIECE_LENGTH) {
    return { orientation: 'v', at: (p[0] + q[0]) / 2, from: Math.min(p[1], q[1]), to: Math.max(p[1], q[1]) };
  }
  return null;
}

/** The subpaths of a pdfjs path buffer, as point lists (closed ones repeat their first point). */
function subpaths(buffer: ArrayLike<number>, matrix: readonly number[]): Point[][] {
  const paths: Point[][] = [];
  let current: Point[] = [];
  const flush = (): void => {
    if (current.length > 1) paths.push(current);
    current = [];
  };
  for (let k = 0; k < buffer.length; ) {
    const op = buffer[k++];
    if (op === MOVE_TO) {
      flush();
      current.push(apply(matrix, buffer[k] ?? 0, buffer[k + 1] ?? 0));
      k += 2;
    } else if (op === LINE_TO) {
      current.push(apply(matrix, buffer[k] ?? 0, buffer[k + 1] ?? 0));
      k += 2;
    } else if (op === CURVE_TO) {
      // A curve is no ruling: end the straight run there and go on from its end point.
      flush();
      current.push(apply(matrix, buffer[k + 4] ?? 0, buffer[k + 5] ?? 0));
      k += 6;
    } else if (op === CLOSE_PATH) {
      const first = current[0];
      if (first) current.push(first);
      flush();
    } else {
      break; // an unknown code: the rest of the buffer cannot be decoded
    }
  }
  flush();
  return paths;
}

function samePoint(p: Point, q: Point): boolean {
  return Math.abs(p[0] - q[0]) < 0.01 && Math.abs(p[1] - q[1]) < 0.01;
}

/** The axis-aligned box of a four-cornered subpath (closed or not), or null when it is not a rectangle. */
function rectangleOf(path: Point[]): { x0: number; y0: number; x1: number; y1: number } | null {
  const corners: Point[] = [];
  for (const point of path) {
    const last = corners.at(-1);
    if (!last || !samePoint(last, point)) corners.push(point);
  }
  const first = corners[0];
  if (first && corners.length > 1 && samePoint(first, corners.at(-1) as Point)) corners.pop();
  if (corners.length !== 4) return null;
  const xs = corners.map((p) => p[0]);
  const ys = corners.map((p) => p[1]);
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  const y0 = Math.min(...ys);
  const y1 = Math.max(...ys);
  const onBox = corners.every(
    ([x, y]) =>
      (Math.abs(x - x0) <= AXIS_TOLERANCE || Math.abs(x - x1) <= AXIS_TOLERANCE) &&
      (Math.abs(y - y0) <= AXIS_TOLERANCE || Math.abs(y - y1) <= AXIS_TOLERANCE),
  );
  return onBox ? { x0, y0, x1, y1 } : null;
}

/**
 * Ruling segments of a page. `viewport` maps PDF user space to the page as displayed (pdfjs
 * viewport.transform), so rotated pages come out in the same coordinates as their text items.
 * Stroked paths give every straight axis-aligned segment; filled paths give only their thin
 * rectangles (as a line along the middle): larger filled rectangles are cell shading or
 * backgrounds, whose edges are not necessarily drawn lines. Clipping paths (`W n`) paint nothing.
 */
export function rulingsOf(
  fnArray: ArrayLike<number>,
  argsArray: ArrayLike<unknown>,
  ops: RulingOps,
  viewport: readonly number[],
  page: { width: number; height: number },
): Ruling[] {
  const strokes = new Set([
    ops.stroke,
    ops.closeStroke,
    ops.fillStroke,
    ops.eoFillStroke,
    ops.closeFillStroke,
    ops.closeEOFillStroke,
  ]);
  const fills = new Set([ops.fill, ops.eoFill]);
  const rulings: Ruling[] = [];
  let segments = 0;
  eachWithTransform(fnArray, argsArray, ops, (fn, args, ctm) => {
    if (fn === ops.constructPath && args) {
      const paint = args[0] as number;
      const stroked = strokes.has(paint);
      if (!stroked && !fills.has(paint)) return true;
      const buffer = (args[1] as Array<ArrayLike<number> | null> | undefined)?.[0];
      if (!buffer || buffer.length === 0) return true;
      segments += buffer.length / 3;
      if (segments > MAX_SEGMENTS) return false;
      const matrix = multiply(viewport, ctm);
      for (const path of subpaths(buffer, matrix)) {
        if (stroked) {
          for (let k = 1; k < path.length; k++) {
            const ruling = toRuling(path[k - 1] as Point, path[k] as Point);
            if (ruling) rulings.push(ruling);
          }
          continue;
        }
        const box = rectangleOf(path);
        if (!box) continue;
        const width = box.x1 - box.x0;
        const height = box.y1 - box.y0;
        if (height <= MAX_RULE_THICKNESS && width > height && width >= MIN_PIECE_LENGTH) {
          rulings.push({ orientation: 'h', at: (box.y0 + box.y1) / 2, from: box.x0, to: box.x1 });
        } else if (width <= MAX_RULE_THICKNESS && height > width && height >= MIN_PIECE_LENGTH) {
          rulings.push({ orientation: 'v', at: (box.x0 + box.x1) / 2, from: box.y0, to: box.y1 });
        }
      }
    }
    return true;
  });
  // A page with more path segments than the cap is a drawing: no rulings rather than a slow page.
  if (segments > MAX_SEGMENTS) return [];
  return rulings.flatMap((ruling) => onPage(ruling, page));
}

/** A ruling clipped to the page; none when it lies off the page (damaged or hostile coordinates). */
function onPage(ruling: Ruling, page: { width: number; height: number }): Ruling[] {
  const [across, along] = ruling.orientation === 'h' ? [page.height, page.width] : [page.width, page.height];
  if (!(ruling.at >= 0 && ruling.at <= across)) return [];
  const from = Math.max(0, ruling.from);
  const to = Math.min(along, ruling.to);
  return to - from >= MIN_PIECE_LENGTH ? [{ ...ruling, from, to }] : [];
}
