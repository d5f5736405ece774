/**
 * What an unrestricted listing needs of a region, kept small so that `/meta` and the first pages of
 * `/documents` at 200,000 documents never hold every region's partitions at once: per region its
 * document and paper counts, the years its documents cover, and the listed papers (one row per paper:
 * copies left out) in the catalog's order — newest first by date, then documentId.
 *
 * Why per region is exact: paper identity hashes the region (parsers/paper.ts), so resolving papers over
 * one region's documents gives the status resolving them over all would (see region-facts.ts). The
 * catalog's order is total (ids are unique), so merging regions' sorted lists gives the global order.
 */

import { crc32 } from 'node:zlib';
import { INDEX_VERSION } from './doc-summary.ts';
import type { RegionFacts } from './region-facts.ts';
import type { summarize } from './services.ts';

export interface RegionSummary {
  region: string;
  /** Documents of the region, copies and superseded versions included (the snapshot's `documents`). */
  documents: number;
  /** Papers: documents that are no copy of another (`duplicateOf === null`). */
  papers: number;
  /** The distinct document years of the region's documents. */
  years: number[];
  /** The papers (duplicateOf null) in the catalog's order, as parallel columns. */
  ids: string[];
  dates: (string | null)[];
  docYears: number[][];
  types: string[];
  /**
   * The first `firstRows` listed papers as `/documents` lists them (services.ts summarize), made when the
   * region is summarized: the first pages across regions (the web page's) then read no partition.
   */
  first: ListedDocument[];
}

/** How many of a region's listed papers are kept ready by default: one default page (services.ts DEFAULT_LIMIT). */
export const FIRST_ROWS = 1_000;

export type ListedDocument = ReturnType<typeof summarize>;

export function summarizeRegion(
  facts: RegionFacts,
  listed: (ids: readonly string[]) => ListedDocument[],
  firstRows = FIRST_ROWS,
): RegionSummary {
  const years = new Set<number>();
  const rows: { id: string; date: string | null; years: number[]; type: string }[] = [];
  for (const [documentId, { partition, row }] of facts.rows) {
    const c = partition.columns;
    for (const year of c.years[row]!) years.add(year);
    if (facts.papers.get(documentId)!.duplicateOf !== null) continue;
    rows.push({ id: documentId, date: c.date[row]!, years: c.years[row]!, type: c.documentType[row]! });
  }
  rows.sort(byCatalogOrder);
  return {
    region: facts.region,
    documents: facts.rows.size,
    papers: rows.length,
    years: [...years],
    ids: rows.map((r) => r.id),
    dates: rows.map((r) => r.date),
    docYears: rows.map((r) => r.years),
    types: rows.map((r) => r.type),
    first: listed(rows.slice(0, firstRows).map((r) => r.id)),
  };
}

/** catalog.ts compareDocuments on (date, id): newest date first, then documentId. */
function byCatalogOrder(
  a: { id: string; date: string | null },
  b: { id: string; date: string | null },
): number {
  const da = a.date ?? '';
  const db = b.date ?? '';
  if (da !== db) return da < db ? 1 : -1;
  return a.id < b.id ? -1 : 1;
}

/**
 * The papers matching `year`/`type` across `summaries`, merged in the catalog's order: how many there are,
 * and the region and id of those in `[offset, offset + limit)`.
 */
export function pageAcrossRegions(
  summaries: readonly RegionSummary[],
  filter: { year?: number | undefined; type?: string | undefined },
  offset: number,
  limit: number,
): { count: number; page: { region: string; id: string; row: number }[] } {
  const matches = (s: RegionSummary, i: number) =>
    (filter.year === undefined || s.docYears[i]!.includes(filter.year)) &&
    (filter.type === undefined || s.types[i] === filter.type);
  const lists = summaries.map((s) => {
    const rows: number[] = [];
    for (let i = 0; i < s.ids.length; i++) if (matches(s, i)) rows.push(i);
    return { s, rows, at: 0 };
  });
  const count = lists.reduce((sum, list) => sum + list.rows.length, 0);
  const page: { region: string; id: string; row: number }[] = [];
  const end = Math.min(count, offset + limit);
  for (let position = 0; position < end; position++) {
    // k-way merge: regions are few (22 and `unknown`), a linear pick per row is enough.
    let best: (typeof lists)[number] | null = null;
    for (const list of lists) {
      if (list.at >= list.rows.length) continue;
      if (!best) {
        best = list;
        continue;
      }
      const a = { id: list.s.ids[list.rows[list.at]!]!, date: list.s.dates[list.rows[list.at]!]! };
      const b = { id: best.s.ids[best.rows[best.at]!]!, date: best.s.dates[best.rows[best.at]!]! };
      if (byCatalogOrder(a, b) < 0) best = list;
    }
    const i = best!.rows[best!.at++]!;
    if (position >= offset) page.push({ region: best!.s.region, id: best!.s.ids[i]!, row: i });
  }
  return { count, page };
}

/**
 * A region's summary as the ingest persists it (functions/lib/doc-index.ts writeRegionSummary), with the
 * signature (doc-summary.ts regionSignature) of the partitions it was made from: a reader uses it only
 * while the region's listed signature is that one, so a summary older than its partitions is never served.
 */
export interface StoredSummary {
  signature: string;
  summary: RegionSummary;
}

/**
 * Stored as the partitions are: one header line (version, region, signature, body length and CRC-32),
 * then the summary as JSON. A truncated or altered body is refused by its checksum, not by a schema.
 */
export function encodeStoredSummary(signature: string, summary: RegionSummary): string {
  const body = JSON.stringify(summary);
  const bytes = Buffer.from(body, 'utf8');
  const header = {
    version: INDEX_VERSION,
    region: summary.region,
    signature,
    bytes: bytes.length,
    crc32: crc32(bytes),
  };
  return `${JSON.stringify(header)}\n${body}\n`;
}

/** The stored summary of `region`, or null when the object is not one (other version, corrupt, truncated). */
export function decodeStoredSummary(bytes: Uint8Array, region: string): StoredSummary | null {
  const newline = bytes.indexOf(10);
  if (newline < 0) return null;
  let header: Record<string, unknown>;
  try {
    header = JSON.parse(Buffer.from(bytes.subarray(0, newline)).toString('utf8')) as Record<string, unknown>;
  } catch {
    return null;
  }
  if (
    header === null ||
    typeof header !== 'object' ||
    header['version'] !== INDEX_VERSION ||
    header['region'] !== region ||
    typeof header['signature'] !== 'string' ||
    typeof header['bytes'] !== 'number' ||
    typeof header['crc32'] !== 'number'
  )
    return null;
  const body = bytes.subarray(newline + 1, newline + 1 + header['bytes']);
  if (body.length !== header['bytes'] || crc32(body) !== header['crc32']) return null;
  let summary: RegionSummary;
  try {
    summary = JSON.parse(Buffer.from(body).toString('utf8')) as RegionSummary;
  } catch {
    return null;
  }
  // The columns must line up; the checksum already vouches for the writer's content.
  const n = summary?.ids?.length;
  if (
    summary?.region !== region ||
    typeof n !== 'number' ||
    summary.papers !== n ||
    typeof summary.documents !== 'number' ||
    !Array.isArray(summary.years) ||
    summary.dates?.length !== n ||
    summary.docYears?.length !== n ||
    summary.types?.length !== n ||
    !Array.isArray(summary.first)
  )
    return null;
  return { signature: header['signature'], summary };
}
