/**
 * Key-figure boxes stand side by side and wrap inside their narrow frames, so each box's unit falls onto
 * the line below its figure while the next box's words follow the figure on its own line: "Prognos för
 * helåret: −12,5   Budgetavvikelse: 3,2" over "mkr   mkr". A unit alone under a segment that ends in a
 * bare figure is that figure's. Wording and layout made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const amountsOf = (text: string): number[] => analyzeText(text).amounts.map((a) => a.amountMsek);

describe('a unit wrapped under its figure in side-by-side boxes', () => {
  it('belongs to the figure above it, not to the next box', () => {
    const amounts = amountsOf(`# Läget efter tredje kvartalet

Prognos för helåret: −12,5     Budgetavvikelse: 3,2
          mkr                       mkr
`);
    expect(amounts).toEqual([-12.5, 3.2]);
  });

  it('leaves a figure whose thousands were set apart to the line it wraps from', () => {
    const amounts = amountsOf(`# Genomlysning av upphandlingen

Kostnaden för den externa genomlysningen av upphandlingen uppgick till 5      100
tkr.
`);
    expect(amounts).toEqual([5.1]);
  });

  it('stays where it is under words, or far from the figure', () => {
    const amounts = amountsOf(`# Läget efter tredje kvartalet

Antal vårdtillfällen 4 120     Kostnad per vårdtillfälle i
                                                            tkr
`);
    expect(amounts).toEqual([]);
  });
});
