/**
 * A measure's title merged over two rows, a gross row and a net row told apart by a sub-head column
 * ("Bruttobesparing" / "Nettobesparing"): one measure whose effect is the net row, the gross figures
 * amounts; the sum rows the same way. The merged title is copied into both rows (drawn grids, tagged
 * spans), the net row first or last. Wording and figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';
import { pagesWithCellTable } from '../helpers/text-pages.ts';

const read = (rows: string[][]) => {
  const doc = analyzeText(pagesWithCellTable('## Tabell 4. Besparingar per år, mkr', rows));
  return {
    measures: effectsByTitle(doc),
    totals: doc.totals.map((t) => [t.year, t.amountMsek]),
    amounts: doc.amounts.map((a) => a.amountMsek),
  };
};
const nets = [
  [
    'Gemensam växel för kommunerna',
    [
      [2031, 0.9],
      [2032, 1.5],
    ],
  ],
  [
    'Färre hyrda lokaler för arkiv',
    [
      [2031, 2.1],
      [2032, 2.6],
    ],
  ],
];

describe('gross and net rows under one merged title', () => {
  it('reads the net row when the title is copied into both rows', () => {
    const got = read([
      ['Insats', 'Belopp', '2031', '2032'],
      ['Gemensam växel för kommunerna', 'Bruttobesparing', '1,4', '1,7'],
      ['Gemensam växel för kommunerna', 'Nettobesparing', '0,9', '1,5'],
      ['Färre hyrda lokaler för arkiv', 'Bruttobesparing', '2,5', '2,6'],
      ['Färre hyrda lokaler för arkiv', 'Nettobesparing', '2,1', '2,6'],
      ['Summa', 'Bruttobesparing', '3,9', '4,3'],
      ['Summa', 'Nettobesparing', '3,0', '4,1'],
    ]);
    expect(got.measures).toEqual(nets);
    expect(got.totals).toEqual([
      [2031, 3],
      [2032, 4.1],
    ]);
    expect(got.amounts).toEqual(expect.arrayContaining([1.4, 1.7, 2.5, 3.9, 4.3]));
  });

  it('reads the net row when it comes before the gross row', () => {
    const got = read([
      ['Insats', 'Belopp', '2031', '2032'],
      ['Gemensam växel för kommunerna', 'Netto', '0,9', '1,5'],
      ['Gemensam växel för kommunerna', 'Brutto', '1,4', '1,7'],
      ['Färre hyrda lokaler för arkiv', 'Netto', '2,1', '2,6'],
      ['Färre hyrda lokaler för arkiv', 'Brutto', '2,5', '2,6'],
    ]);
    expect(got.measures).toEqual(nets);
  });
});
