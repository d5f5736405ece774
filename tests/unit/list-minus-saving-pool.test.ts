/**
 * A minus on one item of a list whose other items print their savings unsigned says no direction by
 * itself: the item may be a cost pool that falls ("Inhyrd personal: −2,5 mkr", a saving) as well as a
 * new cost. With no word of direction in the item, the minus is read as the saving's size, told — never
 * turned into a cost on the strength of its siblings. Wording made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';

describe('a minus-signed cost pool among unsigned savings', () => {
  it('stays a saving, told', () => {
    const doc = analyzeText(`# Åtgärdsplan Region Gotland 2027

## Åtgärder
• Egen tvätt av operationskläder: 1,2 mkr 2027
• Samordnade provtransporter mellan vårdcentralerna: 0,8 mkr 2027
• Inhyrd personal inom psykiatrin: −2,5 mkr 2027
`);
    expect(effectsByTitle(doc)).toContainEqual(['Inhyrd personal inom psykiatrin', [[2027, 2.5]]]);
    expect(doc.warnings.some((w) => /Inhyrd personal/.test(w.message))).toBe(true);
  });

  it('stays a saving under a lead-in of its own', () => {
    const doc = analyzeText(`# Åtgärdsplan Region Gotland 2027

## Åtgärder
Besparingar inom vården:
• Egen tvätt av operationskläder: 1,2 mkr 2027
• Samlad nattjour på Visby lasarett: 0,7 mkr 2027
Minskade volymer av köpta tjänster:
• Köpt röntgen från privata vårdgivare: −0,9 mkr 2027
`);
    const read = effectsByTitle(doc);
    expect(read.find(([t]) => /^Köpt röntgen/.test(t))?.[1]).toEqual([[2027, 0.9]]);
  });
});
