/**
 * Exports of the compare and measures views: CSV as Swedish Excel opens it (`;` separator, decimal comma,
 * UTF-8 BOM, CRLF) and a real .xlsx workbook (exceljs) whose amounts are number cells.
 */
import type { Snapshot } from './catalog.ts';
import type { CompareQuery, MeasuresQuery } from './params.ts';
import { type Comparison, compare, listMeasures, type MeasureItem, regionRef } from './services.ts';
import { csvNumber, effectTypeNameSv } from './swedish.ts';

export type Cell = string | number | null;

export interface Sheet {
  name: string;
  header: string[];
  /** Columns whose cells are amounts in million SEK (number format with one decimal in xlsx). */
  amountColumns: number[];
  rows: Cell[][];
  /** Show numbers as written (decimal comma, no digit grouping): for SQL results, where a year is a number. */
  plainNumbers?: boolean;
}

export interface ExportFile {
  fileName: string;
  contentType: string;
  body: Uint8Array;
}

export function compareSheets(comparison: Comparison): Sheet[] {
  const header = [
    'Kategori',
    ...comparison.columns.map((column) => `${column.region.name} ${column.year} (mkr)`),
  ];
  const amountColumns = comparison.columns.map((_, index) => index + 1);
  const rows: Cell[][] = comparison.rows.map((row) => [
    row.name,
    ...row.cells.map((cell) => cell.amountMsek),
  ]);
  rows.push(['Summa', ...comparison.columnTotals]);
  const measureRows: Cell[][] = [];
  for (const row of comparison.rows) {
    row.cells.forEach((cell, index) => {
      const column = comparison.columns[index]!;
      for (const measure of cell.measures) {
        measureRows.push([
          row.name,
          column.region.name,
          column.year,
          measure.title,
          measure.amountMsek,
          measure.documentTitle ?? '',
          measure.documentId,
          measure.page,
          measure.evidence,
          measure.alsoIn
            .map((other) => `${other.documentTitle ?? other.documentId} s. ${other.page}`)
            .join('; '),
        ]);
      }
    });
  }
  return [
    { name: 'Jämförelse', header, amountColumns, rows },
    {
      name: 'Åtgärder',
      header: [
        'Kategori',
        'Region',
        'År',
        'Åtgärd',
        'Belopp (mkr)',
        'Dokument',
        'Dokument-id',
        'Sida',
        'Belägg',
      ],
      amountColumns: [4],
      rows: measureRows,
    },
  ];
}

export function measureSheet(snapshot: Snapshot, query: Omit<MeasuresQuery, 'limit' | 'offset'>): Sheet {
  return measureSheetOf(listMeasures(snapshot, { ...query, limit: Number.MAX_SAFE_INTEGER }).measures, query);
}

/** The measures export's sheet of `measures` (every measure the query finds, in the listing's order). */
export function measureSheetOf(
  measures: readonly MeasureItem[],
  query: { year?: number | undefined },
): Sheet {
  const rows: Cell[][] = [];
  for (const measure of measures) {
    const region = measure.region ?? regionRef(null);
    const effects = measure.effects.filter(
      (effect) => query.year === undefined || effect.year === query.year,
    );
    const base = [region.name, region.code];
    const tail = [measure.documentTitle ?? '', measure.documentId, measure.page, measure.evidence];
    if (effects.length === 0)
      rows.push([...base, null, measure.categoryName, measure.label ?? '', measure.title, null, '', ...tail]);
    for (const effect of effects) {
      rows.push([
        ...base,
        effect.year,
        measure.categoryName,
        measure.label ?? '',
        measure.title,
        effect.amountMsek,
        effectTypeNameSv(effect.type),
        ...tail,
      ]);
    }
  }
  return {
    name: 'Åtgärder',
    header: [
      'Region',
      'Regionkod',
      'År',
      'Kategori',
      'Nr',
      'Åtgärd',
      'Belopp (mkr)',
      'Effekt',
      'Dokument',
      'Dokument-id',
      'Sida',
      'Belägg',
    ],
    amountColumns: [6],
    rows,
  };
}

const FORMULA_START = /^[=+\-@\t\r]/;

function csvField(cell: Cell, isAmount: boolean): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return isAmount ? csvNumber(cell) : String(cell);
  // A text cell starting with = + - @ would run as a formula in Excel (CSV injection): make it plain text.
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(sheet: Sheet): Uint8Array {
  const amount = new Set(sheet.amountColumns);
  const lines = [sheet.header, ...sheet.rows].map((row, rowIndex) =>
    row.map((cell, index) => csvField(cell, rowIndex > 0 && amount.has(index))).join(';'),
  );
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}

export async function toXlsx(sheets: Sheet[]): Promise<Uint8Array> {
  // Loaded on the first workbook only: exceljs takes longer to load than the rest of a CLI command.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Nämndkoll';
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.addRow(sheet.header).font = { bold: true };
    for (const row of sheet.rows) worksheet.addRow(row.map((cell) => (cell === null ? null : cell)));
    for (const index of sheet.amountColumns) worksheet.getColumn(index + 1).numFmt = '#,##0.0#';
    sheet.header.forEach((title, index) => {
      worksheet.getColumn(index + 1).width = Math.min(60, Math.max(10, title.length + 2));
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function exportView(
  snapshot: Snapshot,
  request:
    | ({ view: 'compare'; format: 'csv' | 'xlsx' } & CompareQuery)
    | ({ view: 'measures'; format: 'csv' | 'xlsx' } & Omit<MeasuresQuery, 'limit' | 'offset'>),
): Promise<ExportFile> {
  if (request.view === 'compare')
    return exportComparison(compare(snapshot, { regions: request.regions, years: request.years }), request);
  return exportMeasures(
    listMeasures(snapshot, { ...request, limit: Number.MAX_SAFE_INTEGER }).measures,
    request,
  );
}

/** The measures export of `measures` (all the query finds: the API lists them from the index's columns). */
export function exportMeasures(
  measures: readonly MeasureItem[],
  request: { format: 'csv' | 'xlsx' } & Omit<MeasuresQuery, 'limit' | 'offset'>,
): Promise<ExportFile> {
  const stem = `namndkoll-atgarder${request.region ? `-${request.region}` : ''}${request.regions ? `-${request.regions.join('-')}` : ''}${request.year ? `-${request.year}` : ''}`;
  return exportSheets([measureSheetOf(measures, request)], stem, request.format);
}

/** A comparison (every measure listed: no page) as a file; the API makes it from the index's regions. */
export function exportComparison(
  comparison: Comparison,
  request: { format: 'csv' | 'xlsx'; regions: readonly string[]; years: readonly number[] },
): Promise<ExportFile> {
  const stem = `namndkoll-jamforelse-${request.regions.join('-')}-${request.years.join('-')}`;
  return exportSheets(compareSheets(comparison), stem, request.format);
}

async function exportSheets(sheets: Sheet[], stem: string, format: 'csv' | 'xlsx'): Promise<ExportFile> {
  if (format === 'csv') {
    return { fileName: `${stem}.csv`, contentType: 'text/csv; charset=utf-8', body: toCsv(sheets[0]!) };
  }
  return {
    fileName: `${stem}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body: await toXlsx(sheets),
  };
}
