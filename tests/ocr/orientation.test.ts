/**
 * Page orientation with the recognizer's vote (parsers/ocr/orientation.ts): a scan fed upside down
 * is turned and read, while upright slides in large type — which the geometric test alone takes
 * for upside down (fixtures/holdout9/MISSES.md) — are read as they lie. Each page is OCR'd once.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createTesseractEngine } from '../../parsers/ocr/tesseract.ts';
import type { Page } from '../../parsers/page-model.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const engine = createTesseractEngine({ secondReading: false });
afterAll(() => engine.terminate());

async function read(fixture: string, page: number): Promise<string> {
  const pdf = new Uint8Array(readFileSync(resolve(root, fixture)));
  const pages: Page[] = await engine.recognize({ pdf, pageNumbers: [page] });
  return (pages[0]?.items ?? []).map((item) => item.text).join(' ');
}

describe('page orientation decided with the recognizer', () => {
  it('turns a plan scanned upside down and reads it', async () => {
    const text = await read('fixtures/holdout9/s02-i-plan-borderless-upside-down.pdf', 1);
    expect(text).toMatch(/bemanningsenhet/i);
  }, 600_000);

  it('reads upright slides in large type as they lie', async () => {
    const text = await read('fixtures/holdout/h00-ab-slides-impress-scan.pdf', 3);
    expect(text.match(/[A-Za-zÅÄÖåäö]{4,}/gu)?.length ?? 0).toBeGreaterThan(10);
    expect(text).toMatch(/\b(och|för|av|med|till)\b/u);
  }, 600_000);
});
