/**
 * Compaction of the facts landing zone into Parquet on S3: the algorithm of cli/compaction.ts (shared pure
 * parts in functions/lib/compaction-core.ts) against the bucket through the S3 API, writing Parquet with
 * hyparquet-writer (pure JavaScript: the function stays free of native binaries, so arm64).
 *
 * A run, one at a time (the lock object, taken with If-None-Match; the function also has reserved
 * concurrency 1):
 *  1. finishes the deletions of an interrupted earlier run (its consumed list), then commits a manifest
 *     without it;
 *  2. lists facts/ and takes the files of committed documents whose non-empty files all lie in their
 *     committed region (at most `maxDocuments` per run; the rest wait for the next), reading each file and
 *     keeping the ETag and version it had; a document whose files changed between listing and reading waits;
 *  3. finds documents removed since (no extracted/<id>.json) in the parts by reading only their
 *     document_id column (ranged GETs);
 *  4. rewrites each affected partition as one new part: the old parts' rows minus those of the taken
 *     documents' (document, region, year) and of removed documents, plus the taken files' rows;
 *  5. writes the consumed list (key, ETag, version id, extracted_at of documents files) as Parquet, then
 *     the manifest — the commit point, a PUT conditional on the previous manifest's ETag;
 *  6. deletes each taken landing file only if its ETag is unchanged (S3's conditional delete: a file the
 *     ingest rewrote in between stays), then commits the manifest without the consumed list.
 * Parts no manifest names (a run that died before its commit) are never read; retired parts are deleted
 * one run later, so queries that started on the previous manifest still find them.
 */
import { randomUUID } from 'node:crypto';
import { parquetReadObjects } from 'hyparquet';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { type FactTable, factColumns, type SqlType, UNKNOWN_REGION } from '../../parsers/facts.ts';
import {
  byDocument,
  COMPACTED_PREFIX,
  CONSUMED_COLUMNS,
  CompactionBusy,
  type CompactionFault,
  CompactionInterrupted,
  consumedKey,
  decodeManifest,
  encodeManifest,
  type LandingRef,
  LOCK_KEY,
  MANIFEST_KEY,
  parseLandingKey,
  partitionId,
  partKey,
  type S3Manifest,
  type S3Part,
  selectConsumable,
} from '../lib/compaction-core.ts';
import { EXTRACTED_PREFIX, extractedKey, FACTS_PREFIX } from '../lib/layout.ts';
import type { CompactionObjects } from './objects.ts';

export interface CompactionReport {
  generation: number;
  /** Landing files folded into parts. */
  consumedFiles: number;
  /** Of those, deleted (the others were rewritten by an ingest in between, and stay). */
  deletedFiles: number;
  documents: number;
  /** Not committed yet, moving region, or changed while read: left for a later run. */
  waitingDocuments: number;
  /** Committed but beyond this run's `maxDocuments`. */
  deferredDocuments: number;
  removedDocuments: number;
  partitions: number;
  parts: number;
  /** Leftover landing files of an interrupted earlier run, deleted first. */
  recovered: number;
  ms: number;
}

export { CompactionBusy, type CompactionFault, CompactionInterrupted };

export interface CompactionOptions {
  now?: () => Date;
  /** Documents folded in per run (bounds the run's reads and memory; the rest wait for the next run). */
  maxDocuments?: number;
  /** Parallel S3 requests. */
  concurrency?: number;
  /**
   * Documents whose landing files are deleted at once (each document's one after the other). The local
   * S3 server fails concurrent deletes in one folder (it prunes empty folders as it goes): tests use 1.
   */
  deleteConcurrency?: number;
  /** A lock older than this is a crashed run's and is taken over (longer than the function's timeout). */
  staleLockMs?: number;
  /** Test hook: stop as a crash would at that point. */
  failAt?: CompactionFault;
}

/** Another writer replaced the manifest under this run (the lock makes it a should-never-happen). */
export class CompactionConflict extends Error {
  readonly code = 'COMPACTION_CONFLICT';
}

const PARQUET_TYPE: Record<SqlType, 'STRING' | 'DOUBLE' | 'INT32'> = {
  string: 'STRING',
  double: 'DOUBLE',
  int: 'INT32',
};

type Row = Record<string, unknown>;

/** Rows as Parquet with the given columns (nullable, typed explicitly: never guessed from the data). */
export function toParquet(columns: readonly { name: string; type: SqlType }[], rows: Row[]): Uint8Array {
  const buffer = parquetWriteBuffer({
    columnData: columns.map((column) => ({
      name: column.name,
      type: PARQUET_TYPE[column.type],
      nullable: true,
      data: rows.map((row) => normalise(row[column.name], column.type)),
    })),
    rowGroupSize: 100_000,
  });
  return new Uint8Array(buffer);
}

function normalise(value: unknown, type: SqlType): string | number | null {
  if (value === null || value === undefined) return null;
  if (type === 'string') return String(value);
  const number = typeof value === 'bigint' ? Number(value) : Number(value);
  return Number.isFinite(number) ? number : null;
}

async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      out[index] = await fn(items[index] as T);
    }
  });
  await Promise.all(workers);
  return out;
}

interface Lock {
  release(): Promise<void>;
}

async function acquireLock(objects: CompactionObjects, now: () => Date, staleMs: number): Promise<Lock> {
  const body = () => JSON.stringify({ owner: randomUUID(), acquiredAt: now().toISOString() });
  let etag = await objects.put(LOCK_KEY, body(), 'application/json', { ifAbsent: true });
  if (etag === null) {
    const held = (await objects.list(LOCK_KEY)).find((object) => object.key === LOCK_KEY);
    const age = held?.lastModified ? now().getTime() - held.lastModified.getTime() : 0;
    if (held && age >= staleMs) {
      // A crashed run's lock: taken over by replacing exactly that object (two takers cannot both win).
      etag = await objects.put(LOCK_KEY, body(), 'application/json', { ifMatch: held.etag });
    } else if (!held) {
      etag = await objects.put(LOCK_KEY, body(), 'application/json', { ifAbsent: true });
    }
    if (etag === null) throw new CompactionBusy(`another compaction holds s3 ${LOCK_KEY}`);
  }
  const mine = etag;
  return { release: async () => void (await objects.deleteIfMatch(LOCK_KEY, mine)) };
}

async function readManifest(
  objects: CompactionObjects,
): Promise<{ manifest: S3Manifest; etag: string | null }> {
  const object = await objects.get(MANIFEST_KEY);
  if (!object)
    return {
      manifest: { generation: 0, compactedAt: '', parts: [], consumed: null, retired: [] },
      etag: null,
    };
  return { manifest: decodeManifest(new TextDecoder().decode(object.bytes)), etag: object.etag };
}

/** The committed region of a document (its extracted/<id>.json), or null when it is not there. */
async function committedRegion(objects: CompactionObjects, documentId: string): Promise<string | null> {
  const object = await objects.get(extractedKey(documentId));
  if (!object) return null;
  try {
    const doc = JSON.parse(new TextDecoder().decode(object.bytes)) as {
      documentId?: unknown;
      document?: { region?: { code?: unknown } | null };
    };
    if (doc.documentId !== documentId) return null;
    const code = doc.document?.region?.code;
    return typeof code === 'string' ? code : UNKNOWN_REGION;
  } catch {
    return null;
  }
}

/**
 * Delete the folded-in landing files of each document only when none of them changed since it was read
 * (same version id where the bucket keeps versions, same ETag): a document the ingest re-extracted in
 * between keeps all its landing files — one rewritten with the same bytes too (same ETag) — so that its
 * landing files, not its part rows, are what counts (unionViewSql) until the next run folds them in. Each
 * delete is still conditional on the ETag (If-Match), for a rewrite between the check and the delete.
 */
async function deleteUnchangedDocuments(
  objects: CompactionObjects,
  files: { key: string; etag: string; versionId: string | null; documentId: string }[],
  concurrency: number,
): Promise<number> {
  const documents = [...byDocument(files).values()];
  const deleted = await mapLimit(documents, concurrency, async (list) => {
    const heads = await Promise.all(list.map((file) => objects.head(file.key)));
    // Gone: deleted by an earlier, interrupted pass (the ingest never deletes, it empties).
    const unchanged = list.every((file, index) => {
      const head = heads[index];
      if (head === null || head === undefined) return true;
      return (
        head.etag === file.etag &&
        (file.versionId === null || head.versionId === null || head.versionId === file.versionId)
      );
    });
    if (!unchanged) return 0;
    let count = 0;
    for (const file of list) if (await objects.deleteIfMatch(file.key, file.etag)) count++;
    return count;
  });
  return deleted.reduce((sum, n) => sum + n, 0);
}

interface Listed extends LandingRef {
  etag: string;
}

interface Taken extends Listed {
  versionId: string | null;
  rows: Row[];
}

function parseJsonLines(bytes: Uint8Array): Row[] {
  return new TextDecoder()
    .decode(bytes)
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Row);
}

/** Fold the landing zone into Parquet parts on S3 (see the file comment). */
export async function compactBucket(
  objects: CompactionObjects,
  options: CompactionOptions = {},
): Promise<CompactionReport> {
  const started = performance.now();
  const now = options.now ?? (() => new Date());
  const concurrency = options.concurrency ?? 32;
  const deleteConcurrency = options.deleteConcurrency ?? concurrency;
  const lock = await acquireLock(objects, now, options.staleLockMs ?? 30 * 60_000);
  try {
    let { manifest, etag } = await readManifest(objects);
    const commit = async (next: S3Manifest): Promise<void> => {
      const written = await objects.put(
        MANIFEST_KEY,
        encodeManifest(next),
        'application/x-ndjson',
        etag === null ? { ifAbsent: true } : { ifMatch: etag },
      );
      if (written === null) throw new CompactionConflict('the compaction manifest changed under this run');
      etag = written;
      manifest = next;
    };

    // 1. Finish an interrupted run: its leftover landing files are already in the parts.
    let recovered = 0;
    if (manifest.consumed) {
      const listed = (await objects.list(manifest.consumed)).find((o) => o.key === manifest.consumed);
      if (listed) {
        const entries = (await parquetReadObjects({
          file: objects.asyncBuffer(listed.key, listed.size),
          columns: ['key', 'etag', 'version_id', 'document_id'],
        })) as { key: string; etag: string; version_id: string | null; document_id: string }[];
        recovered = await deleteUnchangedDocuments(
          objects,
          entries.map((entry) => ({
            key: entry.key,
            etag: entry.etag,
            versionId: entry.version_id ?? null,
            documentId: entry.document_id,
          })),
          deleteConcurrency,
        );
      }
      const consumed = manifest.consumed;
      await commit({ ...manifest, consumed: null });
      await objects.delete(consumed);
    }

    // 2. What to fold in: committed documents whose non-empty files are all in their region.
    const landing: Listed[] = [];
    for (const object of await objects.list(FACTS_PREFIX)) {
      const parsed = parseLandingKey(object.key);
      if (parsed) landing.push({ ...parsed, key: object.key, size: object.size, etag: object.etag });
    }
    const grouped = [...byDocument(landing)];
    const maxDocuments = options.maxDocuments ?? 5_000;
    const taken: Taken[] = [];
    const takenDocuments = new Set<string>();
    let waitingDocuments = 0;
    let checked = 0;
    const CHUNK = 256;
    while (checked < grouped.length && takenDocuments.size < maxDocuments) {
      const chunk = grouped.slice(checked, checked + Math.min(CHUNK, maxDocuments - takenDocuments.size));
      checked += chunk.length;
      const regions = new Map(
        await mapLimit(chunk, concurrency, async ([id]) => [id, await committedRegion(objects, id)] as const),
      );
      const selected = selectConsumable(new Map(chunk), (id) => regions.get(id) ?? null);
      waitingDocuments += selected.waiting.length;
      // Read every file of a selected document; one that changed since the listing makes it wait.
      const read = await mapLimit(selected.consume, concurrency, async (file): Promise<Taken | null> => {
        const object = await objects.get(file.key);
        if (!object || object.etag !== file.etag) return null;
        return { ...file, versionId: object.versionId, rows: parseJsonLines(object.bytes) };
      });
      const changed = new Set(
        selected.consume.filter((_, index) => read[index] === null).map((file) => file.documentId),
      );
      waitingDocuments += changed.size;
      for (const file of read) if (file && !changed.has(file.documentId)) taken.push(file);
      for (const id of selected.documents) if (!changed.has(id)) takenDocuments.add(id);
    }
    const deferredDocuments = grouped.length - checked;

    // 3. Documents removed since (no extracted/<id>.json): their rows leave the parts they are in.
    const extractedIds = new Set(
      (await objects.list(EXTRACTED_PREFIX))
        .map((object) => /^extracted\/([^/]+)\.json$/.exec(object.key)?.[1])
        .filter((id): id is string => id !== undefined),
    );
    const partSizes = new Map((await objects.list(COMPACTED_PREFIX)).map((o) => [o.key, o.size]));
    const removedDocuments = new Set<string>();
    const removedPartitions = new Set<string>();
    await mapLimit(manifest.parts, concurrency, async (part) => {
      const size = partSizes.get(part.key);
      if (size === undefined) throw new Error(`the manifest names a part that is gone: ${part.key}`);
      const rows = (await parquetReadObjects({
        file: objects.asyncBuffer(part.key, size),
        columns: ['document_id'],
      })) as { document_id: string }[];
      for (const row of rows) {
        if (extractedIds.has(row.document_id)) continue;
        removedDocuments.add(row.document_id);
        removedPartitions.add(partitionId(part.table, part.region, part.year));
      }
    });

    if (taken.length === 0 && removedPartitions.size === 0) {
      // Nothing new; retired parts of the previous run can go.
      if (manifest.retired.length > 0) {
        await mapLimit(manifest.retired, deleteConcurrency, (key) => objects.delete(key));
        await commit({ ...manifest, retired: [] });
      }
      return report(manifest, { waitingDocuments, deferredDocuments, recovered, started });
    }

    // 4. Rewrite each affected partition as one part: kept old rows plus the taken files' rows.
    const generation = manifest.generation + 1;
    const takenByPartition = new Map<string, Taken[]>();
    for (const file of taken) {
      const id = partitionId(file.table, file.region, file.year);
      const list = takenByPartition.get(id);
      if (list) list.push(file);
      else takenByPartition.set(id, [file]);
    }
    const affected = new Set([...removedPartitions, ...takenByPartition.keys()]);
    const kept: S3Part[] = [];
    const retired: string[] = [];
    const partitions: { table: FactTable; region: string; year: number; old: S3Part[] }[] = [];
    for (const id of affected) {
      const [table, region, year] = id.split('\u0000') as [FactTable, string, string];
      partitions.push({ table, region, year: Number(year), old: [] });
    }
    const byId = new Map(partitions.map((p) => [partitionId(p.table, p.region, p.year), p]));
    for (const part of manifest.parts) {
      const target = byId.get(partitionId(part.table, part.region, part.year));
      if (target) {
        target.old.push(part);
        retired.push(part.key);
      } else kept.push(part);
    }
    const written = await mapLimit(
      partitions,
      Math.max(1, Math.floor(concurrency / 8)),
      async (partition) => {
        const files =
          takenByPartition.get(partitionId(partition.table, partition.region, partition.year)) ?? [];
        const replaced = new Set(files.map((file) => file.documentId));
        const rows: Row[] = [];
        for (const part of partition.old) {
          const old = (await parquetReadObjects({
            file: objects.asyncBuffer(part.key, partSizes.get(part.key) ?? 0),
          })) as Row[];
          for (const row of old) {
            const documentId = String(row['document_id']);
            if (!replaced.has(documentId) && !removedDocuments.has(documentId)) rows.push(row);
          }
        }
        for (const file of [...files].sort((a, b) => a.documentId.localeCompare(b.documentId)))
          rows.push(...file.rows);
        if (rows.length === 0) return null;
        const key = partKey(partition.table, partition.region, partition.year, generation, randomUUID());
        await objects.put(
          key,
          toParquet(factColumns(partition.table), rows),
          'application/vnd.apache.parquet',
        );
        return {
          table: partition.table,
          region: partition.region,
          year: partition.year,
          key,
        } satisfies S3Part;
      },
    );
    if (options.failAt === 'after-parts') throw new CompactionInterrupted('stopped after writing parts');

    // 5. The consumed list, then the manifest: the commit point.
    const consumed = consumedKey(generation);
    await objects.put(
      consumed,
      toParquet(
        CONSUMED_COLUMNS,
        taken.map((file) => ({
          generation,
          key: file.key,
          etag: file.etag,
          version_id: file.versionId,
          tbl: file.table,
          document_id: file.documentId,
          region: file.region,
          year: file.year,
          extracted_at: file.table === 'documents' ? (file.rows[0]?.['extracted_at'] ?? null) : null,
        })),
      ),
      'application/vnd.apache.parquet',
    );
    await mapLimit(manifest.retired, deleteConcurrency, (key) => objects.delete(key));
    await commit({
      generation,
      compactedAt: now().toISOString(),
      parts: [...kept, ...written.filter((part): part is S3Part => part !== null)].sort((a, b) =>
        a.key.localeCompare(b.key),
      ),
      consumed,
      retired,
    });
    if (options.failAt === 'after-manifest')
      throw new CompactionInterrupted('stopped after writing the manifest');

    // 6. Delete the folded-in landing files (each only if unchanged), then say the deletion is done.
    const deleted = await deleteUnchangedDocuments(objects, taken, deleteConcurrency);
    await commit({ ...manifest, consumed: null });
    await objects.delete(consumed);
    return report(manifest, {
      consumedFiles: taken.length,
      deletedFiles: deleted,
      documents: takenDocuments.size,
      waitingDocuments,
      deferredDocuments,
      removedDocuments: removedDocuments.size,
      partitions: affected.size,
      recovered,
      started,
    });
  } finally {
    await lock.release();
  }
}

function report(
  manifest: S3Manifest,
  figures: Partial<Omit<CompactionReport, 'generation' | 'parts' | 'ms'>> & { started: number },
): CompactionReport {
  return {
    generation: manifest.generation,
    consumedFiles: figures.consumedFiles ?? 0,
    deletedFiles: figures.deletedFiles ?? 0,
    documents: figures.documents ?? 0,
    waitingDocuments: figures.waitingDocuments ?? 0,
    deferredDocuments: figures.deferredDocuments ?? 0,
    removedDocuments: figures.removedDocuments ?? 0,
    partitions: figures.partitions ?? 0,
    parts: manifest.parts.length,
    recovered: figures.recovered ?? 0,
    ms: performance.now() - figures.started,
  };
}
