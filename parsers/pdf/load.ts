/**
 * PDF bytes → PdfModel from the text layer, through pdfjs (the engine under pdf-parse) and only its
 * public API. Each page is read once: getTextContent with marked content gives item positions, the
 * marked-content ids of tagged text and the artifacts (running headers and footers) to set apart;
 * the operator list serves three needs at once: font names (bold), ruling lines (drawn tables)
 * and image coverage (scan detection); the structure tree, when the page has tagged content,
 * gives its tables. Pure: bytes in, plain objects out.
 */
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
import { ExtractionError } from '../errors.ts';
import { invisibleTextShare } from '../ocr/sandwich.ts';
import type { DocumentInfo, Page, PageTable, PdfModel, TableBox, TextItem } from '../page-model.ts';
import { type AnnotationLike, annotationTextItems } from './annotations.ts';
import { contentAmongArtifacts } from './artifact-content.ts';
import { gridsOf } from './grid.ts';
import {
  GUARD_LIMITS,
  type GuardLimits,
  guardPage,
  guardPdf,
  saneViewBox,
  withInflatedStreams,
  withPositivePageCount,
  withRebuiltXref,
} from './guard.ts';
import { glyphMarks, type HiddenTextOps, withoutHiddenText } from './hidden-text.ts';
import { MAX_PDF_BYTES } from './limits.ts';
import { buildLines, withAccentOver } from './lines.ts';
import {
  embeddedBold,
  glyphBox,
  inProcessWorker,
  loadPdfjs,
  type PdfjsModule,
  TEXT_ONLY_OPTIONS,
} from './pdfjs.ts';
import { implausibleWidth, type PlacedItem, repairFalseWidths, typicalWidth } from './plausible-widths.ts';
import { type RedFigureOps, redUnsignedFigures } from './red-figures.ts';
import { eachWithTransform, multiply, rulingsOf } from './rulings.ts';
import { pageTables, structTables } from './structure.ts';
import { type OpsFont, textContentFromOps } from './text-from-ops.ts';
import {
  applyGlyphRepairs,
  dashGlyphRepairs,
  ligatureGlyphRepairs,
  type PlainLetters,
  repairTextLayer,
} from './text-repair.ts';

type Ops = PdfjsModule['OPS'];

interface PdfLibraries {
  getDocument: PdfjsModule['getDocument'];
  /** A worker for one document (see inProcessWorker), to destroy after its loading task. */
  worker: () => ReturnType<typeof inProcessWorker>;
  OPS: Ops;
  toDate: (raw: string) => Date | null;
  normalizeUnicode: (text: string) => string;
}

/** pdfjs, loaded on first use (see pdfjs.ts for why never statically). */
async function pdfLibraries(): Promise<PdfLibraries> {
  const pdfjs = await loadPdfjs();
  return {
    getDocument: pdfjs.getDocument,
    worker: () => inProcessWorker(pdfjs),
    OPS: pdfjs.OPS,
    toDate: (raw: string) => pdfjs.PDFDateString.toDateObject(raw),
    normalizeUnicode: pdfjs.normalizeUnicode,
  };
}

export interface LoadLimits extends GuardLimits {
  maxBytes: number;
  maxPages: number;
}

export const DEFAULT_LIMITS: Readonly<LoadLimits> = Object.freeze({
  ...GUARD_LIMITS,
  maxBytes: MAX_PDF_BYTES,
  maxPages: 2000,
});

/** Readers accept the `%PDF-` header anywhere in the first 1024 bytes (after BOMs, junk, whitespace). */
const HEADER_WINDOW = 1024;
const PDF_HEADER = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

function findHeader(bytes: Uint8Array): number {
  const end = Math.min(bytes.length, HEADER_WINDOW) - PDF_HEADER.length;
  for (let i = 0; i <= end; i++) {
    let match = true;
    for (let j = 0; j < PDF_HEADER.length; j++) {
      if (bytes[i + j] !== PDF_HEADER[j]) {
        match = false;
        break;
      }
    }
    if (match) return i;
  }
  return -1;
}

/**
 * Writers end every PDF (and every incremental update) with %%EOF. Some append junk after it — 64 KiB
 * and more of padding or a second file is common in real uploads — so the marker is looked for in the
 * whole file: only a file without any is taken as cut off.
 */
function hasEndMarker(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).lastIndexOf('%%EOF') >= 0;
}

/**
 * A file that ends with `startxref` and the offset of a cross-reference section (a table, or an xref
 * stream object) is whole though its %%EOF line is missing (a tool that never wrote it, a transfer that
 * dropped the last line): viewers open it. A file cut anywhere else does not end so, and a cut inside the
 * offset's digits leaves an offset that leads to no section.
 */
function endsAtCompleteXref(bytes: Uint8Array): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const last = /startxref\s+(\d+)\s*$/.exec(buffer.toString('latin1', Math.max(0, buffer.length - 64)));
  if (!last) return false;
  const at = Math.max(0, findHeader(bytes)) + Number(last[1]);
  const there = buffer.toString('latin1', at, Math.min(buffer.length, at + 300));
  return /^xref\s/.test(there) || /^\d+\s+\d+\s+obj\b[\s\S]*\/Type\s*\/XRef\b/.test(there);
}

function startsWith(bytes: Uint8Array, prefix: number[], offset = 0): boolean {
  return prefix.every((byte, i) => bytes[offset + i] === byte);
}

/** What a non-PDF upload most likely is, for a one-line message a person understands. */
export function describeContent(bytes: Uint8Array): string {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return 'a PNG image';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'a JPEG image';
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return 'a GIF image';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]))
    return 'a TIFF image';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'a ZIP archive (perhaps a .docx or .xlsx)';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return 'an old Microsoft Office file (.doc/.xls)';
  if (startsWith(bytes, [0x1f, 0x8b])) return 'gzip-compressed data';
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, HEADER_WINDOW));
  if (/^\s*(<!doctype html|<html)/i.test(head)) return 'an HTML page';
  if (/^\s*<\?xml/i.test(head)) return 'an XML file';
  if (/^\s*[{[]/.test(head)) return 'JSON or other text';
  let printable = 0;
  for (const char of head) {
    if (char === '\uFFFD') continue;
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0x20 || char === '\n' || char === '\r' || char === '\t') printable++;
  }
  if (head.length > 0 && printable / head.length > 0.95) return 'text';
  return 'binary data of an unknown kind';
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : '';
}

function errorMessage(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

/** pdfjs's messages for an xref entry that does not lead to its object ("Bad (uncompressed) XRef entry: 6R"). */
const XREF_ENTRY_ERROR = /\bXRef entry\b|Inconsistent generation in XRef/i;
/** pdfjs's messages for Flate data it cannot decode ("Bad encoding in flate stream"). */
const FLATE_ERROR = /\bflate stream\b/i;

function toLoadError(error: unknown, page?: number): ExtractionError {
  if (error instanceof ExtractionError) return error;
  const where = page === undefined ? '' : ` (page ${page})`;
  if (errorName(error) === 'PasswordException') {
    return new ExtractionError('PDF_ENCRYPTED', 'the PDF is password-protected', { cause: error });
  }
  return new ExtractionError(
    'PDF_CORRUPT',
    `the PDF is damaged or truncated${where}: ${errorMessage(error)}`,
    {
      cause: error,
      ...(page === undefined ? {} : { page }),
    },
  );
}

function isoDate(raw: unknown, toDate: PdfLibraries['toDate']): string | null {
  if (typeof raw !== 'string' || raw.trim() === '') return null;
  const date = toDate(raw);
  return date && !Number.isNaN(date.getTime()) ? date.toISOString() : null;
}

function infoString(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const text = raw.replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

function documentInfo(raw: unknown, toDate: PdfLibraries['toDate']): DocumentInfo {
  const info = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  return {
    title: infoString(info.Title),
    author: infoString(info.Author),
    subject: infoString(info.Subject),
    creationDate: isoDate(info.CreationDate, toDate),
    producer: infoString(info.Producer),
  };
}

const BOLD_FONT = /bold|black|heavy|semibold|demibold|extrabold|ultrabold/i;

/** pdfjs text items as getTextContent returns them (marked-content entries have no `str`). */
interface PdfjsTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName: string;
  hasEOL: boolean;
}

function isTextItem(item: unknown): item is PdfjsTextItem {
  return typeof item === 'object' && item !== null && 'str' in item && 'transform' in item;
}

interface FontLike {
  name?: string;
  bold?: boolean;
  black?: boolean;
}

/**
 * Bold from the embedded font's name ("ABCDEF+Arial-BoldMT"), or from its program's own bold flag when the
 * producer gave it an anonymous name (parsers/pdf/pdfjs.ts embeddedBold); fonts are resolved by the
 * operator list.
 */
function boldFonts(page: PDFPageProxy, styles: Record<string, { fontFamily?: string }>): Set<string> {
  const bold = new Set<string>();
  for (const [fontName, style] of Object.entries(styles)) {
    let font: FontLike | undefined;
    try {
      font = page.commonObjs.has(fontName) ? (page.commonObjs.get(fontName) as FontLike) : undefined;
    } catch {
      font = undefined;
    }
    if (
      font?.bold ||
      font?.black ||
      BOLD_FONT.test(font?.name ?? '') ||
      BOLD_FONT.test(style.fontFamily ?? '') ||
      embeddedBold(fontName) === true
    ) {
      bold.add(fontName);
    }
  }
  return bold;
}

/** Direction of a text run on the viewport, in quarter turns (0 = left-to-right, as read). */
function quarterTurns(tx: number[]): number {
  const [a = 0, b = 0] = tx;
  const turns = Math.round(Math.atan2(b, a) / (Math.PI / 2));
  return ((turns % 4) + 4) % 4;
}

/**
 * How far a run's direction lies from the nearest axis of the page, in degrees: 0 for text set along the
 * page (left-to-right, sideways, upside down), up to 45 for text set on the diagonal.
 */
function offAxisDegrees(tx: number[]): number {
  const [a = 0, b = 0] = tx;
  const deg = Math.abs((Math.atan2(b, a) * 180) / Math.PI) % 90;
  return Math.min(deg, 90 - deg);
}

/** Runs set this far off the page's axes are slanted: no line of the page's reading runs so. */
const SLANT_DEGREES = 8;

/**
 * The slanted runs of a page (set more than SLANT_DEGREES off its axes) that are kept out of its lines:
 * `overlay` holds those a publishing step laid over the page — a diagonal watermark ("UTKAST",
 * "PRELIMINÄR") set much larger than the page's text, or repeated across it — which are no text of the
 * paper; `apart` holds those that stand alone (a small slanted stamp), kept as items beside the lines.
 * Slanted runs of body size side by side on one row are a row of angled column heads ("2027 | 2028 |
 * 2029" set at 45° over a sheet's columns): they are in neither set and read as the page's other text is.
 * Null for a page with no slanted run (the check looks at each run's own matrix: the viewport only turns
 * by quarters, which keeps a run's angle to the axes).
 */
function slantedRuns(items: unknown[]): { overlay: Set<unknown>; apart: Set<unknown> } | null {
  const runs: { raw: unknown; key: string; size: number; x: number; y: number; angle: number }[] = [];
  for (const raw of items) {
    if (!isTextItem(raw) || raw.str.trim() === '' || offAxisDegrees(raw.transform) <= SLANT_DEGREES) continue;
    const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = raw.transform;
    runs.push({
      raw,
      key: raw.str.replace(/\s+/g, ' ').trim().toLowerCase(),
      size: Math.hypot(c, d) || raw.height,
      x,
      y,
      angle: (Math.atan2(b, a) * 180) / Math.PI,
    });
  }
  if (runs.length === 0) return null;
  const sizes: number[] = [];
  for (const raw of items) {
    if (!isTextItem(raw) || raw.str.trim() === '') continue;
    const [, , c = 0, d = 0] = raw.transform;
    sizes.push(Math.hypot(c, d) || raw.height);
  }
  sizes.sort((p, q) => p - q);
  const body = sizes[Math.floor(sizes.length / 2)] ?? 0;
  const alike = new Map<string, typeof runs>();
  for (const run of runs) alike.set(run.key, [...(alike.get(run.key) ?? []), run]);
  const overlay = new Set<unknown>();
  const apart = new Set<unknown>();
  for (const run of runs) {
    const large = body > 0 ? run.size >= 2 * body : run.size >= 24;
    // Three or more alike spread down the page: tiles of a watermark (alike heads of one row are not).
    const same = alike.get(run.key) ?? [];
    const spread = Math.max(...same.map((r) => r.y)) - Math.min(...same.map((r) => r.y));
    if (large || (same.length >= 3 && spread > run.size * 3)) {
      overlay.add(run.raw);
      continue;
    }
    // Another slanted run of about its size and angle beside it on its row: a row of angled heads.
    const row = runs.some(
      (other) =>
        other !== run &&
        Math.abs(other.angle - run.angle) < 5 &&
        Math.abs(other.size - run.size) < run.size * 0.3 &&
        Math.abs(other.y - run.y) < run.size * 1.5 &&
        Math.abs(other.x - run.x) < run.size * 15,
    );
    if (!row) apart.add(run.raw);
  }
  return { overlay, apart };
}

/** A run set a quarter turn from the page's reading (up or down the page), with its true extent. */
interface SidewaysRun {
  /** Its item: `x`/`width` are the run's horizontal extent (one font size), `width` its font size. */
  item: TextItem;
  top: number;
  bottom: number;
  /** Length of the run along its baseline. */
  length: number;
}

/**
 * Column heads set sideways over a table's columns (a spreadsheet's or a word processor's rotated cell
 * text: "2026", "2027" … "Totalt 2026–2032" read upwards over narrow year columns). They are read as
 * one row of upright heads at the foot of the header: a row of three or more short runs of one size
 * beside each other — their vertical extents sharing a band, each a column apart (wider than a line
 * pitch: the lines of a sideways paragraph or table stand one line apart) — right above upright text
 * standing under them (the table's body). A margin label, a sideways table or a sideways paragraph
 * is no such row and stays apart. Each head keeps its centre and gets the width its neighbours leave.
 */
function sidewaysHeadRow(
  runs: SidewaysRun[],
  upright: TextItem[],
): { item: TextItem; bottom: number; halfWidth: number }[] {
  if (runs.length < 3) return [];
  const short = runs.filter((r) => r.item.text.length <= 24 && r.item.text.trim().split(/\s+/).length <= 3);
  const out: { item: TextItem; bottom: number; halfWidth: number }[] = [];
  const used = new Set<SidewaysRun>();
  for (const seed of short) {
    if (used.has(seed)) continue;
    const size = seed.item.width;
    const row = short
      .filter(
        (r) =>
          !used.has(r) &&
          Math.abs(r.item.width - size) < 0.2 * size &&
          Math.min(r.bottom, seed.bottom) - Math.max(r.top, seed.top) > 0.5 * size,
      )
      .sort((p, q) => p.item.x - q.item.x);
    if (row.length < 3) continue;
    const centres = row.map((r) => r.item.x + size / 2);
    const gaps = centres.slice(1).map((c, k) => c - (centres[k] ?? 0));
    if (Math.min(...gaps) < 2 * size) continue;
    const bottom = Math.max(...row.map((r) => r.bottom));
    const left = Math.min(...row.map((r) => r.item.x));
    const right = Math.max(...row.map((r) => r.item.x + size));
    // The table's body right under the heads, upright and across their span.
    const below = upright.filter(
      (u) => u.y >= bottom - 0.5 * size && u.y <= bottom + 3 * size && u.x < right && u.x + u.width > left,
    );
    const under = row.filter((r) =>
      below.some((u) => u.x < r.item.x + 3 * size && u.x + u.width > r.item.x - 2 * size),
    );
    if (under.length < Math.ceil(row.length / 2)) continue;
    row.forEach((r, k) => {
      used.add(r);
      const room = Math.min(gaps[k - 1] ?? Infinity, gaps[k] ?? Infinity) / 2 - 1;
      out.push({ item: r.item, bottom, halfWidth: Math.max(size / 2, Math.min(r.length / 2, room)) });
    });
  }
  return out;
}

/** A marked-content bracket in getTextContent({ includeMarkedContent: true }). */
interface MarkedContentLike {
  type: 'beginMarkedContent' | 'beginMarkedContentProps' | 'endMarkedContent';
  id?: string | null;
  tag?: string | null;
}

function isMarkedContent(item: unknown): item is MarkedContentLike {
  const type = (item as { type?: unknown } | null)?.type;
  return type === 'beginMarkedContent' || type === 'beginMarkedContentProps' || type === 'endMarkedContent';
}

interface PageItems {
  items: TextItem[];
  turned: TextItem[];
  charsByTurn: number[];
  /** Text marked as /Artifact (running headers and footers, page numbers), apart from `items`. */
  artifacts: TextItem[];
  /** Items by the marked-content id (structure tree leaf) they were drawn in. */
  byContentId: Map<string, TextItem[]>;
}

/**
 * Whether `next` (written right after `item` in the content stream) is set after it on its line: the same
 * baseline band and starting at or right of `item`'s end (a little kerning back allowed). A space pdfjs
 * put between two items written in this order then ends `item`'s word. A layout program that writes a
 * page in another order than it reads (glyphs or words shuffled, columns, bottom-up) puts the next item
 * anywhere; pdfjs's space then tells the jump, not a word end, and the line's own gaps decide.
 */
function followsOnLine(item: TextItem, next: TextItem): boolean {
  const em = Math.max(item.height, next.height, 1);
  return onOneBaseline(item, next) && next.x >= item.x + item.width - 0.3 * em;
}

/** Two items whose bottoms (baselines, near enough) lie within half the smaller height. */
function onOneBaseline(a: TextItem, b: TextItem): boolean {
  return Math.abs(a.y + a.height - (b.y + b.height)) < 0.5 * Math.min(a.height, b.height);
}

/**
 * Text items in page coordinates (points, origin top-left), whitespace dropped. Items that do not
 * run left-to-right on this viewport (margin labels, sideways tables) are returned apart: they
 * belong to the page's items but would wreck line grouping. So are artifacts, which the producer
 * says are not content: a running header read into a table row or a measure title is a wrong fact.
 */
function pageItems(
  content: { items: unknown[] },
  viewport: { transform: number[]; width: number; height: number },
  bold: Set<string>,
  keepArtifacts = false,
): PageItems {
  const viewportTransform = viewport.transform;
  const items: TextItem[] = [];
  const turned: TextItem[] = [];
  const artifacts: TextItem[] = [];
  const byContentId = new Map<string, TextItem[]>();
  const charsByTurn = [0, 0, 0, 0];
  const sideways: SidewaysRun[] = [];
  const slant = slantedRuns(content.items);
  // Open marked-content brackets: whether each is an artifact, and its id.
  const open: Array<{ artifact: boolean; id: string | null }> = [];
  let artifactDepth = 0;
  let previous: TextItem | undefined;
  // The item a pdfjs space item came after, until the next text item tells whether it ended a word;
  // the pairs (item, the item written after the space) found so.
  let spaceBefore: TextItem | undefined;
  const spaced: Array<[TextItem, TextItem]> = [];
  // Left-to-right items in stream order with their font, and whether their width was estimated.
  const placed: PlacedItem[] = [];
  for (const raw of content.items) {
    if (isMarkedContent(raw)) {
      if (raw.type === 'endMarkedContent') {
        const closed = open.pop();
        if (closed?.artifact) artifactDepth--;
      } else {
        const artifact = raw.tag === 'Artifact' && !keepArtifacts;
        if (artifact) artifactDepth++;
        open.push({ artifact, id: typeof raw.id === 'string' ? raw.id : null });
      }
      continue;
    }
    if (!isTextItem(raw)) continue;
    const tx = multiply(viewportTransform, raw.transform);
    const [, , c = 0, d = 0, e = 0, f = 0] = tx;
    if (raw.str.trim() === '') {
      // pdfjs emits inter-word spaces as their own items, between two items in STREAM order: the word
      // ended only if the item written next is the one that follows it on its line (below).
      if (previous && raw.str.length > 0) spaceBefore = previous;
      if (raw.hasEOL) previous = undefined;
      continue;
    }
    const fontSize = Math.hypot(c, d) || raw.height;
    const turns = quarterTurns(tx);
    const inArtifact = artifactDepth > 0;
    if (!inArtifact && slant && (slant.overlay.has(raw) || slant.apart.has(raw))) {
      // Set on a slant: a watermark is dropped; a run alone is kept as an item with its box on the page,
      // out of the lines (and out of the page's direction).
      const [a = 0, b = 0] = tx;
      const len = Math.hypot(a, b) || 1;
      const ux = (a / len) * raw.width;
      const uy = (b / len) * raw.width;
      const xs = [e, e + ux, e + c, e + ux + c];
      const ys = [f, f + uy, f + d, f + uy + d];
      const box = {
        text: repairTextLayer(raw.str),
        x: Math.max(0, Math.min(...xs)),
        y: Math.max(0, Math.min(...ys)),
        width: Math.max(...xs) - Math.min(...xs),
        height: fontSize,
      };
      if (slant.apart.has(raw) && [box.x, box.y, box.width, box.height].every(Number.isFinite))
        turned.push(box);
      previous = undefined;
      spaceBefore = undefined;
      continue;
    }
    if (!inArtifact) charsByTurn[turns] = (charsByTurn[turns] ?? 0) + raw.str.length;
    // The origin is the baseline's start; the top edge lies one font size "above" it.
    const item: TextItem =
      turns === 0
        ? { text: repairTextLayer(raw.str), x: e, y: f - fontSize, width: raw.width, height: fontSize }
        : {
            text: repairTextLayer(raw.str),
            x: Math.min(e, e + c),
            y: Math.min(f, f + d),
            width: fontSize,
            height: raw.width,
          };
    if (bold.has(raw.fontName)) item.bold = true;
    // An accent drawn back over the letter just shown ("a" then "°" over it) is that letter's.
    const accented = turns === 0 && previous && !inArtifact ? withAccentOver(previous, item) : null;
    if (accented && previous) {
      Object.assign(previous, accented);
      if (!accented.spaceAfter) delete previous.spaceAfter;
      if (raw.hasEOL) previous = undefined;
      continue;
    }
    // Widths the font claims but the page cannot show (zero, or ems per glyph): what a sans font gives.
    const estimated = turns === 0 && implausibleWidth(item.text, item.width, fontSize);
    if (estimated) item.width = typicalWidth(item.text, fontSize);
    if (turns === 0) placed.push({ item, font: raw.fontName, estimated });
    // Damaged or hostile files give items far off the page or millions of points wide: keep what
    // lies on the page, clipped to it, so nothing downstream works on absurd coordinates.
    if (![item.x, item.y, item.width, item.height].every(Number.isFinite)) continue;
    const right = Math.min(item.x + item.width, viewport.width);
    const bottom = Math.min(item.y + item.height, viewport.height);
    item.x = Math.max(0, item.x);
    item.y = Math.max(0, item.y);
    if (right <= item.x || bottom <= item.y) continue;
    item.width = right - item.x;
    item.height = bottom - item.y;
    if (spaceBefore) {
      if (followsOnLine(spaceBefore, item)) spaced.push([spaceBefore, item]);
      spaceBefore = undefined;
    }
    previous = raw.hasEOL ? undefined : item;
    if (inArtifact) {
      artifacts.push(item);
      continue;
    }
    (turns === 0 ? items : turned).push(item);
    if (turns % 2 === 1) {
      // Its true vertical extent: the run goes along its baseline (a, b), not along the font's (c, d).
      const [a = 0, b = 0] = tx;
      const uy = (b / (Math.hypot(a, b) || 1)) * raw.width;
      sideways.push({ item, top: Math.min(f, f + uy), bottom: Math.max(f, f + uy), length: raw.width });
    }
    let id: string | null = null;
    for (let k = open.length - 1; k >= 0 && id === null; k--) id = open[k]?.id ?? null;
    if (id !== null) {
      const list = byContentId.get(id);
      if (list) list.push(item);
      else byContentId.set(id, [item]);
    }
  }
  repairFalseWidths(placed);
  for (const head of sidewaysHeadRow(sideways, items)) {
    // Set upright at the foot of its row, centred where it stood, as wide as its neighbours allow.
    const { item, bottom, halfWidth } = head;
    const size = item.width;
    const centre = item.x + size / 2;
    const at = turned.indexOf(item);
    if (at >= 0) turned.splice(at, 1);
    Object.assign(item, { x: centre - halfWidth, y: bottom - size, width: 2 * halfWidth, height: size });
    items.push(item);
  }
  const pieces = splitAroundInner(items);
  markWordEnds(
    spaced.map(([item, next]) => [pieces.get(item)?.at(-1) ?? item, pieces.get(next)?.[0] ?? next]),
    [...items, ...artifacts],
  );
  return { items, turned, charsByTurn, artifacts, byContentId };
}

/**
 * pdfjs glues two glyph runs written one after the other on one baseline into one item, a space between,
 * when the second stands a little right of the first ("f" … "r" → "f r"). Where the content stream
 * wrote the glyphs out of reading order, the gap holds other items ("ö"), and the glued item overlaps
 * them. Such an item is cut at its spaces into its runs when the items inside its span form exactly one
 * cluster per space: each run then fills the room between the clusters (the first from the item's left
 * edge, the last to its right edge). Replaces the items in `items` in place; returns the pieces by item.
 */
function splitAroundInner(items: TextItem[]): Map<TextItem, TextItem[]> {
  const out = new Map<TextItem, TextItem[]>();
  const glued = items.filter((item) => /\S\s+\S/.test(item.text));
  if (glued.length === 0) return out;
  // The items of each baseline band, found once (looking through every item of the page for each
  // glued one was quadratic in a page's items: most producers' runs hold spaces).
  const band = (item: TextItem) => Math.round(item.y + item.height);
  const byBand = new Map<number, TextItem[]>();
  for (const item of items) {
    const key = band(item);
    const list = byBand.get(key);
    if (list) list.push(item);
    else byBand.set(key, [item]);
  }
  for (const item of glued) {
    const right = item.x + item.width;
    const reach = Math.ceil(0.5 * Math.max(item.height, 1)) + 1;
    const near: TextItem[] = [];
    for (let k = band(item) - reach; k <= band(item) + reach; k++) near.push(...(byBand.get(k) ?? []));
    const inner = near
      .filter(
        (other) =>
          other !== item &&
          onOneBaseline(item, other) &&
          other.x > item.x + 0.05 * item.height &&
          other.x + other.width < right - 0.05 * item.height,
      )
      .sort((a, b) => a.x - b.x);
    if (inner.length === 0) continue;
    const clusters: Array<{ x: number; right: number }> = [];
    for (const other of inner) {
      const last = clusters.at(-1);
      if (last && other.x - last.right < 0.15 * item.height)
        last.right = Math.max(last.right, other.x + other.width);
      else clusters.push({ x: other.x, right: other.x + other.width });
    }
    const words = item.text.trim().split(/\s+/);
    if (words.length !== clusters.length + 1) continue;
    const { spaceAfter, ...plain } = item;
    const parts: TextItem[] = words.map((text, k) => {
      const x = k === 0 ? item.x : (clusters[k - 1] as { right: number }).right;
      const end = k === words.length - 1 ? right : (clusters[k] as { x: number }).x;
      return { ...plain, text, x, width: end - x };
    });
    if (parts.some((part) => part.width <= 0.1)) continue;
    if (spaceAfter) (parts.at(-1) as TextItem).spaceAfter = true;
    out.set(item, parts);
  }
  if (out.size > 0) items.splice(0, items.length, ...items.flatMap((item) => out.get(item) ?? [item]));
  return out;
}

/**
 * Sets `spaceAfter` on the first item of each pair whose second item is its neighbour on the line: no
 * other item of the page starts between them on their baseline. Shuffled glyphs make pdfjs put a space
 * between "e" and an "s" far to its right, while the "m" that follows the "e" was written elsewhere.
 */
function markWordEnds(pairs: Array<[TextItem, TextItem]>, all: TextItem[]): void {
  if (pairs.length === 0) return;
  const band = (item: TextItem) => Math.round((item.y + item.height) / 2);
  const byBand = new Map<number, TextItem[]>();
  for (const item of all) {
    const key = band(item);
    const list = byBand.get(key);
    if (list) list.push(item);
    else byBand.set(key, [item]);
  }
  for (const [item, next] of pairs) {
    const key = band(item);
    const end = item.x + item.width - 0.3 * item.height;
    let between = false;
    for (let k = key - 1; k <= key + 1 && !between; k++) {
      for (const other of byBand.get(k) ?? []) {
        if (other === item || other === next || !onOneBaseline(item, other)) continue;
        if (other.x >= end && other.x < next.x) {
          between = true;
          break;
        }
      }
    }
    if (!between) item.spaceAfter = true;
  }
}

function imageOps(OPS: Ops): Set<number> {
  return new Set([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject]);
}

/** Whether an operator list paints a raster image. */
function paintsImages(fnArray: number[], OPS: Ops): boolean {
  const images = imageOps(OPS);
  return fnArray.some((fn) => images.has(fn));
}

/**
 * The raster images a page paints, in one walk of its operators: the share of the page they cover
 * (scan detection) and the boxes where they stand (page coordinates, top-left origin: the unit square of
 * each image under the transformation in force, through the viewport), by which a picture of a table on
 * a text page is found (ocr/pictures.ts). Most text pages paint no image: a scan of the op codes spares
 * them the walk with transforms.
 */
function paintedImages(
  fnArray: number[],
  argsArray: unknown[][],
  OPS: Ops,
  viewport: Viewport,
): { coverage: number; boxes: TableBox[] } {
  const images = imageOps(OPS);
  if (!paintsImages(fnArray, OPS)) return { coverage: 0, boxes: [] };
  const pageArea = viewport.width * viewport.height;
  const view = viewport.transform;
  const boxes: TableBox[] = [];
  let area = 0;
  eachWithTransform(fnArray, argsArray, OPS, (fn, _args, matrix) => {
    if (!images.has(fn)) return true;
    const [ma = 0, mb = 0, mc = 0, md = 0] = matrix;
    area += Math.abs(ma * md - mb * mc);
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = multiply(view, matrix);
    const xs = [e, e + a, e + c, e + a + c];
    const ys = [f, f + b, f + d, f + b + d];
    const x = Math.min(...xs);
    const y = Math.min(...ys);
    boxes.push({ x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y });
    return true;
  });
  return { coverage: pageArea > 0 ? Math.min(1, area / pageArea) : 0, boxes };
}

/** pdfjs's serialized structure tree of a page, or null when it has none or it cannot be read. */
async function structTreeOf(page: PDFPageProxy): Promise<unknown> {
  try {
    return await page.getStructTree();
  } catch {
    // A damaged structure tree costs the tagged tables, not the page: geometry still reads them.
    return null;
  }
}

/** The page's viewport at scale 1, on a box floating point can handle (see saneViewBox). */
type Viewport = ReturnType<PDFPageProxy['getViewport']>;
function pageViewport(page: PDFPageProxy, content: { items: unknown[] }): Viewport {
  const viewport = page.getViewport({ scale: 1 });
  const origins = content.items
    .filter(isTextItem)
    .map((item): [number, number] => [item.transform[4] ?? 0, item.transform[5] ?? 0]);
  const viewBox = saneViewBox(page.view, origins);
  if (viewBox === page.view) return viewport;
  // pdfjs 5 does not export PageViewport; its constructor is reached through an instance.
  const PageViewport = viewport.constructor as new (params: {
    viewBox: number[];
    userUnit: number;
    scale: number;
    rotation: number;
  }) => Viewport;
  return new PageViewport({ viewBox, userUnit: 1, scale: 1, rotation: page.rotate });
}

/**
 * Whether text items are rebuilt from the operator list (text-from-ops.ts) instead of asked of
 * getTextContent, which parses the content stream a second time. An experiment, off unless
 * NAMNDKOLL_TEXT_FROM_OPS=1 (or setTextFromOps(true)).
 */
let textFromOps = process.env.NAMNDKOLL_TEXT_FROM_OPS === '1';

/** Switches the text-from-operators experiment on or off (for A/B measurements); returns the old setting. */
export function setTextFromOps(on: boolean): boolean {
  const old = textFromOps;
  textFromOps = on;
  return old;
}

type OperatorList = Awaited<ReturnType<PDFPageProxy['getOperatorList']>>;
type TextContent = Awaited<ReturnType<PDFPageProxy['getTextContent']>>;

/** The page's text content rebuilt from its operator list, or null where the rebuild does not cover it. */
function textContentOf(page: PDFPageProxy, operators: OperatorList, lib: PdfLibraries): TextContent | null {
  const ref = (page as unknown as { ref?: { num: number; gen: number } }).ref;
  if (!ref) return null;
  const pageObjId = `p${ref.gen === 0 ? `${ref.num}R` : `${ref.num}R${ref.gen}`}`;
  const fontOf = (name: string): OpsFont | undefined => {
    try {
      return page.commonObjs.has(name) ? (page.commonObjs.get(name) as OpsFont) : undefined;
    } catch {
      return undefined;
    }
  };
  const content = textContentFromOps(
    operators.fnArray,
    operators.argsArray,
    lib.OPS as unknown as Record<string, number>,
    fontOf,
    page.view,
    pageObjId,
    lib.normalizeUnicode,
  );
  return content as unknown as TextContent | null;
}

/**
 * Whether the file may hold a font at all: a scan has none, and building its operator list first would
 * decode its page images for nothing. Fonts inside compressed object streams are not visible here.
 */
function mayHaveFonts(bytes: Uint8Array): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return buffer.indexOf('/Font') >= 0 || buffer.indexOf('/ObjStm') >= 0;
}

/**
 * How the pages of one document are read: `expectText` until a page without text turned out to paint
 * images. The operator list is built first only then (text-from-ops experiment): it decodes every
 * image, ~0.3 s for a 300-dpi scan, which a page without text is spared when getTextContent comes first.
 */
interface ReadingPlan {
  expectText: boolean;
  /** The file may hold annotations (form fields, FreeText) whose text is shown on the page. */
  annotations?: boolean;
  /** Each font's plain f, i and l seen so far, to tell its ligatures by (text-repair.ts). */
  letters?: Map<string, PlainLetters>;
}

/** Whether the file may hold annotations at all (in compressed object streams they are not visible). */
function mayHaveAnnotations(bytes: Uint8Array): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return buffer.indexOf('/Annots') >= 0 || buffer.indexOf('/ObjStm') >= 0;
}

/**
 * Whether the file may carry attached files: an embedded file is a stream, and a stream's dictionary is
 * never compressed, so its /Type /EmbeddedFile stands in the raw bytes (a file spec in an object stream
 * may hide the /EmbeddedFiles name tree, not the stream).
 */
function mayHaveAttachments(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf('/EmbeddedFile') >= 0;
}

/**
 * The names of the files attached inside the PDF (its /EmbeddedFiles name tree), which the extraction
 * does not read: an appendix attached rather than merged, the original of an e-signed copy. Their
 * decoded size is bounded by guardPdf as every stream's is. A broken name tree gives none.
 */
async function attachmentNames(doc: PDFDocumentProxy): Promise<string[]> {
  try {
    const files = (await doc.getAttachments()) as Record<string, { filename?: string }> | null;
    return Object.entries(files ?? {}).map(([key, file]) => file.filename || key);
  } catch {
    return [];
  }
}

/** A page of the text layer, with its tables and how much of it is covered by images. */
async function readPage(
  doc: PDFDocumentProxy,
  number: number,
  lib: PdfLibraries,
  limits: LoadLimits,
  plan: ReadingPlan = { expectText: false },
): Promise<Page> {
  const OPS = lib.OPS;
  const page = await doc.getPage(number);
  try {
    let drawn: TextContent;
    let operators: OperatorList | null = null;
    const early = textFromOps && plan.expectText ? await page.getOperatorList() : null;
    const rebuilt = early ? textContentOf(page, early, lib) : null;
    if (rebuilt) {
      drawn = rebuilt;
      operators = early;
    } else {
      drawn = await page.getTextContent({ includeMarkedContent: true });
    }
    guardPage(number, { textItems: drawn.items.length }, limits);
    // The operator list resolves fonts (bold), holds ruling lines (tables) and images (scans).
    // Building it decodes every image, ~0.3 s for a 300-dpi scan: a page without any text goes
    // to OCR whatever its images are, so it is spared that.
    const hasText = drawn.items.some((item) => isTextItem(item) && item.str.trim() !== '');
    // A page without text whose images were decoded for nothing: the rest of the document is read
    // text content first, so that a file of scans with a text page costs one such page at most.
    if (!hasText && early && paintsImages(early.fnArray, OPS)) plan.expectText = false;
    if (!hasText) operators = null;
    else operators ??= early ?? (await page.getOperatorList());
    if (operators) guardPage(number, { textItems: 0, operators: operators.fnArray.length }, limits);
    // Dashes the text layer calls figures (Ghostscript rewrites), told by the glyphs' outlines.
    const repairs = operators
      ? dashGlyphRepairs(operators.fnArray, operators.argsArray, OPS, glyphBox)
      : null;
    // Ligatures the text layer calls "f" (Ghostscript rewrites), told by their advance widths.
    if (repairs && operators) {
      for (const [key, reads] of ligatureGlyphRepairs(
        operators.fnArray,
        operators.argsArray,
        OPS,
        glyphBox,
        plan.letters,
      )) {
        if (!repairs.has(key)) repairs.set(key, reads);
      }
    }
    const repaired =
      repairs && repairs.size > 0 ? { ...drawn, items: applyGlyphRepairs(drawn.items, repairs) } : drawn;
    // Text a reader does not see (invisible, white on white, clipped away, covered by a later fill).
    const marks = operators
      ? glyphMarks(operators.fnArray, operators.argsArray, OPS as unknown as HiddenTextOps, (name) => {
          try {
            return page.commonObjs.has(name)
              ? ((page.commonObjs.get(name) as { fontMatrix?: number[] }).fontMatrix ?? undefined)
              : undefined;
          } catch {
            return undefined;
          }
        })
      : [];
    const content = { ...repaired, items: withoutHiddenText(repaired.items, marks) };
    const bold = boldFonts(page, content.styles as Record<string, { fontFamily?: string }>);
    let viewport = pageViewport(page, content);
    let read = pageItems(content, viewport, bold);
    // A producer that marks all the text of a page as artifact has mislabelled its content: read it.
    const keepArtifacts = read.items.length + read.turned.length === 0 && read.artifacts.length > 0;
    if (keepArtifacts) read = pageItems(content, viewport, bold, true);
    const total = read.charsByTurn.reduce((sum, n) => sum + n, 0);
    const dominant = read.charsByTurn.indexOf(Math.max(...read.charsByTurn));
    // Most text runs sideways or upside down on the page as displayed (landscape content on a
    // portrait page without /Rotate, or a wrong /Rotate): read it as a person turning the page would.
    const turned = dominant !== 0 && (read.charsByTurn[dominant] ?? 0) > 0.5 * total;
    if (turned) {
      for (const extra of [90, 180, 270]) {
        const candidate = page.getViewport({ scale: 1, rotation: (page.rotate + extra) % 360 });
        const again = pageItems(content, candidate, bold, keepArtifacts);
        if ((again.charsByTurn[0] ?? 0) > 0.5 * total) {
          viewport = candidate;
          read = again;
          break;
        }
      }
    }
    // Filled form fields and FreeText notes: shown on the page, absent from its content stream.
    if (plan.annotations) {
      const annotations = (await page.getAnnotations({ intent: 'display' })) as AnnotationLike[];
      if (annotations.length > 0)
        read.items.push(...annotationTextItems(annotations, viewport.transform, read.items));
    }
    // A table row or the proposal marked as artifact amid the body is content (see artifact-content.ts).
    const mislabelled = contentAmongArtifacts(read.items, read.artifacts);
    const back = new Set(mislabelled);
    if (mislabelled.length > 0) {
      read.items.push(...mislabelled);
      read.artifacts = read.artifacts.filter((item) => !back.has(item));
    }
    let tables: PageTable[] = [];
    // Ruling lines are read on the viewport the text was read on, so a turned page keeps its grid.
    const grids = operators?.fnArray.includes(OPS.constructPath)
      ? gridsOf(rulingsOf(operators.fnArray, operators.argsArray, OPS, viewport.transform, viewport))
      : [];
    const tagged = read.byContentId.size > 0 ? structTables(await structTreeOf(page), read.byContentId) : [];
    if (grids.length > 0 || tagged.length > 0) tables = pageTables(tagged, grids, read.items, back);
    const result: Page = {
      number,
      width: viewport.width,
      height: viewport.height,
      source: 'text',
      items: [...read.items, ...read.turned],
      lines: buildLines(read.items),
      tables,
    };
    if (read.artifacts.length > 0) {
      result.artifacts = buildLines(read.artifacts, { detectColumns: false });
    }
    const painted = operators ? paintedImages(operators.fnArray, operators.argsArray, OPS, viewport) : null;
    if (painted && painted.coverage > 0) {
      result.imageCoverage = painted.coverage;
      result.images = painted.boxes;
    }
    const invisible = operators ? invisibleTextShare(operators.fnArray, operators.argsArray, OPS) : 0;
    if (invisible > 0) result.invisibleText = invisible;
    const red = operators
      ? redUnsignedFigures(operators.fnArray, operators.argsArray, OPS as unknown as RedFigureOps)
      : 0;
    if (red > 0) result.redFigures = red;
    return result;
  } finally {
    page.cleanup();
  }
}

/**
 * Loads a PDF's text layer into the page model. Rejects with an ExtractionError whose code says
 * why: PDF_EMPTY, NOT_A_PDF, PDF_TOO_LARGE, PDF_ENCRYPTED, PDF_CORRUPT, PDF_TOO_MANY_PAGES, PDF_TOO_COMPLEX.
 */
export async function loadPdf(
  bytes: Uint8Array,
  limits: Partial<LoadLimits> = {},
  repair: { repaired?: boolean; cutPage?: number } = {},
): Promise<PdfModel> {
  const bounds: LoadLimits = { ...DEFAULT_LIMITS, ...limits };
  const { maxBytes, maxPages } = bounds;
  if (bytes.byteLength === 0) throw new ExtractionError('PDF_EMPTY', 'the file is empty (0 bytes)');
  // Cheapest and most telling first: what the bytes are, then whether they are too many.
  if (findHeader(bytes) < 0) {
    throw new ExtractionError('NOT_A_PDF', `not a PDF: it looks like ${describeContent(bytes)}`);
  }
  if (bytes.byteLength > maxBytes) {
    const mb = (n: number): string => (n / (1024 * 1024)).toFixed(1);
    throw new ExtractionError(
      'PDF_TOO_LARGE',
      `the PDF is ${mb(bytes.byteLength)} MB, over the limit of ${mb(maxBytes)} MB`,
    );
  }
  if (!hasEndMarker(bytes) && !endsAtCompleteXref(bytes)) {
    // pdfjs would rebuild what it can from a cut-off file and quietly lose the missing pages.
    throw new ExtractionError('PDF_CORRUPT', 'the PDF is truncated: it has no %%EOF end marker');
  }

  guardPdf(bytes, bounds);

  // A copy: pdfjs may take ownership of (detach) the buffer it is given, and callers reuse theirs.
  const lib = await pdfLibraries();
  const worker = lib.worker();
  const task = lib.getDocument({
    data: new Uint8Array(bytes),
    worker,
    verbosity: 0,
    isEvalSupported: false,
    maxImageSize: bounds.maxImagePixels,
    ...TEXT_ONLY_OPTIONS,
  });
  try {
    let doc: PDFDocumentProxy;
    let rawInfo: unknown;
    try {
      doc = await task.promise;
      rawInfo = (await doc.getMetadata()).info;
    } catch (error) {
      throw toLoadError(error);
    }
    if (doc.numPages < 1) {
      // A page tree stating /Count -1 or 0: pdf.js then refuses every page. Read a copy whose count
      // is large instead (same length, offsets unchanged); pdf.js corrects a too-large count itself.
      const repaired = withPositivePageCount(bytes);
      if (repaired) return await loadPdf(repaired, limits, repair);
    }
    if (doc.numPages > maxPages) {
      throw new ExtractionError(
        'PDF_TOO_MANY_PAGES',
        `the PDF has ${doc.numPages} pages, over the limit of ${maxPages}`,
      );
    }
    if (doc.numPages === 0) throw new ExtractionError('PDF_CORRUPT', 'the PDF has no pages');
    const pages: Page[] = [];
    const plan: ReadingPlan = {
      expectText: textFromOps && mayHaveFonts(bytes),
      annotations: mayHaveAnnotations(bytes),
      letters: new Map(),
    };
    for (let number = 1; number <= doc.numPages; number++) {
      try {
        pages.push(await readPage(doc, number, lib, bounds, plan));
      } catch (error) {
        // A cross-reference entry that points beside its object (an editor's or gateway's slip): read
        // the file again with the table rebuilt from the objects, once, rather than losing the paper.
        // A Flate stream cut short: read a copy whose cut streams hold what inflates of them.
        const message = errorMessage(error);
        const cut = FLATE_ERROR.test(message);
        const rebuilt = repair.repaired
          ? null
          : XREF_ENTRY_ERROR.test(message)
            ? withRebuiltXref(bytes)
            : cut
              ? withInflatedStreams(bytes)
              : null;
        if (rebuilt)
          return await loadPdf(rebuilt, limits, { repaired: true, ...(cut ? { cutPage: number } : {}) });
        throw toLoadError(error, number);
      }
    }
    const attachments = mayHaveAttachments(bytes) ? await attachmentNames(doc) : [];
    return {
      pageCount: doc.numPages,
      pages,
      info: documentInfo(rawInfo, lib.toDate),
      ...(attachments.length > 0 ? { attachments } : {}),
      ...(repair.cutPage === undefined ? {} : { cutPage: repair.cutPage }),
    };
  } finally {
    await task.destroy().catch(() => undefined);
    worker.destroy();
  }
}

/** Letters of any script: Swedish words and names, not digits or punctuation. */
const LETTER = /[A-Za-zªµºÀ-ÖØ-öø-ɏ]/gu;
/** Characters a broken font encoding produces instead of text: U+FFFD, private use, controls. */
const GARBAGE = /[\uFFFD\uE000-\uF8FF]|(?![\t\n\v\f\r])\p{Cc}/gu;
/** A run of leader characters: four or more dots, middle dots, ellipses or underscores, spaced or not. */
const LEADER = /(?:[.·…_\u2024\u2027] ?){4,}/gu;
const VOWEL = /[aeiouyåäöéèüæøAEIOUYÅÄÖÉÈÜÆØ]/;

/** Minimum letters for a page to count as having a text layer, when an image covers it. */
const MIN_LETTERS_WITH_IMAGE = 40;

/**
 * Why a text-layer page is unusable (and should be OCR'd), or null when its text can be trusted.
 * Exported for tests and for the pipeline's logs.
 */
export function ocrReason(page: Page): string | null {
  const text = page.items.map((item) => item.text).join(' ');
  const letters = text.match(LETTER)?.length ?? 0;
  const visible = text.replace(/\s/g, '').length;
  if (visible === 0) return 'no text layer';
  const garbage = text.match(GARBAGE)?.length ?? 0;
  if (garbage > 0.2 * visible) return 'text layer is mostly unmapped glyphs';
  const digits = text.match(/\p{Nd}/gu)?.length ?? 0;
  // A page of figures (an appendix table) has digits and no words; a stray page number does not.
  if (letters === 0 && digits < 10) return 'no letters in the text layer';
  if ((page.imageCoverage ?? 0) >= 0.5 && letters < MIN_LETTERS_WITH_IMAGE) {
    return 'a page-sized image with almost no text (a scan with a page number or stamp)';
  }
  // Text whose "words" have no vowels, or which is mostly symbols, comes from a font without a
  // usable Unicode mapping: the glyphs draw words but the text layer holds something else.
  const tokens = text.split(/\s+/).filter((token) => /[A-Za-zªµºÀ-ÖØ-öø-ɏ]{2,}/u.test(token));
  if (tokens.length >= 10) {
    const wordLike = tokens.filter(
      (token) => VOWEL.test(token) && /^[A-Za-zªµºÀ-ÖØ-öø-ɏ\p{M}\d.,:;!?()'"”«»/%§&+–—-]+$/u.test(token),
    );
    if (wordLike.length < 0.5 * tokens.length) return 'text layer does not read as words';
  }
  // Leaders (the dots or rules between an entry and its page number in a table of contents) are
  // symbols a good text layer holds by the hundred; they say nothing about the font's mapping.
  const leaders = (text.match(LEADER) ?? []).reduce((n, run) => n + run.replace(/\s/g, '').length, 0);
  const symbols = visible - letters - digits - leaders;
  if (symbols > 0.5 * (visible - leaders) && visible - leaders >= 40) return 'text layer is mostly symbols';
  return null;
}

/** 1-based numbers of pages whose text layer is unusable: those go to OCR. */
export function pagesNeedingOcr(model: PdfModel): number[] {
  return model.pages
    .filter((page) => page.source === 'text' && ocrReason(page) !== null)
    .map((page) => page.number);
}
