/**
 * A borderless measure table whose producer set the year columns first and the measures' titles after
 * them ("2027 | 2028 | Åtgärd"). The header starts the line, so no label column stands left of the
 * years; the measure header after the last year says which column the titles are. Prose that strings
 * years without such a header stays prose. Wording and layout are made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';

describe('years before the title in a borderless table', () => {
  it('reads each row with its title right of the years', () => {
    const doc = analyzeText(`# Plan för minskade kostnader, Kiruna sjukhus
Belopp i mkr
2027            2028            2029            Åtgärd
1,5             2,0             2,5             Gemensam upphandling av hörapparater
-0,5            -0,5            -0,5            Tillfällig förstärkning av jourlinjen
3,0             3,5             4,0             Samordnade sjukresor i inlandet
`);
    expect(effectsByTitle(doc)).toEqual([
      [
        'Gemensam upphandling av hörapparater',
        [
          [2027, 1.5],
          [2028, 2],
          [2029, 2.5],
        ],
      ],
      [
        'Tillfällig förstärkning av jourlinjen',
        [
          [2027, -0.5],
          [2028, -0.5],
          [2029, -0.5],
        ],
      ],
      [
        'Samordnade sjukresor i inlandet',
        [
          [2027, 3],
          [2028, 3.5],
          [2029, 4],
        ],
      ],
    ]);
  });

  it('reads no table from a line of years without a measure header after them', () => {
    const doc = analyzeText(`# Uppföljning
2027            2028            2029            Kommentar
1,5             2,0             2,5             Enligt plan
`);
    expect(doc.measures).toEqual([]);
  });
});
