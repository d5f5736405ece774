/**
 * "Effekt 2030 (del av år) | Helårseffekt": a measure starting during the year has, for that year, the
 * effect of the part it runs; the column is the year's effect, and the full-year figure beside it (which
 * names no year) stays an amount. Wording and figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';
import { pagesFromText, withRuledTable } from '../helpers/text-pages.ts';

const read = (head: string) => {
  const rows = [
    ['Förändring', head, 'Helårseffekt'],
    ['Färre hyrda läkare på akuten', '0,8', '2,4'],
    ['Ny rutin för sjukresor', '0,3', '1,1'],
    ['Summa', '1,1', '3,5'],
  ];
  const text = `# Förändringar under året\nEkonomisk effekt, mkr\n${rows.map((r) => r.join('    ')).join('\n')}\n`;
  const doc = analyzeText(withRuledTable(pagesFromText(text), rows));
  return {
    measures: effectsByTitle(doc),
    totals: doc.totals.map((t) => [t.year, t.amountMsek]),
    amounts: doc.amounts.map((a) => a.amountMsek),
  };
};

describe('a part-year column beside a full-year effect', () => {
  for (const head of ['Effekt 2030 (del av år)', '2030 (delår)', 'Besparing 2030 (del av året)'])
    it(`reads "${head}" as the year's effect and the full year as an amount`, () => {
      const got = read(head);
      expect(got.measures).toEqual([
        ['Färre hyrda läkare på akuten', [[2030, 0.8]]],
        ['Ny rutin för sjukresor', [[2030, 0.3]]],
      ]);
      expect(got.totals).toEqual([[2030, 1.1]]);
      expect(got.amounts).toEqual(expect.arrayContaining([2.4, 1.1, 3.5]));
    });
});
