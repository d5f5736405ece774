/**
 * Amazon Textract blocks → the page model. WORD blocks become text items (Textract's relative
 * boxes scaled to the page in points, confidence 0..1), LINE blocks become the units the reading
 * order works from (two-column stretches read left column first), TABLE/CELL/MERGED_CELL become
 * tables with every cell in its row and column (a merged cell's text in each slot it spans).
 * Pure: blocks in, pages out; the Lambda that pages through GetDocumentAnalysis calls this.
 */
import { ExtractionError } from '../errors.ts';
import { linesInReadingOrder, type RecognizedUnit } from '../ocr/reading-order.ts';
import type { Page, PageTable, TextItem } from '../page-model.ts';
import { type TextractBlock, TextractInputSchema } from './blocks.ts';

export interface PageSize {
  width: number;
  height: number;
}

/** A4 portrait in points: the size assumed when the caller does not know the PDF's own. */
export const A4: Readonly<PageSize> = Object.freeze({ width: 595.28, height: 841.89 });

export interface TextractPagesOptions {
  /** The PDF's page size in points, by 1-based page number (from the text layer); A4 otherwise. */
  pageSize?: (pageNumber: number) => PageSize | undefined;
  /** Convert only these pages (Textract analyses whole documents; OCR wants some pages). */
  pageNumbers?: readonly number[];
}

/** Validates one response, several responses (NextToken pages) or bare blocks, and flattens them. */
export function textractBlocks(input: unknown): TextractBlock[] {
  const parsed = TextractInputSchema.safeParse(input);
  if (!parsed.success) {
    throw new ExtractionError(
      'OCR_FAILED',
      `Textract output is not in the expected shape: ${parsed.error.message}`,
      {
        cause: parsed.error,
      },
    );
  }
  const data = parsed.data;
  if (!Array.isArray(data)) return data.Blocks;
  return data.flatMap((entry) => ('BlockType' in entry ? [entry] : entry.Blocks));
}

function pageOf(block: TextractBlock): number {
  return block.Page ?? 1;
}

function childIds(block: TextractBlock, type = 'CHILD'): string[] {
  return (block.Relationships ?? [])
    .filter((relation) => relation.Type === type)
    .flatMap((relation) => relation.Ids);
}

function confidenceOf(block: TextractBlock): number | undefined {
  if (block.Confidence === undefined) return undefined;
  return Math.min(1, Math.max(0, block.Confidence / 100));
}

interface Converter {
  byId: Map<string, TextractBlock>;
  size: PageSize;
}

function boxOf(
  block: TextractBlock,
  size: PageSize,
): { x: number; y: number; width: number; height: number } | null {
  const box = block.Geometry?.BoundingBox;
  if (!box) return null;
  return {
    x: box.Left * size.width,
    y: box.Top * size.height,
    width: box.Width * size.width,
    height: box.Height * size.height,
  };
}

/**
 * A WORD as a text item. Its vertical extent is its LINE's, so that the words of one line share
 * a baseline band as the text layer's items do (Textract's word boxes hug the glyphs: "mm" is
 * shorter than "Åtgärd"), and it carries `spaceAfter` because Textract words are whole words.
 */
function wordItem(word: TextractBlock, line: TextractBlock | undefined, size: PageSize): TextItem | null {
  const text = word.Text?.trim();
  const box = boxOf(word, size);
  if (!text || !box) return null;
  const lineBox = line ? boxOf(line, size) : null;
  const item: TextItem = {
    text,
    x: box.x,
    y: lineBox ? lineBox.y : box.y,
    width: box.width,
    height: lineBox ? lineBox.height : box.height,
    spaceAfter: true,
  };
  const confidence = confidenceOf(word);
  if (confidence !== undefined) item.confidence = confidence;
  return item;
}

function cellText(cell: TextractBlock, converter: Converter): string {
  return childIds(cell)
    .map((id) => converter.byId.get(id))
    .filter((child): child is TextractBlock => child?.BlockType === 'WORD' && Boolean(child.Text))
    .map((word) => (word.Text as string).trim())
    .join(' ');
}

function tableOf(table: TextractBlock, converter: Converter): PageTable | null {
  const cells = childIds(table)
    .map((id) => converter.byId.get(id))
    .filter((block): block is TextractBlock => block?.BlockType === 'CELL');
  if (cells.length === 0) return null;
  const merged = childIds(table, 'MERGED_CELL')
    .map((id) => converter.byId.get(id))
    .filter((block): block is TextractBlock => block?.BlockType === 'MERGED_CELL');

  let rowCount = 0;
  let columnCount = 0;
  for (const cell of [...cells, ...merged]) {
    rowCount = Math.max(rowCount, (cell.RowIndex ?? 1) + (cell.RowSpan ?? 1) - 1);
    columnCount = Math.max(columnCount, (cell.ColumnIndex ?? 1) + (cell.ColumnSpan ?? 1) - 1);
  }
  const rows: string[][] = Array.from({ length: rowCount }, () =>
    Array.from({ length: columnCount }, () => ''),
  );
  const put = (row: number, column: number, text: string): void => {
    const cells = rows[row - 1];
    if (cells && column >= 1 && column <= columnCount) cells[column - 1] = text;
  };
  for (const cell of cells) put(cell.RowIndex ?? 1, cell.ColumnIndex ?? 1, cellText(cell, converter));

  for (const span of merged) {
    // The slots are those of the cells the merged cell is made of; its own indexes are the
    // fallback (Textract gives both and they agree, but the cells are what the text lives in).
    const parts = childIds(span)
      .map((id) => converter.byId.get(id))
      .filter((block): block is TextractBlock => block?.BlockType === 'CELL')
      .sort((a, b) => (a.RowIndex ?? 1) - (b.RowIndex ?? 1) || (a.ColumnIndex ?? 1) - (b.ColumnIndex ?? 1));
    const text = parts
      .map((part) => cellText(part, converter))
      .filter((part) => part !== '')
      .join(' ');
    const slots: Array<[number, number]> =
      parts.length > 0 ? parts.map((part) => [part.RowIndex ?? 1, part.ColumnIndex ?? 1]) : spanSlots(span);
    for (const [row, column] of slots) put(row, column, text);
  }

  const result: PageTable = { source: 'textract', rows };
  const box = boxOf(table, converter.size);
  if (box) result.box = box;
  return result;
}

function spanSlots(span: TextractBlock): Array<[number, number]> {
  const slots: Array<[number, number]> = [];
  const row = span.RowIndex ?? 1;
  const column = span.ColumnIndex ?? 1;
  for (let r = row; r < row + (span.RowSpan ?? 1); r++) {
    for (let c = column; c < column + (span.ColumnSpan ?? 1); c++) slots.push([r, c]);
  }
  return slots;
}

function convertPage(
  number: number,
  blocks: TextractBlock[],
  byId: Map<string, TextractBlock>,
  size: PageSize,
): Page {
  const converter: Converter = { byId, size };
  const lineOfWord = new Map<string, TextractBlock>();
  const lines = blocks.filter((block) => block.BlockType === 'LINE');
  for (const line of lines) for (const id of childIds(line)) lineOfWord.set(id, line);

  const wordsInTables = new Set<string>();
  for (const block of blocks) {
    if (block.BlockType === 'CELL') for (const id of childIds(block)) wordsInTables.add(id);
  }

  const items: TextItem[] = [];
  const units: RecognizedUnit[] = [];
  const placed = new Set<string>();
  for (const line of lines) {
    const unit: RecognizedUnit = { items: [] };
    for (const id of childIds(line)) {
      const word = byId.get(id);
      if (word?.BlockType !== 'WORD') continue;
      const item = wordItem(word, line, size);
      if (!item) continue;
      placed.add(id);
      unit.items.push(item);
      items.push(item);
      if (wordsInTables.has(id)) unit.inTable = true;
    }
    units.push(unit);
  }
  // Words outside any LINE (not seen in practice) still count: each is a unit of its own.
  for (const word of blocks) {
    if (word.BlockType !== 'WORD' || placed.has(word.Id)) continue;
    const item = wordItem(word, lineOfWord.get(word.Id), size);
    if (!item) continue;
    items.push(item);
    units.push({ items: [item], inTable: wordsInTables.has(word.Id) });
  }

  const tables = blocks
    .filter((block) => block.BlockType === 'TABLE')
    .map((table) => ({ table, converted: tableOf(table, converter) }))
    .filter((entry): entry is { table: TextractBlock; converted: PageTable } => entry.converted !== null)
    .sort(
      (a, b) =>
        (a.converted.box?.y ?? 0) - (b.converted.box?.y ?? 0) ||
        (a.converted.box?.x ?? 0) - (b.converted.box?.x ?? 0),
    )
    .map((entry) => entry.converted);

  return {
    number,
    width: size.width,
    height: size.height,
    source: 'textract',
    items,
    lines: linesInReadingOrder(units, size.width),
    tables,
  };
}

/**
 * Converts Textract output into pages, one per page number present (or requested), in page order.
 * A requested page that Textract returned nothing for becomes an empty page, so the caller still
 * sees that it went through OCR.
 */
export function textractToPages(input: unknown, options: TextractPagesOptions = {}): Page[] {
  const blocks = textractBlocks(input);
  const byId = new Map(blocks.map((block) => [block.Id, block]));
  const byPage = new Map<number, TextractBlock[]>();
  for (const block of blocks) {
    const number = pageOf(block);
    let list = byPage.get(number);
    if (!list) {
      list = [];
      byPage.set(number, list);
    }
    list.push(block);
  }
  const numbers = options.pageNumbers ? [...new Set(options.pageNumbers)] : [...byPage.keys()];
  return numbers
    .sort((a, b) => a - b)
    .map((number) => convertPage(number, byPage.get(number) ?? [], byId, options.pageSize?.(number) ?? A4));
}
