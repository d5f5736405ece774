/**
 * Tables from a tagged PDF's structure tree, and how they combine with drawn grids.
 *
 * Word, LibreOffice and most accessible-document tools write a structure tree (Table → THead/TBody
 * → TR → TH/TD) whose leaves are marked-content ids; pdfjs gives the tree per page
 * (page.getStructTree()) and, with `includeMarkedContent`, brackets every text run with the id of
 * the marked content it belongs to. The tree says which text makes one cell, however the cell is
 * drawn (with or without borders, text wrapped over ten lines, figures vertically centred); the
 * geometry says where the cells stand. pdfjs builds a page's tree from the content on that page, so
 * a cell without any text (a blank cell) is absent from it: cells are placed in columns by their
 * position, or by the drawn grid when there is one.
 */
import { extentOf, type PageTable, type PageTableCell, type TableBox, type TextItem } from '../page-model.ts';
import {
  anchorOf,
  cellAt,
  cellLead,
  cellModel,
  cellText,
  type Grid,
  type GridCell,
  gridRows,
  innerRight,
  ruledTables,
} from './grid.ts';

/** A node of pdfjs's serialized structure tree (getStructTree()). */
interface StructNode {
  role?: string;
  type?: string;
  id?: string;
  children?: StructNode[];
}

interface StructCell {
  items: TextItem[];
  header: boolean;
}

interface StructRow {
  cells: StructCell[];
  /** The row is in a THead, or every cell of it is a TH. */
  header: boolean;
}

/** A tagged table of this page: rows of cells, each with its text items in content order. */
export interface StructTable {
  rows: StructRow[];
  items: TextItem[];
}

const SECTION_ROLES = new Set(['THead', 'TBody', 'TFoot']);
const CELL_ROLES = new Set(['TH', 'TD']);
/** Structure trees deeper than this are damaged or hostile; deeper nodes are not read. */
const MAX_DEPTH = 64;

function childrenOf(node: StructNode): StructNode[] {
  return Array.isArray(node.children) ? node.children : [];
}

/** Marked-content ids under a node, in document order. */
function contentIds(node: StructNode, into: string[], depth = 0): string[] {
  if (depth > MAX_DEPTH) return into;
  if (node.type === 'content' && typeof node.id === 'string') into.push(node.id);
  for (const child of childrenOf(node)) contentIds(child, into, depth + 1);
  return into;
}

/** TRs of a table, through THead/TBody/TFoot, never those of a table nested in a cell. */
function rowsOf(node: StructNode, inHead: boolean, into: Array<{ row: StructNode; inHead: boolean }>): void {
  for (const child of childrenOf(node)) {
    if (child.role === 'TR') into.push({ row: child, inHead });
    else if (child.role !== undefined && SECTION_ROLES.has(child.role))
      rowsOf(child, inHead || child.role === 'THead', into);
  }
}

function tablesIn(node: StructNode, into: StructNode[], depth = 0): StructNode[] {
  if (depth > MAX_DEPTH) return into;
  if (node.role === 'Table') into.push(node);
  // Tables nested in a table's cells are read as their own tables too (Word uses them for layout).
  for (const child of childrenOf(node)) tablesIn(child, into, depth + 1);
  return into;
}

/**
 * The one row of a table nested alone in a cell: some autotaggers wrap a row's figures in a table of
 * their own inside one TD. Its cells stand in the outer row in place of that cell. Undefined when the
 * cell holds anything else (text of its own, or a nested table of several rows, which is a table).
 */
function nestedRow(cell: StructNode): StructNode | undefined {
  const kids = childrenOf(cell);
  const inner = kids.length === 1 ? kids[0] : undefined;
  if (inner?.role !== 'Table') return undefined;
  const found: Array<{ row: StructNode; inHead: boolean }> = [];
  rowsOf(inner, false, found);
  return found.length === 1 ? found[0]?.row : undefined;
}

/**
 * The tagged tables of a page. `itemsById` holds the page's text items by marked-content id
 * (artifacts already left out); a cell's items keep the order of the content stream. A table whose
 * tagging the drawn page contradicts is left out (see followsPage): its text is read by geometry.
 */
export function structTables(tree: unknown, itemsById: ReadonlyMap<string, TextItem[]>): StructTable[] {
  if (!tree || typeof tree !== 'object') return [];
  const tables: StructTable[] = [];
  const spliced = new Set<StructNode>();
  for (const table of tablesIn(tree as StructNode, [])) {
    if (spliced.has(table)) continue;
    const found: Array<{ row: StructNode; inHead: boolean }> = [];
    rowsOf(table, false, found);
    const rows: StructRow[] = [];
    const all: TextItem[] = [];
    for (const { row, inHead } of found) {
      const cells: StructCell[] = [];
      const addCell = (child: StructNode, header: boolean): void => {
        const items = contentIds(child, []).flatMap((id) => itemsById.get(id) ?? []);
        cells.push({ items, header });
        all.push(...items);
      };
      for (const child of childrenOf(row)) {
        if (child.role === undefined || !CELL_ROLES.has(child.role)) continue;
        const nested = nestedRow(child);
        if (nested) {
          const inner = childrenOf(child)[0];
          if (inner) spliced.add(inner);
          for (const cell of childrenOf(nested))
            if (cell.role !== undefined && CELL_ROLES.has(cell.role))
              addCell(cell, child.role === 'TH' || cell.role === 'TH');
          continue;
        }
        addCell(child, child.role === 'TH');
      }
      if (cells.length === 0) continue;
      rows.push({ cells, header: inHead || cells.every((cell) => cell.header) });
    }
    if (rows.length === 0 || all.length === 0) continue;
    const drawn = followsPage({ rows, items: all });
    if (drawn) tables.push(drawn);
  }
  return tables;
}

/**
 * The tagged table as the page draws it, or null when the drawing contradicts the tags. Tagging tools
 * get order wrong (an autotagger reading a row right to left, a script writing cells column by column,
 * one marked-content id reused for two cells), and a sighted reader sees the drawing: a row's cells
 * are taken left to right as drawn, rows top to bottom; rows whose text overlaps another row's by more
 * than half a line are no rows (columns tagged as rows, a cell holding text of two rows) and the table
 * is left to geometry. An item claimed by two cells (a reused id) also undoes the tagging.
 */
export function followsPage(table: StructTable): StructTable | null {
  const seen = new Set<TextItem>();
  for (const item of table.items) {
    if (seen.has(item)) return null;
    seen.add(item);
  }
  const bands: Array<{ row: StructRow; top: number; bottom: number }> = [];
  for (const row of table.rows) {
    const box = boxOf(row.cells.flatMap((cell) => cell.items));
    const xs = row.cells.map((cell) => boxOf(cell.items)?.x);
    const texted = xs.filter((x): x is number => x !== undefined);
    const inOrder = texted.every((x, k) => k === 0 || x >= (texted[k - 1] as number));
    // A row whose cells are tagged out of drawn order and has blank cells: where a blank cell stands
    // cannot be told (a figure would take its column), so the table is left to geometry.
    if (!inOrder && texted.length < xs.length) return null;
    const cells = inOrder
      ? row.cells
      : row.cells
          .map((cell, k) => ({ cell, k, x: xs[k] as number }))
          .sort((a, b) => a.x - b.x || a.k - b.k)
          .map((entry) => entry.cell);
    const drawnRow: StructRow = { cells, header: row.header };
    bands.push({ row: drawnRow, top: box?.y ?? Number.NaN, bottom: box ? box.y + box.height : Number.NaN });
  }
  const placed = bands.filter((band) => Number.isFinite(band.top));
  placed.sort((a, b) => a.top - b.top);
  for (let k = 1; k < placed.length; k++) {
    const above = placed[k - 1];
    const below = placed[k];
    if (!above || !below) continue;
    const overlap = Math.min(above.bottom, below.bottom) - Math.max(above.top, below.top);
    const lesser = Math.min(above.bottom - above.top, below.bottom - below.top);
    if (overlap > 0.5 * lesser) return null;
  }
  // Rows without text (blank rows) are dropped: they have no place on the page to keep.
  return { rows: placed.map((band) => band.row), items: table.items };
}

const boxOf = (items: TextItem[]): TableBox | undefined => extentOf(items);

function leadingHeaderRows(headers: boolean[]): number | undefined {
  const count = headers.findIndex((header) => !header);
  const rows = count === -1 ? headers.length : count;
  return rows > 0 ? rows : undefined;
}

/**
 * A tagged table laid out by its own cells' positions. Rows with every column present fix the
 * columns' extents; a shorter row (a blank cell is absent from the page's tree, a merged cell is
 * one cell) has each cell placed in the column under its centre and spread over the columns its
 * text reaches into. Slots no cell covers stay ''.
 */
function placeByPosition(table: StructTable): PageTable {
  const width = Math.max(...table.rows.map((row) => row.cells.length));
  const left: number[] = Array.from({ length: width }, () => Number.POSITIVE_INFINITY);
  const right: number[] = Array.from({ length: width }, () => Number.NEGATIVE_INFINITY);
  for (const row of table.rows) {
    if (row.cells.length !== width) continue;
    row.cells.forEach((cell, c) => {
      const box = boxOf(cell.items);
      if (!box) return;
      left[c] = Math.min(left[c] as number, box.x);
      right[c] = Math.max(right[c] as number, box.x + box.width);
    });
  }
  const known = left.every(Number.isFinite);
  // Column borders: halfway between one column's text and the next one's.
  const borders = left.slice(1).map((l, c) => ((right[c] as number) + l) / 2);
  const columnAt = (x: number): number => {
    const index = borders.findIndex((border) => x < border);
    return index === -1 ? width - 1 : index;
  };

  const rows: string[][] = [];
  const cells: PageTableCell[] = [];
  table.rows.forEach((row, r) => {
    const slots = Array.from({ length: width }, () => '');
    rows.push(slots);
    let next = 0;
    row.cells.forEach((cell, i) => {
      const box = boxOf(cell.items);
      const remaining = row.cells.length - i - 1;
      let first = next;
      let last = next;
      if (row.cells.length !== width && known && box) {
        first = Math.min(Math.max(next, columnAt(box.x + box.width / 2)), width - 1 - remaining);
        last = first;
        while (last + 1 < width - remaining && (left[last + 1] as number) < box.x + box.width - 1) last++;
      }
      if (first >= width) return;
      const text = cellText(cell.items);
      for (let c = first; c <= last; c++) slots[c] = text;
      const model: PageTableCell = { row: r, col: first, rowSpan: 1, colSpan: last - first + 1, text };
      if (box) model.box = box;
      // The column's right edge: where the longest text of its cells ends.
      const lead = cellLead(cell.items, known ? (right[last] as number) : undefined);
      if (lead) model.lead = lead;
      if (cell.header) model.header = true;
      cells.push(model);
      next = last + 1;
    });
  });
  const result: PageTable = { source: 'struct', rows, cells };
  const box = boxOf(table.items);
  if (box) result.box = box;
  const headerRows = leadingHeaderRows(table.rows.map((row) => row.header));
  if (headerRows !== undefined) result.headerRows = headerRows;
  return result;
}

/**
 * A tagged table laid out on the grid drawn around it: each tagged cell takes the drawn cell that
 * holds its text (with that cell's spans and box). Null when two tagged cells fall in one drawn
 * cell: then the drawing does not follow the tagging and the tagged layout is kept.
 */
function placeOnGrid(table: StructTable, grid: Grid): PageTable | null {
  const texts = new Map<GridCell, string>();
  const itemsOf = new Map<GridCell, TextItem[]>();
  const headers = new Set<GridCell>();
  for (const row of table.rows) {
    for (const cell of row.cells) {
      const first = cell.items[0];
      if (!first) continue;
      const drawn = cellAt(grid, first);
      if (!drawn) return null;
      if (texts.has(drawn)) return null;
      texts.set(drawn, cellText(cell.items, innerRight(drawn, cell.items)));
      itemsOf.set(drawn, cell.items);
      if (cell.header) headers.add(drawn);
    }
  }
  const rows = gridRows(grid, texts);
  const cells = grid.cells.map((drawn) => {
    const model = cellModel(drawn, texts.get(drawn) ?? '', itemsOf.get(drawn) ?? []);
    if (headers.has(drawn)) model.header = true;
    return model;
  });
  const result: PageTable = { source: 'struct', rows, cells, box: grid.box };
  const headerRowFlags = rows.map((_, r) => {
    const inRow = grid.cells.filter((drawn) => drawn.row === r && texts.has(drawn));
    return inRow.length > 0 && inRow.every((drawn) => headers.has(drawn));
  });
  const headerRows = leadingHeaderRows(headerRowFlags);
  if (headerRows !== undefined) result.headerRows = headerRows;
  return result;
}

function share(items: TextItem[], grid: Grid): number {
  if (items.length === 0) return 0;
  let inGrid = 0;
  for (const item of items) {
    const { x, y } = anchorOf(item);
    const { box } = grid;
    if (box.x <= x && x <= box.x + box.width && box.y <= y && y <= box.y + box.height) inGrid++;
  }
  return inGrid / items.length;
}

interface Band {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

function bandOf(items: TextItem[]): Band | undefined {
  const box = boxOf(items);
  return box ? { top: box.y, bottom: box.y + box.height, left: box.x, right: box.x + box.width } : undefined;
}

/** Page text that is no tagged table's, standing across `band` horizontally and between top and bottom. */
function foreignBetween(
  items: TextItem[],
  own: ReadonlySet<TextItem>,
  band: Band,
  top: number,
  bottom: number,
): boolean {
  return items.some((item) => {
    if (own.has(item) || !item.text.trim()) return false;
    const middle = item.y + item.height / 2;
    const centre = item.x + item.width / 2;
    return middle > top && middle < bottom && centre > band.left && centre < band.right;
  });
}

const YEAR_CELL = /^(?:19|20)\d\d$/;

/**
 * Tagged tables regrouped as the page draws them. A table split into two Table elements (a remediation
 * tool breaking it where a page once broke) is one table when the second follows the first at its own
 * row pitch with nothing between, has as many columns and starts with no header (no TH row, no row of
 * years). A tagged table with other text of the page between its rows (two drawn tables with a caption
 * between them tagged as one, a row the producer marked as artifact) contradicts the page: it is left
 * out and its text read by geometry; so is one with text given back from the artifacts (`unmarked`) in
 * it or within a row's height of it.
 */
function asDrawn(tagged: StructTable[], items: TextItem[], unmarked: ReadonlySet<TextItem>): StructTable[] {
  const owned = new Set<TextItem>();
  for (const table of tagged) for (const item of table.items) owned.add(item);
  const rowBands = (table: StructTable): Band[] =>
    table.rows.map((row) => bandOf(row.cells.flatMap((cell) => cell.items))).filter((b): b is Band => !!b);
  const width = (table: StructTable): number => Math.max(...table.rows.map((row) => row.cells.length));
  const ordered = [...tagged].sort((a, b) => (boxOf(a.items)?.y ?? 0) - (boxOf(b.items)?.y ?? 0));
  const merged: StructTable[] = [];
  for (const table of ordered) {
    const last = merged[merged.length - 1];
    if (last) {
      const above = rowBands(last);
      const below = rowBands(table);
      const first = table.rows[0];
      const end = above[above.length - 1];
      const start = below[0];
      const pitch =
        above.length > 1
          ? ((above[above.length - 1]?.top ?? 0) - (above[0]?.top ?? 0)) / (above.length - 1)
          : 0;
      const box = bandOf(last.items);
      if (
        first &&
        end &&
        start &&
        box &&
        pitch > 0 &&
        !first.header &&
        !first.cells.some((cell) => YEAR_CELL.test(cellText(cell.items).trim())) &&
        width(last) === width(table) &&
        start.top - end.top > 0 &&
        start.top - end.top <= 1.5 * pitch &&
        !foreignBetween(items, owned, box, end.bottom, start.top)
      ) {
        merged[merged.length - 1] = {
          rows: [...last.rows, ...table.rows],
          items: [...last.items, ...table.items],
        };
        continue;
      }
    }
    merged.push(table);
  }
  return merged.filter((table) => {
    const bands = rowBands(table);
    const box = bandOf(table.items);
    if (!box) return false;
    // Text the producer marked as artifact but the page shows in or at the table (a cell, the sum row,
    // the header row): the tagging does not cover the drawn table.
    const pitch = bands.length > 1 ? (box.bottom - box.top) / bands.length : box.bottom - box.top;
    for (const item of unmarked) {
      const middle = item.y + item.height / 2;
      const centre = item.x + item.width / 2;
      if (
        middle > box.top - 1.5 * pitch &&
        middle < box.bottom + 1.5 * pitch &&
        centre > box.left &&
        centre < box.right
      )
        return false;
    }
    // Only text inside the table's box can stand between its rows; usually there is none.
    const inside = items.filter(
      (item) => !owned.has(item) && item.y < box.bottom && item.y + item.height > box.top,
    );
    if (inside.length === 0) return true;
    for (let k = 1; k < bands.length; k++) {
      const above = bands[k - 1];
      const below = bands[k];
      if (above && below && foreignBetween(inside, owned, box, above.bottom, below.top)) return false;
    }
    return true;
  });
}

/**
 * The tables of a page from both sources. A drawn grid whose text is mostly a tagged table's is
 * that table (one table, not two); the tagged table is laid out on it when it is the only such
 * grid. Other grids are ruled tables; tagged tables without a grid are laid out by position.
 */
export function pageTables(
  tagged: StructTable[],
  grids: Grid[],
  items: TextItem[],
  unmarked: ReadonlySet<TextItem> = new Set(),
): PageTable[] {
  const tables: PageTable[] = [];
  const claimed = new Set<Grid>();
  for (const table of asDrawn(tagged, items, unmarked)) {
    const own = new Set(table.items);
    const mine = grids.filter((grid) => {
      const gridItems = items.filter((item) => cellAt(grid, item));
      return (
        gridItems.length > 0 && gridItems.filter((item) => own.has(item)).length >= 0.5 * gridItems.length
      );
    });
    for (const grid of mine) claimed.add(grid);
    const only = mine.length === 1 ? mine[0] : undefined;
    const onGrid = only && share(table.items, only) >= 0.9 ? placeOnGrid(table, only) : null;
    const placed = onGrid ?? placeByPosition(table);
    if (placed.rows.length * (placed.rows[0]?.length ?? 0) >= 2) tables.push(placed);
  }
  // A grid around untagged text of a tagged page (or on an untagged page) is a ruled table.
  const free = grids.filter((grid) => !claimed.has(grid));
  tables.push(...ruledTables(free, items));
  return tables.sort((a, b) => (a.box?.y ?? 0) - (b.box?.y ?? 0));
}
