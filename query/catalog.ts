/**
 * The in-memory index the query services read. Built from `extracted/*.json` on first use, refreshed by
 * listing extracted/ keys (at most every `maxAgeMs`, or at once after `invalidate()`), and re-reading only
 * the objects whose ETag changed. Each document is validated with the contract's zod schema when read; a
 * document that does not validate is left out and reported in `skipped`.
 *
 * Why memory and not SQL for the API: a compare over 10,000 documents is a filter over a few hundred
 * thousand effect rows grouped by region and year, which takes milliseconds once indexed; DuckDB/Athena stay
 * for ad-hoc SQL (docs/query.md).
 */

import { documentYear } from '../parsers/constants.ts';
import { measureKey, type PaperStatus, paperCandidate, resolvePapers } from '../parsers/paper.ts';
import type { Effect, ExtractedDocument, Measure, RegionCode } from '../parsers/schema.ts';
import {
  type DocumentIndexPort,
  documentOfEntry,
  type KnownPartition,
  type RegionsListing,
  regionSignature,
} from './doc-summary.ts';
import type { QueryStore } from './ports.ts';
import { RegionFacts } from './region-facts.ts';
import { FIRST_ROWS, type RegionSummary, summarizeRegion } from './region-summary.ts';
import { summarize } from './services.ts';
import { fold } from './swedish.ts';

export const EXTRACTED_PREFIX = 'extracted/';

export interface IndexedDocument {
  key: string;
  doc: ExtractedDocument;
  region: RegionCode | null;
  /** Which paper this file is, its copies and versions, and whether its figures count (parsers/paper.ts). */
  paper: PaperStatus;
}

export interface IndexedMeasure {
  entry: IndexedDocument;
  measure: Measure;
  /** Title, description and evidence folded for accent-insensitive search. */
  folded: string;
  /** The title folded with whitespace collapsed: what makes two documents' measures "the same". */
  titleKey: string;
  /**
   * The measure's effects that count here: an effect stated the same way in another counted paper of the
   * region (same year, title, amount) counts once, under the smallest (documentId, measureId).
   */
  countedEffects: Effect[];
}

/** Where else a counted measure effect is stated (same region, year, category, title and amount). */
export interface AlsoIn {
  documentId: string;
  documentTitle: string | null;
  fileName: string;
  page: number;
}

export interface EffectRow {
  measure: IndexedMeasure;
  effect: Effect;
  alsoIn: AlsoIn[];
}

export interface Snapshot {
  /** Every readable document, copies and superseded versions included (each carries its `paper`). */
  documents: IndexedDocument[];
  byId: Map<string, IndexedDocument>;
  /**
   * The measures that count, each once: from documents whose figures count (canonical copy, not
   * superseded), and of a measure stated in two such papers of a region only the first.
   */
  measures: IndexedMeasure[];
  /** Counted measure effects by `${region ?? 'unknown'}|${year}`: what a compare cell sums. */
  effectsByRegionYear: Map<string, EffectRow[]>;
  skipped: { key: string; reason: string }[];
}

export function regionYearKey(region: string | null, year: number): string {
  return `${region ?? 'unknown'}|${year}`;
}

interface CacheEntry {
  etag: string;
  document: IndexedDocument | null;
  reason?: string;
}

export interface CatalogOptions {
  /** How long a listing is trusted before the next request lists extracted/ again. */
  maxAgeMs?: number;
  /**
   * Milliseconds clock, injected because query/ reads no clock of its own (the API handler passes
   * performance.now). Without one time stands still: a listing is trusted until `invalidate()`, which is
   * what a one-shot read (the CLI) wants.
   */
  clock?: () => number;
  /** Parallel reads when (re)loading. */
  concurrency?: number;
  /**
   * Answer from the current index while a stale one is refreshed in the background (stale-while-
   * revalidate), so no request waits for a listing of extracted/ (~1 s at 10,000 documents). The first
   * load, and the first request after `invalidate()`, still wait.
   */
  refreshInBackground?: boolean;
  /**
   * The document index maintained at ingest (functions/lib/doc-index.ts's reader): a cold start reads a
   * handful of index objects instead of every extracted document. Without it, every document is read.
   */
  index?: DocumentIndexPort;
  /**
   * Writes the index again from the documents read when it is missing or stale (the API over a writable
   * store passes functions/lib/doc-index.ts's `buildIndex`). Without it a missing index is only read around.
   */
  rebuildIndex?: (documents: { key: string; doc: ExtractedDocument }[]) => Promise<Record<string, unknown>>;
  /** Where the index's state changes are told (a missing or stale index, a rebuild); default: nowhere. */
  log?: (message: string, details: Record<string, unknown>) => void;
  /**
   * The most partition bytes the regions kept for compare may hold (least recently used regions are let
   * go first; a region asked for is always kept, whatever its size). Default 192 MB.
   */
  regionCacheBytes?: number;
  /**
   * How many of each region's listed papers `regionSummaries` keeps ready as `/documents` rows (default
   * one default page, region-summary.ts FIRST_ROWS): pages within them read no partition.
   */
  listedRows?: number;
  /**
   * The byte bound of the region cache while summaries are built from partitions (a sweep over every
   * region, when no persisted summary fits): lower than `regionCacheBytes` so a cold `/meta` stays small.
   * Default 32 MB.
   */
  sweepCacheBytes?: number;
}

interface CachedRegion {
  facts: RegionFacts;
  /** The listed keys and ETags the facts were built from. */
  signature: string;
  checkedAt: number;
}

/** The documents `ids` (each one of the region's) as a snapshot over the region has them. */
function regionDocumentsOf(facts: RegionFacts, ids: readonly string[]): IndexedDocument[] {
  const documents: IndexedDocument[] = [];
  for (const documentId of ids) {
    const ref = facts.rows.get(documentId)!;
    const doc = documentOfEntry({
      key: ref.partition.columns.key[ref.row]!,
      summary: facts.summary(documentId),
    });
    documents.push({
      key: ref.partition.columns.key[ref.row]!,
      doc,
      region: doc.document.region?.code ?? null,
      paper: facts.papers.get(documentId)!,
    });
  }
  return documents;
}

/**
 * The summary of one region from its partitions alone, as the catalog's sweep makes it: what the ingest
 * persists (functions/lib/doc-index.ts writeRegionSummary) so a cold `/meta` reads no partition.
 */
export function summarizePartitions(
  region: string,
  partitions: readonly KnownPartition[],
  listedRows = FIRST_ROWS,
): RegionSummary {
  const facts = new RegionFacts(region, partitions);
  return summarizeRegion(facts, (ids) => regionDocumentsOf(facts, ids).map(summarize), listedRows);
}

export class Catalog {
  private readonly cache = new Map<string, CacheEntry>();
  private snapshot: Snapshot | null = null;
  private loadedAt = Number.NEGATIVE_INFINITY;
  private inflight: Promise<Snapshot> | null = null;
  private readonly maxAgeMs: number;
  private readonly clock: () => number;
  private readonly concurrency: number;
  private readonly refreshInBackground: boolean;
  private mustWait = true;
  private readonly index: DocumentIndexPort | undefined;
  private readonly rebuildIndex: CatalogOptions['rebuildIndex'];
  private readonly log: (message: string, details: Record<string, unknown>) => void;
  /** The documents that came from index entries (no free amounts or references): opened in full on request. */
  private readonly fromIndex = new WeakSet<ExtractedDocument>();
  private indexState: string | null = null;
  /** The rebuild of a missing index running in the background, if any (awaited by tests). */
  rebuilding: Promise<void> | null = null;
  /** Regions read for compare, least recently used first. */
  private readonly regions = new Map<string, CachedRegion>();
  private readonly regionCacheBytes: number;
  private readonly listedRows: number;
  private readonly sweepCacheBytes: number;
  private regionsRefresh: Promise<unknown> | null = null;
  private regionsMustWait = true;
  private readonly regionSnapshots = new Map<string, { facts: RegionFacts[]; snapshot: Snapshot }>();
  /** Per region, its summary and the signature it was made at (regionSummaries). */
  private summaries: Map<string, { signature: string; summary: RegionSummary }> | null = null;
  private summariesCheckedAt = Number.NEGATIVE_INFINITY;
  private summariesInflight: Promise<RegionSummary[] | null> | null = null;
  /** Region summaries taken from persisted objects and built from partitions since start (tests, bench). */
  readonly summaryStats = { persisted: 0, built: 0 };

  constructor(
    private readonly store: QueryStore,
    options: CatalogOptions = {},
  ) {
    this.maxAgeMs = options.maxAgeMs ?? 2_000;
    this.clock = options.clock ?? (() => 0);
    this.concurrency = options.concurrency ?? 32;
    this.refreshInBackground = options.refreshInBackground ?? false;
    this.index = options.index;
    this.rebuildIndex = options.rebuildIndex;
    this.log = options.log ?? (() => undefined);
    this.regionCacheBytes = options.regionCacheBytes ?? 192 * 2 ** 20;
    this.listedRows = options.listedRows ?? FIRST_ROWS;
    this.sweepCacheBytes = options.sweepCacheBytes ?? 32 * 2 ** 20;
  }

  /**
   * The facts of `regions` (region codes or `unknown`) from the index's partitions of those regions only,
   * or null when there is no trustworthy index (the caller then compares over `current()`, which reads
   * extracted/ and rebuilds the index). Kept per region, checked against a listing at most every
   * `maxAgeMs`, and re-read only where a partition's ETag changed.
   */
  async regionFacts(regions: readonly string[]): Promise<Map<string, RegionFacts> | null> {
    if (!this.index?.loadRegions) return null;
    const now = this.clock();
    const cached = regions.map((region) => this.regions.get(region));
    const stale = regions.filter((_, i) => !cached[i] || now - cached[i]!.checkedAt >= this.maxAgeMs);
    if (stale.length > 0) {
      const check = this.checkRegions(stale);
      // Every region at hand, only stale: answer now, check in the background (as `current()` does).
      if (this.refreshInBackground && !this.regionsMustWait && cached.every((entry) => entry !== undefined)) {
        if (!this.regionsRefresh) {
          this.regionsRefresh = check
            .catch(() => undefined)
            .finally(() => {
              this.regionsRefresh = null;
            });
        }
      } else if (!(await check)) return null;
    }
    const result = new Map<string, RegionFacts>();
    for (const region of regions) {
      const entry = this.regions.get(region);
      if (!entry) return null;
      // Most recently used last.
      this.regions.delete(region);
      this.regions.set(region, entry);
      result.set(region, entry.facts);
    }
    this.evictRegions(new Set(regions));
    return result;
  }

  /**
   * The facts of every region the index lists (one listing of index/, then `regionFacts`), or null without
   * a usable index: what unrestricted `/measures` and `/decisions` read as columns (listings.ts) instead of
   * building the whole catalog's documents.
   */
  async allRegionFacts(): Promise<Map<string, RegionFacts> | null> {
    if (!this.index?.listRegions) return null;
    const listed = await this.index.listRegions();
    return listed.state === 'ready' ? this.regionFacts([...listed.regions.keys()]) : null;
  }

  /**
   * A snapshot of only `regions`' documents, built from their partitions (null without a usable index):
   * exact for any listing restricted to those regions, for the reason region-facts.ts gives. Kept with
   * the region's facts, so it goes when they go.
   */
  async regionSnapshot(regions: readonly string[]): Promise<Snapshot | null> {
    const facts = await this.regionFacts(regions);
    if (!facts) return null;
    const key = [...facts.keys()].sort().join(',');
    const parts = [...facts.values()];
    const cached = this.regionSnapshots.get(key);
    if (cached && cached.facts.length === parts.length && cached.facts.every((f, i) => f === parts[i]))
      return cached.snapshot;
    const cache = new Map<string, CacheEntry>();
    for (const regionFacts of parts) {
      for (const [documentId, { partition, row }] of regionFacts.rows) {
        const doc = documentOfEntry({
          key: partition.columns.key[row]!,
          summary: regionFacts.summary(documentId),
        });
        this.fromIndex.add(doc);
        cache.set(partition.columns.key[row]!, {
          etag: '',
          document: {
            key: partition.columns.key[row]!,
            doc,
            region: doc.document.region?.code ?? null,
            paper: SOLE_PAPER,
          },
        });
      }
    }
    const snapshot = buildSnapshot(cache);
    // One snapshot per set of regions asked for lately; a few sets at most.
    if (this.regionSnapshots.size >= 8) this.regionSnapshots.clear();
    this.regionSnapshots.set(key, { facts: parts, snapshot });
    return snapshot;
  }

  /**
   * Every region's small summary (region-summary.ts), or null without a usable index: what `/meta` and
   * unrestricted `/documents` read instead of the whole catalog. One listing of index/ tells which regions
   * changed; of those, each is taken from the summary the ingest persisted when that one was made at the
   * region's listed signature, and only the others are read, one region at a time through the region cache
   * (bounded by `sweepCacheBytes` while sweeping), and summarized. Listed at most every `maxAgeMs`.
   */
  /**
   * Whether unrestricted listings should try the regions' summaries: not once this catalog found the index
   * unusable (it then answers from extracted/ and rebuilds the index; the listings follow `current()` until
   * it finds the index ready again), so they never answer from an index the catalog is reading around.
   */
  get summariesUsable(): boolean {
    return this.indexState === null || this.indexState === 'ready';
  }

  async regionSummaries(): Promise<RegionSummary[] | null> {
    if (!this.index?.listRegions || !this.index.loadRegions) return null;
    const now = this.clock();
    if (this.summaries && now - this.summariesCheckedAt < this.maxAgeMs)
      return [...this.summaries.values()].map((held) => held.summary);
    // Requests arriving during a sweep wait for it rather than sweeping every region again beside it.
    if (!this.summariesInflight)
      this.summariesInflight = this.sweepRegions(now).finally(() => {
        this.summariesInflight = null;
      });
    return this.summariesInflight;
  }

  private async sweepRegions(now: number): Promise<RegionSummary[] | null> {
    const index = this.index!;
    const listed = await index.listRegions!();
    if (listed.state !== 'ready') {
      this.summaries = null;
      return null;
    }
    const next = new Map<string, { signature: string; summary: RegionSummary }>();
    const regions = [...listed.regions.keys()].sort();
    const changed = regions.filter(
      (region) => this.summaries?.get(region)?.signature !== listed.regions.get(region),
    );
    // The summaries the ingest persisted (a few small objects), used where made at the listed signature.
    const persisted =
      changed.length > 0 && index.loadSummaries ? await index.loadSummaries(changed, listed) : new Map();
    let built = 0;
    for (const region of regions) {
      const signature = listed.regions.get(region)!;
      const held = this.summaries?.get(region);
      if (held?.signature === signature) {
        next.set(region, held);
        continue;
      }
      const stored = persisted.get(region);
      if (
        stored?.signature === signature &&
        stored.summary.first.length >= Math.min(this.listedRows, stored.summary.papers)
      ) {
        next.set(region, {
          signature,
          summary: { ...stored.summary, first: stored.summary.first.slice(0, this.listedRows) },
        });
        continue;
      }
      built++;
      // Read (one region at a time, from this listing) unless the region cache holds it as listed.
      if (this.regions.get(region)?.signature !== signature && !(await this.checkRegions([region], listed)))
        return null;
      const cached = this.regions.get(region);
      if (!cached) return null;
      cached.checkedAt = now;
      // Most recently used last; the others beyond the byte bound are let go before the next region.
      this.regions.delete(region);
      this.regions.set(region, cached);
      // While sweeping, a tighter bound: a region summarized is let go before the next is parsed (its parse
      // garbage and partitions would otherwise pile up towards the compare bound on a cold start).
      this.evictRegions(new Set([region]), Math.min(this.regionCacheBytes, this.sweepCacheBytes));
      const summary = summarizeRegion(
        cached.facts,
        (ids) => this.documentsOf(cached.facts, ids).map(summarize),
        this.listedRows,
      );
      next.set(region, { signature: cached.signature, summary });
    }
    this.summaryStats.built += built;
    this.summaryStats.persisted += changed.length - built;
    this.summaries = next;
    this.summariesCheckedAt = now;
    return [...next.values()].map((held) => held.summary);
  }

  /**
   * The documents `ids` of `region` as the snapshot has them (entries from the index, paper status
   * resolved over the region), read through the region cache; null without a usable index.
   */
  async regionDocuments(region: string, ids: readonly string[]): Promise<IndexedDocument[] | null> {
    // The facts the region's summary was made from, when the region cache still holds them as swept.
    const held = this.regions.get(region);
    const facts =
      held && held.signature === this.summaries?.get(region)?.signature
        ? held.facts
        : (await this.regionFacts([region]))?.get(region);
    if (!facts) return null;
    if (ids.some((documentId) => !facts.rows.has(documentId))) return null;
    return this.documentsOf(facts, ids);
  }

  /** The documents `ids` (each one of the region's) as the snapshot has them. */
  private documentsOf(facts: RegionFacts, ids: readonly string[]): IndexedDocument[] {
    const documents = regionDocumentsOf(facts, ids);
    for (const document of documents) this.fromIndex.add(document.doc);
    return documents;
  }

  /** List the index and bring the facts of `regions` up to date; false when the index is not usable. */
  private async checkRegions(
    regions: readonly string[],
    listed?: RegionsListing & { state: 'ready' },
  ): Promise<boolean> {
    const started = this.clock();
    const known = new Map<string, KnownPartition>();
    for (const { facts } of this.regions.values())
      for (const partition of facts.partitions) known.set(partition.key, partition);
    const loaded = await this.index!.loadRegions!(regions, known, listed);
    if (loaded.state !== 'ready') {
      this.regions.clear();
      return false;
    }
    for (const [region, partitions] of loaded.regions) {
      const signature = regionSignature(partitions);
      const entry = this.regions.get(region);
      if (entry && entry.signature === signature) entry.checkedAt = started;
      else
        this.regions.set(region, {
          facts: new RegionFacts(region, partitions),
          signature,
          checkedAt: started,
        });
    }
    this.regionsMustWait = false;
    return true;
  }

  /** Let go of least recently used regions beyond the byte bound, never one of `keep`. */
  private evictRegions(keep: ReadonlySet<string>, limit = this.regionCacheBytes): void {
    let bytes = 0;
    for (const { facts } of this.regions.values()) bytes += facts.size;
    for (const [region, { facts }] of this.regions) {
      if (bytes <= limit) break;
      if (keep.has(region)) continue;
      this.regions.delete(region);
      bytes -= facts.size;
    }
  }

  /** The whole stored document of an entry (an entry from the index lacks the free amounts and references). */
  async fullDocument(entry: IndexedDocument): Promise<ExtractedDocument | null> {
    if (!this.fromIndex.has(entry.doc)) return entry.doc;
    const loaded = await this.load(entry.key, '');
    return loaded.document?.doc ?? null;
  }

  /** Forget the listing's age: the next `current()` lists extracted/ again (e.g. after a new extraction). */
  invalidate(): void {
    this.loadedAt = Number.NEGATIVE_INFINITY;
    this.mustWait = true;
    this.regionsMustWait = true;
    this.summariesCheckedAt = Number.NEGATIVE_INFINITY;
    for (const entry of this.regions.values()) entry.checkedAt = Number.NEGATIVE_INFINITY;
  }

  async current(): Promise<Snapshot> {
    if (this.snapshot && this.clock() - this.loadedAt < this.maxAgeMs) return this.snapshot;
    if (!this.inflight) {
      this.inflight = this.refresh().finally(() => {
        this.inflight = null;
      });
    }
    if (this.snapshot && this.refreshInBackground && !this.mustWait) {
      // A failed background refresh is retried by the next request; the current index stays valid.
      this.inflight.catch(() => undefined);
      return this.snapshot;
    }
    return this.inflight;
  }

  private async refresh(): Promise<Snapshot> {
    const started = this.clock();
    const indexed = this.index
      ? await this.index.load()
      : ({ state: 'missing', reason: 'no document index given' } as const);
    if (indexed.state === 'ready') {
      if (this.indexState !== 'ready' || indexed.changed || !this.snapshot) {
        const cache = new Map<string, CacheEntry>();
        for (const entry of indexed.entries.values()) {
          const doc = documentOfEntry(entry);
          this.fromIndex.add(doc);
          cache.set(entry.key, {
            etag: '',
            document: { key: entry.key, doc, region: doc.document.region?.code ?? null, paper: SOLE_PAPER },
          });
        }
        this.cache.clear();
        this.snapshot = buildSnapshot(cache);
      }
      this.indexState = 'ready';
      this.loadedAt = started;
      this.mustWait = false;
      return this.snapshot;
    }
    // Coming from the index, every document is read again: the cache holds no document of that snapshot.
    if (this.indexState === 'ready') this.snapshot = null;
    if (this.indexState !== indexed.state) {
      this.indexState = indexed.state;
      this.log('document index not used, reading every extracted document', {
        indexState: indexed.state,
        reason: indexed.reason,
        rebuild: this.rebuildIndex !== undefined,
      });
    }
    const snapshot = await this.refreshFromDocuments(started);
    if (this.index && this.rebuildIndex && !this.rebuilding) {
      const documents = snapshot.documents.map((entry) => ({ key: entry.key, doc: entry.doc }));
      this.rebuilding = this.rebuildIndex(documents)
        .then((built) => this.log('document index rebuilt from extracted/', { ...built }))
        .catch((error: unknown) => this.log('document index rebuild failed', { error: String(error) }))
        .finally(() => {
          this.rebuilding = null;
        });
    }
    return snapshot;
  }

  private async refreshFromDocuments(started: number): Promise<Snapshot> {
    const listed = (await this.store.listKeys(EXTRACTED_PREFIX)).filter((object) =>
      object.key.endsWith('.json'),
    );
    let changed = this.snapshot === null;
    const seen = new Set<string>();
    const toLoad: { key: string; etag: string }[] = [];
    for (const object of listed) {
      seen.add(object.key);
      if (this.cache.get(object.key)?.etag !== object.etag) toLoad.push(object);
    }
    for (const key of [...this.cache.keys()]) {
      if (!seen.has(key)) {
        this.cache.delete(key);
        changed = true;
      }
    }
    if (toLoad.length > 0) changed = true;
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < toLoad.length) {
        const object = toLoad[next++]!;
        this.cache.set(object.key, await this.load(object.key, object.etag));
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, toLoad.length) }, worker));
    if (changed || !this.snapshot) this.snapshot = buildSnapshot(this.cache);
    this.loadedAt = started;
    this.mustWait = false;
    return this.snapshot;
  }

  private async load(key: string, etag: string): Promise<CacheEntry> {
    const bytes = await this.store.getBytes(key);
    if (bytes === null) return { etag, document: null, reason: 'disappeared while listing' };
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder().decode(bytes));
    } catch {
      return { etag, document: null, reason: 'not JSON' };
    }
    // The contract's schema (and zod) only when documents are read one by one: a reader of the index never is.
    const { ExtractedDocumentSchema } = await import('../parsers/schema.ts');
    const parsed = ExtractedDocumentSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return {
        etag,
        document: null,
        reason: `not an ExtractedDocument: ${issue?.path.join('.')} ${issue?.message}`,
      };
    }
    const doc = parsed.data;
    return { etag, document: { key, doc, region: doc.document.region?.code ?? null, paper: SOLE_PAPER } };
  }
}

/** Placeholder until the snapshot resolves papers over all documents (a document read is never shown alone). */
const SOLE_PAPER: PaperStatus = {
  paperId: '',
  lineageId: '',
  duplicateOf: null,
  copies: [],
  supersededBy: null,
  supersedes: [],
  counted: true,
};

function buildSnapshot(cache: Map<string, CacheEntry>): Snapshot {
  const loaded: IndexedDocument[] = [];
  const skipped: Snapshot['skipped'] = [];
  const seenIds = new Set<string>();
  for (const [key, entry] of cache) {
    if (!entry.document) {
      skipped.push({ key, reason: entry.reason ?? 'unreadable' });
      continue;
    }
    // Two keys with the same documentId cannot happen in the layout; keep the first if it does.
    if (seenIds.has(entry.document.doc.documentId)) continue;
    seenIds.add(entry.document.doc.documentId);
    loaded.push(entry.document);
  }
  // Papers are decided over the whole set each time, so neither arrival order nor a race between two
  // ingests of copies can change which copy counts.
  const statuses = resolvePapers(loaded.map((entry) => paperCandidate(entry.doc)));
  const documents = loaded.map((entry) => ({
    ...entry,
    paper: statuses.get(entry.doc.documentId) ?? SOLE_PAPER,
  }));
  documents.sort(compareDocuments);
  const byId = new Map(documents.map((entry) => [entry.doc.documentId, entry]));

  // One measure effect stated in two counted papers of a region (a memo and its appendix, a paper and the
  // meeting bundle it is part of) counts once: the row of the smallest (documentId, measureId) — the same
  // choice as the SQL view measures_unique — with the others as `alsoIn`.
  const candidates: { indexed: IndexedMeasure; effect: Effect | null; identity: string }[] = [];
  for (const entry of documents) {
    if (!entry.paper.counted) continue;
    for (const measure of entry.doc.measures) {
      const indexed: IndexedMeasure = {
        entry,
        measure,
        titleKey: measureKey(measure.title),
        countedEffects: [],
        folded: fold(
          `${measure.title}\n${measure.description ?? ''}\n${measure.subMeasures.join('\n')}\n${measure.evidence}`,
        ),
      };
      const base = `${entry.region ?? 'unknown'}|${measure.category}|${indexed.titleKey}`;
      if (measure.effects.length === 0)
        candidates.push({ indexed, effect: null, identity: `${base}|${documentYearOf(entry)}|` });
      for (const effect of measure.effects)
        candidates.push({ indexed, effect, identity: `${base}|${effect.year}|${round2(effect.amountMsek)}` });
    }
  }
  candidates.sort((a, b) => compareMeasureRows(a.indexed, b.indexed));
  const firstOf = new Map<string, EffectRow | null>();
  const countedMeasures = new Set<IndexedMeasure>();
  const effectsByRegionYear = new Map<string, EffectRow[]>();
  for (const { indexed, effect, identity } of candidates) {
    const first = firstOf.get(identity);
    if (first !== undefined) {
      first?.alsoIn.push({
        documentId: indexed.entry.doc.documentId,
        documentTitle: indexed.entry.doc.document.title,
        fileName: indexed.entry.doc.source.fileName,
        page: indexed.measure.page,
      });
      continue;
    }
    countedMeasures.add(indexed);
    if (!effect) {
      firstOf.set(identity, null);
      continue;
    }
    indexed.countedEffects.push(effect);
    const row: EffectRow = { measure: indexed, effect, alsoIn: [] };
    firstOf.set(identity, row);
    const key = regionYearKey(indexed.entry.region, effect.year);
    let rows = effectsByRegionYear.get(key);
    if (!rows) {
      rows = [];
      effectsByRegionYear.set(key, rows);
    }
    rows.push(row);
  }
  // Listing order stays the documents' order (newest first) and each document's own measure order.
  const measures = candidates
    .filter(
      (candidate, index, all) =>
        countedMeasures.has(candidate.indexed) && all[index - 1]?.indexed !== candidate.indexed,
    )
    .map((candidate) => candidate.indexed);
  const documentOrder = new Map(documents.map((entry, index) => [entry, index]));
  const measureOrder = new Map<IndexedMeasure, number>();
  for (const indexed of measures)
    measureOrder.set(indexed, indexed.entry.doc.measures.indexOf(indexed.measure));
  measures.sort(
    (a, b) =>
      documentOrder.get(a.entry)! - documentOrder.get(b.entry)! ||
      measureOrder.get(a)! - measureOrder.get(b)!,
  );
  return { documents, byId, measures, effectsByRegionYear, skipped };
}

/** Rows of one measure, compared as the SQL view orders them: document id, then measure id (as text). */
function compareMeasureRows(a: IndexedMeasure, b: IndexedMeasure): number {
  const da = a.entry.doc.documentId;
  const db = b.entry.doc.documentId;
  if (da !== db) return da < db ? -1 : 1;
  return a.measure.id < b.measure.id ? -1 : a.measure.id > b.measure.id ? 1 : 0;
}

/** The year an effect-less measure's row is filed under in SQL (parsers/facts.ts documentYear). */
function documentYearOf(entry: IndexedDocument): number {
  return documentYear(entry.doc);
}

/** Two decimals, as SQL's round(amount_msek, 2). */
function round2(value: number): string {
  return (Math.round(value * 100) / 100).toString();
}

/** Newest document first (by its date, then extraction time), ids as the tie-breaker for a stable order. */
function compareDocuments(a: IndexedDocument, b: IndexedDocument): number {
  const da = a.doc.document.date ?? '';
  const db = b.doc.document.date ?? '';
  if (da !== db) return da < db ? 1 : -1;
  return a.doc.documentId < b.doc.documentId ? -1 : 1;
}
