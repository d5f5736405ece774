/**
 * The query services: pure functions over a catalog snapshot. They return plain data (no HTTP); the router
 * turns them into responses and the CLI into tables.
 */
import { CATEGORY_NAMES_SV, MEASURE_CATEGORIES, UNKNOWN_REGION } from '../parsers/constants.ts';
import { reconciles, statedTolerance } from '../parsers/reconcile.ts';
import type { Effect, ExtractedDocument, Measure, MeasureCategory, RegionCode } from '../parsers/schema.ts';
import { type IndexedDocument, regionYearKey, type Snapshot } from './catalog.ts';
import { NotFoundError } from './errors.ts';
import type { CompareQuery, DecisionsQuery, DocumentsQuery, MeasuresQuery, RegionFilter } from './params.ts';
import { fold, matchesWords, queryWords, REGION_NAMES } from './swedish.ts';

export const DEFAULT_LIMIT = 1_000;

export interface RegionRef {
  code: string;
  name: string;
}

export function regionRef(code: RegionFilter | RegionCode | null): RegionRef {
  if (code === null || code === UNKNOWN_REGION) return { code: UNKNOWN_REGION, name: 'Okänd region' };
  return { code, name: REGION_NAMES[code] };
}

function regionMatches(entry: IndexedDocument, region: RegionFilter | undefined): boolean {
  if (region === undefined) return true;
  return region === UNKNOWN_REGION ? entry.region === null : entry.region === region;
}

export interface DocumentSummary {
  documentId: string;
  region: RegionRef | null;
  documentType: string;
  title: string | null;
  body: string | null;
  date: string | null;
  years: number[];
  fileName: string;
  pageCount: number;
  measureCount: number;
  decisionCount: number;
  warnings: ExtractedDocument['extraction']['warnings'];
  method: string;
  extractedAt: string;
  /** Which paper this file is (same region, type, title, date and figures ⇔ same paperId). */
  paperId: string;
  /** The copy counted instead of this file, or null when this is the copy that counts. */
  duplicateOf: string | null;
  /** The other files of the same paper. */
  copies: { documentId: string; fileName: string }[];
  /** A later version of this paper (same title, body and years, later date), or null. */
  supersededBy: string | null;
  /** Earlier versions this paper replaces. */
  supersedes: string[];
  /** Whether this document's figures are counted in compare, measures, exports and SQL's *_unique views. */
  counted: boolean;
}

export function summarize(entry: IndexedDocument): DocumentSummary {
  const { doc, paper } = entry;
  return {
    documentId: doc.documentId,
    region: entry.region ? regionRef(entry.region) : null,
    documentType: doc.document.documentType,
    title: doc.document.title,
    body: doc.document.body,
    date: doc.document.date,
    years: doc.document.years,
    fileName: doc.source.fileName,
    pageCount: doc.source.pageCount,
    measureCount: doc.measures.length,
    decisionCount: doc.decisions.length,
    warnings: doc.extraction.warnings,
    method: doc.extraction.method,
    extractedAt: doc.extraction.extractedAt,
    paperId: paper.paperId,
    duplicateOf: paper.duplicateOf,
    copies: paper.copies,
    supersededBy: paper.supersededBy,
    supersedes: paper.supersedes,
    counted: paper.counted,
  };
}

export function listDocuments(
  snapshot: Snapshot,
  query: DocumentsQuery,
): { count: number; offset: number; limit: number; documents: DocumentSummary[] } {
  // One row per paper: a copy is listed under the copy that counts (its `copies`), not as a row of its own.
  const matched = snapshot.documents
    .filter((entry) => entry.paper.duplicateOf === null)
    .filter((entry) => regionMatches(entry, query.region))
    .filter((entry) => query.year === undefined || entry.doc.document.years.includes(query.year))
    .filter((entry) => query.type === undefined || entry.doc.document.documentType === query.type);
  const offset = query.offset ?? 0;
  const limit = query.limit ?? DEFAULT_LIMIT;
  return {
    count: matched.length,
    offset,
    limit,
    documents: matched.slice(offset, offset + limit).map(summarize),
  };
}

export function getDocument(snapshot: Snapshot, documentId: string): IndexedDocument {
  const entry = snapshot.byId.get(documentId);
  if (!entry) throw new NotFoundError(`no extracted document with id ${documentId}`);
  return entry;
}

export interface MeasureItem {
  documentId: string;
  region: RegionRef | null;
  measureId: string;
  label: string | null;
  title: string;
  category: MeasureCategory;
  categoryName: string;
  subMeasureCount: number | null;
  /** Each counted effect; `raw` is its figure as the page prints it ("18,5"). */
  effects: Effect[];
  /** The effect for the requested year (sum if several), when a year was asked for. */
  amountMsek: number | null;
  page: number;
  evidence: string;
  documentTitle: string | null;
  documentType: string;
  documentDate: string | null;
}

export function listMeasures(
  snapshot: Snapshot,
  query: MeasuresQuery,
): { count: number; offset: number; limit: number; measures: MeasureItem[] } {
  const words = queryWords(query.q);
  const matched = snapshot.measures.filter(
    (item) =>
      regionMatches(item.entry, query.region) &&
      (query.regions === undefined || query.regions.some((region) => regionMatches(item.entry, region))) &&
      (query.category === undefined || item.measure.category === query.category) &&
      (query.year === undefined || item.countedEffects.some((effect) => effect.year === query.year)) &&
      matchesWords(item.folded, words),
  );
  const offset = query.offset ?? 0;
  const limit = query.limit ?? DEFAULT_LIMIT;
  const measures = matched
    .slice(offset, offset + limit)
    .map(({ entry, measure, countedEffects }) =>
      measureItem(
        entry.doc.documentId,
        entry.region,
        entry.doc.document,
        measure,
        countedEffects,
        query.year,
      ),
    );
  return { count: matched.length, offset, limit, measures };
}

/** A counted measure as the measure listing gives it (also built from the index's columns: listings.ts). */
export function measureItem(
  documentId: string,
  region: RegionCode | null,
  document: Pick<ExtractedDocument['document'], 'title' | 'documentType' | 'date'>,
  measure: Measure,
  countedEffects: Effect[],
  year: number | undefined,
): MeasureItem {
  const forYear = countedEffects.filter((effect) => effect.year === year);
  return {
    documentId,
    region: region ? regionRef(region) : null,
    measureId: measure.id,
    label: measure.label,
    title: measure.title,
    category: measure.category,
    categoryName: CATEGORY_NAMES_SV[measure.category],
    subMeasureCount: measure.subMeasureCount,
    // The effects counted here; one stated identically in another paper is counted (and listed) there.
    effects: countedEffects,
    amountMsek:
      forYear.length > 0 ? round(forYear.reduce((sum, effect) => sum + effect.amountMsek, 0)) : null,
    page: measure.page,
    evidence: measure.evidence,
    documentTitle: document.title,
    documentType: document.documentType,
    documentDate: document.date,
  };
}

export interface DecisionItem {
  documentId: string;
  region: RegionRef | null;
  decisionId: string;
  parentId: string | null;
  kind: string;
  actor: string | null;
  text: string;
  page: number;
  documentTitle: string | null;
  documentDate: string | null;
}

export function listDecisions(
  snapshot: Snapshot,
  query: DecisionsQuery,
): { count: number; offset: number; limit: number; decisions: DecisionItem[] } {
  const words = queryWords(query.q);
  const matched: DecisionItem[] = [];
  for (const entry of snapshot.documents) {
    // A copy's decision points are its paper's, listed once from the copy that counts; an earlier
    // version's are replaced by the later one's (as the SQL view decisions_unique).
    if (!entry.paper.counted) continue;
    if (!regionMatches(entry, query.region)) continue;
    if (query.year !== undefined && !entry.doc.document.years.includes(query.year)) continue;
    for (const decision of entry.doc.decisions) {
      if (!decisionMatches(decision, words)) continue;
      matched.push(decisionItem(entry.doc.documentId, entry.region, entry.doc.document, decision));
    }
  }
  const offset = query.offset ?? 0;
  const limit = query.limit ?? DEFAULT_LIMIT;
  return { count: matched.length, offset, limit, decisions: matched.slice(offset, offset + limit) };
}

/** Whether a decision point has every word (folded) in its actor or text. */
export function decisionMatches(decision: ExtractedDocument['decisions'][number], words: string[]): boolean {
  return words.length === 0 || matchesWords(fold(`${decision.actor ?? ''}\n${decision.text}`), words);
}

/** A decision point as the decision listing gives it (also built from the index's columns: listings.ts). */
export function decisionItem(
  documentId: string,
  region: RegionCode | null,
  document: Pick<ExtractedDocument['document'], 'title' | 'date'>,
  decision: ExtractedDocument['decisions'][number],
): DecisionItem {
  return {
    documentId,
    region: region ? regionRef(region) : null,
    decisionId: decision.id,
    parentId: decision.parentId,
    kind: decision.kind,
    actor: decision.actor,
    text: decision.text,
    page: decision.page,
    documentTitle: document.title,
    documentDate: document.date,
  };
}

export interface CompareColumn {
  region: RegionRef;
  year: number;
}

export interface CompareMeasure {
  documentId: string;
  measureId: string;
  label: string | null;
  title: string;
  amountMsek: number;
  effectType: string;
  page: number;
  evidence: string;
  /** The year's figure as the page prints it ("18,5", "50 mkr"), when the extraction quoted it. */
  figure: string | null;
  documentTitle: string | null;
  /**
   * Other documents of the same region stating the same measure (same title and amount for the year): the
   * same plan often appears in a memo and its appendix. It is counted once; these are its other sources.
   */
  alsoIn: { documentId: string; documentTitle: string | null; fileName: string; page: number }[];
}

export interface CompareCell {
  /** Sum of the measure effects, or null when no measure falls in the cell. */
  amountMsek: number | null;
  /** How many measures the cell sums (all of them, whatever page of `measures` is listed). */
  measureCount: number;
  /** The listed page of the cell's measures, in (documentId, measureId) order. */
  measures: CompareMeasure[];
  /** The `measureOffset` of the next page, or null when this page reaches the end. */
  nextMeasureOffset: number | null;
}

export interface CompareRow {
  category: MeasureCategory;
  name: string;
  cells: CompareCell[];
}

export interface StatedTotal {
  label: string;
  year: number;
  amountMsek: number;
  /** The sum of the document's measure effects for that year, as computed here. */
  sumOfMeasures: number;
  reconciled: boolean;
  page: number;
}

export interface CompareDocument {
  documentId: string;
  region: RegionRef;
  title: string | null;
  fileName: string;
  documentType: string;
  date: string | null;
  totals: StatedTotal[];
  warnings: ExtractedDocument['extraction']['warnings'];
  /** Other files of the same paper, not counted. */
  copies: { documentId: string; fileName: string }[];
}

export interface Comparison {
  regions: RegionRef[];
  years: number[];
  columns: CompareColumn[];
  rows: CompareRow[];
  /** Column sums over all categories (null where the column has no measures). */
  columnTotals: (number | null)[];
  /** How many documents the reconciliation has (all of them, whatever page of `documents` is listed). */
  documentCount: number;
  /** The listed page of the documents with a counted measure or a stated total in the compared cells. */
  documents: CompareDocument[];
  /** The `documentOffset` of the next page, or null. */
  nextDocumentOffset: number | null;
}

/** The part `[offset, offset + limit)` of a listing (null limit: to the end) and where the next one starts. */
export function pageOf<T>(
  items: readonly T[],
  offset: number,
  limit: number | null,
): { items: T[]; next: number | null } {
  const end = limit === null ? items.length : Math.min(items.length, offset + limit);
  return { items: items.slice(offset, end), next: end < items.length ? end : null };
}

export function compare(snapshot: Snapshot, query: CompareQuery): Comparison {
  const columns: CompareColumn[] = [];
  for (const region of query.regions)
    for (const year of query.years) columns.push({ region: regionRef(region), year });
  const categoryIndex = new Map(MEASURE_CATEGORIES.map((category, index) => [category, index]));
  const cells: { amountMsek: number | null; measures: CompareMeasure[] }[][] = MEASURE_CATEGORIES.map(() =>
    columns.map(() => ({ amountMsek: null, measures: [] })),
  );
  const documents = new Map<string, IndexedDocument>();

  columns.forEach((column, columnIndex) => {
    const key = regionYearKey(column.region.code === UNKNOWN_REGION ? null : column.region.code, column.year);
    // The snapshot holds only effects that count, each once (copies, versions and repeats resolved there).
    for (const { measure, effect, alsoIn } of snapshot.effectsByRegionYear.get(key) ?? []) {
      const categoryRow = categoryIndex.get(measure.measure.category)!;
      const cell = cells[categoryRow]![columnIndex]!;
      documents.set(measure.entry.doc.documentId, measure.entry);
      cell.amountMsek = (cell.amountMsek ?? 0) + effect.amountMsek;
      cell.measures.push({
        documentId: measure.entry.doc.documentId,
        measureId: measure.measure.id,
        label: measure.measure.label,
        title: measure.measure.title,
        amountMsek: effect.amountMsek,
        effectType: effect.type,
        page: measure.measure.page,
        evidence: measure.measure.evidence,
        figure: effect.raw ?? null,
        documentTitle: measure.entry.doc.document.title,
        alsoIn,
      });
    }
  });
  // Documents of the chosen regions that state a total for a chosen year belong in the reconciliation too.
  // Only documents that count: a copy or an earlier version would list the same total again.
  for (const entry of snapshot.documents) {
    if (!entry.paper.counted) continue;
    if (!query.regions.some((region) => regionMatches(entry, region))) continue;
    if (entry.doc.totals.some((total) => query.years.includes(total.year)))
      documents.set(entry.doc.documentId, entry);
  }

  const rows: CompareRow[] = MEASURE_CATEGORIES.map((category, index) => ({
    category,
    name: CATEGORY_NAMES_SV[category],
    cells: cells[index]!.map((cell) => {
      const page = pageOf(cell.measures, query.page?.measureOffset ?? 0, query.page?.measureLimit ?? null);
      return {
        amountMsek: cell.amountMsek === null ? null : round(cell.amountMsek),
        measureCount: cell.measures.length,
        measures: page.items,
        nextMeasureOffset: page.next,
      };
    }),
  }));
  const sorted = [...documents.values()].sort(byDocumentOrder);
  const page = pageOf(sorted, query.page?.documentOffset ?? 0, query.page?.documentLimit ?? null);
  return {
    regions: query.regions.map(regionRef),
    years: query.years,
    columns,
    rows,
    columnTotals: columnTotalsOf(rows, columns.length),
    documentCount: sorted.length,
    documents: page.items.map((entry) =>
      compareDocument(entry.doc, entry.region, entry.paper.copies, query.years),
    ),
    nextDocumentOffset: page.next,
  };
}

/** Column sums over all categories (null where the column has no measures). */
export function columnTotalsOf(rows: readonly CompareRow[], columns: number): (number | null)[] {
  return Array.from({ length: columns }, (_, columnIndex) => {
    let total: number | null = null;
    for (const row of rows) {
      const value = row.cells[columnIndex]!.amountMsek;
      if (value !== null) total = (total ?? 0) + value;
    }
    return total === null ? null : round(total);
  });
}

/** A document as the comparison's reconciliation lists it. */
export function compareDocument(
  doc: {
    documentId: string;
    document: Pick<ExtractedDocument['document'], 'title' | 'documentType' | 'date'>;
    source: Pick<ExtractedDocument['source'], 'fileName'>;
    extraction: Pick<ExtractedDocument['extraction'], 'warnings'>;
    totals: ExtractedDocument['totals'];
    measures: { effects: Effect[] }[];
  },
  region: RegionCode | null,
  copies: CompareDocument['copies'],
  years: number[],
): CompareDocument {
  return {
    documentId: doc.documentId,
    region: regionRef(region),
    title: doc.document.title,
    fileName: doc.source.fileName,
    documentType: doc.document.documentType,
    date: doc.document.date,
    totals: statedTotals(doc, years),
    warnings: doc.extraction.warnings,
    copies,
  };
}

function statedTotals(
  doc: { totals: ExtractedDocument['totals']; measures: { effects: Effect[] }[] },
  years: number[],
): StatedTotal[] {
  return doc.totals
    .filter((total) => years.includes(total.year))
    .map((total) => {
      const computed = round(
        doc.measures.reduce(
          (sum, measure) =>
            sum +
            measure.effects
              .filter((effect) => effect.year === total.year)
              .reduce((s, effect) => s + effect.amountMsek, 0),
          0,
        ),
      );
      // The extraction knows which measures a total covers (its table); fall back to all measures of the year.
      const sumOfMeasures = total.sumOfMeasures ?? computed;
      return {
        label: total.label,
        year: total.year,
        amountMsek: total.amountMsek,
        sumOfMeasures,
        reconciled:
          total.reconciled ?? reconciles(sumOfMeasures, total.amountMsek, statedTolerance(total.amountMsek)),
        page: total.page,
      };
    });
}

function byDocumentOrder(a: IndexedDocument, b: IndexedDocument): number {
  const ra = a.region ?? 'zz';
  const rb = b.region ?? 'zz';
  if (ra !== rb) return ra < rb ? -1 : 1;
  return a.doc.documentId < b.doc.documentId ? -1 : 1;
}

/** Sums of decimal amounts drift (0.1 + 0.2); two decimals is finer than any paper states. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}
