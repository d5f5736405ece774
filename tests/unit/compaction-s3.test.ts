/**
 * The AWS compaction (functions/compact/service.ts) against the local stack's S3 endpoint (s3rver behind
 * the guard that honours conditional writes and deletes), read back the way Athena reads it: the very
 * union-view SQL the stack stores as Glue views (functions/lib/compaction-core.ts unionViewSql, then the
 * `_unique` views of parsers/facts.ts) runs in DuckDB over the bucket's folder, with `"$path"` given as
 * Athena gives it (s3://bucket/key). Its answers must equal `namndkoll sql` over a copy that only ever
 * had JSON Lines — after compaction, new documents, a re-ingest (other years, other region), a removal
 * (after the next compaction: Athena has no signal for a deleted extracted/<id>.json before), and crashes
 * between parts and manifest and between manifest and deletions.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFacts, openFactsDatabase, runSql, type SqlResult } from '../../cli/commands/sql.ts';
import { S3CompactionObjects } from '../../functions/compact/objects.ts';
import { CompactionBusy, CompactionInterrupted, compactBucket } from '../../functions/compact/service.ts';
import {
  LOCK_KEY,
  MANIFEST_COLUMNS,
  MANIFEST_KEY,
  type UnionSource,
  unionSourceName,
  unionViewSql,
} from '../../functions/lib/compaction-core.ts';
import { type LocalStack, startLocalStack } from '../../infra/local/start.ts';
import {
  FACT_TABLES,
  FACT_VIEWS,
  factColumns,
  factViewSql,
  toFactFiles,
  toJsonLines,
} from '../../parsers/facts.ts';
import type { ExtractedDocument } from '../../parsers/schema.ts';
import { generateCorpus, syntheticDocument } from '../../scripts/generate-facts.ts';
import { mulberry32 } from '../../scripts/prng.ts';

const README_QUERIES = [
  `SELECT region, category_name, round(sum(amount_msek), 1) AS mkr FROM measures_unique WHERE year = 2024 GROUP BY ALL ORDER BY mkr DESC, region, category_name`,
  `SELECT region, year, title, amount_msek, document_title, page
   FROM measures_unique WHERE amount_msek IS NOT NULL ORDER BY amount_msek DESC, document_id, measure_id, year LIMIT 10`,
  `SELECT region, decision_id, kind, actor, text, page
   FROM decisions_unique WHERE lower(text) LIKE '%hyrbemanning%' ORDER BY region, decision_id, document_id`,
];

const DOCUMENTS = 30;
/** The local S3 server fails concurrent deletes in one folder (see CompactionOptions.deleteConcurrency). */
const SERIAL_DELETES = { deleteConcurrency: 1 };
const DUCK: Record<string, string> = { string: 'VARCHAR', double: 'DOUBLE', int: 'INTEGER' };

let base: string;
let corpus: string;
let docs: ExtractedDocument[];
let stack: LocalStack;
let objects: S3CompactionObjects;
/** The bucket's folder inside the local stack (objects are `<key>._S3rver_object`). */
let bucketDir: string;
/** The JSON Lines-only copy: every write the bucket gets, never compacted. */
let plain: string;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
}

async function put(key: string, text: string): Promise<void> {
  await objects.put(key, text, key.endsWith('.jsonl') ? 'application/x-ndjson' : 'application/json');
  const path = join(plain, ...key.split('/'));
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

async function remove(key: string): Promise<void> {
  await objects.delete(key);
  rmSync(join(plain, ...key.split('/')), { force: true });
}

/** What the ingest writes (functions/ingest/service.ts): facts, extracted/, then the left partitions emptied. */
async function ingest(doc: ExtractedDocument, previous?: ExtractedDocument): Promise<void> {
  const files = toFactFiles(doc);
  const written = new Set(files.map((file) => file.key));
  for (const file of files) await put(file.key, toJsonLines(file.rows));
  await put(`extracted/${doc.documentId}.json`, JSON.stringify(doc));
  for (const file of previous ? toFactFiles(previous) : [])
    if (!written.has(file.key)) await put(file.key, '');
}

/** A re-extraction: a new extraction time, as every real one has. */
function reExtracted(
  doc: ExtractedDocument,
  change: Partial<ExtractedDocument>,
  at: string,
): ExtractedDocument {
  return { ...doc, ...change, extraction: { ...doc.extraction, extractedAt: at } };
}

function sqlString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

function hasFiles(dir: string, suffix: string): boolean {
  return existsSync(dir) && walk(dir).some((path) => path.endsWith(suffix));
}

/**
 * DuckDB in Athena's place: the Glue tables as views over the bucket's folder, each with `"$path"` as
 * Athena has it, then the stack's union views and `_unique` views, text unchanged.
 */
async function athenaAnswers(): Promise<unknown[]> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const object = '._S3rver_object';
  const path = (alias: string) =>
    `'s3://${stack.bucket}/' || regexp_extract(${alias}.filename, ${sqlString(`/${stack.bucket}/(.*)\\._S3rver_object$`)}, 1)`;
  const empty = (columns: { name: string; type: string }[]) =>
    `SELECT ${columns.map((c) => `CAST(NULL AS ${DUCK[c.type]}) AS ${c.name}`).join(', ')}, CAST(NULL AS VARCHAR) AS "$path" WHERE false`;
  const hive = `hive_partitioning = true, hive_types = {'region': 'VARCHAR', 'year': 'INTEGER'}`;
  try {
    for (const table of FACT_TABLES) {
      const columns = [
        ...factColumns(table),
        { name: 'region', type: 'string' as const },
        { name: 'year', type: 'int' as const },
      ];
      const list = columns.map((c) => `f.${c.name}`).join(', ');
      const struct = factColumns(table)
        .map((c) => `${c.name}: '${DUCK[c.type]}'`)
        .join(', ');
      const landing = join(bucketDir, 'facts', table);
      await connection.run(
        `CREATE VIEW ${unionSourceName({ kind: 'landing', table })} AS ${
          hasFiles(landing, `.jsonl${object}`)
            ? `SELECT ${list}, ${path('f')} AS "$path" FROM read_json(${sqlString(join(landing, '*', '*', `*.jsonl${object}`))}, format = 'newline_delimited', ${hive}, filename = true, columns = {${struct}}) f`
            : empty(columns)
        }`,
      );
      const compacted = join(bucketDir, 'compacted', table);
      await connection.run(
        `CREATE VIEW ${unionSourceName({ kind: 'compacted', table })} AS ${
          hasFiles(compacted, `.parquet${object}`)
            ? `SELECT ${list}, ${path('f')} AS "$path" FROM read_parquet(${sqlString(join(compacted, '*', '*', `*.parquet${object}`))}, ${hive}, filename = true) f`
            : empty(columns)
        }`,
      );
    }
    const manifest = join(bucketDir, ...MANIFEST_KEY.split('/')) + object;
    await connection.run(
      `CREATE VIEW compaction_manifest AS ${
        existsSync(manifest)
          ? `SELECT * FROM read_json(${sqlString(manifest)}, format = 'newline_delimited', columns = {${MANIFEST_COLUMNS.map((c) => `${c.name}: '${DUCK[c.type]}'`).join(', ')}})`
          : `SELECT CAST(NULL AS VARCHAR) AS kind, CAST(NULL AS INTEGER) AS generation, CAST(NULL AS VARCHAR) AS key WHERE false`
      }`,
    );
    const consumed = join(bucketDir, 'compaction', 'consumed');
    await connection.run(
      `CREATE VIEW compaction_consumed AS ${
        hasFiles(consumed, object)
          ? `SELECT * FROM read_parquet(${sqlString(join(consumed, `*${object}`))})`
          : `SELECT CAST(NULL AS INTEGER) AS generation, CAST(NULL AS VARCHAR) AS key, CAST(NULL AS VARCHAR) AS extracted_at WHERE false`
      }`,
    );
    const name = (source: UnionSource) => unionSourceName(source);
    for (const table of FACT_TABLES)
      await connection.run(`CREATE VIEW ${table} AS ${unionViewSql(table, name)}`);
    for (const view of FACT_VIEWS) await connection.run(`CREATE VIEW ${view} AS ${factViewSql(view)}`);
    const out: unknown[] = [];
    const run = async (sql: string): Promise<SqlResult> => {
      const reader = await connection.runAndReadAll(sql);
      return {
        columns: reader.columnNames(),
        rows: reader
          .getRowsJS()
          .map((row) =>
            row.map((value) =>
              typeof value === 'bigint' ? Number(value) : (value as string | number | boolean | null),
            ),
          ),
      };
    };
    for (const sql of README_QUERIES) out.push(await run(sql));
    for (const table of [...FACT_TABLES, ...FACT_VIEWS])
      out.push(await run(`SELECT * FROM ${table} ORDER BY ALL`));
    return out;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

async function plainAnswers(): Promise<unknown[]> {
  const database = await openFactsDatabase(findFacts({ data: plain }));
  try {
    const out: unknown[] = [];
    for (const sql of README_QUERIES) out.push(await runSql(database, sql));
    for (const table of [...FACT_TABLES, ...FACT_VIEWS])
      out.push(await runSql(database, `SELECT * FROM ${table} ORDER BY ALL`));
    return out;
  } finally {
    database.close();
  }
}

async function expectSameAnswers(): Promise<void> {
  const [compacted, only] = [await athenaAnswers(), await plainAnswers()];
  expect(compacted.length).toBe(only.length);
  for (const [index, answer] of compacted.entries()) expect(answer, `answer ${index}`).toEqual(only[index]);
}

async function landingKeys(): Promise<string[]> {
  return (await objects.list('facts/')).map((object) => object.key);
}

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'namndkoll-compaction-s3-'));
  corpus = join(base, 'corpus');
  plain = join(base, 'plain');
  await generateCorpus({ dir: corpus, documents: DOCUMENTS, seed: 3 });
  const rand = mulberry32(3);
  docs = Array.from({ length: DOCUMENTS }, (_, index) => syntheticDocument(index, rand));
  const dataDir = join(base, 'stack');
  stack = await startLocalStack({
    port: 0,
    apiPort: 0,
    dataDir,
    seed: false,
    logLevel: 'SILENT',
    ocr: 'none',
  });
  objects = new S3CompactionObjects(stack.s3, stack.bucket);

  bucketDir = join(dataDir, 's3', stack.bucket);
  cpSync(corpus, plain, { recursive: true });
  const files = walk(corpus).filter((path) => !path.endsWith('.generated.json'));
  for (const path of files) {
    const key = relative(corpus, path).split(sep).join('/');
    if (statSync(path).isFile()) await objects.put(key, await readFile(path, 'utf8'), 'application/json');
  }
}, 180_000);

afterAll(async () => {
  await stack?.stop();
  rmSync(base, { recursive: true, force: true });
});

describe('compaction on S3, read as Athena reads it', () => {
  it('answers as the JSON Lines alone before any compaction, after it, and with new documents', async () => {
    await expectSameAnswers();
    const landing = (await landingKeys()).length;
    const report = await compactBucket(objects, SERIAL_DELETES);
    expect(report.generation).toBe(1);
    expect(report.documents).toBe(DOCUMENTS);
    expect(report.consumedFiles).toBe(landing);
    expect(report.deletedFiles).toBe(landing);
    expect(await landingKeys()).toEqual([]);
    expect(report.parts).toBeGreaterThan(0);
    await expectSameAnswers();

    const rand = mulberry32(41);
    for (let index = 300; index < 310; index++) await ingest(syntheticDocument(index, rand));
    await expectSameAnswers();
    const second = await compactBucket(objects, SERIAL_DELETES);
    expect(second.generation).toBe(2);
    expect(second.documents).toBe(10);
    await expectSameAnswers();
    // Nothing new: no new generation.
    expect((await compactBucket(objects, SERIAL_DELETES)).generation).toBe(2);
  }, 180_000);

  it('shows a re-ingested document at once (other years, other region) and after compaction', async () => {
    const old = docs[3] as ExtractedDocument;
    const moved = docs[4] as ExtractedDocument;
    const reYeared = reExtracted(
      old,
      {
        document: { ...old.document, years: [2026] },
        measures: old.measures.slice(1).map((measure) => ({
          ...measure,
          effects: [{ year: 2026, amountMsek: 77.7, type: 'cost_reduction', baselineYear: 2025 }],
        })),
        decisions: [],
      },
      '2026-03-01T10:00:00.000Z',
    );
    const reRegioned = reExtracted(
      moved,
      {
        document: {
          ...moved.document,
          region: {
            code: 'SE-I',
            name: 'Region Gotland',
            evidence: 'Region Gotland',
            page: 1,
            source: 'uploader',
          },
        },
      },
      '2026-03-01T10:00:01.000Z',
    );
    await ingest(reYeared, old);
    await ingest(reRegioned, moved);
    await expectSameAnswers();
    const report = await compactBucket(objects, SERIAL_DELETES);
    expect(report.documents).toBe(2);
    expect(await landingKeys()).toEqual([]);
    await expectSameAnswers();
    docs[3] = reYeared;
    docs[4] = reRegioned;
  }, 180_000);

  it('drops a removed document at the next compaction', async () => {
    const removed = docs[10] as ExtractedDocument;
    await remove(`extracted/${removed.documentId}.json`);
    const report = await compactBucket(objects, SERIAL_DELETES);
    expect(report.removedDocuments).toBe(1);
    await expectSameAnswers();
  }, 180_000);

  it('is correct after a crash between the parts and the manifest', async () => {
    const rand = mulberry32(43);
    for (let index = 400; index < 405; index++) await ingest(syntheticDocument(index, rand));
    const old = docs[20] as ExtractedDocument;
    const changed = reExtracted(
      old,
      {
        measures: old.measures.map((m) => ({
          ...m,
          effects: m.effects.map((e) => ({ ...e, amountMsek: 1.5 })),
        })),
      },
      '2026-03-02T10:00:00.000Z',
    );
    await ingest(changed, old);
    docs[20] = changed;
    const manifest = await objects.get(MANIFEST_KEY);
    await expect(compactBucket(objects, { ...SERIAL_DELETES, failAt: 'after-parts' })).rejects.toThrow(
      CompactionInterrupted,
    );
    expect((await objects.get(MANIFEST_KEY))?.etag).toBe(manifest?.etag);
    await expectSameAnswers();
    const report = await compactBucket(objects, SERIAL_DELETES);
    expect(report.documents).toBe(6);
    await expectSameAnswers();
  }, 180_000);

  it('is correct after a crash between the manifest and the deletions, with a re-ingest in between', async () => {
    const rand = mulberry32(47);
    for (let index = 500; index < 505; index++) await ingest(syntheticDocument(index, rand));
    const landing = (await landingKeys()).length;
    await expect(compactBucket(objects, { ...SERIAL_DELETES, failAt: 'after-manifest' })).rejects.toThrow(
      CompactionInterrupted,
    );
    // The landing files are still there and in the parts too: the consumed list keeps them from counting twice.
    expect((await landingKeys()).length).toBe(landing);
    await expectSameAnswers();
    // The lock of the interrupted run was released by it (a crash would leave it until it is stale).
    expect(await objects.get(LOCK_KEY)).toBeNull();
    // A document of that generation re-ingested before the next run: new rows at the same keys.
    const rewritten = (await landingKeys()).filter((key) => key.includes('/documents/'));
    expect(rewritten.length).toBeGreaterThan(0);
    const first = rewritten[0] as string;
    const documentId = /\/([^/]+)\.jsonl$/.exec(first)?.[1] as string;
    const original = JSON.parse(
      new TextDecoder().decode((await objects.get(`extracted/${documentId}.json`))?.bytes),
    ) as ExtractedDocument;
    const changed = reExtracted(
      original,
      {
        measures: original.measures.map((m) => ({
          ...m,
          effects: m.effects.map((e) => ({ ...e, amountMsek: 2.5 })),
        })),
      },
      '2026-03-03T10:00:00.000Z',
    );
    await ingest(changed, original);
    await expectSameAnswers();
    const report = await compactBucket(objects, SERIAL_DELETES);
    expect(report.recovered).toBe(landing - toFactFiles(changed).length);
    expect(report.documents).toBe(1);
    expect(await landingKeys()).toEqual([]);
    await expectSameAnswers();
  }, 180_000);

  it('deletes a landing file only while its ETag is the one read (the local S3 endpoint, as S3 does)', async () => {
    const key = 'facts/decisions/region=SE-W/year=2024/conditional-delete-test.jsonl';
    const first = await objects.put(key, '{"a":1}\n', 'application/x-ndjson');
    const second = await objects.put(key, '{"a":2}\n', 'application/x-ndjson');
    expect(first).not.toBe(second);
    expect(await objects.deleteIfMatch(key, first as string)).toBe(false);
    expect((await objects.head(key))?.etag).toBe(second);
    expect(await objects.deleteIfMatch(key, second as string)).toBe(true);
    expect(await objects.head(key)).toBeNull();
  }, 60_000);

  it('lets one run at a time hold the lock', async () => {
    expect(await objects.put(LOCK_KEY, '{}', 'application/json', { ifAbsent: true })).not.toBeNull();
    await expect(compactBucket(objects, SERIAL_DELETES)).rejects.toThrow(CompactionBusy);
    // A lock older than the stale limit is a crashed run's: taken over.
    const report = await compactBucket(objects, { ...SERIAL_DELETES, staleLockMs: 0 });
    expect(report.generation).toBeGreaterThan(0);
    expect(await objects.get(LOCK_KEY)).toBeNull();
  }, 60_000);
});
