/**
 * EXPERIMENT (off by default, NAMNDKOLL_TEXT_FROM_OPS=1): a page's text items rebuilt from its operator
 * list, so that pdfjs parses the content stream once (getOperatorList) instead of twice (getOperatorList
 * and getTextContent). The operator list already holds every shown glyph (pdfjs Glyph objects: unicode,
 * width, vmetric) with the text state, graphics state and marked-content operators around it; this
 * module replays them through the same state machine as pdfjs 5.4.296's PartialEvaluator.getTextContent
 * (buildTextContentItem, compareWithLastPosition, addFakeSpaces, flushTextContentItem), so that the items
 * split and gain spaces where pdfjs's would.
 *
 * What the operator list does not carry exactly, and so where the items can differ from getTextContent's:
 * - Tm operands and form matrices are stored as Float32Array: positions differ in the 7th significant
 *   digit on pages positioned by Tm (and inside forms with a /Matrix).
 * - setFont carries the loaded font, not the resource name: two resource names for one font (F1, F2 → the
 *   same font object) split an item in getTextContent and not here.
 * - An inline image mask (BI … EI with /ImageMask) cannot be told from a Do of one: an open item is
 *   flushed at it here, not by getTextContent.
 * Unsupported here, answered null (the caller then uses getTextContent): Type 3 fonts, fonts set through
 * an ExtGState, fonts the main thread does not hold, right-to-left text.
 *
 * Status (2026-12-02, all 254 fixture PDFs, 785 pages): every page's items equal getTextContent's within
 * 1e-4 (283 pages bit for bit, the rest differing by float32 rounding only); extractions byte-identical
 * (scripts/extract-snapshot.ts), page models structurally identical with coordinates within 5.1e-5 pt;
 * `npm run accuracy` identical. Left off by default: the CPU gain measured on a loaded machine is clear on
 * text-heavy Chromium files (extraction B/A 0.63–0.85) but small over all fixtures (loadPdf 0.93; the full
 * extraction A/B was within noise), and a scan page in a document with fonts costs one image decode that
 * getTextContent-first reading avoids (see load.ts ReadingPlan). scripts/bench-text-from-ops.ts measures it.
 */

/** The font fields pdfjs's text builder reads, as the main thread's font object (FontFaceObject) has them. */
export interface OpsFont {
  vertical?: boolean;
  fontMatrix?: number[];
  isType3Font?: boolean;
  fallbackName?: string;
  ascent?: number;
  descent?: number;
}

/** A pdfjs Glyph as the operator list carries it (the worker's object, passed as it is). */
interface GlyphLike {
  unicode: string;
  width: number;
  vmetric?: number[] | null;
  originalCharCode?: number;
  category: { isWhitespace: boolean; isZeroWidthDiacritic: boolean; isInvisibleFormatMark: boolean };
}

export interface OpsTextItem {
  str: string;
  dir: string;
  width: number;
  height: number;
  transform: number[];
  fontName: string | null;
  hasEOL: boolean;
}

export type OpsContentItem =
  | OpsTextItem
  | { type: 'beginMarkedContent'; tag: string | null }
  | { type: 'beginMarkedContentProps'; id: string | null; tag: string | null }
  | { type: 'endMarkedContent' };

export interface OpsTextContent {
  items: OpsContentItem[];
  styles: Record<
    string,
    {
      fontFamily?: string | undefined;
      ascent?: number | undefined;
      descent?: number | undefined;
      vertical?: boolean | undefined;
    }
  >;
}

/** The operator codes used here (pdfjs's OPS). */
type OpCodes = Record<string, number>;

interface TextState {
  ctm: number[];
  font: OpsFont | null;
  loadedName: string | null;
  fontSize: number;
  fontMatrix: number[];
  textMatrix: number[];
  textLineMatrix: number[];
  charSpacing: number;
  wordSpacing: number;
  leading: number;
  textHScale: number;
  textRise: number;
}

interface ItemState {
  initialized: boolean;
  str: string[];
  totalWidth: number;
  totalHeight: number;
  width: number;
  height: number;
  vertical: boolean;
  prevTransform: number[] | null;
  textAdvanceScale: number;
  spaceInFlowMin: number;
  spaceInFlowMax: number;
  trackingSpaceMin: number;
  negativeSpaceMax: number;
  notASpace: number;
  transform: number[] | null;
  fontName: string | null;
  hasEOL: boolean;
  twoLastChars: [string, string];
  twoLastCharsPos: number;
}

const IDENTITY = [1, 0, 0, 1, 0, 0];
const FONT_IDENTITY_MATRIX = [0.001, 0, 0, 0.001, 0, 0];
const TRACKING_SPACE_FACTOR = 0.102;
const NOT_A_SPACE_FACTOR = 0.03;
const NEGATIVE_SPACE_FACTOR = -0.2;
const SPACE_IN_FLOW_MIN_FACTOR = 0.102;
const SPACE_IN_FLOW_MAX_FACTOR = 0.6;
const VERTICAL_SHIFT_RATIO = 0.25;
/** Characters pdfjs's bidi takes as right-to-left (R, AL, AN): such text is left to getTextContent. */
const RTL = /[\u0590-\u05f4\u0600-\u08ac\ufb50-\ufdff\ufe70-\ufeff]/;

/** pdfjs's Util.transform, operation for operation (same rounding). */
function transform(m1: ArrayLike<number>, m2: ArrayLike<number>): number[] {
  const [a1 = 0, b1 = 0, c1 = 0, d1 = 0, e1 = 0, f1 = 0] = m1 as number[];
  const [a2 = 0, b2 = 0, c2 = 0, d2 = 0, e2 = 0, f2 = 0] = m2 as number[];
  return [
    a1 * a2 + c1 * b2,
    b1 * a2 + d1 * b2,
    a1 * c2 + c1 * d2,
    b1 * c2 + d1 * d2,
    a1 * e2 + c1 * f2 + e1,
    b1 * e2 + d1 * f2 + f1,
  ];
}

function newItemState(): ItemState {
  return {
    initialized: false,
    str: [],
    totalWidth: 0,
    totalHeight: 0,
    width: 0,
    height: 0,
    vertical: false,
    prevTransform: null,
    textAdvanceScale: 0,
    spaceInFlowMin: 0,
    spaceInFlowMax: 0,
    trackingSpaceMin: Number.POSITIVE_INFINITY,
    negativeSpaceMax: Number.NEGATIVE_INFINITY,
    notASpace: Number.NEGATIVE_INFINITY,
    transform: null,
    fontName: null,
    hasEOL: false,
    twoLastChars: [' ', ' '],
    twoLastCharsPos: 0,
  };
}

function cloneState(state: TextState): TextState {
  return {
    ...state,
    textMatrix: state.textMatrix.slice(),
    textLineMatrix: state.textLineMatrix.slice(),
    fontMatrix: state.fontMatrix.slice(),
  };
}

class Unsupported extends Error {}

/**
 * The text content pdfjs's getTextContent({ includeMarkedContent: true }) would give for the page whose
 * operator list this is, or null where this replay does not cover the page (see the module comment).
 */
export function textContentFromOps(
  fnArray: ArrayLike<number>,
  argsArray: ArrayLike<unknown>,
  OPS: OpCodes,
  fontOf: (loadedName: string) => OpsFont | undefined,
  viewBox: number[],
  pageObjId: string,
  normalizeUnicode: (text: string) => string,
): OpsTextContent | null {
  try {
    return replay(fnArray, argsArray, OPS, fontOf, viewBox, pageObjId, normalizeUnicode);
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}

function replay(
  fnArray: ArrayLike<number>,
  argsArray: ArrayLike<unknown>,
  OPS: OpCodes,
  fontOf: (loadedName: string) => OpsFont | undefined,
  viewBox: number[],
  pageObjId: string,
  normalizeUnicode: (text: string) => string,
): OpsTextContent {
  const op = (name: string): number => OPS[name] ?? -1;
  const O = {
    save: op('save'),
    restore: op('restore'),
    transform: op('transform'),
    setFont: op('setFont'),
    setTextRise: op('setTextRise'),
    setHScale: op('setHScale'),
    setLeading: op('setLeading'),
    moveText: op('moveText'),
    setLeadingMoveText: op('setLeadingMoveText'),
    nextLine: op('nextLine'),
    setTextMatrix: op('setTextMatrix'),
    setCharSpacing: op('setCharSpacing'),
    setWordSpacing: op('setWordSpacing'),
    beginText: op('beginText'),
    showText: op('showText'),
    showSpacedText: op('showSpacedText'),
    nextLineShowText: op('nextLineShowText'),
    nextLineSetSpacingShowText: op('nextLineSetSpacingShowText'),
    setGState: op('setGState'),
    beginMarkedContent: op('beginMarkedContent'),
    beginMarkedContentProps: op('beginMarkedContentProps'),
    endMarkedContent: op('endMarkedContent'),
    paintFormXObjectBegin: op('paintFormXObjectBegin'),
    paintFormXObjectEnd: op('paintFormXObjectEnd'),
    beginAnnotation: op('beginAnnotation'),
    endAnnotation: op('endAnnotation'),
  };
  // Images painted by Do (getTextContent flushes the open item at every Do); inline images do not flush.
  const xobjectImages = new Set(
    [
      'paintImageXObject',
      'paintImageMaskXObject',
      'paintImageXObjectRepeat',
      'paintImageMaskXObjectRepeat',
      'paintSolidColorImageMask',
      'paintImageMaskXObjectGroup',
    ].map(op),
  );

  const items: OpsContentItem[] = [];
  const styles: OpsTextContent['styles'] = Object.create(null);
  let state: TextState = {
    ctm: IDENTITY.slice(),
    font: null,
    loadedName: null,
    fontSize: 0,
    fontMatrix: FONT_IDENTITY_MATRIX,
    textMatrix: IDENTITY.slice(),
    textLineMatrix: IDENTITY.slice(),
    charSpacing: 0,
    wordSpacing: 0,
    leading: 0,
    textHScale: 1,
    textRise: 0,
  };
  let stack: TextState[] = [];
  let item = newItemState();
  const forms: Array<{ state: TextState; stack: TextState[]; item: ItemState }> = [];
  let markedLevel = 0;

  // --- pdfjs's getTextContent helpers, over `state` and `item` ---------------------------------------
  const translateTextMatrix = (x: number, y: number): void => {
    const m = state.textMatrix;
    m[4] = (m[0] as number) * x + (m[2] as number) * y + (m[4] as number);
    m[5] = (m[1] as number) * x + (m[3] as number) * y + (m[5] as number);
  };
  const translateTextLineMatrix = (x: number, y: number): void => {
    const m = state.textLineMatrix;
    m[4] = (m[0] as number) * x + (m[2] as number) * y + (m[4] as number);
    m[5] = (m[1] as number) * x + (m[3] as number) * y + (m[5] as number);
  };
  const carriageReturn = (): void => {
    translateTextLineMatrix(0, -state.leading);
    state.textMatrix = state.textLineMatrix.slice();
  };
  const saveLastChar = (char: string): boolean => {
    const nextPos = (item.twoLastCharsPos + 1) % 2;
    const ret = item.twoLastChars[item.twoLastCharsPos] !== ' ' && item.twoLastChars[nextPos] === ' ';
    item.twoLastChars[item.twoLastCharsPos] = char;
    item.twoLastCharsPos = nextPos;
    return ret;
  };
  const shouldAddWhitespace = (): boolean =>
    item.twoLastChars[item.twoLastCharsPos] !== ' ' &&
    item.twoLastChars[(item.twoLastCharsPos + 1) % 2] === ' ';
  const resetLastChars = (): void => {
    item.twoLastChars[0] = item.twoLastChars[1] = ' ';
    item.twoLastCharsPos = 0;
  };
  const pushWhitespace = ({
    width = 0,
    height = 0,
    transform: tx = item.prevTransform,
    fontName = item.fontName,
  }: {
    width?: number;
    height?: number;
    transform?: number[] | null;
    fontName?: string | null;
  }): void => {
    items.push({ str: ' ', dir: 'ltr', width, height, transform: tx as number[], fontName, hasEOL: false });
  };
  const getCurrentTextTransform = (): number[] => {
    const tsm = [state.fontSize * state.textHScale, 0, 0, state.fontSize, 0, state.textRise];
    return transform(state.ctm, transform(state.textMatrix, tsm));
  };
  const ensureTextContentItem = (): ItemState => {
    if (item.initialized) return item;
    const font = state.font as OpsFont;
    const loadedName = state.loadedName as string;
    if (!(loadedName in styles)) {
      styles[loadedName] = {
        fontFamily: font.fallbackName,
        ascent: font.ascent,
        descent: font.descent,
        vertical: font.vertical,
      };
    }
    item.fontName = loadedName;
    const trm = getCurrentTextTransform();
    item.transform = trm;
    if (!font.vertical) {
      item.width = item.totalWidth = 0;
      item.height = item.totalHeight = Math.hypot(trm[2] as number, trm[3] as number);
      item.vertical = false;
    } else {
      item.width = item.totalWidth = Math.hypot(trm[0] as number, trm[1] as number);
      item.height = item.totalHeight = 0;
      item.vertical = true;
    }
    const scaleLineX = Math.hypot(state.textLineMatrix[0] as number, state.textLineMatrix[1] as number);
    const scaleCtmX = Math.hypot(state.ctm[0] as number, state.ctm[1] as number);
    item.textAdvanceScale = scaleCtmX * scaleLineX;
    const { fontSize } = state;
    item.trackingSpaceMin = fontSize * TRACKING_SPACE_FACTOR;
    item.notASpace = fontSize * NOT_A_SPACE_FACTOR;
    item.negativeSpaceMax = fontSize * NEGATIVE_SPACE_FACTOR;
    item.spaceInFlowMin = fontSize * SPACE_IN_FLOW_MIN_FACTOR;
    item.spaceInFlowMax = fontSize * SPACE_IN_FLOW_MAX_FACTOR;
    item.hasEOL = false;
    item.initialized = true;
    return item;
  };
  const updateAdvanceScale = (): void => {
    if (!item.initialized) return;
    const scaleLineX = Math.hypot(state.textLineMatrix[0] as number, state.textLineMatrix[1] as number);
    const scaleCtmX = Math.hypot(state.ctm[0] as number, state.ctm[1] as number);
    const scaleFactor = scaleCtmX * scaleLineX;
    if (scaleFactor === item.textAdvanceScale) return;
    if (!item.vertical) {
      item.totalWidth += item.width * item.textAdvanceScale;
      item.width = 0;
    } else {
      item.totalHeight += item.height * item.textAdvanceScale;
      item.height = 0;
    }
    item.textAdvanceScale = scaleFactor;
  };
  const flushTextContentItem = (): void => {
    if (!item.initialized) return;
    if (!item.vertical) item.totalWidth += item.width * item.textAdvanceScale;
    else item.totalHeight += item.height * item.textAdvanceScale;
    const text = normalizeUnicode(item.str.join(''));
    if (!item.vertical && RTL.test(text)) throw new Unsupported('right-to-left text');
    items.push({
      str: text,
      dir: item.vertical ? 'ttb' : 'ltr',
      width: Math.abs(item.totalWidth),
      height: Math.abs(item.totalHeight),
      transform: item.transform as number[],
      fontName: item.fontName,
      hasEOL: item.hasEOL,
    });
    item.initialized = false;
    item.str.length = 0;
  };
  const appendEOL = (): void => {
    resetLastChars();
    if (item.initialized) {
      item.hasEOL = true;
      flushTextContentItem();
    } else {
      items.push({
        str: '',
        dir: 'ltr',
        width: 0,
        height: 0,
        transform: getCurrentTextTransform(),
        fontName: state.loadedName,
        hasEOL: true,
      });
    }
  };
  const addFakeSpaces = (width: number, transf: number[] | null, textOrientation: number): boolean => {
    if (textOrientation * item.spaceInFlowMin <= width && width <= textOrientation * item.spaceInFlowMax) {
      if (item.initialized) {
        resetLastChars();
        item.str.push(' ');
      }
      return false;
    }
    const fontName = item.fontName;
    let height = 0;
    if (item.vertical) {
      height = width;
      width = 0;
    }
    flushTextContentItem();
    resetLastChars();
    pushWhitespace({
      width: Math.abs(width),
      height: Math.abs(height),
      transform: transf || getCurrentTextTransform(),
      fontName,
    });
    return true;
  };
  const applyInverseRotation = (x: number, y: number, matrix: number[]): [number, number] => {
    const a = matrix[0] as number;
    const b = matrix[1] as number;
    const scale = Math.hypot(a, b);
    return [(a * x + b * y) / scale, ((matrix[2] as number) * x + (matrix[3] as number) * y) / scale];
  };
  const compareWithLastPosition = (glyphWidth: number): boolean => {
    const currentTransform = getCurrentTextTransform();
    let posX = currentTransform[4] as number;
    let posY = currentTransform[5] as number;
    const [v0 = 0, v1 = 0, v2 = 0, v3 = 0] = viewBox;
    if (state.font?.vertical) {
      if (posX < v0 || posX > v2 || posY + glyphWidth < v1 || posY > v3) return false;
    } else if (posX + glyphWidth < v0 || posX > v2 || posY < v1 || posY > v3) {
      return false;
    }
    if (!state.font || !item.prevTransform) return true;
    let lastPosX = item.prevTransform[4] as number;
    let lastPosY = item.prevTransform[5] as number;
    if (lastPosX === posX && lastPosY === posY) return true;
    let rotate = -1;
    const [c0, c1, c2, c3] = currentTransform as [number, number, number, number];
    if (c0 && c1 === 0 && c2 === 0) rotate = c0 > 0 ? 0 : 180;
    else if (c1 && c0 === 0 && c3 === 0) rotate = c1 > 0 ? 90 : 270;
    switch (rotate) {
      case 0:
        break;
      case 90:
        [posX, posY] = [posY, posX];
        [lastPosX, lastPosY] = [lastPosY, lastPosX];
        break;
      case 180:
        [posX, posY, lastPosX, lastPosY] = [-posX, -posY, -lastPosX, -lastPosY];
        break;
      case 270:
        [posX, posY] = [-posY, -posX];
        [lastPosX, lastPosY] = [-lastPosY, -lastPosX];
        break;
      default:
        [posX, posY] = applyInverseRotation(posX, posY, currentTransform);
        [lastPosX, lastPosY] = applyInverseRotation(lastPosX, lastPosY, item.prevTransform);
    }
    if (state.font.vertical) {
      const advanceY = (lastPosY - posY) / item.textAdvanceScale;
      const advanceX = posX - lastPosX;
      const textOrientation = Math.sign(item.height);
      if (advanceY < textOrientation * item.negativeSpaceMax) {
        if (Math.abs(advanceX) > 0.5 * item.width) {
          appendEOL();
          return true;
        }
        resetLastChars();
        flushTextContentItem();
        return true;
      }
      if (Math.abs(advanceX) > item.width) {
        appendEOL();
        return true;
      }
      if (advanceY <= textOrientation * item.notASpace) resetLastChars();
      if (advanceY <= textOrientation * item.trackingSpaceMin) {
        if (shouldAddWhitespace()) {
          resetLastChars();
          flushTextContentItem();
          pushWhitespace({ height: Math.abs(advanceY) });
        } else {
          item.height += advanceY;
        }
      } else if (!addFakeSpaces(advanceY, item.prevTransform, textOrientation)) {
        if (item.str.length === 0) {
          resetLastChars();
          pushWhitespace({ height: Math.abs(advanceY) });
        } else {
          item.height += advanceY;
        }
      }
      if (Math.abs(advanceX) > item.width * VERTICAL_SHIFT_RATIO) flushTextContentItem();
      return true;
    }
    const advanceX = (posX - lastPosX) / item.textAdvanceScale;
    const advanceY = posY - lastPosY;
    const textOrientation = Math.sign(item.width);
    if (advanceX < textOrientation * item.negativeSpaceMax) {
      if (Math.abs(advanceY) > 0.5 * item.height) {
        appendEOL();
        return true;
      }
      resetLastChars();
      flushTextContentItem();
      return true;
    }
    if (Math.abs(advanceY) > item.height) {
      appendEOL();
      return true;
    }
    if (advanceX <= textOrientation * item.notASpace) resetLastChars();
    if (advanceX <= textOrientation * item.trackingSpaceMin) {
      if (shouldAddWhitespace()) {
        resetLastChars();
        flushTextContentItem();
        pushWhitespace({ width: Math.abs(advanceX) });
      } else {
        item.width += advanceX;
      }
    } else if (!addFakeSpaces(advanceX, item.prevTransform, textOrientation)) {
      if (item.str.length === 0) {
        resetLastChars();
        pushWhitespace({ width: Math.abs(advanceX) });
      } else {
        item.width += advanceX;
      }
    }
    if (Math.abs(advanceY) > item.height * VERTICAL_SHIFT_RATIO) flushTextContentItem();
    return true;
  };
  /** pdfjs's buildTextContentItem for one string of a Tj/TJ: its glyphs, or none (a bare TJ number). */
  const buildTextContentItem = (glyphs: GlyphLike[] | null, extraSpacing: number): void => {
    const font = state.font as OpsFont;
    if (!glyphs) {
      const charSpacing = state.charSpacing + extraSpacing;
      if (charSpacing) {
        if (!font.vertical) translateTextMatrix(charSpacing * state.textHScale, 0);
        else translateTextMatrix(0, -charSpacing);
      }
      return;
    }
    const scale = (state.fontMatrix[0] as number) * state.fontSize;
    for (let i = 0, ii = glyphs.length; i < ii; i++) {
      const glyph = glyphs[i] as GlyphLike;
      const category = glyph.category;
      if (category.isInvisibleFormatMark) continue;
      let charSpacing = state.charSpacing + (i + 1 === ii ? extraSpacing : 0);
      let glyphWidth = glyph.width;
      if (font.vertical) glyphWidth = glyph.vmetric ? (glyph.vmetric[0] as number) : -glyphWidth;
      let scaledDim = glyphWidth * scale;
      if (glyph.originalCharCode === 0x20) charSpacing += state.wordSpacing;
      if (category.isWhitespace) {
        if (!font.vertical) {
          charSpacing += scaledDim;
          translateTextMatrix(charSpacing * state.textHScale, 0);
        } else {
          charSpacing += -scaledDim;
          translateTextMatrix(0, -charSpacing);
        }
        saveLastChar(' ');
        continue;
      }
      if (!category.isZeroWidthDiacritic && !compareWithLastPosition(scaledDim)) {
        if (!font.vertical) translateTextMatrix(scaledDim * state.textHScale, 0);
        else translateTextMatrix(0, scaledDim);
        continue;
      }
      const textChunk = ensureTextContentItem();
      if (category.isZeroWidthDiacritic) scaledDim = 0;
      if (!font.vertical) {
        scaledDim *= state.textHScale;
        translateTextMatrix(scaledDim, 0);
        textChunk.width += scaledDim;
      } else {
        translateTextMatrix(0, scaledDim);
        scaledDim = Math.abs(scaledDim);
        textChunk.height += scaledDim;
      }
      if (scaledDim) textChunk.prevTransform = getCurrentTextTransform();
      const glyphUnicode = glyph.unicode;
      if (saveLastChar(glyphUnicode)) textChunk.str.push(' ');
      textChunk.str.push(glyphUnicode);
      if (charSpacing) {
        if (!font.vertical) translateTextMatrix(charSpacing * state.textHScale, 0);
        else translateTextMatrix(0, -charSpacing);
      }
    }
  };
  /**
   * A showText of the operator list: a Tj's glyphs, or a TJ's glyphs and spacing numbers combined. pdfjs's
   * getTextContent joins a TJ's strings up to each non-zero number and builds one run per join.
   */
  const showText = (elements: unknown[]): void => {
    const font = state.font as OpsFont;
    if (elements.length === 0) {
      // A Tj of no characters (or an empty TJ, taken the same): pdfjs moves by the character spacing.
      buildTextContentItem(null, 0);
      return;
    }
    const spaceFactor = ((font.vertical ? 1 : -1) * state.fontSize) / 1000;
    let run: GlyphLike[] = [];
    for (const element of elements) {
      if (typeof element === 'number') {
        if (element === 0) continue;
        buildTextContentItem(run.length > 0 ? run : null, element * spaceFactor);
        run = [];
      } else if (element) {
        run.push(element as GlyphLike);
      }
    }
    if (run.length > 0) buildTextContentItem(run, 0);
  };

  let annotationDepth = 0;
  for (let k = 0; k < fnArray.length; k++) {
    const fn = fnArray[k] as number;
    const args = (argsArray[k] ?? []) as unknown[];
    if (fn === O.beginAnnotation) {
      annotationDepth++;
      continue;
    }
    if (fn === O.endAnnotation) {
      annotationDepth = Math.max(0, annotationDepth - 1);
      continue;
    }
    // getTextContent reads the page's content stream only, not its annotations' appearances.
    if (annotationDepth > 0) continue;
    switch (fn) {
      case O.save:
        stack.push(state);
        state = cloneState(state);
        break;
      case O.restore: {
        const previous = state;
        const restored = stack.pop();
        if (restored) state = restored;
        if (previous.font !== state.font || previous.fontSize !== state.fontSize) flushTextContentItem();
        break;
      }
      case O.transform:
        state.ctm = transform(state.ctm, args as number[]);
        break;
      case O.setFont: {
        const [loadedName, fontSize] = args as [string, number];
        if (state.font && loadedName === state.loadedName && fontSize === state.fontSize) break;
        flushTextContentItem();
        const font = fontOf(loadedName);
        if (!font) throw new Unsupported(`font ${loadedName} not on the main thread`);
        if (font.isType3Font) throw new Unsupported('Type 3 font');
        state.loadedName = loadedName;
        state.fontSize = fontSize;
        state.font = font;
        state.fontMatrix = font.fontMatrix || FONT_IDENTITY_MATRIX;
        break;
      }
      case O.setTextRise:
        state.textRise = args[0] as number;
        break;
      case O.setHScale:
        state.textHScale = (args[0] as number) / 100;
        break;
      case O.setLeading:
        state.leading = args[0] as number;
        break;
      case O.moveText:
        translateTextLineMatrix(args[0] as number, args[1] as number);
        state.textMatrix = state.textLineMatrix.slice();
        break;
      case O.setLeadingMoveText:
        state.leading = -(args[1] as number);
        translateTextLineMatrix(args[0] as number, args[1] as number);
        state.textMatrix = state.textLineMatrix.slice();
        break;
      case O.nextLine:
        carriageReturn();
        break;
      case O.setTextMatrix: {
        const m = Array.from(args[0] as ArrayLike<number>);
        state.textMatrix = m.slice();
        state.textLineMatrix = m.slice();
        updateAdvanceScale();
        break;
      }
      case O.setCharSpacing:
        state.charSpacing = args[0] as number;
        break;
      case O.setWordSpacing:
        state.wordSpacing = args[0] as number;
        break;
      case O.beginText:
        state.textMatrix = IDENTITY.slice();
        state.textLineMatrix = IDENTITY.slice();
        break;
      case O.showText:
      case O.showSpacedText:
        if (!state.font) break;
        showText(args[0] as unknown[]);
        break;
      case O.nextLineShowText:
      case O.nextLineSetSpacingShowText:
        // pdfjs splits these into nextLine (+ spacing) and showText in the operator list.
        throw new Unsupported('\' or " left in the operator list');
      case O.setGState:
        for (const entry of (args[0] ?? []) as unknown[]) {
          if (Array.isArray(entry) && entry[0] === 'Font') throw new Unsupported('font set by an ExtGState');
        }
        break;
      case O.beginMarkedContent: {
        flushTextContentItem();
        markedLevel++;
        const name = args[0] as { name?: unknown } | null | undefined;
        items.push({
          type: 'beginMarkedContent',
          tag: typeof name === 'object' && name !== null && typeof name.name === 'string' ? name.name : null,
        });
        break;
      }
      case O.beginMarkedContentProps: {
        flushTextContentItem();
        markedLevel++;
        const [tag, mcid] = args as [unknown, unknown];
        items.push({
          type: 'beginMarkedContentProps',
          id: Number.isInteger(mcid) ? `${pageObjId}_mc${mcid as number}` : null,
          tag: typeof tag === 'string' ? tag : null,
        });
        break;
      }
      case O.endMarkedContent:
        flushTextContentItem();
        if (markedLevel === 0) break;
        markedLevel--;
        items.push({ type: 'endMarkedContent' });
        break;
      case O.paintFormXObjectBegin: {
        flushTextContentItem();
        forms.push({ state, stack, item });
        state = cloneState(state);
        stack = [];
        item = newItemState();
        const matrix = args[0] as ArrayLike<number> | null;
        if (matrix) state.ctm = transform(state.ctm, matrix);
        break;
      }
      case O.paintFormXObjectEnd: {
        flushTextContentItem();
        const outer = forms.pop();
        if (outer) ({ state, stack, item } = outer);
        break;
      }
      default:
        if (xobjectImages.has(fn)) flushTextContentItem();
    }
  }
  flushTextContentItem();
  return { items, styles };
}
