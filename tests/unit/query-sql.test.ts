import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FactsDatabase, findFacts, openFactsDatabase, runSql, viewSql } from '../../cli/commands/sql.ts';
import { factColumns, toFactFiles, toJsonLines } from '../../parsers/facts.ts';
import { dalarnaPlan, jamtlandMemo } from '../api/documents.ts';

let dir: string;

function writeBucket(root: string, suffix: string): void {
  for (const doc of [dalarnaPlan, jamtlandMemo]) {
    for (const file of toFactFiles(doc)) {
      const path = join(root, ...file.key.split('/')) + suffix;
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, toJsonLines(file.rows));
    }
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'namndkoll-sql-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('namndkoll sql views', () => {
  let database: FactsDatabase;

  beforeAll(async () => {
    writeBucket(join(dir, 'bucket'), '');
    // A partition whose first file holds only whole numbers: inferred types would make later decimals integers.
    const early = join(dir, 'bucket', 'facts', 'measures', 'region=SE-W', 'year=2030');
    mkdirSync(early, { recursive: true });
    const row = (id: string, amount: number) =>
      JSON.stringify({
        document_id: id,
        measure_id: 'm1',
        label: null,
        title: 't',
        category: 'other',
        category_name: 'Övrigt',
        sub_measure_count: null,
        amount_msek: amount,
        effect_type: 'cost_reduction',
        baseline_year: null,
        page: 1,
        evidence: 'e',
        document_type: 'okand',
        document_title: null,
        document_date: null,
      });
    // DuckDB samples the first files only (32 by default): 40 files of whole numbers, then a decimal.
    for (let i = 0; i < 40; i++)
      writeFileSync(join(early, `a${String(i).padStart(2, '0')}.jsonl`), `${row(`a${i}`, 9)}\n`);
    writeFileSync(join(early, 'b.jsonl'), `${row('b', 8.9)}\n`);
    database = await openFactsDatabase(findFacts({ data: join(dir, 'bucket') }));
  });

  afterAll(() => database.close());

  it('has the columns of factColumns plus region and year, with explicit types', async () => {
    for (const table of ['documents', 'measures', 'amounts', 'decisions'] as const) {
      const result = await runSql(database, `DESCRIBE ${table}`);
      const described = result.rows.map((row) => [row[0], row[1]]);
      const expected = factColumns(table).map((column) => [
        column.name,
        { string: 'VARCHAR', double: 'DOUBLE', int: 'INTEGER' }[column.type],
      ]);
      expect(described).toEqual(expect.arrayContaining(expected));
      expect(described).toEqual(
        expect.arrayContaining([
          ['region', 'VARCHAR'],
          ['year', 'INTEGER'],
        ]),
      );
      expect(described).toHaveLength(expected.length + 2);
    }
  });

  it('keeps decimals even when the first file holds only whole numbers', async () => {
    const result = await runSql(
      database,
      `SELECT amount_msek FROM measures WHERE year = 2030 AND document_id = 'b'`,
    );
    expect(result.rows).toEqual([[8.9]]);
  });

  it('answers the comparison from the partitions', async () => {
    const result = await runSql(
      database,
      `SELECT region, category, sum(amount_msek) AS mkr FROM measures
       WHERE year = 2024 AND category = 'staffing_agency' GROUP BY ALL ORDER BY region`,
    );
    expect(result.columns).toEqual(['region', 'category', 'mkr']);
    expect(result.rows).toEqual([
      ['SE-W', 'staffing_agency', 18.5],
      ['SE-Z', 'staffing_agency', 50],
    ]);
    const decisions = await runSql(
      database,
      `SELECT decision_id FROM decisions WHERE text ILIKE '%hyrbemanning%'`,
    );
    expect(decisions.rows).toEqual([['1a']]);
    const counts = await runSql(database, `SELECT count(*) FROM documents`);
    expect(counts.rows).toEqual([[4]]);
  });
});

describe('finding facts/', () => {
  it("reads the local stack's s3rver folder, whose files end in ._S3rver_object", async () => {
    const data = join(dir, 'stack');
    writeBucket(join(data, 's3', 'namndkoll-local'), '._S3rver_object');
    // s3rver's side files beside every object: the first file found may well be one of these.
    writeBucket(join(data, 's3', 'namndkoll-local'), '._S3rver_metadata.json');
    // s3rver's side files must not be read as rows.
    const partition = join(data, 's3', 'namndkoll-local', 'facts', 'measures', 'region=SE-Z', 'year=2024');
    writeFileSync(
      join(partition, `${jamtlandMemo.documentId}.jsonl._S3rver_metadata.json`),
      '{"content-type":"x"}',
    );
    const source = findFacts({ data });
    expect(source.root).toBe(join(data, 's3', 'namndkoll-local', 'facts'));
    expect(source.suffix).toBe('.jsonl._S3rver_object');
    const database = await openFactsDatabase(source);
    try {
      const result = await runSql(
        database,
        `SELECT sum(amount_msek) FROM measures WHERE region = 'SE-Z' AND year = 2024`,
      );
      expect(result.rows).toEqual([[77]]);
    } finally {
      database.close();
    }
  });

  it('gives an empty table with the right columns when a table has no files yet', async () => {
    const data = join(dir, 'partial');
    mkdirSync(join(data, 'facts', 'measures'), { recursive: true });
    expect(viewSql('decisions', findFacts({ data }))).toContain('WHERE false');
    const database = await openFactsDatabase(findFacts({ data }));
    try {
      expect((await runSql(database, 'SELECT count(*), count(region) FROM decisions')).rows).toEqual([
        [0, 0],
      ]);
    } finally {
      database.close();
    }
  });

  it('says where it looked when there are no facts', () => {
    expect(() => findFacts({ data: join(dir, 'nothing-here') })).toThrow(
      /no facts\/ tables found in .*nothing-here/,
    );
  });
});
