/**
 * Issue 11, case 3: decompression bombs, /Metadata bombs and a million text items end as a typed
 * PDF_TOO_COMPLEX naming the bound — from the pre-scan, the worker's heap limit, the resident-memory
 * ceiling or the time budget — recorded in failed/ by the ingest service, and the pool serves the next
 * document afterwards.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { ingestObject } from '../../functions/ingest/service.ts';
import { ExtractPool, lambdaExtract, pooledExtract } from '../../functions/lib/extract-pool.ts';
import { createLogger } from '../../functions/lib/logger.ts';
import { MemoryDocumentStore } from '../../functions/lib/store.ts';
import { ExtractionError } from '../../parsers/errors.ts';
import { extractDocument } from '../../parsers/index.ts';
import { FailureRecordSchema } from '../../parsers/schema.ts';
import { fixture } from '../e2e/helpers.ts';
import { contentBombPdf, manyItemsPdf, metadataBombPdf, textPdf } from '../helpers/hostile-pdfs.ts';

const GIB = 1024 ** 3;
const now = () => new Date('2026-01-01T00:00:00Z');
/** The pre-scan switched off: what the worker's own bounds must catch (e.g. an encrypted bomb). */
const NO_PRESCAN = { maxStreamBytes: Number.MAX_SAFE_INTEGER, maxImageStreamBytes: Number.MAX_SAFE_INTEGER };

const pool = new ExtractPool({ timeBudgetMs: 20_000, memoryCeilingMb: 384 });
afterAll(() => pool.close());

async function failure(
  promise: Promise<unknown>,
): Promise<ExtractionError & { stats?: { outcome: string; peakMemoryMb: number } }> {
  try {
    await promise;
  } catch (error) {
    return error as ExtractionError & { stats?: { outcome: string; peakMemoryMb: number } };
  }
  throw new Error('expected a failure');
}

describe('extraction pool (issue 11: hostile files)', () => {
  it('extracts a paper in the worker exactly as in-process', async () => {
    const bytes = fixture('seed-000-tjansteskrivelse.pdf');
    const source = { bucket: 'b', key: 'uploads/seed-000.pdf', uploadedAt: '2025-12-01T00:00:00.000Z' };
    const options = { now, fileName: 'seed-000.pdf', source };
    const [pooled, direct] = await Promise.all([
      pool.extract(bytes, options),
      extractDocument(bytes, options),
    ]);
    // The worker's clock runs on from the caller's: only the time stamps may differ.
    const strip = (doc: typeof direct) => ({
      ...doc,
      extraction: { ...doc.extraction, durationMs: 0, extractedAt: '' },
    });
    expect(strip(pooled)).toEqual(strip(direct));
    expect(pooled.measures.length).toBeGreaterThan(0);
  });

  it('a 1 GiB content-stream bomb (a few kB) fails typed in the pre-scan, in seconds', async () => {
    const bytes = contentBombPdf(GIB);
    expect(bytes.byteLength).toBeLessThan(1_100_000);
    const started = Date.now();
    const error = await failure(pool.extract(bytes, { now, fileName: 'bomb.pdf' }));
    expect(error).toBeInstanceOf(ExtractionError);
    expect(error.code).toBe('PDF_TOO_COMPLEX');
    expect(error.message).toMatch(/decodes to more than 32 MiB/);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('a /Metadata bomb fails typed instead of running the heap out', async () => {
    const error = await failure(pool.extract(metadataBombPdf(GIB / 2), { now, fileName: 'meta.pdf' }));
    expect(error.code).toBe('PDF_TOO_COMPLEX');
  });

  it('a bomb the pre-scan cannot read is stopped at the memory ceiling, and the pool goes on', async () => {
    const error = await failure(
      pool.extract(contentBombPdf(GIB), { now, fileName: 'hidden-bomb.pdf', limits: NO_PRESCAN }),
    );
    expect(error.code).toBe('PDF_TOO_COMPLEX');
    expect(error.message).toMatch(/memory|heap/);
    expect(error.stats?.outcome).toMatch(/memory-ceiling/);
    // The worker was replaced: the next document is read.
    const doc = await pool.extract(textPdf(), { now, fileName: 'after.pdf' });
    expect(doc.source.pageCount).toBe(1);
  });

  it('text items over the per-page bound fail typed, naming the bound', async () => {
    const error = await failure(
      pool.extract(manyItemsPdf(12_000), {
        now,
        fileName: 'items.pdf',
        limits: { maxTextItemsPerPage: 5_000 },
      }),
    );
    expect(error.code).toBe('PDF_TOO_COMPLEX');
    expect(error.message).toMatch(/page 1 has \d+ text items, over the limit of 5000 for one page/);
  });

  it('a million text items run past the time budget and end typed', async () => {
    const small = new ExtractPool({ timeBudgetMs: 3_000, memoryCeilingMb: 384 });
    try {
      const error = await failure(small.extract(manyItemsPdf(1_000_000), { now, fileName: 'million.pdf' }));
      expect(error.code).toBe('PDF_TOO_COMPLEX');
      expect(error.message).toMatch(/time budget of 3 s/);
      expect(error.stats?.outcome).toBe('time-budget');
    } finally {
      await small.close();
    }
  });

  it('the ingest service records a bomb in failed/ with PDF_TOO_COMPLEX', async () => {
    const store = new MemoryDocumentStore();
    await store.putBytes('uploads/bomb.pdf', contentBombPdf(GIB), { contentType: 'application/pdf' });
    const outcome = await ingestObject(
      { store, now, logger: createLogger({ logLevel: 'SILENT' }), extract: pooledExtract(pool) },
      { bucket: 'test', key: 'uploads/bomb.pdf' },
    );
    expect(outcome).toMatchObject({ status: 'failed', code: 'PDF_TOO_COMPLEX' });
    if (outcome.status !== 'failed') return;
    const record = FailureRecordSchema.parse(
      JSON.parse(new TextDecoder().decode((await store.getObject(outcome.failureKey)).bytes)),
    );
    expect(record.code).toBe('PDF_TOO_COMPLEX');
    expect(record.message).toMatch(/bomb\.pdf: .*decodes to more than/);
  });

  it('on Lambda, a document whose budget no longer fits the invocation is left for redelivery', async () => {
    const extract = lambdaExtract(pool, () => ({ getRemainingTimeInMillis: () => 12_000 }));
    const error = await failure(extract(textPdf(), { now, fileName: 'late.pdf' }));
    expect(error).not.toBeInstanceOf(ExtractionError);
    expect(error.message).toMatch(/left for redelivery/);
  });
});
