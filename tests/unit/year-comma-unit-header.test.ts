/**
 * A borderless header whose year cells carry their unit after a comma ("2031, tkr"), as a tab-set header
 * line without a caption says it: each is a year column in that unit. A year followed by a comma and an
 * ordinary word is prose, no head. Wording and figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';

describe('year heads with the unit after a comma', () => {
  it('reads "2031, tkr" heads as year columns in tkr', () => {
    const doc = analyzeText(`# Insatser inom tandvården 2031–2032
Insats                                   2031, tkr        2032, tkr
Gemensam sterilcentral                       1 250            2 000
Färre hyrtandläkare                            750              900
Totalt                                       2 000            2 900`);
    expect(effectsByTitle(doc)).toEqual([
      [
        'Gemensam sterilcentral',
        [
          [2031, 1.25],
          [2032, 2],
        ],
      ],
      [
        'Färre hyrtandläkare',
        [
          [2031, 0.75],
          [2032, 0.9],
        ],
      ],
    ]);
    expect(doc.totals.map((t) => [t.year, t.amountMsek])).toEqual([
      [2031, 2],
      [2032, 2.9],
    ]);
  });

  it('takes no head from a year followed by a comma and a word', () => {
    const doc = analyzeText(`# Insatser inom tandvården
Planen gäller 2031, därefter                      2032, sedan
Gemensam sterilcentral                       1 250            2 000`);
    expect(doc.measures).toEqual([]);
  });
});
