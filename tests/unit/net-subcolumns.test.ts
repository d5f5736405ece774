/**
 * A year header spanning a gross and a net sub-column ("2031" merged over "Bruttoeffekt | Nettoeffekt"):
 * the net is the year's effect, whether the merged year cell is copied into each column it spans (drawn
 * grids, tagged spans) or set over one of them, and the row of sub-heads is no measure. Wording and figures
 * made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';
import { pagesWithCellTable } from '../helpers/text-pages.ts';

const body = [
  ['Samordnade skolskjutsar', '2,0', '1,6', '2,2', '2,2'],
  ['Energieffektiva gatlampor', '1,1', '0,8', '1,4', '1,2'],
  ['Summa', '3,1', '2,4', '3,6', '3,4'],
];
const read = (rows: string[][]) => {
  const doc = analyzeText(pagesWithCellTable('## Tabell 3. Effekter per år, mkr', rows));
  return { measures: effectsByTitle(doc), totals: doc.totals.map((t) => [t.year, t.amountMsek]) };
};
const nets = [
  [
    'Samordnade skolskjutsar',
    [
      [2031, 1.6],
      [2032, 2.2],
    ],
  ],
  [
    'Energieffektiva gatlampor',
    [
      [2031, 0.8],
      [2032, 1.2],
    ],
  ],
];

describe('a year spanning gross and net sub-columns', () => {
  it('reads the net when the merged year and label cells are copied into each column', () => {
    const got = read([
      ['Insats', '2031', '2031', '2032', '2032'],
      ['Insats', 'Bruttoeffekt', 'Nettoeffekt', 'Bruttoeffekt', 'Nettoeffekt'],
      ...body,
    ]);
    expect(got.measures).toEqual(nets);
    expect(got.totals).toEqual([
      [2031, 2.4],
      [2032, 3.4],
    ]);
  });

  it('reads the net when the year stands over the gross column only', () => {
    const got = read([
      ['', '2031', '', '2032', ''],
      ['Insats', 'Kostnad', 'Netto', 'Kostnad', 'Netto'],
      ...body,
    ]);
    expect(got.measures).toEqual(nets);
  });
});
