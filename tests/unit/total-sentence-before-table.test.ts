/**
 * A plan that states its total in a sentence before the measure table, which itself has no total row:
 * "Sammantaget beräknas åtgärderna ge 4,5 mkr 2031 och 6,0 mkr 2032." then the caption and the rows.
 * Nothing but its place ties the sentence to the rows below, so it is their total only when each of its
 * figures is its year's sum of the rows; otherwise it stays an amount and no total is claimed. Wording,
 * years and layout made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const plan = (sentence: string): string => `# Plan för minskade kostnader inom rättspsykiatrin 2031–2032

## Insatser
${sentence}
Tabellen anger beräknad effekt per år i mkr.
Insats                                        2031      2032
Gemensam nattbemanning på två avdelningar      2,5       3,5
Egen regi för transporter mellan enheterna     2,0       2,5

## Förslag till beslut
Nämnden föreslås besluta att fastställa planen.`;

describe('a total stated in a sentence right above the measure table', () => {
  it('is the table’s total when its figures are the rows’ sums', () => {
    const doc = analyzeText(plan('Sammantaget beräknas insatserna ge 4,5 mkr 2031 och 6,0 mkr 2032.'));
    expect(doc.measures).toHaveLength(2);
    expect(doc.totals.map((t) => [t.year, t.amountMsek, t.reconciled])).toEqual([
      [2031, 4.5, true],
      [2032, 6, true],
    ]);
  });

  it('is no total when its figures are not the rows’ sums', () => {
    const doc = analyzeText(plan('Sammantaget beräknas insatserna ge 7,5 mkr 2031 och 9,0 mkr 2032.'));
    expect(doc.totals).toEqual([]);
  });

  it('is no total when it sums a budget, not the measures', () => {
    const doc = analyzeText(plan('Den totala budgetramen uppgår till 4,5 mkr 2031 och 6,0 mkr 2032.'));
    expect(doc.totals).toEqual([]);
  });
});
