/**
 * Every money figure in the running text (amounts[]): the sentence it stands in, its page, its year;
 * and the figures of tables that are neither year tables nor measure tables (`figureTableAmounts`).
 * Bare numbers in the value columns of measure tables are not here; they are measure effects and totals.
 */
import type { LineSegment } from '../page-model.ts';
import type { Amount } from '../schema.ts';
import {
  type AmountMatch,
  findAmounts,
  type MoneyUnit,
  unitFromHeader,
  yearNear,
} from '../swedish/amounts.ts';
import { withoutFootnoteMark } from '../swedish/numbers.ts';
import { runTogetherYear } from '../swedish/statements.ts';
import { sentenceAround } from '../swedish/text.ts';
import { clip } from './evidence.ts';
import { type DocLine, type Layout, linesOfPage, normalizeText } from './layout.ts';
import { contextBefore, parseValue, surroundingUnit } from './tables.ts';

/**
 * The label a word processor prints at the head of a comment balloon when a paper is exported with its
 * markup shown: "Kommentar [AB1]:", "Kommenterad [AB1]:", "Comment [AB1]:", "Commented [AB1]:" (the
 * reviewer's initials and the comment's number in brackets, then a colon).
 */
const REVIEW_COMMENT =
  /^(?:Kommentar|Kommenterad|Comment|Commented)\s*\[[A-Za-zªµºÀ-ÖØ-öø-ɏ]{1,6}\d{1,3}\]\s*:/u;

/**
 * `lineText` gives the text to read of a line (a year table's line without its figures in the value
 * columns: those are effects and totals, not amounts of the running text); `years` are the paper's years,
 * for a figure that a year ran into ("effekt 20249 mkr").
 */
export function extractAmounts(
  layout: Layout,
  options: { years?: readonly number[]; lineText?: (line: DocLine) => string } = {},
): Amount[] {
  const lineText = options.lineText ?? ((line: DocLine) => line.text);
  const amounts: Amount[] = [];
  // Blocks by page in one pass (filtering all blocks per page was quadratic in a long paper's length).
  const blocksByPage = new Map<number, Layout['blocks']>();
  for (const block of layout.blocks) {
    const list = blocksByPage.get(block.page);
    if (list) list.push(block);
    else blocksByPage.set(block.page, [block]);
  }
  for (const page of layout.pages) {
    const blocks = blocksByPage.get(page.number) ?? [];
    if (blocks.length === 0) continue;
    // One text per page: lines of a block joined by a space, blocks by a blank line, so a figure whose
    // unit wrapped into the next block ("effekt 128" / "mkr kommer …") is still read, while sentences
    // do not run across blocks. Offsets map back to lines (for the year of a figure in a table-like line).
    let text = '';
    const lineStarts: { offset: number; text: string; page: number; full: string }[] = [];
    const pageLines = blocks.flatMap((block) => block.lines);
    const texts = withDashCellsApart(pageLines, withUnitsUnderFigures(pageLines, lineText));
    let at = 0;
    for (const block of blocks) {
      // A reviewer's comment balloon (markup shown in the margin) is a note on the paper, not its text.
      if (REVIEW_COMMENT.test(block.lines[0]?.text ?? '')) {
        at += block.lines.length;
        continue;
      }
      block.lines.forEach((line, i) => {
        if (text) text += i === 0 ? '\n\n' : ' ';
        const own = texts[at++] ?? lineText(line);
        lineStarts.push({ offset: text.length, text: own, page: line.page, full: line.text });
        text += own;
      });
    }
    const all = findAmounts(text);
    const headers = yearUnitHeaders(all);
    for (const found of all) {
      if (headers.has(found)) continue;
      // "effekt 20249 mkr" where the paper's year 2024 ran into the figure: the figure is 9 mkr (warned
      // where it is read as a measure's effect).
      const split = runTogetherYear(text, found, options.years ?? []);
      const match = split?.amount ?? found;
      let line = lineStarts[0];
      for (const start of lineStarts) if (start.offset <= match.index) line = start;
      if (line && firstYearHeadWithUnit(match.raw, line.full)) continue;
      const sentence = sentenceAround(text, match.index, match.end);
      // The year stated on the figure's own line wins ("Kostnad 2022 ack dec: 268 mkr"), then its sentence.
      const local =
        line && match.end <= line.offset + line.text.length
          ? yearNear(
              line.text,
              { ...match, index: match.index - line.offset, end: match.end - line.offset },
              { othersYears: 'skip' },
            )
          : null;
      amounts.push({
        amountMsek: match.amountMsek,
        raw: match.raw.replace(/\s+/g, ' ').trim(),
        qualifier: match.qualifier,
        // …then its sentence; never a year from another block of the page.
        year:
          split?.year ??
          local ??
          yearNear(sentence.text, {
            ...match,
            index: match.index - sentence.start,
            end: match.end - sentence.start,
          }),
        context: contextAround(sentence.text, match.index - sentence.start, match.end - sentence.start),
        page: line?.page ?? page.number,
      });
    }
  }
  return amounts;
}

/**
 * Column heads of years with their unit read as figures ("2026 mkr | 2027 mkr", "Effekt 2026 mkr  Effekt
 * 2027 mkr"): a whole number that is a year, its unit right after it, beside the next or the previous
 * year written the same way a few words off. Such pairs are headers, not amounts.
 */
export function yearUnitHeaders(found: readonly AmountMatch[]): Set<AmountMatch> {
  const yearOf = (m: AmountMatch): { year: number; unit: string } | null => {
    const g = /^((?:19|20)\d{2})\s*([A-Za-zªµºÀ-ÖØ-öø-ɏ]+)$/u.exec(m.raw.replace(/\s+/g, ' ').trim());
    return g?.[1] && g[2] ? { year: Number(g[1]), unit: g[2].toLowerCase() } : null;
  };
  const out = new Set<AmountMatch>();
  for (let k = 0; k + 1 < found.length; k++) {
    const a = found[k] as AmountMatch;
    const b = found[k + 1] as AmountMatch;
    const ya = yearOf(a);
    const yb = yearOf(b);
    if (ya && yb && yb.year === ya.year + 1 && ya.unit === yb.unit && b.index - a.end <= 40) {
      out.add(a);
      out.add(b);
    }
  }
  return out;
}

/**
 * A year with its unit in the first year's head only ("Besparing 2026 MSEK  Besparing 2027  Besparing
 * 2028"), on a line (read whole) where the next year follows as the next column's head — a capitalised
 * head or the year alone. Prose that goes on with a year ("2025 mkr under 2026") is money.
 */
function firstYearHeadWithUnit(raw: string, line: string): boolean {
  const g = /^((?:19|20)\d{2})\s*[A-Za-zªµºÀ-ÖØ-öø-ɏ]+(?:\s+kronor)?$/u.exec(raw.replace(/\s+/g, ' ').trim());
  if (!g?.[1]) return false;
  const flat = normalizeText(line);
  const at = flat.indexOf(normalizeText(raw));
  if (at < 0) return false;
  const after = flat.slice(at + normalizeText(raw).length, at + normalizeText(raw).length + 40);
  return new RegExp(`^(?:\\s+\\p{Lu}[^.;:\\d]{0,30}?)?\\s+${Number(g[1]) + 1}(?!\\d)`, 'u').test(after);
}

/** A segment that is nothing but a money unit ("mkr", "Mnkr", "miljoner kronor"). */
const UNIT_ONLY_RE =
  /^(?:mkr|mnkr|mdkr|tkr|kkr|msek|ksek|kr|kronor|(?:miljoner|miljarder|tusen)(?:\s+kronor)?)\.?$/iu;
/** A segment ending in a figure with no unit after it: "Resultat ack. jun: −16,5", "Prognos (3,1)". */
const BARE_FIGURE_END_RE = /(?:^|[\s:(])[-−–+]?\(?\d{1,3}(?:[\s\u00a0\u2009\u202f]\d{3})*(?:,\d+)?\)?$/u;

/**
 * The lines' texts with each unit that wrapped under its figure moved after it. Key-figure boxes stand
 * side by side and wrap inside their narrow frames: "Resultat ack. jun: −16,5" / "mkr", the next box's
 * text on the same lines. Read across, the unit stands after the next box's words, and the figure had
 * none. A unit alone under a segment that ends in a bare figure, on the line right below and within the
 * segment's width, is that figure's (whether or not the layout put the two lines in one block). Lines whose
 * text is not their segments' (`lineText` took figures out) and lines of one segment (the unit then
 * follows already) are left as they are.
 */
function withUnitsUnderFigures(lines: DocLine[], lineText: (line: DocLine) => string): string[] {
  const texts = lines.map((line) => lineText(line));
  const segments: LineSegment[][] = lines.map((line) => [...line.line.segments]);
  let moved = false;
  for (let k = 0; k + 1 < lines.length; k++) {
    const upper = lines[k];
    const lower = lines[k + 1];
    const above = segments[k];
    const below = segments[k + 1];
    if (!upper || !lower || !above || !below || upper.page !== lower.page) continue;
    if (above.length < 2 || texts[k] !== upper.text) continue;
    if (texts[k + 1] !== lower.text) continue;
    const size = upper.line.fontSize;
    if (lower.line.y - (upper.line.y + upper.line.height) > size) continue;
    for (let u = below.length - 1; u >= 0; u--) {
      const unit = below[u];
      if (!unit || !UNIT_ONLY_RE.test(unit.text.trim())) continue;
      const centre = unit.x + unit.width / 2;
      const over = above.findIndex(
        (seg) => centre >= seg.x - size / 2 && centre <= seg.x + seg.width + size / 2,
      );
      const figure = above[over];
      if (!figure || !BARE_FIGURE_END_RE.test(figure.text)) continue;
      // A box's text is followed on its line by the next box's words, and a box is narrow: a segment
      // last on its line is followed by the unit anyway, one followed by digits is a figure whose
      // thousands were set apart ("uppgick till 5" "100" / "tkr."), and a wide one is running text.
      const after = above[over + 1];
      if (!after || /^[\d(−–+-]/u.test(after.text.trim())) continue;
      if (figure.width > upper.pageWidth * 0.45) continue;
      above[over] = { ...figure, text: `${figure.text} ${unit.text.trim()}` };
      below.splice(u, 1);
      moved = true;
    }
  }
  if (!moved) return texts;
  return segments.map((row, k) =>
    row === undefined || texts[k] !== lines[k]?.text
      ? (texts[k] ?? '')
      : normalizeText(row.map((seg) => seg.text).join('  ')),
  );
}

/**
 * A table row whose empty year is a dash cell ("–" | "1 100 tkr" | "1 200 tkr"): read as one line of
 * text, the dash would be the next figure's minus. Only geometry tells the two apart — a minus set as
 * a run of its own (a spreadsheet's accounting format) is also a dash segment before a figure
 * segment. So the dash is an empty cell only when the nearest row of cells above or below (a head
 * row or another row's figures) puts it and the figure under two different cells; the line's cells
 * are then joined by three spaces, which `findAmounts` does not read across for a sign. Where no row
 * decides, the dash stays the figure's minus. Lines whose text is not their own (`lineText` took
 * figures out) are left as they are.
 */
function withDashCellsApart(lines: DocLine[], texts: string[]): string[] {
  return texts.map((text, k) => {
    const line = lines[k];
    if (!line || text !== line.text) return text;
    const segments = line.line.segments;
    const dashBefore = (i: number) =>
      /^[-–—−]$/u.test(segments[i]?.text.trim() ?? '') && /^\(?\d/u.test(segments[i + 1]?.text.trim() ?? '');
    if (!segments.some((_, i) => dashBefore(i))) return text;
    let apart = false;
    const joined = segments.map((seg, i) => {
      const cell = normalizeText(seg.text);
      const next = segments[i + 1];
      if (!next || !dashBefore(i) || !underTwoCells(lines, k, seg, next)) return cell;
      apart = true;
      return `${cell} `;
    });
    return apart ? joined.join('  ') : text;
  });
}

const overlaps = (a: LineSegment, b: LineSegment) => a.x < b.x + b.width && b.x < a.x + a.width;

/**
 * Whether the nearest line of the page (up to 30 lines either way) with two or more cells whose cells
 * other than dashes cover both the dash and the figure puts them under different cells. A cell covering both (a wide cell, a
 * line of prose) decides that they are one cell.
 */
function underTwoCells(lines: DocLine[], k: number, dash: LineSegment, figure: LineSegment): boolean {
  const page = lines[k]?.page;
  for (let d = 1; d <= 30; d++) {
    for (const j of [k - d, k + d]) {
      const other = lines[j];
      if (!other || other.page !== page || other.line.segments.length < 2) continue;
      // Another row's dash decides nothing: a column of dashes is as much a column of minuses set apart.
      const cells = other.line.segments.filter((c) => !/^[-–—−]$/u.test(c.text.trim()));
      const overDash = cells.filter((c) => overlaps(c, dash));
      const overFigure = cells.filter((c) => overlaps(c, figure));
      if (overDash.length === 0 || overFigure.length === 0) continue;
      return !overDash.some((c) => overFigure.includes(c));
    }
  }
  return false;
}

/** The sentence, cut to a readable window around the figure (still verbatim text). */
function contextAround(sentence: string, start: number, end: number): string {
  const flat = sentence.replace(/\s+/g, ' ');
  if (flat.length <= 400) return flat.trim();
  const from = Math.max(0, flat.lastIndexOf(' ', Math.max(0, start - 180)));
  return clip(flat.slice(from, Math.max(end + 180, from + 200)), 400);
}

/* ------------------------------------------------------------ figure tables */

/**
 * A bare figure cell: "19,5", "(19,5)", "−3,5", "23 200", "+1,1", "3,5-" (a minus set after the figure,
 * as ERP exports print it). No unit (a cell with its unit is read with the running text).
 */
export const FIGURE_CELL_RE =
  /^(?:\(?[-−–—+]?\s?\d{1,3}(?:[\s\u00a0\u2009\u202f]\d{3})*(?:,\d+)?\)?|\d{1,3}(?:[\s\u00a0\u2009\u202f]\d{3})*(?:,\d+)?[-\u2212])$/u;
/**
 * A share beside the figures ("−1,8 %", "12%"): part of the row's run of figure cells — a column of
 * shares must not end the row — but never money (its column is left out).
 */
const PERCENT_CELL_RE = /^[-−–—+]?\s?\d{1,3}(?:,\d+)?\s?%$/u;
export const YEAR_CELL_RE = /^(?:19|20)\d{2}$/;
/**
 * Headers of columns whose figures are not money: counts, shares, numbers, years ("helår" is a
 * period, not a column of years).
 */
const NOT_MONEY_HEADER_RE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:antal|andel|procent|nr|nummer|st|(?<!föregående\s)år|årtal|dnr|besök|patienter|personer|dagar|vårddagar|timmar|årsarbetare|index|kvot)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])|%/iu;
const MEASURE_HEADER_RE = /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:åtgärd|insats|effekt|besparing|sparförslag)/iu;

interface FigureRow {
  line: DocLine;
  label: string;
  /** The trailing figure segments: text, edges and centre. */
  figures: { text: string; left: number; right: number; markedRight: number; center: number }[];
  /** Where the label cell ends. */
  labelRight: number;
}

/**
 * A line's segments with split thousands groups joined again. Some producers (Writer without tags)
 * place each group of a grouped figure as its own run, a few points apart: "2" "850" "800" is
 * 2 850 800, not three cells. A segment of exactly three digits (with decimals or a closing
 * parenthesis) that starts within half an em of a figure before it continues that figure; cells of
 * two columns stand much further apart.
 */
/**
 * Two cells a producer set so close that they came as one run: a figure that ended (with its
 * decimals, or with a footnote mark) followed by another figure — "1 810,8 1 786,1 ³)" is two cells,
 * as nothing can continue a figure after its decimals or its mark. Figures without either
 * ("12 187 12 202") stay as they are: where one ends is not sure. Each part is placed by its share
 * of the characters.
 */
const ENDED_FIGURE_SPLIT_RE =
  /(?<=,\d+(?:\s?[\u2070\u00B9\u00B2\u00B3\u2074-\u2079]{1,2}\)?|\*{1,3})?|[\u2070\u00B9\u00B2\u00B3\u2074-\u2079]\)?|\*)\s(?=\(?[-−–]?\d)/u;
function splitEndedFigures(segment: LineSegment): LineSegment[] {
  const text = segment.text.replace(/\s+/g, ' ').trim();
  if (!ENDED_FIGURE_SPLIT_RE.test(text)) return [segment];
  const parts = text.split(new RegExp(ENDED_FIGURE_SPLIT_RE.source, 'gu'));
  if (parts.length < 2 || !parts.every((part) => FIGURE_CELL_RE.test(withoutFootnoteMark(part))))
    return [segment];
  const perChar = segment.width / text.length;
  let at = 0;
  return parts.map((part) => {
    const placed = { text: part, x: segment.x + at * perChar, width: part.length * perChar };
    at += part.length + 1;
    return placed;
  });
}

function joinedSegments(line: DocLine): { text: string; x: number; width: number; markedWidth: number }[] {
  const em = line.line.fontSize || 10;
  const out: { text: string; x: number; width: number; markedWidth: number }[] = [];
  for (const segment of line.line.segments.flatMap(splitEndedFigures)) {
    const spaced = segment.text.replace(/\s+/g, ' ').trim();
    const text = withoutFootnoteMark(spaced);
    // A footnote mark dropped from a figure: the figure itself ends before it (estimated by its share
    // of the characters); the mark may hang right of the column or sit inside the cell's alignment.
    const width = text.length < spaced.length ? (segment.width * text.length) / spaced.length : segment.width;
    const previous = out.at(-1);
    if (
      previous &&
      /^\(?[-−–—+]?\s?\d{1,3}(?: \d{3})*$/u.test(previous.text) &&
      /^\d{3}(?:,\d+)?\)?$/u.test(text) &&
      segment.x - (previous.x + previous.width) <= 0.5 * em
    ) {
      previous.text = `${previous.text} ${text}`;
      previous.width = segment.x + width - previous.x;
      previous.markedWidth = segment.x + segment.width - previous.x;
      continue;
    }
    out.push({ text, x: segment.x, width, markedWidth: segment.width });
  }
  return out;
}

function figureRowOf(line: DocLine): FigureRow | null {
  const segments = joinedSegments(line);
  let end = segments.length;
  const cellAt = (k: number) => normalizeSegment(segments[k]?.text ?? '');
  while (end > 0 && (FIGURE_CELL_RE.test(cellAt(end - 1)) || PERCENT_CELL_RE.test(cellAt(end - 1)))) end--;
  // The run holds money, not only shares.
  if (!segments.slice(end).some((_, k) => FIGURE_CELL_RE.test(cellAt(end + k)))) return null;
  if (end === 0 || end === segments.length) return null;
  const label = segments
    .slice(0, end)
    .map((s) => s.text)
    .join(' ')
    .trim();
  if (!/[A-Za-zªµºÀ-ÖØ-öø-ɏ]{2}/u.test(label)) return null;
  const figures = segments.slice(end).map((s) => ({
    text: normalizeSegment(s.text),
    left: s.x,
    right: s.x + s.width,
    markedRight: s.x + s.markedWidth,
    center: s.x + s.width / 2,
  }));
  const last = segments[end - 1];
  return { line, label, figures, labelRight: last ? last.x + last.width : 0 };
}

/**
 * "Ambulans och prehospital" / "216,8  220,5  −3,7" / "vård": a first row whose label cell wraps, the
 * figures centred on the row's height, read as a row: the label's first line, then a line of figures
 * alone to the right of it. The row stands on the figures' line.
 */
function wrappedFirstRow(lines: readonly DocLine[], i: number, skip: ReadonlySet<number>): FigureRow | null {
  const label = lines[i];
  const figuresLine = lines[i + 1];
  if (!label || !figuresLine || figuresLine.page !== label.page || skip.has(figuresLine.index)) return null;
  if (
    label.line.segments.length !== 1 ||
    !/[A-Za-zªµºÀ-ÖØ-öø-ɏ]{2}/u.test(label.text) ||
    /\d/.test(label.text)
  )
    return null;
  const figures = figuresOnlyOf(figuresLine);
  if (!figures || figures.length < 2) return null;
  const labelRight = label.line.x + label.line.width;
  if (labelRight >= (figures[0]?.left ?? 0)) return null;
  // The row below must be a row of the same table: its label where this one's is.
  const below = lines[i + 2];
  const em = label.line.fontSize || 10;
  if (!below || below.page !== label.page || Math.abs(below.line.x - label.line.x) > em) return null;
  return { line: figuresLine, label: normalizeText(label.text), figures, labelRight };
}

/** The figures of a line that holds nothing but figure cells, else null. */
function figuresOnlyOf(line: DocLine): FigureRow['figures'] | null {
  const segments = joinedSegments(line);
  if (segments.length === 0 || !segments.every((s) => FIGURE_CELL_RE.test(s.text))) return null;
  return segments.map((s) => ({
    text: s.text,
    left: s.x,
    right: s.x + s.width,
    markedRight: s.x + s.markedWidth,
    center: s.x + s.width / 2,
  }));
}

/** A segment's text with its spaces made plain, and a footnote mark after a figure dropped ("1 042,1³"). */
function normalizeSegment(text: string): string {
  return withoutFootnoteMark(text.replace(/\s+/g, ' ').trim());
}

/** The header cell standing over a figure column: the header segment that overlaps it most, else the nearest. */
function headerCellOver(header: DocLine, left: number, right: number): string {
  let best = '';
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const segment of header.line.segments) {
    const overlap = Math.min(right, segment.x + segment.width) - Math.max(left, segment.x);
    const score = overlap > 0 ? overlap : -Math.abs((left + right) / 2 - (segment.x + segment.width / 2));
    if (score > bestScore) {
      bestScore = score;
      best = segment.text;
    }
  }
  return normalizeSegment(best);
}

/**
 * The header lines over a table's first row. A header whose cells wrap ("Prognos helår" over
 * "(mnkr)", "Utfall jan–" over "aug") stands as several close lines; the lines that hold only
 * column parts (starting right of the label column) belong to it, with at most one line that starts
 * at the label column (the label's own header). A caption or prose line starts at the label column
 * too and so ends the header.
 */
function headerLinesAbove(
  lines: readonly DocLine[],
  start: number,
  firstRow: FigureRow,
  skip: ReadonlySet<number>,
): DocLine[] {
  const nearest = lines[start - 1];
  if (!nearest) return [];
  const em = firstRow.line.line.fontSize || 10;
  const atLabel = (line: DocLine) => Math.abs(line.line.x - firstRow.line.line.x) <= 2 * em;
  const out = [nearest];
  let labelLines = atLabel(nearest) ? 1 : 0;
  for (let k = start - 2; k >= 0 && out.length < 4; k--) {
    const line = lines[k];
    const below = out[0] as DocLine;
    if (!line || line.page !== below.page || skip.has(line.index)) break;
    if (below.gapBefore > 0.8 * em || line.text.length > 100) break;
    if (line.line.segments.some((s) => FIGURE_CELL_RE.test(normalizeSegment(s.text)))) break;
    // Every line so far starts at the label column: the header is complete.
    if (labelLines === out.length) break;
    if (atLabel(line)) {
      if (labelLines > 0) break;
      labelLines++;
    }
    out.unshift(line);
  }
  // Lines of column parts alone with no label line joined: only the nearest line is the header.
  return labelLines > 0 || out.length === 1 ? out : [nearest];
}

/** One header line of all the header lines' cells, at the first line's place. */
function mergedHeader(headerLines: DocLine[]): DocLine | undefined {
  const [top] = headerLines;
  if (!top || headerLines.length === 1) return top;
  return {
    ...top,
    text: headerLines.map((l) => l.text).join(' '),
    line: { ...top.line, segments: headerLines.flatMap((l) => l.line.segments) },
  };
}

/**
 * The header text over each figure column, word by word, when the header's cells cannot be taken
 * whole: it runs over several lines, or one of its segments spans two columns (a producer that
 * writes "Utfall jan–okt Budget jan–okt Avvikelse %" as one run). Each word's place is estimated from
 * its share of the segment's characters, and the word belongs to the column whose band (from the
 * previous column's right edge to its own) holds its centre. Null when the cells can be taken whole.
 */
function columnHeadersByWords(
  header: DocLine,
  headerLineCount: number,
  rows: readonly FigureRow[],
  em: number,
): string[] | null {
  const columns = rows[0]?.figures.length ?? 0;
  const rights = Array.from({ length: columns }, (_, c) =>
    Math.max(...rows.map((row) => row.figures[c]?.right ?? Number.NEGATIVE_INFINITY)),
  );
  const lefts = Array.from({ length: columns }, (_, c) =>
    Math.min(...rows.map((row) => row.figures[c]?.left ?? Number.POSITIVE_INFINITY)),
  );
  const labelRight = Math.max(...rows.map((row) => row.labelRight));
  const band = (c: number): [number, number] => [
    c === 0 ? labelRight : (rights[c - 1] ?? 0) + 0.5 * em,
    c === columns - 1 ? Number.POSITIVE_INFINITY : (rights[c] ?? 0) + 0.5 * em,
  ];
  const spansTwo = header.line.segments.some((s) => {
    let covered = 0;
    for (let c = 0; c < columns; c++) {
      const overlap = Math.min(s.x + s.width, rights[c] ?? 0) - Math.max(s.x, lefts[c] ?? 0);
      if (overlap > em) covered++;
    }
    return covered >= 2;
  });
  if (headerLineCount < 2 && !spansTwo) return null;
  const cells: string[][] = Array.from({ length: columns }, () => []);
  for (const segment of header.line.segments) {
    const text = normalizeSegment(segment.text);
    if (!text) continue;
    const perChar = segment.width / text.length;
    let offset = 0;
    for (const word of text.split(' ')) {
      const center = segment.x + (offset + word.length / 2) * perChar;
      offset += word.length + 1;
      for (let c = 0; c < columns; c++) {
        const [lo, hi] = band(c);
        if (center > lo && center <= hi) cells[c]?.push(word);
      }
    }
  }
  return cells.map((words) => words.join(' '));
}

/** A figure of a table's money column as an amount: its row's label and its column's header as context. */
function cellAmount(
  value: { amountMsek: number; raw: string },
  label: string,
  header: string,
  page: number,
): Amount {
  return {
    amountMsek: value.amountMsek,
    raw: value.raw,
    qualifier: null,
    year: null,
    context: clip(`${normalizeText(label)} · ${header}: ${value.raw}`, 400),
    page,
  };
}

export interface FigureTableResult {
  amounts: Amount[];
  warnings: { code: 'AMBIGUOUS_AMOUNT' | 'TABLE_UNPARSED'; message: string; page: number }[];
  /** The lines of the tables read or told (header and rows). */
  lines: Set<number>;
}

/**
 * The figures of tables that are neither year tables nor measure tables ("Verksamhet | Utfall jan–okt |
 * Prognos helår" under "Avvikelse mot budget (mkr)"): every money figure is an amount. Rows are
 * lines of a label followed by bare figures in aligned columns, under a header line of text cells.
 * The unit comes from the column's header cell, the header line, or the table's caption or heading
 * (as the year-table readers find it); a unit from further away than the caption warns, and a table
 * with no unit gives no amounts (a warning says so). Columns headed as counts, shares, numbers or
 * years, and columns of years or of running numbers, are not money and are left out. A figure in
 * parentheses is negative, as in the year tables.
 */
export function figureTableAmounts(
  layout: Layout,
  options: {
    /** Lines already read as something else (year tables, measures, decisions). */
    skip: ReadonlySet<number>;
  },
): FigureTableResult {
  const result: FigureTableResult = { amounts: [], warnings: [], lines: new Set() };
  const lines = layout.lines;
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    const first = lines[i];
    if (!first || options.skip.has(first.index)) continue;
    // The first row's label may wrap around its figures too (its first line, then the figures alone).
    const firstRow = figureRowOf(first) ?? wrappedFirstRow(lines, i, options.skip);
    if (!firstRow) continue;
    const rows: FigureRow[] = [firstRow];
    let j = firstRow.line === first ? i + 1 : i + 2;
    for (; j < lines.length; j++) {
      const next = lines[j];
      if (!next || next.page !== first.page || options.skip.has(next.index)) break;
      const row = figureRowOf(next);
      if (row && row.figures.length === firstRow.figures.length) {
        rows.push(row);
        continue;
      }
      // A row whose label wraps around its figures (the figures centred on the row's height): the
      // label's first line alone, then a line of the figures alone ("Diagnostik och" / "485 800 …" /
      // "service"); a last label line is joined below as any wrapped label.
      const figuresLine = lines[j + 1];
      const centred =
        !row && figuresLine && figuresLine.page === first.page && !options.skip.has(figuresLine.index)
          ? figuresOnlyOf(figuresLine)
          : null;
      if (
        centred &&
        centred.length === firstRow.figures.length &&
        next.line.segments.length === 1 &&
        /[A-Za-zªµºÀ-ÖØ-öø-ɏ]{2}/u.test(next.text) &&
        !/\d/.test(next.text) &&
        next.line.x + next.line.width < (firstRow.figures[0]?.left ?? 0)
      ) {
        rows.push({
          line: figuresLine as DocLine,
          label: normalizeText(next.text),
          figures: centred,
          labelRight: next.line.x + next.line.width,
        });
        j++;
        continue;
      }
      // A label cell that wraps: a line of text alone in the label column, before the next row's
      // figures, belongs to the row above ("Barn- och ungdoms-" / "medicin  (10,4)").
      const after = lines[j + 1] ? figureRowOf(lines[j + 1] as DocLine) : null;
      const previous = rows.at(-1);
      if (
        !row &&
        previous &&
        after &&
        after.figures.length === firstRow.figures.length &&
        next.line.segments.length === 1 &&
        !/\d/.test(next.text) &&
        next.line.x + next.line.width < (firstRow.figures[0]?.left ?? 0)
      ) {
        previous.label = `${previous.label} ${normalizeText(next.text)}`;
        continue;
      }
      break;
    }
    i = j - 1;
    const headerLines = headerLinesAbove(lines, start, firstRow, options.skip);
    const header = mergedHeader(headerLines);
    const headerStart = start - headerLines.length;
    if (rows.length < 2 || !header || header.page !== first.page || options.skip.has(header.index)) continue;
    // A header of text cells, one over each figure column (and the label column).
    const em = first.line.fontSize || 10;
    if (
      (header.line.segments.length < 2 && !oneRunHeader(header, headerLines.length, firstRow, em)) ||
      header.line.segments.some((s) => FIGURE_CELL_RE.test(s.text.trim()))
    )
      continue;
    // Figures of one column share a right (or centre) edge.
    const aligned = firstRow.figures.every((figure, c) =>
      rows.every((row) => {
        const other = row.figures[c];
        return (
          other !== undefined &&
          (Math.abs(other.right - figure.right) <= em ||
            Math.abs(other.markedRight - figure.markedRight) <= em ||
            Math.abs(other.center - figure.center) <= em)
        );
      }),
    );
    if (!aligned) continue;
    for (const line of [...headerLines, ...rows.map((row) => row.line)]) result.lines.add(line.index);
    // A table of measures whose columns name no years ("Åtgärd | Besparing | Engångskostnad | Netto",
    // the year only in the caption; "2026 H1 | 2026 H2"): the year-table readers found no year
    // header, and its figures are no plain amounts either. Said, never dropped in silence.
    if (MEASURE_HEADER_RE.test(header.text)) {
      result.warnings.push({
        code: 'TABLE_UNPARSED',
        message: `a table of measures ("${clip(header.text, 60)}") was not read: no column of its header was taken for a year, so its figures are not among the effects`,
        page: first.page,
      });
      continue;
    }
    const page = first.page;
    const stated = tableUnit(layout, header.text, header.index, headerStart, page, result.warnings);
    if (!stated) continue;
    const { unit } = stated;
    let read = 0;
    const byWords = columnHeadersByWords(header, headerLines.length, rows, em);
    firstRow.figures.forEach((figure, c) => {
      const left = Math.min(...rows.map((row) => row.figures[c]?.right ?? figure.right)) - 4 * em;
      const cell = byWords?.[c] ?? headerCellOver(header, left, figure.right);
      if (NOT_MONEY_HEADER_RE.test(cell)) return;
      const texts = rows.map((row) => row.figures[c]?.text ?? '');
      if (texts.every((text) => YEAR_CELL_RE.test(text))) return;
      if (texts.some((text) => PERCENT_CELL_RE.test(text))) return;
      const plain = texts.map((text) => (/^\d{1,3}$/.test(text) ? Number(text) : null));
      if (plain.every((n, k) => n !== null && n === (plain[0] ?? 0) + k)) return;
      const cellUnit = unitFromHeader(cell) ?? unit;
      for (const row of rows) {
        const text = row.figures[c]?.text;
        if (!text) continue;
        const value = parseValue(text, cellUnit);
        if (!value || value === 'unread') continue;
        read++;
        result.amounts.push(cellAmount(value, row.label, cell, row.line.page));
      }
    });
    if (read > 0) uncaptionedUnit(stated, header.text, page, result.warnings);
  }
  unalignedFigureLists(lines, options.skip, result);
  return result;
}

/**
 * "Verksamhet Avvikelse mot budget, mkr" over "Primärvård (20,7)", "Tandvård 9,7": a header stating a
 * money unit over short lines that each end in a bare figure right after their label — a slide whose
 * tab stops set each figure just after its label, so that the figures stand in no column. A reader sees
 * a table; which figure is which cell cannot be told from the page, so it is told, not read.
 */
function unalignedFigureLists(
  lines: readonly DocLine[],
  skip: ReadonlySet<number>,
  result: FigureTableResult,
): void {
  const free = (line: DocLine | undefined): line is DocLine =>
    line !== undefined && !skip.has(line.index) && !result.lines.has(line.index);
  for (let i = 0; i < lines.length; i++) {
    const header = lines[i];
    if (!free(header) || header.line.segments.length !== 1) continue;
    const text = normalizeSegment(header.text);
    if (text.length > 80 || /[.!?;:]$/u.test(text) || unitFromHeader(text) === null) continue;
    let rows = 0;
    for (let k = i + 1; k < lines.length; k++) {
      const row = lines[k];
      if (!free(row) || row.page !== header.page || row.line.segments.length !== 1) break;
      const cell = normalizeSegment(row.text);
      if (cell.length > 50 || !/^[A-Za-zªµºÀ-ÖØ-öø-ɏ]/u.test(cell) || !BARE_FIGURE_END_RE.test(cell)) break;
      rows++;
    }
    if (rows < 2) continue;
    result.warnings.push({
      code: 'TABLE_UNPARSED',
      message: `lines under "${clip(text, 60)}" end in figures that stand in no column: they were not read as amounts`,
      page: header.page,
    });
    i += rows;
  }
}

/**
 * A header written as one run over a table of a label column and one figure column ("Verksamhet
 * Avvikelse mot budget, mkr": a word processor's narrow header cells set a space apart, a slide's
 * tab stop): a single short line of text that starts at the label column, reaches over to the
 * figure column and closes on the money unit itself. A sentence (it ends in a full stop, a colon or a
 * comma, or names a figure of its own) is no header, and with more figure columns the run cannot be
 * parted into their cells.
 */
function oneRunHeader(header: DocLine, headerLineCount: number, firstRow: FigureRow, em: number): boolean {
  const figure = firstRow.figures[0];
  const text = normalizeSegment(header.text);
  return (
    headerLineCount === 1 &&
    firstRow.figures.length === 1 &&
    figure !== undefined &&
    text.length <= 80 &&
    !/[.!?;:,]$/u.test(text) &&
    !/\p{Nd}/u.test(text) &&
    unitClosesRun(text) &&
    Math.abs(header.line.x - firstRow.line.line.x) <= 2 * em &&
    header.line.x + header.line.width >= figure.left - 2 * em
  );
}

/**
 * Whether the unit ends the run ("…, mkr", "… (tkr)", "… i mkr", "… i tusen kronor"): a header names its
 * unit last, while a sentence that mentions a unit mid-way ("uppgick till 64 mkr, fördelat på …") runs
 * on into the rows it introduces.
 */
function unitClosesRun(text: string): boolean {
  const words = text
    .replace(/[()[\]]/gu, ' ')
    .trim()
    .split(/\s+/u);
  const last = words.at(-1) ?? '';
  if (unitFromHeader(last) !== null) return true;
  return /^kronor$/iu.test(last) && unitFromHeader(words.slice(-2).join(' ')) !== null;
}

/** The unit a table of figures is read in, and whether its header or caption states it. */
interface StatedUnit {
  unit: MoneyUnit;
  captioned: boolean;
}

/**
 * The unit of a table of figures whose header is `headerText` (its line `headerIndex`, its first header
 * line `captionEnd`): the header's own, else the one its caption, a heading or a statement elsewhere in the
 * paper gives. `captioned` says whether the header or the few lines right above it on its page (a caption,
 * a slide's title) state it — a unit from further away is less certain. Null, told, when none is stated.
 */
function tableUnit(
  layout: Layout,
  headerText: string,
  headerIndex: number,
  captionEnd: number,
  page: number,
  warnings: FigureTableResult['warnings'],
): StatedUnit | null {
  const headerUnit = unitFromHeader(headerText);
  const unit = headerUnit ?? surroundingUnit(layout, headerIndex, contextBefore(layout, headerIndex));
  if (!unit) {
    warnings.push({
      code: 'TABLE_UNPARSED',
      message: `a table of figures ("${clip(headerText, 60)}") states no unit (mkr, tkr): its figures were not read as amounts`,
      page,
    });
    return null;
  }
  const captioned =
    headerUnit !== null ||
    layout.lines
      .slice(Math.max(0, captionEnd - 3), captionEnd)
      .some(
        (above) => above.page === page && above.text.length <= 160 && unitFromHeader(above.text) === unit,
      );
  return { unit, captioned };
}

/** Says that a table's figures were read in a unit that neither its header nor its caption states. */
function uncaptionedUnit(
  stated: StatedUnit,
  headerText: string,
  page: number,
  warnings: FigureTableResult['warnings'],
): void {
  if (stated.captioned) return;
  warnings.push({
    code: 'AMBIGUOUS_AMOUNT',
    message: `figures of the table "${clip(headerText, 60)}" read in ${stated.unit}, the unit stated by a heading or elsewhere in the paper, not by the table's header or caption`,
    page,
  });
}

/** A cell with no effect printed: a dash or nothing. */
const NO_FIGURE_CELL_RE = /^(?:[-−–—]|)$/u;

/**
 * The figures of drawn tables (ruled, tagged, Textract) that are neither year tables nor read by the
 * line-based pass above: a follow-up's "Åtgärd | Utfall per augusti | Helårsprognos | Status", whose
 * status cells after the figures and label cells wrapped over two lines keep its lines from reading
 * as rows of a label and figures. The producer's cell grid says which cells make a column: a column
 * is money when at least two of its body cells are figures and the others are figures, dashes or
 * blank at most but one in three; its header is the text of the rows above the first row with a
 * figure. The unit comes from the column's header, the header rows, or the table's caption or
 * heading; a table with no unit gives no amounts (said). A table whose header names measures
 * ("Åtgärd", "Insats") but no year is told as unread measures: its figures are amounts, not effects.
 * Tables with a line in `skip` (read as anything else) are left alone.
 */
export function drawnTableAmounts(layout: Layout, options: { skip: ReadonlySet<number> }): FigureTableResult {
  const result: FigureTableResult = { amounts: [], warnings: [], lines: new Set() };
  for (const page of layout.pages) {
    for (const table of page.tables) {
      const box = table.box;
      if (!box) continue;
      const inside = linesOfPage(layout, page.number).filter((line) => {
        const middle = line.line.y + line.line.height / 2;
        return middle >= box.y - 1 && middle <= box.y + box.height + 1 && line.line.x >= box.x - 2;
      });
      if (inside.length === 0 || inside.some((line) => options.skip.has(line.index))) continue;
      const rows = table.rows.map((row) => row.map((cell) => normalizeSegment(cell)));
      const isFigure = (cell: string) => FIGURE_CELL_RE.test(cell);
      const firstBody = rows.findIndex((row) => row.some(isFigure));
      if (firstBody < 1) continue;
      const headerRows = rows.slice(0, firstBody);
      const body = rows.slice(firstBody).filter((row) => row.some((cell) => cell !== ''));
      const width = Math.max(...rows.map((row) => row.length));
      const headerOf = (c: number) =>
        normalizeText([...new Set(headerRows.map((row) => row[c] ?? '').filter(Boolean))].join(' '));
      const headerText = normalizeText(
        Array.from({ length: width }, (_, c) => headerOf(c))
          .filter(Boolean)
          .join(' | '),
      );
      // A header of words: a row of figures or years above the body is no header of this kind.
      if (headerRows.some((row) => row.some((cell) => isFigure(cell) || YEAR_CELL_RE.test(cell)))) continue;
      const labelColumn = Array.from({ length: width }, (_, c) => c).find((c) =>
        body.some((row) => /[A-Za-zªµºÀ-ÖØ-öø-ɏ]{2}/u.test(row[c] ?? '')),
      );
      if (labelColumn === undefined) continue;
      const money: number[] = [];
      for (let c = labelColumn + 1; c < width; c++) {
        const texts = body.map((row) => row[c] ?? '');
        const figures = texts.filter(isFigure);
        const others = texts.filter((text) => !isFigure(text) && !NO_FIGURE_CELL_RE.test(text));
        if (figures.length < 2 || others.length * 3 > texts.length) continue;
        const cell = headerOf(c);
        if (NOT_MONEY_HEADER_RE.test(cell) || YEAR_CELL_RE.test(cell)) continue;
        if (figures.every((text) => YEAR_CELL_RE.test(text))) continue;
        const plain = figures.map((text) => (/^\d{1,3}$/.test(text) ? Number(text) : null));
        if (plain.every((n, k) => n !== null && n === (plain[0] ?? 0) + k)) continue;
        money.push(c);
      }
      if (money.length === 0 || body.filter((row) => money.some((c) => isFigure(row[c] ?? ''))).length < 2)
        continue;
      for (const line of inside) result.lines.add(line.index);
      const first = inside[0] as DocLine;
      const clipped = clip(headerText, 60);
      if (MEASURE_HEADER_RE.test(headerOf(labelColumn)) || MEASURE_HEADER_RE.test(headerText)) {
        result.warnings.push({
          code: 'TABLE_UNPARSED',
          message: `a table of measures ("${clipped}") was not read as measures: no column of its header names a year, so its figures are amounts, not effects`,
          page: page.number,
        });
      }
      const stated = tableUnit(layout, headerText, first.index, first.index, page.number, result.warnings);
      if (!stated) continue;
      const { unit } = stated;
      let read = 0;
      for (const c of money) {
        const cell = headerOf(c);
        const cellUnit = unitFromHeader(cell) ?? unit;
        for (const row of body) {
          const text = row[c] ?? '';
          if (!isFigure(text)) continue;
          const value = parseValue(text, cellUnit);
          if (!value || value === 'unread') continue;
          read++;
          result.amounts.push(cellAmount(value, row[labelColumn] ?? '', cell, page.number));
        }
      }
      if (read > 0) uncaptionedUnit(stated, headerText, page.number, result.warnings);
    }
  }
  return result;
}
