import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { type ApiResponse, createApiHandler } from '../../functions/api/router.ts';
import { StoreError } from '../../functions/lib/errors.ts';
import { MemoryDocumentStore } from '../../functions/lib/store.ts';
import {
  ALL_DOCUMENTS,
  dalarnaPlan,
  hostileDocument,
  jamtlandMemo,
  makeDocument,
  unknownRegionDocument,
  XSS_IMG,
  XSS_SCRIPT,
} from './documents.ts';

const NOW = new Date('2025-11-02T12:00:00.000Z');
const PDF_BYTES = new TextEncoder().encode('%PDF-1.7\n% test\n');

function seedStore(): MemoryDocumentStore {
  const store = new MemoryDocumentStore(() => NOW);
  for (const doc of ALL_DOCUMENTS) {
    store.put(`extracted/${doc.documentId}.json`, new TextEncoder().encode(JSON.stringify(doc)));
    store.put(doc.source.key, PDF_BYTES, {}, 'application/pdf');
  }
  return store;
}

let store: MemoryDocumentStore;
let api: ReturnType<typeof createApiHandler>;

beforeEach(() => {
  store = seedStore();
  api = createApiHandler({ store, now: () => NOW, catalog: { maxAgeMs: 0 } });
});

function get(path: string, query: Record<string, string> = {}): Promise<ApiResponse> {
  return api({ method: 'GET', path, query, headers: {} });
}

// biome-ignore lint/suspicious/noExplicitAny: response bodies are asserted field by field below
function body(response: ApiResponse): any {
  expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
  return JSON.parse(response.body as string);
}

async function expectBadRequest(
  path: string,
  query: Record<string, string>,
  mentions: RegExp,
): Promise<void> {
  const response = await get(path, query);
  expect(response.status).toBe(400);
  const error = body(response).error;
  expect(error.code).toBe('BAD_REQUEST');
  expect(error.message).toMatch(mentions);
  expect(response.body as string).not.toMatch(/at .*\.ts:\d+/);
}

describe('routing', () => {
  it('answers /health with and without the /api prefix', async () => {
    for (const path of ['/health', '/api/health', '/api/health/']) {
      const response = await get(path);
      expect(response.status).toBe(200);
      expect(body(response)).toEqual({ ok: true, time: NOW.toISOString() });
    }
  });

  it('gives 404 JSON for unknown routes and 405 for a wrong method', async () => {
    const missing = await get('/api/nothing-here');
    expect(missing.status).toBe(404);
    expect(body(missing).error.code).toBe('NOT_FOUND');
    const wrong = await api({ method: 'DELETE', path: '/api/documents', query: {}, headers: {} });
    expect(wrong.status).toBe(405);
    expect(wrong.headers['allow']).toBe('GET');
  });

  it('marks every data response no-store and nosniff', async () => {
    for (const path of ['/api/documents', '/api/measures', '/api/decisions', '/api/meta']) {
      const response = await get(path);
      expect(response.status).toBe(200);
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('validates parameters before reading the store, and answers an unreadable store with 503', async () => {
    const down = new MemoryDocumentStore();
    down.listObjects = async () => {
      throw new StoreError('s3 list s3://secret-bucket/extracted/ failed: connect ECONNREFUSED');
    };
    const api503 = createApiHandler({ store: down, now: () => NOW });
    const bad = await api503({
      method: 'GET',
      path: '/compare',
      query: { regions: 'SE-Q', year: '2024' },
      headers: {},
    });
    expect(bad.status).toBe(400);
    const unavailable = await api503({
      method: 'GET',
      path: '/compare',
      query: { regions: 'SE-W', year: '2024' },
      headers: {},
    });
    expect(unavailable.status).toBe(503);
    expect(body(unavailable).error.code).toBe('STORE_UNAVAILABLE');
    expect(unavailable.body).not.toContain('secret-bucket');
  });

  it('answers a failing store with a 500 that leaks no stack trace or internal message', async () => {
    const broken = new MemoryDocumentStore();
    broken.listObjects = async () => {
      throw new Error('connect ECONNREFUSED /very/secret/path');
    };
    const errors: unknown[] = [];
    const failing = createApiHandler({
      store: broken,
      now: () => NOW,
      logger: { error: (m, d) => errors.push([m, d]) },
    });
    const response = await failing({ method: 'GET', path: '/api/documents', query: {}, headers: {} });
    expect(response.status).toBe(500);
    expect(body(response).error.code).toBe('INTERNAL');
    expect(response.body).not.toContain('secret');
    expect(response.body).not.toContain('ECONNREFUSED');
    expect(errors).toHaveLength(1);
  });
});

describe('GET /meta', () => {
  it('lists regions, categories in taxonomy order with Swedish names, and the years in the data', async () => {
    const meta = body(await get('/api/meta'));
    expect(meta.regions).toHaveLength(21);
    expect(meta.regions.find((r: { code: string }) => r.code === 'SE-Z')).toEqual({
      code: 'SE-Z',
      name: 'Jämtland Härjedalen',
      hasDocuments: true,
    });
    expect(meta.categories[0]).toEqual({ key: 'staffing_agency', name: 'Inhyrd personal' });
    expect(meta.years).toEqual([2023, 2024, 2025]);
    expect(meta.documentCount).toBe(4);
    await expectBadRequest('/api/meta', { region: 'SE-W' }, /unknown parameter/);
  });
});

describe('GET /documents', () => {
  it('lists every document with counts and warnings', async () => {
    const result = body(await get('/api/documents'));
    expect(result.count).toBe(4);
    const plan = result.documents.find(
      (d: { documentId: string }) => d.documentId === dalarnaPlan.documentId,
    );
    expect(plan).toMatchObject({
      region: { code: 'SE-W', name: 'Dalarna' },
      documentType: 'handlingsplan',
      date: '2023-10-24',
      years: [2023, 2024, 2025],
      measureCount: 4,
      decisionCount: 0,
    });
    expect(plan.warnings[0].code).toBe('TOTAL_MISMATCH');
  });

  it('filters by region, year and type', async () => {
    const ids = async (query: Record<string, string>) =>
      body(await get('/api/documents', query)).documents.map((d: { documentId: string }) => d.documentId);
    expect(await ids({ region: 'SE-W' })).toEqual([dalarnaPlan.documentId]);
    expect(await ids({ region: 'se-z' })).toEqual([jamtlandMemo.documentId]);
    expect(await ids({ region: 'unknown' })).toEqual([unknownRegionDocument.documentId]);
    expect(await ids({ year: '2025' })).toEqual([dalarnaPlan.documentId]);
    expect(await ids({ type: 'tjansteskrivelse' })).toEqual([jamtlandMemo.documentId]);
    expect(await ids({ region: 'SE-W', year: '2022' })).toEqual([]);
    const page = body(await get('/api/documents', { limit: '2', offset: '1' }));
    expect(page.count).toBe(4);
    expect(page.documents).toHaveLength(2);
  });

  it.each([
    [{ region: 'SE-Q' }, /region.*unknown region 'SE-Q'/],
    [{ region: '' }, /unknown region/],
    [{ year: '24' }, /year must be a four-digit year/],
    [{ year: '2024.5' }, /year must be/],
    [{ year: '3024' }, /between 1990 and 2100/],
    [{ type: 'memo' }, /unknown document type 'memo'/],
    [{ limit: '-3' }, /limit must be a whole number/],
    [{ regoin: 'SE-W' }, /unknown parameter\(s\): regoin/],
  ])('rejects %o with 400', async (query, mentions) => {
    await expectBadRequest('/api/documents', query, mentions);
  });
});

describe('GET /documents/{id}', () => {
  it('returns the ExtractedDocument and a link to its PDF served by the API', async () => {
    const response = await get(`/api/documents/${encodeURIComponent(jamtlandMemo.documentId)}`);
    expect(response.status).toBe(200);
    const result = body(response);
    expect(result.document).toEqual(jamtlandMemo);
    expect(result.pdfUrl).toBe(`/api/documents/${encodeURIComponent(jamtlandMemo.documentId)}/pdf`);
    const pdf = await get(result.pdfUrl);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.body).toEqual(PDF_BYTES);
  });

  it('links to a short-lived signed URL when one is configured, and redirects /pdf to it', async () => {
    const signed = createApiHandler({
      store,
      now: () => NOW,
      signPdfUrl: async (key) => `https://signed.example/${key}?X-Amz-Expires=300`,
    });
    const path = `/documents/${dalarnaPlan.documentId}`;
    const result = JSON.parse((await signed({ method: 'GET', path, query: {}, headers: {} })).body as string);
    expect(result.pdfUrl).toBe(`https://signed.example/${dalarnaPlan.source.key}?X-Amz-Expires=300`);
    const redirect = await signed({ method: 'GET', path: `${path}/pdf`, query: {}, headers: {} });
    expect(redirect.status).toBe(302);
    expect(redirect.headers['location']).toBe(result.pdfUrl);
  });

  it('rejects a malformed id with 400 and an unknown id with 404', async () => {
    await expectBadRequest('/api/documents/not-an-id', {}, /sha256:<64 hex>/);
    await expectBadRequest('/api/documents/%E0%A4%A', {}, /not valid percent-encoding/);
    const missing = await get(`/api/documents/sha256:${'0'.repeat(64)}`);
    expect(missing.status).toBe(404);
    expect(body(missing).error.code).toBe('NOT_FOUND');
    await expectBadRequest(`/api/documents/${jamtlandMemo.documentId}`, { pretty: '1' }, /unknown parameter/);
  });

  it('answers 404 when the PDF has left the bucket', async () => {
    store.objects.delete(jamtlandMemo.source.key);
    const response = await get(`/api/documents/${jamtlandMemo.documentId}/pdf`);
    expect(response.status).toBe(404);
  });
});

describe('GET /measures', () => {
  const titles = async (query: Record<string, string>) =>
    body(await get('/api/measures', query)).measures.map((m: { title: string }) => m.title);

  it('searches words in title and evidence without regard to accents or case', async () => {
    expect(await titles({ q: 'hyrbemanning' })).toEqual(['Minskad hyrbemanning']);
    expect(await titles({ q: 'HYRLAKARE' })).toEqual([`Hyrläkare ${XSS_IMG}`]);
    expect(await titles({ q: 'lakemedel' })).toEqual([
      'Effektivare läkemedelshantering',
      'Översyn av läkemedelsanvändningen',
    ]);
    expect(await titles({ q: 'oversyn lakemedel' })).toEqual(['Översyn av läkemedelsanvändningen']);
    expect(await titles({ q: 'sjukresor 8,9' })).toEqual(['Sjukresor (6 insatser)']);
    expect(await titles({ q: 'ingenting-sådant' })).toEqual([]);
  });

  it('filters by region, year and category and gives the amount for the year', async () => {
    const result = body(
      await get('/api/measures', { region: 'SE-W', year: '2024', category: 'staffing_agency' }),
    );
    expect(result.count).toBe(1);
    expect(result.measures[0]).toMatchObject({
      title: 'Minska kostnader för inhyrd personal',
      categoryName: 'Inhyrd personal',
      amountMsek: 18.5,
      documentId: dalarnaPlan.documentId,
      page: 3,
      region: { code: 'SE-W', name: 'Dalarna' },
    });
    expect(await titles({ year: '2023', region: 'SE-Z' })).toEqual([]);
  });

  it('pages with limit and offset', async () => {
    const all = body(await get('/api/measures'));
    expect(all.count).toBe(10);
    const page = body(await get('/api/measures', { limit: '3', offset: '2' }));
    expect(page.count).toBe(10);
    expect(page.measures.map((m: { title: string }) => m.title)).toEqual(
      all.measures.slice(2, 5).map((m: { title: string }) => m.title),
    );
  });

  it.each([
    [{ category: 'staffing' }, /unknown category 'staffing'/],
    [{ year: 'last' }, /year must be/],
    [{ region: 'Dalarna' }, /unknown region 'Dalarna'/],
    [{ limit: '0' }, /limit must be a whole number from 1/],
    [{ limit: 'ten' }, /limit must be/],
    [{ offset: '-1' }, /offset must be/],
    [{ q: 'x'.repeat(201) }, /q must be at most 200/],
    [{ query: 'x' }, /unknown parameter\(s\): query/],
  ])('rejects %o with 400', async (query, mentions) => {
    await expectBadRequest('/api/measures', query, mentions);
  });
});

describe('GET /decisions', () => {
  it('lists decision points by region and words', async () => {
    const all = body(await get('/api/decisions'));
    expect(all.count).toBe(3);
    const z = body(await get('/api/decisions', { region: 'SE-Z', q: 'hyrbemanning' }));
    expect(z.decisions).toEqual([
      expect.objectContaining({
        decisionId: '1a',
        parentId: '1',
        actor: 'Regiondirektören',
        page: 3,
        documentId: jamtlandMemo.documentId,
      }),
    ]);
    expect(body(await get('/api/decisions', { q: 'regiondirektoren plan' })).count).toBe(1);
  });

  it.each([
    [{ region: 'SE-XX' }, /unknown region/],
    [{ year: '20244' }, /year must be/],
    [{ category: 'other' }, /unknown parameter\(s\): category/],
  ])('rejects %o with 400', async (query, mentions) => {
    await expectBadRequest('/api/decisions', query, mentions);
  });
});

describe('GET /compare', () => {
  it('puts categories in taxonomy order as rows and regions as columns, each cell with its measures', async () => {
    const result = body(await get('/api/compare', { regions: 'SE-W,SE-Z', year: '2024' }));
    expect(result.columns).toEqual([
      { region: { code: 'SE-W', name: 'Dalarna' }, year: 2024 },
      { region: { code: 'SE-Z', name: 'Jämtland Härjedalen' }, year: 2024 },
    ]);
    expect(result.rows.map((row: { category: string }) => row.category)).toEqual([
      'staffing_agency',
      'purchased_care',
      'pharmaceuticals',
      'care_pathways',
      'revenue',
      'administration',
      'staffing_organisation',
      'transport_prehospital',
      'procurement',
      'digitalisation',
      'premises',
      'service_offering',
      'other',
    ]);
    const staffing = result.rows[0];
    expect(staffing.name).toBe('Inhyrd personal');
    expect(staffing.cells.map((cell: { amountMsek: number | null }) => cell.amountMsek)).toEqual([18.5, 50]);
    expect(staffing.cells[1].measures).toEqual([
      {
        documentId: jamtlandMemo.documentId,
        measureId: 'm1',
        label: null,
        title: 'Minskad hyrbemanning',
        amountMsek: 50,
        effectType: 'cost_reduction',
        page: 1,
        evidence: 'a) Minskad hyrbemanning 50 mkr mindre 2024 än 2023',
        // The test document was stored before effects quoted their figure.
        figure: null,
        documentTitle: 'Åtgärder för ekonomi i balans 2024',
        alsoIn: [],
      },
    ]);
    const transport = result.rows.find(
      (row: { category: string }) => row.category === 'transport_prehospital',
    );
    expect(transport.cells[0].amountMsek).toBe(20.4);
    expect(transport.cells[0].measures).toHaveLength(2);
    expect(transport.cells[1]).toEqual({
      amountMsek: null,
      measureCount: 0,
      measures: [],
      nextMeasureOffset: null,
    });
    expect(result.columnTotals).toEqual([78.9, 77]);
  });

  it('states each document total and whether it reconciles with its measures', async () => {
    const result = body(await get('/api/compare', { regions: 'SE-W,SE-Z', years: '2023-2025' }));
    expect(result.years).toEqual([2023, 2024, 2025]);
    expect(result.columns).toHaveLength(6);
    const plan = result.documents.find(
      (d: { documentId: string }) => d.documentId === dalarnaPlan.documentId,
    );
    expect(plan.totals).toEqual([
      { label: 'Totalt', year: 2024, amountMsek: 78.9, sumOfMeasures: 78.9, reconciled: true, page: 4 },
      { label: 'Totalt', year: 2025, amountMsek: 90, sumOfMeasures: 85.9, reconciled: false, page: 4 },
    ]);
    const memo = result.documents.find(
      (d: { documentId: string }) => d.documentId === jamtlandMemo.documentId,
    );
    expect(memo.totals).toEqual([
      { label: 'Totalt', year: 2024, amountMsek: 77, sumOfMeasures: 77, reconciled: true, page: 1 },
    ]);
  });

  it('counts a measure stated in two documents of a region once and lists its other source', async () => {
    const appendix = makeDocument({
      seed: 'appendix-se-z',
      region: { code: 'SE-Z', name: 'Region Jämtland Härjedalen' },
      documentType: 'bilaga',
      title: 'Bilaga: åtgärder',
      date: '2023-11-21',
      years: [2024],
      measures: [
        { ...jamtlandMemo.measures[0]!, title: 'Minskad  Hyrbemanning', page: 7 },
        {
          ...jamtlandMemo.measures[1]!,
          effects: [{ ...jamtlandMemo.measures[1]!.effects[0]!, amountMsek: 9 }],
        },
      ],
    });
    store.put(`extracted/${appendix.documentId}.json`, new TextEncoder().encode(JSON.stringify(appendix)));
    const result = body(await get('/api/compare', { regions: 'SE-Z', year: '2024' }));
    const staffing = result.rows[0].cells[0];
    expect(staffing.amountMsek).toBe(50);
    expect(staffing.measures).toHaveLength(1);
    // The row of the smaller document id counts (as the SQL view measures_unique chooses); the other is
    // its second source.
    const [first, second] = [appendix, jamtlandMemo].sort((a, b) => (a.documentId < b.documentId ? -1 : 1));
    expect(staffing.measures[0].documentId).toBe(first!.documentId);
    expect(staffing.measures[0].page).toBe(first === appendix ? 7 : 1);
    expect(staffing.measures[0].alsoIn).toEqual([
      {
        documentId: second!.documentId,
        documentTitle: second!.document.title,
        fileName: second!.source.fileName,
        page: second === appendix ? 7 : 1,
      },
    ]);
    // A different amount is a different statement: both count.
    expect(result.rows[1].cells[0].amountMsek).toBe(17);
  });

  it('accepts a list of years and documents without a region as "unknown"', async () => {
    const result = body(await get('/api/compare', { regions: 'unknown', years: '2024,2023' }));
    expect(result.years).toEqual([2023, 2024]);
    const digital = result.rows.find((row: { category: string }) => row.category === 'digitalisation');
    expect(digital.cells.map((cell: { amountMsek: number | null }) => cell.amountMsek)).toEqual([null, 2]);
  });

  it.each([
    [{ year: '2024' }, /regions is required/],
    [{ regions: '', year: '2024' }, /at least one region/],
    [{ regions: 'SE-W,ZZ', year: '2024' }, /unknown region 'ZZ'/],
    [{ regions: 'SE-W' }, /give year=2024 or years=2023-2025/],
    [{ regions: 'SE-W', year: '2024', years: '2023-2025' }, /not both/],
    [{ regions: 'SE-W', years: '2025-2023' }, /years must be a range/],
    [{ regions: 'SE-W', years: '2000-2030' }, /at most 20 years/],
    [{ regions: 'SE-W', years: '2024,x' }, /years must be/],
    [{ regions: 'SE-W', year: 'x' }, /year must be/],
    [{ regions: 'SE-W', year: '2024', region: 'SE-W' }, /unknown parameter\(s\): region/],
  ])('rejects %o with 400', async (query, mentions) => {
    await expectBadRequest('/api/compare', query, mentions);
  });
});

describe('GET /export', () => {
  it('exports the comparison as CSV for Swedish Excel: BOM, semicolons, decimal comma, CRLF', async () => {
    const response = await get('/api/export', {
      view: 'compare',
      format: 'csv',
      regions: 'SE-W,SE-Z',
      year: '2024',
    });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="namndkoll-jamforelse-SE-W-SE-Z-2024\.csv"$/,
    );
    const bytes = response.body as Uint8Array;
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('Kategori;Dalarna 2024 (mkr);Jämtland Härjedalen 2024 (mkr)');
    expect(lines[1]).toBe('Inhyrd personal;18,5;50');
    expect(lines).toContain('Sjukresor, ambulans, larmcentral;20,4;');
    expect(lines).toContain('Summa;78,9;77');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('exports an xlsx workbook whose number cells equal the API comparison', async () => {
    const query = { regions: 'SE-W,SE-Z', years: '2023-2025' };
    const comparison = body(await get('/api/compare', query));
    const response = await get('/api/export', { view: 'compare', format: 'xlsx', ...query });
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(response.body as Uint8Array) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Jämförelse')!;
    expect(sheet.getRow(1).getCell(2).value).toBe('Dalarna 2023 (mkr)');
    comparison.rows.forEach(
      (row: { name: string; cells: { amountMsek: number | null }[] }, index: number) => {
        const excelRow = sheet.getRow(index + 2);
        expect(excelRow.getCell(1).value).toBe(row.name);
        row.cells.forEach((cell, column) => {
          const value = excelRow.getCell(column + 2).value;
          expect(value).toBe(cell.amountMsek);
          if (cell.amountMsek !== null) expect(typeof value).toBe('number');
        });
      },
    );
    const totals = sheet.getRow(comparison.rows.length + 2);
    expect(totals.getCell(1).value).toBe('Summa');
    comparison.columnTotals.forEach((total: number | null, column: number) => {
      expect(totals.getCell(column + 2).value).toBe(total);
    });
    const measures = workbook.getWorksheet('Åtgärder')!;
    expect(measures.rowCount - 1).toBe(
      comparison.rows.reduce(
        (n: number, row: { cells: { measures: unknown[] }[] }) =>
          n + row.cells.reduce((m, c) => m + c.measures.length, 0),
        0,
      ),
    );
  });

  it('exports measures one row per effect, as CSV and xlsx, with formula-like text neutralised', async () => {
    const csv = await get('/api/export', { view: 'measures', format: 'csv', region: 'SE-W' });
    const lines = new TextDecoder()
      .decode((csv.body as Uint8Array).slice(3))
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Region;Regionkod;År;Kategori;Nr;Åtgärd;Belopp (mkr);Effekt;Dokument;Dokument-id;Sida;Belägg',
    );
    expect(lines).toHaveLength(1 + 11);
    expect(lines).toContain(
      `Dalarna;SE-W;2024;Inhyrd personal;;Minska kostnader för inhyrd personal;18,5;Kostnadsminskning;Handlingsplan för ekonomi i balans;${dalarnaPlan.documentId};3;Minska kostnader för inhyrd personal 5,3 18,5 19,5`,
    );
    const xlsx = await get('/api/export', { view: 'measures', format: 'xlsx', region: 'SE-W', year: '2024' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.body as Uint8Array) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Åtgärder')!;
    const amounts = [];
    for (let row = 2; row <= sheet.rowCount; row++) amounts.push(sheet.getRow(row).getCell(7).value);
    expect(amounts.sort()).toEqual([11.5, 18.5, 40, 8.9].sort());
    // Swedish values throughout: no taxonomy key or effect type code (cost_reduction, staffing_agency).
    const texts: string[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    expect(texts.filter((text) => /^[a-z]+(_[a-z]+)+$/.test(text))).toEqual([]);
    expect(texts).toContain('Kostnadsminskning');
  });

  it.each([
    [{ format: 'csv' }, /view must be 'compare' or 'measures'/],
    [{ view: 'pivot', format: 'csv' }, /view must be/],
    [{ view: 'compare', regions: 'SE-W', year: '2024' }, /format must be 'csv' or 'xlsx'/],
    [{ view: 'compare', format: 'pdf', regions: 'SE-W', year: '2024' }, /format must be/],
    [{ view: 'compare', format: 'csv', year: '2024' }, /regions is required/],
    [{ view: 'compare', format: 'csv', regions: 'SE-W' }, /give year=2024/],
    [{ view: 'measures', format: 'csv', category: 'nope' }, /unknown category/],
    [{ view: 'measures', format: 'csv', regions: 'SE-W,SE-Q' }, /unknown region 'SE-Q'/],
    [{ view: 'measures', format: 'csv', nope: '1' }, /unknown parameter\(s\): nope/],
  ])('rejects %o with 400', async (query, mentions) => {
    await expectBadRequest('/api/export', query, mentions);
  });
});

describe('uploads', () => {
  function upload(query: Record<string, string>, bytes: Uint8Array): Promise<ApiResponse> {
    return api({
      method: 'POST',
      path: '/api/uploads',
      query,
      headers: { 'content-type': 'application/pdf' },
      body: bytes,
    });
  }

  it('puts the PDF under uploads/<region>/ with region metadata and reports pending, then extracted', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.7 new upload');
    const response = await upload({ name: 'Plan för 2024.pdf', region: 'SE-W' }, bytes);
    expect(response.status).toBe(202);
    const receipt = body(response);
    expect(receipt.key).toMatch(/^uploads\/SE-W\/[0-9a-f]{12}-Plan-för-2024\.pdf$/);
    expect(receipt.documentId).toMatch(/^sha256:[0-9a-f]{64}$/);
    const stored = await store.getObject(receipt.key);
    expect(stored.bytes).toEqual(bytes);
    expect(stored.metadata).toEqual({ region: 'SE-W' });

    expect(body(await get(receipt.statusUrl.split('?')[0], { key: receipt.key }))).toEqual({
      state: 'pending',
      documentId: receipt.documentId,
    });
    // While OCR runs, the ingest records pages done/total; the status carries them for the progress bar.
    await store.putJson(`progress/${receipt.documentId}.json`, {
      pagesDone: 3,
      pagesTotal: 8,
      updatedAt: NOW.toISOString(),
    });
    expect(body(await get(receipt.statusUrl.split('?')[0], { key: receipt.key }))).toEqual({
      state: 'pending',
      documentId: receipt.documentId,
      progress: { pagesDone: 3, pagesTotal: 8 },
    });
    const extracted = makeDocument({
      seed: 'new-upload',
      region: { code: 'SE-W', name: 'Region Dalarna' },
      documentType: 'rapport',
      title: 'Ny',
      date: '2024-01-01',
      years: [2024],
      measures: [],
    });
    const doc = { ...extracted, documentId: receipt.documentId };
    store.put(`extracted/${receipt.documentId}.json`, new TextEncoder().encode(JSON.stringify(doc)));
    const status = body(await get(`/api/uploads/${receipt.documentId}`, { key: receipt.key }));
    expect(status.state).toBe('extracted');
    expect(status.document.title).toBe('Ny');
    expect(body(await get('/api/documents', { region: 'SE-W' })).count).toBe(2);
  });

  it('reports a failure with its code and message, whether filed under the document id or the key', async () => {
    const receipt = body(await upload({ name: 'inte-en.pdf' }, new TextEncoder().encode('hello')));
    expect(receipt.key).toMatch(/^uploads\/[0-9a-f]{12}-inte-en\.pdf$/);
    const failure = {
      schemaVersion: 1,
      code: 'NOT_A_PDF',
      message: 'inte-en.pdf is not a PDF',
      page: null,
      documentId: receipt.documentId,
      source: { bucket: 'b', key: receipt.key, bytes: 5 },
      parserVersion: '0.1.0',
      failedAt: NOW.toISOString(),
    };
    await store.putJson(`failed/${receipt.documentId}.json`, failure);
    expect(body(await get(`/api/uploads/${receipt.documentId}`))).toEqual({
      state: 'failed',
      documentId: receipt.documentId,
      code: 'NOT_A_PDF',
      message: 'inte-en.pdf is not a PDF',
    });
    store.objects.delete(`failed/${receipt.documentId}.json`);
    await store.putJson('failed/key-abc.json', {
      ...failure,
      documentId: null,
      code: 'PDF_TOO_LARGE',
      message: 'too large',
    });
    expect(body(await get(`/api/uploads/${receipt.documentId}`, { key: receipt.key })).code).toBe(
      'PDF_TOO_LARGE',
    );
  });

  it.each([
    [{ region: 'SE-W' }, /name is required/],
    [{ name: 'x'.repeat(1001) }, /name must be at most 1000/],
    [{ name: 'a.pdf', region: 'Z9' }, /unknown region/],
    [{ name: 'a.pdf', region: 'unknown' }, /leave it out/],
  ])('rejects %o with 400', async (query, mentions) => {
    const response = await upload(query, PDF_BYTES);
    expect(response.status).toBe(400);
    expect(body(response).error.message).toMatch(mentions);
  });

  it('reports a stored document that fails the schema as failed, not as extracted', async () => {
    const id = `sha256:${'cd'.repeat(32)}`;
    store.put(`extracted/${id}.json`, new TextEncoder().encode('{"schemaVersion":1,"documentId":"x"}'));
    const status = body(await get(`/api/uploads/${id}`));
    expect(status.state).toBe('failed');
    expect(status.code).toBe('INVALID_DOCUMENT');
    expect(status.message).toMatch(/not an ExtractedDocument/);
  });

  it('hands uploads to an injected uploader when one is given', async () => {
    const sent: { key: string; metadata: Record<string, string> }[] = [];
    const injected = createApiHandler({
      store,
      now: () => NOW,
      upload: async (key, _bytes, metadata) => {
        sent.push({ key, metadata });
      },
    });
    const response = await injected({
      method: 'POST',
      path: '/uploads',
      query: { name: 'a.pdf', region: 'SE-Z' },
      headers: {},
      body: PDF_BYTES,
    });
    expect(response.status).toBe(202);
    expect(sent).toEqual([
      { key: expect.stringMatching(/^uploads\/SE-Z\/[0-9a-f]{12}-a\.pdf$/), metadata: { region: 'SE-Z' } },
    ]);
    expect(await store.head(sent[0]!.key)).toBeNull();
    // Reads still go to the store.
    expect((await injected({ method: 'GET', path: '/documents', query: {}, headers: {} })).status).toBe(200);
  });

  it('rejects an empty body and a malformed status id', async () => {
    const empty = await upload({ name: 'a.pdf' }, new Uint8Array());
    expect(empty.status).toBe(400);
    expect(body(empty).error.message).toMatch(/empty/);
    await expectBadRequest('/api/uploads/123', {}, /sha256/);
    await expectBadRequest(`/api/uploads/${jamtlandMemo.documentId}`, { id: '1' }, /unknown parameter/);
  });
});

describe('catalog', () => {
  it('leaves out stored documents that do not pass the schema and reports them', async () => {
    store.put('extracted/sha256:bad.json', new TextEncoder().encode('{"schemaVersion":1}'));
    store.put('extracted/sha256:worse.json', new TextEncoder().encode('not json'));
    const meta = body(await get('/api/meta'));
    expect(meta.documentCount).toBe(4);
    expect(meta.skipped).toBe(2);
  });

  it('re-reads a document whose bytes changed and forgets a deleted one', async () => {
    await get('/api/documents');
    const renamed = { ...jamtlandMemo, document: { ...jamtlandMemo.document, title: 'Ny titel' } };
    store.put(`extracted/${jamtlandMemo.documentId}.json`, new TextEncoder().encode(JSON.stringify(renamed)));
    store.objects.delete(`extracted/${dalarnaPlan.documentId}.json`);
    const result = body(await get('/api/documents'));
    expect(result.count).toBe(3);
    expect(
      result.documents.find((d: { documentId: string }) => d.documentId === jamtlandMemo.documentId).title,
    ).toBe('Ny titel');
  });
});

describe('document text is data, never markup', () => {
  it('returns HTML-looking text verbatim inside JSON strings with a JSON content type', async () => {
    const response = await get(`/api/documents/${hostileDocument.documentId}`);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    const result = body(response);
    expect(result.document.document.title).toBe(`Bilaga ${XSS_SCRIPT}`);
    expect(result.document.measures[0].evidence).toContain(XSS_IMG);
  });
});

describe('the page through the API', () => {
  it('serves web/ at GET / with a strict content security policy, and nothing outside it', async () => {
    const withPage = createApiHandler({
      store,
      now: () => NOW,
      webDir: resolve(import.meta.dirname, '..', '..', 'web'),
    });
    const index = await withPage({ method: 'GET', path: '/', query: {}, headers: {} });
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.headers['content-security-policy']).toContain("script-src 'self'");
    expect(new TextDecoder().decode(index.body as Uint8Array)).toContain('<title>Nämndkoll');
    const script = await withPage({ method: 'GET', path: '/app.js', query: {}, headers: {} });
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/nothing.js']) {
      expect((await withPage({ method: 'GET', path, query: {}, headers: {} })).status).toBe(404);
    }
    expect((await get('/')).status).toBe(404);
  });

  it('never puts document text into the page with innerHTML or similar', () => {
    const source = readFileSync(resolve(import.meta.dirname, '..', '..', 'web', 'app.js'), 'utf8');
    expect(source).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });
});
