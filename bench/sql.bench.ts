/**
 * `namndkoll sql` with the README's first example over the facts generator's corpus at 10,000, 50,000 and
 * 200,000 documents: the JSON Lines landing zone alone (one file per document, table, region and year)
 * against the same corpus compacted into Parquet (cli/compaction.ts). Two measures, medians of several
 * runs: in-process (open the DuckDB views + run the query) and the whole command as a new process, beside
 * `node -e ''` measured in the same run. Target: ≤ 500 ms compacted at 200,000. Prints figures only.
 *
 * Corpora are written once to the temporary folder and reused (bench/sql-corpus.ts); the compacted copy is
 * a hard-link copy of the landing zone, compacted by `compactFacts` (its time is printed too). Sizes from
 * NAMNDKOLL_BENCH_SQL_DIRECT_FROM (default 100,000) on are written straight as compacted Parquet
 * (bench/sql-corpus.ts writeCompactedBenchCorpus): no JSON Lines side there, and the table says so. Each row
 * shows the 1-minute load average before and after it, and the whole process against `node -e ''` measured
 * in the same run: on a shared machine only such ratios carry over.
 * NAMNDKOLL_BENCH_SQL_DOCUMENTS=10000,50000 picks the sizes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findFacts, openFactsDatabase, runSql } from '../cli/commands/sql.ts';
import { compactFacts, readManifest } from '../cli/compaction.ts';
import { writeBenchCorpus, writeCompactedBenchCorpus } from './sql-corpus.ts';
import { median } from './stats.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'cli', 'bin.js');
/** The README's first example (README.md, "SQL"). */
export const README_FIRST_EXAMPLE =
  'SELECT region, category_name, round(sum(amount_msek), 1) AS mkr FROM measures_unique WHERE year = 2024 GROUP BY ALL ORDER BY mkr DESC';
const SIZES = (process.env['NAMNDKOLL_BENCH_SQL_DOCUMENTS'] ?? '10000,50000,200000')
  .split(',')
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);

async function inProcess(dir: string): Promise<{ ms: number; rows: number }> {
  const started = performance.now();
  const database = await openFactsDatabase(findFacts({ data: dir }));
  try {
    const result = await runSql(database, README_FIRST_EXAMPLE);
    return { ms: performance.now() - started, rows: result.rows.length };
  } finally {
    database.close();
  }
}

function wholeProcess(args: string[]): number | null {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  return result.status === 0 ? performance.now() - started : null;
}

async function measure(
  dir: string,
  runs: number,
): Promise<{ inProcess: number; process: number | null; rows: number }> {
  const first = await inProcess(dir); // warms the file cache
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await inProcess(dir)).ms);
  const processes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const ms = wholeProcess([BIN, 'sql', '--data', dir, '--format', 'csv', README_FIRST_EXAMPLE]);
    if (ms === null) return { inProcess: median(times), process: null, rows: first.rows };
    processes.push(ms);
  }
  return { inProcess: median(times), process: median(processes), rows: first.rows };
}

const fmt = (ms: number | null) => (ms === null ? 'n/a' : `${ms.toFixed(0)} ms`);

/** The compacted copy of a corpus: hard links of its landing zone, then compacted (reused when complete). */
async function compactedCopy(plain: string, documents: number): Promise<{ dir: string; seconds: number }> {
  const dir = `${plain}-compacted`;
  const marker = join(dir, '.compacted.json');
  // A copy compacted before compactions precomputed the `_unique` views' counting is compacted anew.
  if (
    existsSync(marker) &&
    JSON.parse(readFileSync(marker, 'utf8')).documents === documents &&
    readManifest(findFacts({ data: dir }))?.counting?.measuresCounted
  ) {
    // A run with nothing new, as a periodic compaction would make: it stamps extracted/ once the copy's
    // folder times are old enough (cli/compaction.ts extractedStamp), so readers skip listing it.
    await compactFacts(findFacts({ data: dir }));
    return { dir, seconds: 0 };
  }
  rmSync(dir, { recursive: true, force: true });
  const copy = spawnSync('cp', ['-al', plain, dir]);
  if (copy.status !== 0) throw new Error(`cp -al failed: ${String(copy.stderr)}`);
  const report = await compactFacts(findFacts({ data: dir }));
  writeFileSync(marker, JSON.stringify({ documents, report }));
  return { dir, seconds: report.ms / 1000 };
}

/** Sizes from this many documents on are written straight as compacted Parquet (no landing zone). */
const DIRECT_FROM = Number(process.env['NAMNDKOLL_BENCH_SQL_DIRECT_FROM'] ?? 100_000);

const load = () => os.loadavg()[0] as number;

export async function run(): Promise<void> {
  const node = median([0, 1, 2, 3, 4].map(() => wholeProcess(['-e', '']) ?? Number.NaN));
  process.stdout.write(
    `README's first example: ${README_FIRST_EXAMPLE}\nreference: node -e '' ${fmt(node)} (median of 5, load average ${load().toFixed(1)} on ${os.cpus().length} cores)\n`,
  );
  process.stdout.write(
    `${'documents'.padStart(9)}  ${'files'.padStart(9)}  ${'JSONL in-proc'.padStart(13)}  ${'Parquet in-proc'.padStart(15)}  ${'ratio'.padStart(6)}  ${'JSONL process'.padStart(13)}  ${'Parquet process'.padStart(15)}  ${'÷ node -e'.padStart(9)}  ${'load avg'.padStart(9)}\n`,
  );
  for (const documents of SIZES) {
    const direct = documents >= DIRECT_FROM;
    let plain: Awaited<ReturnType<typeof measure>> | null = null;
    let parquetDir: string;
    let files: number;
    if (direct) {
      // Too many landing files to write and compact here: the compacted Parquet is written directly.
      const corpus = await writeCompactedBenchCorpus(
        join(tmpdir(), `namndkoll-bench-sql-${documents}-direct`),
        documents,
      );
      if (corpus.seconds > 0)
        process.stderr.write(
          `  (${documents}: Parquet written directly in ${corpus.seconds.toFixed(0)} s)\n`,
        );
      parquetDir = corpus.dir;
      files = corpus.files;
    } else {
      const corpus = writeBenchCorpus(join(tmpdir(), `namndkoll-bench-sql-${documents}`), documents);
      const compacted = await compactedCopy(corpus.dir, documents);
      if (corpus.seconds > 0 || compacted.seconds > 0)
        process.stderr.write(
          `  (${documents}: corpus written in ${corpus.seconds.toFixed(0)} s, compacted in ${compacted.seconds.toFixed(0)} s)\n`,
        );
      parquetDir = compacted.dir;
      files = corpus.files;
    }
    const loadBefore = load();
    // The landing zone alone is slow at scale: fewer runs there.
    if (!direct)
      plain = await measure(join(tmpdir(), `namndkoll-bench-sql-${documents}`), documents >= 50_000 ? 3 : 5);
    const parquet = await measure(parquetDir, 7);
    const loadAfter = load();
    if (plain && plain.rows !== parquet.rows)
      throw new Error(`row counts differ: ${plain.rows} vs ${parquet.rows}`);
    const ratio = plain ? `${(plain.inProcess / parquet.inProcess).toFixed(1)}×` : '—';
    const perNode = parquet.process === null ? 'n/a' : `${(parquet.process / node).toFixed(1)}×`;
    process.stdout.write(
      `${String(documents).padStart(9)}  ${`${files}${direct ? '*' : ''}`.padStart(9)}  ${(plain ? fmt(plain.inProcess) : '—').padStart(13)}  ${fmt(parquet.inProcess).padStart(15)}  ${ratio.padStart(6)}  ${(plain ? fmt(plain.process) : '—').padStart(13)}  ${fmt(parquet.process).padStart(15)}  ${perNode.padStart(9)}  ${`${loadBefore.toFixed(1)}–${loadAfter.toFixed(1)}`.padStart(9)}\n`,
    );
  }
  if (SIZES.some((documents) => documents >= DIRECT_FROM))
    process.stdout.write(
      `* written straight as compacted Parquet (files = the landing fact files it stands for, without extracted/, which the other rows count; no JSON Lines side): sizes ≥ ${DIRECT_FROM} (NAMNDKOLL_BENCH_SQL_DIRECT_FROM)\n`,
    );
}
