/**
 * One page model for every way text reaches us: the PDF text layer (pdfjs positions),
 * local OCR (tesseract.js words) and Amazon Textract (LINE/WORD/TABLE blocks).
 * Coordinates are PDF points with the origin at the page's top-left corner, y growing downwards.
 */

export type PageSource = 'text' | 'ocr' | 'textract';

/** A run of text as the producer gave it (a pdfjs text item, an OCR word, a Textract WORD). */
export interface TextItem {
  text: string;
  /** Left edge. */
  x: number;
  /** Top edge. */
  y: number;
  width: number;
  /** Height of the glyph box; for the text layer this is the font size. */
  height: number;
  bold?: boolean;
  /** 0..1; only OCR and Textract set it. */
  confidence?: number;
  /** The producer put a space after this item (pdfjs emits spaces as separate items, which are dropped). */
  spaceAfter?: boolean;
}

/** Pieces of a line separated by a wide horizontal gap: the cells of a borderless table row. */
export interface LineSegment {
  text: string;
  x: number;
  width: number;
}

export interface TextLine {
  /** The line's text; segments are joined by two spaces. */
  text: string;
  items: TextItem[];
  segments: LineSegment[];
  x: number;
  y: number;
  width: number;
  height: number;
  /** Dominant font size on the line (points). */
  fontSize: number;
  bold: boolean;
  /** Lowest item confidence on the line, when the page came from OCR/Textract. */
  confidence?: number;
}

export interface TableCellModel {
  text: string;
  rowSpan?: number;
  colSpan?: number;
  confidence?: number;
}

export interface TableBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One cell of a PageTable as the producer laid it out: its first slot, its spans, its box. */
export interface PageTableCell {
  /** 0-based row and column of its top-left slot in `rows`. */
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  text: string;
  /** Box on the page: the drawn cell (ruled) or the extent of its text (struct), when known. */
  box?: TableBox;
  /** A header cell (TH in a tagged PDF). */
  header?: boolean;
  /**
   * The cell's leading phrase as its layout sets it apart, when it does: a bold run followed by plain
   * text, or a first line broken well before the cell's right edge (a hard line break). The title of
   * a measure whose text has no punctuation between title and description.
   */
  lead?: string;
}

/**
 * A table whose cell structure the producer knows: the tagged PDF's structure tree ('struct'),
 * ruling lines drawn on the page ('ruled'), or Textract.
 */
export interface PageTable {
  source: 'ruled' | 'textract' | 'layout' | 'struct';
  /** Rows of cell texts, blank cells kept as ''. Merged cells repeat their text in each spanned slot. */
  rows: string[][];
  /** Bounding box on the page, when known. */
  box?: TableBox;
  /** The cells behind `rows`, each once, when the source knows them. */
  cells?: PageTableCell[];
  /** How many leading rows the producer marked as header rows (THead, rows of TH), when known. */
  headerRows?: number;
}

export interface Page {
  /** 1-based page number. */
  number: number;
  width: number;
  height: number;
  source: PageSource;
  items: TextItem[];
  /** Lines in reading order. */
  lines: TextLine[];
  tables: PageTable[];
  /**
   * Text the producer marked as not part of the content (/Artifact: running headers and footers,
   * page numbers), kept apart from `items` and `lines`. Set by the text layer when there is any.
   */
  artifacts?: TextLine[];
  /** Fraction (0..1) of the page covered by raster images; set by the text layer when > 0 (scan detection). */
  imageCoverage?: number;
  /**
   * Where raster images are painted on a text-layer page (page coordinates), set with imageCoverage: a
   * picture of a table is read by OCR from these (parsers/ocr/pictures.ts).
   */
  images?: TableBox[];
  /**
   * Share (0..1) of the page's text drawn invisibly (rendering mode 3): a scanner's OCR layer over its
   * image (parsers/ocr/sandwich.ts). Set by the text layer when > 0.
   */
  invisibleText?: number;
  /**
   * Runs of text printed in red that hold a figure without a sign (a spreadsheet's red negatives):
   * their signs may be missing from the text (parsers/pdf/red-figures.ts). Set by the text layer when > 0.
   */
  redFigures?: number;
}

export interface DocumentInfo {
  title: string | null;
  author: string | null;
  subject: string | null;
  creationDate: string | null;
  producer: string | null;
}

export interface PdfModel {
  pageCount: number;
  pages: Page[];
  info: DocumentInfo;
  /** The names of files attached inside the PDF (embedded files: an appendix, the original of a signed copy). */
  attachments?: string[];
  /** A page whose content the file holds only in part (a compressed stream cut short), read up to the cut. */
  cutPage?: number;
}

/** The box around boxes (text items, lines), or undefined when there are none. */
export function extentOf(
  boxes: readonly { x: number; y: number; width: number; height: number }[],
): TableBox | undefined {
  if (boxes.length === 0) return undefined;
  let left = Number.POSITIVE_INFINITY;
  let top = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  for (const box of boxes) {
    left = Math.min(left, box.x);
    top = Math.min(top, box.y);
    right = Math.max(right, box.x + box.width);
    bottom = Math.max(bottom, box.y + box.height);
  }
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** The text a reader sees on a page: its lines joined by newlines. Evidence is checked against this. */
export function pageText(page: Page): string {
  return page.lines.map((line) => line.text).join('\n');
}
