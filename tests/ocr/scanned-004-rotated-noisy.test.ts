/**
 * Seed 004 scanned at 200 dpi, every sheet skewed by 0.7–1.2° and soiled (grey noise, salt and
 * pepper, JPEG): at least 90 % of the golden measure effects must come out exact, and every one
 * that does not must carry a warning (OCR_LOW_CONFIDENCE or TOTAL_MISMATCH) on its page.
 * The fixture (11 pages) is OCR'd once for the whole file.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../parsers/index.ts';
import { createTesseractEngine } from '../../parsers/ocr/tesseract.ts';
import type { Page } from '../../parsers/page-model.ts';
import type { ExtractedDocument } from '../../parsers/schema.ts';
import type { GoldenFacts } from '../golden/golden-match.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const fixture = resolve(root, 'fixtures/scanned/seed-004-scanned-rotated-noisy.pdf');
const golden = JSON.parse(
  readFileSync(resolve(root, 'tests/golden/reference/004_883c63e15a6b3965.json'), 'utf8'),
) as GoldenFacts;

const engine = createTesseractEngine();
let doc: ExtractedDocument;
const recognized: Page[] = [];

beforeAll(async () => {
  doc = await extractDocument(new Uint8Array(readFileSync(fixture)), {
    now: () => new Date('2026-11-23T20:00:00Z'),
    fileName: 'seed-004-scanned-rotated-noisy.pdf',
    ocr: {
      method: engine.method,
      recognize: async (input) => {
        const pages = await engine.recognize(input);
        recognized.push(...pages);
        return pages;
      },
    },
  });
}, 900_000);

afterAll(() => engine.terminate());

interface EffectCheck {
  title: string;
  year: number;
  expected: number;
  exact: boolean;
  /** Pages of the measures that match the title (where a warning must stand when not exact). */
  pages: number[];
}

function effectChecks(): EffectCheck[] {
  const checks: EffectCheck[] = [];
  for (const wanted of golden.measures ?? []) {
    const candidates = doc.measures.filter((m) =>
      m.title.toLowerCase().includes(wanted.titleIncludes.toLowerCase()),
    );
    for (const [year, expected] of Object.entries(wanted.effects ?? {})) {
      const exact = candidates.some((m) =>
        m.effects.some((e) => e.year === Number(year) && Math.abs(e.amountMsek - expected) <= 0.05),
      );
      checks.push({
        title: wanted.titleIncludes,
        year: Number(year),
        expected,
        exact,
        pages: candidates.map((m) => m.page),
      });
    }
  }
  return checks;
}

describe('seed 004 scanned, rotated and noisy', () => {
  it('reads every skewed page', () => {
    expect(doc.extraction.method).toBe('ocr');
    expect(doc.extraction.ocrPages).toHaveLength(doc.source.pageCount);
    for (const page of recognized) expect(page.lines.length).toBeGreaterThan(10);
  });

  it('gets at least 90 % of the golden measure effects exact', () => {
    const checks = effectChecks();
    const exact = checks.filter((c) => c.exact).length;
    const report = checks.filter((c) => !c.exact).map((c) => `${c.title} ${c.year}: ${c.expected}`);
    expect(checks.length).toBeGreaterThanOrEqual(40);
    expect(exact / checks.length, `not exact: ${report.join('; ')}`).toBeGreaterThanOrEqual(0.9);
  });

  it('flags every effect that is not exact with a warning on its page', () => {
    const unflagged = effectChecks()
      .filter((c) => !c.exact)
      .filter(
        (c) =>
          c.pages.length === 0 ||
          !doc.extraction.warnings.some(
            (w) =>
              (w.code === 'OCR_LOW_CONFIDENCE' || w.code === 'TOTAL_MISMATCH') &&
              c.pages.includes(w.page ?? -1),
          ),
      )
      .map((c) => `${c.title} ${c.year} (${c.expected})`);
    expect(unflagged).toEqual([]);
  });

  it('never changes a figure: every effect of a measure on a recognized page is written on that page', () => {
    for (const measure of doc.measures) {
      const page = recognized.find((p) => p.number === measure.page);
      if (!page) continue;
      const words = new Set(page.items.map((item) => item.text.replace(/[^\d,.-]/g, '')));
      for (const effect of measure.effects) {
        const written = String(effect.amountMsek).replace('.', ',');
        const seen = [...words].some(
          (w) => w === written || w === `${written},0` || w.replace(',0', '') === written,
        );
        expect(seen, `${measure.title} ${effect.year}: ${written} on page ${measure.page}`).toBe(true);
      }
    }
  });
});
