/**
 * Compare latency over 10,000 documents' facts (synthetic corpus from scripts/generate-facts.ts):
 * the query API (router in-process, reading extracted/ from a directory store, warm in-memory index) and
 * `namndkoll sql` (DuckDB views over the facts/ JSON Lines, the same comparison as SQL). Prints medians of
 * warm runs; never fails on time. Target: median < 300 ms warm for both. Then the curve at 10,000, 50,000
 * and 200,000 documents through the document index (bench/index-curve.ts).
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFacts, openFactsDatabase, runSql } from '../cli/commands/sql.ts';
import { createApiHandler } from '../functions/api/router.ts';
import { DirectoryStore } from '../functions/api/stores.ts';
import { generateCorpus } from '../scripts/generate-facts.ts';
import { runCurve } from './index-curve.ts';

const DOCUMENTS = Number(process.env['NAMNDKOLL_BENCH_DOCUMENTS'] ?? 10_000);
const WARM_RUNS = 9;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function time<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

async function warm(work: () => Promise<unknown>): Promise<number> {
  const runs: number[] = [];
  for (let i = 0; i < WARM_RUNS; i++) runs.push((await time(work)).ms);
  return median(runs);
}

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

export async function run(): Promise<void> {
  const dir = join(tmpdir(), `namndkoll-bench-${DOCUMENTS}`);
  const generated = await time(() => generateCorpus({ dir, documents: DOCUMENTS }));
  process.stdout.write(
    `corpus: ${generated.value.documents} documents, ${generated.value.files} files in ${dir} (ready in ${(generated.ms / 1000).toFixed(1)} s)\n`,
  );

  const api = createApiHandler({
    store: new DirectoryStore(dir),
    now: () => new Date(),
    catalog: { maxAgeMs: 60_000 },
  });
  const request = (query: Record<string, string>) =>
    api({ method: 'GET', path: '/compare', query, headers: {} });
  const twoRegions = { regions: 'SE-W,SE-Z', year: '2024' };
  const fourRegionsThreeYears = { regions: 'SE-W,SE-Z,SE-M,SE-AB', years: '2023-2025' };

  const cold = await time(() => request(twoRegions));
  if (cold.value.status !== 200)
    throw new Error(`compare answered ${cold.value.status}: ${String(cold.value.body)}`);
  const snapshot = await api.catalog.current();
  const effects = [...snapshot.effectsByRegionYear.values()].reduce((n, rows) => n + rows.length, 0);
  process.stdout.write(
    `api: cold first compare (reads and validates ${snapshot.documents.length} documents, ${effects} effects): ${fmt(cold.ms)}\n`,
  );
  const body = JSON.parse(String(cold.value.body)) as { rows: { cells: { measures: unknown[] }[] }[] };
  const listed = body.rows.reduce(
    (n, row) => n + row.cells.reduce((m, cell) => m + cell.measures.length, 0),
    0,
  );
  process.stdout.write(
    `api: warm compare SE-W,SE-Z 2024 (${listed} measures listed, ${(String(cold.value.body).length / 1024).toFixed(0)} KiB JSON): median ${fmt(await warm(() => request(twoRegions)))} of ${WARM_RUNS}\n`,
  );
  process.stdout.write(
    `api: warm compare 4 regions × 2023–2025: median ${fmt(await warm(() => request(fourRegionsThreeYears)))} of ${WARM_RUNS}\n`,
  );
  const relist = await warm(async () => {
    api.catalog.invalidate();
    await api.catalog.current();
  });
  process.stdout.write(`api: refresh check (list extracted/, nothing changed): median ${fmt(relist)}\n`);
  const background = createApiHandler({
    store: new DirectoryStore(dir),
    now: () => new Date(),
    catalog: { maxAgeMs: 0, refreshInBackground: true },
  });
  await background({ method: 'GET', path: '/compare', query: twoRegions, headers: {} });
  const stale = await warm(() =>
    background({ method: 'GET', path: '/compare', query: twoRegions, headers: {} }),
  );
  process.stdout.write(
    `api: compare while the index refreshes in the background (as the Lambda runs it): median ${fmt(stale)} of ${WARM_RUNS}\n`,
  );

  const database = await openFactsDatabase(findFacts({ data: dir }));
  const sql = `SELECT category, region, year, round(sum(amount_msek), 2) AS mkr, count(*) AS measures
    FROM measures WHERE region IN ('SE-W', 'SE-Z') AND year = 2024 GROUP BY ALL ORDER BY category, region`;
  try {
    const first = await time(() => runSql(database, sql));
    process.stdout.write(`sql: first compare query (${first.value.rows.length} rows): ${fmt(first.ms)}\n`);
    process.stdout.write(
      `sql: warm compare SE-W,SE-Z 2024: median ${fmt(await warm(() => runSql(database, sql)))} of ${WARM_RUNS}\n`,
    );
    const all = `SELECT region, category_name, round(sum(amount_msek), 1) AS mkr FROM measures WHERE year = 2024 GROUP BY ALL`;
    process.stdout.write(
      `sql: all regions 2024 (scans every partition): median ${fmt(await warm(() => runSql(database, all)))} of ${WARM_RUNS}\n`,
    );
  } finally {
    database.close();
  }

  // Time and memory against documents, through the document index (bench/index-curve.ts).
  await runCurve();
}
