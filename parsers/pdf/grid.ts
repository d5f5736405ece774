/**
 * Ruling segments → table grids → tables of cell texts. The method is pdfplumber's lattice
 * (table.py: snap and join edges, intersect them, find the smallest cell at each corner, group
 * cells that share corners into tables), which holds whatever way the producer drew the borders:
 * every edge has first been reduced to segments (rulings.ts), then pieces of one border are merged.
 */
import type { PageTable, PageTableCell, TableBox, TextItem } from '../page-model.ts';
import { joinWrapped } from '../swedish/text.ts';
import { buildLines } from './lines.ts';
import type { Ruling } from './rulings.ts';

/** Borders this close (points) are one border: double lines, cell-by-cell borders drawn twice. */
const SNAP_TOLERANCE = 3;
/** Collinear pieces with a gap this small (points) are one line (cell-by-cell borders, dashes). */
const JOIN_TOLERANCE = 3;
/** An edge reaching this close (points) to another still meets it (borders that stop short). */
const INTERSECTION_TOLERANCE = 3;
/** Joined edges shorter than this (points) are marks, not borders. */
const MIN_EDGE_LENGTH = 3;
/** Beyond this many edges per orientation the page is a drawing (a chart, a map), not tables. */
const MAX_EDGES = 1500;
/** A page of tables has hundreds of corners; a dense mesh of lines is a drawing. */
const MAX_CORNERS = 20_000;

interface Edge {
  id: number;
  at: number;
  from: number;
  to: number;
}

/** Positions within `tolerance` of their neighbour form one cluster, moved to its mean. */
function snap(rulings: Ruling[]): Ruling[] {
  const sorted = [...rulings].sort((a, b) => a.at - b.at);
  const snapped: Ruling[] = [];
  let cluster: Ruling[] = [];
  const flush = (): void => {
    const mean = cluster.reduce((sum, r) => sum + r.at, 0) / cluster.length;
    for (const ruling of cluster) snapped.push({ ...ruling, at: mean });
    cluster = [];
  };
  for (const ruling of sorted) {
    const last = cluster.at(-1);
    if (last && ruling.at - last.at > SNAP_TOLERANCE) flush();
    cluster.push(ruling);
  }
  if (cluster.length > 0) flush();
  return snapped;
}

/** Collinear rulings that overlap or nearly touch become one edge. */
function join(rulings: Ruling[], firstId: number): Edge[] {
  const byLine = new Map<number, Ruling[]>();
  for (const ruling of rulings) {
    const line = byLine.get(ruling.at);
    if (line) line.push(ruling);
    else byLine.set(ruling.at, [ruling]);
  }
  const edges: Edge[] = [];
  let id = firstId;
  for (const [at, line] of byLine) {
    line.sort((a, b) => a.from - b.from);
    let current: Edge | undefined;
    for (const ruling of line) {
      if (current && ruling.from <= current.to + JOIN_TOLERANCE) {
        current.to = Math.max(current.to, ruling.to);
      } else {
        if (current) edges.push(current);
        current = { id: id++, at, from: ruling.from, to: ruling.to };
      }
    }
    if (current) edges.push(current);
  }
  return edges.filter((edge) => edge.to - edge.from >= MIN_EDGE_LENGTH);
}

interface Corner {
  x: number;
  y: number;
  /** Ids of the horizontal and vertical edges passing through this corner. */
  h: Set<number>;
  v: Set<number>;
}

function shares(a: Set<number>, b: Set<number>): boolean {
  for (const id of a) if (b.has(id)) return true;
  return false;
}

function crosses(v: Edge, top: number, bottom: number): boolean {
  return v.from <= top + INTERSECTION_TOLERANCE && v.to >= bottom - INTERSECTION_TOLERANCE;
}

/**
 * Tables ruled inside but open at the sides (rules across the full width, column borders only
 * between columns) would lose their outer columns: no drawn border closes those cells. Where two
 * consecutive rules end at the same x and a drawn column border crosses the band between them,
 * the side is closed there by a border of that band only, so a stack of plain rules (no column
 * border) stays no table and two tables one above the other stay apart.
 */
function closedSides(horizontal: Edge[], vertical: Edge[], firstId: number): Edge[] {
  const added: Edge[] = [];
  let id = firstId;
  for (const side of ['from', 'to'] as const) {
    const sorted = [...horizontal].sort((a, b) => a[side] - b[side]);
    const clusters: Edge[][] = [];
    for (const edge of sorted) {
      const cluster = clusters.at(-1);
      const last = cluster?.at(-1);
      if (cluster && last && edge[side] - last[side] <= SNAP_TOLERANCE) cluster.push(edge);
      else clusters.push([edge]);
    }
    for (const cluster of clusters) {
      if (cluster.length < 2) continue;
      const x = cluster.reduce((sum, edge) => sum + edge[side], 0) / cluster.length;
      const rules = [...cluster].sort((a, b) => a.at - b.at);
      for (let i = 0; i + 1 < rules.length; i++) {
        const top = rules[i] as Edge;
        const bottom = rules[i + 1] as Edge;
        const left = Math.max(top.from, bottom.from) + SNAP_TOLERANCE;
        const right = Math.min(top.to, bottom.to) - SNAP_TOLERANCE;
        const closed = vertical.some(
          (v) => Math.abs(v.at - x) <= SNAP_TOLERANCE && crosses(v, top.at, bottom.at),
        );
        const inner = vertical.some((v) => v.at > left && v.at < right && crosses(v, top.at, bottom.at));
        if (!closed && inner) added.push({ id: id++, at: x, from: top.at, to: bottom.at });
      }
    }
  }
  return added;
}

/** A cell of a grid: its corners, and its place (first row/column, spans) among the grid's lines. */
export interface GridCell {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  /** A row left open at the foot of the page (openBottom): its band may hold a running footer too. */
  open?: boolean;
}

/** A ruled table's geometry: the x of its column borders, the y of its row borders, its cells. */
export interface Grid {
  xs: number[];
  ys: number[];
  cells: GridCell[];
  box: TableBox;
}

/**
 * The smallest rectangle with its top-left at `corner` whose four sides are drawn (pdfplumber's
 * find_smallest_cell). Corners lists are sorted, and edges are continuous after joining: once a
 * corner below (or to the right) is not on this corner's edge, none further is, so the scan stops.
 */
function smallestCell(
  corner: Corner,
  column: Corner[],
  row: Corner[],
  at: Map<string, Corner>,
): [number, number, number, number] | null {
  for (let i = column.indexOf(corner) + 1; i < column.length; i++) {
    const down = column[i] as Corner;
    if (!shares(corner.v, down.v)) break;
    for (let j = row.indexOf(corner) + 1; j < row.length; j++) {
      const across = row[j] as Corner;
      if (!shares(corner.h, across.h)) break;
      const opposite = at.get(`${across.x},${down.y}`);
      if (opposite && shares(opposite.v, across.v) && shares(opposite.h, down.h)) {
        return [corner.x, corner.y, across.x, down.y];
      }
    }
  }
  return null;
}

/** Least height (points) of a row left open at the page foot: less is a border's overhang. */
const MIN_OPEN_ROW = 8;

/**
 * Where a table runs over a page break, the row split by it has its column borders drawn down to the
 * foot of the page's content but no rule under it (the rest of the row goes on the next page): every
 * column border of the grid goes on below its last rule, all ending at one y. That band is a row of
 * the table, closed there (its y returned); without it the split row is lost. A rule across the band's
 * foot would have closed it already, so one there means the band is something else.
 */
function openBottom(xs: number[], ys: number[], vertical: Edge[], horizontal: Edge[]): number | undefined {
  const bottom = ys.at(-1) as number;
  let end: number | undefined;
  for (const x of xs) {
    const border = vertical.find(
      (v) =>
        Math.abs(v.at - x) <= SNAP_TOLERANCE &&
        v.from <= bottom + INTERSECTION_TOLERANCE &&
        v.to >= bottom + MIN_OPEN_ROW,
    );
    if (!border) return undefined;
    if (end === undefined) end = border.to;
    else if (Math.abs(border.to - end) > SNAP_TOLERANCE) return undefined;
  }
  if (end === undefined) return undefined;
  const foot = end;
  const left = xs[0] as number;
  const right = xs.at(-1) as number;
  const closed = horizontal.some(
    (h) =>
      h.at > bottom + SNAP_TOLERANCE &&
      h.at <= foot + INTERSECTION_TOLERANCE &&
      h.from < right - SNAP_TOLERANCE &&
      h.to > left + SNAP_TOLERANCE,
  );
  return closed ? undefined : foot;
}

/** Table grids from a page's ruling segments; a grid has at least two cells. */
export function gridsOf(rulings: Ruling[]): Grid[] {
  const horizontal = join(snap(rulings.filter((r) => r.orientation === 'h')), 0);
  const drawn = join(snap(rulings.filter((r) => r.orientation === 'v')), horizontal.length);
  if (horizontal.length < 2 || drawn.length < 1) return [];
  if (horizontal.length > MAX_EDGES || drawn.length > MAX_EDGES) return [];
  const vertical = [...drawn, ...closedSides(horizontal, drawn, horizontal.length + drawn.length)];
  if (vertical.length < 2) return [];

  const at = new Map<string, Corner>();
  for (const h of horizontal) {
    for (const v of vertical) {
      if (
        v.from - INTERSECTION_TOLERANCE <= h.at &&
        h.at <= v.to + INTERSECTION_TOLERANCE &&
        h.from - INTERSECTION_TOLERANCE <= v.at &&
        v.at <= h.to + INTERSECTION_TOLERANCE
      ) {
        const key = `${v.at},${h.at}`;
        let corner = at.get(key);
        if (!corner) {
          corner = { x: v.at, y: h.at, h: new Set(), v: new Set() };
          at.set(key, corner);
          if (at.size > MAX_CORNERS) return [];
        }
        corner.h.add(h.id);
        corner.v.add(v.id);
      }
    }
  }
  const corners = [...at.values()].sort((a, b) => a.x - b.x || a.y - b.y);
  const byX = new Map<number, Corner[]>();
  const byY = new Map<number, Corner[]>();
  for (const corner of corners) {
    const column = byX.get(corner.x);
    if (column) column.push(corner);
    else byX.set(corner.x, [corner]);
    const row = byY.get(corner.y);
    if (row) row.push(corner);
    else byY.set(corner.y, [corner]);
  }
  const boxes: Array<[number, number, number, number]> = [];
  for (const corner of corners) {
    const cell = smallestCell(corner, byX.get(corner.x) ?? [], byY.get(corner.y) ?? [], at);
    if (cell) boxes.push(cell);
  }

  // Cells sharing a corner belong to one table (union-find over corner keys).
  const parent = boxes.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] as number;
    parent[i] = root;
    return root;
  };
  const owner = new Map<string, number>();
  boxes.forEach(([x0, y0, x1, y1], i) => {
    for (const key of [`${x0},${y0}`, `${x1},${y0}`, `${x0},${y1}`, `${x1},${y1}`]) {
      const other = owner.get(key);
      if (other === undefined) owner.set(key, i);
      else parent[find(i)] = find(other);
    }
  });
  const groups = new Map<number, Array<[number, number, number, number]>>();
  boxes.forEach((box, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(box);
    else groups.set(root, [box]);
  });

  const grids: Grid[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const xs = [...new Set(group.flatMap(([x0, , x1]) => [x0, x1]))].sort((a, b) => a - b);
    const ys = [...new Set(group.flatMap(([, y0, , y1]) => [y0, y1]))].sort((a, b) => a - b);
    const cells = group.map(([x0, y0, x1, y1]): GridCell => {
      const col = xs.indexOf(x0);
      const row = ys.indexOf(y0);
      return { x0, y0, x1, y1, row, col, rowSpan: ys.indexOf(y1) - row, colSpan: xs.indexOf(x1) - col };
    });
    const foot = openBottom(xs, ys, vertical, horizontal);
    if (foot !== undefined) {
      const row = ys.length - 1;
      const y0 = ys.at(-1) as number;
      for (let col = 0; col + 1 < xs.length; col++) {
        const [x0, x1] = [xs[col] as number, xs[col + 1] as number];
        cells.push({ x0, y0, x1, y1: foot, row, col, rowSpan: 1, colSpan: 1, open: true });
      }
      ys.push(foot);
    }
    const left = xs[0] as number;
    const top = ys[0] as number;
    grids.push({
      xs,
      ys,
      cells,
      box: { x: left, y: top, width: (xs.at(-1) as number) - left, height: (ys.at(-1) as number) - top },
    });
  }
  return grids.sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x);
}

/** The point of an item that decides its cell: just inside the start of its baseline. */
export function anchorOf(item: TextItem): { x: number; y: number } {
  return { x: item.x + Math.min(1, item.width / 2), y: item.y + item.height * 0.7 };
}

function inside(cell: GridCell, point: { x: number; y: number }): boolean {
  return cell.x0 <= point.x && point.x <= cell.x1 && cell.y0 <= point.y && point.y <= cell.y1;
}

/** The grid cell holding an item, if any. */
export function cellAt(grid: Grid, item: TextItem): GridCell | undefined {
  const point = anchorOf(item);
  return grid.cells.find((cell) => inside(cell, point));
}

/**
 * A cell's text: its items read as lines (in reading order), the lines joined by spaces, a word
 * hyphenated at a line's end joined again ("förbruknings-" / "material"). With the cell's inner right
 * edge (`right`), a word broken without a hyphen is joined too: a line that is one word filling the cell
 * to within a letter of its edge, followed by a line going on in lower case ("Nettoeffek" / "t 2027") —
 * a producer breaks a word only when it is wider than the cell, and a whole word moved to the next line
 * would have left the line short.
 */
export function cellText(items: TextItem[], right?: number): string {
  if (items.length === 0) return '';
  const lines = buildLines(items, { detectColumns: false, segmentGapEm: Number.POSITIVE_INFINITY });
  const texts = lines.map((line) => line.text.replace(/[\s\u00a0]+/g, ' ').trim());
  let out = '';
  texts.forEach((text, i) => {
    const before = lines[i - 1];
    out =
      (before && right !== undefined && brokenWord(before, texts[i - 1] ?? '', text, right, lines[i])) ||
      (i > 0 && brokenDigitGroup(texts[i - 1] ?? '', text))
        ? out + text
        : joinWrapped(out, text);
  });
  return out.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Swedish prepositions, conjunctions and articles as a whole first word of a line. */
const FUNCTION_WORD_RE =
  /^(?:och|eller|samt|för|från|till|med|mot|mellan|inom|utan|under|över|efter|genom|hos|vid|på|som|att|per|via)(?=[\s,.;:)]|$)/u;

/**
 * A figure broken inside its digit groups ("16 72" / "7", a narrow cell): a grouped number whose last
 * group after a space has fewer than three digits is no number, and the next line's leading digits
 * complete that group to three ("16 727") and end there (a decimal comma or the end may follow).
 */
const OPEN_GROUP_RE = /(?:^|[\s(−–-])\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})*[ \u00a0\u2009\u202f](\d{1,2})$/u;
function brokenDigitGroup(text: string, next: string): boolean {
  const open = OPEN_GROUP_RE.exec(text);
  const rest = /^(\d{1,2})(?=$|[,)\s])/u.exec(next);
  return open?.[1] !== undefined && rest?.[1] !== undefined && open[1].length + rest[1].length === 3;
}

/** Whether a line (`line`, reading `text`) ends a word broken without a hyphen that `next` goes on with. */
function brokenWord(
  line: { x: number; width: number },
  text: string,
  next: string,
  right: number,
  nextLine?: { x: number; width: number },
): boolean {
  if (!/^[A-Za-zªµºÀ-ÖØ-öø-ɏ]+$/u.test(text) || !/^\p{Ll}/u.test(next)) return false;
  // A long whole word can fill its line as closely as a broken one; a next line that starts with a
  // whole function word ("för", "mellan", "och") starts a new word, never the rest of a broken one.
  if (FUNCTION_WORD_RE.test(next)) return false;
  const perChar = line.width / text.length;
  // A next line running out of the cell: this producer lets a word too wide for its cell overflow
  // rather than break it, so the line before ended with a whole word ("Gemensam" / "nattbemanning …").
  if (nextLine && nextLine.x + nextLine.width > right + perChar) return false;
  return line.x + line.width >= right - perChar * 1.2;
}

/** A drawn cell's right edge less its padding (about the gap its text keeps from the left edge). */
export function innerRight(cell: GridCell, items: TextItem[]): number {
  const left = Math.min(...items.map((item) => item.x));
  const padding = Number.isFinite(left) ? Math.max(0, left - cell.x0) : 0;
  return cell.x1 - padding;
}

const LINE_START_RE = /^[A-ZÅÄÖÉ0-9•▪●◦○■►➢✓–—\-*·]/;

/**
 * A cell's leading phrase as its layout sets it apart (see PageTableCell.lead): the bold run it
 * starts with when plain text follows, else its first line when that line ends well before `right`
 * (the cell's right edge) although the next line's first word would have fitted: a hard break.
 */
export function cellLead(items: TextItem[], right?: number): string | undefined {
  if (items.length < 2) return undefined;
  const lines = buildLines(items, { detectColumns: false, segmentGapEm: Number.POSITIVE_INFINITY });
  const flat = lines.flatMap((line) => line.items.filter((item) => item.text.trim()));
  const firstPlain = flat.findIndex((item) => !item.bold);
  if (firstPlain > 0) {
    const lead = normalizeSpaces(
      flat
        .slice(0, firstPlain)
        .map((item) => item.text)
        .join(' '),
    );
    return lead.length >= 3 ? lead : undefined;
  }
  if (firstPlain < 0 || right === undefined || lines.length < 2) return undefined;
  const [first, second] = lines as [(typeof lines)[0], (typeof lines)[0]];
  const nextItem = second.items.find((item) => item.text.trim());
  const nextWord = nextItem?.text.trim().split(/\s+/)[0] ?? '';
  if (!nextItem || !LINE_START_RE.test(nextWord)) return undefined;
  const em = first.fontSize || 10;
  const perChar = nextItem.text.length > 0 ? nextItem.width / nextItem.text.length : em * 0.5;
  const end = first.x + first.width;
  if (end + em * 0.5 + nextWord.length * perChar < right - em * 0.5) {
    const lead = normalizeSpaces(first.text);
    return lead.length >= 3 ? lead : undefined;
  }
  return undefined;
}

function normalizeSpaces(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Rows of texts for a grid whose cells carry the given texts; merged cells repeat their text. */
export function gridRows(grid: Grid, texts: ReadonlyMap<GridCell, string>): string[][] {
  const rows = Array.from({ length: grid.ys.length - 1 }, () =>
    Array.from({ length: grid.xs.length - 1 }, () => ''),
  );
  for (const cell of grid.cells) {
    const text = texts.get(cell) ?? '';
    for (let r = cell.row; r < cell.row + cell.rowSpan; r++) {
      const row = rows[r];
      if (!row) continue;
      for (let c = cell.col; c < cell.col + cell.colSpan; c++) if (c < row.length) row[c] = text;
    }
  }
  return rows;
}

export function cellModel(cell: GridCell, text: string, items: TextItem[] = []): PageTableCell {
  const model: PageTableCell = {
    row: cell.row,
    col: cell.col,
    rowSpan: cell.rowSpan,
    colSpan: cell.colSpan,
    text,
    box: { x: cell.x0, y: cell.y0, width: cell.x1 - cell.x0, height: cell.y1 - cell.y0 },
  };
  const lead = cellLead(items, innerRight(cell, items));
  if (lead) model.lead = lead;
  return model;
}

/**
 * A row left open at the page foot shares its band with whatever the page prints there: a running
 * footer placed over the content (Chromium's fixed footers) runs across the column borders, which no
 * cell's text does. The lines of such items (by baseline) are taken out of the open row's cells.
 */
function dropCrossingLines(grid: Grid, byCell: Map<GridCell, TextItem[]>): void {
  const open = grid.cells.filter((cell) => cell.open && byCell.has(cell));
  if (open.length === 0) return;
  const left = grid.xs[0] as number;
  const right = grid.xs.at(-1) as number;
  const crossing = (item: TextItem): boolean =>
    item.x < left - 1 ||
    item.x + item.width > right + 1 ||
    grid.xs.some((x) => item.x < x - 1 && item.x + item.width > x + 1);
  const baselines = open.flatMap((cell) =>
    (byCell.get(cell) ?? []).filter(crossing).map((item) => item.y + item.height),
  );
  if (baselines.length === 0) return;
  for (const cell of open) {
    const kept = (byCell.get(cell) ?? []).filter(
      (item) => !baselines.some((baseline) => Math.abs(item.y + item.height - baseline) <= 1),
    );
    if (kept.length > 0) byCell.set(cell, kept);
    else byCell.delete(cell);
  }
}

/**
 * An item that runs from its cell over drawn column borders into the next cells of its row, with word
 * spaces where the borders are ("2026 2027 2028" over three year cells): a producer that sets a line's
 * runs as one string (a Ghostscript or cairo rewrite of the PDF) joins the cells' texts into one. Split at
 * the spaces, each word placed by its share of the item's width (characters counted alike: digits are of
 * one width in text faces), each run of words given to the cell its words stand in. An item within its
 * cell or a merged cell, one in an open row (prose under the table: dropCrossingLines), and one with a
 * word that itself crosses a border are kept whole. Null when nothing was split.
 */
function acrossBorders(grid: Grid, item: TextItem): TextItem[] | null {
  if (!/\S\s+\S/.test(item.text)) return null;
  const cell = cellAt(grid, item);
  const unit = item.width / Math.max(1, item.text.length);
  if (!cell || cell.open || item.x + item.width <= cell.x1 + unit) return null;
  const y = anchorOf(item).y;
  const groups: { cell: GridCell; from: number; to: number }[] = [];
  for (const word of item.text.matchAll(/\S+/g)) {
    const x0 = item.x + word.index * unit;
    const x1 = x0 + word[0].length * unit;
    const own = grid.cells.find((c) => inside(c, { x: (x0 + x1) / 2, y }));
    if (!own || own.open || x0 < own.x0 - unit / 2 || x1 > own.x1 + unit / 2) return null;
    const last = groups.at(-1);
    if (last && last.cell === own) last.to = word.index + word[0].length;
    else groups.push({ cell: own, from: word.index, to: word.index + word[0].length });
  }
  if (groups.length < 2) return null;
  const { spaceAfter, ...plain } = item;
  return groups.map((group, k) => ({
    ...plain,
    text: item.text.slice(group.from, group.to),
    x: item.x + group.from * unit,
    width: (group.to - group.from) * unit,
    ...(spaceAfter && k === groups.length - 1 ? { spaceAfter } : {}),
  }));
}

/**
 * Ruled tables: each grid filled with the page's items (an item goes to the cell holding its
 * anchor; one joined over several cells of its row is split first, acrossBorders). A grid with no text
 * at all (a chart's gridlines, a drawn frame) is no table.
 */
export function ruledTables(grids: Grid[], items: TextItem[]): PageTable[] {
  const tables: PageTable[] = [];
  for (const grid of grids) {
    const byCell = new Map<GridCell, TextItem[]>();
    for (const item of items.flatMap((one) => acrossBorders(grid, one) ?? [one])) {
      const cell = cellAt(grid, item);
      if (!cell) continue;
      const list = byCell.get(cell);
      if (list) list.push(item);
      else byCell.set(cell, [item]);
    }
    if (byCell.size === 0) continue;
    dropCrossingLines(grid, byCell);
    const texts = new Map<GridCell, string>();
    for (const cell of grid.cells) {
      const own = byCell.get(cell) ?? [];
      texts.set(cell, cellText(own, innerRight(cell, own)));
    }
    tables.push({
      source: 'ruled',
      rows: gridRows(grid, texts),
      box: grid.box,
      cells: grid.cells.map((cell) => cellModel(cell, texts.get(cell) ?? '', byCell.get(cell) ?? [])),
    });
  }
  return tables;
}
