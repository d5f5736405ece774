/**
 * A table whose unit stands in the first year's head only ("Besparing 2031 mkr | Besparing 2032 |
 * Besparing 2033"): the year with its unit is a column head, not 2 031 mkr. A year with a unit in prose
 * that goes on with the next year ("… 2030 mkr under 2031") stays money. Wording and figures made up
 * for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const amounts = (text: string) => analyzeText(text).amounts.map((a) => a.amountMsek);

describe('a unit in the first year head only', () => {
  it('reads no amount from the head', () => {
    const got = amounts(`# Plan för hjälpmedelscentralen 2031–2033

Åtgärd                        Besparing 2031 mkr      Besparing 2032      Besparing 2033
Gemensamt lager               1,4                     1,9                 2,2
Färre transporter             0,6                     0,8                 0,9
`);
    expect(got).not.toContain(2031);
  });

  it('keeps a year-sized figure with its unit in prose', () => {
    const got = amounts(`# Plan för hjälpmedelscentralen 2031–2033

Regionens kostnader för hjälpmedel uppgick till 2030 mkr under 2031 enligt bokslutet.
`);
    expect(got).toContain(2030);
  });
});
