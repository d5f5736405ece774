/**
 * The pure core of compacting the facts landing zone into Parquet, shared by the local compaction
 * (cli/compaction.ts: a folder, DuckDB) and the AWS one (functions/compact/service.ts: S3, hyparquet-writer).
 * No file system, network or clock here: which landing files a run may take, how partitions are named, and
 * the SQL text of the union views Athena runs over the compacted Parquet plus the landing zone.
 */
import { FACT_TABLES, type FactTable, factColumns } from '../../parsers/facts.ts';

/** One per-document file of the landing zone, as a listing sees it. */
/** Where a test stops a compaction as a crash would (the process dies after the write before it). */
export type CompactionFault = 'after-parts' | 'after-manifest';

/** A run stopped on purpose at a CompactionFault (tests), as a crash would. */
export class CompactionInterrupted extends Error {
  readonly code = 'COMPACTION_INTERRUPTED';
}

/** Another compaction holds the lock. */
export class CompactionBusy extends Error {
  readonly code = 'COMPACTION_BUSY';
}

export interface LandingRef {
  table: FactTable;
  region: string;
  year: number;
  documentId: string;
  /** The bucket key, facts/<table>/region=<r>/year=<y>/<documentId>.jsonl. */
  key: string;
  /** Bytes: an emptied file (a partition the document left) has none. */
  size: number;
}

const LANDING_KEY = /^facts\/([a-z]+)\/region=([^/]+)\/year=(\d{4})\/([^/]+)\.jsonl$/;

/** The table, partition and document a landing key names, or null for any other key. */
export function parseLandingKey(
  key: string,
): Pick<LandingRef, 'table' | 'region' | 'year' | 'documentId'> | null {
  const match = LANDING_KEY.exec(key);
  if (!match) return null;
  const table = match[1] as FactTable;
  if (!FACT_TABLES.includes(table)) return null;
  return { table, region: match[2] as string, year: Number(match[3]), documentId: match[4] as string };
}

export function partitionId(table: string, region: string, year: number): string {
  return `${table}\u0000${region}\u0000${year}`;
}

/** Landing files grouped by document, in first-seen order. */
export function byDocument<T extends Pick<LandingRef, 'documentId'>>(files: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const file of files) {
    const list = out.get(file.documentId);
    if (list) list.push(file);
    else out.set(file.documentId, [file]);
  }
  return out;
}

/**
 * Which documents a run takes: those committed (extracted/<id>.json exists: `committedRegion` is not null)
 * whose non-empty landing files all lie in the committed region. The others wait for a later run: not
 * committed yet (the ingest writes facts before extracted/), or an ingest moving the document to another
 * region is in flight (or crashed before emptying the old partitions).
 */
export function selectConsumable<T extends Pick<LandingRef, 'documentId' | 'region' | 'size'>>(
  grouped: Map<string, T[]>,
  committedRegion: (documentId: string) => string | null,
): { consume: T[]; documents: string[]; waiting: string[] } {
  const consume: T[] = [];
  const documents: string[] = [];
  const waiting: string[] = [];
  for (const [documentId, files] of grouped) {
    const region = committedRegion(documentId);
    if (region === null || files.some((file) => file.size > 0 && file.region !== region)) {
      waiting.push(documentId);
      continue;
    }
    documents.push(documentId);
    consume.push(...files);
  }
  return { consume, documents, waiting };
}

// ---- the AWS layout ------------------------------------------------------------------------------------

/** Parquet parts on S3: compacted/<table>/region=<r>/year=<y>/part-g<generation>-<uuid>.parquet. */
export const COMPACTED_PREFIX = 'compacted/';
/**
 * What Athena and the compaction read to know which parts count, and which landing files a generation took.
 * Not under compacted/ (the Glue tables there read every object below their location) and with no leading
 * underscore (Athena treats `_name` and `.name` objects as hidden).
 */
export const COMPACTION_PREFIX = 'compaction/';
/** The commit point: one JSON Lines object, replaced by one PUT (conditional on the previous ETag). */
export const MANIFEST_KEY = `${COMPACTION_PREFIX}manifest/manifest.jsonl`;
export const CONSUMED_PREFIX = `${COMPACTION_PREFIX}consumed/`;
export const LOCK_KEY = `${COMPACTION_PREFIX}lock.json`;

export function partKey(
  table: FactTable,
  region: string,
  year: number,
  generation: number,
  id: string,
): string {
  return `${COMPACTED_PREFIX}${table}/region=${region}/year=${year}/part-g${generation}-${id}.parquet`;
}

export function consumedKey(generation: number): string {
  return `${CONSUMED_PREFIX}consumed-g${generation}.parquet`;
}

export interface S3Part {
  table: FactTable;
  region: string;
  year: number;
  key: string;
}

/** The manifest on S3. Readers (Athena) see it as the Glue table `compaction_manifest`, one row per line. */
export interface S3Manifest {
  generation: number;
  compactedAt: string;
  parts: S3Part[];
  /** The consumed list (key, ETag, …) of landing files whose deletion is pending; null when none is. */
  consumed: string | null;
  /** Parts this generation replaced: kept for queries still running on the previous manifest. */
  retired: string[];
}

/**
 * One flat row per line, so Athena's JSON SerDe reads the manifest as a table: `kind` is `head` (the
 * generation and time), `part` (a Parquet part that counts), `consumed` (the pending consumed list) or
 * `retired` (a replaced part, deleted by the next run).
 */
export interface ManifestLine {
  kind: 'head' | 'part' | 'consumed' | 'retired';
  generation: number;
  key: string | null;
  tbl: string | null;
  region: string | null;
  year: number | null;
  compacted_at: string | null;
}

export const MANIFEST_COLUMNS: { name: keyof ManifestLine; type: 'string' | 'int' }[] = [
  { name: 'kind', type: 'string' },
  { name: 'generation', type: 'int' },
  { name: 'key', type: 'string' },
  { name: 'tbl', type: 'string' },
  { name: 'region', type: 'string' },
  { name: 'year', type: 'int' },
  { name: 'compacted_at', type: 'string' },
];

export function encodeManifest(manifest: S3Manifest): string {
  const line = ({ kind, ...partial }: Partial<ManifestLine> & Pick<ManifestLine, 'kind'>): string =>
    JSON.stringify({
      kind,
      generation: manifest.generation,
      key: null,
      tbl: null,
      region: null,
      year: null,
      compacted_at: null,
      ...partial,
    });
  return [
    line({ kind: 'head', compacted_at: manifest.compactedAt }),
    ...manifest.parts.map((part) =>
      line({ kind: 'part', key: part.key, tbl: part.table, region: part.region, year: part.year }),
    ),
    ...(manifest.consumed ? [line({ kind: 'consumed', key: manifest.consumed })] : []),
    ...manifest.retired.map((key) => line({ kind: 'retired', key })),
  ]
    .map((text) => `${text}\n`)
    .join('');
}

/** The manifest back from its lines; throws on anything that is not one. */
export function decodeManifest(text: string): S3Manifest {
  const lines = text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as ManifestLine);
  const head = lines.find((line) => line.kind === 'head');
  if (!head || !Number.isInteger(head.generation)) throw new Error('compaction manifest without a head line');
  if (lines.some((line) => line.generation !== head.generation))
    throw new Error('compaction manifest mixes generations');
  const parts: S3Part[] = [];
  let consumed: string | null = null;
  const retired: string[] = [];
  for (const line of lines) {
    if (line.kind === 'part') {
      if (
        !line.key ||
        !FACT_TABLES.includes(line.tbl as FactTable) ||
        line.region === null ||
        line.year === null
      )
        throw new Error(`compaction manifest: bad part line ${JSON.stringify(line)}`);
      parts.push({ table: line.tbl as FactTable, region: line.region, year: line.year, key: line.key });
    } else if (line.kind === 'consumed') consumed = line.key;
    else if (line.kind === 'retired' && line.key) retired.push(line.key);
  }
  return { generation: head.generation, compactedAt: head.compacted_at ?? '', parts, consumed, retired };
}

/** The columns of the consumed list (compaction/consumed/consumed-g<n>.parquet; Glue `compaction_consumed`). */
export const CONSUMED_COLUMNS = [
  { name: 'generation', type: 'int' },
  { name: 'key', type: 'string' },
  { name: 'etag', type: 'string' },
  { name: 'version_id', type: 'string' },
  { name: 'tbl', type: 'string' },
  { name: 'document_id', type: 'string' },
  { name: 'region', type: 'string' },
  { name: 'year', type: 'int' },
  /** For a documents file: its rows' extracted_at (what tells a re-ingested file at the same key apart). */
  { name: 'extracted_at', type: 'string' },
] as const;

// ---- the union views Athena runs ---------------------------------------------------------------------

/** The Glue tables the union views read, by role. */
export type UnionSource =
  | { kind: 'landing'; table: FactTable }
  | { kind: 'compacted'; table: FactTable }
  | { kind: 'manifest' }
  | { kind: 'consumed' };

export function unionSourceName(source: UnionSource): string {
  switch (source.kind) {
    case 'landing':
      return `landing_${source.table}`;
    case 'compacted':
      return `compacted_${source.table}`;
    case 'manifest':
      return 'compaction_manifest';
    case 'consumed':
      return 'compaction_consumed';
  }
}

/** The bucket key of a row's file, from Athena's `"$path"` pseudo-column (s3://bucket/key). */
export function pathKeySql(alias: string): string {
  return `regexp_extract(${alias}."$path", '^s3://[^/]+/(.*)$', 1)`;
}

/**
 * The documents whose landing files are the current state ("fresh"): those with a row in the landing
 * documents table that the current generation did not fold in. Every ingest writes at least one documents
 * row per document (one per fiscal year), rewrites every partition the document has and empties those it
 * left, so a document re-ingested after compaction is fresh from its first documents file on — and then
 * all its landing files count and none of its part rows. A documents file still listed as consumed (its
 * deletion pending or interrupted) is not fresh unless its rows were written by another extraction
 * (`extracted_at` differs): Athena sees neither an object's version nor an emptied file, but it sees that.
 */
export function freshDocumentsSql(name: (source: UnionSource) => string = unionSourceName): string {
  return `SELECT d.document_id FROM ${name({ kind: 'landing', table: 'documents' })} d
  WHERE d.document_id IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM ${name({ kind: 'consumed' })} c
    WHERE c.key = ${pathKeySql('d')} AND c.extracted_at = d.extracted_at
      AND c.generation IN (SELECT m.generation FROM ${name({ kind: 'manifest' })} m WHERE m.kind = 'consumed')
  )`;
}

/**
 * A fact table as Athena shows it once compaction runs: the landing rows of fresh documents plus the rows
 * of the parts the manifest names (other objects under compacted/ — a crashed run's parts, retired parts —
 * are ignored) of every other document. Columns: the table's columns, region, year.
 */
export function unionViewSql(
  table: FactTable,
  name: (source: UnionSource) => string = unionSourceName,
): string {
  const columns = [...factColumns(table).map((column) => column.name), 'region', 'year'];
  const list = (alias: string) => columns.map((column) => `${alias}.${column}`).join(', ');
  const fresh = freshDocumentsSql(name);
  return `SELECT ${list('l')} FROM ${name({ kind: 'landing', table })} l
WHERE l.document_id IN (${fresh})
UNION ALL
SELECT ${list('p')} FROM ${name({ kind: 'compacted', table })} p
WHERE ${pathKeySql('p')} IN (SELECT m.key FROM ${name({ kind: 'manifest' })} m WHERE m.kind = 'part')
  AND p.document_id NOT IN (${fresh})`;
}
