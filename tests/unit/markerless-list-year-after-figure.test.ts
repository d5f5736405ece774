/**
 * A bullet list whose discs are drawn, not written (one indented paragraph under a lead-in ending with
 * ":"): an item ends where its line ends with its figure and the figure's year — plain, in parentheses
 * ("0,9 mkr (2031)"), or wrapped onto a line of its own ("… 1,1 mkr år" / "2031") — and the next line
 * begins with a capital. Wording made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';

describe('a markerless list whose items end with a figure and its year', () => {
  it('splits after "(year)" and after a year wrapped onto its own line', () => {
    const doc = analyzeText(`# Åtgärdsplan för Region Halland 2031

## Åtgärder
Planen omfattar följande åtgärder:

      Samlade provtransporter mellan vårdcentralerna – 0,9 mkr (2031)
      Egen städning på länssjukhusets mottagningar ger en besparing om 1,1 mkr år
      2031
      Färre inhyrda undersköterskor på akuten: 2,4 mkr 2031
`);
    expect(effectsByTitle(doc)).toEqual([
      ['Samlade provtransporter mellan vårdcentralerna', [[2031, 0.9]]],
      [expect.stringMatching(/^Egen städning på länssjukhusets mottagningar/), [[2031, 1.1]]],
      ['Färre inhyrda undersköterskor på akuten', [[2031, 2.4]]],
    ]);
  });
});
