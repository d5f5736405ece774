/**
 * A letterhead run into one sentence-like line ("Region Gävleborg, regionstyrelsen. Dnr RS 2026/88.
 * Datum 2026-09-03.") states its fields one after another: a capitalised date label after a full stop,
 * comma or semicolon starts a field of its own, whose date is the paper's. A date inside a sentence of
 * the text, or after a lower-case "datum" in running prose, is not.
 */
import { describe, expect, it } from 'vitest';
import { guessDate } from '../../parsers/extract/metadata.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const filler = Array.from(
  { length: 12 },
  (_, i) => `Bakgrundsrad ${i + 1} om vårdens kapacitet i länet`,
).join('\n');

describe('a date label inside a run-on letterhead line', () => {
  it('after a full stop, dates the paper', () => {
    const pages = pagesFromText(`# Kapacitetsplan för slutenvården
Region Gävleborg, regionstyrelsens arbetsutskott. Dnr RS 2026/88. Datum 2026-09-03.
${filler}`);
    expect(guessDate(pages)).toBe('2026-09-03');
  });

  it('after a semicolon, with a colon after the label', () => {
    const pages = pagesFromText(`# Kapacitetsplan för slutenvården
Regionstyrelsen; Beslutsdatum: 2026-05-19; Ärende 7
${filler}`);
    expect(guessDate(pages)).toBe('2026-05-19');
  });

  it('not a lower-case "datum" in a sentence of the text', () => {
    const pages = pagesFromText(`# Kapacitetsplan för slutenvården
${filler}
Vi föreslår att planen gäller från och med samma datum 2026-09-03 som den förra, för att hinna med.
${filler}`);
    expect(guessDate(pages)).toBeNull();
  });
});
