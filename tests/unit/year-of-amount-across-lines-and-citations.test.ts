/**
 * Two facts that a line break or a second citation in the same sentence must not give the wrong year
 * or date:
 * - "… 64 mkr 2029 och 90 mkr" / "2030.": the year on the figure's own line is the other amount's; the
 *   figure's own year is read from its sentence, on the next line.
 * - "(RF 2024-11-26, § 131) och … den 3 mars 2025 (RS § 40)": a citation without a date of its own takes
 *   the date nearest before it in the sentence, never one inside another citation.
 * Wording and figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

describe('the year of an amount whose line ends before its year', () => {
  it('reads the year from the next line of its sentence', () => {
    const doc = analyzeText(
      pagesFromText(`# Kostnadsutveckling inom tandvården
Insatserna sänker kostnaderna med 64 miljoner kronor 2029 och 90 miljoner kronor
2030. Ingen av dem kräver nya lokaler.
`),
    );
    const years = doc.amounts.map((a) => [a.amountMsek, a.year]);
    expect(years).toContainEqual([90, 2030]);
    expect(years).toContainEqual([64, 2029]);
  });

  it('keeps the line year of a table-like line ("Kostnad 2031: 12 mkr")', () => {
    const doc = analyzeText(
      pagesFromText(`# Kostnadsutveckling inom tandvården
Kostnad 2031: 12 mkr
Kostnad 2032: 15 mkr
`),
    );
    expect(doc.amounts.map((a) => [a.amountMsek, a.year])).toEqual([
      [12, 2031],
      [15, 2032],
    ]);
  });
});

describe('the date of a citation without one in a sentence with another citation', () => {
  it('takes the date just before it, not the other citation’s', () => {
    const doc = analyzeText(
      pagesFromText(`# Uppdrag om tandvårdens lokaler
Regionfullmäktige beställde en utredning (RF 2024-11-26, § 131) och styrelsen tog del av den den 3 mars 2025 (RS § 40).
`),
    );
    const refs = doc.references.map((r) => [r.body, r.date, r.paragraph]);
    expect(refs).toContainEqual(['Regionfullmäktige', '2024-11-26', '§131']);
    expect(refs).toContainEqual(['Regionstyrelsen', '2025-03-03', '§40']);
  });

  it('takes a date after it when none stands before', () => {
    const doc = analyzeText(
      pagesFromText(`# Uppdrag om tandvårdens lokaler
Enligt beslutet (RS § 40), fattat den 3 mars 2025, ska lokalerna ses över (jfr RF 2024-11-26, § 131).
`),
    );
    const refs = doc.references.map((r) => [r.body, r.date, r.paragraph]);
    expect(refs).toContainEqual(['Regionstyrelsen', '2025-03-03', '§40']);
  });
});

describe('a change "från X till Y mkr"', () => {
  it('reads both figures in the unit after the second, falling as well as rising', () => {
    const doc = analyzeText(
      pagesFromText(`# Kostnadsutveckling inom tandvården
Kostnaden för inhyrda tandläkare sjönk från 38 till 22 mkr mellan åren.

Kostnaden för tandtekniska arbeten steg från 14 till 19 mkr.
`),
    );
    expect(doc.amounts.map((a) => Math.abs(a.amountMsek))).toEqual([38, 22, 14, 19]);
  });

  it('not a falling pair without "från" ("år 12 till 5 mkr" is no change)', () => {
    const doc = analyzeText(
      pagesFromText(`# Kostnadsutveckling inom tandvården
Uppdraget gick till 5 enheter och kostade 12 mkr.
`),
    );
    expect(doc.amounts.map((a) => a.amountMsek)).toEqual([12]);
  });
});
