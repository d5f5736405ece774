/**
 * A borderless table of one year column whose group head wrapped in its narrow cell ("Beräknat
 * utfall," over "tkr" over "2033"), set from the left of the cell while the year stands at its right:
 * the year alone on its line under a head that names a money unit heads the figures below it. Without a
 * unit in the head the lone year is no header (a lone year in a paper is not a table).
 * Wording and figures made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';

const paper = (unitLine: string) => `## Insatser
Tabell 3. Insatser för ett år
Insats                                           Beräknat utfall,
                                                 ${unitLine}
                                                             2033
Gemensam tvättservice för tre sjukhus                         1 200
Lägre energiförbrukning i operationssalar                       350
Summa                                                         1 550

Insatserna följs upp varje tertial.
`;

describe('a lone year under a wrapped group head', () => {
  it('reads the column as the year, in the unit of the head', () => {
    const doc = analyzeText(paper('tkr'));
    expect(effectsByTitle(doc)).toEqual([
      ['Gemensam tvättservice för tre sjukhus', [[2033, 1.2]]],
      ['Lägre energiförbrukning i operationssalar', [[2033, 0.35]]],
    ]);
    expect(doc.totals.map((t) => [t.year, t.amountMsek])).toEqual([[2033, 1.55]]);
  });

  it('takes no lone year for a header when the head names no unit', () => {
    const doc = analyzeText(paper('per år'));
    expect(effectsByTitle(doc).flatMap(([, e]) => e)).toEqual([]);
  });
});
