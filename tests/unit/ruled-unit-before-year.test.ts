/**
 * A ruled table whose first year cell reads "Effekt, mkr 2031": the spanning head over the year columns
 * ("Effekt, mkr") joined to the first year under it, as a grid without the rule between the two header
 * rows reads them, or a template that sets the unit first. The unit before the year is the year's unit;
 * the column is 2031's, not lost. Wording and figures made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';
import { pagesFromText, withRuledTable } from '../helpers/text-pages.ts';

const ROWS = [
  ['1', 'Gemensam hjälpmedelscentral', '2,0', '2,5', '3,0'],
  ['2', 'Färre externa utbildningar', '0,6', '0,8', '0,8'],
  ['', 'Summa', '2,6', '3,3', '3,8'],
];

function paper(firstYearCell: string, caption = '') {
  const text = `# Handlingsplan för habiliteringen 2031–2033
Region Jämtland Härjedalen
${caption}
Nr  Åtgärd                         ${firstYearCell}   2032   2033
${ROWS.map(([n, t, a, b, c]) => `${n?.padEnd(4)}${t?.padEnd(31)}${a}   ${b}   ${c}`).join('\n')}
`;
  const pages = pagesFromText(text);
  withRuledTable(pages, [['Nr', 'Åtgärd', firstYearCell, '2032', '2033'], ...ROWS], { firstCell: 'Nr' });
  return analyzeText(pages);
}

describe('a unit before the year of a ruled header cell', () => {
  for (const cell of ['Effekt, mkr 2031', 'Effekt (mkr) 2031', 'mkr 2031']) {
    it(`reads "${cell}" as 2031 in mkr`, () => {
      const doc = paper(cell);
      expect(effectsByTitle(doc)).toEqual([
        [
          'Gemensam hjälpmedelscentral',
          [
            [2031, 2],
            [2032, 2.5],
            [2033, 3],
          ],
        ],
        [
          'Färre externa utbildningar',
          [
            [2031, 0.6],
            [2032, 0.8],
            [2033, 0.8],
          ],
        ],
      ]);
      expect(doc.totals.map((t) => [t.year, t.amountMsek, t.reconciled])).toEqual([
        [2031, 2.6, true],
        [2032, 3.3, true],
        [2033, 3.8, true],
      ]);
    });
  }

  it('tells a column of figures under a year it cannot read as that year, never drops it unseen', () => {
    const doc = paper('2031 prel. x', 'Belopp i mkr.\n');
    const years = effectsByTitle(doc).flatMap(([, effects]) => effects.map(([year]) => year));
    expect(years).not.toContain(2031);
    expect(doc.warnings.map((w) => w.message).join(' ')).toMatch(/2031 prel\. x.*not read as that year/);
  });

  it('says nothing of a column that names a level of the year before, an outcome or a budget', () => {
    const doc = paper('Utfall 2031', 'Belopp i mkr.\n');
    expect(doc.warnings.map((w) => w.message).join(' ')).not.toMatch(/not read as that year/);
  });
});
