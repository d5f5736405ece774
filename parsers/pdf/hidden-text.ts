/**
 * Text in the content stream that a reader of the printed page does not see. Producers leave such text
 * behind: an earlier draft's figures in render mode 3 (invisible) with no image under them, white text
 * on a white ground, runs outside the clip path in force, and figures a later opaque filled rectangle
 * covers (a redaction done by drawing a box, a cell patched with a new figure over the old one). Read
 * naively, each becomes a fact the paper does not state.
 *
 * The operator list is walked once with the graphics and text state (CTM, text matrix, font size,
 * spacing, render mode, fill and stroke colour, fill alpha, clip box); every shown glyph becomes a mark
 * with its box in user space and whether it is hidden:
 * - invisible (render mode 3 or 7) and not over an image painted before it (over an image it is an OCR
 *   layer: the image shows the text, see ocr/sandwich.ts);
 * - inked only in white (or a fill alpha of almost 0) with nothing but white painted under it;
 * - its centre outside the clip box in force;
 * - its core covered by an opaque filled path painted after it (not a thin rule: the fill must cover
 *   the glyph's middle; a fill in a blend mode such as multiply — a highlighter painted over the text —
 *   darkens the text's ground and hides nothing);
 * - struck through: a thin horizontal line (a stroke, or a filled rectangle no thicker than a fifth of the
 *   font size) through the middle band of the glyph, above the baseline and below the x-height. That is
 *   how every producer draws deleted text (tracked changes shown, CSS line-through, a character
 *   strikethrough, a hand-drawn strike), and struck text is not the paper's text. An underline lies under
 *   the baseline and a table's rule between rows, so neither strikes; a line that runs mostly over empty
 *   space (a rule crossing a row) strikes nothing: the glyphs it crosses must cover most of its length
 *   and its ends must lie near them.
 * Text items (getTextContent's) are then matched to the marks on their baseline: an item all of whose
 * glyphs are hidden is dropped; one whose glyphs are partly hidden keeps its visible characters when the
 * marks and characters pair one to one, and is kept whole otherwise (never a guess).
 */
import { multiply } from './rulings.ts';

/** pdfjs OPS codes read here. */
export interface HiddenTextOps {
  save: number;
  restore: number;
  transform: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  beginText: number;
  setFont: number;
  setTextRise: number;
  setHScale: number;
  setLeading: number;
  moveText: number;
  setLeadingMoveText: number;
  nextLine: number;
  setTextMatrix: number;
  setCharSpacing: number;
  setWordSpacing: number;
  setTextRenderingMode: number;
  showText: number;
  showSpacedText: number;
  setFillRGBColor: number;
  setStrokeRGBColor: number;
  setFillColorN: number;
  shadingFill: number;
  setGState: number;
  setLineWidth: number;
  stroke: number;
  closeStroke: number;
  clip: number;
  eoClip: number;
  constructPath: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
  paintImageXObject: number;
  paintInlineImageXObject: number;
  paintImageMaskXObject: number;
  beginAnnotation: number;
  endAnnotation: number;
}

/** One shown glyph: its box in user space (y up), baseline, character and whether a reader sees it. */
export interface GlyphMark {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  baseline: number;
  size: number;
  char: string;
  hidden: boolean;
  /** Hidden because a line strikes it through (deleted text). */
  struck?: boolean;
}

type Box = [number, number, number, number];

interface GState {
  ctm: number[];
  fontSize: number;
  fontScale: number;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  leading: number;
  rise: number;
  mode: number;
  fill: string;
  stroke: string;
  fillAlpha: number;
  /** A blend mode other than normal (a highlighter's multiply): the fill cannot hide what is under it. */
  blended: boolean;
  /**
   * Inside a form XObject painted in a blend mode (a transparency group composited by multiply): all it
   * paints is blended as a whole, whatever blend mode its own content sets.
   */
  groupBlended: boolean;
  lineWidth: number;
  clip: Box | null;
}

interface Paint {
  box: Box;
  order: number;
  white: boolean;
  image: boolean;
  opaque: boolean;
}

const WHITE = /^#f[a-f0-9]f[a-f0-9]f[a-f0-9]$/i;
/** The fill colour while a pattern is set (never white). */
const PATTERN_FILL = 'pattern';

function apply(m: readonly number[], x: number, y: number): [number, number] {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = m;
  return [a * x + c * y + e, b * x + d * y + f];
}
function boxOf(m: readonly number[], x0: number, y0: number, x1: number, y1: number): Box {
  const pts = [apply(m, x0, y0), apply(m, x1, y0), apply(m, x0, y1), apply(m, x1, y1)];
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}
function intersect(a: Box | null, b: Box): Box {
  if (!a) return b;
  return [Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.min(a[2], b[2]), Math.min(a[3], b[3])];
}
const contains = (b: Box, x: number, y: number): boolean => x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3];

/** A filled shape thinner than this (points) covers no glyph: it is a rule or a hairline. */
const MIN_COVER = 2;

/** A thin horizontal line that may strike text through: its extent across, its middle and thickness. */
interface StrikeLine {
  x0: number;
  x1: number;
  mid: number;
  thick: number;
}
/** Lines thicker than this (points) are boxes, not strikes (a fifth of the font size is checked later). */
const MAX_STRIKE = 3;

/** Whether a path's box (path units) is a horizontal line or a flat bar that could be a strike. */
function flatBox(minMax: ArrayLike<number> | null): boolean {
  if (minMax?.length !== 4) return false;
  const w = (minMax[2] as number) - (minMax[0] as number);
  const h = (minMax[3] as number) - (minMax[1] as number);
  return w > 0 && h >= 0 && h * 4 < w;
}

/** The boxes (user space through `ctm`) of a pdfjs 5 path buffer's subpaths (moveTo 0, lineTo 1, curveTo 2, closePath 3). */
function subpathBoxes(pathArg: unknown, ctm: readonly number[]): Box[] {
  const buffers = Array.isArray(pathArg) ? pathArg : [pathArg];
  const out: Box[] = [];
  for (const buffer of buffers) {
    if (!buffer || typeof (buffer as ArrayLike<number>).length !== 'number') continue;
    const data = buffer as ArrayLike<number>;
    let xs: number[] = [];
    let ys: number[] = [];
    const flush = (): void => {
      if (xs.length > 1) {
        out.push(boxOf(ctm, Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)));
      }
      xs = [];
      ys = [];
    };
    for (let i = 0; i < data.length; ) {
      const code = data[i] as number;
      if (code === 0) {
        flush();
        xs.push(data[i + 1] as number);
        ys.push(data[i + 2] as number);
        i += 3;
      } else if (code === 1) {
        xs.push(data[i + 1] as number);
        ys.push(data[i + 2] as number);
        i += 3;
      } else if (code === 2) {
        for (let k = 1; k < 6; k += 2) {
          xs.push(data[i + k] as number);
          ys.push(data[i + k + 1] as number);
        }
        i += 7;
      } else if (code === 3) {
        i += 1;
      } else {
        // An unknown code: the rest cannot be read; give what was read so far.
        break;
      }
    }
    flush();
  }
  return out;
}

interface GlyphLike {
  unicode?: string;
  width?: number;
  originalCharCode?: number;
  category?: { isWhitespace?: boolean };
}

/**
 * Whether anything on the page can hide text, from the operators alone: a render mode set, a clip, a white
 * colour, or a fill painted after the first text. A page with none of them (most pages of a plain memo)
 * skips the glyph walk.
 */
function mayHideText(fnArray: ArrayLike<number>, argsArray: ArrayLike<unknown>, OPS: HiddenTextOps): boolean {
  let shown = false;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i] as number;
    if (fn === OPS.setTextRenderingMode || fn === OPS.clip || fn === OPS.eoClip) return true;
    if (fn === OPS.showText || fn === OPS.showSpacedText) shown = true;
    else if (fn === OPS.setGState) {
      // A fill alpha near 0 inks nothing.
      for (const entry of (((argsArray[i] ?? []) as unknown[])[0] as unknown[]) ?? []) {
        if (Array.isArray(entry) && entry[0] === 'ca' && typeof entry[1] === 'number' && entry[1] <= 0.05)
          return true;
      }
    } else if (fn === OPS.setFillRGBColor || fn === OPS.setStrokeRGBColor) {
      const colour = ((argsArray[i] ?? []) as unknown[])[0];
      if (typeof colour === 'string' && WHITE.test(colour)) return true;
    } else if (fn === OPS.constructPath) {
      const args = (argsArray[i] ?? []) as unknown[];
      const paint = args[0];
      // A flat path may strike text through, drawn before or after it.
      if (
        (paint === OPS.stroke || paint === OPS.closeStroke || paint === OPS.fill || paint === OPS.eoFill) &&
        flatBox(args[2] as ArrayLike<number> | null)
      )
        return true;
      if (!shown) continue;
      if (
        paint === OPS.fill ||
        paint === OPS.eoFill ||
        paint === OPS.fillStroke ||
        paint === OPS.eoFillStroke ||
        paint === OPS.closeFillStroke ||
        paint === OPS.closeEOFillStroke
      )
        return true;
    }
  }
  return false;
}

/**
 * Every glyph the page shows, with its visibility — or none when no glyph is hidden (most pages). `fontMatrixOf` gives a loaded font's matrix (glyph
 * widths are in its units; 1/1000 when unknown).
 */
export function glyphMarks(
  fnArray: ArrayLike<number>,
  argsArray: ArrayLike<unknown>,
  OPS: HiddenTextOps,
  fontMatrixOf: (loadedName: string) => number[] | undefined = () => undefined,
): GlyphMark[] {
  if (!mayHideText(fnArray, argsArray, OPS)) return [];
  const fills = new Set([
    OPS.fill,
    OPS.eoFill,
    OPS.fillStroke,
    OPS.eoFillStroke,
    OPS.closeFillStroke,
    OPS.closeEOFillStroke,
  ]);
  const images = new Set([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject]);
  let g: GState = {
    ctm: [1, 0, 0, 1, 0, 0],
    fontSize: 0,
    fontScale: 0.001,
    charSpacing: 0,
    wordSpacing: 0,
    hScale: 1,
    leading: 0,
    rise: 0,
    mode: 0,
    fill: '#000000',
    stroke: '#000000',
    fillAlpha: 1,
    blended: false,
    groupBlended: false,
    lineWidth: 1,
    clip: null,
  };
  const stack: GState[] = [];
  let tm = [1, 0, 0, 1, 0, 0];
  let tlm = [1, 0, 0, 1, 0, 0];
  let pendingClip = false;
  let annotations = 0;
  const paints: Paint[] = [];
  const strikes: StrikeLine[] = [];
  // Glyphs in parallel columns, not an object each: most pages hide nothing, and then no mark is made.
  const gx0: number[] = [];
  const gy0: number[] = [];
  const gx1: number[] = [];
  const gy1: number[] = [];
  const gBase: number[] = [];
  const gSize: number[] = [];
  const gCx: number[] = [];
  const gCy: number[] = [];
  const gOrder: number[] = [];
  /** Bit 1 invisible, 2 white ink, 4 clipped, 8 upright (set on the page as read, unturned). */
  const gFlags: number[] = [];
  const gChar: string[] = [];
  let order = 0;

  const translate = (m: number[], x: number, y: number): void => {
    m[4] = (m[0] as number) * x + (m[2] as number) * y + (m[4] as number);
    m[5] = (m[1] as number) * x + (m[3] as number) * y + (m[5] as number);
  };
  // Per glyph only the text matrix's translation changes within one show: the glyph matrix's linear part,
  // the ink and the visibility flags are worked out once per show, the corners in scalars (a page has
  // thousands of glyphs; arrays per glyph made this walk a tenth of the extraction).
  const show = (elements: unknown[]): void => {
    const [a1 = 1, b1 = 0, c1 = 0, d1 = 1, e1 = 0, f1 = 0] = g.ctm;
    const [a2 = 1, b2 = 0, c2 = 0, d2 = 1] = tm;
    const ma = a1 * a2 + c1 * b2;
    const mb = b1 * a2 + d1 * b2;
    const mc = a1 * c2 + c1 * d2;
    const md = b1 * c2 + d1 * d2;
    const fontSize = g.fontSize;
    const hScale = g.hScale;
    const rise = g.rise;
    const fillsInk = g.mode === 0 || g.mode === 2 || g.mode === 4 || g.mode === 6;
    const strokesInk = g.mode === 1 || g.mode === 2 || g.mode === 5 || g.mode === 6;
    const invisible = g.mode === 3 || g.mode === 7;
    const inked =
      (fillsInk && !WHITE.test(g.fill) && g.fillAlpha > 0.05) || (strokesInk && !WHITE.test(g.stroke));
    const whiteInk = !inked && !invisible;
    const size = Math.hypot(mc, md) * fontSize;
    const clip = g.clip;
    const yLow = rise - 0.2 * fontSize;
    const yHigh = rise + 0.75 * fontSize;
    const yMid = rise + 0.3 * fontSize;
    const upright = Math.abs(mb) < 1e-6 && Math.abs(mc) < 1e-6 && ma > 0 && md > 0;
    for (const el of elements) {
      if (typeof el === 'number') {
        translate(tm, (-el / 1000) * fontSize * hScale, 0);
        continue;
      }
      const glyph = el as GlyphLike | null;
      if (!glyph) continue;
      const width = (glyph.width ?? 0) * g.fontScale * fontSize;
      let advance = width + g.charSpacing;
      if (glyph.originalCharCode === 0x20) advance += g.wordSpacing;
      advance *= hScale;
      const char = glyph.unicode ?? '';
      if (!glyph.category?.isWhitespace && char.trim() !== '' && fontSize > 0) {
        const e2 = tm[4] as number;
        const f2 = tm[5] as number;
        const me = a1 * e2 + c1 * f2 + e1;
        const mf = b1 * e2 + d1 * f2 + f1;
        const w = width * hScale;
        // The glyph box's corners (0 or w across, yLow or yHigh up) through the glyph matrix.
        const xa = mc * yLow + me;
        const xb = ma * w + mc * yLow + me;
        const xc = mc * yHigh + me;
        const xd = ma * w + mc * yHigh + me;
        const ya = md * yLow + mf;
        const yb = mb * w + md * yLow + mf;
        const yc = md * yHigh + mf;
        const yd = mb * w + md * yHigh + mf;
        const cx = ma * (w / 2) + mc * yMid + me;
        const cy = mb * (w / 2) + md * yMid + mf;
        gx0.push(Math.min(xa, xb, xc, xd));
        gy0.push(Math.min(ya, yb, yc, yd));
        gx1.push(Math.max(xa, xb, xc, xd));
        gy1.push(Math.max(ya, yb, yc, yd));
        gBase.push(md * rise + mf);
        gSize.push(size);
        gCx.push(cx);
        gCy.push(cy);
        gOrder.push(order++);
        gChar.push(char);
        // A glyph wider than two ems means widths this walk cannot measure (a Type 3 font's own
        // units): its place is unsure, so it is never taken as clipped away.
        const clipped = clip !== null && w <= 2 * fontSize && !contains(clip, cx, cy);
        gFlags.push((invisible ? 1 : 0) | (whiteInk ? 2 : 0) | (clipped ? 4 : 0) | (upright ? 8 : 0));
      }
      translate(tm, advance, 0);
    }
  };

  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i] as number;
    const args = (argsArray[i] ?? []) as unknown[];
    if (fn === OPS.beginAnnotation) annotations++;
    else if (fn === OPS.endAnnotation) annotations = Math.max(0, annotations - 1);
    if (annotations > 0) continue;
    switch (fn) {
      case OPS.save:
      case OPS.paintFormXObjectBegin:
        stack.push(g);
        g = { ...g, ctm: g.ctm.slice() };
        if (fn === OPS.paintFormXObjectBegin) {
          g.groupBlended ||= g.blended;
          const matrix = args[0] as number[] | null;
          if (Array.isArray(matrix) && matrix.length === 6) g.ctm = multiply(g.ctm, matrix);
        }
        break;
      case OPS.restore:
      case OPS.paintFormXObjectEnd:
        g = stack.pop() ?? g;
        break;
      case OPS.transform:
        g.ctm = multiply(g.ctm, args as number[]);
        break;
      case OPS.beginText:
        tm = [1, 0, 0, 1, 0, 0];
        tlm = [1, 0, 0, 1, 0, 0];
        break;
      case OPS.setFont: {
        const [name, size] = args as [string, number];
        g.fontSize = size;
        g.fontScale = fontMatrixOf(name)?.[0] ?? 0.001;
        break;
      }
      case OPS.setTextRise:
        g.rise = args[0] as number;
        break;
      case OPS.setHScale:
        g.hScale = (args[0] as number) / 100;
        break;
      case OPS.setLeading:
        g.leading = args[0] as number;
        break;
      case OPS.moveText:
        translate(tlm, args[0] as number, args[1] as number);
        tm = tlm.slice();
        break;
      case OPS.setLeadingMoveText:
        g.leading = -(args[1] as number);
        translate(tlm, args[0] as number, args[1] as number);
        tm = tlm.slice();
        break;
      case OPS.nextLine:
        translate(tlm, 0, -g.leading);
        tm = tlm.slice();
        break;
      case OPS.setTextMatrix: {
        const m = Array.from(args[0] as ArrayLike<number>);
        tm = m.slice();
        tlm = m.slice();
        break;
      }
      case OPS.setCharSpacing:
        g.charSpacing = args[0] as number;
        break;
      case OPS.setWordSpacing:
        g.wordSpacing = args[0] as number;
        break;
      case OPS.setTextRenderingMode:
        g.mode = Number(args[0] ?? 0);
        break;
      case OPS.showText:
      case OPS.showSpacedText:
        show((args[0] ?? []) as unknown[]);
        break;
      case OPS.setFillRGBColor:
        g.fill = typeof args[0] === 'string' ? args[0] : '#000000';
        break;
      case OPS.setStrokeRGBColor:
        g.stroke = typeof args[0] === 'string' ? args[0] : '#000000';
        break;
      case OPS.setFillColorN:
        // A pattern (a gradient or a tiling): a coloured ground, not the white of the last flat colour.
        g.fill = PATTERN_FILL;
        break;
      case OPS.shadingFill:
        // `sh` paints a gradient over the clip in force (a designer's header band): the ground white
        // text stands on. Like an image, it is taken to cover nothing.
        paints.push({
          box: g.clip ?? [-Infinity, -Infinity, Infinity, Infinity],
          order: order++,
          white: false,
          image: false,
          opaque: false,
        });
        break;
      case OPS.setGState:
        for (const entry of (args[0] ?? []) as unknown[]) {
          if (!Array.isArray(entry)) continue;
          if (entry[0] === 'ca' && typeof entry[1] === 'number') g.fillAlpha = entry[1];
          else if (entry[0] === 'LW' && typeof entry[1] === 'number') g.lineWidth = entry[1];
          else if (entry[0] === 'BM')
            g.blended = typeof entry[1] === 'string' && entry[1] !== 'source-over' && entry[1] !== 'normal';
        }
        break;
      case OPS.setLineWidth:
        g.lineWidth = Number(args[0] ?? 1);
        break;
      case OPS.clip:
      case OPS.eoClip:
        pendingClip = true;
        break;
      case OPS.constructPath: {
        const [paint, , minMax] = args as [number, unknown, ArrayLike<number> | null];
        const mm = minMax ? Array.from(minMax) : null;
        const box =
          mm && mm.length === 4 ? boxOf(g.ctm, mm[0] ?? 0, mm[1] ?? 0, mm[2] ?? 0, mm[3] ?? 0) : null;
        if (pendingClip && box) g.clip = intersect(g.clip, box);
        pendingClip = false;
        const stroked = paint === OPS.stroke || paint === OPS.closeStroke;
        if (box && (stroked || fills.has(paint)) && !WHITE.test(stroked ? g.stroke : g.fill)) {
          // Thin horizontal lines, each subpath on its own (a stroke's thickness is its line width).
          const scale = Math.hypot(g.ctm[2] ?? 0, g.ctm[3] ?? 1);
          for (const sub of subpathBoxes(args[1], g.ctm)) {
            const thick = stroked ? sub[3] - sub[1] + g.lineWidth * scale : sub[3] - sub[1];
            const across = sub[2] - sub[0];
            if (thick > 0 && thick <= MAX_STRIKE && across > 4 * thick && (!stroked || sub[3] - sub[1] < 0.5))
              strikes.push({ x0: sub[0], x1: sub[2], mid: (sub[1] + sub[3]) / 2, thick });
          }
        }
        if (box && fills.has(paint)) {
          // Each subpath on its own: one path of many thin filled rectangles (a table's rules) has a
          // large box but covers nothing.
          const order0 = order++;
          for (const sub of subpathBoxes(args[1], g.ctm)) {
            const painted = g.clip ? intersect(g.clip, sub) : sub;
            if (painted[2] - painted[0] < MIN_COVER || painted[3] - painted[1] < MIN_COVER) continue;
            paints.push({
              box: painted,
              order: order0,
              white: WHITE.test(g.fill),
              image: false,
              opaque: g.fillAlpha >= 0.9 && !g.blended && !g.groupBlended,
            });
          }
        }
        break;
      }
      default:
        if (images.has(fn)) {
          paints.push({
            box: boxOf(g.ctm, 0, 0, 1, 1),
            order: order++,
            white: false,
            image: true,
            opaque: false,
          });
        }
    }
  }

  // Only opaque fills can cover a glyph; only invisible or white glyphs need what lies under them.
  const covers = paints.filter((p) => p.opaque && !p.image);
  const hiddenAt = (i: number): boolean => {
    const flags = gFlags[i] as number;
    if (flags & 4) return true;
    const cx = gCx[i] as number;
    const cy = gCy[i] as number;
    const at = gOrder[i] as number;
    if (flags & 3) {
      const under = paints.filter((p) => p.order < at && contains(p.box, cx, cy));
      if (flags & 1 && !under.some((p) => p.image)) return true;
      if (flags & 2) {
        // White ink shows only on a ground that is not white: the last thing painted under it.
        const ground = under.at(-1);
        if (!ground || (ground.white && !ground.image)) return true;
      }
    }
    if (covers.length === 0) return false;
    // An opaque fill painted later over the glyph's core hides it.
    const x0 = gx0[i] as number;
    const x1 = gx1[i] as number;
    const y0 = gy0[i] as number;
    const y1 = gy1[i] as number;
    const w = x1 - x0;
    const h = y1 - y0;
    const left = x0 + 0.25 * w;
    const bottom = y0 + 0.3 * h;
    const right = x1 - 0.25 * w;
    const top = y1 - 0.3 * h;
    return covers.some((p) => p.order > at && contains(p.box, left, bottom) && contains(p.box, right, top));
  };
  const struck = struckGlyphs(strikes, gx0, gx1, gBase, gSize, gFlags);
  const hidden: boolean[] = [];
  let any = false;
  for (let i = 0; i < gOrder.length; i++) {
    const h = struck.has(i) || hiddenAt(i);
    hidden.push(h);
    any ||= h;
  }
  // Nothing hidden: no marks (withoutHiddenText then keeps every item as it is).
  if (!any) return [];
  return hidden.map((h, i) => ({
    x0: gx0[i] as number,
    x1: gx1[i] as number,
    y0: gy0[i] as number,
    y1: gy1[i] as number,
    baseline: gBase[i] as number,
    size: gSize[i] as number,
    char: gChar[i] as string,
    hidden: h,
    ...(struck.has(i) ? { struck: true } : {}),
  }));
}

/**
 * The glyphs (indexes) a line strikes through: upright glyphs whose centre the line crosses, with the
 * line's middle between 0.12 and 0.55 of the font size above the baseline and the line no thicker than a
 * fifth of it. A line counts only when the glyphs it crosses cover most of its length and it ends near
 * them (a strike runs over its text; a rule crossing a row spans gaps and the cells' margins).
 */
function struckGlyphs(
  strikes: readonly StrikeLine[],
  x0: readonly number[],
  x1: readonly number[],
  base: readonly number[],
  size: readonly number[],
  flags: readonly number[],
): Set<number> {
  const out = new Set<number>();
  if (strikes.length === 0) return out;
  // Glyphs by baseline, so each line looks only at the baselines within reach.
  const byBase = base.map((_, i) => i).filter((i) => ((flags[i] as number) & 8) !== 0);
  byBase.sort((a, b) => (base[a] as number) - (base[b] as number));
  const maxSize = Math.max(0, ...byBase.map((i) => size[i] as number));
  const firstAtOrAbove = (y: number): number => {
    let lo = 0;
    let hi = byBase.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((base[byBase[mid] as number] as number) < y) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  for (const line of strikes) {
    const hit: number[] = [];
    for (let k = firstAtOrAbove(line.mid - 0.55 * maxSize); k < byBase.length; k++) {
      const i = byBase[k] as number;
      const b = base[i] as number;
      if (b > line.mid) break;
      const s = size[i] as number;
      const cx = ((x0[i] as number) + (x1[i] as number)) / 2;
      if (line.mid < b + 0.12 * s || line.mid > b + 0.55 * s || line.thick > 0.2 * s) continue;
      if (cx < line.x0 || cx > line.x1) continue;
      hit.push(i);
    }
    if (hit.length === 0) continue;
    const s = Math.max(...hit.map((i) => size[i] as number));
    const from = Math.min(...hit.map((i) => x0[i] as number));
    const to = Math.max(...hit.map((i) => x1[i] as number));
    const inked = hit.reduce((sum, i) => sum + ((x1[i] as number) - (x0[i] as number)), 0);
    const length = line.x1 - line.x0;
    if (inked < 0.55 * length || line.x0 < from - 0.8 * s || line.x1 > to + 0.8 * s) continue;
    for (const i of hit) out.add(i);
  }
  return out;
}

/** A getTextContent text item (user space transform, width along the baseline). */
export interface RawTextItem {
  str: string;
  transform: number[];
  width: number;
}

/**
 * The text items without what is hidden: an item whose glyphs are all hidden is dropped; one partly
 * hidden keeps its visible characters when its non-space characters pair one to one with the marks on
 * its span. Items that are not horizontal, and items no mark falls on, are kept as they are.
 */
export function withoutHiddenText<T>(items: T[], marks: GlyphMark[]): T[] {
  if (!marks.some((m) => m.hidden)) return items;
  const out: T[] = [];
  // Items and marks both follow the content stream: each item's glyphs are looked for from where the
  // previous item's ended, so two runs drawn at one place (an old figure and the one patched over it)
  // are told apart by their order, not their position.
  let pointer = 0;
  for (const raw of items) {
    const item0 = raw as unknown as RawTextItem;
    if (typeof item0?.str === 'string' && item0.str.trim() !== '') {
      const seq = alignInOrder(item0.str, marks, pointer);
      if (seq) {
        pointer = seq.end;
        const on = seq.marks;
        if (!on.some((m) => m.hidden)) {
          out.push(raw);
          continue;
        }
        if (on.every((m) => m.hidden)) continue;
      }
    }
    const item = raw as unknown as RawTextItem;
    if (typeof item?.str !== 'string' || !Array.isArray(item.transform) || item.str.trim() === '') {
      out.push(raw);
      continue;
    }
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform;
    if (Math.abs(b) > 1e-3 || Math.abs(c) > 1e-3 || a <= 0 || d <= 0) {
      out.push(raw);
      continue;
    }
    const size = Math.abs(d);
    const on = marks
      .filter((m) => {
        const mid = (m.x0 + m.x1) / 2;
        return Math.abs(m.baseline - f) < 0.3 * size && mid >= e - 0.5 && mid <= e + item.width + 0.5;
      })
      .sort((p, q) => p.x0 - q.x0);
    if (on.length === 0 || !on.some((m) => m.hidden)) {
      out.push(raw);
      continue;
    }
    const visible = on.filter((m) => !m.hidden);
    if (visible.length === 0) continue;
    const chars = [...item.str];
    const letters = chars.filter((ch) => ch.trim() !== '');
    if (letters.length !== on.length) {
      out.push(raw);
      continue;
    }
    // Pair characters with marks in order; keep the visible runs, a hidden run parting them as a space.
    let k = 0;
    const runs: string[] = [''];
    for (const ch of chars) {
      if (ch.trim() === '') {
        runs[runs.length - 1] += ch;
        continue;
      }
      const mark = on[k++];
      if (mark && !mark.hidden) runs[runs.length - 1] += ch;
      else if (runs.at(-1) !== '') runs.push('');
    }
    const str = runs
      .map((r) => r.trim())
      .filter((r) => r !== '')
      .join(' ');
    const x0 = Math.min(...visible.map((m) => m.x0));
    const x1 = Math.max(...visible.map((m) => m.x1));
    const transform = item.transform.slice();
    transform[4] = x0;
    out.push({ ...(raw as object), str, transform, width: x1 - x0 } as T);
  }
  return out;
}

/** Letters of a string as the text layer normalises them (ligatures to their letters), spaces dropped. */
function letters(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '');
}

/** How far ahead of the pointer an item's first glyph is looked for. */
const ALIGN_WINDOW = 400;

/**
 * The marks that spell `str` in order, starting at or after `from` (marks getTextContent left out, such as
 * glyphs off the page, may be skipped before the first), or null when they cannot be found.
 */
function alignInOrder(
  str: string,
  marks: GlyphMark[],
  from: number,
): { marks: GlyphMark[]; end: number } | null {
  const want = letters(str);
  if (want === '') return null;
  for (let start = from; start < Math.min(marks.length, from + ALIGN_WINDOW); start++) {
    let k = 0;
    let i = start;
    const taken: GlyphMark[] = [];
    while (k < want.length && i < marks.length) {
      const got = letters((marks[i] as GlyphMark).char);
      if (got === '' || want.slice(k, k + got.length) !== got) break;
      taken.push(marks[i] as GlyphMark);
      k += got.length;
      i++;
    }
    if (k === want.length) return { marks: taken, end: i };
  }
  return null;
}
