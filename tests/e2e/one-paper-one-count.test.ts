/**
 * Issue 10: one paper, one count. The Dalarna plan reaches the bucket as four files — ruled, borderless,
 * a full scan and a text PDF with one scanned page — plus the Jämtland memo. Every view counts each paper
 * once and gives the same figures: the README's SQL examples (DuckDB over the fact files the ingest
 * wrote), Compare, the CSV and Excel exports of the comparison, the measures export, the stated totals and
 * the documents list; and the outcome does not depend on the order the files arrive in.
 *
 * The scanned pages are "read" by an OCR engine that returns the text layer of the borderless rendering of
 * the same pages: what a perfect OCR gives. (Real OCR of the scan gives the same paper fingerprint; it
 * takes minutes, so tests/ocr covers it.)
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFacts, openFactsDatabase, runSql } from '../../cli/commands/sql.ts';
import { createApiHandler } from '../../functions/api/router.ts';
import { ingestObject } from '../../functions/ingest/service.ts';
import { createLogger } from '../../functions/lib/logger.ts';
import { MemoryDocumentStore } from '../../functions/lib/store.ts';
import type { OcrEngine } from '../../parsers/ocr/port.ts';
import { loadPdf } from '../../parsers/pdf/load.ts';
import { CATEGORY_NAMES_SV } from '../../parsers/schema.ts';

const root = resolve(import.meta.dirname, '..', '..');
const fixture = (path: string): Uint8Array => new Uint8Array(readFileSync(join(root, 'fixtures', path)));

const UPLOADS: [key: string, file: string][] = [
  ['uploads/seed-004-handlingsplan-ruled.pdf', 'seed-004-handlingsplan-ruled.pdf'],
  ['uploads/seed-004-handlingsplan-borderless.pdf', 'seed-004-handlingsplan-borderless.pdf'],
  ['uploads/skannad-handlingsplan.pdf', 'scanned/seed-004-scanned-rotated-noisy.pdf'],
  ['uploads/bilaga-med-skannad-sida.pdf', 'scanned/mixed-004.pdf'],
  ['uploads/SE-Z/seed-000-tjansteskrivelse.pdf', 'seed-000-tjansteskrivelse.pdf'],
];

const silent = createLogger({ logLevel: 'SILENT' });

async function borderlessOcr(): Promise<OcrEngine> {
  const model = await loadPdf(fixture('seed-004-handlingsplan-borderless.pdf'));
  return {
    method: 'ocr',
    recognize: async ({ pageNumbers }) =>
      model.pages
        .filter((page) => pageNumbers.includes(page.number))
        .map((page) => ({ ...page, source: 'ocr' as const })),
  };
}

async function ingestAll(order: number[]): Promise<MemoryDocumentStore> {
  const store = new MemoryDocumentStore();
  for (const [key, file] of UPLOADS) store.put(key, fixture(file));
  const ocr = await borderlessOcr();
  for (const index of order) {
    const [key] = UPLOADS[index]!;
    const outcome = await ingestObject(
      { store, now: () => new Date('2026-01-01T00:00:00Z'), logger: silent, ocr },
      { bucket: 'test', key },
    );
    expect(outcome.status, key).toBe('extracted');
  }
  return store;
}

function writeFacts(store: MemoryDocumentStore, dir: string): void {
  for (const [key, object] of store.objects) {
    if (!key.startsWith('facts/')) continue;
    const path = join(dir, ...key.split('/'));
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, object.bytes);
  }
}

/** The README's SQL examples: the statements of its ```sql block. */
function readmeQueries(): string[] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const block = /```sql\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  return block
    .split(/;\s*\n/)
    .map((statement) =>
      statement
        .split('\n')
        .filter((line) => !line.startsWith('--'))
        .join('\n')
        .trim(),
    )
    .filter(Boolean);
}

const STAFFING_ORG = CATEGORY_NAMES_SV.staffing_organisation;

let dir: string;
let store: MemoryDocumentStore;
let api: ReturnType<typeof createApiHandler>;

async function get(path: string, query: Record<string, string>) {
  const response = await api({ method: 'GET', path, query, headers: {} });
  expect(response.status, `${path} ${JSON.stringify(query)}: ${String(response.body)}`).toBe(200);
  return response;
}
const json = async (path: string, query: Record<string, string>) =>
  JSON.parse(String((await get(path, query)).body));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'namndkoll-one-paper-'));
  store = await ingestAll([0, 1, 2, 3, 4]);
  writeFacts(store, dir);
  api = createApiHandler({ store, now: () => new Date('2026-01-01T00:00:00Z') });
}, 120_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('one paper, one count (fixtures)', () => {
  it('counts the Dalarna plan once in Compare: Bemanning 97,4 mkr in 2024, not 194,8', async () => {
    const comparison = await json('/compare', { regions: 'SE-W,SE-Z', year: '2024' });
    const row = comparison.rows.find((r: { name: string }) => r.name === STAFFING_ORG);
    expect(row.cells[0].amountMsek).toBe(97.4);
    // Evidence is a quote, and the year's figure is named as printed.
    const hired = comparison.rows
      .flatMap((r: { cells: { measures: unknown[] }[] }) => r.cells[0]!.measures)
      .find((m: { title: string }) => m.title.startsWith('Reducerad användning av inhyrd personal'));
    expect(hired).toMatchObject({
      evidence: 'Reducerad användning av inhyrd personal (5 insatser):',
      figure: '18,5',
      amountMsek: 18.5,
    });
    // One document of the four Dalarna files contributes: the text copy uploaded first.
    const dalarna = comparison.documents.filter(
      (d: { region: { code: string } }) => d.region.code === 'SE-W',
    );
    expect(dalarna).toHaveLength(1);
    expect(dalarna[0].copies.map((c: { fileName: string }) => c.fileName).sort()).toEqual([
      'bilaga-med-skannad-sida.pdf',
      'seed-004-handlingsplan-borderless.pdf',
      'skannad-handlingsplan.pdf',
    ]);
  });

  it('gives the README SQL examples the figures of Compare, and lists no measure or decision twice', async () => {
    const comparison = await json('/compare', { regions: 'SE-W,SE-Z', year: '2024' });
    const fromCompare = new Map<string, number>();
    for (const row of comparison.rows)
      row.cells.forEach((cell: { amountMsek: number | null }, index: number) => {
        if (cell.amountMsek !== null)
          fromCompare.set(`${row.name}|${comparison.columns[index].region.code}`, cell.amountMsek);
      });
    const [perCategory, largest, decisions] = readmeQueries();
    expect(perCategory).toMatch(/FROM measures_unique/);
    const database = await openFactsDatabase(findFacts({ data: dir }));
    try {
      const sums = await runSql(database, perCategory!);
      const fromSql = new Map(sums.rows.map(([category, region, mkr]) => [`${category}|${region}`, mkr]));
      expect(fromSql).toEqual(fromCompare);
      expect(fromSql.get(`${STAFFING_ORG}|SE-W`)).toBe(97.4);

      const top = await runSql(database, largest!);
      const statements = top.rows.map(
        ([region, year, title, amount]) => `${region}|${year}|${title}|${amount}`,
      );
      expect(new Set(statements).size).toBe(statements.length);

      const points = await runSql(database, decisions!);
      const ids = points.rows.map(([region, id]) => `${region}|${id}`);
      expect(new Set(ids).size).toBe(ids.length);

      // The plain table holds every file: four copies of the plan, so twice and more the figures.
      const all = await runSql(
        database,
        `SELECT round(sum(amount_msek), 1) FROM measures WHERE year = 2024 AND region = 'SE-W' AND category_name = '${STAFFING_ORG}'`,
      );
      expect(all.rows[0]![0]).toBeGreaterThan(97.4 * 2);
    } finally {
      database.close();
    }
  });

  it('exports the same figures as CSV and Excel, only for the compared regions, each measure once', async () => {
    const query = { regions: 'SE-W,SE-Z', year: '2024' };
    const comparison = await json('/compare', query);
    const expected = comparison.rows.map((row: { name: string; cells: { amountMsek: number | null }[] }) => [
      row.name,
      ...row.cells.map((cell) => cell.amountMsek),
    ]);

    const csv = new TextDecoder()
      .decode((await get('/export', { view: 'compare', format: 'csv', ...query })).body as Uint8Array)
      .replace(/^\uFEFF/, '');
    const csvRows = csv
      .trim()
      .split('\r\n')
      .slice(1, 1 + expected.length)
      .map((line) => line.split(';'))
      .map(([name, ...cells]) => [
        name,
        ...cells.map((c) => (c === '' ? null : Number(c.replace(',', '.')))),
      ]);
    expect(csvRows).toEqual(expected);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await get('/export', { view: 'compare', format: 'xlsx', ...query })).body as unknown as ArrayBuffer,
    );
    const sheet = workbook.worksheets[0]!;
    const xlsxRows = expected.map((_: unknown, index: number) =>
      [1, 2, 3].map((cell) => sheet.getRow(index + 2).getCell(cell).value ?? null),
    );
    expect(xlsxRows).toEqual(expected);

    // The measures workbook ("Åtgärder (Excel)"): the compared regions only, each measure effect once.
    const measuresBook = new ExcelJS.Workbook();
    await measuresBook.xlsx.load(
      (await get('/export', { view: 'measures', format: 'xlsx', ...query })).body as unknown as ArrayBuffer,
    );
    const measures = measuresBook.worksheets[0]!;
    const header = (measures.getRow(1).values as string[]).slice(1);
    const column = (name: string) => header.indexOf(name) + 1;
    const sums = new Map<string, number>();
    const seen = new Set<string>();
    measures.eachRow((row, index) => {
      if (index === 1) return;
      const region = String(row.getCell(column('Regionkod')).value);
      const category = String(row.getCell(column('Kategori')).value);
      const title = String(row.getCell(column('Åtgärd')).value);
      const amount = Number(row.getCell(column('Belopp (mkr)')).value);
      expect(['SE-W', 'SE-Z']).toContain(region);
      const statement = `${region}|${category}|${title}|${amount}`;
      expect(seen.has(statement), statement).toBe(false);
      seen.add(statement);
      sums.set(
        `${category}|${region}`,
        Math.round(((sums.get(`${category}|${region}`) ?? 0) + amount) * 100) / 100,
      );
    });
    expect(sums.get(`${STAFFING_ORG}|SE-W`)).toBe(97.4);
    for (const row of comparison.rows)
      row.cells.forEach((cell: { amountMsek: number | null }, index: number) => {
        const key = `${row.name}|${comparison.columns[index].region.code}`;
        expect(sums.get(key) ?? null, key).toBe(cell.amountMsek);
      });
  });

  it('lists each stated total once', async () => {
    const comparison = await json('/compare', { regions: 'SE-W,SE-Z', years: '2023-2025' });
    const totals = comparison.documents.flatMap(
      (d: { region: { code: string }; totals: { label: string; year: number; amountMsek: number }[] }) =>
        d.totals.map((t) => `${d.region.code}|${t.label}|${t.year}|${t.amountMsek}`),
    );
    expect(totals).toContain('SE-W|Förvaltningstotal|2024|387');
    expect(new Set(totals).size).toBe(totals.length);
  });

  it('lists each paper once in the documents list, with its file name and its copies', async () => {
    const list = await json('/documents', {});
    expect(list.count).toBe(2);
    const plan = list.documents.find((d: { region: { code: string } }) => d.region.code === 'SE-W');
    expect(plan.fileName).toBe('seed-004-handlingsplan-ruled.pdf');
    expect(plan.duplicateOf).toBeNull();
    expect(plan.copies).toHaveLength(3);
    expect(plan.counted).toBe(true);
    // The stored documents and the SQL documents rows record the same paper.
    const stored = [...store.objects.keys()]
      .filter((key) => key.startsWith('extracted/'))
      .map((key) => JSON.parse(new TextDecoder().decode(store.objects.get(key)!.bytes)));
    const plans = stored.filter((doc) => doc.document.region?.code === 'SE-W');
    expect(new Set(plans.map((doc) => doc.paper.paperId)).size).toBe(1);
  });

  it('decides the same whatever order the files arrive in', async () => {
    const reversed = await ingestAll([4, 3, 2, 1, 0]);
    const other = createApiHandler({ store: reversed, now: () => new Date('2026-01-01T00:00:00Z') });
    const answer = async (handler: typeof api) =>
      JSON.parse(
        String((await handler({ method: 'GET', path: '/documents', query: {}, headers: {} })).body),
      ).documents.map((d: { documentId: string; copies: unknown }) => [d.documentId, d.copies]);
    expect(await answer(other)).toEqual(await answer(api));
    const compare = async (handler: typeof api) =>
      JSON.parse(
        String(
          (
            await handler({
              method: 'GET',
              path: '/compare',
              query: { regions: 'SE-W,SE-Z', year: '2024' },
              headers: {},
            })
          ).body,
        ),
      );
    expect(await compare(other)).toEqual(await compare(api));
  }, 120_000);
});
