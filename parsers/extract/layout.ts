/**
 * Layout analysis over the page model: drops running headers, footers and page numbers, and groups
 * the remaining lines into blocks (headings, paragraphs, list items) that the extraction passes read.
 */
import type { Page, TextLine } from '../page-model.ts';
import { joinWrapped } from '../swedish/text.ts';

export interface DocLine {
  /** Position in the document's line sequence (after headers/footers are dropped). */
  index: number;
  page: number;
  line: TextLine;
  /** The line's text with whitespace normalized (segments separated by two spaces). */
  text: string;
  /** Vertical distance from the previous kept line on the same page, in points (Infinity at a page top). */
  gapBefore: number;
  pageWidth: number;
}

export type MarkerKind = 'number' | 'letter' | 'bullet' | 'att';

export interface ListMarker {
  kind: MarkerKind;
  /** The label as the document writes it, without punctuation: "1", "a", "•". */
  label: string;
  /** Length of the marker text including the following space. */
  length: number;
}

export type BlockKind = 'heading' | 'paragraph' | 'item';

export interface Block {
  kind: BlockKind;
  /** The block's text: its lines joined with hyphenation repaired, the list marker removed. */
  text: string;
  lines: DocLine[];
  page: number;
  marker: ListMarker | null;
  /** Left edge of the first line, in points. */
  x: number;
  fontSize: number;
  bold: boolean;
  /** 1 = largest heading size in the document; only for headings. */
  headingLevel: number | null;
}

export interface Layout {
  lines: DocLine[];
  blocks: Block[];
  bodyFontSize: number;
  /** Pages that are landscape (slides). */
  landscapePages: number;
  pages: Page[];
  /** The lines of each page in reading order, by page number (built once; the passes look a page's lines up). */
  linesByPage: ReadonlyMap<number, readonly DocLine[]>;
}

/** The lines of a page, in reading order (none for a page without text lines). */
export function linesOfPage(layout: Layout, page: number): readonly DocLine[] {
  return layout.linesByPage.get(page) ?? NO_LINES;
}
const NO_LINES: readonly DocLine[] = [];

/**
 * The first line of a page whose middle stands at or below `top` (a table's top edge): the line a
 * table's caption and context are read before.
 */
export function firstLineFrom(layout: Layout, page: number, top: number): DocLine | undefined {
  return linesOfPage(layout, page).find((l) => l.line.y + l.line.height / 2 >= top - 1);
}

const SPACE_RE = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g;
/**
 * What normalizeText would change: a space-like character other than a plain space, two spaces in a
 * row, a space at either end. Most texts have none (the passes normalize the same lines again and
 * again), and testing is cheaper than building a new string.
 */
const NEEDS_NORMALIZING_RE = /[^\S ]|\u200b| {2}|^ | $/;

export function normalizeText(text: string): string {
  if (!NEEDS_NORMALIZING_RE.test(text)) return text;
  return text.replace(SPACE_RE, ' ').trim();
}

// A bullet glyph may open an item that starts with its figure ("• 2,5 mkr – Samordnad …"); a dash or an
// asterisk before a digit is a minus or a footnote mark as often as a marker.
// A dash alone before a figure or a minus ("– −4,0 4,0") is an empty table cell, no marker either.
const BULLET_RE = /^(?:([•▪●◦○■□◆►➢✓·])\s+|([–—\-*])\s+(?![-−–—]?\s?\d))/;
const NUMBER_RE = /^(\d{1,2})[.)]\s+(?=\S)/;
const LETTER_RE = /^([a-zåäö])[.)]\s+(?=\S)/;
const PAREN_RE = /^\(([a-zåäö]|\d{1,2})\)\s+(?=\S)/;
const ATT_RE = /^att\s+(?=\S)/;
/**
 * A measure's noun and its number or letter opening a line of a list: "Åtgärd 1. Samordnad …",
 * "Insats B: …", "Förslag 3 – …". Only nouns that name measures; the punctuation after the label is
 * what makes it a marker ("Åtgärd 1 och 2 genomförs" is prose).
 */
const NOUN_NUMBER_RE =
  /^(?:åtgärd|insats|förslag|aktivitet|besparingsförslag|effektiviseringsförslag)\s+(\d{1,2}|\p{Lu})(?:[.:)]|\s+[–—-])\s+(?=\S)/iu;
/** "1.1 Ny planering …", "2.3. Översyn …": a number within a numbered item, before a capital. */
const SUB_NUMBER_RE = /^(\d{1,2}(?:\.\d{1,2})+)\.?\s+(?=\p{Lu})/u;

/** Recognize a list marker at the start of a line ("a)", "1.", "•", "(2)", and "att" clauses). */
export function parseMarker(text: string, options: { attClauses?: boolean } = {}): ListMarker | null {
  let m = NUMBER_RE.exec(text);
  // "2024 än 2023" must not look like a numbered item, nor "5 av 8": NUMBER_RE needs "1." or "1)".
  if (m?.[1]) return { kind: 'number', label: m[1], length: m[0].length };
  m = LETTER_RE.exec(text);
  if (m?.[1]) return { kind: 'letter', label: m[1], length: m[0].length };
  m = PAREN_RE.exec(text);
  if (m?.[1]) return { kind: /\d/.test(m[1]) ? 'number' : 'letter', label: m[1], length: m[0].length };
  m = BULLET_RE.exec(text);
  const bullet = m?.[1] ?? m?.[2];
  if (m && bullet) return { kind: 'bullet', label: bullet, length: m[0].length };
  m = NOUN_NUMBER_RE.exec(text);
  if (m?.[1]) return { kind: /\d/.test(m[1]) ? 'number' : 'letter', label: m[1], length: m[0].length };
  if (options.attClauses) {
    m = ATT_RE.exec(text);
    if (m) return { kind: 'att', label: 'att', length: m[0].length };
  }
  return null;
}

// The last two forms are "6 (11)" as OCR misreads it: the digit ("& (11)") or the parenthesis ("7111)").
const PAGE_NUMBER_RE =
  /^(?:sida|sid|s\.|page)?\s*\d{1,4}\s*(?:(?:av|\/|of)\s*\d{1,4}|\(\s*\d{1,4}\s*\))?$|^-\s*\d{1,4}\s*-$|^\S{1,2}\s*\(\s*\d{1,4}\s*\)$|^\d{1,4}\s*\d{1,4}\s*\)$/i;

/**
 * A line of decimal figures and nothing else (no letter): one or more "4,9", "(1,2)", "−0,5". Each figure
 * ends at a space or the line's end, so that no run of digits can be cut two ways (linear, not
 * exponential, on a long line of digits and commas).
 */
const FIGURES_ONLY_RE = /^(?:[-−–]?\(?\d{1,3}(?:[ \u00a0]\d{3})*,\d+\)?(?:[\s\u00a0]+|$))+$/u;

function shapeOf(text: string): string {
  return normalizeText(text).toLowerCase().replace(/\d+/g, '#');
}

/**
 * Running headers and footers: lines in the top or bottom band of the page whose shape (digits folded)
 * repeats on at least half of the pages, and lone page numbers ("Sida 3 av 12", "3 (12)", "- 3 -").
 */
function furnitureFilter(pages: Page[]): (page: Page, line: TextLine) => boolean {
  const bandShare = 0.09;
  const counts = new Map<string, number>();
  for (const page of pages) {
    const seen = new Set<string>();
    for (const line of page.lines) {
      if (!inBand(page, line, bandShare)) continue;
      seen.add(shapeOf(line.text));
    }
    for (const shape of seen) counts.set(shape, (counts.get(shape) ?? 0) + 1);
  }
  const minRepeats = Math.max(2, Math.ceil(pages.length / 2));
  return (page, line) => {
    if (!inBand(page, line, bandShare)) return false;
    const text = normalizeText(line.text);
    // A lone number is a page number only if it could be one ("2023" on a slide is a title).
    const lone = /^\d+$/.test(text) ? Number(text) : null;
    if (PAGE_NUMBER_RE.test(text) && (lone === null || lone <= pages.length + 2)) return true;
    // Figures alone ("4,9 5,3 5,8"): a table's row broken over the page's end or start, whose shape
    // the next page's first row may repeat. A running header or footer names something in words.
    if (FIGURES_ONLY_RE.test(text)) return false;
    return pages.length >= 2 && (counts.get(shapeOf(text)) ?? 0) >= minRepeats;
  };
}

function inBand(page: Page, line: TextLine, share: number): boolean {
  const band = page.height * share;
  return line.y < band || line.y + line.height > page.height - band;
}

/** Characters of prose outside table rows that make their size the body size on their own. */
const MIN_PROSE_CHARS = 300;

/**
 * The body text's size: the median size by characters. A table row (three cells or more, its figures
 * long strings) is not body text: a paper whose small-print table holds more characters than its prose
 * would otherwise take the table's size for the body's and every prose paragraph for a heading. Rows
 * count only when the prose beside them is too short to tell (a paper that is mostly a table).
 */
function bodySizeOf(lines: DocLine[]): number {
  const sized = (l: DocLine) => ({ value: Math.round(l.line.fontSize * 2) / 2, weight: l.text.length });
  const prose = lines.filter((l) => l.line.segments.length < 3);
  const proseChars = prose.reduce((sum, l) => sum + l.text.length, 0);
  return weightedMedian((proseChars >= MIN_PROSE_CHARS ? prose : lines).map(sized));
}

function weightedMedian(values: { value: number; weight: number }[]): number {
  const sorted = [...values].sort((a, b) => a.value - b.value);
  const total = sorted.reduce((sum, v) => sum + v.weight, 0);
  let acc = 0;
  for (const v of sorted) {
    acc += v.weight;
    if (acc >= total / 2) return v.value;
  }
  return sorted.at(-1)?.value ?? 10;
}

/** Join wrapped lines, repairing end-of-line hyphenation ("sjukvårds-" + "nämnden", but "Hälso-" + "och"). */
export function joinLines(parts: string[]): string {
  let out = '';
  for (const raw of parts) {
    const part = normalizeText(raw);
    if (!part) continue;
    if (!out) {
      out = part;
      continue;
    }
    out = joinWrapped(out, part);
  }
  return out;
}

export function buildLayout(pages: Page[]): Layout {
  const isFurniture = furnitureFilter(pages);
  const lines: DocLine[] = [];
  for (const page of pages) {
    let previousBottom: number | null = null;
    for (const line of page.lines) {
      const text = normalizeText(line.text);
      if (!text || isFurniture(page, line)) continue;
      const gapBefore: number = previousBottom === null ? Number.POSITIVE_INFINITY : line.y - previousBottom;
      previousBottom = line.y + line.height;
      lines.push({ index: lines.length, page: page.number, line, text, gapBefore, pageWidth: page.width });
    }
  }
  const bodyFontSize = bodySizeOf(lines);
  // Slides set body text at different sizes from page to page: judge headings against the page's own body
  // size when the page has enough text to tell.
  const pageBody = new Map<number, number>();
  // Lines by page in one pass (a filter of all lines per page was quadratic in a long paper's length).
  const linesByPage = new Map<number, DocLine[]>();
  for (const line of lines) {
    const list = linesByPage.get(line.page);
    if (list) list.push(line);
    else linesByPage.set(line.page, [line]);
  }
  for (const page of pages) {
    const own = linesByPage.get(page.number) ?? [];
    const chars = own.reduce((sum, l) => sum + l.text.length, 0);
    const size = chars >= 150 ? bodySizeOf(own) : bodyFontSize;
    pageBody.set(page.number, Math.max(size, bodyFontSize * 0.8));
  }
  const bodyOf = (line: DocLine): number => pageBody.get(line.page) ?? bodyFontSize;
  const headingSizes = [
    ...new Set(
      lines
        .filter((l) => isHeadingLine(l, bodyOf(l)))
        .map((l) => Math.round(l.line.fontSize * 2) / 2)
        .filter((size) => size > bodyFontSize * 1.08),
    ),
  ].sort((a, b) => b - a);
  const blocks = groupBlocks(lines, bodyOf, headingSizes);
  return {
    lines,
    blocks,
    bodyFontSize,
    landscapePages: pages.filter((p) => p.width > p.height * 1.1).length,
    pages,
    linesByPage,
  };
}

const NOT_HEADING_RE = /^(?:totalt?|summa|sammanlagt)\b/i;
/** A line ending in a section sign: the paragraph's number stands at the start of the next line. */
const OPEN_SECTION_SIGN_RE = /§§?\s*$/u;
/** A line ending where no sentence or heading ends: "§" before its number, a comma, an open parenthesis. */
const OPEN_CLAUSE_END_RE = /(?:§|,|\()\s*$/u;

function isHeadingLine(line: DocLine, bodyFontSize: number, continuing = false): boolean {
  const text = line.text;
  if (NOT_HEADING_RE.test(text)) return false;
  // A heading starts with a capital, a digit or a quote; a lower-case start continues a sentence
  // (or, for a line continuing a heading, the heading itself).
  if (!continuing && /^[a-zåäöé]/.test(text)) return false;
  if (text.length > 140 || text.length < 2) return false;
  if (!/[A-Za-zÅÄÖåäö]/.test(text)) return false;
  // A line that stops where no heading can — after "§" (whose number follows), a comma or an open
  // parenthesis — is running text broken at the line's end.
  if (OPEN_CLAUSE_END_RE.test(text)) return false;
  const larger =
    line.line.fontSize >= bodyFontSize * 1.12 && !readsAsProse(text) && !wrappedProse(line, bodyFontSize);
  const boldShort = line.line.bold && text.length <= 100 && !/[.,;]$/.test(text);
  return larger || boldShort;
}

/**
 * A line that reads as running text whatever its size: a sentence ends inside it and another begins, or a
 * long line ends a sentence. On a page whose table rows (set smaller) outweigh the prose, the prose is
 * larger than the median size of the page's text, and was taken for headings — its citations and amounts
 * were never read as text.
 */
function readsAsProse(text: string): boolean {
  if (/\p{Ll}{2,}[.!?;] +\p{Lu}\p{Ll}/u.test(text)) return true;
  return text.length >= 60 && /[\p{Ll}\d)][.!?]$/u.test(text) && /\p{Ll}+ \p{Ll}+ \p{Ll}+/u.test(text);
}

/**
 * A line only a little larger than the body size that runs on as a sentence wraps: long, with six or
 * more lower-case words and no sentence end. Where small table text outweighs the prose (a paper made
 * mostly of a measure table), the prose is set a point or two larger than that body size; a heading
 * so little larger is short, and a title is set much larger. A shorter line ending on a word no heading
 * ends on ("… ett underskott på", cut short beside a text box) is running text as well.
 */
const CLAUSE_WORD_END_RE =
  /\s(?:på|för|med|av|till|om|att|och|som|från|efter|vid|mot|inom|än|ett|en|den|det|är|har|ska|kan)$/u;

function wrappedProse(line: DocLine, bodyFontSize: number): boolean {
  if (line.line.fontSize >= bodyFontSize * 1.3) return false;
  // Cut short beside a box the text wraps round: a line ending on a word that cannot end a heading.
  if (line.text.length >= 25 && CLAUSE_WORD_END_RE.test(line.text)) return true;
  return (
    line.text.length >= 60 &&
    (line.text.match(/(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ\d])\p{Ll}{2,}/gu)?.length ?? 0) >= 6 &&
    !/[.!?:]$/u.test(line.text)
  );
}

function headingLevelOf(line: DocLine, bodyFontSize: number, headingSizes: number[]): number {
  const size = Math.round(line.line.fontSize * 2) / 2;
  if (size <= bodyFontSize * 1.08) return headingSizes.length + 1; // bold body-size heading: lowest level
  const index = headingSizes.indexOf(size);
  return index === -1 ? headingSizes.length + 1 : index + 1;
}

/** A footnote's first line: a mark (a superscript or a small number, "*") before its text. */
const FOOTNOTE_START_RE = /^(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\d{1,2}\)?|\*{1,3})\s?[A-Za-zªµºÀ-ÖØ-öø-ɏ]/u;

/** A block set smaller than the body that starts with a footnote mark: a footnote at the page foot. */
function isFootnoteBlock(block: Block, bodyFontSize: number): boolean {
  return (
    block.kind !== 'heading' &&
    block.lines.every((l) => l.line.fontSize <= bodyFontSize * 0.85) &&
    FOOTNOTE_START_RE.test(block.lines[0]?.text ?? '')
  );
}

function groupBlocks(lines: DocLine[], bodyOf: (line: DocLine) => number, headingSizes: number[]): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  /** Footnotes a paragraph ran past at a page break: placed after that paragraph once it ends. */
  let footnotes: Block[] = [];
  const flush = (): void => {
    if (current) {
      current.text = joinLines(
        current.lines.map((l, i) =>
          i === 0 && current?.marker ? l.text.slice(current.marker.length) : l.text,
        ),
      );
      blocks.push(current);
    }
    current = null;
    blocks.push(...footnotes);
    footnotes = [];
  };
  // Each page's right text edge (the widest line's end), for telling a line broken by the width.
  const rightEdges = new Map<number, number>();
  for (const l of lines)
    rightEdges.set(l.page, Math.max(rightEdges.get(l.page) ?? 0, l.line.x + l.line.width));
  const rightEdgeOf = (page: number): number => rightEdges.get(page) ?? 0;
  for (const line of lines) {
    let marker = parseMarker(line.text);
    // "… planen 2025-11-20, §" / "74. Verksamheten …": a "§" takes its number after it, so a number
    // opening the next line is that paragraph's number, no list marker.
    const before = (current as Block | null)?.lines.at(-1);
    if (marker && before && before.page === line.page && OPEN_SECTION_SIGN_RE.test(before.text))
      marker = null;
    const bodyFontSize = bodyOf(line);
    // A line after one that stopped mid-clause carries that clause on: it starts no heading.
    const openBefore =
      before !== undefined && before.page === line.page && OPEN_CLAUSE_END_RE.test(before.text);
    const heading = !marker && !openBefore && isHeadingLine(line, bodyFontSize);
    // A sentence broken by a page break whose page foot holds footnotes: the footnotes stand between
    // its two halves in reading order, but the sentence carries on past them on the next page.
    if (
      !marker &&
      !heading &&
      current !== null &&
      (current as Block).lines[0]?.page !== line.page &&
      isFootnoteBlock(current, bodyFontSize)
    ) {
      const footPage = (current as Block).page;
      flush();
      let k = blocks.length - 1;
      while (k >= 0 && blocks[k]?.page === footPage && isFootnoteBlock(blocks[k] as Block, bodyFontSize)) k--;
      const host = blocks[k];
      const hostLast = host?.lines.at(-1);
      if (
        host &&
        hostLast &&
        host.kind !== 'heading' &&
        hostLast.page === footPage &&
        continuesOverPageBreak(hostLast, line)
      ) {
        footnotes = blocks.splice(k + 1);
        blocks.pop();
        host.lines.push(line);
        current = host;
        continue;
      }
    }
    // "1.1 …" under an item "1. …" (a list numbered in levels) is an item of its own, not wrapped text
    // of the one before; set as a heading it stays a heading (a numbered section).
    const sub = !marker && !heading ? SUB_NUMBER_RE.exec(line.text) : null;
    if (sub?.[1] && previousIsItem(current))
      marker = { kind: 'number', label: sub[1], length: sub[0].length };
    const fontSize = line.line.fontSize;
    const previous: Block | null = current;
    const lastLine = previous?.lines.at(-1);
    const continues =
      previous !== null &&
      lastLine !== undefined &&
      !marker &&
      previous.kind !== 'heading' &&
      !heading &&
      isContinuation(lastLine, line, previous, bodyFontSize);
    const headingContinues =
      previous !== null &&
      lastLine !== undefined &&
      previous.kind === 'heading' &&
      !marker &&
      isHeadingLine(line, bodyFontSize, true) &&
      // "3 Åtgärder" then "3.1 Översyn av …": a numbered heading starts its own section.
      !/^\d{1,2}(?:\.\d{1,2})*\.?\s/.test(line.text) &&
      line.line.bold === lastLine.line.bold &&
      lastLine.page === line.page &&
      Math.abs(lastLine.line.fontSize - fontSize) < 0.6 &&
      line.gapBefore < fontSize * 0.8 &&
      previous.lines.length < 3;
    // A numbered item set as a heading ("Åtgärd 1: Samlad tvätt för länets sjukhus och" over "vårdcentraler
    // (etapp 2)", bold and large): its wrapped line, set alike right under it, is its text, no heading.
    const itemHeadingContinues =
      previous !== null &&
      lastLine !== undefined &&
      previous.kind === 'item' &&
      heading &&
      isHeadingLine(lastLine, bodyFontSize, true) &&
      !/^\d{1,2}(?:\.\d{1,2})*\.?\s/.test(line.text) &&
      !/[.!?:]$/.test(lastLine.text.trim()) &&
      line.line.bold === lastLine.line.bold &&
      lastLine.page === line.page &&
      Math.abs(lastLine.line.fontSize - fontSize) < 0.6 &&
      line.gapBefore < fontSize * 0.8 &&
      previous.lines.length < 3 &&
      // A wrap, not a sub-heading set alike under a short heading ("1. Teknikförvaltningen" over
      // "Åtgärder inom fastigheter"): the line goes on in lower case or "(", or the heading line was
      // broken by the width — the next line's first word would not have fitted after it.
      (/^[a-zåäöé(]/.test(line.text) || brokenByWidth(lastLine, line, rightEdgeOf(lastLine.page)));
    if (continues || headingContinues || itemHeadingContinues) {
      // A paragraph carried on in the next column has its left edge there from now on.
      if (previous && lastLine && continues && isColumnBreak(lastLine, line, previous, bodyFontSize))
        previous.x = line.line.x;
      previous?.lines.push(line);
      continue;
    }
    flush();
    current = {
      kind: heading ? 'heading' : marker ? 'item' : 'paragraph',
      text: '',
      lines: [line],
      page: line.page,
      marker,
      x: line.line.x,
      fontSize,
      bold: line.line.bold,
      headingLevel: heading ? headingLevelOf(line, bodyFontSize, headingSizes) : null,
    };
  }
  flush();
  return blocks;
}

function previousIsItem(block: Block | null): boolean {
  return block?.kind === 'item' && block.marker !== null && block.marker.kind !== 'att';
}

/**
 * A paragraph may run over a page break when the previous line does not end a sentence and the next
 * carries it on: a lower-case start, or a figure or year that ends the clause ("… och 6,7 mkr" / "2028.").
 */
function continuesOverPageBreak(last: DocLine, line: DocLine): boolean {
  if (/[.!?:]$/.test(last.text)) return false;
  if (/^[a-zåäö(]/.test(line.text)) return true;
  return (
    /^\d/.test(line.text) &&
    /[A-Za-zªµºÀ-ÖØ-öø-ɏ\d]$/u.test(last.text) &&
    /[.!?]$/.test(line.text) &&
    line.text.length <= 60 &&
    line.line.segments.length < 3
  );
}

/** Words a Swedish clause cannot end on: a sentence broken after one goes on in the next line read. */
const FUNCTION_WORD_END_RE =
  /(?:^|\s)(?:på|med|till|av|för|om|i|och|eller|än|att|som|ca|cirka|drygt|knappt|närmare|totalt|sammanlagt|uppgår|uppgick|blir|är|var)$/iu;

/**
 * A paragraph may run over a column break (the next line read stands higher up the page, in the next
 * column) when the last line does not end a sentence and the next carries it on: as over a page break,
 * or with a figure after a word no clause ends on ("… ett underskott på" / "27,1 mkr för helåret.").
 */
function continuesOverColumnBreak(last: DocLine, line: DocLine): boolean {
  if (continuesOverPageBreak(last, line)) return true;
  return !/[.!?:;]$/.test(last.text) && /^[−–-]?\d/.test(line.text) && FUNCTION_WORD_END_RE.test(last.text);
}

/** Whether the line starts the next column: higher up the same page than the last line, well aside. */
function isColumnBreak(last: DocLine, line: DocLine, block: Block, size: number): boolean {
  return (
    last.page === line.page &&
    line.line.y + line.line.height < last.line.y &&
    Math.abs(line.line.x - block.x) > size * 8 &&
    line.line.segments.length === 1 &&
    last.line.segments.length === 1
  );
}

/** Whether `line`'s first word would have overrun the right edge after `last`: `last` was broken there. */
function brokenByWidth(last: DocLine, line: DocLine, rightEdge: number): boolean {
  const text = line.text.trim();
  const firstWord = text.split(/\s/, 1)[0] ?? '';
  const perChar = text.length > 0 ? line.line.width / text.length : line.line.fontSize * 0.5;
  return last.line.x + last.line.width + (firstWord.length + 1) * perChar > rightEdge;
}

function isContinuation(last: DocLine, line: DocLine, block: Block, bodyFontSize: number): boolean {
  const size = Math.max(bodyFontSize, line.line.fontSize);
  if (last.page !== line.page) return continuesOverPageBreak(last, line);
  if (isColumnBreak(last, line, block, size)) return continuesOverColumnBreak(last, line);
  if (line.gapBefore > size * 0.75) return false;
  if (Math.abs(line.line.fontSize - last.line.fontSize) > 1.5) return false;
  // A bold lead line ("a) Minskad hyrbemanning, 50 mkr …") followed by plain body text starts a new block.
  if (last.line.bold !== line.line.bold && Math.abs(line.line.fontSize - last.line.fontSize) > 0.4)
    return false;
  if (last.line.bold && !line.line.bold && /[.:]$/.test(last.text)) return false;
  // Table-like lines (several wide-gapped segments) never continue prose.
  if (line.line.segments.length >= 3 || last.line.segments.length >= 3) return false;
  if (block.kind === 'item') {
    // Wrapped item text hangs under the item's text; a line back at the marker's edge continues the
    // item only when it carries on a sentence (lower-case start), else it is the next paragraph.
    if (line.line.x > block.x + 2) return true;
    // A figure or year carries on a clause that ends without a stop ("…, 2,9 mnkr" / "2028").
    return (
      line.line.x >= block.x - 2 &&
      (/^[a-zåäö(]/.test(line.text) ||
        (/^\d/.test(line.text) && /[A-Za-zªµºÀ-ÖØ-öø-ɏ\d]$/u.test(last.text))) &&
      !/[.!?:]$/.test(last.text)
    );
  }
  // A paragraph's lines share the left edge (or the first line is indented).
  return line.line.x >= block.x - size * 3 && line.line.x <= block.x + size * 4;
}

/** The text of a set of lines, in order, for evidence. */
export function linesText(lines: DocLine[]): string {
  return joinLines(lines.map((l) => l.text));
}
