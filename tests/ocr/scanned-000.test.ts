/**
 * Seed 000 scanned at 300 dpi (image-only PDF): local OCR with tesseract.js must let the
 * extraction find every golden fact. The fixture is OCR'd once for the whole file (≈4 pages).
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../parsers/index.ts';
import { createTesseractEngine } from '../../parsers/ocr/tesseract.ts';
import type { Page } from '../../parsers/page-model.ts';
import { pageText } from '../../parsers/page-model.ts';
import type { ExtractedDocument } from '../../parsers/schema.ts';
import { checkGolden, type GoldenFacts } from '../golden/golden-match.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const fixture = resolve(root, 'fixtures/scanned/seed-000-scanned-300dpi.pdf');
const golden = JSON.parse(
  readFileSync(resolve(root, 'tests/golden/reference/000_d535f5ea6ba10b98.json'), 'utf8'),
) as GoldenFacts;

const engine = createTesseractEngine();
let doc: ExtractedDocument;
const recognized: Page[] = [];

beforeAll(async () => {
  const spy = {
    method: engine.method,
    recognize: async (input: Parameters<typeof engine.recognize>[0]) => {
      const pages = await engine.recognize(input);
      recognized.push(...pages);
      return pages;
    },
  };
  doc = await extractDocument(new Uint8Array(readFileSync(fixture)), {
    now: () => new Date('2026-11-23T20:00:00Z'),
    fileName: 'seed-000-scanned-300dpi.pdf',
    ocr: spy,
  });
}, 600_000);

afterAll(() => engine.terminate());

describe('seed 000 scanned (tesseract.js, Swedish data from node_modules)', () => {
  it('goes through OCR on every page', () => {
    expect(doc.extraction.method).toBe('ocr');
    expect(doc.extraction.ocrPages).toEqual(Array.from({ length: doc.source.pageCount }, (_, i) => i + 1));
    expect(recognized.map((page) => page.source)).toEqual(doc.extraction.ocrPages.map(() => 'ocr'));
  });

  it('finds every golden fact', () => {
    expect(checkGolden(doc, golden)).toEqual([]);
  });

  it('reads Swedish letters and keeps word confidences on items and lines', () => {
    const text = recognized.map(pageText).join('\n');
    expect(text).toMatch(/Östersunds sjukhus/);
    expect(text).toMatch(/läkemedelshantering/);
    for (const page of recognized) {
      expect(page.lines.length).toBeGreaterThan(5);
      for (const line of page.lines) {
        expect(line.confidence).toBeGreaterThanOrEqual(0);
        expect(line.confidence).toBeLessThanOrEqual(1);
      }
    }
  });

  it('gives measures whose evidence stands on their page', () => {
    expect(doc.measures.length).toBeGreaterThan(0);
    for (const measure of doc.measures) {
      const page = recognized.find((p) => p.number === measure.page);
      const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
      expect(flat(pageText(page as Page))).toContain(flat(measure.evidence).slice(0, 40));
    }
  });
});
