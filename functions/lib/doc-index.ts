/**
 * The document index in the bucket: what the query API reads on a cold start instead of every
 * extracted/<id>.json (issue 12). Layout, under `index/v<INDEX_VERSION>/`:
 *
 *   manifest.json                       written by a full build: the partitions hold every document
 *   region=<code|unknown>/year=<y>.json one object per region and first fiscal year: the entries, columnar
 *                                       (query/doc-summary.ts encodePartition: header + CRC-32, two sections)
 *   summary/region=<code|unknown>.json  the region's summary for unrestricted listings, signed with the
 *                                       partitions it was made from (writeRegionSummary)
 *
 * Writers (the ingest path, a rebuild) change a partition by read – modify – conditional write (If-Match on
 * the ETag read, If-None-Match for a new one) and start over when another writer came first, so two ingests
 * into one partition never lose an entry. A document that moves partition (a re-extraction with another
 * region or years) is written to its new partition first and then taken out of the old; a crash between the
 * two leaves an entry readers ignore (doc-summary.ts mergePartitions). The ingest writes the entry after
 * extracted/<id>.json and again on every redelivery, so a crash before the entry is repaired by the retry.
 *
 * A reader trusts the partitions only when the manifest of its own version says they are complete;
 * otherwise the catalog reads extracted/ as before and rebuilds the index (query/catalog.ts). A compare reads
 * only the compared regions' partitions (`loadRegions`); the whole index is read for unrestricted listings.
 */

import type { ExtractedDocument } from '../../parsers/schema.ts';
import { summarizePartitions } from '../../query/catalog.ts';
import {
  type DecodedPartition,
  type DocumentIndexPort,
  decodePartition,
  encodePartition,
  INDEX_VERSION,
  type IndexEntry,
  type IndexLoad,
  type IndexPartition,
  type KnownPartition,
  mergePartitions,
  newerEntry,
  parseManifest,
  partitionEntries,
  partitionOf,
  type RegionsListing,
  type RegionsLoad,
  regionSignature,
  samePartition,
  toIndexEntry,
} from '../../query/doc-summary.ts';
import { decodeStoredSummary, encodeStoredSummary, type StoredSummary } from '../../query/region-summary.ts';
import { isObjectNotFound, PipelineError } from './errors.ts';

export type { IndexLoad } from '../../query/doc-summary.ts';

import { INDEX_PREFIX } from './layout.ts';
import type { DocumentStore } from './store.ts';

export const INDEX_ROOT = `${INDEX_PREFIX}v${INDEX_VERSION}/`;
export const MANIFEST_KEY = `${INDEX_ROOT}manifest.json`;

export function partitionKey(partition: IndexPartition): string {
  return `${INDEX_ROOT}region=${partition.region}/year=${partition.year}.json`;
}

const PARTITION_KEY_RE = /^index\/v(\d+)\/region=([^/]+)\/year=(-?\d+)\.json$/;

/** Where a region's persisted summary lives (query/region-summary.ts encodeStoredSummary). */
export const SUMMARY_ROOT = `${INDEX_ROOT}summary/`;

export function summaryKey(region: string): string {
  return `${SUMMARY_ROOT}region=${region}.json`;
}

const SUMMARY_KEY_RE = /^index\/v(\d+)\/summary\/region=([^/]+)\.json$/;

/** The region whose summary a key names, when it is one of this version's summary objects. */
export function summaryRegionOfKey(key: string): string | null {
  const match = SUMMARY_KEY_RE.exec(key);
  return match && Number(match[1]) === INDEX_VERSION ? match[2]! : null;
}

/** The partition a key names, when it is one of this version's partition objects. */
export function partitionOfKey(key: string): IndexPartition | null {
  const match = PARTITION_KEY_RE.exec(key);
  if (!match || Number(match[1]) !== INDEX_VERSION) return null;
  return { region: match[2]!, year: Number(match[3]) };
}

/** A partition could not be updated: too many writers at once, or an object no schema accepts. */
export class IndexError extends PipelineError {
  override readonly name: string = 'IndexError';
  constructor(message: string, options: { cause?: unknown } = {}) {
    super('INDEX_CONFLICT', message, options);
  }
}

// ---- reading (the query API) --------------------------------------------------------------------------

/** What reading the index needs: a listing with ETags and a read (the query API's port has both). */
export interface IndexSource {
  listKeys(prefix: string): Promise<{ key: string; etag: string }[]>;
  getBytes(key: string): Promise<Uint8Array | null>;
}

/**
 * Loads the index: one listing of index/, then only the objects whose ETag changed since the last load
 * (a cold start reads the manifest and each partition once: O(partitions) reads). `loadRegions` reads only
 * the partitions of the regions asked for and keeps nothing itself (the catalog holds, and bounds, them).
 */
export class IndexReader implements DocumentIndexPort {
  private readonly partitions = new Map<string, { etag: string; object: DecodedPartition }>();
  private manifestEtag: string | null = null;
  private merged: Map<string, IndexEntry> | null = null;
  /** Partitions `loadRegions` read, held weakly: a later full load takes them instead of reading again. */
  private readonly lent = new Map<string, { etag: string; ref: WeakRef<DecodedPartition> }>();

  constructor(
    private readonly source: IndexSource,
    private readonly concurrency = 16,
  ) {}

  /** The listing of index/ and the manifest's verdict: the partitions' keys with ETags, or why not. */
  private async listing(): Promise<
    | {
        state: 'ready';
        partitions: { key: string; etag: string }[];
        summaries: Map<string, string>;
        reads: number;
      }
    | { state: 'missing' | 'stale' | 'incomplete' | 'invalid'; reason: string }
  > {
    const listed = await this.source.listKeys(INDEX_PREFIX);
    const manifest = listed.find((object) => object.key === MANIFEST_KEY);
    if (!manifest) {
      this.forget();
      if (listed.some((object) => object.key.startsWith(INDEX_ROOT)))
        // Ingests filed entries before anything wrote the manifest (a new bucket): not yet complete.
        return { state: 'missing', reason: `entries of version ${INDEX_VERSION} but no manifest yet` };
      return listed.length > 0
        ? {
            state: 'stale',
            reason: `no index of version ${INDEX_VERSION} (only ${describeVersions(listed)})`,
          }
        : { state: 'missing', reason: 'no index in the bucket' };
    }
    let reads = 0;
    if (manifest.etag !== this.manifestEtag) {
      const bytes = await this.source.getBytes(MANIFEST_KEY);
      reads++;
      const parsed = bytes === null ? null : parseManifest(parseJson(bytes));
      if (parsed === null) {
        this.forget();
        return { state: 'invalid', reason: `${MANIFEST_KEY} is not a manifest of version ${INDEX_VERSION}` };
      }
      if (!parsed.complete) {
        this.forget();
        return { state: 'incomplete', reason: 'a writer marked the index incomplete' };
      }
      this.manifestEtag = manifest.etag;
    }
    const partitions = listed.filter((object) => partitionOfKey(object.key) !== null);
    const summaries = new Map<string, string>();
    for (const object of listed) {
      const region = summaryRegionOfKey(object.key);
      if (region !== null) summaries.set(region, object.key);
    }
    return { state: 'ready', partitions, summaries, reads };
  }

  /**
   * Read `objects` (in parallel), each validated (decodePartition): the decoded partitions by key, null
   * for one gone since the listing, or the first failure.
   */
  private async read(
    objects: readonly { key: string; etag: string }[],
  ): Promise<{ read: Map<string, DecodedPartition | null> } | { failure: string }> {
    const read = new Map<string, DecodedPartition | null>();
    let failure: string | null = null;
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < objects.length && failure === null) {
        const object = objects[next++]!;
        const bytes = await this.source.getBytes(object.key);
        // Gone between the listing and the read: its documents moved or were removed; the next load sees.
        if (bytes === null) {
          read.set(object.key, null);
          continue;
        }
        const decoded = decodePartition(bytes, partitionOfKey(object.key)!);
        if ('error' in decoded) {
          failure = `${object.key} is not a partition of version ${INDEX_VERSION}: ${decoded.error}`;
          return;
        }
        read.set(object.key, decoded);
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, objects.length) }, worker));
    return failure === null ? { read } : { failure };
  }

  async load(): Promise<IndexLoad> {
    const listing = await this.listing();
    if (listing.state !== 'ready') return listing;
    const current = listing.partitions;
    let changed = this.merged === null;
    const seen = new Set(current.map((object) => object.key));
    for (const key of [...this.partitions.keys()]) {
      if (!seen.has(key)) {
        this.partitions.delete(key);
        changed = true;
      }
    }
    for (const object of current) {
      const lent = this.lent.get(object.key);
      const partition = lent?.etag === object.etag ? lent.ref.deref() : undefined;
      if (partition && this.partitions.get(object.key)?.etag !== object.etag) {
        this.partitions.set(object.key, { etag: object.etag, object: partition });
        changed = true;
      }
    }
    this.lent.clear();
    const toRead = current.filter((object) => this.partitions.get(object.key)?.etag !== object.etag);
    const result = await this.read(toRead);
    if ('failure' in result) {
      this.forget();
      return { state: 'invalid', reason: result.failure };
    }
    for (const object of toRead) {
      const decoded = result.read.get(object.key);
      if (decoded) this.partitions.set(object.key, { etag: object.etag, object: decoded });
      else this.partitions.delete(object.key);
    }
    if (toRead.length > 0) changed = true;
    if (changed || this.merged === null)
      this.merged = mergePartitions([...this.partitions.values()].map((partition) => partition.object));
    return { state: 'ready', entries: this.merged, changed, partitions: this.partitions.size };
  }

  async loadRegions(
    regions: readonly string[],
    known: ReadonlyMap<string, KnownPartition>,
    listed?: RegionsListing & { state: 'ready' },
  ): Promise<RegionsLoad> {
    const listing = listed ? { partitions: listed.partitions, reads: 0 } : await this.listing();
    if ('state' in listing && listing.state !== 'ready') return listing;
    const wanted = new Set(regions);
    const mine = listing.partitions.filter((object) => wanted.has(partitionOfKey(object.key)!.region));
    // What the caller holds, or what a full load of this reader holds, at the listed ETag is not read again.
    const held = (object: { key: string; etag: string }): DecodedPartition | undefined => {
      const mineKnown = known.get(object.key);
      if (mineKnown?.etag === object.etag) return mineKnown.partition;
      const loaded = this.partitions.get(object.key);
      return loaded?.etag === object.etag ? loaded.object : undefined;
    };
    const toRead = mine.filter((object) => held(object) === undefined);
    const result = await this.read(toRead);
    if ('failure' in result) {
      this.forget();
      return { state: 'invalid', reason: result.failure };
    }
    const byRegion = new Map<string, KnownPartition[]>(regions.map((region) => [region, []]));
    for (const object of mine) {
      const partition = result.read.has(object.key) ? result.read.get(object.key) : held(object);
      if (!partition) continue;
      if (result.read.has(object.key) && !this.partitions.has(object.key))
        this.lent.set(object.key, { etag: object.etag, ref: new WeakRef(partition) });
      byRegion.get(partition.header.region)?.push({ key: object.key, etag: object.etag, partition });
    }
    return { state: 'ready', regions: byRegion, reads: listing.reads + toRead.length };
  }

  async listRegions(): Promise<RegionsListing> {
    const listing = await this.listing();
    if (listing.state !== 'ready') return listing;
    const byRegion = new Map<string, { key: string; etag: string }[]>();
    for (const object of listing.partitions) {
      const region = partitionOfKey(object.key)!.region;
      const parts = byRegion.get(region);
      if (parts) parts.push(object);
      else byRegion.set(region, [object]);
    }
    return {
      state: 'ready',
      regions: new Map([...byRegion].map(([region, parts]) => [region, regionSignature(parts)])),
      partitions: listing.partitions,
      summaries: listing.summaries,
    };
  }

  async loadSummaries(
    regions: readonly string[],
    listed: RegionsListing & { state: 'ready' },
  ): Promise<Map<string, StoredSummary>> {
    const wanted = regions.filter((region) => listed.summaries?.has(region));
    const result = new Map<string, StoredSummary>();
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < wanted.length) {
        const region = wanted[next++]!;
        const bytes = await this.source.getBytes(listed.summaries!.get(region)!);
        // Missing since the listing, or corrupt: the catalog builds this region's summary from partitions.
        const stored = bytes === null ? null : decodeStoredSummary(bytes, region);
        if (stored) result.set(region, stored);
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, wanted.length) }, worker));
    return result;
  }

  private forget(): void {
    this.partitions.clear();
    this.lent.clear();
    this.manifestEtag = null;
    this.merged = null;
  }
}

function describeVersions(listed: { key: string }[]): string {
  const versions = new Set(listed.map((object) => object.key.split('/')[1] ?? '?'));
  return [...versions].sort().join(', ');
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch {
    return undefined;
  }
}

// ---- writing (ingest, rebuild, removal) --------------------------------------------------------------

export interface WriteOptions {
  /** Attempts before giving up with IndexError (each after a longer random pause). */
  attempts?: number;
  /** Pause before attempt n (tests pass 0). */
  backoffMs?: (attempt: number) => number;
}

const DEFAULT_ATTEMPTS = 12;
const defaultBackoff = (attempt: number): number => Math.random() * Math.min(1000, 10 * 2 ** attempt);

/** The partition as stored now with the ETag it was read at (null when there is none), its entries decoded. */
async function readPartition(
  store: DocumentStore,
  key: string,
): Promise<{ etag: string | null; entries: IndexEntry[] | null; text: string | null }> {
  let object: Awaited<ReturnType<DocumentStore['getObject']>>;
  let etag: string | undefined;
  try {
    object = await store.getObject(key);
    etag = object.etag;
    if (etag === undefined) {
      // A store that does not return the ETag with the bytes: take it first, then read. A change in between
      // makes the conditional write fail and the update start over, never write over the change.
      const head = await store.head(key);
      if (!head) return { etag: null, entries: null, text: null };
      etag = head.etag;
      object = await store.getObject(key);
    }
  } catch (error) {
    if (isObjectNotFound(error)) return { etag: null, entries: null, text: null };
    throw error;
  }
  if (etag === undefined) throw new IndexError(`the store gives no ETag for ${key}`);
  const decoded = decodePartition(object.bytes, partitionOfKey(key) ?? undefined);
  if ('error' in decoded) {
    await markIncomplete(store);
    throw new IndexError(`${key} is not a partition of version ${INDEX_VERSION}; the index will be rebuilt`);
  }
  return { etag, entries: partitionEntries(decoded), text: new TextDecoder().decode(object.bytes) };
}

/**
 * Change one partition's entries: `change` gets the stored entries and returns the new ones, or null when
 * nothing is to be written. Retried from a fresh read whenever another writer changed the partition first.
 */
export async function updatePartition(
  store: DocumentStore,
  partition: IndexPartition,
  change: (entries: IndexEntry[]) => IndexEntry[] | null | Promise<IndexEntry[] | null>,
  options: WriteOptions = {},
): Promise<boolean> {
  const key = partitionKey(partition);
  const attempts = options.attempts ?? DEFAULT_ATTEMPTS;
  const backoff = options.backoffMs ?? defaultBackoff;
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (attempt > 0) await sleep(backoff(attempt));
    const current = await readPartition(store, key);
    const entries = await change(current.entries ?? []);
    if (entries === null) return false;
    // Sorted by id inside: the same entries always give the same bytes (and ETag); those are not rewritten.
    const text = encodePartition(partition, entries);
    if (text === current.text) return false;
    const written = await store.putConditional(
      key,
      text,
      current.etag === null ? { ifAbsent: true } : { ifMatch: current.etag },
    );
    if (written !== null) return true;
  }
  throw new IndexError(`${key}: gave up after ${attempts} attempts (other writers kept changing it)`);
}

function sleep(ms: number): Promise<void> {
  return ms <= 0 ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * File a stored document in the index (ingest, after extracted/<id>.json is written). `previous` is the
 * document stored before under the same id, if any: when it was filed elsewhere, its entry is taken out
 * after the new one is in. Writes nothing when the entry is already there as it is.
 */
export async function indexDocument(
  store: DocumentStore,
  doc: ExtractedDocument,
  key: string,
  previous: ExtractedDocument | null = null,
  options: WriteOptions = {},
): Promise<void> {
  const entry = toIndexEntry(doc, key);
  const text = JSON.stringify(entry);
  const partition = partitionOf(doc);
  await updatePartition(
    store,
    partition,
    (entries) => {
      const others = entries.filter((other) => other.summary.documentId !== doc.documentId);
      const same = entries.find((other) => other.summary.documentId === doc.documentId);
      if (same && JSON.stringify(same) === text && others.length === entries.length - 1) return null;
      return [...others, entry];
    },
    options,
  );
  const moved = previous && !samePartition(partitionOf(previous), partition);
  if (moved) await dropFrom(store, partitionOf(previous), doc.documentId, options);
  await writeRegionSummary(store, partition.region);
  if (moved && partitionOf(previous).region !== partition.region)
    await writeRegionSummary(store, partitionOf(previous).region);
}

/** Take a document out of the index (its extracted/<id>.json removed): from whichever partition holds it. */
export async function removeFromIndex(
  store: DocumentStore,
  documentId: string,
  options: WriteOptions = {},
): Promise<number> {
  let removed = 0;
  const regions = new Set<string>();
  for (const object of await store.listObjects(INDEX_ROOT)) {
    const partition = partitionOfKey(object.key);
    if (partition && (await dropFrom(store, partition, documentId, options))) {
      removed++;
      regions.add(partition.region);
    }
  }
  for (const region of regions) await writeRegionSummary(store, region);
  return removed;
}

async function dropFrom(
  store: DocumentStore,
  partition: IndexPartition,
  documentId: string,
  options: WriteOptions,
): Promise<boolean> {
  return updatePartition(
    store,
    partition,
    (entries) => {
      const kept = entries.filter((entry) => entry.summary.documentId !== documentId);
      return kept.length === entries.length ? null : kept;
    },
    options,
  );
}

/** Make readers distrust the partitions until the next full build (a partition no schema accepts). */
export async function markIncomplete(store: DocumentStore): Promise<void> {
  await store.putJson(MANIFEST_KEY, { version: INDEX_VERSION, complete: false, builtAt: '' });
}

/**
 * A full build from the documents read from extracted/ (the catalog's fallback path): each partition is
 * set to these documents' entries, merged with what writers filed meanwhile — an entry not among
 * `documents` is kept when its extracted object still exists (an ingest that finished after the listing)
 * — and then the manifest declares the index complete.
 */
export async function buildIndex(
  store: DocumentStore,
  documents: readonly { key: string; doc: ExtractedDocument }[],
  now: () => Date,
  options: WriteOptions = {},
): Promise<{ partitions: number; documents: number }> {
  const byPartition = new Map<string, { partition: IndexPartition; entries: Map<string, IndexEntry> }>();
  for (const { key, doc } of documents) {
    const partition = partitionOf(doc);
    const name = partitionKey(partition);
    let group = byPartition.get(name);
    if (!group) {
      group = { partition, entries: new Map() };
      byPartition.set(name, group);
    }
    const entry = toIndexEntry(doc, key);
    const seen = group.entries.get(doc.documentId);
    group.entries.set(doc.documentId, seen ? newerEntry(seen, entry) : entry);
  }
  for (const object of await store.listObjects(INDEX_ROOT)) {
    const partition = partitionOfKey(object.key);
    if (partition && !byPartition.has(object.key))
      byPartition.set(object.key, { partition, entries: new Map() });
  }
  const groups = [...byPartition.values()];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < groups.length) {
      const { partition, entries } = groups[next++]!;
      await updatePartition(
        store,
        partition,
        async (stored) => {
          const result = new Map(entries);
          for (const entry of stored) {
            const id = entry.summary.documentId;
            const built = result.get(id);
            if (built) result.set(id, newerEntry(built, entry));
            else if (await store.exists(entry.key)) result.set(id, entry);
          }
          return [...result.values()];
        },
        options,
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(8, groups.length) }, worker));
  await store.putJson(MANIFEST_KEY, { version: INDEX_VERSION, complete: true, builtAt: now().toISOString() });
  await rebuildSummaries(store);
  return { partitions: groups.length, documents: documents.length };
}

// ---- region summaries (what a cold /meta reads) -------------------------------------------------------

/** What writing a region's summary needs: a listing with ETags, a read, a write (a DocumentStore has them). */
export interface SummaryStore {
  listObjects(prefix: string): Promise<{ key: string; etag: string }[]>;
  /** Throws ObjectNotFoundError when the key does not exist. */
  getObject(key: string): Promise<{ bytes: Uint8Array; etag?: string }>;
  putText(key: string, text: string, contentType?: string): Promise<void>;
}

/**
 * Persist `region`'s summary (query/region-summary.ts) made from its partitions as stored now, under the
 * signature of exactly the bytes read: each partition's ETag is the one its read returned (the listing's
 * only when a store returns none, and then only if a second listing after the reads is unchanged), so a
 * summary is never labelled with a signature its content does not have. A writer that loses a race writes a summary with an older signature, which readers ignore (they
 * build that region from its partitions, as without a summary) until the next write into the region.
 * Skips the work when the stored summary already has the region's current signature (a redelivery), and
 * writes nothing for a region without partitions or with a partition no schema accepts.
 */
export async function writeRegionSummary(store: SummaryStore, region: string): Promise<boolean> {
  const listed = (await store.listObjects(`${INDEX_ROOT}region=${region}/`)).filter(
    (object) => partitionOfKey(object.key)?.region === region,
  );
  if (listed.length === 0) return false;
  const stored = await readStoredSummary(store, region);
  if (stored?.signature === regionSignature(listed)) return false;
  const known: KnownPartition[] = [];
  const reads: { etag?: string }[] = [];
  for (const object of listed) {
    let read: { bytes: Uint8Array; etag?: string };
    try {
      read = await store.getObject(object.key);
    } catch (error) {
      // Gone since the listing (moved or removed): the writer that removed it writes the summary again.
      if (isObjectNotFound(error)) return false;
      throw error;
    }
    const decoded = decodePartition(read.bytes, partitionOfKey(object.key)!);
    if ('error' in decoded) return false;
    reads.push(read);
    known.push({ key: object.key, etag: read.etag ?? object.etag, partition: decoded });
  }
  // A store whose reads return no ETag: the listing's are used, and only when a second listing after the
  // reads shows the region unchanged (a change in between would leave them unlike the bytes read).
  if (known.length > 0 && reads.some((read) => read.etag === undefined)) {
    const after = (await store.listObjects(`${INDEX_ROOT}region=${region}/`)).filter(
      (object) => partitionOfKey(object.key)?.region === region,
    );
    if (regionSignature(after) !== regionSignature(listed)) return false;
  }
  const summary = summarizePartitions(region, known);
  await store.putText(
    summaryKey(region),
    encodeStoredSummary(regionSignature(known), summary),
    'application/json; charset=utf-8',
  );
  return true;
}

async function readStoredSummary(store: SummaryStore, region: string): Promise<StoredSummary | null> {
  try {
    return decodeStoredSummary((await store.getObject(summaryKey(region))).bytes, region);
  } catch (error) {
    if (isObjectNotFound(error)) return null;
    throw error;
  }
}

/**
 * Write every region's summary that is missing or older than its partitions, one region at a time (memory
 * stays that of one region): after a full build, and for an index filed before summaries existed.
 */
export async function rebuildSummaries(store: SummaryStore): Promise<{ regions: number; written: number }> {
  const regions = new Set<string>();
  for (const object of await store.listObjects(INDEX_ROOT)) {
    const partition = partitionOfKey(object.key);
    if (partition) regions.add(partition.region);
  }
  let written = 0;
  for (const region of [...regions].sort()) if (await writeRegionSummary(store, region)) written++;
  return { regions: regions.size, written };
}
