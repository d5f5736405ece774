/**
 * A comparison answered from the document index's columns (doc-summary.ts), one region at a time, without
 * building the whole catalog: issue 12's compare at 200,000 documents.
 *
 * Why one region is enough: every rule that makes one figure count once stays inside a region. A paper's
 * identity and its lineage hash the region (parsers/paper.ts), and a measure stated in two papers counts
 * once only within the same region, year, category, title and amount (catalog.ts). So resolving papers
 * and repeats over one region's documents gives, for that region, exactly what resolving them over every
 * document gives; `tests/unit/doc-index.test.ts` holds the two paths to the same answers.
 *
 * What is kept per region: its decoded partitions (columns), the paper status of each document, and per
 * year asked for the counted effect rows by category with their sums. Only the measures and documents a
 * page lists are turned into objects.
 */

import { CATEGORY_NAMES_SV, MEASURE_CATEGORIES, UNKNOWN_REGION } from '../parsers/constants.ts';
import { type PaperCandidate, type PaperStatus, resolvePapers } from '../parsers/paper.ts';
import type { Effect, RegionCode } from '../parsers/schema.ts';
import type { AlsoIn } from './catalog.ts';
import type { DocumentSummary, KnownPartition, PartitionColumns, RowRef } from './doc-summary.ts';
import { documentRows, EFFECT_TYPES, effectOf, summaryOf } from './doc-summary.ts';
import type { CompareQuery } from './params.ts';
import {
  type CompareCell,
  type CompareColumn,
  type CompareDocument,
  type CompareMeasure,
  type CompareRow,
  type Comparison,
  columnTotalsOf,
  compareDocument,
  pageOf,
  regionRef,
  round,
} from './services.ts';

/** One counted effect row of a cell: which document row, which measure and effect of it. */
interface EffectRow {
  ref: RowRef;
  /** Index into the partition's measure columns. */
  measure: number;
  /** Index into the partition's effect columns. */
  effect: number;
  alsoIn: AlsoIn[];
}

interface YearCells {
  /** Per category (MEASURE_CATEGORIES order): the counted rows in (documentId, measureId) order. */
  rows: EffectRow[][];
  /** Per category: the sum of the rows' amounts, summed in that order (as the catalog does), or null. */
  sums: (number | null)[];
}

export class RegionFacts {
  /** The document rows that stand for documents (own partition; of two, the later extraction). */
  readonly rows: Map<string, RowRef>;
  readonly papers: Map<string, PaperStatus>;
  /** Bytes of the partitions held: what the catalog's cache of regions is bounded by. */
  readonly size: number;
  private readonly years = new Map<number, YearCells>();
  private readonly reconciled = new Map<string, string[]>();
  /** The counted documents in id order (the catalog's row order), built on first use. */
  private countedInOrder: [string, RowRef][] | null = null;

  constructor(
    /** The partition region: a region code or `unknown`. */
    readonly region: string,
    readonly partitions: readonly KnownPartition[],
  ) {
    this.rows = documentRows(partitions.map((known) => known.partition));
    const candidates: PaperCandidate[] = [];
    for (const [documentId, { partition, row }] of this.rows) {
      const c = partition.columns;
      candidates.push({
        documentId,
        paperId: c.paperId[row]!,
        lineageId: c.lineageId[row]!,
        method: c.method[row]!,
        uploadedAt: c.uploadedAt[row]!,
        date: c.date[row]!,
        fileName: c.fileName[row]!,
      });
    }
    this.papers = resolvePapers(candidates);
    this.size = partitions.reduce((sum, known) => sum + known.partition.size, 0);
  }

  /** Numbers for title keys, region-wide: what makes two measures of the region the same measure. */
  private readonly titleKeyNumbers = new Map<string, number>();
  /** Per partition: its title dictionary's entries as region-wide numbers. */
  private readonly titleNumbers = new Map<PartitionColumns, number[]>();

  /** The measure's (category, title key) as one number. */
  private measureKind(c: PartitionColumns, m: number): number {
    let numbers = this.titleNumbers.get(c);
    if (!numbers) {
      numbers = c.titleKeys.map((key) => {
        let number = this.titleKeyNumbers.get(key);
        if (number === undefined) {
          number = this.titleKeyNumbers.size;
          this.titleKeyNumbers.set(key, number);
        }
        return number;
      });
      this.titleNumbers.set(c, numbers);
    }
    return numbers[c.titleIndex[m]!]! * MEASURE_CATEGORIES.length + c.category[m]!;
  }

  private counted(): [string, RowRef][] {
    if (!this.countedInOrder) {
      this.countedInOrder = [...this.rows].filter(([documentId]) => this.papers.get(documentId)!.counted);
      this.countedInOrder.sort((a, b) => (a[0] < b[0] ? -1 : 1));
    }
    return this.countedInOrder;
  }

  /**
   * The measures that count in this region, each with the indexes of its effects that count, in
   * documentId order: the catalog's `measures` restricted to the region (catalog.ts buildSnapshot). A
   * measure effect stated the same way in another counted paper of the region (same category, title key,
   * year and amount; an effect-less measure: its document's year) counts once, under the smallest
   * (documentId, measureId); a measure none of whose rows is the first is not listed at all.
   */
  countedMeasures(): CountedMeasure[] {
    if (this.measuresCounted) return this.measuresCounted;
    const seen = new Set<string>();
    const out: CountedMeasure[] = [];
    const measures: { id: string; m: number }[] = [];
    for (const [, ref] of this.counted()) {
      const c = ref.partition.columns;
      measures.length = 0;
      for (let m = c.measureStart[ref.row]!; m < c.measureStart[ref.row + 1]!; m++)
        measures.push({ id: c.measureId[m]!, m });
      // The catalog's candidate order within a document: measure id as text (stable: ties keep page order).
      measures.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      for (const { m } of measures) {
        const base = `${c.category[m]}|${c.titleKeys[c.titleIndex[m]!]}`;
        const effects: number[] = [];
        let counted = false;
        if (c.effectStart[m] === c.effectStart[m + 1]) {
          const identity = `${base}|${c.homeYear[ref.row]}|`;
          if (!seen.has(identity)) {
            seen.add(identity);
            counted = true;
          }
        }
        for (let e = c.effectStart[m]!; e < c.effectStart[m + 1]!; e++) {
          const identity = `${base}|${c.effectYear[e]}|${round2(c.amountMsek[e]!)}`;
          if (seen.has(identity)) continue;
          seen.add(identity);
          counted = true;
          effects.push(e);
        }
        if (counted) out.push({ ref, measure: m, effects });
      }
    }
    this.measuresCounted = out;
    return out;
  }

  private measuresCounted: CountedMeasure[] | null = null;

  /** The counted effect rows of one year by category: copies, versions and repeats resolved. */
  cells(year: number): YearCells {
    const cached = this.years.get(year);
    if (cached) return cached;
    // The catalog's identity (region|category|title|year|amount) with region and year fixed here: the
    // measure's (category, title key) numbered once per region, then the amount in hundredths.
    const first = new Map<number, Map<number, EffectRow>>();
    const rows: EffectRow[][] = MEASURE_CATEGORIES.map(() => []);
    const sums: (number | null)[] = MEASURE_CATEGORIES.map(() => null);
    const ofDocument: { measureId: string; measure: number; effect: number }[] = [];
    // The catalog's order: document id, then measure id as text (a stable sort keeps a measure's effects
    // in their order); documents are walked in id order, so only each document's own rows are sorted.
    for (const [documentId, ref] of this.counted()) {
      const c = ref.partition.columns;
      ofDocument.length = 0;
      for (let m = c.measureStart[ref.row]!; m < c.measureStart[ref.row + 1]!; m++)
        for (let e = c.effectStart[m]!; e < c.effectStart[m + 1]!; e++)
          if (c.effectYear[e] === year)
            ofDocument.push({ measureId: c.measureId[m]!, measure: m, effect: e });
      if (ofDocument.length === 0) continue;
      ofDocument.sort((a, b) => (a.measureId < b.measureId ? -1 : a.measureId > b.measureId ? 1 : 0));
      for (const { measure: m, effect: e } of ofDocument) {
        const kind = this.measureKind(c, m);
        let byAmount = first.get(kind);
        if (!byAmount) {
          byAmount = new Map();
          first.set(kind, byAmount);
        }
        const hundredths = Math.round(c.amountMsek[e]! * 100);
        const earlier = byAmount.get(hundredths);
        if (earlier) {
          earlier.alsoIn.push({
            documentId,
            documentTitle: c.title[ref.row]!,
            fileName: c.fileName[ref.row]!,
            page: c.page[m]!,
          });
          continue;
        }
        const row: EffectRow = { ref, measure: m, effect: e, alsoIn: [] };
        byAmount.set(hundredths, row);
        const category = c.category[m]!;
        rows[category]!.push(row);
        sums[category] = (sums[category] ?? 0) + c.amountMsek[e]!;
      }
    }
    const cells = { rows, sums };
    this.years.set(year, cells);
    return cells;
  }

  /**
   * The documents of this region in a comparison of `years`, in id order: those with a counted measure
   * effect in one of the years, and the counted ones stating a total for one of them.
   */
  reconciliation(years: readonly number[]): string[] {
    const key = years.join(',');
    let ids = this.reconciled.get(key);
    if (!ids) {
      const inCells = new Set<RowRef>();
      for (const year of years)
        for (const rows of this.cells(year).rows) for (const row of rows) inCells.add(row.ref);
      ids = [];
      for (const [documentId, ref] of this.counted()) {
        const c = ref.partition.columns;
        if (inCells.has(ref) || c.totals[ref.row]!.some((total) => years.includes(total.year)))
          ids.push(documentId);
      }
      this.reconciled.set(key, ids);
    }
    return ids;
  }

  /** A cell's row as the comparison lists it, from the columns. */
  compareMeasure(row: EffectRow): CompareMeasure {
    const c = row.ref.partition.columns;
    const m = row.measure;
    return {
      documentId: c.id[row.ref.row]!,
      measureId: c.measureId[m]!,
      label: c.label[m]!,
      title: c.titles[c.titleIndex[m]!]!,
      amountMsek: c.amountMsek[row.effect]!,
      effectType: EFFECT_TYPES[c.effectType[row.effect]!]!,
      page: c.page[m]!,
      evidence: c.evidence[m]!,
      figure: c.raw[row.effect] ?? null,
      documentTitle: c.title[row.ref.row]!,
      alsoIn: row.alsoIn,
    };
  }

  /** A document's summary, rebuilt from both sections of its partition. */
  summary(documentId: string): DocumentSummary {
    const { partition, row } = this.rows.get(documentId)!;
    return summaryOf(partition, row);
  }

  /** A document of the reconciliation, from the columns a comparison reads (no other section parsed). */
  compareDocument(documentId: string, years: number[]): CompareDocument {
    const { partition, row } = this.rows.get(documentId)!;
    const c = partition.columns;
    const measures: { effects: Effect[] }[] = [];
    for (let m = c.measureStart[row]!; m < c.measureStart[row + 1]!; m++) {
      const effects: Effect[] = [];
      for (let e = c.effectStart[m]!; e < c.effectStart[m + 1]!; e++) effects.push(effectOf(c, e));
      measures.push({ effects });
    }
    return compareDocument(
      {
        documentId,
        document: { title: c.title[row]!, documentType: c.documentType[row]!, date: c.date[row]! },
        source: { fileName: c.fileName[row]! },
        extraction: { warnings: c.warnings[row]! },
        totals: c.totals[row]!,
        measures,
      },
      regionOf(this.region),
      this.papers.get(documentId)!.copies,
      years,
    );
  }
}

/** A counted measure of a region: its document row, its index in the measure columns, its counted effects. */
export interface CountedMeasure {
  ref: RowRef;
  measure: number;
  /** Indexes into the effect columns, in the measure's order. */
  effects: number[];
}

/** Two decimals as text, as catalog.ts round2 (SQL's round(amount_msek, 2)). */
function round2(value: number): string {
  return (Math.round(value * 100) / 100).toString();
}

/** The region a partition of `region` holds, as the catalog's entries name it (null: not known). */
export function regionOf(region: string): RegionCode | null {
  return region === UNKNOWN_REGION ? null : (region as RegionCode);
}

/**
 * The comparison of `query` from the regions' facts (`facts` has every region the query names, keyed by
 * partition region): the same answer as services.ts `compare` over the whole catalog.
 */
export function compareFacts(facts: ReadonlyMap<string, RegionFacts>, query: CompareQuery): Comparison {
  const columns: CompareColumn[] = [];
  for (const region of query.regions)
    for (const year of query.years) columns.push({ region: regionRef(region), year });
  const measureOffset = query.page?.measureOffset ?? 0;
  const measureLimit = query.page?.measureLimit ?? null;
  const cellsOf = columns.map((column) => {
    const region = facts.get(column.region.code)!;
    return { region, cells: region.cells(column.year) };
  });
  const rows: CompareRow[] = MEASURE_CATEGORIES.map((category, index) => ({
    category,
    name: CATEGORY_NAMES_SV[category],
    cells: cellsOf.map(({ region, cells }): CompareCell => {
      const all = cells.rows[index]!;
      const page = pageOf(all, measureOffset, measureLimit);
      const sum = cells.sums[index]!;
      return {
        amountMsek: sum === null ? null : round(sum),
        measureCount: all.length,
        measures: page.items.map((row) => region.compareMeasure(row)),
        nextMeasureOffset: page.next,
      };
    }),
  }));
  // Documents of the reconciliation: by region (unknown last, as the catalog sorts), then id.
  const sortKey = (region: string) => (region === UNKNOWN_REGION ? 'zz' : region);
  const regions = [...new Set(query.regions)].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : 1));
  const sorted: { facts: RegionFacts; documentId: string }[] = [];
  for (const region of regions) {
    const regionFacts = facts.get(region)!;
    for (const documentId of regionFacts.reconciliation(query.years))
      sorted.push({ facts: regionFacts, documentId });
  }
  const page = pageOf(sorted, query.page?.documentOffset ?? 0, query.page?.documentLimit ?? null);
  return {
    regions: query.regions.map(regionRef),
    years: query.years,
    columns,
    rows,
    columnTotals: columnTotalsOf(rows, columns.length),
    documentCount: sorted.length,
    documents: page.items.map(({ facts: region, documentId }) =>
      region.compareDocument(documentId, query.years),
    ),
    nextDocumentOffset: page.next,
  };
}
