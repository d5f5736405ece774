/**
 * `namndkoll sql "<SQL>"`: SQL over the local facts/ JSON Lines with DuckDB. The views `documents`,
 * `measures`, `amounts` and `decisions` have the columns of the Glue/Athena tables on AWS — taken from the
 * same `factColumns(table)` with explicit types (DuckDB's inference would read 8.9 as 9 when the first
 * files hold integers) — plus the Hive partition columns `region` (VARCHAR) and `year` (INTEGER) from the
 * path facts/<table>/region=<code>/year=<yyyy>/<documentId>.jsonl.
 *
 * Reads a bucket-layout folder (`--data <dir>`, with facts/ inside) or, by default, the local stack's
 * s3rver folder directly (objects there are files named `<key>._S3rver_object`).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { LOCAL_BUCKET, SourceError } from '../../functions/api/cli-source.ts';
import {
  FACT_TABLES,
  FACT_VIEWS,
  type FactTable,
  type FactView,
  factColumns,
  factViewColumns,
  factViewSql,
  type SqlType,
  UNKNOWN_REGION,
} from '../../parsers/facts.ts';
import {
  type CompactionManifest,
  columnList,
  committedRegion,
  compactedDir,
  createExtractedIdsTable,
  DUCKDB_TYPE,
  extractedUnchanged,
  listLanding,
  partPath,
  readLandingSql,
  readManifest,
  readPartsSql,
  S3RVER_OBJECT,
  sqlString,
} from '../compaction.ts';
import { output, parseFormat, runCommand, UsageError } from '../format.ts';
import { projectRoot } from '../project-root.ts';

const USAGE = `Usage: namndkoll sql "<SQL>" [options]

Runs SQL (DuckDB) over the facts/ tables — the same tables and columns as Glue/Athena on AWS:
  documents, measures, amounts, decisions   (+ partition columns region VARCHAR, year INTEGER)
  documents_unique, measures_unique         each paper once: copies and superseded versions left out

Example:
  namndkoll sql "SELECT region, category_name, round(sum(amount_msek), 1) AS mkr
                 FROM measures_unique WHERE year = 2024 GROUP BY ALL ORDER BY mkr DESC"

Options:
  --data <dir>       a folder with facts/ inside (a bucket copy), or the local stack's data folder
                     (default: the local stack's, ${'.local-data'} or $NAMNDKOLL_DATA_DIR)
  --bucket <name>    the bucket inside the local stack's folder (default ${LOCAL_BUCKET})
  --schema           print the tables and their columns
  --format, -f       table (default), json or csv
  -h, --help         this text`;

export interface FactsSource {
  /** The folder holding documents/, measures/, amounts/, decisions/. */
  root: string;
  /** What each fact file's name ends with (`.jsonl`, or `.jsonl._S3rver_object` in s3rver's folder). */
  suffix: string;
  /**
   * The extracted/ folder beside facts/, when there is one: then a fact row is visible only when its
   * document is there, with the same region (committed). Facts written before their document (a crash,
   * a failed final write, a region another upload replaced) stay invisible, so SQL never counts a
   * document the API does not have, nor one document in two regions.
   */
  extracted?: string | null;
}

/** Find facts/ under a folder: a bucket copy, the s3rver bucket folder, or the local stack's data folder. */
export function findFacts(options: { data?: string | undefined; bucket?: string | undefined }): FactsSource {
  const bucket = options.bucket ?? LOCAL_BUCKET;
  const base = resolve(
    options.data ?? process.env['NAMNDKOLL_DATA_DIR'] ?? join(projectRoot(), '.local-data'),
  );
  const candidates = [
    join(base, 'facts'),
    base,
    join(base, bucket, 'facts'),
    join(base, 's3', bucket, 'facts'),
  ];
  for (const root of candidates) {
    if (!FACT_TABLES.some((table) => isDirectory(join(root, table)))) continue;
    // s3rver keeps side files (`._S3rver_metadata.json`, `._S3rver_object.md5`) beside each object.
    const extracted = join(dirname(root), 'extracted');
    return {
      root,
      suffix: firstFile(root)?.includes('._S3rver_') ? `.jsonl${S3RVER_OBJECT}` : '.jsonl',
      extracted: isDirectory(extracted) ? extracted : null,
    };
  }
  const hint =
    options.data === undefined
      ? 'start the local stack with `npm start` and upload a PDF, or pass --data <dir>'
      : 'expected <dir>/facts/<table>/region=<code>/year=<yyyy>/*.jsonl';
  throw new SourceError(`no facts/ tables found in ${base}: ${hint}`);
}

function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

/** The first file found depth-first (to tell the plain layout from s3rver's). */
function firstFile(dir: string): string | null {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isFile() && entry.name.includes('.jsonl')) return path;
    if (entry.isDirectory()) {
      const found = firstFile(path);
      if (found) return found;
    }
  }
  return null;
}

export function viewSql(table: FactTable, source: FactsSource): string {
  const columns = factColumns(table);
  const dir = join(source.root, table);
  const hasFiles = isDirectory(dir) && firstFile(dir) !== null;
  // No rows yet: an empty view with the same columns, so queries still run.
  if (!hasFiles) return emptyViewSql(table);
  const struct = columns.map((column) => `${column.name}: '${DUCKDB_TYPE[column.type]}'`).join(', ');
  const glob = join(dir, '*', '*', `*${source.suffix}`);
  const read = `read_json(${sqlString(glob)}, format = 'newline_delimited', hive_partitioning = true, hive_types = {'region': 'VARCHAR', 'year': 'INTEGER'}, columns = {${struct}})`;
  if (!source.extracted) return `CREATE OR REPLACE VIEW ${table} AS SELECT * FROM ${read}`;
  return `CREATE OR REPLACE VIEW ${table} AS SELECT * FROM ${read} AS f WHERE EXISTS (SELECT 1 FROM ${COMMITTED_TABLE} AS c WHERE c.document_id = f.document_id AND c.region = f.region)`;
}

function emptyViewSql(table: FactTable): string {
  return `CREATE OR REPLACE VIEW ${table} AS ${emptySelect([
    ...factColumns(table),
    { name: 'region', type: 'string' },
    { name: 'year', type: 'int' },
  ])}`;
}

/** A SELECT of no rows with these typed columns. */
function emptySelect(columns: { name: string; type: SqlType }[]): string {
  const list = columns.map((column) => `CAST(NULL AS ${DUCKDB_TYPE[column.type]}) AS ${column.name}`);
  return `SELECT ${list.join(', ')} WHERE false`;
}

export interface FactsDatabase {
  connection: DuckDBConnection;
  close(): void;
}

const COMMITTED_TABLE = '_committed_documents';
const LANDED_TABLE = '_landed_partitions';
const EXTRACTED_IDS_TABLE = '_extracted_ids';

/** documentId and region of every readable document in extracted/ (plain or s3rver layout). */
export function committedDocuments(dir: string): { documentId: string; region: string }[] {
  const out: { documentId: string; region: string }[] = [];
  for (const name of readdirSync(dir)) {
    if (!/\.json(\._S3rver_object)?$/.test(name)) continue;
    try {
      const doc = JSON.parse(readFileSync(join(dir, name), 'utf8')) as {
        documentId?: unknown;
        document?: { region?: { code?: unknown } | null };
      };
      if (typeof doc.documentId !== 'string') continue;
      const code = doc.document?.region?.code;
      out.push({ documentId: doc.documentId, region: typeof code === 'string' ? code : UNKNOWN_REGION });
    } catch {
      // A document that does not parse is not committed: its facts stay invisible.
    }
  }
  return out;
}

export async function openFactsDatabase(source: FactsSource): Promise<FactsDatabase> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const manifest = readManifest(source);
    let changed: string[] | null = null;
    if (manifest) {
      changed = await compactedViews(connection, source, manifest);
    } else {
      if (source.extracted) await insertCommitted(connection, committedDocuments(source.extracted));
      for (const table of FACT_TABLES) await connection.run(viewSql(table, source));
    }
    if (manifest?.counting && changed) {
      await countedViews(connection, source, manifest.counting, changed);
    } else {
      // The same view text as the Athena views on AWS (parsers/facts.ts).
      for (const view of FACT_VIEWS)
        await connection.run(`CREATE OR REPLACE VIEW ${view} AS ${factViewSql(view)}`);
    }
  } catch (error) {
    connection.closeSync();
    instance.closeSync();
    throw error;
  }
  return {
    connection,
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

async function insertCommitted(
  connection: DuckDBConnection,
  committed: { documentId: string; region: string }[],
): Promise<void> {
  await connection.run(`CREATE TABLE ${COMMITTED_TABLE} (document_id VARCHAR, region VARCHAR)`);
  const appender = await connection.createAppender(COMMITTED_TABLE);
  for (const doc of committed) {
    appender.appendVarchar(doc.documentId);
    appender.appendVarchar(doc.region);
    appender.endRow();
  }
  appender.closeSync();
}

/**
 * The tables over compacted Parquet plus the landing zone not yet compacted (cli/compaction.ts): per table
 * the rows of every uncovered landing file — committed, as above — and the part rows of every (document,
 * region, year) without one, of documents still in extracted/ and not moved to another region since.
 */
async function compactedViews(
  connection: DuckDBConnection,
  source: FactsSource,
  manifest: CompactionManifest,
): Promise<string[] | null> {
  const landing = listLanding(source);
  const covered = await coveredKeys(connection, source, manifest, landing);
  const uncovered = landing.filter((file) => !covered.has(`${file.key}\u0000${file.version}`));
  await connection.run(
    `CREATE TABLE ${LANDED_TABLE} (tbl VARCHAR, document_id VARCHAR, region VARCHAR, year INTEGER)`,
  );
  const appender = await connection.createAppender(LANDED_TABLE);
  for (const file of uncovered) {
    appender.appendVarchar(file.table);
    appender.appendVarchar(file.documentId);
    appender.appendVarchar(file.region);
    appender.appendInteger(file.year);
    appender.endRow();
  }
  appender.closeSync();
  if (source.extracted) {
    // Only the documents with landing files are read; the others' presence comes from the listing.
    const landed = [...new Set(uncovered.map((file) => file.documentId))];
    const committed: { documentId: string; region: string }[] = [];
    for (const documentId of landed) {
      const region = committedRegion(source, documentId);
      if (region !== null) committed.push({ documentId, region });
    }
    await insertCommitted(connection, committed);
  }
  // Removed documents: when no name in extracted/ was added or removed since the compaction (its stamp),
  // every document in the parts is still there and the 200,000-name listing is not needed.
  const idsSql = extractedUnchanged(source, manifest)
    ? false
    : await createExtractedIdsTable(connection, source, EXTRACTED_IDS_TABLE);
  for (const table of FACT_TABLES) {
    const selects: string[] = [];
    const parts = manifest.parts.filter((part) => part.table === table).map((part) => partPath(source, part));
    if (parts.length > 0) {
      const conditions: string[] = [];
      if (idsSql) conditions.push(`p.document_id IN (SELECT document_id FROM ${EXTRACTED_IDS_TABLE})`);
      if (uncovered.some((file) => file.table === table))
        conditions.push(
          `NOT EXISTS (SELECT 1 FROM ${LANDED_TABLE} l WHERE l.tbl = ${sqlString(table)} AND l.document_id = p.document_id AND l.region = p.region AND l.year = p.year)`,
        );
      if (source.extracted && uncovered.length > 0)
        conditions.push(
          `NOT EXISTS (SELECT 1 FROM ${COMMITTED_TABLE} c WHERE c.document_id = p.document_id AND c.region <> p.region)`,
        );
      selects.push(
        `SELECT ${columnList(table, 'p')} FROM ${readPartsSql(parts)} p${conditions.length > 0 ? ` WHERE ${conditions.join(' AND ')}` : ''}`,
      );
    }
    const files = uncovered.filter((file) => file.table === table && file.size > 0).map((file) => file.path);
    if (files.length > 0) {
      const committed = source.extracted
        ? ` WHERE EXISTS (SELECT 1 FROM ${COMMITTED_TABLE} AS c WHERE c.document_id = f.document_id AND c.region = f.region)`
        : '';
      selects.push(`SELECT ${columnList(table, 'f')} FROM ${readLandingSql(table, files)} f${committed}`);
    }
    await connection.run(
      selects.length > 0
        ? `CREATE OR REPLACE VIEW ${table} AS ${selects.join(' UNION ALL ')}`
        : emptyViewSql(table),
    );
  }
  if (!manifest.counting) return null;
  // The regions whose rows differ from the compacted ones: those of uncovered landing files, and those
  // where compacted rows are hidden (document removed, or with landing files — maybe in another region).
  await connection.run(
    `CREATE VIEW ${COUNTED_DOCUMENTS} AS SELECT document_id, region, counted FROM read_parquet(${sqlString(join(compactedDir(source), ...manifest.counting.documents.split('/')))})`,
  );
  const changed = new Set(uncovered.map((file) => file.region));
  const hidden: string[] = [];
  if (idsSql) hidden.push(`document_id NOT IN (SELECT document_id FROM ${EXTRACTED_IDS_TABLE})`);
  if (uncovered.length > 0) hidden.push(`document_id IN (SELECT document_id FROM ${LANDED_TABLE})`);
  if (hidden.length > 0) {
    const reader = await connection.runAndReadAll(
      `SELECT DISTINCT region FROM ${COUNTED_DOCUMENTS} WHERE ${hidden.join(' OR ')}`,
    );
    for (const row of reader.getRowsJS()) changed.add(String(row[0]));
  }
  return [...changed].sort();
}

const COUNTED_DOCUMENTS = '_counted_documents';
const MEASURES_LEFT_OUT = '_measures_left_out';

/**
 * The `_unique` views over compacted data: in the regions nothing changed since the compaction, its
 * precomputed decisions (cli/compaction.ts precomputeCounting) — a filtered scan; in the others (and where
 * the compaction could not key its decisions) the views' own SQL over just those regions' rows. Every
 * decision stays within a region, so the union equals factViewSql over all rows.
 */
async function countedViews(
  connection: DuckDBConnection,
  source: FactsSource,
  counting: NonNullable<CompactionManifest['counting']>,
  changed: string[],
): Promise<void> {
  await connection.run(
    `CREATE VIEW ${MEASURES_LEFT_OUT} AS SELECT document_id, measure_id, region, year, amount2 FROM read_parquet(${sqlString(join(compactedDir(source), ...counting.measuresLeftOut.split('/')))})`,
  );
  // The key-ambiguous regions (windowRegions) matter only to the join below: the stored measures_unique
  // rows were decided by the view's own SQL.
  const windowed = [...new Set([...changed, ...(counting.measuresCounted ? [] : counting.windowRegions)])];
  const inWindowed = (alias: string) =>
    windowed.length > 0 ? `${alias}.region IN (${windowed.map(sqlString).join(', ')})` : 'false';
  // Nothing changed since the compaction (the usual case): no window views to bind, no union.
  if (windowed.length > 0) {
    for (const table of FACT_TABLES)
      await connection.run(
        `CREATE VIEW _changed_${table} AS SELECT * FROM ${table} t WHERE ${inWindowed('t')}`,
      );
    for (const view of FACT_VIEWS)
      await connection.run(
        `CREATE VIEW _changed_${view} AS ${factViewSql(view, (name: FactTable | FactView) => `_changed_${name}`)}`,
      );
  }
  const counted = `SELECT document_id FROM ${COUNTED_DOCUMENTS} WHERE counted`;
  for (const view of FACT_VIEWS) {
    const base = VIEW_BASE_TABLE[view];
    const names = factViewColumns(view).map((column) => column.name);
    const columns = names.map((name) => `t.${name}`).join(', ');
    const selects = windowed.length > 0 ? [`SELECT ${names.join(', ')} FROM _changed_${view}`] : [];
    const unchanged = windowed.length > 0 ? `NOT (${inWindowed('t')})` : 'true';
    if (view === 'measures_unique' && counting.measuresCounted) {
      // The compaction's own measures_unique rows: a scan the query's region and year filters prune
      // to the matching files (hive partitions), with no join.
      const files = counting.measuresCounted.map((file) => join(compactedDir(source), ...file.split('/')));
      if (files.length > 0)
        selects.unshift(`SELECT ${columns} FROM ${readPartsSql(files)} t WHERE t.kept AND ${unchanged}`);
    } else {
      // An ANTI JOIN, not NOT EXISTS: DuckDB turned the correlated form into a slower delim join.
      const leftOut =
        view === 'measures_unique'
          ? ` ANTI JOIN ${MEASURES_LEFT_OUT} x ON x.document_id = t.document_id AND x.measure_id = t.measure_id AND x.region = t.region AND x.year = t.year AND x.amount2 IS NOT DISTINCT FROM round(t.amount_msek, 2)`
          : '';
      selects.unshift(
        `SELECT ${columns} FROM ${base} t${leftOut} WHERE ${unchanged} AND t.document_id IN (${counted})`,
      );
    }
    await connection.run(
      `CREATE OR REPLACE VIEW ${view} AS ${selects.length > 0 ? selects.join('\nUNION ALL ') : emptySelect(factViewColumns(view))}`,
    );
  }
}

const VIEW_BASE_TABLE: Record<FactView, FactTable> = {
  documents_unique: 'documents',
  measures_unique: 'measures',
  amounts_unique: 'amounts',
  decisions_unique: 'decisions',
};

/** `key\0version` of the landing files the current generation folded in and has not deleted yet. */
async function coveredKeys(
  connection: DuckDBConnection,
  source: FactsSource,
  manifest: CompactionManifest,
  landing: { key: string; version: string }[],
): Promise<Set<string>> {
  if (!manifest.consumed || landing.length === 0) return new Set();
  const path = join(compactedDir(source), ...manifest.consumed.split('/'));
  if (!existsSync(path)) return new Set();
  await connection.run('CREATE TEMP TABLE _landing_now (key VARCHAR, version VARCHAR)');
  const appender = await connection.createAppender('_landing_now');
  for (const file of landing) {
    appender.appendVarchar(file.key);
    appender.appendVarchar(file.version);
    appender.endRow();
  }
  appender.closeSync();
  const reader = await connection.runAndReadAll(
    `SELECT n.key, n.version FROM _landing_now n JOIN read_parquet(${sqlString(path)}) c ON c.key = n.key AND c.version = n.version`,
  );
  return new Set(reader.getRowsJS().map((row) => `${String(row[0])}\u0000${String(row[1])}`));
}

export interface SqlResult {
  columns: string[];
  rows: (string | number | boolean | null)[][];
}

function plain(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint')
    return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}

export async function runSql(database: FactsDatabase, sql: string): Promise<SqlResult> {
  const reader = await database.connection.runAndReadAll(sql);
  return { columns: reader.columnNames(), rows: reader.getRowsJS().map((row) => row.map(plain)) };
}

export function run(argv: string[]): Promise<number> {
  return runCommand('sql', USAGE, async () => {
    const { values, positionals } = parseArgs({
      args: argv,
      options: {
        data: { type: 'string' },
        bucket: { type: 'string' },
        schema: { type: 'boolean' },
        format: { type: 'string', short: 'f' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
    });
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const format = parseFormat(values.format);
    if (values.schema) {
      const rows = [
        ...FACT_TABLES.flatMap((table) => [
          ...factColumns(table).map((column) => [table, column.name, DUCKDB_TYPE[column.type]]),
          [table, 'region', 'VARCHAR (partition)'],
          [table, 'year', 'INTEGER (partition)'],
        ]),
        ...FACT_VIEWS.flatMap((view) =>
          factViewColumns(view).map((column) => [view, column.name, DUCKDB_TYPE[column.type]]),
        ),
      ];
      output(format, { name: 'Schema', header: ['Tabell', 'Kolumn', 'Typ'], amountColumns: [], rows }, rows);
      return 0;
    }
    const sql = positionals.join(' ').trim();
    if (sql.length === 0)
      throw new UsageError('give the SQL to run, e.g. namndkoll sql "SELECT count(*) FROM measures"');
    const database = await openFactsDatabase(findFacts(values));
    try {
      let result: SqlResult;
      try {
        result = await runSql(database, sql);
      } catch (error) {
        // DuckDB's messages name the problem (parser error, missing column); print them, without a stack.
        throw new Error((error instanceof Error ? error.message : String(error)).split('\n')[0]);
      }
      const objects = result.rows.map((row) =>
        Object.fromEntries(result.columns.map((name, i) => [name, row[i]])),
      );
      const amountColumns = result.columns.flatMap((_, index) =>
        result.rows.length > 0 &&
        result.rows.every((row) => row[index] === null || typeof row[index] === 'number')
          ? [index]
          : [],
      );
      output(
        format,
        {
          name: 'SQL',
          header: result.columns,
          amountColumns,
          plainNumbers: true,
          rows: result.rows.map((row) =>
            row.map((cell) => (typeof cell === 'boolean' ? String(cell) : cell)),
          ),
        },
        objects,
      );
      if (format === 'table') process.stderr.write(`(${result.rows.length} rows)\n`);
      return 0;
    } finally {
      database.close();
    }
  });
}
