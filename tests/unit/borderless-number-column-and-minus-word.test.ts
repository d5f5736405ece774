/**
 * Two borderless forms of a measure table: a column of row numbers right after the last year column,
 * its head a word space after the year ("2028 Nr") and its numbers close to the year's figures; and a
 * figure's sign written as the word "minus" in its cell ("minus 1,5"). Wording and layout are made up
 * for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';

describe('a number column right after the years', () => {
  it('keeps the row numbers out of the last year column', () => {
    const doc = analyzeText(`# Åtgärder inom tandvården i Luleå
Belopp i mkr
Åtgärd                                        2027            2028 Nr
Gemensam upphandling av hörapparater           1,5             2,0   1
Samordnade sjukresor i inlandet                3,0             3,5   2
`);
    expect(effectsByTitle(doc)).toEqual([
      [
        'Gemensam upphandling av hörapparater',
        [
          [2027, 1.5],
          [2028, 2],
        ],
      ],
      [
        'Samordnade sjukresor i inlandet',
        [
          [2027, 3],
          [2028, 3.5],
        ],
      ],
    ]);
  });
});

describe('the word minus before a figure in a year cell', () => {
  it('reads "minus 1,5" as a cost', () => {
    const doc = analyzeText(`# Åtgärder inom tandvården i Luleå
Belopp i mkr
Åtgärd                                        2027            2028
Gemensam upphandling av hörapparater           1,5             2,0
Tillfällig förstärkning av jourlinjen          minus 0,5       minus 0,8
`);
    expect(effectsByTitle(doc)).toEqual([
      [
        'Gemensam upphandling av hörapparater',
        [
          [2027, 1.5],
          [2028, 2],
        ],
      ],
      [
        'Tillfällig förstärkning av jourlinjen',
        [
          [2027, -0.5],
          [2028, -0.8],
        ],
      ],
    ]);
  });
});
