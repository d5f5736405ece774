/**
 * In a list whose items print their savings unsigned, an item whose figures carry a minus and no word of
 * direction is ambiguous (a new cost, or a cost pool that falls): it is read as the saving's size and
 * told, as where every item carries the minus (the list's way of writing a saving). Wording made up for
 * this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';

describe('a minus-signed item among unsigned savings', () => {
  it('is read as its size, told', () => {
    const doc = analyzeText(`# Åtgärdsplan 2031

## Planerade insatser
• Samordnad nattbemanning på två vårdavdelningar: 1,4 mkr 2031
• Egen sterilcentral i stället för köpt tjänst (0,8 mkr 2031)
• Nytt bokningsstöd för mottagningarna: −0,3 mkr 2031
`);
    expect(effectsByTitle(doc)).toEqual([
      ['Samordnad nattbemanning på två vårdavdelningar', [[2031, 1.4]]],
      ['Egen sterilcentral i stället för köpt tjänst', [[2031, 0.8]]],
      ['Nytt bokningsstöd för mottagningarna', [[2031, 0.3]]],
    ]);
    expect(doc.warnings.some((w) => /Nytt bokningsstöd/.test(w.message))).toBe(true);
  });

  it('stays a saving where every item is minus-signed', () => {
    const doc = analyzeText(`# Åtgärdsplan 2031

## Planerade insatser
• Samordnad nattbemanning på två vårdavdelningar: −1,4 mkr 2031
• Egen sterilcentral i stället för köpt tjänst: −0,8 mkr 2031
• Nytt bokningsstöd för mottagningarna: −0,3 mkr 2031
`);
    expect(effectsByTitle(doc)).toEqual([
      ['Samordnad nattbemanning på två vårdavdelningar', [[2031, 1.4]]],
      ['Egen sterilcentral i stället för köpt tjänst', [[2031, 0.8]]],
      ['Nytt bokningsstöd för mottagningarna', [[2031, 0.3]]],
    ]);
  });
});
