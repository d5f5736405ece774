/**
 * Progress in pages during OCR: extractDocument tells its caller when OCR starts (done 0) and as each page
 * is recognized, with the engine's per-page callback; the ingest records it for the upload's status.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../parsers/index.ts';
import type { OcrEngine, OcrInput } from '../../parsers/ocr/port.ts';

const root = resolve(import.meta.dirname, '..', '..');

describe('OCR progress in pages', () => {
  it('reports done 0 of n at the start, then each recognized page', async () => {
    const bytes = new Uint8Array(
      readFileSync(join(root, 'fixtures', 'scanned', 'seed-000-scanned-300dpi.pdf')),
    );
    const asked: number[][] = [];
    // An engine that recognizes nothing (the pages stay as they were) but reports each page as done.
    const engine: OcrEngine = {
      method: 'ocr',
      async recognize(input: OcrInput) {
        asked.push(input.pageNumbers);
        for (const page of input.pageNumbers) input.onPage?.(page);
        return [];
      },
    };
    const events: { pages: number; done: number }[] = [];
    await extractDocument(bytes, {
      now: () => new Date('2026-01-01T00:00:00Z'),
      fileName: 'scan.pdf',
      ocr: engine,
      onProgress: ({ pages, done }) => events.push({ pages: pages.length, done }),
    }).catch(() => undefined);
    const total = asked[0]!.length;
    expect(total).toBeGreaterThan(0);
    expect(events).toEqual(Array.from({ length: total + 1 }, (_, done) => ({ pages: total, done })));
  });
});
