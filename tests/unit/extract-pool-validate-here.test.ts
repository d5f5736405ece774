/**
 * A pool that checks documents against the contract in its own thread (`validateHere`, the CLI's): the
 * worker sends the document unchecked and never loads the schema. The documents are the ones the worker's
 * own check gives, and a document that breaks the contract still fails with SCHEMA_VIOLATION.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ExtractPool } from '../../functions/lib/extract-pool.ts';
import { ExtractionError } from '../../parsers/errors.ts';
import { extractDocument } from '../../parsers/index.ts';
import { fixture } from '../e2e/helpers.ts';

const now = () => new Date('2026-01-01T00:00:00Z');
const pools: ExtractPool[] = [];
afterAll(() => Promise.all(pools.map((pool) => pool.close())));

describe('extraction pool that validates in the calling thread', () => {
  it('gives what extraction in-process gives', async () => {
    const pool = new ExtractPool({ validateHere: true, timeBudgetMs: 20_000 });
    pools.push(pool);
    const bytes = fixture('seed-004-handlingsplan-ruled.pdf');
    const source = { bucket: 'b', key: 'uploads/seed-004.pdf', uploadedAt: '2025-12-01T00:00:00.000Z' };
    const options = { now, fileName: 'seed-004.pdf', source };
    const [pooled, direct] = await Promise.all([
      pool.extract(bytes, options),
      extractDocument(bytes, options),
    ]);
    const strip = (doc: typeof direct) => ({
      ...doc,
      extraction: { ...doc.extraction, durationMs: 0, extractedAt: '' },
    });
    expect(strip(pooled)).toEqual(strip(direct));
    expect(pooled.measures.length).toBeGreaterThan(0);
  });

  it('fails a document that breaks the contract with SCHEMA_VIOLATION, and serves the next', async () => {
    // A worker that answers every job with a document missing its source and extraction.
    const dir = mkdtempSync(join(tmpdir(), 'namndkoll-pool-'));
    const worker = join(dir, 'broken-worker.mjs');
    writeFileSync(
      worker,
      [
        "import { parentPort } from 'node:worker_threads';",
        "parentPort.on('message', (message) => {",
        "  if (message.type !== 'extract') return;",
        "  parentPort.postMessage({ type: 'done-unvalidated', id: message.id, document: { schemaVersion: 1, measures: [] } });",
        '});',
        "parentPort.postMessage({ type: 'ready' });",
      ].join('\n'),
    );
    const pool = new ExtractPool({ validateHere: true, workerUrl: pathToFileURL(worker) });
    pools.push(pool);
    for (const name of ['first.pdf', 'second.pdf']) {
      const error = await pool.run({ bytes: new Uint8Array([1]), options: { now, fileName: name } }).then(
        () => undefined,
        (failure: unknown) => failure as ExtractionError & { stats?: { outcome: string } },
      );
      expect(error).toBeInstanceOf(ExtractionError);
      expect(error?.code).toBe('SCHEMA_VIOLATION');
      expect(error?.message).toContain(name);
      expect(error?.stats?.outcome).toBe('failed');
    }
  });
});
