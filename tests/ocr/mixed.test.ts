/**
 * A mixed PDF (the borderless seed 004 with one measure-table page replaced by its scan): only
 * that page goes to OCR, and the extraction reads its measures with the text pages'.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../parsers/index.ts';
import { createTesseractEngine } from '../../parsers/ocr/tesseract.ts';
import { loadPdf } from '../../parsers/pdf/load.ts';
import type { ExtractedDocument } from '../../parsers/schema.ts';
import { checkGolden, type GoldenFacts } from '../golden/golden-match.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const bytes = new Uint8Array(readFileSync(resolve(root, 'fixtures/scanned/mixed-004.pdf')));
const golden = JSON.parse(
  readFileSync(resolve(root, 'tests/golden/reference/004_883c63e15a6b3965.json'), 'utf8'),
) as GoldenFacts;

const engine = createTesseractEngine();
const requested: number[][] = [];
let doc: ExtractedDocument;
let imageOnly: number[];

beforeAll(async () => {
  // The scanned page is the one without a single text item in the PDF.
  imageOnly = (await loadPdf(bytes)).pages
    .filter((page) => page.items.length === 0)
    .map((page) => page.number);
  doc = await extractDocument(bytes, {
    now: () => new Date('2026-11-23T20:00:00Z'),
    fileName: 'mixed-004.pdf',
    ocr: {
      method: engine.method,
      recognize: async (input) => {
        requested.push(input.pageNumbers);
        return engine.recognize(input);
      },
    },
  });
}, 600_000);

afterAll(() => engine.terminate());

describe('mixed PDF: text pages and one scanned page', () => {
  it('has exactly one image-only page', () => {
    expect(imageOnly).toHaveLength(1);
  });

  it('OCRs only the scanned page and says so', () => {
    expect(requested).toEqual([imageOnly]);
    expect(doc.extraction.method).toBe('ocr');
    expect(doc.extraction.ocrPages).toEqual(imageOnly);
  });

  it('finds the golden facts across text and scanned pages', () => {
    expect(checkGolden(doc, golden)).toEqual([]);
  });

  it('reads measures from the scanned page', () => {
    expect(doc.measures.some((measure) => measure.page === imageOnly[0] && measure.effects.length > 0)).toBe(
      true,
    );
  });
});
