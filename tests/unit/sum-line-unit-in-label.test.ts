/**
 * A sum line set apart under a line of years, its unit in its own label ("Sammanlagt (tkr)  850  1 200"):
 * the unit of that little table is the one every row label ends with, so the line is read as the
 * paper's total instead of a table without a unit. Layout and wording are made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { unitOfRowLabels } from '../../parsers/extract/tables.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };
const analyze = (text: string) => analyzePages(pagesFromText(text), { fileName: 'test.pdf', info });

describe('unitOfRowLabels', () => {
  it('reads the unit every label ends with', () => {
    expect(unitOfRowLabels(['Sammanlagt (tkr)'])).toBe('tkr');
    expect(unitOfRowLabels(['Hela effekten, Mnkr', 'varav intäkter, mnkr'])).toBe('mkr');
    expect(unitOfRowLabels(['Totalt mkr'])).toBe('mkr');
  });
  it('gives none when a label states none or they disagree', () => {
    expect(unitOfRowLabels(['Sammanlagt'])).toBeNull();
    expect(unitOfRowLabels(['Besparing (tkr)', 'Intäkter (mkr)'])).toBeNull();
    expect(unitOfRowLabels([])).toBeNull();
  });
});

describe('a sum line under its own line of years', () => {
  it('is the total, in the unit of its label', () => {
    const doc = analyze(`# Besparingar inom tandvården 2031–2032

## Åtgärder

Åtgärd A. Färre jourpass på helger. Besparing 2031: 400 tkr, 2032: 500 tkr.

Åtgärd B. Samlad sterilhantering. Besparing 2031: 450 tkr, 2032: 700 tkr.

                                      2031          2032
Sammanlagt (tkr)                       850         1 200
`);
    expect(doc.totals.map((t) => [t.year, t.amountMsek])).toEqual([
      [2031, 0.85],
      [2032, 1.2],
    ]);
  });
});
