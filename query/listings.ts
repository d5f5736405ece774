/**
 * Listings answered from the document index's small objects instead of the whole catalog, shared by the
 * API and the CLI: each gives exactly what services.ts gives over `Catalog.current()` (the reasons are in
 * region-summary.ts and region-facts.ts; tests/unit/doc-index.test.ts and cli-index-paths.test.ts hold the
 * paths to the same answers), or null when the index cannot answer and the caller must build the catalog.
 */

import { MEASURE_CATEGORIES } from '../parsers/constants.ts';
import type { Catalog } from './catalog.ts';
import { effectOf, measureOf, type RowRef } from './doc-summary.ts';
import type { DecisionsQuery, DocumentsQuery, MeasuresQuery } from './params.ts';
import { type CountedMeasure, type RegionFacts, regionOf } from './region-facts.ts';
import { type ListedDocument, pageAcrossRegions } from './region-summary.ts';
import {
  DEFAULT_LIMIT,
  type DecisionItem,
  decisionItem,
  decisionMatches,
  type listDocuments,
  type listMeasures,
  measureItem,
  summarize,
} from './services.ts';
import { matchesWords, queryWords } from './swedish.ts';

export type DocumentListing = ReturnType<typeof listDocuments>;
export type MeasureListing = ReturnType<typeof listMeasures>;
export type DecisionListing = { count: number; offset: number; limit: number; decisions: DecisionItem[] };

/**
 * Unrestricted `/documents` from the regions' summaries: the count and the page's ids merged across
 * regions in the catalog's order, then only the regions the page lists beyond their ready first rows are
 * read. Null without a usable index (the caller lists from the whole catalog).
 */
export async function documentsAcrossRegions(
  catalog: Catalog,
  query: DocumentsQuery,
): Promise<DocumentListing | null> {
  const summaries = await catalog.regionSummaries();
  if (!summaries) return null;
  const offset = query.offset ?? 0;
  const limit = query.limit ?? DEFAULT_LIMIT;
  const { count, page } = pageAcrossRegions(summaries, query, offset, limit);
  const byRegion = new Map<string, string[]>();
  const ready = new Map(summaries.map((summary) => [summary.region, summary.first]));
  const found = new Map<string, ListedDocument>();
  for (const { region, id, row } of page) {
    // The first rows of each region are ready; only a deeper page reads regions.
    const listed = ready.get(region)?.[row];
    if (listed) {
      found.set(id, listed);
      continue;
    }
    const ids = byRegion.get(region);
    if (ids) ids.push(id);
    else byRegion.set(region, [id]);
  }
  for (const [region, ids] of byRegion) {
    const documents = await catalog.regionDocuments(region, ids);
    if (!documents) return null;
    for (const entry of documents) found.set(entry.doc.documentId, summarize(entry));
  }
  return { count, offset, limit, documents: page.map(({ id }) => found.get(id)!) };
}

/**
 * `/measures` over `facts` (every region of the catalog, or the ones a query names) from the index's
 * columns: each region's counted measures (RegionFacts.countedMeasures: repeats count once within a
 * region, which is the catalog's rule, so regions can be taken one by one), filtered on the columns and
 * the stored folded search text, then in the catalog's order — documents newest first (date, then
 * documentId), each document's measures in page order. Only the page listed is turned into objects.
 */
export function measuresAcrossRegions(
  facts: ReadonlyMap<string, RegionFacts>,
  query: Pick<MeasuresQuery, 'category' | 'year' | 'q' | 'offset' | 'limit'>,
): MeasureListing {
  const words = queryWords(query.q);
  const matched: { region: RegionFacts; counted: CountedMeasure }[] = [];
  for (const region of facts.values()) {
    for (const counted of region.countedMeasures()) {
      const { ref, measure: m, effects } = counted;
      const c = ref.partition.columns;
      if (query.category !== undefined && MEASURE_CATEGORIES[c.category[m]!] !== query.category) continue;
      if (query.year !== undefined && !effects.some((e) => c.effectYear[e] === query.year)) continue;
      if (words.length > 0 && !matchesWords(ref.partition.more().folded[m]!, words)) continue;
      matched.push({ region, counted });
    }
  }
  matched.sort((a, b) => {
    const ca = a.counted.ref.partition.columns;
    const cb = b.counted.ref.partition.columns;
    const da = ca.date[a.counted.ref.row] ?? '';
    const db = cb.date[b.counted.ref.row] ?? '';
    if (da !== db) return da < db ? 1 : -1;
    const ia = ca.id[a.counted.ref.row]!;
    const ib = cb.id[b.counted.ref.row]!;
    if (ia !== ib) return ia < ib ? -1 : 1;
    return a.counted.measure - b.counted.measure;
  });
  const offset = query.offset ?? 0;
  const limit = query.limit ?? DEFAULT_LIMIT;
  const measures = matched.slice(offset, offset + limit).map(({ region, counted }) => {
    const { partition, row } = counted.ref;
    const c = partition.columns;
    return measureItem(
      c.id[row]!,
      regionOf(region.region),
      { title: c.title[row]!, documentType: c.documentType[row]!, date: c.date[row]! },
      measureOf(partition, counted.measure),
      counted.effects.map((e) => effectOf(c, e)),
      query.year,
    );
  });
  return { count: matched.length, offset, limit, measures };
}

/**
 * `/decisions` over `facts` from the index's columns: the decision points of each region's counted
 * documents (a copy's are its paper's, an earlier version's are replaced: paper status per region, as
 * region-facts.ts says), documents in the catalog's order (newest first by date, then documentId), each
 * document's points in order.
 */
export function decisionsAcrossRegions(
  facts: ReadonlyMap<string, RegionFacts>,
  query: Pick<DecisionsQuery, 'year' | 'q' | 'offset' | 'limit'>,
): DecisionListing {
  const words = queryWords(query.q);
  const documents: { region: RegionFacts; id: string; date: string; ref: RowRef }[] = [];
  for (const region of facts.values()) {
    for (const [id, ref] of region.rows) {
      if (!region.papers.get(id)!.counted) continue;
      const c = ref.partition.columns;
      if (query.year !== undefined && !c.years[ref.row]!.includes(query.year)) continue;
      documents.push({ region, id, date: c.date[ref.row] ?? '', ref });
    }
  }
  documents.sort((a, b) => (a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.id < b.id ? -1 : 1));
  const matched: DecisionItem[] = [];
  for (const { region, id, ref } of documents) {
    const c = ref.partition.columns;
    const document = { title: c.title[ref.row]!, date: c.date[ref.row]! };
    for (const decision of ref.partition.more().decisions[ref.row]!)
      if (decisionMatches(decision, words))
        matched.push(decisionItem(id, regionOf(region.region), document, decision));
  }
  const offset = query.offset ?? 0;
  const limit = query.limit ?? DEFAULT_LIMIT;
  return { count: matched.length, offset, limit, decisions: matched.slice(offset, offset + limit) };
}
