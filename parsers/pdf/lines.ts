/**
 * Text items → lines in reading order. Shared by every producer of the page model (the PDF text
 * layer, local OCR, Textract), so it only relies on item boxes in top-left-origin points.
 */
import type { LineSegment, TextItem, TextLine } from '../page-model.ts';
import { withoutFootnoteMark } from '../swedish/numbers.ts';

export interface LineOptions {
  /**
   * A gap wider than this many font sizes starts a new segment (a new cell of a borderless table,
   * the amount column of a list). Word spaces are ~0.25–0.35 em; justified lines stretched past
   * this are recognised by their equal gaps and kept whole.
   */
  segmentGapEm?: number;
  /** A gap wider than this many font sizes is a word space; below it, items are glued (split words). */
  spaceGapEm?: number;
  /**
   * Look for a two-column layout and read the left column before the right one. Default true.
   * `'regions'` skips the page-wide gutter search and looks only for regions of two text columns
   * (`findColumnRegions`): OCR reading order cuts the page into sections itself and asks only this
   * of the stretches it found no columns in (a short column beside a long one).
   */
  detectColumns?: boolean | 'regions';
}

const DEFAULTS: Required<LineOptions> = { segmentGapEm: 1.5, spaceGapEm: 0.15, detectColumns: true };

/** Items on one line, before text/segments are derived. */
interface RawLine {
  items: TextItem[];
  top: number;
  bottom: number;
}

function bottomOf(item: TextItem): number {
  return item.y + item.height;
}

/** Leftmost left edge and rightmost right edge (a loop: spreading 100k+ items overflows the stack). */
function horizontalExtent(items: TextItem[]): { left: number; right: number } {
  let left = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    if (item.x < left) left = item.x;
    if (item.x + item.width > right) right = item.x + item.width;
  }
  return { left, right };
}

function verticalOverlap(aTop: number, aBottom: number, bTop: number, bBottom: number): number {
  return Math.min(aBottom, bBottom) - Math.max(aTop, bTop);
}

/**
 * Groups items into raw lines. An item joins the line whose horizontally nearest item overlaps it
 * vertically by at least half the smaller height: that accepts superscripts and footnote marks
 * (which overlap the upper half of the line) and slightly skewed scans (each item is compared with
 * its neighbour, not with the line's first item).
 */
function groupIntoLines(items: TextItem[]): RawLine[] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: RawLine[] = [];
  for (const item of sorted) {
    const itemBottom = bottomOf(item);
    let best: RawLine | undefined;
    let bestOverlap = 0;
    // Lines are created in top order; only recent lines can still overlap this item.
    for (let i = lines.length - 1; i >= 0; i--) {
      const line = lines[i] as RawLine;
      if (line.bottom < item.y - item.height * 2) break;
      let nearest: TextItem | undefined;
      let nearestDistance = Number.POSITIVE_INFINITY;
      for (const other of line.items) {
        const distance =
          other.x > item.x + item.width
            ? other.x - (item.x + item.width)
            : Math.max(0, item.x - (other.x + other.width));
        if (distance < nearestDistance) {
          nearestDistance = distance;
          nearest = other;
        }
      }
      if (!nearest) continue;
      const overlap = verticalOverlap(item.y, itemBottom, nearest.y, bottomOf(nearest));
      const minHeight = Math.max(0.1, Math.min(item.height, nearest.height));
      // Items overlapping horizontally are distinct lines of overprinted text, not one line.
      const overlapsHorizontally =
        nearestDistance === 0 && overlapsX(item, nearest) && !markAtEnd(item, nearest);
      if (overlap >= 0.5 * minHeight && !overlapsHorizontally && overlap / minHeight > bestOverlap) {
        best = line;
        bestOverlap = overlap / minHeight;
      }
    }
    if (best) {
      best.items.push(item);
      best.top = Math.min(best.top, item.y);
      best.bottom = Math.max(best.bottom, itemBottom);
    } else {
      lines.push({ items: [item], top: item.y, bottom: itemBottom });
    }
  }
  return lines;
}

/**
 * A footnote mark set smaller at the end of a figure, its box reaching back into the figure's (a tight
 * <sup>, a producer's kerning): one line with it, not overprinted text. The smaller item starts past
 * the larger one's middle and stands no taller than four fifths of it.
 */
function markAtEnd(a: TextItem, b: TextItem): boolean {
  const [small, large] = a.height < b.height ? [a, b] : [b, a];
  return small.height <= 0.8 * large.height && small.x > large.x + large.width / 2;
}

function overlapsX(a: TextItem, b: TextItem): boolean {
  const overlap = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  return overlap > 0.5 * Math.min(a.width, b.width) && Math.min(a.width, b.width) > 0;
}

/** The font size carrying most characters (ties go to the larger size). */
function dominantHeight(items: TextItem[]): number {
  const weights = new Map<number, number>();
  for (const item of items) {
    const key = Math.round(item.height * 2) / 2;
    weights.set(key, (weights.get(key) ?? 0) + Math.max(1, item.text.length));
  }
  let best = 0;
  let bestWeight = -1;
  for (const [height, weight] of weights) {
    if (weight > bestWeight || (weight === bestWeight && height > best)) {
      best = height;
      bestWeight = weight;
    }
  }
  return best;
}

function joinText(left: string, right: string, spaced: boolean): string {
  if (left === '') return right;
  if (!spaced || /\s$/.test(left) || /^\s/.test(right)) return left + right;
  return `${left} ${right}`;
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const SUPERSCRIPT_ONLY_RE = /^[⁰¹²³⁴⁵⁶⁷⁸⁹]+$/u;

/**
 * Footnote marks set as raised, smaller digits right after a figure or a dash ("12,5" + raised "1",
 * as typeset reports and HTML <sup> print them) become superscript characters, so that the mark
 * is not read as a further digit of the figure ("12,51") nor as a figure of its own ("–" "1" → −1).
 * After a word too ("12,5 mkr" + raised "2", "underskott" + raised "1"): left as a plain digit the
 * mark joins the unit ("mkr2") and hides the amount, or reads as a count of its own.
 * Raised: its bottom sits above the figure's by a quarter of the mark's height or more; set within
 * a word space of the figure.
 */
function footnoteMarksRaised(items: TextItem[]): TextItem[] {
  if (items.length < 2) return items;
  return items.map((item, k) => {
    const before = items[k - 1];
    if (!before || !/^\d{1,2}$/.test(item.text.trim())) return item;
    if (!/[\d\-–—−A-Za-zªµºÀ-ÖØ-öø-ɏ]$/.test(before.text.trim())) return item;
    // Smaller than the figure, raised above its baseline, and set right after it.
    if (item.height > 0.85 * before.height || bottomOf(item) > bottomOf(before) - 0.25 * item.height)
      return item;
    // Set right after it, or after a word space (some producers put one before the mark): a raised
    // small digit a space away is no digit of a figure either ("−255 ²" is not "−255 2" nor "2").
    if (item.x - (before.x + before.width) > 0.6 * before.height) return item;
    const text = item.text.trim().replace(/\d/g, (d) => SUPERSCRIPT_DIGITS[Number(d)] ?? d);
    return { ...item, text };
  });
}

/**
 * Spacing accents that a producer drew over the letter before them, as PostScript programs and TeX-like
 * typesetters build letters their font lacks: "a" and then a ring (or a dieresis) moved back over it. The
 * text layer gives the letter and the accent as two characters, often with a space between or after them,
 * and the accent's own code is that of the spacing form (U+00A8 ¨, U+02DA ˚, U+00B4 ´) or, through a
 * Latin-1 encoding, the degree sign U+00B0 in place of the ring: "va°rd", "fo¨ rvaltningen", "O ¨ kade".
 * Each spacing accent becomes the combining mark on the letter it stands over, composed (NFC): "vård",
 * "förvaltningen", "Ökade". Only a letter that the mark composes with is touched (a degree sign after a
 * figure, "20°C", stays).
 */
const SPACING_ACCENTS: Record<string, string> = {
  '\u00A8': '\u0308',
  '\u02DA': '\u030A',
  '\u00B0': '\u030A',
  '\u00B4': '\u0301',
};
const ACCENT_CHARS = '\u00A8\u02DA\u00B0\u00B4';
const HAS_ACCENT_RE = new RegExp(`[${ACCENT_CHARS}]`, 'u');
const ACCENT_FIRST_RE = new RegExp(`^\\s?[${ACCENT_CHARS}]`, 'u');
/** A letter, the accent over it with the spaces the text layer put around it, and the word going on. */
const LETTER_ACCENT_RE = new RegExp(`([A-Za-z]) ?([${ACCENT_CHARS}]) ?(?=\\p{Ll})`, 'u');

/**
 * The letter with the accent composed on it, or null when that is no letter of Swedish or its neighbours
 * (Latin-1: å, ä, ö, é, ü …; "ẍ" is no letter any paper writes).
 */
function composedWith(letter: string, accent: string): string | null {
  const mark = SPACING_ACCENTS[accent];
  if (!mark) return null;
  const composed = (letter + mark).normalize('NFC');
  return /^[\u00C0-\u00FF]$/u.test(composed) ? composed : null;
}

/**
 * Short Swedish words that end in an accented letter (and the commonest longer ones): after them the space
 * that follows the accent is the word space, not the text layer's artifact of the accent's own move.
 */
const ENDS_IN_ACCENT_RE =
  /(?:^|[^A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:på|då|så|två|få|gå|nå|stå|må|slå|blå|små|rå|också|förstå|miljö|sjö|snö|växjö)$/iu;

/** Every letter-accent pair of `text` composed: "va°rd" → "vård", "fo¨ rvaltningen" → "förvaltningen". */
export function attachSpacingAccents(text: string): string {
  if (!HAS_ACCENT_RE.test(text)) return text;
  let out = '';
  let rest = text;
  for (let m = LETTER_ACCENT_RE.exec(rest); m !== null; m = LETTER_ACCENT_RE.exec(rest)) {
    const [whole, letter = '', accent = ''] = m;
    const composed = composedWith(letter, accent);
    const head = rest.slice(0, m.index);
    rest = rest.slice(m.index + whole.length);
    LETTER_ACCENT_RE.lastIndex = 0;
    if (!composed) {
      out += head + whole;
      continue;
    }
    const word = out + head + composed;
    out = whole.endsWith(' ') && ENDS_IN_ACCENT_RE.test(word) ? `${word} ` : word;
  }
  LETTER_ACCENT_RE.lastIndex = 0;
  return out + rest;
}

/**
 * Items whose text starts with a spacing accent drawn back over the last letter of the item before
 * (it begins left of that item's end) join that item, and every letter-accent pair is composed.
 */
function accentsOverLetters(items: TextItem[]): TextItem[] {
  if (!items.some((item) => HAS_ACCENT_RE.test(item.text))) return items;
  const out: TextItem[] = [];
  for (const item of items) {
    const before = out.at(-1);
    const merged = before ? withAccentOver(before, item) : null;
    if (merged) {
      out[out.length - 1] = merged;
      continue;
    }
    const text = attachSpacingAccents(item.text);
    out.push(text === item.text ? item : { ...item, text });
  }
  return out;
}

/**
 * `before` with `item` joined to it when `item` starts with a spacing accent drawn back over `before`'s
 * last letter (it begins left of `before`'s end, on the same line), the accent composed on that letter;
 * null otherwise.
 */
export function withAccentOver(before: TextItem, item: TextItem): TextItem | null {
  if (!ACCENT_FIRST_RE.test(item.text) || !/[A-Za-zªµºÀ-ÖØ-öø-ɏ] ?$/u.test(before.text)) return null;
  const height = Math.max(before.height, 1);
  if (item.x >= before.x + before.width + 0.1 * height || item.x < before.x) return null;
  if (Math.abs(bottomOf(item) - bottomOf(before)) > 0.5 * height) return null;
  const right = Math.max(before.x + before.width, item.x + item.width);
  const text = attachSpacingAccents(`${before.text.trimEnd()}${item.text.trimStart()}`);
  const merged: TextItem = { ...before, text, width: right - before.x };
  if (item.spaceAfter) merged.spaceAfter = true;
  else delete merged.spaceAfter;
  return merged;
}

/** Words of capitals set letter-spaced and read with a space between their letters ("D E L Å R S"). */
const SPACED_CAPITALS_RE = /^[\p{Lu}\d](?: [\p{Lu}\d])+$/u;
const SPACED_WORD_RE = /^\p{Lu}(?: \p{Lu}){3,}$/u;
const SINGLE_CAPITAL_RE = /^[\p{Lu}\d\-–]$/u;

/**
 * Letter-spaced headings (CSS letter-spacing, a Tc character spacing, or each letter placed as its
 * own run) read as words again: on a line with a word of four or more spaced capitals, every run of
 * single capitals or figures, each followed by a space, is one word;
 * among single-capital items, only a gap wider than the letters' own spacing by a word space (a third
 * of an em) separates words. Returns the gap below which two items of the line are not spaced.
 */
function letterSpaced(items: TextItem[], em: number): { items: TextItem[]; letterGap: number | null } {
  // Spaced figures ("2 0 2 6") are one number only beside spaced capitals: "1 2 3 4" alone may be cells.
  const spaced = (item: TextItem) => SPACED_CAPITALS_RE.test(item.text.trim());
  const heading = items.some((item) => SPACED_WORD_RE.test(item.text.trim()));
  const out = heading
    ? items.map((item) => (spaced(item) ? { ...item, text: item.text.trim().replace(/ /g, '') } : item))
    : items;
  const gaps: number[] = [];
  for (let k = 1; k < out.length; k++) {
    const a = out[k - 1] as TextItem;
    const b = out[k] as TextItem;
    if (SINGLE_CAPITAL_RE.test(a.text.trim()) && SINGLE_CAPITAL_RE.test(b.text.trim()))
      gaps.push(b.x - (a.x + a.width));
  }
  if (gaps.length < 3) return { items: out, letterGap: null };
  const tracking = Math.max(0, Math.min(...gaps));
  return { items: out, letterGap: tracking > 0.1 * em ? tracking + 0.3 * em : null };
}

/**
 * Figures whose thousands are set apart by a figure space (U+2007, the width of a digit) that the producer
 * wrote as a gap between two text runs rather than as a character, as Chromium does: "1" and "578,5" a
 * digit's width apart are the one figure "1 578,5". The run after the gap must start with a group of
 * exactly three digits, the run before it end with a figure's first one to three digits, and the gap be
 * wider than a word space and no wider than a digit (0.4–0.75 em); cells of two columns stand further
 * apart. Returns the runs that continue the figure of the run before them.
 */
const GROUP_START_RE = /(?:^|[\s(\-\u2012\u2013\u2212])\d{1,3}$/u;
const GROUP_REST_RE = /^\d{3}(?![\d.])/u;
function figureSpaceGroups(items: TextItem[], em: number): Set<TextItem> {
  const continued = new Set<TextItem>();
  for (let k = 1; k < items.length; k++) {
    const before = items[k - 1] as TextItem;
    const item = items[k] as TextItem;
    if (!GROUP_REST_RE.test(item.text) || !GROUP_START_RE.test(before.text.trimEnd())) continue;
    const gap = item.x - (before.x + before.width);
    if (gap >= 0.4 * em && gap <= 0.75 * em) continued.add(item);
  }
  return continued;
}

function finishLine(raw: RawLine, options: Required<LineOptions>, splits?: ReadonlySet<TextItem>): TextLine {
  const sorted = [...raw.items].sort((a, b) => a.x - b.x);
  const fontSize = dominantHeight(sorted);
  const em = fontSize > 0 ? fontSize : 10;
  const { items, letterGap } = letterSpaced(footnoteMarksRaised(accentsOverLetters(sorted)), em);
  const grouped = figureSpaceGroups(items, em);
  // A figure whose thousands were a gap starts where its first digits stand: a split found at the
  // thousands (a number column's tab stop) moves to them.
  let cuts = splits;
  if (grouped.size > 0 && splits) {
    const moved = new Set(splits);
    items.forEach((item, k) => {
      const before = items[k - 1];
      if (before && grouped.has(item) && moved.has(item)) {
        moved.delete(item);
        moved.add(before);
      }
    });
    cuts = moved;
  }
  const segments: LineSegment[] = [];
  let current: { text: string; x: number; right: number } | undefined;
  let previous: TextItem | undefined;
  for (const item of items) {
    const right = item.x + item.width;
    if (current && previous && grouped.has(item)) {
      current.text = `${current.text}\u2009${item.text}`;
      current.right = Math.max(current.right, right);
    } else if (current && previous) {
      const gap = item.x - current.right;
      if (gap > options.segmentGapEm * em || (gap > 0 && cuts?.has(item))) {
        segments.push({ text: current.text.trim(), x: current.x, width: current.right - current.x });
        current = { text: item.text, x: item.x, right };
      } else {
        const tracked =
          letterGap !== null &&
          gap <= letterGap &&
          SINGLE_CAPITAL_RE.test(previous.text.trim()) &&
          SINGLE_CAPITAL_RE.test(item.text.trim());
        const spaced = !tracked && (gap > options.spaceGapEm * em || previous.spaceAfter === true);
        current.text = joinText(current.text, item.text, spaced);
        current.right = Math.max(current.right, right);
      }
    } else {
      current = { text: item.text, x: item.x, right };
    }
    previous = item;
  }
  if (current) segments.push({ text: current.text.trim(), x: current.x, width: current.right - current.x });
  if (isJustifiedProse(segments)) {
    const first = segments[0] as LineSegment;
    const last = segments[segments.length - 1] as LineSegment;
    segments.splice(0, segments.length, {
      text: segments.map((segment) => segment.text).join(' '),
      x: first.x,
      width: last.x + last.width - first.x,
    });
  }

  let boldChars = 0;
  let chars = 0;
  let confidence: number | undefined;
  for (const item of items) {
    const length = item.text.replace(/\s/g, '').length;
    chars += length;
    if (item.bold) boldChars += length;
    if (item.confidence !== undefined) confidence = Math.min(confidence ?? 1, item.confidence);
  }
  const { left: x, right: rightEdge } = horizontalExtent(items);
  const line: TextLine = {
    text: segments.map((segment) => segment.text).join('  '),
    items,
    segments,
    x,
    y: raw.top,
    width: rightEdge - x,
    height: raw.bottom - raw.top,
    fontSize,
    bold: chars > 0 && boldChars * 2 > chars,
  };
  if (confidence !== undefined) line.confidence = confidence;
  return line;
}

/**
 * A justified line of prose stretched so far that its word spaces pass the segment gap (long
 * Swedish compounds in a narrow column): three or more single words, none a number, separated by
 * equal gaps. Table rows have numbers or unequal gaps.
 */
function isJustifiedProse(segments: LineSegment[]): boolean {
  if (segments.length < 3) return false;
  // Ordinals ("Stycke 1.", "§ 12.") occur in prose; bare figures are table cells.
  const figure = (text: string): boolean => isNumericSegment(text) && !/^\d+\.$/.test(text);
  if (segments.some((segment) => /\s/.test(segment.text) || figure(segment.text))) return false;
  const gaps: number[] = [];
  for (let i = 1; i < segments.length; i++) {
    const before = segments[i - 1] as LineSegment;
    gaps.push((segments[i] as LineSegment).x - (before.x + before.width));
  }
  const smallest = gaps.reduce((a, b) => Math.min(a, b));
  const largest = gaps.reduce((a, b) => Math.max(a, b));
  return largest <= smallest * 1.15 + 0.5;
}

/**
 * A two-word line of justified prose (a long compound left alone with one short word) has one
 * huge gap; it is prose when a neighbouring one-segment line spans exactly the same width.
 */
function mergeJustifiedPairs(lines: TextLine[]): TextLine[] {
  const figure = (text: string): boolean => isNumericSegment(text) && !/^\d+\.$/.test(text);
  return lines.map((line, index) => {
    if (line.segments.length !== 2) return line;
    if (line.segments.some((segment) => /\s/.test(segment.text) || figure(segment.text))) return line;
    const right = line.x + line.width;
    const sameMeasure = [lines[index - 1], lines[index + 1]].some(
      (other) =>
        other !== undefined &&
        other.segments.length === 1 &&
        Math.abs(other.x - line.x) <= 1 &&
        Math.abs(other.x + other.width - right) <= 1 &&
        Math.abs(other.y - line.y) <= 3 * Math.max(line.height, other.height),
    );
    if (!sameMeasure) return line;
    const text = line.segments.map((segment) => segment.text).join(' ');
    return { ...line, text, segments: [{ text, x: line.x, width: line.width }] };
  });
}

/** Tolerance, in points, for items to share a tab stop. */
const STOP_TOLERANCE = 1;

/**
 * Numeric items that stand at a tab stop of a number column: they start (or end) at the same x,
 * within a point, on at least three lines, after at least a word space, and end their line or are
 * followed by another number. A borderless table whose numbers sit less than the segment gap from
 * a long title still shows its column this way.
 */
function numericColumnSplits(raws: RawLine[], options: Required<LineOptions>): Set<TextItem> {
  /** A cell's figure with the footnote mark raised after it ("3 231" + a small raised "3"): one unit. */
  interface Unit {
    item: TextItem;
    left: number;
    right: number;
  }
  const candidates: Unit[] = [];
  for (const raw of raws) {
    if (raw.items.length < 2) continue;
    const sorted = [...raw.items].sort((a, b) => a.x - b.x);
    const em = dominantHeight(sorted) || 10;
    const units: Unit[] = [];
    for (const item of footnoteMarksRaised(sorted)) {
      const last = units.at(-1);
      if (last && SUPERSCRIPT_ONLY_RE.test(item.text.trim())) {
        last.right = Math.max(last.right, item.x + item.width);
        continue;
      }
      units.push({ item, left: item.x, right: item.x + item.width });
    }
    let right = (units[0] as Unit).right;
    for (let i = 1; i < units.length; i++) {
      const unit = units[i] as Unit;
      const next = units[i + 1];
      const gap = unit.left - right;
      right = Math.max(right, unit.right);
      if (gap < 0.25 * em || !isNumericSegment(unit.item.text)) continue;
      // A cell ends the line or is followed by another cell; a number inside a sentence is not.
      const nextGap = next ? next.left - unit.right : Number.POSITIVE_INFINITY;
      if (
        !next ||
        nextGap > options.segmentGapEm * em ||
        (nextGap >= 0.25 * em && isNumericSegment(next.item.text))
      ) {
        candidates.push(unit);
      }
    }
  }
  const splits = new Set<TextItem>();
  if (candidates.length < 3) return splits;
  for (const edge of [(unit: Unit) => unit.left, (unit: Unit) => unit.right]) {
    const sorted = [...candidates].sort((a, b) => edge(a) - edge(b));
    let cluster: Unit[] = [];
    const flush = (): void => {
      if (cluster.length >= 3) for (const unit of cluster) splits.add(unit.item);
      cluster = [];
    };
    for (const unit of sorted) {
      const first = cluster[0];
      if (first && edge(unit) - edge(first) > STOP_TOLERANCE) flush();
      cluster.push(unit);
    }
    flush();
  }
  return splits;
}

/** Sort key: the vertical middle of the line's dominant-size items, so superscripts do not lift a line. */
function lineMiddle(line: TextLine): number {
  const main = line.items.filter((item) => Math.abs(item.height - line.fontSize) < 0.75);
  const pool = main.length > 0 ? main : line.items;
  let sum = 0;
  for (const item of pool) sum += item.y + item.height / 2;
  return sum / pool.length;
}

/** Lines top to bottom; lines whose middles are within a quarter font size form one row, read left first. */
function sortReadingOrder(lines: TextLine[]): TextLine[] {
  const keyed = lines.map((line) => ({ line, middle: lineMiddle(line) }));
  keyed.sort((a, b) => {
    if (Math.abs(a.middle - b.middle) < 0.25 * Math.min(a.line.fontSize || 1, b.line.fontSize || 1)) {
      return a.line.x - b.line.x;
    }
    return a.middle - b.middle;
  });
  return keyed.map((entry) => entry.line);
}

/** A vertical strip free of text that splits a page into two text columns. */
export interface Gutter {
  left: number;
  right: number;
}

function unionLength(intervals: Array<[number, number]>): number {
  if (intervals.length === 0) return 0;
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let [start, end] = sorted[0] as [number, number];
  for (const [s, e] of sorted.slice(1)) {
    if (s > end) {
      total += end - start;
      start = s;
      end = e;
    } else {
      end = Math.max(end, e);
    }
  }
  return total + (end - start);
}

/**
 * Finds a two-column layout: a strip at least ~1.5 em wide, in the middle half of the text's
 * horizontal extent, that no item crosses over ≥ 70% of the text's height (headings and
 * full-width paragraphs may cross it), with prose on both sides (each side at least a quarter of
 * the width, mostly single-segment lines filling their column from a common margin). The
 * emptiest such strip wins.
 * The prose test and `isTableShaped` keep borderless tables (whose columns also leave free strips)
 * and lists beside their amounts intact.
 */
export function findGutter(items: TextItem[], options: LineOptions = {}): Gutter | null {
  const opts = { ...DEFAULTS, ...options };
  if (items.length < 20) return null;
  const { left: minX, right: maxX } = horizontalExtent(items);
  const width = maxX - minX;
  if (width < 200) return null;
  const totalHeight = unionLength(items.map((item) => [item.y, bottomOf(item)]));
  if (totalHeight <= 0) return null;
  const em = dominantHeight(items) || 10;

  // Height of text crossing each 2-pt strip, by a difference array: items of one line never overlap
  // horizontally, so the sum of crossing heights is the strip's covered height.
  // 2-pt strips, coarser on absurdly wide input so that the work stays bounded.
  const binSize = Math.max(2, width / 2000);
  const binCount = Math.ceil(width / binSize);
  const diff = new Float64Array(binCount + 1);
  for (const item of items) {
    const first = Math.max(0, Math.floor((item.x - minX) / binSize));
    const last = Math.min(binCount - 1, Math.floor((item.x + item.width - minX) / binSize));
    diff[first] = (diff[first] ?? 0) + item.height;
    diff[last + 1] = (diff[last + 1] ?? 0) - item.height;
  }
  const coverage = new Float64Array(binCount);
  let covered = 0;
  for (let bin = 0; bin < binCount; bin++) {
    covered += diff[bin] ?? 0;
    coverage[bin] = covered;
  }
  // Coverage averaged over about an em, so that word spaces in a heading crossing the gutter do
  // not look like the gap itself.
  const reach = Math.max(1, Math.ceil((0.5 * em) / binSize));
  const smooth = new Float64Array(binCount);
  for (let bin = 0; bin < binCount; bin++) {
    let sum = 0;
    let count = 0;
    for (let b = Math.max(0, bin - reach); b <= Math.min(binCount - 1, bin + reach); b++) {
      sum += coverage[b] ?? 0;
      count++;
    }
    smooth[bin] = sum / count;
  }
  const freeLimit = 0.3 * totalHeight;
  const lowBin = Math.floor(binCount * 0.25);
  const highBin = Math.min(binCount - 1, Math.ceil(binCount * 0.75));
  // Runs of free strips; each is narrowed to its emptiest part (the real gap between columns,
  // not the sparse tail of a short column beside it).
  const candidates: Array<Gutter & { coverage: number }> = [];
  let runStart = -1;
  for (let bin = lowBin; bin <= highBin + 1; bin++) {
    if (bin <= highBin && (coverage[bin] ?? 0) <= freeLimit) {
      if (runStart < 0) runStart = bin;
      continue;
    }
    if (runStart >= 0) {
      let least = Number.POSITIVE_INFINITY;
      let at = runStart;
      for (let b = runStart; b < bin; b++) {
        if ((smooth[b] ?? 0) < least) {
          least = smooth[b] ?? 0;
          at = b;
        }
      }
      const near = least + 0.05 * totalHeight;
      let from = at;
      let to = at;
      while (from > runStart && (coverage[from - 1] ?? 0) <= near) from--;
      while (to < bin - 1 && (coverage[to + 1] ?? 0) <= near) to++;
      const left = minX + from * binSize;
      const right = minX + (to + 1) * binSize;
      // Whole bins only: an item edge inside a bin marks it covered, so the strip measured can be up
      // to two bins narrower than the real gap (a typeset column gap of 16 pt at 9.5 pt text).
      if (right - left >= 1.5 * em - 2 * binSize) candidates.push({ left, right, coverage: least });
      runStart = -1;
    }
  }
  candidates.sort((a, b) => a.coverage - b.coverage || b.right - b.left - (a.right - a.left));
  for (const { left, right } of candidates) {
    const leftItems = items.filter((item) => item.x + item.width <= right);
    const rightItems = items.filter((item) => item.x >= left);
    if (
      isProseColumn(leftItems, totalHeight, width, opts) &&
      isProseColumn(rightItems, totalHeight, width, opts)
    ) {
      // The table test on the lines between the full-width ones (those with an item in the gutter).
      const between = groupIntoLines(items).filter(
        (raw) => !raw.items.some((item) => item.x < right - 1 && item.x + item.width > left + 1),
      );
      const lefts: TextLine[] = [];
      const rights: TextLine[] = [];
      for (const raw of between) {
        const { left: leftPart, right: rightPart } = splitAt(raw, right);
        if (leftPart.length > 0) lefts.push(finishLine(rawOf(leftPart), opts));
        if (rightPart.length > 0) rights.push(finishLine(rawOf(rightPart), opts));
      }
      const margin = horizontalExtent(rights.flatMap((line) => line.items)).left;
      if (lefts.length > 0 && rights.length > 0 && isTableShaped(lefts, rights, margin, em)) continue;
      return { left, right };
    }
  }
  return null;
}

function isProseColumn(
  items: TextItem[],
  totalHeight: number,
  pageTextWidth: number,
  opts: Required<LineOptions>,
): boolean {
  if (items.length === 0) return false;
  const { left, right } = horizontalExtent(items);
  const columnWidth = right - left;
  if (columnWidth < 0.25 * pageTextWidth) return false;
  // The last column of an article may hold only the tail of its text: a few lines suffice.
  if (unionLength(items.map((item) => [item.y, bottomOf(item)])) < 0.1 * totalHeight) return false;
  const lines = groupIntoLines(items).map((raw) => finishLine(raw, opts));
  if (lines.length < 3) return false;
  const single = lines.filter((line) => line.segments.length === 1).length;
  const filled = lines.filter((line) => line.width >= 0.6 * columnWidth).length;
  // A column's lines start at its margin (indents and centred headings aside).
  const starts = new Map<number, number>();
  for (const line of lines) starts.set(Math.round(line.x / 2), (starts.get(Math.round(line.x / 2)) ?? 0) + 1);
  let atMargin = 0;
  for (const [start, count] of starts) {
    atMargin = Math.max(atMargin, count + (starts.get(start - 1) ?? 0) + (starts.get(start + 1) ?? 0));
  }
  if (single >= 0.7 * lines.length && filled >= 0.5 * lines.length && atMargin >= 0.6 * lines.length)
    return true;
  return holdsProseAndTable(lines, columnWidth);
}

/**
 * A column of running text that also holds a table (a report's measure table set inside one of its
 * columns): most lines are not single-segment, but the column still has a body of full prose lines
 * (single segment, filling the column from its margin) and every table row starts with its label.
 * Borderless tables spread over the page have no such body of full prose lines on either side.
 */
function holdsProseAndTable(lines: TextLine[], columnWidth: number): boolean {
  const prose = lines.filter((line) => line.segments.length === 1 && line.width >= 0.8 * columnWidth);
  if (prose.length < 3 || prose.length < 0.15 * lines.length) return false;
  // A table's rows start with their label; rows starting with a figure are the right-hand half of a
  // wider table whose labels lie across the gap.
  const rows = lines.filter((line) => line.segments.length > 1);
  if (rows.some((line) => isNumericSegment(line.segments[0]?.text ?? ''))) return false;
  const margin = Math.min(...prose.map((line) => line.x));
  const atMargin = prose.filter((line) => Math.abs(line.x - margin) <= 2).length;
  return atMargin >= 0.8 * prose.length;
}

/**
 * Two text columns in a region of the page (between full-width elements), found from the right
 * column's margin: a left edge x where several lines (or the parts of lines after a wide gap)
 * start, with a whitespace strip at least an em wide just left of it that the lines of the region
 * do not cross. Lines that cross the strip (a heading or a table spanning both columns) bound the
 * regions. A region is split only when both sides read as running text; a borderless table, whose
 * columns also leave such strips, is kept whole (see `isTextColumnPair`). Used when the page-wide
 * `findGutter` finds nothing: a short column beside a long one (a decision block in the right
 * column of a memo) covers too little of the page for it.
 */
interface ColumnRegion {
  /** Indexes into the top-sorted raw lines, first to last. */
  first: number;
  last: number;
  /** Right column margin: items starting at or right of it belong to the right column. */
  margin: number;
  /**
   * A third column right of the two text columns (a fact box, a sidebar of key figures): items
   * starting at or right of it are read after both text columns.
   */
  sidebar?: number;
}

/** Tolerance, in points, for the right column's lines to share its margin. */
const MARGIN_TOLERANCE = 1.5;

/** Parts of a raw line left and right of a column margin. */
function splitAt(raw: RawLine, margin: number): { left: TextItem[]; right: TextItem[] } {
  const left: TextItem[] = [];
  const right: TextItem[] = [];
  for (const item of raw.items) (item.x >= margin - MARGIN_TOLERANCE ? right : left).push(item);
  return { left, right };
}

function rawOf(items: TextItem[]): RawLine {
  let top = Number.POSITIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    top = Math.min(top, item.y);
    bottom = Math.max(bottom, bottomOf(item));
  }
  return { items, top, bottom };
}

/**
 * Whether the line bounds a column region at this margin: an item reaches into the strip
 * [margin − strip, margin) that a gutter needs free (a heading across), or the line is a table row
 * (three or more cells, one of them a figure) whose columns happen to leave the strip free.
 */
function crossesMargin(
  raw: RawLine,
  margin: number,
  strip: number,
  options: Required<LineOptions>,
  /** The line's segments when the caller keeps them (the same line is tested at many margins). */
  segmentsOf: () => LineSegment[] = () => finishLine(raw, options).segments,
): boolean {
  if (raw.items.some((item) => item.x < margin - MARGIN_TOLERANCE && item.x + item.width > margin - strip))
    return true;
  if (raw.items.length < 3) return false;
  const segments = segmentsOf();
  // A row whose part right of the margin opens with words of its own, well right of the margin
  // ("… ungdomstandvården och" | "Besök  61 400"), is a line of text beside a box's row, not a
  // table row across the margin (whose figures stand under their years right of its label).
  const right = segments.filter((segment) => segment.x >= margin - MARGIN_TOLERANCE);
  const boxRow =
    right.length > 0 &&
    !isNumericSegment((right[0] as LineSegment).text) &&
    (right[0] as LineSegment).x >= margin + 2 * (dominantHeight(raw.items) || 10) &&
    segments.filter((segment) => segment.x < margin - MARGIN_TOLERANCE).length === 1;
  if (!boxRow && segments.length >= 3 && segments.some((segment) => isNumericSegment(segment.text)))
    return true;
  // Figure cells set closer than the segment gap ("Summa  39 782 47 533 48 119" in a narrow table):
  // two figures side by side, further apart than a word space, are cells of a row, not prose.
  const sorted = [...raw.items].sort((a, b) => a.x - b.x);
  const em = dominantHeight(sorted) || 10;
  for (let k = 1; k < sorted.length; k++) {
    const a = sorted[k - 1] as TextItem;
    const b = sorted[k] as TextItem;
    if (isNumericSegment(a.text) && isNumericSegment(b.text) && b.x - (a.x + a.width) >= 0.5 * em)
      return true;
  }
  return false;
}

/** Words of a part: runs of letters or digits. */
function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[A-Za-zªµºÀ-ÖØ-öø-ɏ\d]/u.test(word)).length;
}

/** The middle value (the upper of the two middles for an even count; 0 for none). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * Both sides of a region are columns of running text, not the columns of a table:
 * - each side has at least two lines, one of them at least four words long, a median of two words
 *   or more, few lines of figures, and lines that are one segment (no inner wide gap: a table row
 *   with more columns has them);
 * - most right parts start at the margin;
 * - the two sides are not shaped like a table's columns (`isTableShaped`).
 */
function isTextColumnPair(lefts: TextLine[], rights: TextLine[], margin: number, em: number): boolean {
  for (const side of [lefts, rights]) {
    if (side.length < 2) return false;
    const words = side.map((line) => wordCount(line.text));
    if (Math.max(...words) < 4 || median(words) < 2) return false;
    const figures = side.filter((line) => !/[A-Za-zªµºÀ-ÖØ-öø-ɏ]{2}/u.test(line.text)).length;
    if (figures > Math.max(1, 0.2 * side.length)) return false;
    const single = side.filter((line) => line.segments.length === 1).length;
    if (single < 0.8 * side.length) return false;
  }
  const atMargin = rights.filter((line) => Math.abs(line.x - margin) <= MARGIN_TOLERANCE).length;
  if (atMargin < 0.6 * rights.length) return false;
  if (isFormRows(lefts, rights, em) || isFormRows(rights, lefts, em)) return false;
  return !isTableShaped(lefts, rights, margin, em);
}

/**
 * A short side (four lines or fewer) whose lines stand apart by a line's gap or more, none running on
 * into the next, each beside a line of the other side at its height with nothing else of the other side
 * between them: the rows of a form or table beside each other — a memo's ruled header table, "Region …"
 * / "Datum: …" / "Handläggare: …" left and "Tjänsteskrivelse" / "Diarienummer: …" / "Till: …" right —
 * not two columns of running text, whose lines follow each other at the text's leading.
 */
function isFormRows(side: TextLine[], other: TextLine[], em: number): boolean {
  if (side.length < 2 || side.length > 4) return false;
  const sorted = [...side].sort((a, b) => a.y - b.y);
  for (let i = 1; i < sorted.length; i++) {
    const above = sorted[i - 1] as TextLine;
    if ((sorted[i] as TextLine).y - (above.y + above.height) < 0.7 * em) return false;
  }
  if (continuations(sorted) > 0) return false;
  const first = sorted[0] as TextLine;
  const last = sorted.at(-1) as TextLine;
  const within = other.filter((line) => line.y < last.y + last.height && line.y + line.height > first.y);
  return (
    within.length === sorted.length &&
    sorted.every((line) => within.some((o) => Math.abs(o.y - line.y) <= 0.3 * em))
  );
}

/**
 * A second column holding only what the first could not take: a line or two at the top of the region,
 * at the margin, after a first column of running text whose last line stops mid-sentence ("… bygger
 * på beslut i" / "Regionstyrelsen 2024-06-04 (§ 206)."). Too short to be judged a column of its own
 * (`isTextColumnPair`), it is the text's end when the first column reads as running text: five lines
 * or more of one segment each, few figures, lines that run on into the next.
 */
function isOverflowColumn(lefts: TextLine[], rights: TextLine[], margin: number, em: number): boolean {
  if (rights.length < 1 || rights.length > 3 || lefts.length < 5) return false;
  if (!rights.every((line) => line.segments.length === 1 && Math.abs(line.x - margin) <= MARGIN_TOLERANCE))
    return false;
  if (!rights.some((line) => /[A-Za-zªµºÀ-ÖØ-öø-ɏ]{2}/u.test(line.text))) return false;
  // The overflow stands at the top of the column, its lines one under the other.
  const top = Math.min(...lefts.map((line) => line.y));
  if ((rights[0] as TextLine).y > top + 0.5 * em) return false;
  for (let i = 1; i < rights.length; i++) {
    const above = rights[i - 1] as TextLine;
    if ((rights[i] as TextLine).y - (above.y + above.height) > 1.5 * em) return false;
  }
  const last = lefts.reduce((a, b) => (b.y > a.y ? b : a));
  if (/[.!?:;]\s*$/u.test(last.text.trim())) return false;
  const words = lefts.map((line) => wordCount(line.text));
  if (Math.max(...words) < 4 || median(words) < 2) return false;
  if (
    lefts.filter((line) => !/[A-Za-zªµºÀ-ÖØ-öø-ɏ]{2}/u.test(line.text)).length >
    Math.max(1, 0.2 * lefts.length)
  )
    return false;
  if (lefts.filter((line) => line.segments.length === 1).length < 0.8 * lefts.length) return false;
  const sorted = [...lefts].sort((a, b) => a.y - b.y);
  return continuations(sorted) >= Math.max(2, 0.3 * sorted.length);
}

/**
 * Lines of running text that go on on the next line: the next line starts in lower case, or with a
 * figure after a line that does not end a sentence ("… ökade med" / "14,8 mkr"). Swedish prose
 * wraps mid-sentence; table cells and list items start afresh.
 */
function continuations(side: TextLine[]): number {
  let count = 0;
  for (let i = 1; i < side.length; i++) {
    const next = (side[i] as TextLine).text.trim();
    const before = (side[i - 1] as TextLine).text.trim();
    if (/^\p{Ll}/u.test(next) || (/^\d/.test(next) && !/[.:;!?]$/.test(before) && startsRunningText(next)))
      count++;
  }
  return count;
}

/** A list marker ("a)", "2.", "(3)", "•", "–") or a figure at the start of a line. */
const ITEM_START_RE = /^(?:\d{1,2}[.)]|[a-zåäö][.)]|\((?:\d{1,2}|[a-zåäö])\)|[•▪●◦■*·–—-]|[-−–(]?\d)\s?/u;

/**
 * A side of three lines or more where no line runs on into the next (`continuations`) and most
 * lines start with a list marker or a figure: the items of a list or the cells of a table column,
 * each line on its own, not a column of running text.
 */
function isItemColumn(side: TextLine[]): boolean {
  if (side.length < 3 || continuations(side) > 0) return false;
  const items = side.filter((line) => ITEM_START_RE.test(line.text.trim())).length;
  return items >= 0.6 * side.length;
}

/** A line starting with a figure that runs on as text, not a list number ("2." / "2)") nor a cell of figures. */
function startsRunningText(text: string): boolean {
  return !/^\d{1,2}[.)]\s/.test(text) && /[A-Za-zªµºÀ-ÖØ-öø-ɏ]{2}/u.test(text);
}

/**
 * Two sides that are the columns of a table (or a list beside its amounts, or side headings beside
 * their paragraphs) rather than text columns:
 * - the gap before the right side is more than ten ems wide, or fewer than half the left lines
 *   fill their column (running text is ragged right; short titles leave a wide, uneven gap);
 * - a side of items (`isItemColumn`): each line a cell or a list item of its own;
 * - the paragraphs of the two sides start at the same heights: a table's rows begin their cells
 *   together, text columns break their paragraphs independently.
 */
function isTableShaped(lefts: TextLine[], rights: TextLine[], margin: number, em: number): boolean {
  const { left: leftEdge, right: leftRight } = horizontalExtent(lefts.flatMap((line) => line.items));
  if (margin - leftRight > 10 * em) return true;
  const filled = lefts.filter(
    (line) => line.x + line.width >= leftRight - 0.3 * (leftRight - leftEdge),
  ).length;
  if (filled < 0.5 * lefts.length) return true;
  if (isItemColumn(lefts) || isItemColumn(rights)) return true;
  // A paragraph (or row) starts after a gap wider than the side's usual leading.
  const starts = (side: TextLine[]): number[] => {
    const gaps = side
      .slice(1)
      .map((line, i) => line.y - ((side[i] as TextLine).y + (side[i] as TextLine).height));
    const usual = median(gaps);
    return side.filter((_line, i) => i === 0 || (gaps[i - 1] ?? 0) > usual + 0.5 * em).map((line) => line.y);
  };
  const leftStarts = starts(lefts);
  const rightStarts = starts(rights);
  if (leftStarts.length >= 3 && rightStarts.length >= 3) {
    const matched = leftStarts.filter((y) =>
      rightStarts.some((other) => Math.abs(other - y) <= 0.3 * em),
    ).length;
    if (matched >= 0.7 * Math.max(leftStarts.length, rightStarts.length)) return true;
  }
  return false;
}

/** Regions of two text columns among raw lines sorted by top (see `ColumnRegion`). */
function findColumnRegions(raws: RawLine[], options: Required<LineOptions>): ColumnRegion[] {
  if (raws.length < 4) return [];
  const { left: minX, right: maxX } = horizontalExtent(raws.flatMap((raw) => raw.items));
  const width = maxX - minX;
  if (width < 200) return [];
  const em = dominantHeight(raws.flatMap((raw) => raw.items)) || 10;
  // Candidate margins: line starts and starts after a wide gap, in the middle of the text's extent,
  // shared by at least two lines.
  const starts: number[] = [];
  for (const raw of raws) {
    const items = [...raw.items].sort((a, b) => a.x - b.x);
    let right = Number.NEGATIVE_INFINITY;
    for (const item of items) {
      const isStart = right === Number.NEGATIVE_INFINITY || item.x - right >= em;
      if (isStart && item.x > minX + 0.2 * width && item.x < maxX - 0.2 * width) starts.push(item.x);
      right = Math.max(right, item.x + item.width);
    }
  }
  starts.sort((a, b) => a - b);
  const candidates: Array<{ margin: number; support: number }> = [];
  for (let i = 0; i < starts.length; ) {
    let j = i;
    while (j + 1 < starts.length && (starts[j + 1] as number) - (starts[i] as number) <= MARGIN_TOLERANCE)
      j++;
    if (j > i) candidates.push({ margin: starts[i] as number, support: j - i + 1 });
    i = j + 1;
  }
  candidates.sort((a, b) => b.support - a.support || a.margin - b.margin);

  const taken = new Uint8Array(raws.length);
  // Two text columns beside a box first: the box's rows, on the text's lines, would otherwise end a
  // two-column region there (a row of a label and a figure reads as a table row across the margin).
  const regions: ColumnRegion[] = sidebarRegions(raws, candidates.slice(0, 8), taken, em, options);
  for (const { margin } of candidates.slice(0, 8)) {
    let i = 0;
    while (i < raws.length) {
      if (taken[i] || crossesMargin(raws[i] as RawLine, margin, em, options)) {
        i++;
        continue;
      }
      let j = i;
      while (
        j + 1 < raws.length &&
        !taken[j + 1] &&
        !crossesMargin(raws[j + 1] as RawLine, margin, em, options)
      )
        j++;
      const lefts: TextLine[] = [];
      const rights: TextLine[] = [];
      for (let k = i; k <= j; k++) {
        const { left, right } = splitAt(raws[k] as RawLine, margin);
        if (left.length > 0) lefts.push(finishLine(rawOf(left), options));
        if (right.length > 0) rights.push(finishLine(rawOf(right), options));
      }
      // A box set in the right column above or below its text (a fact box floated right, its rows
      // starting well right of the column's margin) is the column's content, not its text: the pair
      // is judged on the lines at the margin, as long as they are the most.
      const text = rights.filter((line) => line.x < margin + 2 * em);
      const judged = text.length >= 2 && text.length * 2 >= rights.length ? text : rights;
      if (lefts.length + rights.length >= 5 && isTextColumnPair(lefts, judged, margin, em)) {
        regions.push({ first: i, last: j, margin });
        for (let k = i; k <= j; k++) taken[k] = 1;
      }
      i = j + 1;
    }
  }
  return regions.sort((a, b) => a.first - b.first);
}

/**
 * Regions of two text columns with a third column right of them (a fact box of key figures beside
 * two columns of running text, as report layouts set a first page): for two candidate margins, the
 * lines left of the first and between the two must read as a pair of text columns (`isTextColumnPair`),
 * and no line may cross either margin's strip. The third column's lines are whatever the box holds.
 * Marks the lines it takes in `taken`.
 */
function sidebarRegions(
  raws: RawLine[],
  candidates: Array<{ margin: number }>,
  taken: Uint8Array,
  em: number,
  options: Required<LineOptions>,
): ColumnRegion[] {
  const regions: ColumnRegion[] = [];
  const margins = candidates.map((c) => c.margin).sort((a, b) => a - b);
  // A line's part left of a box margin, and its segments, are the same for every text margin tried
  // with that box margin: kept per line and box margin (the search tries up to 28 pairs a page).
  const parts = new Map<number, { raw: RawLine; segments?: LineSegment[] }>();
  for (const [b, sidebar] of margins.entries()) {
    // A box is two lines or more starting at its margin among the lines still free.
    const boxed = raws.filter(
      (raw, k) => !taken[k] && raw.items.some((item) => Math.abs(item.x - sidebar) <= MARGIN_TOLERANCE),
    );
    if (boxed.length < 2) continue;
    for (const margin of margins.slice(0, b)) {
      if (sidebar - margin < 6 * em) continue;
      // The box's own rows ("Resultat  −41,8 mkr") stand beside the text: a line crosses the region's
      // bounds when an item reaches into the strip before the box, or when its part left of the box
      // crosses the text columns' margin (a heading across them, a table row).
      const crosses = (k: number) => {
        const raw = raws[k] as RawLine;
        if (
          raw.items.some((item) => item.x < sidebar - MARGIN_TOLERANCE && item.x + item.width > sidebar - em)
        )
          return true;
        if (isRowAcrossBox(raw, margin, sidebar, em)) return true;
        const key = k * margins.length + b;
        let part = parts.get(key);
        if (!part) {
          part = { raw: rawOf(splitAt(raw, sidebar).left) };
          parts.set(key, part);
        }
        const kept = part;
        return (
          kept.raw.items.length > 0 &&
          crossesMargin(kept.raw, margin, em, options, () => {
            kept.segments ??= finishLine(kept.raw, options).segments;
            return kept.segments;
          })
        );
      };
      let i = 0;
      while (i < raws.length) {
        if (taken[i] || crosses(i)) {
          i++;
          continue;
        }
        let j = i;
        while (j + 1 < raws.length && !taken[j + 1] && !crosses(j + 1)) j++;
        // Cheap first: two box lines and two lines starting at the text margin, or no region here.
        let boxLines = 0;
        let atMargin = 0;
        for (let k = i; k <= j; k++) {
          const items = (raws[k] as RawLine).items;
          if (items.some((item) => item.x >= sidebar - MARGIN_TOLERANCE)) boxLines++;
          if (items.some((item) => Math.abs(item.x - margin) <= MARGIN_TOLERANCE)) atMargin++;
        }
        if (boxLines < 2 || atMargin < 2) {
          i = j + 1;
          continue;
        }
        const lefts: TextLine[] = [];
        const middles: TextLine[] = [];
        let boxed = 0;
        for (let k = i; k <= j; k++) {
          const { left, right } = splitAt(raws[k] as RawLine, margin);
          const inner = splitAt(rawOf(right), sidebar);
          if (left.length > 0) lefts.push(finishLine(rawOf(left), options));
          if (inner.left.length > 0) middles.push(finishLine(rawOf(inner.left), options));
          if (inner.right.length > 0) boxed++;
        }
        if (
          boxed >= 2 &&
          lefts.length + middles.length >= 5 &&
          (isTextColumnPair(lefts, middles, margin, em) || isOverflowColumn(lefts, middles, margin, em))
        ) {
          regions.push({ first: i, last: j, margin, sidebar });
          for (let k = i; k <= j; k++) taken[k] = 1;
        }
        i = j + 1;
      }
    }
  }
  return regions;
}

/**
 * A row of a table across the page under two text columns and a box: its label left of the text
 * columns' margin, nothing in the middle column, and only figure cells right of the box's margin,
 * starting well right of it (a box's own lines start at its margin). A fact box's figure beside
 * running text has the middle column's text beside it.
 */
function isRowAcrossBox(raw: RawLine, margin: number, sidebar: number, em: number): boolean {
  const boxed = raw.items.filter((item) => item.x >= sidebar - MARGIN_TOLERANCE);
  if (boxed.length === 0 || Math.min(...boxed.map((item) => item.x)) < sidebar + 2 * em) return false;
  if (!boxed.every((item) => item.text.trim() === '' || isFigureCell(item.text))) return false;
  const middle = raw.items.some(
    (item) => item.x >= margin - MARGIN_TOLERANCE && item.x < sidebar - MARGIN_TOLERANCE,
  );
  return !middle && raw.items.some((item) => item.x + item.width < margin);
}

const SENTENCE_END_RE = /[.!?:;]["”)]?\s*(?:\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹])?$/u;

/**
 * The lines under a two-column region that carry on the left column's last sentence past a box beside
 * it (see `linesWithColumnRegions`): none unless the left column ends mid-sentence, the right column
 * starts with a capital, and the next line starts at the left column's edge in lower case or a figure;
 * then those lines up to the one that ends the sentence (at most the few given).
 */
function carriedPast(
  lefts: RawLine[],
  rights: RawLine[],
  below: RawLine[],
  options: Required<LineOptions>,
): RawLine[] {
  const last = lefts.at(-1);
  const box = rights[0];
  const first = below[0];
  if (!last || !box || !first) return [];
  const lastText = finishLine(last, options).text.trim();
  if (SENTENCE_END_RE.test(lastText)) return [];
  if (!/^\p{Lu}/u.test(finishLine(box, options).text.trim())) return [];
  const leftEdge = Math.min(...lefts.map((raw) => Math.min(...raw.items.map((item) => item.x))));
  const out: RawLine[] = [];
  for (const raw of below) {
    const text = finishLine(raw, options).text.trim();
    const x = Math.min(...raw.items.map((item) => item.x));
    if (Math.abs(x - leftEdge) > MARGIN_TOLERANCE) break;
    if (out.length === 0 && !/^[\p{Ll}\d]/u.test(text)) return [];
    out.push(raw);
    if (SENTENCE_END_RE.test(text)) return out;
  }
  return [];
}

/** Lines of a page with column regions: each region's left column, then its right column, in place. */
function linesWithColumnRegions(
  raws: RawLine[],
  regions: ColumnRegion[],
  options: Required<LineOptions>,
): TextLine[] {
  const pieces: Array<{ raws: RawLine[]; columns: boolean }> = [];
  let next = 0;
  for (const region of regions) {
    if (region.first > next) pieces.push({ raws: raws.slice(next, region.first), columns: false });
    const lefts: RawLine[] = [];
    const rights: RawLine[] = [];
    const boxes: RawLine[] = [];
    for (const raw of raws.slice(region.first, region.last + 1)) {
      const { left, right } = splitAt(raw, region.margin);
      const { left: middle, right: box } =
        region.sidebar === undefined ? { left: right, right: [] } : splitAt(rawOf(right), region.sidebar);
      if (left.length > 0) lefts.push(rawOf(left));
      if (middle.length > 0) rights.push(rawOf(middle));
      if (box.length > 0) boxes.push(rawOf(box));
    }
    // A box the text wraps round, beside a paragraph that goes on under it: the left column ends
    // mid-sentence, the box opens with a capital (its own heading, no continuation of that sentence),
    // and the line under the region goes on with it in lower case or a figure at the left column's
    // edge. The paragraph's lines under the region, up to its sentence's end, are read before the box.
    const after = region.last + 1;
    const carried = carriedPast(lefts, rights, raws.slice(after, after + 6), options);
    const below = raws[after];
    // A box beside the columns is on the right side too: the lead-in stands below it as well.
    const lead =
      carried.length === 0 && below
        ? leadInAfterColumns(lefts.map(boxOfRaw), [...rights, ...boxes].map(boxOfRaw), boxOfRaw(below))
        : 0;
    const leadIn = lefts.splice(lefts.length - lead, lead);
    pieces.push({ raws: [...lefts, ...carried], columns: true }, { raws: rights, columns: true });
    if (boxes.length > 0) pieces.push({ raws: boxes, columns: true });
    if (leadIn.length > 0) pieces.push({ raws: leadIn, columns: false });
    next = after + carried.length;
  }
  if (next < raws.length) pieces.push({ raws: raws.slice(next), columns: false });
  const splits = numericColumnSplits(
    pieces.flatMap((piece) => piece.raws),
    options,
  );
  return mergeJustifiedPairs(
    pieces.flatMap((piece) => sortReadingOrder(piece.raws.map((raw) => finishLine(raw, options, splits)))),
  );
}

/**
 * Drops the second copy of text printed twice at (almost) the same place, which some producers do
 * to fake bold or a shadow; the copy kept is marked bold. Without this the line would read twice.
 */
function withoutOverprint(items: TextItem[]): TextItem[] {
  const byText = new Map<string, number[]>();
  const kept: TextItem[] = [];
  for (const item of items) {
    const tolerance = 0.2 * (item.height || 10);
    const same = byText.get(item.text) ?? [];
    const twin = same.find((index) => {
      const other = kept[index] as TextItem;
      return Math.abs(other.x - item.x) <= tolerance && Math.abs(other.y - item.y) <= tolerance;
    });
    if (twin !== undefined) {
      // A copy: the caller's items are not ours to change.
      kept[twin] = { ...(kept[twin] as TextItem), bold: true };
      continue;
    }
    same.push(kept.length);
    byText.set(item.text, same);
    kept.push(item);
  }
  return kept;
}

/**
 * Builds lines in reading order from text items: items grouped by vertical overlap, sorted
 * left-to-right, glued without a space when pdfjs split a word, split into segments at wide gaps
 * and before numbers standing at a tab stop shared by three or more lines (number columns).
 * On a two-column page the left column's lines come before the right column's, block by block
 * between full-width lines (headings that cross the gutter); when no page-wide gutter is found,
 * regions of two text columns between full-width elements are looked for (`findColumnRegions`).
 */
/** Money units a narrow cell may break by letters ("mnk" / "r"). */
const BROKEN_UNITS = new Set(['mnkr', 'mkr', 'tkr', 'kkr', 'msek', 'mdkr', 'mnsek', 'tsek', 'ksek']);
const UNIT_TAIL_RE = /^[a-z]{1,3}$/u;

/**
 * A money unit broken by letters in a cell too narrow for it: "−142 mnk" on one line and "r" on the next,
 * both set to the same right (or left) edge of the cell. The tail — one to three lower-case letters alone,
 * at most a line and a half below — completes the unit: it is glued to the word above, so the figure
 * keeps its unit. Only where the two together make a money unit and the word above is none by itself.
 */
function withUnitTailsJoined(items: TextItem[]): TextItem[] {
  const tails = items.filter((item) => UNIT_TAIL_RE.test(item.text.trim()));
  if (tails.length === 0) return items;
  const dropped = new Set<TextItem>();
  const replaced = new Map<TextItem, TextItem>();
  for (const tail of tails) {
    const tailRight = tail.x + tail.width;
    const above = items.find((item) => {
      if (item === tail || dropped.has(item)) return false;
      const dy = tail.y - item.y;
      if (dy <= 0.3 * tail.height || dy > 1.6 * Math.max(tail.height, item.height)) return false;
      const right = item.x + item.width;
      if (Math.abs(right - tailRight) > 1.5 && Math.abs(item.x - tail.x) > 1.5) return false;
      const word =
        /([A-Za-zªµºÀ-ÖØ-öø-ɏ]+)$/u.exec((replaced.get(item) ?? item).text.trim())?.[1]?.toLowerCase() ?? '';
      return word !== '' && !BROKEN_UNITS.has(word) && BROKEN_UNITS.has(word + tail.text.trim());
    });
    if (!above) continue;
    const current = replaced.get(above) ?? above;
    const right = Math.max(current.x + current.width, tailRight);
    replaced.set(above, {
      ...current,
      text: current.text.trimEnd() + tail.text.trim(),
      width: right - current.x,
    });
    dropped.add(tail);
  }
  if (dropped.size === 0) return items;
  return items.filter((item) => !dropped.has(item)).map((item) => replaced.get(item) ?? item);
}

/** A run of leader characters: four or more dots, middle dots or ellipses, spaced or not. */
const LEADER_RUN_RE = /(?:[.·…]\u0020?){3,}[.·…]/u;
const LEADER_ONLY_RE = /^\s*(?:[.·…]\s?){4,}\s*$/u;

/**
 * Tab leaders: a word processor fills the space before a tab stop with dots ("Åtgärd ........ 2,8"),
 * written as an item of their own or at the end of the item before. The dots are no text: an item of
 * dots alone is dropped, and dots ending or starting an item are cut off (its width shrunk by the
 * share of the cut characters, a dot counted as half a character), so the title and the figure the
 * leader ran between stand a gap apart, as cells.
 */
function withoutLeaders(items: TextItem[]): TextItem[] {
  if (!items.some((item) => LEADER_RUN_RE.test(item.text))) return items;
  const out: TextItem[] = [];
  for (const item of items) {
    if (LEADER_ONLY_RE.test(item.text)) continue;
    const text = item.text;
    const head = /^\s*(?:[.·…]\s?){4,}/u.exec(text)?.[0] ?? '';
    const tail = /(?:\s?[.·…]){4,}\s*$/u.exec(text.slice(head.length))?.[0] ?? '';
    if (!head && !tail) {
      out.push(...splitAtInnerLeader(item));
      continue;
    }
    const kept = text.slice(head.length, text.length - tail.length);
    const unit = item.width / Math.max(1e-6, leaderWeight(text));
    const x = item.x + leaderWeight(head) * unit;
    out.push(...splitAtInnerLeader({ ...item, text: kept, x, width: leaderWeight(kept) * unit }));
  }
  return out;
}

/** Widths in characters, a leader dot or a space counted as half a character. */
function leaderWeight(text: string): number {
  return [...text].reduce((n, c) => n + (/[.·…\s]/u.test(c) ? 0.5 : 1), 0);
}

/** A leader run inside an item, between text on both sides. */
const INNER_LEADER_RE = /(?<=\S)\s?(?:[.·…]\s?){4,}(?=\s?[^\s.·…])/u;

/**
 * A leader inside one item ("Minskat svinn…………2,5"): producers that set a line's runs as one string (a
 * Ghostscript rewrite, some printer drivers) keep the title, the tab's dots and the figure together.
 * Split there, each part given its share of the width, so the figure ends where the item does.
 */
function splitAtInnerLeader(item: TextItem): TextItem[] {
  const m = INNER_LEADER_RE.exec(item.text);
  if (!m) return [item];
  const before = item.text.slice(0, m.index);
  const after = item.text.slice(m.index + m[0].length).trimStart();
  const unit = item.width / Math.max(1e-6, leaderWeight(item.text));
  const { spaceAfter, ...plain } = item;
  const left: TextItem = { ...plain, text: before, width: leaderWeight(before) * unit };
  const afterWidth = leaderWeight(after) * unit;
  const right: TextItem = { ...plain, text: after, x: item.x + item.width - afterWidth, width: afterWidth };
  if (spaceAfter) right.spaceAfter = true;
  return [left, ...splitAtInnerLeader(right)];
}

export function buildLines(items: TextItem[], options: LineOptions = {}): TextLine[] {
  const opts = { ...DEFAULTS, ...options };
  const usable = withUnitTailsJoined(
    withoutOverprint(withoutLeaders(items).filter((item) => item.text.trim() !== '')),
  );
  if (usable.length === 0) return [];
  const notes = opts.detectColumns === true ? marginNotes(usable) : [];
  if (notes.length === 0) return linesOf(usable, opts);
  // A note in the margin is read after the block of lines it stands beside (a table, a paragraph),
  // as lines of its own: set on baselines of its own, its lines would otherwise run into that block's.
  const inNote = new Set(notes.flat());
  const lines = linesOf(
    usable.filter((item) => !inNote.has(item)),
    opts,
  );
  for (const note of notes) {
    const noteLines = linesOf(note, { ...opts, detectColumns: false });
    const bottom = Math.max(...note.map(bottomOf));
    let at = -1;
    for (let k = 0; k < lines.length; k++) if ((lines[k] as TextLine).y < bottom) at = k;
    // On to the end of the block: lines that follow at less than a line's gap.
    while (at >= 0 && at + 1 < lines.length) {
      const here = lines[at] as TextLine;
      const next = lines[at + 1] as TextLine;
      const gap = next.y - (here.y + here.height);
      if (gap < -0.5 * here.height || gap > 0.9 * Math.max(here.fontSize, next.fontSize)) break;
      at++;
    }
    lines.splice(at + 1, 0, ...noteLines);
  }
  return lines;
}

/**
 * Notes in the right margin beside a block of text (a pull-quote or a marginal note beside a table):
 * two or more lines of a smaller size (at most 0.88 of the page's body size) set from one left edge, one
 * under the other, words (not figures alone), with body text left of them a gutter (1.5 em) away, nothing
 * right of them, and baselines of their own — most of their lines stand between the baselines of the
 * body lines beside them. A table's column in a small size shares its rows' baselines and is no note.
 */
function marginNotes(items: TextItem[]): TextItem[][] {
  const em = dominantHeight(items);
  if (em <= 0) return [];
  const small = items.filter((item) => item.height <= 0.88 * em && item.height >= 0.5 * em);
  if (small.length < 2) return [];
  // Small items in lines, a line's items in runs no wider apart than an em.
  const rows: TextItem[][] = [];
  for (const item of [...small].sort((a, b) => bottomOf(a) - bottomOf(b) || a.x - b.x)) {
    const row = rows.find(
      (r) =>
        Math.abs(bottomOf(r[0] as TextItem) - bottomOf(item)) < 0.3 * item.height &&
        r.some(
          (other) =>
            Math.abs(item.x - (other.x + other.width)) < em || Math.abs(other.x - (item.x + item.width)) < em,
        ),
    );
    if (row) row.push(item);
    else rows.push([item]);
  }
  const left = (r: TextItem[]) => Math.min(...r.map((item) => item.x));
  const notes: TextItem[][] = [];
  const used = new Set<TextItem[]>();
  for (const row of rows) {
    if (used.has(row)) continue;
    const x = left(row);
    const h = (row[0] as TextItem).height;
    const run = [row];
    for (const other of rows) {
      const last = run[run.length - 1] as TextItem[];
      const step = bottomOf(other[0] as TextItem) - bottomOf(last[0] as TextItem);
      if (used.has(other) || run.includes(other) || Math.abs(left(other) - x) > 1) continue;
      if (step >= 0.9 * h && step <= 1.8 * h) run.push(other);
    }
    if (run.length < 2) continue;
    const note = run.flat();
    const text = note.map((item) => item.text).join(' ');
    if ((text.match(/[A-Za-zªµºÀ-ÖØ-öø-ɏ]{2,}/gu) ?? []).length < 3) continue;
    const top = Math.min(...note.map((item) => item.y));
    const bottom = Math.max(...note.map(bottomOf));
    const beside = items.filter(
      (item) =>
        !note.includes(item) && Math.min(bottomOf(item), bottom) - Math.max(item.y, top) > 0.3 * item.height,
    );
    if (beside.some((item) => item.x + item.width > x - 1.5 * em)) continue;
    const body = beside.filter((item) => item.height > 0.88 * em);
    const baselines = new Set(body.map((item) => Math.round(bottomOf(item))));
    if (baselines.size < 2) continue;
    const own = run.filter(
      (r) => !body.some((item) => Math.abs(bottomOf(item) - bottomOf(r[0] as TextItem)) < 0.1 * em),
    );
    if (own.length * 2 < run.length) continue;
    for (const r of run) used.add(r);
    notes.push(note);
  }
  return notes;
}

function linesOf(usable: TextItem[], opts: Required<LineOptions>): TextLine[] {
  const gutter = opts.detectColumns === true ? findGutter(usable, opts) : null;
  if (!gutter) {
    const three = opts.detectColumns === true ? findThreeColumns(usable, opts) : null;
    if (three) return linesInColumns(usable, three, opts);
    const raws = groupIntoLines(usable);
    if (opts.detectColumns) {
      const byTop = [...raws].sort((a, b) => a.top - b.top);
      const regions = findColumnRegions(byTop, opts);
      if (regions.length > 0) return linesWithColumnRegions(byTop, regions, opts);
    }
    const splits = numericColumnSplits(raws, opts);
    return mergeJustifiedPairs(sortReadingOrder(raws.map((raw) => finishLine(raw, opts, splits))));
  }
  const middle = (gutter.left + gutter.right) / 2;
  const left: TextItem[] = [];
  const right: TextItem[] = [];
  const spanning: TextItem[] = [];
  for (const item of usable) {
    if (item.x + item.width <= middle) left.push(item);
    else if (item.x >= middle) right.push(item);
    else spanning.push(item);
  }
  const spanLines = groupIntoLines(spanning);
  const leftLines = groupIntoLines(left);
  const rightLines = groupIntoLines(right);
  // A full-width line has items on both sides as well: fold them into the spanning line.
  for (const span of spanLines) {
    for (const side of [leftLines, rightLines]) {
      for (let i = side.length - 1; i >= 0; i--) {
        const raw = side[i] as RawLine;
        const overlap = verticalOverlap(raw.top, raw.bottom, span.top, span.bottom);
        if (overlap >= 0.5 * Math.min(raw.bottom - raw.top, span.bottom - span.top)) {
          span.items.push(...raw.items);
          span.top = Math.min(span.top, raw.top);
          span.bottom = Math.max(span.bottom, raw.bottom);
          side.splice(i, 1);
        }
      }
    }
  }
  // A table across the page whose labels end left of the gutter and whose figures start right of it:
  // its rows are full-width lines too.
  foldTableRowsAcross([leftLines, rightLines], spanLines, dominantHeight(usable) || 10);
  const splits = numericColumnSplits([...spanLines, ...leftLines, ...rightLines], opts);
  const full = sortReadingOrder(spanLines.map((raw) => finishLine(raw, opts, splits)));
  const leftDone = sortReadingOrder(leftLines.map((raw) => finishLine(raw, opts, splits)));
  const rightDone = sortReadingOrder(rightLines.map((raw) => finishLine(raw, opts, splits)));
  const ordered: TextLine[] = [];
  let li = 0;
  let ri = 0;
  for (const separator of [...full, undefined]) {
    const limit = separator ? lineMiddle(separator) : Number.POSITIVE_INFINITY;
    const lefts: TextLine[] = [];
    const rights: TextLine[] = [];
    while (li < leftDone.length && lineMiddle(leftDone[li] as TextLine) < limit)
      lefts.push(leftDone[li++] as TextLine);
    while (ri < rightDone.length && lineMiddle(rightDone[ri] as TextLine) < limit)
      rights.push(rightDone[ri++] as TextLine);
    const lead = separator
      ? leadInAfterColumns(lefts.map(boxOfLine), rights.map(boxOfLine), boxOfLine(separator))
      : 0;
    ordered.push(...lefts.slice(0, lefts.length - lead), ...rights, ...lefts.slice(lefts.length - lead));
    if (separator) ordered.push(separator);
  }
  return mergeJustifiedPairs(ordered);
}

/** A table cell of figures: a number, a year, or a dash for no figure. */
const isFigureCell = (text: string): boolean => isNumericSegment(text) || /^[-−–—]$/u.test(text.trim());

/**
 * The rows of a table that a page-wide gutter passes through: a right-side line of figure cells only
 * ("2026  2027", "3,6  4,0", "–  1,6") that starts well right of the right column's margin (two em or
 * more; the column's text starts at it), beside a left-side line at its height (the row's label). Two such
 * rows or more, or none: one figure line beside a text line is no table. The right column's margin is
 * where most of its lines start. The labels must be short and the rows consecutive (see below).
 */
function tableRowsAcrossGutter(lefts: RawLine[], rights: RawLine[], em: number): Array<[RawLine, RawLine]> {
  if (rights.length < 3 || lefts.length < 2) return [];
  const starts = new Map<number, number>();
  for (const raw of rights) {
    const x = Math.round(Math.min(...raw.items.map((item) => item.x)));
    starts.set(x, (starts.get(x) ?? 0) + 1);
  }
  let margin = 0;
  let most = 0;
  for (const [x, count] of starts) {
    const near = count + (starts.get(x - 1) ?? 0) + (starts.get(x + 1) ?? 0);
    if (near > most || (near === most && x < margin)) {
      most = near;
      margin = x;
    }
  }
  const pairs: Array<[RawLine, RawLine]> = [];
  for (const raw of rights) {
    if (Math.min(...raw.items.map((item) => item.x)) < margin + 2 * em) continue;
    if (!raw.items.every((item) => item.text.trim() === '' || isFigureCell(item.text))) continue;
    const label = lefts.find(
      (l) =>
        verticalOverlap(l.top, l.bottom, raw.top, raw.bottom) >=
        0.5 * Math.min(l.bottom - l.top, raw.bottom - raw.top),
    );
    if (label && !pairs.some(([l]) => l === label)) pairs.push([label, raw]);
  }
  if (pairs.length < 2) return [];
  // A table's labels are short: most end well left of the left column's right edge, where running text
  // ends. Prose beside a chart's axis values (figure cells as well) runs up to that edge.
  const rightOf = (raw: RawLine): number => Math.max(...raw.items.map((item) => item.x + item.width));
  const leftOf = (raw: RawLine): number => Math.min(...raw.items.map((item) => item.x));
  const edge = (label: RawLine): number =>
    Math.max(...lefts.filter((l) => leftOf(l) < rightOf(label) && rightOf(l) > leftOf(label)).map(rightOf));
  const short = pairs.filter(([label]) => rightOf(label) <= edge(label) - 2 * em).length;
  if (2 * short < pairs.length) return [];
  // And its rows follow each other: no line of the left side between two rows lacks figures beside it.
  const labels = new Set(pairs.map(([label]) => label));
  const top = Math.min(...pairs.map(([label]) => label.top));
  const bottom = Math.max(...pairs.map(([label]) => label.top));
  if (lefts.some((l) => !labels.has(l) && l.top > top && l.top < bottom)) return [];
  return pairs;
}

/**
 * Moves the rows of a table across column gutters (`tableRowsAcrossGutter`: figure cells in a column,
 * their label in a column left of it) out of the columns into full-width lines, kept sorted by top.
 */
function foldTableRowsAcross(columns: RawLine[][], spanLines: RawLine[], em: number): void {
  for (let c = 1; c < columns.length; c++) {
    const column = columns[c] as RawLine[];
    const before = columns.slice(0, c).flat();
    for (const [label, figures] of tableRowsAcrossGutter(before, column, em)) {
      const home = columns.find((side) => side.includes(label));
      home?.splice(home.indexOf(label), 1);
      column.splice(column.indexOf(figures), 1);
      spanLines.push({
        items: [...label.items, ...figures.items],
        top: Math.min(label.top, figures.top),
        bottom: Math.max(label.bottom, figures.bottom),
      });
    }
  }
  spanLines.sort((a, b) => a.top - b.top);
}

/**
 * How many of the left side's last lines above a full-width line are no part of the left column but the
 * lead-in of what spans the page below (a table's caption, a heading short enough to stay left of the
 * gutter): they stand below everything on the right side, apart from the left column above them by a
 * gap of two lines or more and wider than the gap down to the full-width line (by a paragraph's gap when
 * set in a type size of their own), and close to that line.
 * They are read after the right column, just before the full-width line. Laid out so, a caption is
 * otherwise read before the right column, away from its table.
 */
function leadInAfterColumns(lefts: LineBox[], rights: LineBox[], separator: LineBox): number {
  if (lefts.length < 2 || rights.length === 0) return 0;
  const rightBottom = Math.max(...rights.map((line) => line.bottom));
  let k = lefts.length - 1;
  const last = lefts[k] as LineBox;
  const em = Math.max(last.em, 1);
  const below = separator.top - last.bottom;
  if (below < 0 || below > 2 * em) return 0;
  // The lead-in: one to three lines set close together.
  while (k > 0 && k > lefts.length - 3) {
    const above = lefts[k - 1] as LineBox;
    if ((lefts[k] as LineBox).top - above.bottom > 0.8 * em) break;
    k--;
  }
  const first = lefts[k] as LineBox;
  if (k === 0 || first.top <= rightBottom) return 0;
  const before = lefts[k - 1] as LineBox;
  const gap = first.top - before.bottom;
  if (gap >= 2 * em && gap > below) return lefts.length - k;
  // A lead-in in a type size of its own (a caption set smaller than the text, a heading larger) is told
  // from the column's text by that size: a paragraph's gap above it suffices (column layouts space a
  // caption no wider from the text above than from the table under it).
  const ownSize = Math.abs(first.em - before.em) >= 0.08 * Math.max(first.em, before.em);
  const sameSize = lefts.slice(k).every((line) => Math.abs(line.em - first.em) < 0.04 * first.em);
  return ownSize && sameSize && gap >= 0.5 * em ? lefts.length - k : 0;
}

/** A line's vertical extent and font size, for `leadInAfterColumns`. */
interface LineBox {
  top: number;
  bottom: number;
  em: number;
}
const boxOfLine = (line: TextLine): LineBox => ({
  top: line.y,
  bottom: line.y + line.height,
  em: line.fontSize,
});
const boxOfRaw = (raw: RawLine): LineBox => ({
  top: raw.top,
  bottom: raw.bottom,
  em: dominantHeight(raw.items),
});

/**
 * Three text columns (a typeset report): a two-column gutter among the items of two thirds of the
 * width and another among the items beside it, both passing `findGutter`'s prose and table tests.
 * Returns the two gutters' middles, or null.
 */
function findThreeColumns(items: TextItem[], opts: Required<LineOptions>): number[] | null {
  if (items.length < 60) return null;
  const { left: minX, right: maxX } = horizontalExtent(items);
  const width = maxX - minX;
  if (width < 300) return null;
  // One gutter among the right (or left) two thirds; the other among the items beside it, so that
  // no item of the far column widens the pair.
  let second = findGutter(
    items.filter((item) => item.x >= minX + 0.3 * width),
    opts,
  );
  let first = second
    ? findGutter(
        items.filter((item) => item.x + item.width <= (second as Gutter).left),
        opts,
      )
    : null;
  if (!first || !second) {
    first = findGutter(
      items.filter((item) => item.x + item.width <= minX + 0.7 * width),
      opts,
    );
    second = first
      ? findGutter(
          items.filter((item) => item.x >= (first as Gutter).right),
          opts,
        )
      : null;
  }
  if (!first || !second || first.right >= second.left) return null;
  const a = (first.left + first.right) / 2;
  const b = (second.left + second.right) / 2;
  // Each column a fair share of the width: not two gutters found inside one wide column pair.
  if (a - minX < 0.2 * width || b - a < 0.2 * width || maxX - b < 0.2 * width) return null;
  return [a, b];
}

/**
 * Lines of a page cut into columns at `middles`: each column read top to bottom between the lines
 * that cross a gutter (headings, full-width tables), which keep their place.
 */
function linesInColumns(items: TextItem[], middles: number[], opts: Required<LineOptions>): TextLine[] {
  const sides: TextItem[][] = middles.map(() => []);
  sides.push([]);
  const spanning: TextItem[] = [];
  for (const item of items) {
    const crosses = middles.some((m) => item.x < m && item.x + item.width > m);
    if (crosses) {
      spanning.push(item);
      continue;
    }
    const column = middles.filter((m) => item.x >= m).length;
    sides[column]?.push(item);
  }
  const spanLines = groupIntoLines(spanning);
  const sideLines = sides.map((side) => groupIntoLines(side));
  for (const span of spanLines) {
    for (const side of sideLines) {
      for (let i = side.length - 1; i >= 0; i--) {
        const raw = side[i] as RawLine;
        const overlap = verticalOverlap(raw.top, raw.bottom, span.top, span.bottom);
        if (overlap >= 0.5 * Math.min(raw.bottom - raw.top, span.bottom - span.top)) {
          span.items.push(...raw.items);
          span.top = Math.min(span.top, raw.top);
          span.bottom = Math.max(span.bottom, raw.bottom);
          side.splice(i, 1);
        }
      }
    }
  }
  foldTableRowsAcross(sideLines, spanLines, dominantHeight(items) || 10);
  const splits = numericColumnSplits([...spanLines, ...sideLines.flat()], opts);
  const full = sortReadingOrder(spanLines.map((raw) => finishLine(raw, opts, splits)));
  const done = sideLines.map((side) => sortReadingOrder(side.map((raw) => finishLine(raw, opts, splits))));
  const next = done.map(() => 0);
  const ordered: TextLine[] = [];
  for (const separator of [...full, undefined]) {
    const limit = separator ? lineMiddle(separator) : Number.POSITIVE_INFINITY;
    done.forEach((column, c) => {
      while ((next[c] ?? 0) < column.length && lineMiddle(column[next[c] ?? 0] as TextLine) < limit) {
        ordered.push(column[next[c] ?? 0] as TextLine);
        next[c] = (next[c] ?? 0) + 1;
      }
    });
    if (separator) ordered.push(separator);
  }
  return mergeJustifiedPairs(ordered);
}

/** A numeric segment: a number, possibly signed, with decimal comma, grouping spaces, unit or %. */
const NUMERIC_SEGMENT = /^[-−–—+]?\s?\(?\d[\d\s\u00a0\u2009\u202f.,]*\)?\s?(%|mkr|mnkr|msek|tkr|kkr|mdkr)?$/i;

/** A numeric segment, also with a footnote mark after the figure ("12 202³", "653*", "9 639 ³)"). */
export function isNumericSegment(text: string): boolean {
  const trimmed = text.trim();
  return NUMERIC_SEGMENT.test(trimmed) || NUMERIC_SEGMENT.test(withoutFootnoteMark(trimmed));
}

/** A column of right-aligned numbers found across lines (e.g. the year columns of a measure table). */
export interface NumericColumn {
  /** Leftmost left edge of the numbers in the column. */
  left: number;
  /** The shared right edge (median of the members'). */
  right: number;
  /** How many numeric segments align on this edge. */
  count: number;
}

/**
 * Right edges of numeric segments, clustered within `tolerance` points (default: half the median
 * font size), kept when at least `minCount` lines share the edge. Sorted left to right. Use it to
 * map a borderless table row's numeric segments to year columns: a segment belongs to the column
 * whose `right` is nearest its own right edge.
 */
export function columnsOf(
  lines: TextLine[],
  options: { tolerance?: number; minCount?: number } = {},
): NumericColumn[] {
  const minCount = options.minCount ?? 2;
  const sizes = lines.map((line) => line.fontSize).sort((a, b) => a - b);
  const tolerance = options.tolerance ?? Math.max(2, 0.5 * (sizes[Math.floor(sizes.length / 2)] ?? 10));
  const edges: Array<{ left: number; right: number }> = [];
  for (const line of lines) {
    for (const segment of line.segments) {
      if (isNumericSegment(segment.text)) edges.push({ left: segment.x, right: segment.x + segment.width });
    }
  }
  edges.sort((a, b) => a.right - b.right);
  const columns: NumericColumn[] = [];
  let cluster: Array<{ left: number; right: number }> = [];
  const flush = (): void => {
    if (cluster.length >= minCount) {
      const rights = cluster.map((edge) => edge.right);
      columns.push({
        left: cluster.reduce((least, edge) => Math.min(least, edge.left), Number.POSITIVE_INFINITY),
        right: rights[Math.floor(rights.length / 2)] as number,
        count: cluster.length,
      });
    }
    cluster = [];
  };
  for (const edge of edges) {
    const last = cluster[cluster.length - 1];
    if (last && edge.right - last.right > tolerance) flush();
    cluster.push(edge);
  }
  flush();
  return columns;
}
