/**
 * Unrestricted `/documents`, `/measures`, `/decisions` and the measures export are answered from the
 * document index (listings.ts: the regions' summaries, every region's partitions read as columns), never
 * by building the whole catalog, and answer exactly what the services answer over every extracted
 * document — the router's answer before it used the index — over generated catalogs (copies, later
 * versions and measures repeated in a second paper, where the paths could differ).
 */
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fromDocumentStore } from '../../functions/api/query-store.ts';
import { type ApiResponse, createApiHandler } from '../../functions/api/router.ts';
import { buildIndex } from '../../functions/lib/doc-index.ts';
import { MemoryDocumentStore } from '../../functions/lib/store.ts';
import type { ExtractedDocument } from '../../parsers/schema.ts';
import { Catalog, type Snapshot } from '../../query/catalog.ts';
import { exportView } from '../../query/export.ts';
import {
  DecisionsParams,
  DocumentsParams,
  ExportParams,
  MeasuresParams,
  parseParams,
} from '../../query/params.ts';
import { listDecisions, listDocuments, listMeasures } from '../../query/services.ts';
import { generated } from '../helpers/generated-catalog.ts';

const NOW = new Date('2025-11-01T10:00:00.000Z');

async function stores(docs: readonly ExtractedDocument[]) {
  const indexed = new MemoryDocumentStore(() => NOW);
  const entries = docs.map((doc) => ({ key: `extracted/${doc.documentId}.json`, doc }));
  for (const { key, doc } of entries) await indexed.putJson(key, doc);
  await buildIndex(indexed, entries, () => NOW);
  // The whole catalog, every document read and validated: what the router listed from before.
  const snapshot = await new Catalog(fromDocumentStore(indexed)).current();
  return { indexed, snapshot };
}

const LISTINGS: [string, Record<string, string>][] = [
  ['/documents', {}],
  ['/documents', { year: '2024', type: 'handlingsplan' }],
  ['/documents', { offset: '150', limit: '40' }],
  ['/measures', {}],
  ['/measures', { q: 'minskad', year: '2024' }],
  ['/measures', { category: 'staffing_agency', offset: '5', limit: '30' }],
  ['/measures', { year: '2031' }],
  ['/decisions', {}],
  ['/decisions', { year: '2025', q: 'uppdrag', offset: '2', limit: '9' }],
  ['/decisions', { q: 'beslut', limit: '5' }],
];

const EXPORTS: Record<string, string>[] = [
  { view: 'measures', format: 'csv' },
  { view: 'measures', format: 'csv', year: '2024', category: 'purchased_care' },
  { view: 'measures', format: 'csv', q: 'vård', region: 'SE-Z' },
  { view: 'measures', format: 'xlsx', year: '2025' },
];

/** What the services give over the whole catalog for `path` and `query`. */
function expected(snapshot: Snapshot, path: string, query: Record<string, string>): unknown {
  if (path === '/documents') return listDocuments(snapshot, parseParams(DocumentsParams, query));
  if (path === '/measures') return listMeasures(snapshot, parseParams(MeasuresParams, query));
  return listDecisions(snapshot, parseParams(DecisionsParams, query));
}

async function rows(response: ApiResponse | Uint8Array): Promise<unknown> {
  const bytes = response instanceof Uint8Array ? response : (response.body as Uint8Array);
  if (bytes[0] === 0xef) return new TextDecoder().decode(bytes);
  // An xlsx differs in its timestamps: compare the cells.
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as never);
  return workbook.worksheets.map((sheet) => sheet.getSheetValues());
}

describe.each([
  ['a catalog of every region', () => generated(240, 5)],
  ['a catalog of one region', () => generated(200, 3, (doc) => doc.document.region?.code === 'SE-W')],
  ['an empty catalog', () => []],
])('the API over %s', (_, docs) => {
  let indexed: MemoryDocumentStore;
  let snapshot: Snapshot;
  beforeAll(async () => {
    ({ indexed, snapshot } = await stores(docs()));
  }, 60_000);

  it('lists documents, measures and decisions from the index as from every document', async () => {
    const api = createApiHandler({ store: indexed, now: () => NOW });
    const current = vi.spyOn(api.catalog, 'current');
    let listed = 0;
    for (const [path, query] of LISTINGS) {
      const response = await api({ method: 'GET', path: `/api${path}`, query, headers: {} });
      expect(response.status, path).toBe(200);
      const answer = JSON.parse(response.body as string);
      expect(answer, `${path} ${JSON.stringify(query)}`).toEqual(
        JSON.parse(JSON.stringify(expected(snapshot, path, query))),
      );
      listed += answer.count;
    }
    // Something to compare whenever there are documents.
    expect(listed > 0).toBe(snapshot.documents.length > 0);
    // Not one answer built the whole catalog.
    expect(current).not.toHaveBeenCalled();
  }, 60_000);

  it('exports the measures from the index as from every document', async () => {
    const api = createApiHandler({ store: indexed, now: () => NOW });
    const current = vi.spyOn(api.catalog, 'current');
    for (const query of EXPORTS) {
      const response = await api({ method: 'GET', path: '/api/export', query, headers: {} });
      expect(response.status).toBe(200);
      const params = parseParams(ExportParams, query);
      if (params.view !== 'measures') throw new Error('a measures export');
      const old = await exportView(snapshot, params);
      expect(response.headers['content-disposition']).toBe(`attachment; filename="${old.fileName}"`);
      expect(response.headers['content-type']).toBe(old.contentType);
      expect(await rows(response), JSON.stringify(query)).toEqual(await rows(old.body));
    }
    expect(current).not.toHaveBeenCalled();
  }, 60_000);
});
