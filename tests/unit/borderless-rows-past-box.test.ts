/**
 * A table whose rows are interrupted by a box or picture set across the page (a chart with its caption),
 * the head not repeated under it: the rows under the box are the same table's, down to its sum row. A table
 * that ended with its sum row does not go on under a box. Wording and figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';

const row = (label: string, a: string, b: string) => `${label.padEnd(46)}${a.padStart(10)}${b.padStart(10)}`;

const paper = (boxLines: number) =>
  [
    '## Åtgärder inom kollektivtrafiken',
    'Tabell 2. Åtgärder per år, mkr',
    row('Åtgärd', '2027', '2028'),
    row('Glesare turer kvällstid i inlandet', '3,5', '4,0'),
    row('Ny upphandling av skolskjutsar', '2,0', '2,5'),
    ...Array.from({ length: boxLines }, () => ''),
    'Figur 3. Resande per månad, index',
    '',
    row('Samordnade anropsstyrda resor', '1,2', '1,5'),
    row('Färre reservfordon i depå', '0,8', '0,8'),
    row('Summa', '7,5', '8,8'),
    '',
    'Trafiknämnden föreslås fastställa åtgärderna.',
  ].join('\n');

describe('table rows under a box across the page', () => {
  it('are read with the rows above the box, the sum row as the total', () => {
    const doc = analyzeText(paper(8));
    expect(effectsByTitle(doc)).toEqual([
      [
        'Glesare turer kvällstid i inlandet',
        [
          [2027, 3.5],
          [2028, 4],
        ],
      ],
      [
        'Ny upphandling av skolskjutsar',
        [
          [2027, 2],
          [2028, 2.5],
        ],
      ],
      [
        'Samordnade anropsstyrda resor',
        [
          [2027, 1.2],
          [2028, 1.5],
        ],
      ],
      [
        'Färre reservfordon i depå',
        [
          [2027, 0.8],
          [2028, 0.8],
        ],
      ],
    ]);
    expect(doc.totals.map((t) => [t.year, t.amountMsek])).toEqual([
      [2027, 7.5],
      [2028, 8.8],
    ]);
  });

  it('do not go on with a table that ended with its sum row', () => {
    const doc = analyzeText(
      [
        '## Åtgärder inom kollektivtrafiken',
        'Tabell 2. Åtgärder per år, mkr',
        row('Åtgärd', '2027', '2028'),
        row('Glesare turer kvällstid i inlandet', '3,5', '4,0'),
        row('Ny upphandling av skolskjutsar', '2,0', '2,5'),
        row('Summa', '5,5', '6,5'),
        ...Array.from({ length: 8 }, () => ''),
        'Figur 3. Resande per månad, index',
        '',
        row('Resande med anropsstyrd trafik, tusental', '41,0', '44,5'),
      ].join('\n'),
    );
    expect(doc.totals.map((t) => [t.year, t.amountMsek])).toEqual([
      [2027, 5.5],
      [2028, 6.5],
    ]);
    expect(doc.measures.map((m) => m.title)).toEqual([
      'Glesare turer kvällstid i inlandet',
      'Ny upphandling av skolskjutsar',
    ]);
  });
});
