/**
 * Local OCR speed: seconds per page (median over the pages of a scanned fixture) with one warm
 * tesseract.js worker — render at 300 dpi, clean-up, recognition, page model — and the wall time
 * per page when the pool reads the whole fixture with all workers. Prints figures; never fails on time.
 */

import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTesseractEngine } from '../parsers/ocr/tesseract.ts';
import { loadPdfjs } from '../parsers/pdf/pdfjs.ts';
import { median } from './stats.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = [
  'fixtures/scanned/seed-000-scanned-300dpi.pdf',
  'fixtures/scanned/seed-004-scanned-rotated-noisy.pdf',
];

async function pageCount(pdf: Uint8Array): Promise<number> {
  const { getDocument } = await loadPdfjs();
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  const count = doc.numPages;
  await doc.destroy();
  return count;
}

export async function run(): Promise<void> {
  for (const fixture of FIXTURES) {
    const pdf = new Uint8Array(readFileSync(join(root, fixture)));
    const pages = await pageCount(pdf);
    const numbers = Array.from({ length: pages }, (_, i) => i + 1);

    const single = createTesseractEngine({ maxWorkers: 1 });
    try {
      await single.recognize({ pdf, pageNumbers: [1] }); // warm-up: worker start, language data
      const perPage: number[] = [];
      for (const number of numbers) {
        const started = performance.now();
        await single.recognize({ pdf, pageNumbers: [number] });
        perPage.push((performance.now() - started) / 1000);
      }
      console.log(
        `${fixture}: ${pages} pages, one worker: median ${median(perPage).toFixed(2)} s/page ` +
          `(min ${Math.min(...perPage).toFixed(2)}, max ${Math.max(...perPage).toFixed(2)})`,
      );
    } finally {
      await single.terminate();
    }

    const workers = availableParallelism();
    const pool = createTesseractEngine({ maxWorkers: workers });
    try {
      await pool.recognize({ pdf, pageNumbers: numbers.slice(0, workers) }); // start every worker
      const started = performance.now();
      await pool.recognize({ pdf, pageNumbers: numbers });
      const wall = (performance.now() - started) / 1000;
      console.log(
        `${fixture}: whole document with ${workers} workers: ${(wall / pages).toFixed(2)} s/page wall`,
      );
    } finally {
      await pool.terminate();
    }
  }
}
