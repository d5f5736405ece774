/**
 * A table of a year's parts and its whole whose header names no year ("Kvartal 1 | … | Kvartal 4 | Hela
 * året", "T1 | T2 | T3 | Totalt"): the year stands in the caption. The whole is that year's effect, the
 * parts are amounts, never years. A caption naming no single year gives none. Wording and figures made up
 * for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';
import { pagesFromText, withRuledTable } from '../helpers/text-pages.ts';

const read = (caption: string, heads: string[], whole = true) => {
  const rows = [
    ['Förändring', ...heads],
    ['Nytt schema för ambulansen', '0,2', '0,3', '0,4', ...(whole ? ['0,9'] : [])],
    ['Lägre lokalkostnad i Nordväst', '0,1', '0,1', '0,2', ...(whole ? ['0,4'] : [])],
    ['Summa', '0,3', '0,4', '0,6', ...(whole ? ['1,3'] : [])],
  ];
  const text = `# Uppföljning\n${caption}\n${rows.map((r) => r.join('    ')).join('\n')}\n`;
  const doc = analyzeText(withRuledTable(pagesFromText(text), rows));
  return {
    measures: effectsByTitle(doc),
    totals: doc.totals.map((t) => [t.year, t.amountMsek]),
    amounts: doc.amounts.map((a) => a.amountMsek),
  };
};

describe('parts of a year with the year only in the caption', () => {
  for (const heads of [
    ['T1', 'T2', 'T3', 'Totalt'],
    ['Tertial 1', 'Tertial 2', 'Tertial 3', 'Hela året'],
  ])
    it(`reads the whole of "${heads.join(' | ')}" as the caption year's effect`, () => {
      const got = read('Tabell 3. Förändringarnas effekt 2031, mkr', heads);
      expect(got.measures).toEqual([
        ['Nytt schema för ambulansen', [[2031, 0.9]]],
        ['Lägre lokalkostnad i Nordväst', [[2031, 0.4]]],
      ]);
      expect(got.totals).toEqual([[2031, 1.3]]);
      expect(got.amounts).toEqual(expect.arrayContaining([0.2, 0.3, 0.4, 0.1]));
    });

  it('reads no year when the caption names a period', () => {
    const got = read('Tabell 3. Förändringarnas effekt 2031–2032, mkr', ['T1', 'T2', 'T3', 'Totalt']);
    expect(got.measures.flatMap(([, effects]) => effects)).toEqual([]);
  });
});
