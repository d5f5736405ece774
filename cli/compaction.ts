/**
 * Compaction of the facts landing zone into Parquet, locally with DuckDB.
 *
 * The ingest writes one small JSON Lines file per document, table, region and year
 * (facts/<table>/region=<r>/year=<y>/<documentId>.jsonl): the landing zone. At 10,000 documents that is
 * 75,000 files, and DuckDB spends its time opening them. Compaction folds them into Parquet parts,
 * compacted/<table>/region=<r>/year=<y>/part-g<generation>-<uuid>.parquet, beside facts/.
 *
 * What a reader sees is decided by compacted/_manifest.json, replaced atomically (temporary file + rename):
 *  - `parts`: the Parquet files that hold the compacted rows (any other file in compacted/ is ignored, so a
 *    part written by a compaction that crashed before its manifest counts for nothing);
 *  - `consumed`: while the landing files a generation folded in are being deleted, the list of them with
 *    the version (inode, size and modification time) each had when it was read. A landing file still there
 *    with the same version is a leftover of that deletion and is not read again.
 *
 * The reader's rule (cli/commands/sql.ts) per table: rows of every landing file not consumed by the current
 * generation ("uncovered") plus the part rows of every (document, region, year) that has no uncovered
 * landing file. The ingest always rewrites every partition a document has and empties those it left
 * (functions/ingest/service.ts), so a re-ingested document's new files replace its compacted rows partition
 * by partition — also an emptied file, which has no rows but exists — at once, before any compaction. A
 * crash between part and manifest leaves the landing files uncovered: they win over the new part. A crash
 * after the manifest leaves covered files: they are skipped. A document whose extracted/<id>.json is gone
 * (removed) is left out of the parts at once and dropped from them by the next compaction.
 *
 * A landing file is taken only when its document is committed (extracted/<id>.json exists) and none of the
 * document's non-empty files lies in another region than the committed one (an ingest moving the document
 * to another region is in flight, or crashed before emptying): such documents wait for a later run.
 */
import { randomUUID } from 'node:crypto';
import {
  type BigIntStats,
  closeSync,
  existsSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { z } from 'zod';
import {
  byDocument,
  CompactionBusy,
  type CompactionFault,
  CompactionInterrupted,
  partitionId,
  selectConsumable,
} from '../functions/lib/compaction-core.ts';
import {
  FACT_TABLES,
  type FactTable,
  factColumns,
  factViewColumns,
  factViewSql,
  type SqlType,
  UNKNOWN_REGION,
} from '../parsers/facts.ts';

export const DUCKDB_TYPE: Record<SqlType, string> = { string: 'VARCHAR', double: 'DOUBLE', int: 'INTEGER' };
export const S3RVER_OBJECT = '._S3rver_object';
const S3RVER_SIDE_FILES = ['._S3rver_metadata.json', '._S3rver_object.md5'];

/** Where the fact files are (see findFacts in cli/commands/sql.ts). */
export interface FactsLocation {
  /** The folder holding documents/, measures/, amounts/, decisions/. */
  root: string;
  /** What each fact file's name ends with (`.jsonl`, or `.jsonl._S3rver_object` in s3rver's folder). */
  suffix: string;
  /** The extracted/ folder beside facts/, when there is one. */
  extracted?: string | null;
}

const PartSchema = z.object({
  table: z.enum(FACT_TABLES),
  region: z.string(),
  year: z.number().int(),
  /** Relative to the compacted/ folder, with '/' separators. */
  file: z.string(),
});
export type CompactedPart = z.infer<typeof PartSchema>;

export const ManifestSchema = z.object({
  format: z.literal(1),
  generation: z.number().int().nonnegative(),
  compactedAt: z.string(),
  parts: z.array(PartSchema),
  /** Relative path of the Parquet list (key, version) of landing files whose deletion is pending. */
  consumed: z.string().nullable(),
  /** Parts this generation replaced: kept for readers still on the previous manifest, deleted next run. */
  retired: z.array(z.string()),
  /**
   * The `_unique` views' decisions over exactly these parts (precomputeCounting), so a reader need not
   * recompute them for the regions nothing has touched since. Absent (older manifests): readers decide
   * everything anew.
   */
  counting: z
    .object({
      /** Parquet (document_id, region, counted): every compacted document, counted ⇔ in documents_unique. */
      documents: z.string(),
      /** Parquet (document_id, measure_id, region, year, amount2): measure rows of counted documents that
       *  measures_unique leaves out (another document states the same effect). */
      measuresLeftOut: z.string(),
      /** Regions whose measure rows cannot be told apart by that key: readers run the window there. */
      windowRegions: z.array(z.string()),
      /**
       * The measure rows of counted documents with `kept` (BOOLEAN): the rows with `kept` are
       * measures_unique itself, decided by the view's window. Parquet partitioned like the parts
       * (`_counting/measures_counted/region=<r>/year=<y>/counted-g<generation>-<uuid>.parquet`; relative
       * paths): readers scan them, pruned by region and year, instead of joining measures with the two
       * files above. Absent (older manifests): readers join.
       */
      measuresCounted: z.array(z.string()).optional(),
    })
    .optional(),
  /**
   * extracted/'s own inode, modification and change time (extractedStamp), taken before the run read any
   * document in it, when they were old enough to tell a later change apart. Every document in the parts
   * was in extracted/ then; while the folder still has this stamp no name was added or removed since, so a
   * reader need not list the folder to leave out removed documents. Absent or null: readers list it.
   */
  extractedStamp: z.string().nullable().optional(),
});
export type CompactionManifest = z.infer<typeof ManifestSchema>;

export function compactedDir(location: FactsLocation): string {
  return join(dirname(location.root), 'compacted');
}

export function partPath(location: FactsLocation, part: CompactedPart): string {
  return join(compactedDir(location), ...part.file.split('/'));
}

/** The current manifest, or null when nothing was ever compacted. A manifest that does not parse is an error. */
export function readManifest(location: FactsLocation): CompactionManifest | null {
  const path = join(compactedDir(location), '_manifest.json');
  if (!existsSync(path)) return null;
  return ManifestSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

export function writeManifest(location: FactsLocation, manifest: CompactionManifest): void {
  const dir = compactedDir(location);
  const path = join(dir, '_manifest.json');
  const temp = `${path}.${process.pid}.${randomUUID()}.tmp`;
  const fd = openSync(temp, 'w');
  try {
    writeSync(fd, JSON.stringify(ManifestSchema.parse(manifest), null, 1));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, path);
}

/** One per-document file of the landing zone. */
export interface LandingFile {
  table: FactTable;
  region: string;
  year: number;
  documentId: string;
  path: string;
  /** The bucket key, facts/<table>/region=<r>/year=<y>/<documentId>.jsonl. */
  key: string;
  /** Inode, size and modification time in ns: changes with every write (see versionOf). */
  version: string;
  size: number;
}

/**
 * Inode, size and modification time: the ingest writes by renaming a new file over the old (s3rver's store,
 * infra/local/disk.ts), so every write gives a new inode even within one tick of the coarse file clock.
 */
function versionOf(stats: BigIntStats): string {
  return `${stats.ino}:${stats.size}:${stats.mtimeNs}`;
}

function statVersion(path: string): { version: string; size: number } | null {
  try {
    const stats = statSync(path, { bigint: true });
    return { version: versionOf(stats), size: Number(stats.size) };
  } catch {
    return null;
  }
}

/** Every landing file, from the folder listings (a handful of folders per table, region and year). */
export function listLanding(location: FactsLocation): LandingFile[] {
  const out: LandingFile[] = [];
  for (const table of FACT_TABLES) {
    const tableDir = join(location.root, table);
    for (const regionDir of readDirNames(tableDir)) {
      if (!regionDir.startsWith('region=')) continue;
      const region = regionDir.slice('region='.length);
      for (const yearDir of readDirNames(join(tableDir, regionDir))) {
        const year = Number(yearDir.slice('year='.length));
        if (!yearDir.startsWith('year=') || !Number.isInteger(year)) continue;
        const dir = join(tableDir, regionDir, yearDir);
        for (const name of readDirNames(dir)) {
          if (!name.endsWith(location.suffix)) continue;
          const path = join(dir, name);
          const stat = statVersion(path);
          if (!stat) continue; // deleted while listing
          const documentId = name.slice(0, -location.suffix.length);
          out.push({
            table,
            region,
            year,
            documentId,
            path,
            key: `facts/${table}/${regionDir}/${yearDir}/${documentId}.jsonl`,
            version: stat.version,
            size: stat.size,
          });
        }
      }
    }
  }
  return out;
}

function readDirNames(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** The committed region of a document (its extracted/<id>.json), or null when it is not there. */
export function committedRegion(location: FactsLocation, documentId: string): string | null {
  if (!location.extracted) return null;
  const plain = join(location.extracted, `${documentId}.json`);
  const path = existsSync(plain) ? plain : `${plain}${S3RVER_OBJECT}`;
  try {
    const doc = JSON.parse(readFileSync(path, 'utf8')) as {
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
 * A change within this long of taking the stamp might share the folder's timestamp (the file clock is
 * coarse; on some file systems seconds): a stamp younger than this is not recorded.
 */
const STAMP_SETTLE_NS = 2_000_000_000n;

/**
 * extracted/'s inode, mtime and ctime: adding, removing or renaming a name in a folder sets both times (and
 * ctime cannot be set back by hand), so an unchanged stamp means the same names. Null when there is no
 * extracted/ or, with `settled`, when the folder changed too recently for its times to be trusted
 * (the racy-timestamp rule git uses for its index).
 */
export function extractedStamp(location: FactsLocation, options: { settled?: boolean } = {}): string | null {
  if (!location.extracted) return null;
  let stats: BigIntStats;
  try {
    stats = statSync(location.extracted, { bigint: true });
  } catch {
    return null;
  }
  if (options.settled) {
    const now = BigInt(Date.now()) * 1_000_000n;
    if (now - stats.mtimeNs < STAMP_SETTLE_NS || now - stats.ctimeNs < STAMP_SETTLE_NS) return null;
  }
  return `${stats.ino}:${stats.mtimeNs}:${stats.ctimeNs}`;
}

/** True when extracted/ holds the same names as when the manifest's compaction read it (see extractedStamp). */
export function extractedUnchanged(location: FactsLocation, manifest: CompactionManifest): boolean {
  const stamp = manifest.extractedStamp;
  return typeof stamp === 'string' && stamp === extractedStamp(location);
}

/** The ids of the committed documents: the names in extracted/, without reading the documents. */
export function extractedIds(location: FactsLocation): string[] | null {
  if (!location.extracted) return null;
  const suffix = location.suffix.endsWith(S3RVER_OBJECT) ? `.json${S3RVER_OBJECT}` : '.json';
  return readDirNames(location.extracted)
    .filter((name) => name.endsWith(suffix))
    .map((name) => name.slice(0, -suffix.length));
}

/**
 * The table `table(document_id)` of the committed documents' ids (extractedIds), or false when there is no
 * extracted/. One readdir and an appender: DuckDB's glob() over the same folder took 60 µs per file (0.6 s
 * at 10,000 documents, 12 s at 200,000), the readdir a few milliseconds.
 */
export async function createExtractedIdsTable(
  connection: DuckDBConnection,
  location: FactsLocation,
  table: string,
): Promise<boolean> {
  const ids = extractedIds(location);
  if (ids === null) return false;
  await connection.run(`CREATE TABLE ${table} (document_id VARCHAR)`);
  const appender = await connection.createAppender(table);
  for (const id of ids) {
    appender.appendVarchar(id);
    appender.endRow();
  }
  appender.closeSync();
  return true;
}

export function sqlString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

export function sqlList(items: string[]): string {
  return `[${items.map(sqlString).join(', ')}]`;
}

const HIVE_TYPES = `hive_types = {'region': 'VARCHAR', 'year': 'INTEGER'}`;

/** The typed JSON Lines reader over some landing files of a table (explicit column types, see sql.ts). */
export function readLandingSql(table: FactTable, files: string[]): string {
  const struct = factColumns(table)
    .map((column) => `${column.name}: '${DUCKDB_TYPE[column.type]}'`)
    .join(', ');
  return `read_json(${sqlList(files)}, format = 'newline_delimited', hive_partitioning = true, ${HIVE_TYPES}, columns = {${struct}})`;
}

export function readPartsSql(files: string[]): string {
  return `read_parquet(${sqlList(files)}, hive_partitioning = true, ${HIVE_TYPES})`;
}

export function columnList(table: FactTable, alias: string): string {
  return [...factColumns(table).map((column) => column.name), 'region', 'year']
    .map((name) => `${alias}.${name}`)
    .join(', ');
}

export interface CompactionReport {
  generation: number;
  /** Landing files folded into parts (and then deleted). */
  consumedFiles: number;
  /** Documents whose landing files were folded in. */
  documents: number;
  /** Documents left in the landing zone: not committed yet, or moving to another region. */
  waitingDocuments: number;
  /** Documents whose extracted/ is gone, dropped from the parts. */
  removedDocuments: number;
  /** (table, region, year) partitions rewritten. */
  partitions: number;
  /** Parts in the manifest after the run. */
  parts: number;
  /** Leftover landing files of an interrupted earlier run, deleted first. */
  recovered: number;
  ms: number;
}

export { CompactionBusy, type CompactionFault, CompactionInterrupted };

export interface CompactionOptions {
  /** Clock of the manifest's compactedAt. */
  now?: () => Date;
  /** Landing files per DuckDB statement (bounds the SQL text and the open files). */
  batchFiles?: number;
  /** Test hook: stop as a crash would at that point (the process dies after the write before it). */
  failAt?: CompactionFault;
}

/** A lock file older than this is a crashed run's, and is taken over. */
const STALE_LOCK_MS = 30 * 60_000;

function acquireLock(dir: string): () => void {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, '.lock');
  const take = (): number => openSync(path, 'wx');
  let fd: number;
  try {
    fd = take();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const age = Date.now() - (statVersion(path) ? statSync(path).mtimeMs : 0);
    if (age < STALE_LOCK_MS) throw new CompactionBusy(`another compaction holds ${path}`);
    rmSync(path, { force: true });
    fd = take();
  }
  writeSync(fd, String(process.pid));
  closeSync(fd);
  return () => rmSync(path, { force: true });
}

/**
 * Delete a landing file only if it still has the version that was folded in: renamed aside first (so a
 * write racing the check lands on the original name), checked, then removed — or put back when a newer
 * write got there in between.
 */
function deleteIfUnchanged(path: string, version: string, location: FactsLocation): boolean {
  const aside = `${path}.compacted-${process.pid}`;
  try {
    renameSync(path, aside);
  } catch {
    return false; // gone already
  }
  const now = statVersion(aside);
  if (now?.version !== version) {
    try {
      linkSync(aside, path); // fails when an even newer write exists: then that one stays
    } catch {
      // a newer file is in place
    }
    rmSync(aside, { force: true });
    return false;
  }
  rmSync(aside, { force: true });
  if (location.suffix.endsWith(S3RVER_OBJECT) && !existsSync(path)) {
    const base = path.slice(0, -S3RVER_OBJECT.length);
    for (const side of S3RVER_SIDE_FILES) rmSync(`${base}${side}`, { force: true });
  }
  return true;
}

async function consumedEntries(
  connection: DuckDBConnection,
  location: FactsLocation,
  manifest: CompactionManifest,
): Promise<{ key: string; version: string }[]> {
  if (!manifest.consumed) return [];
  const path = join(compactedDir(location), ...manifest.consumed.split('/'));
  if (!existsSync(path)) return [];
  const reader = await connection.runAndReadAll(`SELECT key, version FROM read_parquet(${sqlString(path)})`);
  return reader.getRowsJS().map((row) => ({ key: String(row[0]), version: String(row[1]) }));
}

function landingPath(location: FactsLocation, key: string): string {
  return join(
    location.root,
    ...key
      .slice('facts/'.length)
      .replace(/\.jsonl$/, location.suffix)
      .split('/'),
  );
}

/** Fold the landing zone into Parquet parts (see the file comment). One run at a time (a lock file). */
export async function compactFacts(
  location: FactsLocation,
  options: CompactionOptions = {},
): Promise<CompactionReport> {
  const started = performance.now();
  const dir = compactedDir(location);
  const release = acquireLock(dir);
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const previous = readManifest(location);
    let manifest: CompactionManifest = previous ?? {
      format: 1,
      generation: 0,
      compactedAt: (options.now ?? (() => new Date()))().toISOString(),
      parts: [],
      consumed: null,
      retired: [],
    };

    // 1. Finish an interrupted run: its leftover landing files are already in the parts.
    let recovered = 0;
    if (manifest.consumed) {
      for (const entry of await consumedEntries(connection, location, manifest)) {
        if (deleteIfUnchanged(landingPath(location, entry.key), entry.version, location)) recovered++;
      }
      rmSync(join(dir, ...manifest.consumed.split('/')), { force: true });
      manifest = { ...manifest, consumed: null };
      writeManifest(location, manifest);
    }

    // Before any document is read: a name added or removed from here on changes the folder's stamp.
    const stamp = extractedStamp(location, { settled: true });

    // 2. What to fold in: the files of committed documents whose non-empty files are all in their region.
    // The rule is shared with the AWS compaction (functions/lib/compaction-core.ts).
    const selected = selectConsumable(byDocument(listLanding(location)), (documentId) =>
      committedRegion(location, documentId),
    );
    const consume: LandingFile[] = selected.consume;
    const waitingDocuments = selected.waiting.length;

    // 3. Documents removed since (no extracted/<id>.json): their rows leave the parts they are in.
    const idsSql = await createExtractedIdsTable(connection, location, 'extracted_ids');
    const removedPartitions = new Set<string>();
    const removedDocuments = new Set<string>();
    if (idsSql) {
      for (const table of FACT_TABLES) {
        const parts = manifest.parts.filter((part) => part.table === table);
        if (parts.length === 0) continue;
        const reader = await connection.runAndReadAll(
          `SELECT DISTINCT document_id, region, year FROM ${readPartsSql(parts.map((part) => partPath(location, part)))}
           WHERE document_id NOT IN (SELECT document_id FROM extracted_ids)`,
        );
        for (const [documentId, region, year] of reader.getRowsJS()) {
          removedDocuments.add(String(documentId));
          removedPartitions.add(partitionId(table, String(region), Number(year)));
        }
      }
    }

    if (consume.length === 0 && removedPartitions.size === 0) {
      // Nothing new; retired parts of the previous run can go.
      // The parts hold no document missing from the listing: the new stamp holds for them too.
      const retiredGone = deleteRetired(location, manifest);
      if (retiredGone || stamp !== (manifest.extractedStamp ?? null))
        writeManifest(location, { ...manifest, retired: [], extractedStamp: stamp });
      return report(manifest, 0, 0, waitingDocuments, 0, 0, recovered, started);
    }

    // 4. Rewrite the affected partitions: old part rows not replaced by a consumed file, plus those files.
    const generation = manifest.generation + 1;
    await connection.run(
      'CREATE TABLE consume (tbl VARCHAR, document_id VARCHAR, region VARCHAR, year INTEGER, key VARCHAR, version VARCHAR)',
    );
    const appender = await connection.createAppender('consume');
    for (const file of consume) {
      appender.appendVarchar(file.table);
      appender.appendVarchar(file.documentId);
      appender.appendVarchar(file.region);
      appender.appendInteger(file.year);
      appender.appendVarchar(file.key);
      appender.appendVarchar(file.version);
      appender.endRow();
    }
    appender.closeSync();

    const affected = new Set(removedPartitions);
    for (const file of consume) affected.add(partitionId(file.table, file.region, file.year));
    const keptParts: CompactedPart[] = [];
    const retired: string[] = [];
    const written: CompactedPart[] = [];
    const batchFiles = options.batchFiles ?? 4000;
    for (const table of FACT_TABLES) {
      const oldParts = manifest.parts.filter((part) => part.table === table);
      const replaced = oldParts.filter((part) => affected.has(partitionId(table, part.region, part.year)));
      keptParts.push(...oldParts.filter((part) => !replaced.includes(part)));
      retired.push(...replaced.map((part) => part.file));
      // Sorted by partition, so a batch touches few partitions and each gets few parts.
      const files = consume
        .filter((file) => file.table === table && file.size > 0)
        .sort((a, b) => a.region.localeCompare(b.region) || a.year - b.year || a.key.localeCompare(b.key));
      const selects: string[] = [];
      if (replaced.length > 0) {
        const keep = [
          idsSql ? 'p.document_id IN (SELECT document_id FROM extracted_ids)' : 'true',
          `NOT EXISTS (SELECT 1 FROM consume c WHERE c.tbl = ${sqlString(table)} AND c.document_id = p.document_id AND c.region = p.region AND c.year = p.year)`,
        ];
        selects.push(
          `SELECT ${columnList(table, 'p')} FROM ${readPartsSql(replaced.map((part) => partPath(location, part)))} p WHERE ${keep.join(' AND ')}`,
        );
      }
      const batches: string[][] = [];
      for (let start = 0; start < files.length; start += batchFiles) {
        batches.push(files.slice(start, start + batchFiles).map((file) => file.path));
      }
      // The old rows go with the first batch; every batch is one COPY into the partition folders.
      const statements: string[] = [];
      if (batches.length === 0 && selects.length > 0) statements.push(selects[0] as string);
      for (const [index, batch] of batches.entries()) {
        const landingSelect = `SELECT ${columnList(table, 'f')} FROM ${readLandingSql(table, batch)} f`;
        statements.push(
          index === 0 && selects.length > 0 ? `${selects[0]} UNION ALL ${landingSelect}` : landingSelect,
        );
      }
      for (const select of statements) {
        const target = join(dir, table);
        const reader = await connection.runAndReadAll(
          `COPY (${select}) TO ${sqlString(target)} (FORMAT parquet, COMPRESSION zstd, PARTITION_BY (region, year), APPEND, FILENAME_PATTERN 'part-g${generation}-{uuid}', RETURN_FILES true)`,
        );
        for (const row of reader.getRowsJS()) {
          for (const file of (row[1] ?? []) as string[]) written.push(partOf(dir, table, file));
        }
      }
    }
    const parts = [...keptParts, ...written].sort((a, b) => a.file.localeCompare(b.file));
    const counting = await precomputeCounting(connection, location, parts, generation);
    if (options.failAt === 'after-parts') throw new CompactionInterrupted('stopped after writing parts');

    // 5. The list of consumed files (for skipping leftovers), then the manifest: the commit point.
    const consumedFile = `_consumed/consumed-g${generation}.parquet`;
    mkdirSync(join(dir, '_consumed'), { recursive: true });
    await connection.run(
      `COPY (SELECT key, version FROM consume) TO ${sqlString(join(dir, '_consumed', `consumed-g${generation}.parquet`))} (FORMAT parquet)`,
    );
    deleteRetired(location, manifest);
    const committed: CompactionManifest = {
      format: 1,
      generation,
      compactedAt: (options.now ?? (() => new Date()))().toISOString(),
      parts,
      consumed: consumedFile,
      retired: [...retired, ...countingFiles(manifest)],
      ...(counting ? { counting } : {}),
      extractedStamp: stamp,
    };
    writeManifest(location, committed);
    if (options.failAt === 'after-manifest')
      throw new CompactionInterrupted('stopped after writing the manifest');

    // 6. Delete the folded-in landing files (each only if unchanged since it was read), then say so.
    for (const file of consume) deleteIfUnchanged(file.path, file.version, location);
    writeManifest(location, { ...committed, consumed: null });
    rmSync(join(dir, '_consumed', `consumed-g${generation}.parquet`), { force: true });
    return report(
      committed,
      consume.length,
      new Set(consume.map((file) => file.documentId)).size,
      waitingDocuments,
      removedDocuments.size,
      affected.size,
      recovered,
      started,
    );
  } finally {
    connection.closeSync();
    instance.closeSync();
    release();
  }
}

function partOf(dir: string, table: FactTable, file: string): CompactedPart {
  const rel = relative(dir, file).split(sep).join('/');
  const match = /region=([^/]+)\/year=(\d+)\//.exec(rel);
  if (!match) throw new Error(`DuckDB wrote a part outside the partition layout: ${rel}`);
  return { table, region: match[1] as string, year: Number(match[2]), file: rel };
}

/** The counting files of a manifest (retired with its parts when a new generation replaces them). */
function countingFiles(manifest: CompactionManifest): string[] {
  return manifest.counting
    ? [
        manifest.counting.documents,
        manifest.counting.measuresLeftOut,
        ...(manifest.counting.measuresCounted ?? []),
      ]
    : [];
}

/**
 * Decide at compaction time what the `_unique` views (parsers/facts.ts factViewSql, the same SQL) decide
 * over the compacted rows — which documents count, which counted measure rows another document's
 * identical statement replaces — and write it as two small Parquet files under compacted/_counting/.
 * Every decision is confined to one region (paper_id and lineage_id hash the region; the statement window
 * partitions by it), so a reader can take these decisions for every region that nothing has changed
 * since and run the views' window and join only over the others (cli/commands/sql.ts).
 */
export async function precomputeCounting(
  connection: DuckDBConnection,
  location: FactsLocation,
  parts: CompactedPart[],
  generation: number,
): Promise<CompactionManifest['counting']> {
  const files = (table: FactTable) =>
    parts.filter((part) => part.table === table).map((part) => partPath(location, part));
  const documents = files('documents');
  if (documents.length === 0) return undefined;
  const measures = files('measures');
  await connection.run(
    `CREATE OR REPLACE TEMP VIEW documents AS SELECT ${columnList('documents', 'p')} FROM ${readPartsSql(documents)} p`,
  );
  await connection.run(
    measures.length > 0
      ? `CREATE OR REPLACE TEMP VIEW measures AS SELECT ${columnList('measures', 'p')} FROM ${readPartsSql(measures)} p`
      : `CREATE OR REPLACE TEMP VIEW measures AS SELECT ${factColumns('measures')
          .map((column) => `CAST(NULL AS ${DUCKDB_TYPE[column.type]}) AS ${column.name}`)
          .join(', ')}, CAST(NULL AS VARCHAR) AS region, CAST(NULL AS INTEGER) AS year WHERE false`,
  );
  await connection.run(`CREATE OR REPLACE TEMP TABLE documents_unique AS ${factViewSql('documents_unique')}`);
  const dir = compactedDir(location);
  mkdirSync(join(dir, '_counting'), { recursive: true });
  const documentsFile = `_counting/documents-g${generation}.parquet`;
  const measuresFile = `_counting/measures-left-out-g${generation}.parquet`;
  await connection.run(
    `COPY (SELECT DISTINCT d.document_id, d.region, d.document_id IN (SELECT document_id FROM documents_unique) AS counted FROM documents d) TO ${sqlString(join(dir, documentsFile))} (FORMAT parquet)`,
  );
  const counted = 'm.document_id IN (SELECT document_id FROM documents_unique)';
  // The window of measures_unique (parsers/facts.ts factViewSql), run once: its rows with `kept` (rank 1,
  // the view's rows) are stored for readers, the others are the left-out list.
  const ranked = `SELECT m.*, row_number() OVER (
       PARTITION BY m.region, m.year, m.category, m.measure_key, round(m.amount_msek, 2)
       ORDER BY m.document_id, m.measure_id
     ) AS statement_rank
     FROM measures m WHERE ${counted}`;
  const measuresCounted: string[] = [];
  if (measures.length > 0) {
    const names = factViewColumns('measures_unique').map((column) => column.name);
    const reader = await connection.runAndReadAll(
      `COPY (SELECT ${names.join(', ')}, statement_rank = 1 AS kept FROM (${ranked}) statements) TO ${sqlString(join(dir, '_counting', 'measures_counted'))} (FORMAT parquet, COMPRESSION zstd, PARTITION_BY (region, year), APPEND, FILENAME_PATTERN 'counted-g${generation}-{uuid}', RETURN_FILES true)`,
    );
    for (const row of reader.getRowsJS())
      for (const file of (row[1] ?? []) as string[])
        measuresCounted.push(relative(dir, file).split(sep).join('/'));
  }
  const leftOut =
    measuresCounted.length > 0
      ? `SELECT * FROM ${readPartsSql(measuresCounted.map((file) => join(dir, ...file.split('/'))))} WHERE NOT kept`
      : `SELECT * FROM (${ranked}) statements WHERE statement_rank > 1`;
  await connection.run(
    `COPY (SELECT document_id, measure_id, region, year, round(amount_msek, 2) AS amount2 FROM (${leftOut}) statements) TO ${sqlString(join(dir, measuresFile))} (FORMAT parquet)`,
  );
  // Two rows of one measure with one key (two effects of one year and amount): a key cannot say which
  // of them the window keeps, so those regions are left to the window (by readers without the stored rows).
  const ambiguous = await connection.runAndReadAll(
    `SELECT DISTINCT region FROM (SELECT m.region FROM measures m WHERE ${counted}
     GROUP BY m.document_id, m.measure_id, m.region, m.year, round(m.amount_msek, 2) HAVING count(*) > 1)`,
  );
  await connection.run('DROP TABLE documents_unique');
  return {
    documents: documentsFile,
    measuresLeftOut: measuresFile,
    measuresCounted: measuresCounted.sort(),
    windowRegions: ambiguous
      .getRowsJS()
      .map((row) => String(row[0]))
      .sort(),
  };
}

/** Remove the parts the previous generation retired (no reader of a current manifest uses them). */
function deleteRetired(location: FactsLocation, manifest: CompactionManifest): boolean {
  for (const file of manifest.retired)
    rmSync(join(compactedDir(location), ...file.split('/')), { force: true });
  return manifest.retired.length > 0;
}

function report(
  manifest: CompactionManifest,
  consumedFiles: number,
  documents: number,
  waitingDocuments: number,
  removedDocuments: number,
  partitions: number,
  recovered: number,
  started: number,
): CompactionReport {
  return {
    generation: manifest.generation,
    consumedFiles,
    documents,
    waitingDocuments,
    removedDocuments,
    partitions,
    parts: manifest.parts.length,
    recovered,
    ms: performance.now() - started,
  };
}
