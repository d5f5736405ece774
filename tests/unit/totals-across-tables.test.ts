/**
 * A grand total over several tables (savings on staff, then savings on goods, each table closed by its
 * own sum, and a total for both after them): each table's sum is a subtotal — an amount of the paper,
 * no total — and the grand total reconciles against the measures of both tables. Tables whose sums do
 * not add up to a later total keep their totals. Layout and wording are made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages, subtotalsAcrossTables } from '../../parsers/extract/document.ts';
import type { TotalDraft } from '../../parsers/extract/measures.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };
const analyze = (text: string) => analyzePages(pagesFromText(text), { fileName: 'test.pdf', info });

const draft = (label: string, group: number | null, year: number, amountMsek: number): TotalDraft => ({
  label,
  group,
  year,
  amountMsek,
  page: 2,
  evidence: label,
});

describe('subtotalsAcrossTables', () => {
  it('makes the tables’ own sums subtotals when a later total sums them all', () => {
    const drafts = [
      draft('Delsumma personal', 1, 2031, 2.25),
      draft('Delsumma varor', 2, 2031, 1.5),
      draft('Delsumma lokaler', 3, 2031, 0.75),
      draft('Hela förvaltningen', 3, 2031, 4.5),
    ];
    const { totals, subtotals } = subtotalsAcrossTables(drafts);
    expect(subtotals.map((d) => d.label)).toEqual([
      'Delsumma personal',
      'Delsumma varor',
      'Delsumma lokaler',
    ]);
    expect(totals).toEqual([{ ...drafts[3], group: null }]);
  });

  it('leaves totals that do not add up to a later one, or of a single table', () => {
    const apart = [draft('Summa A', 1, 2031, 2), draft('Summa B', 2, 2031, 3), draft('Summa C', 3, 2031, 4)];
    expect(subtotalsAcrossTables(apart).subtotals).toEqual([]);
    const oneTable = [
      draft('Summa A', 1, 2031, 2),
      draft('Summa B', 1, 2031, 3),
      draft('Totalt', 1, 2031, 5),
    ];
    expect(subtotalsAcrossTables(oneTable).subtotals).toEqual([]);
  });
});

describe('two tables and a grand total', () => {
  it('reads the grand total as the total, the tables’ sums as amounts, and reconciles it', () => {
    const doc = analyze(`# Besparingsprogram 2031–2032
Personal (mkr)
Åtgärd                                   2031        2032
Samordnad nattjour i Kiruna              1,5         2,0
Färre externa konsulter inom IT          0,5         1,0
Summa personal                           2,0         3,0

Varor och tjänster (mkr)
Åtgärd                                   2031        2032
Gemensamt förråd för vårdcentraler      0,8         0,9
Ny upphandling av tvätt                  0,4         0,6
Summa varor och tjänster                 1,2         1,5
Totalt för båda områdena                 3,2         4,5
`);
    expect(doc.totals.map((t) => [t.year, t.amountMsek, t.reconciled])).toEqual([
      [2031, 3.2, true],
      [2032, 4.5, true],
    ]);
    expect(doc.amounts.map((a) => a.amountMsek)).toEqual(expect.arrayContaining([2, 3, 1.2, 1.5]));
  });
});
