/**
 * The pool's memory ceiling counts what a document grows resident memory by, not what the OCR engine in
 * the calling thread keeps (rendered pages, tesseract's workers and language data, held for the next
 * scan). A batch over a folder with scans in it used to fail the scans — and a text paper read beside
 * them — as PDF_TOO_COMPLEX "beyond the ceiling" as soon as the engine had loaded.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ExtractPool, type JobStats } from '../../functions/lib/extract-pool.ts';
import type { OcrEngine, OcrInput } from '../../parsers/ocr/port.ts';

const root = resolve(import.meta.dirname, '..', '..');
const MB = 1024 * 1024;
const now = () => new Date('2026-01-01T00:00:00Z');
const read = (path: string) => new Uint8Array(readFileSync(join(root, 'fixtures', path)));

/** What the engine keeps between documents, as tesseract's workers keep their heaps. */
const held: Buffer[] = [];

/** An engine that grows the process by 320 MB on its first call and keeps it, then recognizes nothing. */
const growingEngine: OcrEngine = {
  method: 'ocr',
  async recognize(input: OcrInput) {
    if (held.length === 0) held.push(Buffer.alloc(320 * MB, 1)); // filled: the pages are resident
    await new Promise((done) => setTimeout(done, 200));
    for (const page of input.pageNumbers) input.onPage?.(page);
    return [];
  },
};

const pool = new ExtractPool({ size: 2, timeBudgetMs: 60_000, memoryCeilingMb: 200 });
afterAll(async () => {
  await pool.close();
  held.length = 0;
});

async function outcome(promise: Promise<{ stats: JobStats }>): Promise<string> {
  try {
    return (await promise).stats.outcome;
  } catch (error) {
    return (error as { stats?: JobStats }).stats?.outcome ?? String(error);
  }
}

describe('extraction pool: OCR memory is the engine’s, not the document’s', () => {
  it('a scan and a long text paper read beside it both stay under a 200 MB ceiling', async () => {
    // Both workers started and warm first, so that the scan asks for OCR while the long paper is read.
    const small = { bytes: read('seed-000-tjansteskrivelse.pdf'), options: { now, fileName: 'warm.pdf' } };
    await Promise.all([pool.run(small), pool.run(small)]);
    const text = pool.run({
      bytes: read('edge/large-120-pages.pdf'),
      options: { now, fileName: 'large.pdf' },
    });
    const scan = pool.run({
      bytes: read('edge/scanned-000.pdf'),
      options: { now, fileName: 'scan.pdf', ocr: growingEngine },
    });
    const [textOutcome, scanOutcome] = await Promise.all([outcome(text), outcome(scan)]);
    expect(held).toHaveLength(1); // the engine did grow the process, by more than the ceiling
    expect(textOutcome).toBe('extracted');
    expect(scanOutcome).not.toBe('memory-ceiling');
  });
});
