/**
 * The facts generator's corpus (scripts/generate-facts.ts) at bench scale: 200,000 documents are about
 * 1.7 million landing files, so the documents are built without the per-document schema parse and written
 * with synchronous writes. One document in VALIDATE_EVERY is still parsed, and its document and fact rows
 * must equal the unchecked ones — the corpus is the generator's, only faster to write.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';
import {
  DUCKDB_TYPE,
  extractedStamp,
  precomputeCounting,
  readManifest,
  writeManifest,
} from '../cli/compaction.ts';
import { FACT_TABLES, type FactTable, factColumns, toFactFiles, toJsonLines } from '../parsers/facts.ts';
import { ExtractedDocumentSchema } from '../parsers/schema.ts';
import { syntheticDocument } from '../scripts/generate-facts.ts';
import { mulberry32 } from '../scripts/prng.ts';

const VALIDATE_EVERY = 1000;

export interface BenchCorpus {
  dir: string;
  documents: number;
  files: number;
  /** Seconds it took to write (0 when an earlier complete run was reused). */
  seconds: number;
}

/** Write `documents` synthetic documents in the bucket layout into `dir`, or reuse a complete earlier run. */
export function writeBenchCorpus(dir: string, documents: number, seed = 1): BenchCorpus {
  const marker = join(dir, '.generated.json');
  const wanted = { documents, seed, version: 1 };
  if (existsSync(marker)) {
    const previous = JSON.parse(readFileSync(marker, 'utf8')) as typeof wanted & { files: number };
    if (previous.documents === documents && previous.seed === seed && previous.version === wanted.version)
      return { dir, documents, files: previous.files, seconds: 0 };
  }
  const started = performance.now();
  rmSync(dir, { recursive: true, force: true });
  const made = new Set<string>();
  let files = 0;
  const write = (key: string, text: string): void => {
    const path = join(dir, ...key.split('/'));
    const parent = dirname(path);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    writeFileSync(path, text);
    files++;
  };
  const rand = mulberry32(seed);
  for (let index = 0; index < documents; index++) {
    const check = index % VALIDATE_EVERY === 0;
    const doc = syntheticDocument(index, rand, { validate: false });
    const factFiles = toFactFiles(doc, { validate: false });
    if (check) {
      const parsed = ExtractedDocumentSchema.parse(doc);
      if (!isDeepStrictEqual(parsed, doc) || !isDeepStrictEqual(toFactFiles(parsed), factFiles))
        throw new Error(`bench corpus: document ${index} differs from its schema-checked copy`);
    }
    write(`extracted/${doc.documentId}.json`, JSON.stringify(doc));
    for (const file of factFiles) write(file.key, toJsonLines(file.rows));
  }
  writeFileSync(marker, JSON.stringify({ ...wanted, files }));
  return { dir, documents, files, seconds: (performance.now() - started) / 1000 };
}

/**
 * The same corpus as writeBenchCorpus, written straight as compacted Parquet (what `namndkoll compact`
 * would produce: one part per table, region and year, zstd, and a manifest of generation 1) without the
 * landing zone: at 200,000 documents the 1.7 million landing files are impractical to write and compact on a
 * shared 2-core machine. extracted/ gets one empty `<documentId>.json` per document: over a compacted corpus
 * `namndkoll sql` reads only the names there (a glob: is the document still committed?), never the contents.
 * The bench says which sizes were written this way.
 */
export async function writeCompactedBenchCorpus(
  dir: string,
  documents: number,
  seed = 1,
): Promise<BenchCorpus> {
  const marker = join(dir, '.generated.json');
  const wanted = { documents, seed, version: 1, direct: true };
  if (existsSync(marker)) {
    const previous = JSON.parse(readFileSync(marker, 'utf8')) as typeof wanted & { files: number };
    if (previous.documents === documents && previous.seed === seed && previous.direct === true) {
      await addCounting(dir);
      return { dir, documents, files: previous.files, seconds: 0 };
    }
  }
  const started = performance.now();
  rmSync(dir, { recursive: true, force: true });
  for (const table of FACT_TABLES) mkdirSync(join(dir, 'facts', table), { recursive: true });
  mkdirSync(join(dir, 'extracted'), { recursive: true });
  const instance = await DuckDBInstance.create(join(dir, '.build.duckdb'));
  const connection = await instance.connect();
  try {
    for (const table of FACT_TABLES) {
      const columns = [
        ...factColumns(table),
        { name: 'region', type: 'string' as const },
        { name: 'year', type: 'int' as const },
      ];
      await connection.run(
        `CREATE TABLE ${table} (${columns.map((column) => `${column.name} ${DUCKDB_TYPE[column.type]}`).join(', ')})`,
      );
    }
    const appenders = new Map(
      await Promise.all(
        FACT_TABLES.map(async (table) => [table, await connection.createAppender(table)] as const),
      ),
    );
    const rand = mulberry32(seed);
    let files = 0;
    for (let index = 0; index < documents; index++) {
      const doc = syntheticDocument(index, rand, { validate: false });
      writeFileSync(join(dir, 'extracted', `${doc.documentId}.json`), '');
      for (const file of toFactFiles(doc, { validate: false })) {
        files++;
        const appender = appenders.get(file.table as FactTable);
        if (!appender) continue;
        const columns = factColumns(file.table as FactTable);
        for (const row of file.rows as Record<string, unknown>[]) {
          for (const column of columns) {
            const value = row[column.name];
            if (value === null || value === undefined) appender.appendNull();
            else if (column.type === 'string') appender.appendVarchar(String(value));
            else if (column.type === 'double') appender.appendDouble(Number(value));
            else appender.appendInteger(Number(value));
          }
          appender.appendVarchar(file.region);
          appender.appendInteger(file.year);
          appender.endRow();
        }
      }
    }
    for (const appender of appenders.values()) appender.closeSync();
    const compacted = join(dir, 'compacted');
    mkdirSync(compacted, { recursive: true });
    const parts: { table: FactTable; region: string; year: number; file: string }[] = [];
    for (const table of FACT_TABLES) {
      const reader = await connection.runAndReadAll(
        `COPY (SELECT * FROM ${table} ORDER BY region, year, document_id) TO '${join(compacted, table)}' (FORMAT parquet, COMPRESSION zstd, PARTITION_BY (region, year), FILENAME_PATTERN 'part-g1-{uuid}', RETURN_FILES true)`,
      );
      for (const row of reader.getRowsJS()) {
        for (const path of (row[1] ?? []) as string[]) {
          const file = relative(compacted, path).split(sep).join('/');
          const match = /region=([^/]+)\/year=(\d+)\//.exec(file);
          if (match) parts.push({ table, region: match[1] as string, year: Number(match[2]), file });
        }
      }
    }
    writeManifest(
      { root: join(dir, 'facts'), suffix: '.jsonl', extracted: join(dir, 'extracted') },
      {
        format: 1,
        generation: 1,
        compactedAt: new Date().toISOString(),
        parts: parts.sort((a, b) => a.file.localeCompare(b.file)),
        consumed: null,
        retired: [],
      },
    );
    await addCounting(dir);
    writeFileSync(marker, JSON.stringify({ ...wanted, files }));
    return { dir, documents, files, seconds: (performance.now() - started) / 1000 };
  } finally {
    connection.closeSync();
    instance.closeSync();
    rmSync(join(dir, '.build.duckdb'), { force: true });
    rmSync(join(dir, '.build.duckdb.wal'), { force: true });
  }
}

/**
 * The `_unique` views' decisions a compaction writes beside its parts (cli/compaction.ts
 * precomputeCounting), added to a directly written corpus that has none yet (also to one cached before
 * compactions wrote them).
 */
async function addCounting(dir: string): Promise<void> {
  const location = { root: join(dir, 'facts'), suffix: '.jsonl', extracted: join(dir, 'extracted') };
  const manifest = readManifest(location);
  if (!manifest) return;
  // The parts hold exactly the documents of extracted/, as a compaction's do (cli/compaction.ts).
  const stamp = extractedStamp(location, { settled: true });
  const current = manifest.counting?.measuresCounted !== undefined;
  if (current && (manifest.extractedStamp ?? null) === stamp) return;
  if (current) {
    writeManifest(location, { ...manifest, extractedStamp: stamp });
    return;
  }
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const counting = await precomputeCounting(connection, location, manifest.parts, manifest.generation);
    writeManifest(location, { ...manifest, ...(counting ? { counting } : {}), extractedStamp: stamp });
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
