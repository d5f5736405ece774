/**
 * Units of a measure table stated in forms the first readers missed: "tusentals kronor" in a caption
 * (not "tusen kronor"), and whole kronor written in every year cell ("3 450 000 kr") with no unit in
 * header or caption (the cell-table path; fixtures/holdout2 k04/k06 show it end to end). A table of bare numbers with no unit anywhere must still be refused (warned),
 * never read in a guessed unit. Layout and wording are made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { unitOfCells } from '../../parsers/extract/tables.ts';
import { unitFromHeader } from '../../parsers/swedish/amounts.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };
const analyze = (text: string) => analyzePages(pagesFromText(text), { fileName: 'test.pdf', info });
const effects = (doc: ReturnType<typeof analyze>) =>
  doc.measures.map((m) => [m.title, Object.fromEntries(m.effects.map((e) => [e.year, e.amountMsek]))]);

describe('unit words', () => {
  it('reads "tusentals kronor" as tkr, not as whole kronor', () => {
    expect(unitFromHeader('Effekt (tusentals kronor)')).toBe('tkr');
    expect(unitFromHeader('Belopp i tusental kr')).toBe('tkr');
    expect(unitFromHeader('Belopp i kronor')).toBe('sek');
  });

  it('takes the unit from the cells only when every figure cell names one (each is read in its own)', () => {
    expect(unitOfCells(['3 450 000 kr', '–', '(120 000 kr)', ''])).toBe('sek');
    expect(unitOfCells(['2,5 mkr', '4 mkr'])).toBe('mkr');
    expect(unitOfCells(['3 450 000 kr', '1 200'])).toBeNull();
    // Cells naming different units: each is read in its own; the table's unit is the one most name.
    expect(unitOfCells(['2,5 mkr', '800 tkr', '1 100 tkr'])).toBe('tkr');
    expect(unitOfCells(['-', ''])).toBeNull();
  });
});

describe('measure tables whose unit the first readers missed', () => {
  it('reads a table under the caption "Summor i tusentals kronor"', () => {
    const doc = analyze(`# Plan för minskade kostnader 2027–2028
Summor i tusentals kronor
Åtgärd                                   2027        2028
Samordnad nattjour i Lycksele            1 250       2 400
Färre externa konsulter inom IT          (300)       1 100
Summa                                    950         3 500
`);
    expect(effects(doc)).toEqual([
      ['Samordnad nattjour i Lycksele', { 2027: 1.25, 2028: 2.4 }],
      ['Färre externa konsulter inom IT', { 2027: -0.3, 2028: 1.1 }],
    ]);
    expect(doc.totals.map((t) => [t.year, t.amountMsek])).toEqual([
      [2027, 0.95],
      [2028, 3.5],
    ]);
  });

  it('still refuses bare numbers with no unit anywhere, with a warning', () => {
    const doc = analyze(`# Plan för minskade kostnader 2027–2028
Åtgärd                                   2027              2028
Samordnad nattjour i Lycksele            3 450 000         4 000 000
Färre externa konsulter inom IT          –                 1 750 000 kr
`);
    expect(doc.measures.flatMap((m) => m.effects)).toEqual([]);
    expect(doc.warnings.map((w) => w.code)).toContain('TABLE_UNPARSED');
  });
});
