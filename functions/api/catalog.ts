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
import {
  type Effect,
  type ExtractedDocument,
  ExtractedDocumentSchema,
  type Measure,
  type RegionCode,
} from '../../parsers/schema.ts';
import type { QueryStore } from './ports.ts';
import { fold } from './swedish.ts';

export const EXTRACTED_PREFIX = 'extracted/';

export interface IndexedDocument {
  key: string;
  doc: ExtractedDocument;
  region: RegionCode | null;
}

export interface IndexedMeasure {
  entry: IndexedDocument;
  measure: Measure;
  /** Title, description and evidence folded for accent-insensitive search. */
  folded: string;
  /** The title folded with whitespace collapsed: what makes two documents' measures "the same". */
  titleKey: string;
}

export interface EffectRow {
  measure: IndexedMeasure;
  effect: Effect;
}

export interface Snapshot {
  documents: IndexedDocument[];
  byId: Map<string, IndexedDocument>;
  measures: IndexedMeasure[];
  /** Measure effects by `${region ?? 'unknown'}|${year}`: what a compare cell sums. */
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
  /** Milliseconds clock (injected for tests). */
  clock?: () => number;
  /** Parallel reads when (re)loading. */
  concurrency?: number;
  /**
   * Answer from the current index while a stale one is refreshed in the background (stale-while-
   * revalidate), so no request waits for a listing of extracted/ (~1 s at 10,000 documents). The first
   * load, and the first request after `invalidate()`, still wait.
   */
  refreshInBackground?: boolean;
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

  constructor(
    private readonly store: QueryStore,
    options: CatalogOptions = {},
  ) {
    this.maxAgeMs = options.maxAgeMs ?? 2_000;
    this.clock = options.clock ?? (() => performance.now());
    this.concurrency = options.concurrency ?? 32;
    this.refreshInBackground = options.refreshInBackground ?? false;
  }

  /** Forget the listing's age: the next `current()` lists extracted/ again (e.g. after a new extraction). */
  invalidate(): void {
    this.loadedAt = Number.NEGATIVE_INFINITY;
    this.mustWait = true;
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
    return { etag, document: { key, doc, region: doc.document.region?.code ?? null } };
  }
}

function buildSnapshot(cache: Map<string, CacheEntry>): Snapshot {
  const documents: IndexedDocument[] = [];
  const skipped: Snapshot['skipped'] = [];
  const byId = new Map<string, IndexedDocument>();
  for (const [key, entry] of cache) {
    if (!entry.document) {
      skipped.push({ key, reason: entry.reason ?? 'unreadable' });
      continue;
    }
    // Two keys with the same documentId cannot happen in the layout; keep the first if it does.
    if (byId.has(entry.document.doc.documentId)) continue;
    byId.set(entry.document.doc.documentId, entry.document);
    documents.push(entry.document);
  }
  documents.sort(compareDocuments);
  const measures: IndexedMeasure[] = [];
  const effectsByRegionYear = new Map<string, EffectRow[]>();
  for (const entry of documents) {
    for (const measure of entry.doc.measures) {
      const indexed: IndexedMeasure = {
        entry,
        measure,
        titleKey: fold(measure.title).replace(/\s+/g, ' ').trim(),
        folded: fold(
          `${measure.title}\n${measure.description ?? ''}\n${measure.subMeasures.join('\n')}\n${measure.evidence}`,
        ),
      };
      measures.push(indexed);
      for (const effect of measure.effects) {
        const key = regionYearKey(entry.region, effect.year);
        let rows = effectsByRegionYear.get(key);
        if (!rows) {
          rows = [];
          effectsByRegionYear.set(key, rows);
        }
        rows.push({ measure: indexed, effect });
      }
    }
  }
  return { documents, byId, measures, effectsByRegionYear, skipped };
}

/** Newest document first (by its date, then extraction time), ids as the tie-breaker for a stable order. */
function compareDocuments(a: IndexedDocument, b: IndexedDocument): number {
  const da = a.doc.document.date ?? '';
  const db = b.doc.document.date ?? '';
  if (da !== db) return da < db ? 1 : -1;
  return a.doc.documentId < b.doc.documentId ? -1 : 1;
}
