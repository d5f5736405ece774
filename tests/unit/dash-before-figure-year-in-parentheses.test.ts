/**
 * A spaced dash between a title and "figure unit (year)" parts the two, as it does before "figure unit
 * year": "Egen tvätt – 1,2 mkr (2030), 1,6 mkr (2031)" is a saving of 1,2 and 1,6, no minus. After a word
 * naming a level (a result, a forecast) the dash stays a minus. Wording made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { findAmounts } from '../../parsers/swedish/amounts.ts';
import { analyzeText } from '../helpers/analyze-text.ts';

const values = (text: string) => findAmounts(text).map((a) => a.amountMsek);

describe('a spaced dash before a figure whose year stands in parentheses', () => {
  it('is punctuation after a title', () => {
    expect(values('Egen tvätt av operationskläder – 1,2 mkr (2030), 1,6 mkr (2031)')).toEqual([1.2, 1.6]);
    expect(values('Samlade transporter till laboratoriet — 450 tkr (2031)\nNästa rad')).toEqual([0.45]);
  });

  it('stays a minus after a level word', () => {
    expect(values('Prognos helår – 6,5 mkr (2030), därefter balans')).toEqual([-6.5]);
  });

  it('gives positive effects to a list item', () => {
    const doc = analyzeText(`# Åtgärdsplan 2030–2031

## Åtgärder
• Egen tvätt av operationskläder – 1,2 mkr (2030), 1,6 mkr (2031)
• Gemensam upphandling av förband – 0,8 mkr (2031)
`);
    expect(doc.measures.map((m) => [m.title, m.effects.map((e) => [e.year, e.amountMsek])])).toEqual([
      [
        'Egen tvätt av operationskläder',
        [
          [2030, 1.2],
          [2031, 1.6],
        ],
      ],
      ['Gemensam upphandling av förband', [[2031, 0.8]]],
    ]);
  });
});
