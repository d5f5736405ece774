/**
 * One cold start of the query API in its own process (run by bench/index-curve.ts): a fresh router over a
 * directory laid out like the bucket, the first compare timed from the router's creation, then warm compares,
 * then a compare of two other regions (regions not read yet: what a new question costs on a warm process),
 * then the process's heap and RSS after a full GC. Prints one JSON line.
 *
 *   node --import ./cli/register.mjs --expose-gc bench/index-cold.ts <dir>
 */

import { createApiHandler } from '../functions/api/router.ts';
import { countingStore } from './counting-store.ts';
import { median } from './stats.ts';

const WARM_RUNS = 9;

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: bench/index-cold.ts <dir>\n');
  process.exit(2);
}
const states: string[] = [];
// Objects and bytes read, listings (bench/counting-store.ts).
const { store, reads } = countingStore(dir);
const cpuStarted = process.cpuUsage();
const started = performance.now();
const api = createApiHandler({
  store,
  now: () => new Date(),
  catalog: { maxAgeMs: 3_600_000, log: (_message, details) => states.push(String(details['indexState'])) },
});
const twoRegions = { regions: 'SE-W,SE-Z', year: '2024' };
const request = (query: Record<string, string>) =>
  api({ method: 'GET', path: '/compare', query, headers: {} });
const first = await request(twoRegions);
const coldMs = performance.now() - started;
const cpu = process.cpuUsage(cpuStarted);
const coldReads = { ...reads };
if (first.status !== 200) throw new Error(`compare answered ${first.status}: ${String(first.body)}`);
const warm: number[] = [];
for (let i = 0; i < WARM_RUNS; i++) {
  const t = performance.now();
  await request(twoRegions);
  warm.push(performance.now() - t);
}
const otherStarted = performance.now();
const other = await request({ regions: 'SE-AB,SE-M', year: '2025' });
const otherMs = performance.now() - otherStarted;
if (other.status !== 200) throw new Error(`compare answered ${other.status}`);
(globalThis as { gc?: () => void }).gc?.();
const memory = process.memoryUsage();
const comparison = JSON.parse(String(first.body)) as {
  rows: { cells: { measureCount: number }[] }[];
  documentCount: number;
};
process.stdout.write(
  `${JSON.stringify({
    source: states.length === 0 ? 'index' : `extracted (index ${states.join(',')})`,
    coldMs,
    coldCpuMs: (cpu.user + cpu.system) / 1000,
    warmMs: median(warm),
    otherRegionsMs: otherMs,
    heapMB: memory.heapUsed / 2 ** 20,
    rssMB: memory.rss / 2 ** 20,
    gets: coldReads.gets,
    readMB: coldReads.bytes / 2 ** 20,
    lists: coldReads.lists,
    // The answer's size, and what it sums (the same on both paths).
    body: typeof first.body === 'string' ? first.body.length : 0,
    measures: comparison.rows.reduce(
      (sum, row) => sum + row.cells.reduce((n, cell) => n + cell.measureCount, 0),
      0,
    ),
    documentsInAnswer: comparison.documentCount,
  })}\n`,
);
