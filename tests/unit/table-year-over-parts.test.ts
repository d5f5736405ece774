/**
 * A ruled table whose first year is printed in parts under one spanning year cell ("2030" over
 * "T1 | T2 | T3 | Summa", or over "Kv 1 … Kv 4 | Helår"), the later years whole, and areas as rows of one
 * cell spanning the table: the whole-year column is that year's effect, the parts are amounts, the row of
 * parts is header (no measure), and many area rows do not make a year column one "of words".
 * Wording and figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';
import { pagesFromText, withRuledTable } from '../helpers/text-pages.ts';

const span = (no: string, text: string, width: number) => [
  no,
  ...Array.from({ length: width - 1 }, () => text),
];

function read(rows: string[][]) {
  const text = `## Åtgärder\nTabell 3. Effekt per år, mkr\n${rows.map((r) => r.join('    ')).join('\n')}\n\nPlanen följs upp varje tertial.\n`;
  const doc = analyzeText(withRuledTable(pagesFromText(text), rows));
  return {
    measures: effectsByTitle(doc),
    totals: doc.totals.map((t) => [t.year, t.amountMsek]),
    amounts: doc.amounts.map((a) => a.amountMsek),
  };
}

describe('a year over its parts in a two-row header', () => {
  it('reads the sum of the tertials as the year (spanning year repeated over its columns)', () => {
    const rows = [
      ['Nr', 'Åtgärd', '2030', '2030', '2030', '2030', '2031'],
      ['Nr', 'Åtgärd', 'T1', 'T2', 'T3', 'Summa', '2031'],
      span('1', 'Vårdcentraler', 7),
      ['1.1', 'Färre hyrläkare på vårdcentralerna', '0,2', '0,3', '0,3', '0,8', '1,2'],
      ['1.2', 'Gemensam telefonrådgivning', '–', '–', '–', '–', '0,6'],
      span('2', 'Lokaler', 7),
      ['2.1', 'Uppsagt förråd i centrum', '–', '–', '–', '–', '0,4'],
      span('3', 'Inköp', 7),
      ['3.1', 'Nytt avtal för tolktjänster', '–', '–', '–', '–', '0,3'],
      ['', 'Summa', '0,2', '0,3', '0,3', '0,8', '2,5'],
    ];
    const got = read(rows);
    expect(got.measures).toEqual([
      [
        'Färre hyrläkare på vårdcentralerna',
        [
          [2030, 0.8],
          [2031, 1.2],
        ],
      ],
      ['Gemensam telefonrådgivning', [[2031, 0.6]]],
      ['Uppsagt förråd i centrum', [[2031, 0.4]]],
      ['Nytt avtal för tolktjänster', [[2031, 0.3]]],
    ]);
    expect(got.totals).toEqual([
      [2030, 0.8],
      [2031, 2.5],
    ]);
    expect(got.amounts).toEqual(expect.arrayContaining([0.2, 0.3]));
  });

  it('reads "Helår" under a year spread into its quarters', () => {
    const rows = [
      ['Nr', 'Åtgärd', '', '', '', '', '', '2031'],
      ['Nr', 'Åtgärd', 'Kv 1 2030', 'Kv 2 2030', 'Kv 3 2030', 'Kv 4 2030', 'Helår', '2031'],
      ['1', 'Samlad nattjour för två sjukhus', '0,1', '0,2', '0,2', '0,3', '0,8', '1,1'],
      ['2', 'Digital kallelse till screening', '0,1', '0,1', '0,1', '0,1', '0,4', '0,5'],
      ['', 'Summa', '0,2', '0,3', '0,3', '0,4', '1,2', '1,6'],
    ];
    const got = read(rows);
    expect(got.measures).toEqual([
      [
        'Samlad nattjour för två sjukhus',
        [
          [2030, 0.8],
          [2031, 1.1],
        ],
      ],
      [
        'Digital kallelse till screening',
        [
          [2030, 0.4],
          [2031, 0.5],
        ],
      ],
    ]);
    expect(got.totals).toEqual([
      [2030, 1.2],
      [2031, 1.6],
    ]);
  });

  it('keeps a first year with few figures under many area rows spanning the table', () => {
    const rows = [
      ['Nr', 'Åtgärd', '2030', '2031', '2032'],
      span('1', 'Vårdcentraler', 5),
      ['1.1', 'Färre hyrläkare på vårdcentralerna', '0,8', '1,2', '1,2'],
      span('2', 'Lokaler', 5),
      ['2.1', 'Uppsagt förråd i centrum', '–', '0,4', '0,4'],
      span('3', 'Inköp', 5),
      ['3.1', 'Nytt avtal för tolktjänster', '–', '0,3', '0,3'],
      span('4', 'Intäkter', 5),
      ['4.1', 'Höjd avgift för intyg', '–', '0,1', '0,2'],
      ['', 'Summa', '0,8', '2,0', '2,1'],
    ];
    const got = read(rows);
    expect(got.measures[0]).toEqual([
      'Färre hyrläkare på vårdcentralerna',
      [
        [2030, 0.8],
        [2031, 1.2],
        [2032, 1.2],
      ],
    ]);
    expect(got.totals).toEqual([
      [2030, 0.8],
      [2031, 2],
      [2032, 2.1],
    ]);
  });
});
