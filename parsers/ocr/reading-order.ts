/**
 * Reading order for recognized text (local OCR and Textract). The producers hand us their own
 * lines ("units": a tesseract text line, a Textract LINE) with word boxes; this module finds
 * stretches of the page set in text columns (left column read before the right one), then builds
 * page-model lines with the text layer's line builder, so every producer yields the same TextLine
 * shape (segments at wide gaps, text, font size).
 *
 * Why not only the text layer's gutter search: it needs a gutter over most of the page's height,
 * while scanned memos and Textract pages mix full-width headings and footers with column
 * stretches. Here the page is cut into horizontal sections first, each tested for columns.
 */
import type { LineSegment, TextItem, TextLine } from '../page-model.ts';
import { buildLines } from '../pdf/lines.ts';
import { dropMarginMark, repairSectionSignsInLines } from './repair.ts';

/** One line as the recognizer grouped it: its words, left to right. */
export interface RecognizedUnit {
  items: TextItem[];
  /** True when the unit lies inside a table the recognizer found: such stretches are read row-wise. */
  inTable?: boolean;
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

interface Unit extends Box {
  items: TextItem[];
  inTable: boolean;
  words: number;
}

interface Row extends Box {
  units: Unit[];
}

interface Section {
  rows: Row[];
  /** Horizontal strips free of text in every row so far (candidate gutters). */
  gaps: Array<[number, number]>;
}

function unitOf(source: RecognizedUnit): Unit | null {
  const items = source.items.filter((item) => item.text.trim() !== '');
  if (items.length === 0) return null;
  return {
    items,
    inTable: source.inTable === true,
    words: items.length,
    left: Math.min(...items.map((item) => item.x)),
    right: Math.max(...items.map((item) => item.x + item.width)),
    top: Math.min(...items.map((item) => item.y)),
    bottom: Math.max(...items.map((item) => item.y + item.height)),
  };
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** Units whose vertical extents overlap by half the smaller height share a row. */
function groupRows(units: Unit[]): Row[] {
  const sorted = [...units].sort((a, b) => a.top - b.top || a.left - b.left);
  const rows: Row[] = [];
  for (const unit of sorted) {
    const row = rows[rows.length - 1];
    const overlap = row ? Math.min(row.bottom, unit.bottom) - Math.max(row.top, unit.top) : 0;
    const smaller = row ? Math.min(row.bottom - row.top, unit.bottom - unit.top) : 0;
    if (row && overlap >= 0.5 * smaller) {
      row.units.push(unit);
      row.left = Math.min(row.left, unit.left);
      row.right = Math.max(row.right, unit.right);
      row.top = Math.min(row.top, unit.top);
      row.bottom = Math.max(row.bottom, unit.bottom);
    } else {
      rows.push({ units: [unit], left: unit.left, right: unit.right, top: unit.top, bottom: unit.bottom });
    }
  }
  for (const row of rows) row.units.sort((a, b) => a.left - b.left);
  return rows;
}

/** Free horizontal strips of a row between `from` and `to`. */
function freeStrips(row: Row, from: number, to: number): Array<[number, number]> {
  const strips: Array<[number, number]> = [];
  let cursor = from;
  for (const unit of row.units) {
    if (unit.left > cursor) strips.push([cursor, unit.left]);
    cursor = Math.max(cursor, unit.right);
  }
  if (to > cursor) strips.push([cursor, to]);
  return strips;
}

function intersect(a: Array<[number, number]>, b: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [al, ar] of a) {
    for (const [bl, br] of b) {
      const left = Math.max(al, bl);
      const right = Math.min(ar, br);
      if (right > left) out.push([left, right]);
    }
  }
  return out;
}

/** Strips that have text on both sides within the section, at least `minWidth` wide. */
function interiorGaps(gaps: Array<[number, number]>, rows: Row[], minWidth: number): Array<[number, number]> {
  const left = Math.min(...rows.map((row) => row.left));
  const right = Math.max(...rows.map((row) => row.right));
  return gaps.filter(([l, r]) => l >= left && r <= right && r - l >= minWidth);
}

/**
 * Cuts the rows into sections: a section continues while some strip stays free of text in all of
 * its rows (a gutter), or while neither the section nor the row has one (plain full-width text).
 */
function sections(rows: Row[], pageRight: number, minGutter: number): Section[] {
  const out: Section[] = [];
  let current: Section | undefined;
  for (const row of rows) {
    const free = freeStrips(row, 0, pageRight);
    const ownGaps = interiorGaps(free, [row], minGutter);
    if (current) {
      const currentGaps = interiorGaps(current.gaps, current.rows, minGutter);
      if (currentGaps.length > 0) {
        const kept = interiorGaps(intersect(currentGaps, free), [...current.rows, row], minGutter);
        if (kept.length > 0) {
          current.rows.push(row);
          current.gaps = kept;
          continue;
        }
      } else if (ownGaps.length === 0) {
        current.rows.push(row);
        current.gaps = free;
        continue;
      }
    }
    current = { rows: [row], gaps: free };
    out.push(current);
  }
  return out;
}

/**
 * Splits a section into text columns when it reads as prose set in columns: every column at least a
 * fifth of the section's width, with three or more lines, most of them filling the column, of
 * several words each. Tables fail this test (narrow number columns, one-word cells) and stay
 * row-wise, as does anything the recognizer itself placed in a table.
 */
function textColumns(section: Section, minGutter: number): Unit[][] | null {
  if (section.rows.length < 3) return null;
  const units = section.rows.flatMap((row) => row.units);
  if (units.some((unit) => unit.inTable)) return null;
  const gaps = interiorGaps(section.gaps, section.rows, minGutter).sort((a, b) => a[0] - b[0]);
  if (gaps.length === 0) return null;
  const cuts = gaps.map(([l, r]) => (l + r) / 2);
  const columns: Unit[][] = cuts.map(() => []);
  columns.push([]);
  for (const unit of units) {
    const middle = (unit.left + unit.right) / 2;
    let index = cuts.findIndex((cut) => middle < cut);
    if (index < 0) index = cuts.length;
    columns[index]?.push(unit);
  }
  const sectionLeft = Math.min(...units.map((unit) => unit.left));
  const sectionWidth = Math.max(...units.map((unit) => unit.right)) - sectionLeft;
  for (const column of columns) {
    if (column.length < 3) return null;
    const left = Math.min(...column.map((unit) => unit.left));
    const width = Math.max(...column.map((unit) => unit.right)) - left;
    if (width < 0.2 * sectionWidth) return null;
    const filled = column.filter((unit) => unit.right - unit.left >= 0.6 * width).length;
    if (filled < 0.5 * column.length) return null;
    const words = column.reduce((sum, unit) => sum + unit.words, 0);
    if (words / column.length < 2.5) return null;
  }
  return columns;
}

/**
 * A figure with decimals is whole: a number after it on the line is the next cell, however
 * narrow the gap between right-aligned columns ("7,7 12,15" is two cells; "1 800" is one).
 */
const DECIMAL_FIGURE = /^[(\-−–]?\d+,\d+\)?$/u;
const FIGURE_START = /^[(\-−–]?\d/u;

/** Gap, in font sizes, that separates segments (the text layer's line builder uses the same). */
const SEGMENT_GAP_EM = 1.5;

/**
 * Segments of a built line: a new one where the recognizer started a new unit on the same row
 * (Textract ends a LINE at a table cell's edge, tesseract at a column gap) or at a wide gap. The
 * recognizers' own cuts are kept because their word boxes, scaled to an assumed page size, can
 * make a font size look larger than it is, and a gap then narrower.
 */
function resegment(line: TextLine, unitOfItem: Map<TextItem, Unit | undefined>): TextLine {
  const segments: LineSegment[] = [];
  let current: { words: string[]; x: number; right: number } | undefined;
  let previous: TextItem | undefined;
  for (const item of line.items) {
    const right = item.x + item.width;
    const newUnit = previous !== undefined && unitOfItem.get(previous) !== unitOfItem.get(item);
    const wide = current !== undefined && item.x - current.right > SEGMENT_GAP_EM * (line.fontSize || 10);
    const nextFigure =
      previous !== undefined && DECIMAL_FIGURE.test(previous.text) && FIGURE_START.test(item.text);
    if (current && !newUnit && !wide && !nextFigure) {
      current.words.push(item.text.trim());
      current.right = Math.max(current.right, right);
    } else {
      if (current)
        segments.push({ text: current.words.join(' '), x: current.x, width: current.right - current.x });
      current = { words: [item.text.trim()], x: item.x, right };
    }
    previous = item;
  }
  if (current)
    segments.push({ text: current.words.join(' '), x: current.x, width: current.right - current.x });
  return { ...line, segments, text: segments.map((segment) => segment.text).join('  ') };
}

/** Words of three letters or more: prose, not a table's figures. */
const WORD_RE = /[A-Za-zªµºÀ-ÖØ-öø-ɏ]{3,}/u;

/**
 * A landscape sheet that holds two pages side by side (a copier's "2-up" of two A5 pages, a booklet
 * spread): a blank band down the middle that no word crosses, with a page of prose on each side. The
 * recognizer joins lines of the two pages that happen to share a row, and the section search finds no
 * gutter through them, so the pages' lines are read interleaved. Split at the band, the left page
 * is read whole before the right one. A landscape table is not split: the band must be wide (5 % of
 * the sheet), and each side must hold a page's worth of words, most of them words of prose — a
 * table's figure columns are not.
 */
function twoUpHalves(units: Unit[], pageWidth: number, pageHeight: number): RecognizedUnit[][] | null {
  if (pageWidth < 1.2 * pageHeight) return null;
  const bins = new Uint8Array(Math.ceil(pageWidth) + 1);
  for (const unit of units)
    for (const item of unit.items) {
      const from = Math.max(0, Math.floor(item.x));
      const to = Math.min(bins.length - 1, Math.ceil(item.x + item.width));
      for (let x = from; x <= to; x++) bins[x] = 1;
    }
  let best: [number, number] | null = null;
  let start = -1;
  const lo = Math.floor(0.35 * pageWidth);
  const hi = Math.ceil(0.65 * pageWidth);
  for (let x = lo; x <= hi + 1; x++) {
    const free = x <= hi && bins[x] === 0;
    if (free && start < 0) start = x;
    if (!free && start >= 0) {
      if (!best || x - start > best[1] - best[0]) best = [start, x];
      start = -1;
    }
  }
  if (!best || best[1] - best[0] < 0.05 * pageWidth) return null;
  const spine = (best[0] + best[1]) / 2;
  const sides: RecognizedUnit[][] = [[], []];
  for (const unit of units) {
    const left = unit.items.filter((item) => item.x + item.width / 2 < spine);
    const right = unit.items.filter((item) => item.x + item.width / 2 >= spine);
    if (left.length > 0) sides[0]?.push({ items: left, inTable: unit.inTable });
    if (right.length > 0) sides[1]?.push({ items: right, inTable: unit.inTable });
  }
  const pageLike = (side: RecognizedUnit[]): boolean => {
    const items = side.flatMap((unit) => unit.items);
    const prose = items.filter((item) => WORD_RE.test(item.text)).length;
    const top = Math.min(...items.map((item) => item.y));
    const bottom = Math.max(...items.map((item) => item.y + item.height));
    return prose >= 30 && prose >= 0.4 * items.length && bottom - top >= 0.4 * pageHeight;
  };
  return sides.every(pageLike) ? sides : null;
}

/**
 * Lines in reading order from recognized units. `pageWidth` bounds the free strips; column
 * stretches give their columns' lines left column first, everything else reads top to bottom with
 * a row's cells left to right (segments of one line, as the text layer gives borderless tables).
 */
export function linesInReadingOrder(
  sources: RecognizedUnit[],
  pageWidth: number,
  pageHeight?: number,
): TextLine[] {
  const units = sources.map(unitOf).filter((unit): unit is Unit => unit !== null);
  if (units.length === 0) return [];
  const halves = pageHeight === undefined ? null : twoUpHalves(units, pageWidth, pageHeight);
  if (halves) return halves.flatMap((half) => linesInReadingOrder(half, pageWidth));
  const lineHeight = median(units.map((unit) => unit.bottom - unit.top)) || 10;
  const minGutter = Math.max(lineHeight, 0.03 * pageWidth);
  const rows = groupRows(units);
  const unitOfItem = new Map<TextItem, Unit>();
  for (const unit of units) for (const item of unit.items) unitOfItem.set(item, unit);
  const built: TextLine[] = [];
  // A column found here is read as it is; other stretches still get the text layer's region
  // search (a short column beside a long one, which shares its rows with the long one and so
  // leaves no gutter through a section), unless the recognizer put part of them in a table.
  const emit = (block: Unit[], asColumn: boolean): void => {
    if (block.length === 0) return;
    const regions = !asColumn && !block.some((unit) => unit.inTable);
    built.push(
      ...buildLines(
        block.flatMap((unit) => unit.items),
        { detectColumns: regions ? 'regions' : false },
      ),
    );
  };
  let pending: Unit[] = [];
  for (const section of sections(rows, Math.max(pageWidth, ...units.map((unit) => unit.right)), minGutter)) {
    const columns = textColumns(section, minGutter);
    if (!columns) {
      pending.push(...section.rows.flatMap((row) => row.units));
      continue;
    }
    emit(pending, false);
    pending = [];
    for (const column of columns) emit(column, true);
  }
  emit(pending, false);
  // A tick in the margin before a numbered point is no word of the line (repair.ts dropMarginMark).
  const unmarked = built.flatMap((line) => {
    const kept = dropMarginMark(line.items);
    return kept === line.items ? [line] : buildLines(kept, { detectColumns: false });
  });
  built.splice(0, built.length, ...unmarked);
  // A misread section sign and its paragraph may end up on consecutive lines only in reading order.
  return snapFontSizes(
    repairSectionSignsInLines(built).map((line, i) => {
      // A repaired item is a copy: it keeps the unit of the item it replaces.
      const before = (built[i] as TextLine).items;
      const unitAt = new Map(line.items.map((item, k) => [item, unitOfItem.get(before[k] as TextItem)]));
      return resegment(line, unitAt);
    }),
  );
}

/**
 * Recognizers estimate a line's font size from its glyph boxes, which jitter by ±15 % from line to
 * line (a line without ascenders looks smaller). Extraction compares sizes to find headings and the
 * end of tables, so sizes within 20 % of the page's body size are taken as the body size; clearly
 * larger or smaller lines (headings, footnotes) keep their own.
 */
export function snapFontSizes(lines: TextLine[]): TextLine[] {
  const weights = new Map<number, number>();
  for (const line of lines) {
    const key = Math.round(line.fontSize * 2) / 2;
    weights.set(key, (weights.get(key) ?? 0) + line.text.length);
  }
  const sizes = [...weights.keys()].sort((a, b) => a - b);
  const total = [...weights.values()].reduce((sum, weight) => sum + weight, 0);
  let seen = 0;
  let body = 0;
  for (const size of sizes) {
    seen += weights.get(size) ?? 0;
    if (seen * 2 >= total) {
      body = size;
      break;
    }
  }
  if (body <= 0) return lines;
  return lines.map((line) =>
    Math.abs(line.fontSize / body - 1) <= 0.2 ? { ...line, fontSize: body } : line,
  );
}
