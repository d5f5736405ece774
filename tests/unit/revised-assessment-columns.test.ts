/**
 * A revised table of measures: each year spans two columns headed, on the row under the years, by the
 * superseded and the new assessment. The new assessment is the year's effect, whichever of the two
 * columns the spanning year cell was handed to, and the row of sub-heads is no measure. Wording and
 * figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';
import { pagesWithCellTable } from '../helpers/text-pages.ts';

const body = [
  ['1', 'Samordnade skolskjutsar', '2,0', '2,6', '2,2', '3,0'],
  ['2', 'Energieffektiva gatlampor', '1,1', '0,8', '1,4', '1,0'],
  ['', 'Summa', '3,1', '3,4', '3,6', '4,0'],
];
const read = (rows: string[][]) => {
  const doc = analyzeText(pagesWithCellTable('## Tabell 2. Reviderade effekter, mkr', rows));
  return { measures: effectsByTitle(doc), totals: doc.totals.map((t) => [t.year, t.amountMsek]) };
};

describe('revised assessment columns', () => {
  it('reads the new assessment when the year cell stands over the superseded one', () => {
    const got = read([
      ['', '', '2031', '', '2032', ''],
      [
        'Nr',
        'Insats',
        'Ursprunglig bedömning',
        'Reviderad bedömning',
        'Ursprunglig bedömning',
        'Reviderad bedömning',
      ],
      ...body,
    ]);
    expect(got.measures).toEqual([
      [
        'Samordnade skolskjutsar',
        [
          [2031, 2.6],
          [2032, 3],
        ],
      ],
      [
        'Energieffektiva gatlampor',
        [
          [2031, 0.8],
          [2032, 1],
        ],
      ],
    ]);
    expect(got.totals).toEqual([
      [2031, 3.4],
      [2032, 4],
    ]);
  });

  it('reads the new assessment when it comes first and the year stands over it', () => {
    const swapped = body.map((r) => [r[0], r[1], r[3], r[2], r[5], r[4]] as string[]);
    const got = read([
      ['', '', '2031', '', '2032', ''],
      ['Nr', 'Insats', 'Ny', 'Tidigare', 'Ny', 'Tidigare'],
      ...swapped,
    ]);
    expect(got.measures).toEqual([
      [
        'Samordnade skolskjutsar',
        [
          [2031, 2.6],
          [2032, 3],
        ],
      ],
      [
        'Energieffektiva gatlampor',
        [
          [2031, 0.8],
          [2032, 1],
        ],
      ],
    ]);
  });
});
