/**
 * A PDF that went through PostScript (`pdftops` + `ps2pdf`, fixtures/pdf-layer/ps2pdf-tables.pdf): its
 * fonts lose their Unicode maps, so the text layer is letters shifted by a constant ("0LQVNDG" for
 * "Minskad") and figures turned into control characters. No fact may come from that layer: the page
 * goes to OCR, and the measures are read from what it draws.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../parsers/index.ts';
import { createTesseractEngine } from '../../parsers/ocr/tesseract.ts';
import type { ExtractedDocument } from '../../parsers/schema.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const bytes = new Uint8Array(readFileSync(resolve(root, 'fixtures/pdf-layer/ps2pdf-tables.pdf')));
const engine = createTesseractEngine();
const requested: number[][] = [];
let doc: ExtractedDocument;

beforeAll(async () => {
  doc = await extractDocument(bytes, {
    now: () => new Date('2026-12-02T17:00:00Z'),
    fileName: 'ps2pdf-tables.pdf',
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

describe('ps2pdf rewrite: an unreadable text layer is read by OCR', () => {
  it('sends the page to OCR and says so', () => {
    expect(requested).toEqual([[1]]);
    expect(doc.extraction.method).toBe('ocr');
    expect(doc.extraction.ocrPages).toEqual([1]);
  });

  it('reads the ruled measure table from the page as drawn', () => {
    const effects = (title: string) =>
      doc.measures
        .find((measure) => measure.title.startsWith(title))
        ?.effects.map((effect) => [effect.year, effect.amountMsek]);
    expect(effects('Minskad hyrbemanning')).toEqual([
      [2024, 8.9],
      [2025, 10],
      [2026, 12],
    ]);
    expect(effects('Köpt vård')).toEqual([
      [2024, 3.5],
      [2026, 4.5],
    ]);
  });
});
