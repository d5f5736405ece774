/**
 * Listings answered from the document index's small objects instead of the whole catalog, shared by the
 * API and the CLI: each gives exactly what services.ts gives over `Catalog.current()` (the reasons are in
 * region-summary.ts and region-facts.ts; tests/unit/doc-index.test.ts and cli-index-paths.test.ts hold the
 * paths to the same answers), or null when the index cannot answer and the caller must build the catalog.
 */
import type { Catalog } from './catalog.ts';
import type { DocumentsQuery } from './params.ts';
import { type ListedDocument, pageAcrossRegions } from './region-summary.ts';
import { DEFAULT_LIMIT, type listDocuments, summarize } from './services.ts';

export type DocumentListing = ReturnType<typeof listDocuments>;

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
