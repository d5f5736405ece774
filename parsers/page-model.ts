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

/** A table whose cell structure the producer knows: ruling lines (pdf-parse getTable) or Textract. */
export interface PageTable {
  source: 'ruled' | 'textract' | 'layout';
  /** Rows of cell texts, blank cells kept as ''. Merged cells repeat their text in each spanned slot. */
  rows: string[][];
  /** Bounding box on the page, when known. */
  box?: { x: number; y: number; width: number; height: number };
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
  /** Fraction (0..1) of the page covered by raster images; set by the text layer when > 0 (scan detection). */
  imageCoverage?: number;
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
}

/** The text a reader sees on a page: its lines joined by newlines. Evidence is checked against this. */
export function pageText(page: Page): string {
  return page.lines.map((line) => line.text).join('\n');
}
