/**
 * One cold start of the query API in its own process (run by bench/index-curve.ts): a fresh router over a
 * directory laid out like the bucket, the first compare timed from the router's creation, then warm compares,
 * then the process's heap and RSS after a full GC. Prints one JSON line.
 *
 *   node --import ./cli/register.mjs --expose-gc bench/index-cold.ts <dir>
 */

import { createApiHandler } from '../functions/api/router.ts';
import { DirectoryStore } from '../functions/api/stores.ts';
import type { QueryStore } from '../query/ports.ts';
import { median } from './stats.ts';

const WARM_RUNS = 9;

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: bench/index-cold.ts <dir>\n');
  process.exit(2);
}
const states: string[] = [];
// Objects read and listings: on S3 each read is a request (tens of ms of latency), which a local directory
// does not show in the timings.
const reads = { gets: 0, lists: 0 };
const directory = new DirectoryStore(dir);
const store: QueryStore = {
  listKeys: (prefix) => {
    reads.lists++;
    return directory.listKeys(prefix);
  },
  getBytes: (key) => {
    reads.gets++;
    return directory.getBytes(key);
  },
  putObject: (key, bytes) => directory.putObject(key, bytes),
};
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
const coldReads = { ...reads };
if (first.status !== 200) throw new Error(`compare answered ${first.status}: ${String(first.body)}`);
const warm: number[] = [];
for (let i = 0; i < WARM_RUNS; i++) {
  const t = performance.now();
  await request(twoRegions);
  warm.push(performance.now() - t);
}
const snapshot = await api.catalog.current();
(globalThis as { gc?: () => void }).gc?.();
const memory = process.memoryUsage();
process.stdout.write(
  `${JSON.stringify({
    documents: snapshot.documents.length,
    source: states.length === 0 ? 'index' : `extracted (index ${states.join(',')})`,
    coldMs,
    warmMs: median(warm),
    heapMB: memory.heapUsed / 2 ** 20,
    rssMB: memory.rss / 2 ** 20,
    gets: coldReads.gets,
    lists: coldReads.lists,
    // The answer, to check that both paths agree.
    body: typeof first.body === 'string' ? first.body.length : 0,
  })}\n`,
);
