/**
 * A plan written as numbered sections: each area's section opens with a sentence summing its measures
 * ("Sammantaget ger området …"), and a closing sentence sums the plan. The areas' sentences add up to the
 * plan's: they are subtotals — amounts of the paper — and the plan's sentence is the total. Wording of
 * this test alone.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const paper = (planSum: string) => `# Åtgärdsplan 2026–2027

## 1 Hjälpmedel

Sammantaget ger området 1,5 mkr 2026 och 2,0 mkr 2027.

**1.1 Återanvändning av gånghjälpmedel**

Effekt 2026: 0,9 mkr. Effekt 2027: 1,2 mkr.

**1.2 Färre hembesök vid utprovning**

Effekt 2026: 0,6 mkr. Effekt 2027: 0,8 mkr.

## 2 Sjukresor

Sammantaget ger området 0,7 mkr 2026 och 1,1 mkr 2027.

**2.1 Samåkning till dialysen**

Effekt 2026: 0,3 mkr. Effekt 2027: 0,5 mkr.

**2.2 Egen beställningscentral**

Effekt 2026: 0,4 mkr. Effekt 2027: 0,6 mkr.

## 3 Sammanfattning

Totalt ger planen ${planSum}.
`;

describe('sentences summing areas under a sentence summing the plan', () => {
  it("reads the areas' sentences as amounts and the plan's as the total", () => {
    const doc = analyzeText(paper('2,2 mkr 2026 och 3,1 mkr 2027'));
    expect(doc.totals.map((t) => [t.year, t.amountMsek])).toEqual([
      [2026, 2.2],
      [2027, 3.1],
    ]);
    const figures = doc.amounts.map((a) => a.amountMsek);
    for (const x of [1.5, 2, 0.7, 1.1]) expect(figures).toContain(x);
  });
});
