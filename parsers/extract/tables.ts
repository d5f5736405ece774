/**
 * Tables of measures × year columns ("Insatser | 2023 | 2024 | 2025", unit in a header such as
 * "Mål, ekonomisk effekt Mnkr"). Two sources give the same logical rows:
 *  - tables with ruling lines, whose cells the PDF layer recovered (pdf-parse getTable, Textract);
 *  - borderless tables, rebuilt from the x positions of line segments under a header of years.
 * A table may continue over several pages; its header is then usually repeated.
 */
import type { Page, PageTable } from '../page-model.ts';
import { type MoneyUnit, parseAmount, unitFromHeader } from '../swedish/amounts.ts';
import type { DocLine, Layout } from './layout.ts';
import { joinLines, normalizeText } from './layout.ts';

export interface TableValue {
  year: number;
  amountMsek: number;
  raw: string;
}

export interface TableRow {
  page: number;
  /** The document's own numbering of the row, from a narrow first column ("1", "2a"). */
  label: string | null;
  /** The row's label cell: title, description and sub-measures as one text. */
  text: string;
  /** The text lines of the row's label cell, in order (for evidence). */
  labelLines: string[];
  values: TableValue[];
}

export interface YearTable {
  source: 'ruled' | 'textract' | 'layout' | 'struct';
  /** The header of the label column ("Insatser", "Kategori", "Åtgärd"). */
  labelHeader: string;
  unit: MoneyUnit;
  years: number[];
  rows: TableRow[];
  pages: number[];
  /** Doc line indexes the table consumed (layout tables), so prose passes can skip them. */
  lineIndexes: Set<number>;
  /** The caption and nearest heading above the table: tells a table of measures from a budget table. */
  context: string;
}

const TOTAL_ROW_RE = /^(?:totalt?|summa|sammanlagt|totalsumma|förvaltningstotal)\b/i;
const NUMBERING_CELL_RE = /^(\d{1,2}[a-z]?|[a-zåäö])[.)]?$/i;

/** Split off a narrow numbering cell: ["1", "Minskad hyrbemanning …"] → label "1". */
function numbering(cells: string[]): { label: string | null; rest: string[] } {
  const first = normalizeText(cells[0] ?? '');
  if (cells.length >= 2 && NUMBERING_CELL_RE.test(first)) {
    return { label: first.replace(/[.)]$/, ''), rest: cells.slice(1) };
  }
  return { label: null, rest: cells };
}

const YEAR_CELL_RE =
  /^(?<word>(?:helårs)?effekt|besparing|kostnadsminskning|mål|ekonomisk effekt)?\s*(?:år\s*)?(?<year>(?:19|20)\d{2})(?:\s*\(?\s*(?<unit>[a-zA-Z]+)\s*\)?)?$/i;

/**
 * OCR garbles header years now and then ("032024", "|2024", "2024."): on OCR'd pages a short token of
 * mostly digits that ends (or starts) with a plausible year is read as that year.
 */
function noisyYear(text: string): number | null {
  const token = normalizeText(text);
  if (token.length > 8 || /\s/.test(token)) return null;
  const digits = token.replace(/\D/g, '');
  if (digits.length < 4 || digits.length < token.length - 2) return null;
  const m = /((?:19|20)\d{2})$/.exec(digits) ?? /^((?:19|20)\d{2})/.exec(digits);
  return m?.[1] ? Number(m[1]) : null;
}

function yearOfCell(
  text: string,
  noisy = false,
): { year: number; unit: MoneyUnit | null; effectWord: boolean } | null {
  if (noisy) {
    const exact = yearOfCell(text);
    if (exact) return exact;
    const year = noisyYear(text);
    return year === null ? null : { year, unit: null, effectWord: false };
  }
  const m = YEAR_CELL_RE.exec(normalizeText(text).replace(/[:*]/g, ''));
  const groups = m?.groups;
  if (!groups?.['year']) return null;
  const year = Number(groups['year']);
  const unit = groups['unit'] ? unitFromHeader(groups['unit']) : null;
  if (groups['unit'] && !unit) return null;
  return { year, unit, effectWord: groups['word'] !== undefined };
}

function isYearSequence(years: number[]): boolean {
  if (years.length < 1) return false;
  for (let i = 1; i < years.length; i++) {
    const prev = years[i - 1] ?? 0;
    const cur = years[i] ?? 0;
    if (cur <= prev || cur - prev > 5) return false;
  }
  return true;
}

function parseValue(cell: string, unit: MoneyUnit): { amountMsek: number; raw: string } | null {
  const text = normalizeText(cell);
  if (!text || /^[-–—]$/.test(text)) return null;
  const match = parseAmount(text, { defaultUnit: unit });
  if (!match) return null;
  return { amountMsek: match.amountMsek, raw: text };
}

/* ---------------------------------------------------------------- ruled tables */

interface RuledHeader {
  headerRows: number;
  columns: Map<number, number>;
  unit: MoneyUnit | null;
  labelHeader: string;
}

function ruledHeader(table: PageTable): RuledHeader | null {
  const maxHeaderRows = Math.min(3, table.rows.length);
  for (let r = 0; r < maxHeaderRows; r++) {
    const row = table.rows[r] ?? [];
    const columns = new Map<number, number>();
    let unit: MoneyUnit | null = null;
    row.forEach((cell, c) => {
      const y = yearOfCell(cell);
      if (y && c > 0) {
        columns.set(c, y.year);
        unit = unit ?? y.unit;
      }
    });
    const years = [...columns.values()];
    if (columns.size >= 1 && isYearSequence(years) && new Set(years).size === years.length) {
      const headerTexts = table.rows.slice(0, r + 1).flat();
      for (const text of headerTexts) unit = unit ?? unitFromHeader(text);
      const labelHeader = normalizeText(
        table.rows
          .slice(0, r + 1)
          .map((cells) => cells[0] ?? '')
          .join(' '),
      );
      return { headerRows: r + 1, columns, unit, labelHeader };
    }
  }
  return null;
}

function ruledTables(
  pages: Page[],
  captionUnit: (page: Page) => MoneyUnit | null,
  captionText: (page: Page, table: PageTable) => string,
): YearTable[] {
  const tables: YearTable[] = [];
  let previous: YearTable | null = null;
  for (const page of pages) {
    for (const table of page.tables) {
      const header = ruledHeader(table);
      let columns: Map<number, number>;
      let bodyStart: number;
      let target: YearTable;
      if (header) {
        const years = [...header.columns.values()];
        const continues: boolean =
          previous !== null &&
          previous.years.join() === years.join() &&
          previous.pages.at(-1) === page.number - 1 &&
          (header.labelHeader === '' || header.labelHeader === previous.labelHeader || header.unit === null);
        const unit = header.unit ?? (continues ? previous?.unit : null) ?? captionUnit(page);
        if (!unit) continue;
        columns = header.columns;
        bodyStart = header.headerRows;
        if (continues && previous) {
          target = previous;
          target.pages.push(page.number);
        } else {
          target = {
            source: table.source,
            labelHeader: header.labelHeader,
            unit,
            years,
            rows: [],
            pages: [page.number],
            lineIndexes: new Set(),
            context: captionText(page, table),
          };
          tables.push(target);
        }
      } else if (
        previous &&
        previous.pages.at(-1) === page.number - 1 &&
        (table.rows[0]?.length ?? 0) === previous.years.length + 1
      ) {
        // A continuation without a repeated header: same column count as the table it follows.
        columns = new Map(previous.years.map((year, i) => [i + 1, year]));
        bodyStart = 0;
        target = previous;
        target.pages.push(page.number);
      } else {
        continue;
      }
      for (const cells of table.rows.slice(bodyStart)) {
        const numbered = numbering(cells.filter((_, c) => !columns.has(c)));
        const label = numbered.rest.join('\n');
        const values: TableValue[] = [];
        for (const [c, year] of columns) {
          const value = parseValue(cells[c] ?? '', target.unit);
          if (value) values.push({ year, ...value });
        }
        const text = normalizeText(label);
        if (!text && values.length === 0) continue;
        target.rows.push({
          page: page.number,
          label: numbered.label,
          text: joinLines(label.split('\n')),
          labelLines: label.split('\n').map(normalizeText).filter(Boolean),
          values,
        });
      }
      previous = target;
    }
  }
  return tables;
}

/* ------------------------------------------------------------ borderless tables */

interface LayoutHeader {
  /** Right edge and center of each year column. */
  columns: { year: number; left: number; right: number; center: number }[];
  unit: MoneyUnit | null;
  labelHeader: string;
}

function layoutHeader(line: DocLine, before: DocLine[], noisy: boolean): LayoutHeader | null {
  const segments = line.line.segments;
  const columns: LayoutHeader['columns'] = [];
  let unit: MoneyUnit | null = null;
  let effectWord = false;
  const labelParts: string[] = [];
  for (const segment of segments) {
    // A segment may hold several years separated by single spaces ("2023 2024 2025").
    const tokens = normalizeText(segment.text).split(' ');
    const asYears = tokens.map((t) => yearOfCell(t, noisy));
    if (asYears.every((y) => y !== null) && tokens.length > 1) {
      const width = segment.width / tokens.length;
      asYears.forEach((y, i) => {
        if (!y) return;
        const left = segment.x + i * width;
        columns.push({ year: y.year, left, right: left + width, center: left + width / 2 });
      });
      continue;
    }
    const y = yearOfCell(segment.text, noisy);
    if (y) {
      effectWord = effectWord || y.effectWord;
      columns.push({
        year: y.year,
        left: segment.x,
        right: segment.x + segment.width,
        center: segment.x + segment.width / 2,
      });
      unit = unit ?? y.unit;
    } else if (columns.length === 0) {
      labelParts.push(segment.text);
    } else {
      return null; // text after the year columns: not a table header
    }
  }
  // One column is enough when its header says it is an effect ("Effekt 2025 (mkr)").
  const minColumns = effectWord ? 1 : 2;
  if (columns.length < minColumns || !isYearSequence(columns.map((c) => c.year))) return null;
  // A header's years sit to the right of the label column.
  if ((columns[0]?.left ?? 0) < line.pageWidth * 0.3) return null;
  unit = unit ?? unitFromHeader(line.text);
  for (const previous of before) unit = unit ?? unitFromHeader(previous.text);
  const labelHeader = normalizeText(
    [...before.map((b) => b.line.segments[0]?.text ?? ''), ...labelParts].join(' '),
  );
  return { columns, unit, labelHeader };
}

function numericSegments(
  line: DocLine,
  header: LayoutHeader,
  unit: MoneyUnit,
): { year: number; value: { amountMsek: number; raw: string } }[] | null {
  const values: { year: number; value: { amountMsek: number; raw: string } }[] = [];
  const firstLeft = Math.min(...header.columns.map((c) => c.left));
  for (const segment of line.line.segments) {
    const right = segment.x + segment.width;
    if (right < firstLeft - 4) continue; // the label column
    const tokens = normalizeText(segment.text).split(' ');
    // Several values in one segment when columns are close ("3,5 8,9 8,9"); but "4 500" under one
    // column is one number with a thousands space. The columns the segment spans decide.
    const spanned = header.columns.filter((c) => c.center >= segment.x - 4 && c.center <= right + 4).length;
    const pieces =
      spanned >= 2 && tokens.length > 1 && tokens.every((t) => /^[-−–+]?\d+(?:,\d+)?$/.test(t))
        ? tokens.map((t, i) => ({
            text: t,
            right: segment.x + ((i + 1) * segment.width) / tokens.length,
            center: segment.x + ((i + 0.5) * segment.width) / tokens.length,
          }))
        : [{ text: segment.text, right, center: segment.x + segment.width / 2 }];
    for (const piece of pieces) {
      const value = parseValue(piece.text, unit);
      if (!value) return null; // prose reaching into the value columns: not a table row
      const column = nearestColumn(header, piece.right, piece.center);
      if (!column) return null;
      values.push({ year: column.year, value });
    }
  }
  return values;
}

function nearestColumn(
  header: LayoutHeader,
  right: number,
  center: number,
): LayoutHeader['columns'][number] | null {
  let best: LayoutHeader['columns'][number] | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const column of header.columns) {
    const width = Math.max(column.right - column.left, 24);
    const distance = Math.min(Math.abs(column.right - right), Math.abs(column.center - center));
    if (distance < width && distance < bestDistance) {
      best = column;
      bestDistance = distance;
    }
  }
  return best;
}

function labelText(line: DocLine, header: LayoutHeader): string[] {
  const firstLeft = Math.min(...header.columns.map((c) => c.left));
  return line.line.segments.filter((s) => s.x + s.width < firstLeft - 4).map((s) => normalizeText(s.text));
}

/** The three lines before a table and the nearest heading above it. */
export function contextBefore(layout: Layout, lineIndex: number): string {
  const parts: string[] = [];
  for (let i = lineIndex - 1; i >= 0 && i >= lineIndex - 3; i--) parts.push(layout.lines[i]?.text ?? '');
  const heading = [...layout.blocks]
    .reverse()
    .find((b) => b.kind === 'heading' && (b.lines[0]?.index ?? Number.POSITIVE_INFINITY) < lineIndex);
  if (heading) parts.push(heading.text);
  return normalizeText(parts.join(' '));
}

function layoutTables(layout: Layout): YearTable[] {
  const ocrPages = new Set(layout.pages.filter((p) => p.source !== 'text').map((p) => p.number));
  const tables: YearTable[] = [];
  const lines = layout.lines;
  let active: { table: YearTable; header: LayoutHeader; fontSize: number } | null = null;
  let row: TableRow | null = null;

  const endRow = (): void => {
    if (row && active) active.table.rows.push(row);
    row = null;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const before = lines.slice(Math.max(0, i - 2), i).filter((l) => l.page === line.page);
    const header = layoutHeader(line, before, ocrPages.has(line.page));
    if (header) {
      endRow();
      const years = header.columns.map((c) => c.year);
      const open = active as { table: YearTable; header: LayoutHeader; fontSize: number } | null;
      const continues: boolean =
        open !== null &&
        open.table.years.join() === years.join() &&
        (open.table.pages.at(-1) ?? 0) >= line.page - 1;
      const unit: MoneyUnit | null = header.unit ?? (continues ? (open?.table.unit ?? null) : null);
      if (!unit) {
        active = null;
        continue;
      }
      if (continues && active) {
        active.header = header;
        active.fontSize = line.line.fontSize;
        if (!active.table.pages.includes(line.page)) active.table.pages.push(line.page);
      } else {
        active = {
          header,
          fontSize: line.line.fontSize,
          table: {
            source: 'layout',
            labelHeader: header.labelHeader,
            unit,
            years,
            rows: [],
            pages: [line.page],
            lineIndexes: new Set(),
            context: contextBefore(layout, line.index),
          },
        };
        tables.push(active.table);
      }
      active.table.lineIndexes.add(line.index);
      for (const b of before) {
        if (b.line.segments.length > 1 || b.line.x + b.line.width > (header.columns[0]?.left ?? 0)) {
          active.table.lineIndexes.add(b.index);
        }
      }
      continue;
    }
    if (!active) continue;
    const values = numericSegments(line, active.header, active.table.unit);
    const previousRow: TableRow | null = row;
    const afterTotal = previousRow !== null && TOTAL_ROW_RE.test(previousRow.text);
    const samePage = lines[i - 1]?.page === line.page;
    const endsTable =
      // Prose running across the value columns.
      values === null ||
      // A heading: larger than the table's text.
      line.line.fontSize > active.fontSize * 1.12 ||
      // A wide gap on the same page (tables are set tight).
      (samePage && line.gapBefore > Math.max(active.fontSize, line.line.fontSize) * 1.6) ||
      // Nothing but "varav" lines follows a total row.
      (afterTotal && values.length === 0 && !/^[-–]?\s*(varav|därav)\b/i.test(line.text));
    if (endsTable || values === null) {
      endRow();
      active = null;
      continue;
    }
    const labelSegments = labelText(line, active.header);
    const numbered = values.length > 0 ? numbering(labelSegments) : { label: null, rest: labelSegments };
    const label = normalizeText(numbered.rest.join(' '));
    const current: TableRow | null = row;
    const lastBold = current !== null && (lines[i - 1]?.line.bold ?? false);
    if (current && values.length > 0 && current.values.length === 0 && current.labelLines.length <= 3) {
      // Values beside the second or third line of a title (a vertically centred cell) belong to that row.
      current.values = values.map((v) => ({ year: v.year, ...v.value }));
      current.text = joinLines([current.text, label]);
      if (label) current.labelLines.push(label);
      active.table.lineIndexes.add(line.index);
      continue;
    }
    const startsRow =
      values.length > 0 ||
      current === null ||
      // A bold title after plain description lines starts a row (its values may follow on a later line).
      (line.line.bold && !lastBold && label !== '');
    if (startsRow) {
      endRow();
      row = {
        page: line.page,
        label: numbered.label,
        text: label,
        labelLines: label ? [label] : [],
        values: values.map((v) => ({ year: v.year, ...v.value })),
      };
    } else if (current) {
      current.text = joinLines([current.text, label]);
      if (label) current.labelLines.push(label);
    }
    active.table.lineIndexes.add(line.index);
    if (!active.table.pages.includes(line.page)) active.table.pages.push(line.page);
  }
  endRow();
  return tables.filter((t) => t.rows.length > 0);
}

/** Every year table of the document: ruled ones from the PDF layer, borderless ones from the layout. */
export function findYearTables(layout: Layout): YearTable[] {
  const captionUnit = (page: Page): MoneyUnit | null => {
    for (const line of layout.lines) {
      if (line.page !== page.number) continue;
      const unit = /\b(mkr|mnkr|msek|tkr|kkr|miljoner|tusen)\b/i.test(line.text)
        ? unitFromHeader(line.text)
        : null;
      if (unit) return unit;
    }
    return null;
  };
  const captionText = (page: Page, table: PageTable): string => {
    const top = table.box?.y ?? 0;
    const first = layout.lines.find((l) => l.page === page.number && l.line.y + l.line.height / 2 >= top - 1);
    return first ? contextBefore(layout, first.index) : '';
  };
  const ruled = ruledTables(layout.pages, captionUnit, captionText);
  const ruledPages = new Set(ruled.flatMap((t) => t.pages));
  const borderless = layoutTables(layout).filter(
    (t) => !t.pages.some((p) => ruledPages.has(p)) || ruled.length === 0,
  );
  // Lines inside a ruled table's box are consumed too, so prose passes skip them.
  for (const table of ruled) {
    for (const line of layout.lines) {
      if (!table.pages.includes(line.page)) continue;
      const boxes = layout.pages.find((p) => p.number === line.page)?.tables.map((t) => t.box) ?? [];
      const middle = line.line.y + line.line.height / 2;
      const inside = boxes.some(
        (box) =>
          box !== undefined &&
          middle >= box.y - 1 &&
          middle <= box.y + box.height + 1 &&
          line.line.x >= box.x - 2,
      );
      if (inside) table.lineIndexes.add(line.index);
    }
  }
  return [...ruled, ...borderless];
}
