/**
 * Total rows of a measure table that the total words did not know: a summing adjective
 * ("Sammanlagda besparingar") and a last row whose figures are the column sums of the rows above
 * under a label no word list holds ("Hela programmet"). Either way the row is a total, never a
 * measure whose effects are the sums. A last row that does not sum the rows above stays a measure.
 * Layout and wording are made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { sumsRowsAbove } from '../../parsers/extract/measures.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };
const analyze = (text: string) => analyzePages(pagesFromText(text), { fileName: 'test.pdf', info });
const titles = (doc: ReturnType<typeof analyze>) => doc.measures.map((m) => m.title);
const totals = (doc: ReturnType<typeof analyze>) => doc.totals.map((t) => [t.year, t.amountMsek]);

describe('total rows by arithmetic', () => {
  it('knows a row that sums the rows above, within rounding', () => {
    const above = [
      { effects: [{ year: 2031, amountMsek: 1.25 }] },
      { effects: [{ year: 2031, amountMsek: 2.4 }] },
    ];
    expect(sumsRowsAbove([{ year: 2031, amountMsek: 3.65 }], above)).toBe(true);
    expect(sumsRowsAbove([{ year: 2031, amountMsek: 3.7 }], above)).toBe(false);
    expect(sumsRowsAbove([{ year: 2031, amountMsek: 3.65 }], above.slice(0, 1))).toBe(false);
  });
});

describe('measure tables with unfamiliar total rows', () => {
  it('reads "Sammanlagda besparingar" as the total row', () => {
    const doc = analyze(`# Åtgärdsprogram 2031–2032
Belopp i mkr
Åtgärd                                   2031        2032
Samordnad nattjour i Kiruna              1,5         2,0
Färre externa konsulter inom IT          0,5         1,0
Sammanlagda besparingar                  2,5         3,5
`);
    expect(titles(doc)).toEqual(['Samordnad nattjour i Kiruna', 'Färre externa konsulter inom IT']);
    expect(totals(doc)).toEqual([
      [2031, 2.5],
      [2032, 3.5],
    ]);
  });

  it('reads a last row that sums the rows above as a total, whatever its label', () => {
    const doc = analyze(`# Åtgärdsprogram 2031–2032
Belopp i mkr
Åtgärd                                   2031        2032
Samordnad nattjour i Kiruna              1,5         2,0
Färre externa konsulter inom IT          0,5         1,0
Omläggning av hemtjänstinsatser          0,7         1,4
Hela programmet                          2,7         4,4
`);
    expect(titles(doc)).not.toContain('Hela programmet');
    expect(totals(doc)).toEqual([
      [2031, 2.7],
      [2032, 4.4],
    ]);
  });

  it('keeps a last row that does not sum the rows above as a measure', () => {
    const doc = analyze(`# Åtgärdsprogram 2031–2032
Belopp i mkr
Åtgärd                                   2031        2032
Samordnad nattjour i Kiruna              1,5         2,0
Färre externa konsulter inom IT          0,5         1,0
Omläggning av hemtjänstinsatser          2,0         2,9
`);
    expect(titles(doc)).toContain('Omläggning av hemtjänstinsatser');
    expect(doc.totals).toEqual([]);
  });
});

describe('borderless tables whose total row runs under the number column', () => {
  it('keeps the number column when "Sammantaget …" starts under it', () => {
    const doc = analyze(`# Åtgärdsprogram 2031–2032
Belopp i mkr
Nr   Åtgärd                              2031        2032
1    Samordnad nattjour i Kiruna          1,5         2,0
2    Färre externa konsulter inom IT      0,5         1,0
Sammantaget för programmet                2,0         3,0
`);
    expect(doc.measures.map((m) => [m.label, m.title])).toEqual([
      ['1', 'Samordnad nattjour i Kiruna'],
      ['2', 'Färre externa konsulter inom IT'],
    ]);
    expect(totals(doc)).toEqual([
      [2031, 2],
      [2032, 3],
    ]);
  });
});
