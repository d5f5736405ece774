/**
 * The second hold-out's 300 dpi scan of a table with a "Helårseffekt" column, "varav" sub-rows and
 * figures with decimals (fixtures/holdout2/k00-d-helar-chromium-scan.pdf, two pages), through local
 * OCR as the CLI runs it. Tesseract's line reading dropped the decimal commas of this table
 * ("13,22" → "1322", "7,7" → "77") and merged a wrapped title's first line with the row's figures;
 * the figures' second reading and the lines split at baselines must give every measure its
 * effects, the totals, and no wrong figure without a warning.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTesseractEngine } from '../../parsers/ocr/tesseract.ts';
import { type CorpusResult, listCorpus, scoreEntry } from '../golden/corpus.ts';

const engine = createTesseractEngine({ maxWorkers: 1 });
let result: CorpusResult;

beforeAll(async () => {
  const entry = listCorpus().find((e) => e.name === 'fixtures/holdout2/k00-d-helar-chromium-scan');
  if (!entry) throw new Error('fixture k00-d-helar-chromium-scan is missing');
  result = await scoreEntry(entry, engine);
}, 600_000);

afterAll(() => engine.terminate());

describe('a scanned Helårseffekt table with decimal figures', () => {
  it('is read by OCR', () => {
    expect(result.error).toBeNull();
    expect(result.doc?.extraction.method).toBe('ocr');
  });

  it('gives every measure with its effects and every total', () => {
    const kinds = result.score?.kinds;
    expect(kinds?.measures.misses).toEqual([]);
    expect(kinds?.measures.extras).toEqual([]);
    expect(kinds?.totals.misses).toEqual([]);
  });

  it('reads the decimal figures as written, with no wrong effect', () => {
    const titled = result.doc?.measures.find((m) => m.title.startsWith('Ändrad indikation'));
    expect(titled?.effects.map((e) => [e.year, e.amountMsek])).toEqual([
      [2026, 7.7],
      [2027, 12.15],
      [2028, 7.7],
    ]);
    expect(result.score?.wrongEffects).toEqual([]);
  });
});
