/**
 * The document index in the bucket: what the query API reads on a cold start instead of every
 * extracted/<id>.json (issue 12). Layout, under `index/v<INDEX_VERSION>/`:
 *
 *   manifest.json                       written by a full build: the partitions hold every document
 *   region=<code|unknown>/year=<y>.json one object per region and first fiscal year: the entries (doc-summary.ts)
 *
 * Writers (the ingest path, a rebuild) change a partition by read – modify – conditional write (If-Match on
 * the ETag read, If-None-Match for a new one) and start over when another writer came first, so two ingests
 * into one partition never lose an entry. A document that moves partition (a re-extraction with another
 * region or years) is written to its new partition first and then taken out of the old; a crash between the
 * two leaves an entry readers ignore (doc-summary.ts mergePartitions). The ingest writes the entry after
 * extracted/<id>.json and again on every redelivery, so a crash before the entry is repaired by the retry.
 *
 * A reader trusts the partitions only when the manifest of its own version says they are complete;
 * otherwise the catalog reads extracted/ as before and rebuilds the index (functions/api/catalog.ts).
 */

import type { ExtractedDocument } from '../../parsers/schema.ts';
import {
  INDEX_VERSION,
  type IndexEntry,
  type IndexLoad,
  type IndexPartition,
  ManifestSchema,
  mergePartitions,
  newerEntry,
  type PartitionObject,
  PartitionSchema,
  partitionOf,
  samePartition,
  toIndexEntry,
} from '../../query/doc-summary.ts';
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
 * (a cold start reads the manifest and each partition once: O(partitions) reads).
 */
export class IndexReader {
  private readonly partitions = new Map<string, { etag: string; object: PartitionObject }>();
  private manifestEtag: string | null = null;
  private merged: Map<string, IndexEntry> | null = null;

  constructor(
    private readonly source: IndexSource,
    private readonly concurrency = 16,
  ) {}

  async load(): Promise<IndexLoad> {
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
    if (manifest.etag !== this.manifestEtag) {
      const bytes = await this.source.getBytes(MANIFEST_KEY);
      const parsed = bytes === null ? null : ManifestSchema.safeParse(parseJson(bytes));
      if (!parsed?.success) {
        this.forget();
        return { state: 'invalid', reason: `${MANIFEST_KEY} is not a manifest of version ${INDEX_VERSION}` };
      }
      if (!parsed.data.complete) {
        this.forget();
        return { state: 'incomplete', reason: 'a writer marked the index incomplete' };
      }
      this.manifestEtag = manifest.etag;
    }

    const current = listed.filter((object) => partitionOfKey(object.key) !== null);
    let changed = this.merged === null;
    const seen = new Set(current.map((object) => object.key));
    for (const key of [...this.partitions.keys()]) {
      if (!seen.has(key)) {
        this.partitions.delete(key);
        changed = true;
      }
    }
    const toRead = current.filter((object) => this.partitions.get(object.key)?.etag !== object.etag);
    let failure: string | null = null;
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < toRead.length && failure === null) {
        const object = toRead[next++]!;
        const bytes = await this.source.getBytes(object.key);
        // Gone between the listing and the read: its documents moved or were removed; the next load sees.
        if (bytes === null) {
          this.partitions.delete(object.key);
          continue;
        }
        const parsed = PartitionSchema.safeParse(parseJson(bytes));
        const partition = partitionOfKey(object.key)!;
        if (!parsed.success || !samePartition(parsed.data, partition)) {
          failure = `${object.key} is not a partition of version ${INDEX_VERSION}`;
          return;
        }
        this.partitions.set(object.key, { etag: object.etag, object: parsed.data });
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, toRead.length) }, worker));
    if (failure !== null) {
      this.forget();
      return { state: 'invalid', reason: failure };
    }
    if (toRead.length > 0) changed = true;
    if (changed || this.merged === null)
      this.merged = mergePartitions([...this.partitions.values()].map((partition) => partition.object));
    return { state: 'ready', entries: this.merged, changed, partitions: this.partitions.size };
  }

  private forget(): void {
    this.partitions.clear();
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

/** The partition as stored now with the ETag it was read at (null when there is none). */
async function readPartition(
  store: DocumentStore,
  key: string,
): Promise<{ etag: string | null; object: PartitionObject | null }> {
  let object: Awaited<ReturnType<DocumentStore['getObject']>>;
  let etag: string | undefined;
  try {
    object = await store.getObject(key);
    etag = object.etag;
    if (etag === undefined) {
      // A store that does not return the ETag with the bytes: take it first, then read. A change in between
      // makes the conditional write fail and the update start over, never write over the change.
      const head = await store.head(key);
      if (!head) return { etag: null, object: null };
      etag = head.etag;
      object = await store.getObject(key);
    }
  } catch (error) {
    if (isObjectNotFound(error)) return { etag: null, object: null };
    throw error;
  }
  if (etag === undefined) throw new IndexError(`the store gives no ETag for ${key}`);
  const parsed = PartitionSchema.safeParse(parseJson(object.bytes));
  if (!parsed.success) {
    await markIncomplete(store);
    throw new IndexError(`${key} is not a partition of version ${INDEX_VERSION}; the index will be rebuilt`);
  }
  return { etag, object: parsed.data };
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
    const entries = await change(current.object?.entries ?? []);
    if (entries === null) return false;
    const next: PartitionObject = {
      version: INDEX_VERSION,
      region: partition.region,
      year: partition.year,
      // Sorted by id: the same entries always give the same bytes (and ETag).
      entries: [...entries].sort((a, b) => (a.summary.documentId < b.summary.documentId ? -1 : 1)),
    };
    const written = await store.putConditional(
      key,
      JSON.stringify(next),
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
  if (previous && !samePartition(partitionOf(previous), partition))
    await dropFrom(store, partitionOf(previous), doc.documentId, options);
}

/** Take a document out of the index (its extracted/<id>.json removed): from whichever partition holds it. */
export async function removeFromIndex(
  store: DocumentStore,
  documentId: string,
  options: WriteOptions = {},
): Promise<number> {
  let removed = 0;
  for (const object of await store.listObjects(INDEX_ROOT)) {
    const partition = partitionOfKey(object.key);
    if (partition && (await dropFrom(store, partition, documentId, options))) removed++;
  }
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
  return { partitions: groups.length, documents: documents.length };
}
