/**
 * A sheet's ruled table whose first row is a caption cell spanning the number and title columns
 * ("Åtgärder per område, mkr" over Nr and Åtgärd): the narrow column is still the rows' numbers, so
 * the area rows numbered "1", "2" over "1.1", "2.1" head their rows and are no measures.
 * Wording and figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';
import { pagesFromText, withRuledTable } from '../helpers/text-pages.ts';

const rows = [
  ['Åtgärder per område, mkr', 'Åtgärder per område, mkr', '', ''],
  ['Nr', 'Åtgärd', '2030', '2031'],
  ['1', 'Ambulanssjukvård', '', ''],
  ['1.1', 'Samordnade transporter mellan sjukhusen', '0,6', '0,9'],
  ['1.2', 'Ny dygnsbemanning i glesbygd', '0,3', '0,5'],
  ['2', 'Hjälpmedel', '', ''],
  ['2.1', 'Återanvändning av rullstolar', '0,2', '0,4'],
  ['', 'Summa', '1,1', '1,8'],
];

describe('a number column under a caption cell spanning it', () => {
  it('reads the rows under their numbers and the area rows as no measures', () => {
    const text = `## Plan för ambulans och hjälpmedel\n${rows.map((r) => r.filter(Boolean).join('    ')).join('\n')}\n`;
    const doc = analyzeText(withRuledTable(pagesFromText(text), rows));
    expect(doc.measures.map((m) => [m.label, m.title, m.effects.map((e) => e.amountMsek)])).toEqual([
      ['1.1', 'Samordnade transporter mellan sjukhusen', [0.6, 0.9]],
      ['1.2', 'Ny dygnsbemanning i glesbygd', [0.3, 0.5]],
      ['2.1', 'Återanvändning av rullstolar', [0.2, 0.4]],
    ]);
    expect(doc.totals.map((t) => [t.year, t.amountMsek])).toEqual([
      [2030, 1.1],
      [2031, 1.8],
    ]);
  });
});
