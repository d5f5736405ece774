/**
 * The document index (functions/lib/doc-index.ts, issue 12 point 4): the query API reading the index
 * answers exactly as the API reading every extracted document — over the seed papers, the API's hand-made
 * documents and a generated set with copies, versions and repeated measures — and a cold start reads
 * O(partitions) objects. Ingest files, moves and repairs entries; concurrent writers lose none.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadComparison, loadSnapshot } from '../../functions/api/cli-source.ts';
import { fromDocumentStore } from '../../functions/api/query-store.ts';
import { type ApiHandler, createApiHandler } from '../../functions/api/router.ts';
import { type IngestDeps, ingestObject } from '../../functions/ingest/service.ts';
import {
  buildIndex,
  INDEX_ROOT,
  IndexReader,
  indexDocument,
  MANIFEST_KEY,
  partitionKey,
  partitionOfKey,
  rebuildSummaries,
  removeFromIndex,
  SUMMARY_ROOT,
  summaryKey,
  writeRegionSummary,
} from '../../functions/lib/doc-index.ts';
import { createLogger } from '../../functions/lib/logger.ts';
import { type DocumentStore, MemoryDocumentStore } from '../../functions/lib/store.ts';
import { documentIdOf } from '../../parsers/index.ts';
import { type ExtractedDocument, ExtractedDocumentSchema, REGION_CODES } from '../../parsers/schema.ts';
import {
  decodePartition,
  encodePartition,
  INDEX_VERSION,
  type IndexEntry,
  partitionEntries,
  partitionOf,
  toIndexEntry,
} from '../../query/doc-summary.ts';
import type { RegionFilter } from '../../query/params.ts';
import type { QueryStore } from '../../query/ports.ts';
import { compare } from '../../query/services.ts';
import { syntheticDocument } from '../../scripts/generate-facts.ts';
import { mulberry32 } from '../../scripts/prng.ts';
import { ALL_DOCUMENTS } from '../api/documents.ts';
import { fakeExtractAt } from '../helpers/fake-extract.ts';

const GOLDEN = join(import.meta.dirname, '..', 'golden');
const SEEDS = [
  'seed-000-tjansteskrivelse',
  'seed-001-rapport-slides',
  'seed-002-bilaga',
  'seed-004-handlingsplan-borderless',
  'seed-004-handlingsplan-ruled',
].map((name) =>
  ExtractedDocumentSchema.parse(JSON.parse(readFileSync(join(GOLDEN, `${name}.expected.json`), 'utf8'))),
);

const quiet = () => undefined;
const logger = createLogger({ logLevel: 'SILENT' });

function idOf(text: string): string {
  return `sha256:${createHash('sha256').update(text).digest('hex')}`;
}

/**
 * Generated documents plus what makes one-paper-one-count matter: copies of a paper (other bytes, read by
 * OCR), a later version of a paper (same lineage, other figures) and a second paper repeating a measure.
 */
function generatedSet(count: number): ExtractedDocument[] {
  const rand = mulberry32(7);
  const docs = Array.from({ length: count }, (_, index) => syntheticDocument(index, rand));
  const extra: ExtractedDocument[] = [];
  for (let index = 0; index < count; index += 9) {
    const original = docs[index]!;
    extra.push({
      ...original,
      documentId: idOf(`copy-${index}`),
      source: { ...original.source, fileName: `copy-${index}.pdf`, key: `uploads/copy-${index}.pdf` },
      extraction: { ...original.extraction, method: 'ocr' },
    });
  }
  for (let index = 4; index < count; index += 13) {
    const original = docs[index]!;
    const year = Number(original.document.date!.slice(0, 4)) + 1;
    extra.push({
      ...original,
      documentId: idOf(`version-${index}`),
      source: { ...original.source, fileName: `version-${index}.pdf` },
      document: { ...original.document, date: `${year}-01-15` },
      measures: original.measures.map((measure) => ({
        ...measure,
        effects: measure.effects.map((effect) => ({ ...effect, amountMsek: effect.amountMsek + 1 })),
      })),
    });
  }
  for (let index = 7; index < count; index += 17) {
    const original = docs[index]!;
    extra.push({
      ...original,
      documentId: idOf(`appendix-${index}`),
      source: { ...original.source, fileName: `bilaga-${index}.pdf` },
      document: { ...original.document, title: `Bilaga till ${original.document.title}` },
      totals: [],
    });
  }
  return [...docs, ...extra];
}

async function bucketWith(docs: readonly ExtractedDocument[]): Promise<MemoryDocumentStore> {
  const store = new MemoryDocumentStore(() => new Date('2025-11-01T10:00:00.000Z'));
  for (const doc of docs) await store.putJson(`extracted/${doc.documentId}.json`, doc);
  return store;
}

/** A bucket with the same documents and the index the ingest path writes, one document at a time. */
async function indexedBucketWith(docs: readonly ExtractedDocument[]): Promise<MemoryDocumentStore> {
  const store = await bucketWith(docs);
  for (const doc of docs) await indexDocument(store, doc, `extracted/${doc.documentId}.json`);
  await store.putJson(MANIFEST_KEY, { version: INDEX_VERSION, complete: true, builtAt: 'test' });
  return store;
}

/** The entries of a stored partition object (its checksum and columns checked). */
function storedEntries(bytes: Uint8Array): IndexEntry[] {
  const decoded = decodePartition(bytes);
  if ('error' in decoded) throw new Error(decoded.error);
  return partitionEntries(decoded);
}

/** The query port over a store, counting listings and reads. */
function counted(store: DocumentStore): { port: QueryStore; stats: { lists: number; gets: number } } {
  const inner = fromDocumentStore(store);
  const stats = { lists: 0, gets: 0 };
  return {
    stats,
    port: {
      listKeys: (prefix) => {
        stats.lists++;
        return inner.listKeys(prefix);
      },
      getBytes: (key) => {
        stats.gets++;
        return inner.getBytes(key);
      },
      putObject: inner.putObject,
    },
  };
}

function apiOver(store: QueryStore | DocumentStore): ApiHandler {
  return createApiHandler({ store, now: () => new Date(0), catalog: { maxAgeMs: 60_000, log: quiet } });
}

async function get(api: ApiHandler, path: string, query: Record<string, string> = {}): Promise<unknown> {
  const response = await api({ method: 'GET', path, query, headers: {} });
  expect(response.status, `${path} ${JSON.stringify(query)}: ${String(response.body)}`).toBe(200);
  return JSON.parse(String(response.body)) as unknown;
}

const QUERIES: [string, Record<string, string>][] = [
  ['/meta', {}],
  ['/documents', {}],
  ['/documents', { region: 'SE-W' }],
  ['/documents', { year: '2024', limit: '50', offset: '10' }],
  ['/documents', { region: 'unknown' }],
  // Without a region: merged across the regions' summaries, paged.
  ['/documents', { limit: '7' }],
  ['/documents', { offset: '30', limit: '25' }],
  ['/documents', { type: 'handlingsplan', limit: '12', offset: '3' }],
  ['/documents', { year: '2025', type: 'rapport' }],
  ['/documents', { offset: '100000' }],
  ['/measures', {}],
  ['/measures', { q: 'hyrbemanning' }],
  ['/measures', { q: 'läkemedel', year: '2025' }],
  ['/measures', { region: 'SE-Z', category: 'staffing_agency' }],
  ['/decisions', {}],
  ['/decisions', { q: 'uppdrag', region: 'SE-M' }],
  ['/compare', { regions: 'SE-W,SE-Z', year: '2024' }],
  ['/compare', { regions: 'SE-W,SE-Z,SE-M,SE-AB', years: '2022-2026' }],
  ['/compare', { regions: 'SE-O,SE-F,SE-I,SE-BD,unknown', years: '2023-2025' }],
  // The full listing, and pages of it (the cursor of each cell and of the documents).
  [
    '/compare',
    { regions: 'SE-W,SE-Z,SE-M,SE-AB', years: '2022-2026', measureLimit: 'all', documentLimit: 'all' },
  ],
  [
    '/compare',
    { regions: 'SE-W,SE-Z', year: '2024', measureLimit: '2', measureOffset: '1', documentLimit: '3' },
  ],
  ['/compare', { regions: 'SE-Z,unknown', years: '2024,2025', measureOffset: '3', documentOffset: '4' }],
];

describe('the document index read by the API', () => {
  it('answers compare, totals, documents, measures and decisions exactly as reading every document', async () => {
    const docs = [...SEEDS, ...ALL_DOCUMENTS, ...generatedSet(260)];
    const full = apiOver(fromDocumentStore(await bucketWith(docs)));
    const indexedStore = await indexedBucketWith(docs);
    const { port, stats } = counted(indexedStore);
    const indexed = apiOver(port);
    for (const [path, query] of QUERIES) {
      expect(await get(indexed, path, query), `${path} ${JSON.stringify(query)}`).toEqual(
        await get(full, path, query),
      );
    }
    // The export of a comparison lists every measure, from the index as from the documents.
    const csv = async (api: ApiHandler) =>
      new TextDecoder().decode(
        (
          await api({
            method: 'GET',
            path: '/export',
            query: { view: 'compare', format: 'csv', regions: 'SE-W,SE-Z,unknown', years: '2023-2025' },
            headers: {},
          })
        ).body as Uint8Array,
      );
    expect(await csv(indexed)).toBe(await csv(full));
    expect((await csv(indexed)).split('\n').length).toBe(16);
    // The comparison really has copies, versions and repeats to resolve, and totals to reconcile.
    const meta = (await get(indexed, '/meta')) as { documentCount: number; paperCount: number };
    expect(meta.paperCount).toBeLessThan(meta.documentCount);
    const comparison = (await get(indexed, '/compare', {
      regions: 'SE-W,SE-Z,SE-M,SE-AB',
      years: '2022-2026',
    })) as {
      documents: { totals: unknown[] }[];
      rows: { cells: { measures: { alsoIn: unknown[] }[] }[] }[];
    };
    expect(comparison.documents.some((doc) => doc.totals.length > 0)).toBe(true);
    expect(
      comparison.rows.some((row) => row.cells.some((cell) => cell.measures.some((m) => m.alsoIn.length > 0))),
    ).toBe(true);
    // Reading went through the index only: each index object read once for all those queries.
    const partitions = (await indexedStore.list(INDEX_ROOT)).length - 1;
    expect(stats.gets).toBe(partitions + 1);
    expect(partitions).toBeLessThan(docs.length / 2);
    // The listing is paged: a cell lists `measureLimit` of the measures it sums and says where to go on.
    type Paged = {
      rows: { cells: { measureCount: number; measures: unknown[]; nextMeasureOffset: number | null }[] }[];
    };
    const query = { regions: 'SE-W,SE-Z,SE-M,SE-AB', years: '2022-2026' };
    const cellsOf = async (extra: Record<string, string>) =>
      ((await get(indexed, '/compare', { ...query, ...extra })) as Paged).rows.flatMap((row) => row.cells);
    const defaults = await cellsOf({});
    expect(defaults.every((cell) => cell.measures.length === Math.min(20, cell.measureCount))).toBe(true);
    const two = await cellsOf({ measureLimit: '2' });
    expect(two.some((cell) => cell.measureCount > 2 && cell.nextMeasureOffset === 2)).toBe(true);
    expect(two.every((cell) => cell.measures.length === Math.min(2, cell.measureCount))).toBe(true);
  });

  it('lists /meta and unfiltered /documents from region summaries as the whole catalog, after changes too', async () => {
    const docs = [...generatedSet(220), ...ALL_DOCUMENTS];
    const store = await indexedBucketWith(docs);
    const { port, stats } = counted(store);
    // A region cache of one byte: the sweep over every region lets each go before the next is read; and
    // three rows of each region kept ready, so that most pages read the rest from the regions.
    const indexed = createApiHandler({
      store: port,
      now: () => new Date(0),
      catalog: { maxAgeMs: 0, log: quiet, regionCacheBytes: 1, listedRows: 3 },
    });
    const pages: Record<string, string>[] = [
      {},
      { limit: '9' },
      { offset: '17', limit: '40' },
      { year: '2024', limit: '15', offset: '5' },
      { type: 'tjansteskrivelse' },
    ];
    const same = async (when: string, api = indexed) => {
      // The reference reads every extracted document: the index hidden from it.
      const inner = fromDocumentStore(store);
      const full = apiOver({
        ...inner,
        listKeys: async (prefix) =>
          (await inner.listKeys(prefix)).filter((object) => !object.key.startsWith('index/')),
      });
      expect(await get(api, '/meta'), `${when} /meta`).toEqual(await get(full, '/meta'));
      for (const query of pages)
        expect(await get(api, '/documents', query), `${when} ${JSON.stringify(query)}`).toEqual(
          await get(full, '/documents', query),
        );
    };
    await same('as built');
    // Every region's summary was persisted by the ingest and read as it was: none built from partitions.
    const regions = (await store.list(SUMMARY_ROOT)).length;
    expect(regions).toBe(new Set(docs.map((doc) => doc.document.region?.code ?? 'unknown')).size);
    expect(indexed.catalog.summaryStats).toEqual({ persisted: regions, built: 0 });
    const before = new Map(
      [...store.objects]
        .filter(([key]) => key.startsWith(SUMMARY_ROOT))
        .map(([key, object]) => [key, object]),
    );
    // Answered from the index's partitions, never from extracted/ (no listing of it, no document read).
    expect(stats.gets).toBeGreaterThan(0);
    const listed: string[] = [];
    const probe = createApiHandler({
      store: {
        ...port,
        listKeys: (prefix) => {
          listed.push(prefix);
          return port.listKeys(prefix);
        },
      },
      now: () => new Date(0),
      catalog: { maxAgeMs: 0, log: quiet },
    });
    await get(probe, '/meta');
    await get(probe, '/documents');
    expect(listed.every((prefix) => !prefix.startsWith('extracted'))).toBe(true);
    // One listing per request, whatever the number of regions; requests during a sweep share it.
    expect(listed.length).toBe(2);
    listed.length = 0;
    probe.catalog.invalidate();
    await Promise.all([get(probe, '/meta'), get(probe, '/documents', { limit: '20' })]);
    expect(listed.length).toBe(1);

    // Re-extracted into another region, a new copy of a paper, a removal: the same answers again.
    const moved = docs[3]!;
    const movedTo = moved.document.region!.code === 'SE-Z' ? 'SE-W' : 'SE-Z';
    const reExtracted: ExtractedDocument = {
      ...moved,
      document: { ...moved.document, region: { ...moved.document.region!, code: movedTo } },
      extraction: { ...moved.extraction, extractedAt: '2026-01-01T00:00:00.000Z' },
    };
    await store.putJson(`extracted/${moved.documentId}.json`, reExtracted);
    await indexDocument(store, reExtracted, `extracted/${moved.documentId}.json`, moved);
    const copied = docs[11]!;
    const copy: ExtractedDocument = {
      ...copied,
      documentId: idOf('late-copy'),
      source: { ...copied.source, fileName: 'late-copy.pdf', uploadedAt: '2020-01-01T00:00:00.000Z' },
      extraction: { ...copied.extraction, method: 'text' },
    };
    await store.putJson(`extracted/${copy.documentId}.json`, copy);
    await indexDocument(store, copy, `extracted/${copy.documentId}.json`);
    const removed = docs[20]!;
    store.objects.delete(`extracted/${removed.documentId}.json`);
    expect(await removeFromIndex(store, removed.documentId)).toBe(1);
    await same('after changes');
    // A cold API over the summaries the ingest rewrote: every one current, none built.
    const cold = () =>
      createApiHandler({
        store: port,
        now: () => new Date(0),
        catalog: { maxAgeMs: 0, log: quiet, regionCacheBytes: 1, listedRows: 3 },
      });
    let api = cold();
    await same('cold after changes', api);
    expect(api.catalog.summaryStats).toEqual({ persisted: regions, built: 0 });
    // Summaries from before the changes (an older signature) put back: ignored, those regions rebuilt.
    const changed = [...before].filter(([key, object]) => store.objects.get(key)!.bytes !== object.bytes);
    expect(changed.length).toBeGreaterThanOrEqual(3);
    for (const [key, object] of changed) store.objects.set(key, object);
    api = cold();
    await same('older summaries', api);
    expect(api.catalog.summaryStats).toEqual({ persisted: regions - changed.length, built: changed.length });
    // Rebuilding writes exactly the stale ones.
    expect(await rebuildSummaries(store)).toEqual({ regions, written: changed.length });
    // A corrupt summary (one byte of its body altered) is refused by its checksum and rebuilt.
    const corrupted = summaryKey(moved.document.region!.code);
    const bytes = Uint8Array.from(store.objects.get(corrupted)!.bytes);
    const at = bytes.lastIndexOf('"'.charCodeAt(0));
    bytes[at - 1] = bytes[at - 1] === 'a'.charCodeAt(0) ? 'b'.charCodeAt(0) : 'a'.charCodeAt(0);
    await store.putBytes(corrupted, bytes);
    api = cold();
    await same('corrupt summary', api);
    expect(api.catalog.summaryStats).toEqual({ persisted: regions - 1, built: 1 });
    // No summaries at all (an index filed before they existed): every region built from its partitions.
    for (const key of before.keys()) store.objects.delete(key);
    api = cold();
    await same('no summaries', api);
    expect(api.catalog.summaryStats).toEqual({ persisted: 0, built: regions });
    expect(await rebuildSummaries(store)).toEqual({ regions, written: regions });
    expect(await rebuildSummaries(store)).toEqual({ regions, written: 0 });
    const meta = (await get(indexed, '/meta')) as { documentCount: number; paperCount: number };
    expect(meta.documentCount).toBe(docs.length + 1 - 1);
    // Copies to leave out of the listing (one row per paper).
    expect(meta.paperCount).toBeLessThan(meta.documentCount);
  });

  it('opens a single document in full (amounts, references) from extracted/', async () => {
    const doc = SEEDS[0]!;
    expect(doc.amounts.length).toBeGreaterThan(0);
    const api = apiOver(fromDocumentStore(await indexedBucketWith([doc])));
    const body = (await get(api, `/documents/${doc.documentId}`)) as { document: ExtractedDocument };
    expect(body.document).toEqual(JSON.parse(JSON.stringify(doc)));
  });

  it('reads the manifest and only the objects asked for on a cold start, then only partitions that changed', async () => {
    const docs = generatedSet(400);
    const store = await indexedBucketWith(docs);
    const { port, stats } = counted(store);
    const api = createApiHandler({
      store: port,
      now: () => new Date(0),
      catalog: { maxAgeMs: 0, log: quiet },
    });
    // A compare of one region reads the manifest and that region's partitions, nothing else.
    await get(api, '/compare', { regions: 'SE-W', year: '2024' });
    const partitions = (await store.list(INDEX_ROOT)).filter((key) => partitionOfKey(key) !== null).length;
    const summaries = (await store.list(SUMMARY_ROOT)).length;
    expect(summaries).toBe(new Set(docs.map((doc) => doc.document.region?.code ?? 'unknown')).size);
    const ofSeW = (await store.list(`${INDEX_ROOT}region=SE-W/`)).length;
    expect(ofSeW).toBeGreaterThan(0);
    expect(ofSeW).toBeLessThan(partitions / 10);
    expect(stats).toEqual({ lists: 1, gets: ofSeW + 1 });
    await get(api, '/compare', { regions: 'SE-W', year: '2024' });
    expect(stats).toEqual({ lists: 2, gets: ofSeW + 1 });
    // Listing documents of every region reads each region's persisted summary once, no partition.
    await get(api, '/documents');
    expect(stats).toEqual({ lists: 3, gets: ofSeW + 1 + summaries });
    expect(api.catalog.summaryStats).toEqual({ persisted: summaries, built: 0 });
    const added = syntheticDocument(REGION_CODES.indexOf('SE-W') + 21 * 400, mulberry32(3));
    expect(added.document.region!.code).toBe('SE-W');
    await store.putJson(`extracted/${added.documentId}.json`, added);
    await indexDocument(store, added, `extracted/${added.documentId}.json`);
    const year = String(added.document.years[0]);
    const body = (await get(api, '/compare', { regions: 'SE-W', year, measureLimit: 'all' })) as {
      rows: { cells: { measures: { documentId: string }[] }[] }[];
    };
    expect(body.rows.flatMap((row) => row.cells[0]!.measures.map((m) => m.documentId))).toContain(
      added.documentId,
    );
    // Only the partition the ingest changed is read again.
    expect(stats).toEqual({ lists: 4, gets: ofSeW + 2 + summaries });
  });

  it('keeps the regions read for compare within its byte bound, least recently used let go first', async () => {
    const store = await indexedBucketWith(generatedSet(400));
    const { port, stats } = counted(store);
    const sizeOf = async (region: string) => {
      let bytes = 0;
      for (const key of await store.list(`${INDEX_ROOT}region=${region}/`))
        bytes += (await store.getObject(key)).bytes.length;
      return bytes;
    };
    const [w, z] = [await sizeOf('SE-W'), await sizeOf('SE-Z')];
    // Room for one of the two regions only.
    const api = createApiHandler({
      store: port,
      now: () => new Date(0),
      catalog: { maxAgeMs: 60_000, log: quiet, regionCacheBytes: Math.max(w, z) + 1 },
    });
    const reads = async (regions: string) => {
      const before = stats.gets;
      await get(api, '/compare', { regions, year: '2024' });
      return stats.gets - before;
    };
    const partitionsOf = async (region: string) =>
      (await store.list(`${INDEX_ROOT}region=${region}/`)).length;
    expect(await reads('SE-W')).toBe((await partitionsOf('SE-W')) + 1);
    expect(await reads('SE-W')).toBe(0);
    // Both asked for at once: both kept for the answer, whatever the bound.
    expect(await reads('SE-W,SE-Z')).toBe(await partitionsOf('SE-Z'));
    // Then SE-W, used less recently, went; SE-Z stays.
    expect(await reads('SE-Z')).toBe(0);
    expect(await reads('SE-W')).toBe(await partitionsOf('SE-W'));
  });

  it('rebuilds a missing or older-version index from extracted/, with a log line, never serving it wrong', async () => {
    const docs = [...SEEDS, ...generatedSet(60)];
    const store = await bucketWith(docs);
    await store.putJson('index/v0/manifest.json', { version: 0 });
    const lines: { message: string; details: Record<string, unknown> }[] = [];
    const reference = apiOver(fromDocumentStore(await bucketWith(docs)));
    const api = createApiHandler({
      store,
      now: () => new Date(0),
      catalog: { maxAgeMs: 0, log: (message, details) => lines.push({ message, details }) },
    });
    const query = { regions: 'SE-W,SE-Z,SE-M', years: '2022-2026' };
    expect(await get(api, '/compare', query)).toEqual(await get(reference, '/compare', query));
    expect(lines[0]).toMatchObject({ details: { indexState: 'stale', rebuild: true } });
    await api.catalog.rebuilding;
    expect(lines.map((line) => line.message)).toContain('document index rebuilt from extracted/');
    expect(await new IndexReader(fromDocumentStore(store)).load()).toMatchObject({ state: 'ready' });
    expect(await get(api, '/compare', query)).toEqual(await get(reference, '/compare', query));
    expect(await get(api, '/measures', { q: 'hyrbemanning' })).toEqual(
      await get(reference, '/measures', { q: 'hyrbemanning' }),
    );

    // A partition no schema accepts: not served; the catalog reads extracted/ again.
    const [first] = await store.list(`${INDEX_ROOT}region=SE-W/`);
    const stored = new TextDecoder().decode((await store.getObject(first!)).bytes);
    // One figure changed behind the checksum's back.
    await store.putText(
      first!,
      stored.replace(/"amountMsek":\[(\d)/, (_, digit) => `"amountMsek":[${(Number(digit) + 1) % 10}`),
    );
    lines.length = 0;
    expect(await get(api, '/compare', query)).toEqual(await get(reference, '/compare', query));
    expect(lines[0]).toMatchObject({ details: { indexState: 'invalid' } });
  });
});

describe('the ingest path keeps the index', () => {
  const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.7\n${text}\n%%EOF\n`);

  function ingestDeps(store: MemoryDocumentStore, clock: { t: number }): IngestDeps {
    const now = () => new Date(clock.t);
    return { store, now, logger, extract: fakeExtractAt(now) };
  }

  it('files a new document, moves a re-extracted one, and forgets a removed one', async () => {
    const store = new MemoryDocumentStore(() => new Date('2025-10-24T10:00:00.000Z'));
    const clock = { t: Date.parse('2025-10-24T10:00:00.000Z') };
    const deps = ingestDeps(store, clock);
    const bytes = pdf('plan');
    const { documentId } = documentIdOf(bytes);
    store.put('uploads/SE-W/plan.pdf', bytes);
    expect((await ingestObject(deps, { bucket: 'b', key: 'uploads/SE-W/plan.pdf' })).status).toBe(
      'extracted',
    );
    const api = apiOver(store);
    const compare = async (region: string) =>
      ((await get(api, '/compare', { regions: region, year: '2024' })) as { columnTotals: (number | null)[] })
        .columnTotals[0];
    // The first API read finds no manifest: it reads extracted/ and writes the index back.
    expect(await compare('SE-W')).toBe(50);
    await api.catalog.rebuilding;
    expect(await store.exists(MANIFEST_KEY)).toBe(true);

    // The same bytes uploaded stating another region: extracted again, filed under SE-Z only.
    clock.t += 60_000;
    store.put('uploads/SE-Z/plan.pdf', bytes);
    expect((await ingestObject(deps, { bucket: 'b', key: 'uploads/SE-Z/plan.pdf' })).status).toBe(
      'extracted',
    );
    const partitionIds = async (region: string) => {
      const key = partitionKey({ region, year: 2024 });
      if (!(await store.exists(key))) return [];
      return storedEntries((await store.getObject(key)).bytes).map((entry) => entry.summary.documentId);
    };
    expect(await partitionIds('SE-W')).toEqual([]);
    expect(await partitionIds('SE-Z')).toEqual([documentId]);
    api.catalog.invalidate();
    expect(await compare('SE-W')).toBeNull();
    expect(await compare('SE-Z')).toBe(50);

    // Removed (its extracted/ object deleted out of band): taken out of the index, gone from the API.
    store.objects.delete(`extracted/${documentId}.json`);
    expect(await removeFromIndex(store, documentId)).toBe(1);
    api.catalog.invalidate();
    expect(await compare('SE-Z')).toBeNull();
    expect(((await get(api, '/documents')) as { count: number }).count).toBe(0);
  });

  it('signs each persisted region summary with the ETags of the partitions it read', async () => {
    const docs = generatedSet(60);
    const store = await indexedBucketWith(docs);
    const regions = (await store.list(SUMMARY_ROOT)).length;
    const coldMeta = async () => {
      const api = apiOver(store);
      await get(api, '/meta');
      return api.catalog.summaryStats;
    };
    expect(await coldMeta()).toEqual({ persisted: regions, built: 0 });
    // A partition changed between the writer's listing and its read: the summary carries what it read.
    const region = docs[0]!.document.region!.code;
    store.objects.delete(summaryKey(region));
    const listedEarlier = {
      listObjects: async (prefix: string) =>
        (await store.listObjects(prefix)).map((object) => ({ ...object, etag: '"listed-earlier"' })),
      // As S3's GetObject does, the read returns the ETag of the bytes it read.
      getObject: async (key: string) => ({
        bytes: (await store.getObject(key)).bytes,
        etag: (await store.head(key))!.etag!,
      }),
      putText: (key: string, text: string) => store.putText(key, text),
    };
    expect(await writeRegionSummary(listedEarlier, region)).toBe(true);
    expect(await coldMeta()).toEqual({ persisted: regions, built: 0 });
    // Written again only when its signature is not the region's current one (a redelivery writes nothing).
    expect(await writeRegionSummary(store, region)).toBe(false);
  });

  it('repairs the entry on redelivery when the ingest crashed after writing the document', async () => {
    const store = new MemoryDocumentStore(() => new Date('2025-10-24T10:00:00.000Z'));
    const clock = { t: Date.parse('2025-10-24T10:00:00.000Z') };
    let failIndexWrite = true;
    const original = store.putConditional.bind(store);
    store.putConditional = async (key, text, condition) => {
      if (key.startsWith(INDEX_ROOT) && failIndexWrite) {
        failIndexWrite = false;
        throw new Error('the function was stopped');
      }
      return original(key, text, condition);
    };
    const deps = ingestDeps(store, clock);
    const bytes = pdf('crash');
    const { documentId } = documentIdOf(bytes);
    store.put('uploads/SE-W/crash.pdf', bytes);
    await expect(ingestObject(deps, { bucket: 'b', key: 'uploads/SE-W/crash.pdf' })).rejects.toThrow(
      /stopped/,
    );
    expect(await store.exists(`extracted/${documentId}.json`)).toBe(true);
    const redelivered = await ingestObject(deps, { bucket: 'b', key: 'uploads/SE-W/crash.pdf' });
    expect(redelivered.status).toBe('skipped');
    const key = partitionKey({ region: 'SE-W', year: 2024 });
    expect(new TextDecoder().decode((await store.getObject(key)).bytes)).toContain(documentId);
  });

  it('loses no entry when many ingests write one partition at once', async () => {
    const store = new MemoryDocumentStore();
    // Reads that take a while, so the writers really interleave between read and conditional write.
    const getObject = store.getObject.bind(store);
    store.getObject = async (key) => {
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 3));
      return getObject(key);
    };
    const base = SEEDS[0]!;
    const docs = Array.from({ length: 24 }, (_, i) => ({
      ...base,
      documentId: idOf(`concurrent-${i}`),
      document: { ...base.document, title: `Plan ${i}` },
    }));
    const partition = partitionOf(base);
    let conflicts = 0;
    const putConditional = store.putConditional.bind(store);
    store.putConditional = async (key, text, condition) => {
      const etag = await putConditional(key, text, condition);
      if (etag === null) conflicts++;
      return etag;
    };
    await Promise.all(
      docs.map((doc) =>
        indexDocument(store, doc, `extracted/${doc.documentId}.json`, null, {
          attempts: 60,
          backoffMs: () => Math.random() * 5,
        }),
      ),
    );
    expect(conflicts).toBeGreaterThan(0);
    const entries = storedEntries((await store.getObject(partitionKey(partition))).bytes);
    expect(entries.map((entry) => entry.summary.documentId).sort()).toEqual(
      docs.map((doc) => doc.documentId).sort(),
    );
  });

  it('a full build keeps what an ingest filed while it ran', async () => {
    const docs = generatedSet(30);
    const store = await bucketWith(docs);
    const late = syntheticDocument(5000, mulberry32(5));
    // The build listed extracted/ before `late` landed; the ingest filed it before the build wrote.
    await store.putJson(`extracted/${late.documentId}.json`, late);
    await indexDocument(store, late, `extracted/${late.documentId}.json`);
    await buildIndex(
      store,
      docs.map((doc) => ({ key: `extracted/${doc.documentId}.json`, doc })),
      () => new Date(0),
    );
    const loaded = await new IndexReader(fromDocumentStore(store)).load();
    expect(loaded.state).toBe('ready');
    if (loaded.state !== 'ready') return;
    expect(loaded.entries.size).toBe(docs.length + 1);
    expect(loaded.entries.has(late.documentId)).toBe(true);
  });
});

describe('the partition encoding', () => {
  it('gives back every entry exactly, and refuses a body that does not match its checksum', () => {
    const docs = [...SEEDS, ...ALL_DOCUMENTS, ...generatedSet(40)];
    const partition = { region: 'SE-W', year: 2024 };
    const entries = docs.map((doc) => toIndexEntry(doc, `extracted/${doc.documentId}.json`));
    const text = encodePartition(partition, entries);
    const decoded = storedEntries(new TextEncoder().encode(text));
    const byId = (list: IndexEntry[]) =>
      [...list].sort((a, b) => (a.summary.documentId < b.summary.documentId ? -1 : 1));
    expect(decoded).toEqual(byId(JSON.parse(JSON.stringify(entries)) as IndexEntry[]));
    // Encoding what was decoded gives the same bytes: a writer's read – modify – write loses nothing.
    expect(encodePartition(partition, decoded)).toBe(text);
    const [header, body] = [text.slice(0, text.indexOf('\n')), text.slice(text.indexOf('\n') + 1)];
    const altered = `${header}\n${body.replace('"SE-W"', '"SE-Z"')}`;
    expect(decodePartition(new TextEncoder().encode(altered))).toEqual({
      error: 'body does not match its checksum',
    });
    expect(decodePartition(new TextEncoder().encode(text), { region: 'SE-Z', year: 2024 })).toEqual({
      error: 'header names another partition',
    });
  });
});

describe('the CLI over a bucket folder with the index', () => {
  it('compares from the compared regions as over the whole catalog, every measure listed', async () => {
    const docs = [...SEEDS, ...generatedSet(120)];
    const store = await indexedBucketWith(docs);
    const dir = mkdtempSync(join(tmpdir(), 'namndkoll-cli-index-'));
    try {
      for (const [key, object] of store.objects) {
        mkdirSync(dirname(join(dir, key)), { recursive: true });
        writeFileSync(join(dir, key), object.bytes);
      }
      const query = { regions: ['SE-W', 'SE-Z', 'unknown'] as RegionFilter[], years: [2023, 2024, 2025] };
      const fromRegions = await loadComparison({ data: dir }, query);
      expect(fromRegions).toEqual(compare(await loadSnapshot({ data: dir }), query));
      expect(fromRegions.rows.some((row) => row.cells.some((cell) => cell.measures.length > 0))).toBe(true);
      expect(fromRegions.documents.length).toBe(fromRegions.documentCount);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
