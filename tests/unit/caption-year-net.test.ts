/**
 * A table of one year's gross figure, cost and net whose header names no year ("Bruttobesparing |
 * Merkostnad | Nettoresultat"): the year stands in the caption above it, and the net column is that year's
 * effect. A caption naming several years gives none; other years above the table make the reading unsure.
 * Wording and figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';
import { pagesFromText, withRuledTable } from '../helpers/text-pages.ts';

const rows = [
  ['Insats', 'Bruttobesparing', 'Merkostnad', 'Nettoresultat'],
  ['Färre kliniker i glesbygd', '900', '−250', '650'],
  ['Gemensam sterilcentral', '400', '–', '400'],
  ['Summa', '1 300', '−250', '1 050'],
];
const read = (above: string) => {
  const text = `${above}\n${rows.map((r) => r.join('    ')).join('\n')}\n\nInsatserna följs upp varje tertial.\n`;
  const pages = withRuledTable(pagesFromText(text), rows);
  const doc = analyzeText(pages);
  return {
    measures: effectsByTitle(doc),
    totals: doc.totals.map((t) => [t.year, t.amountMsek]),
    amounts: doc.amounts.map((a) => a.amountMsek),
    unsure: doc.warnings.filter((w) => w.code === 'AMBIGUOUS_TABLE').length,
  };
};

describe('the year of a gross / cost / net table in its caption', () => {
  it('reads the net column as the effect of the caption year', () => {
    const got = read('## Insatser\nTabell 4. Insatsernas resultat under 2030, tkr');
    expect(got.measures).toEqual([
      ['Färre kliniker i glesbygd', [[2030, 0.65]]],
      ['Gemensam sterilcentral', [[2030, 0.4]]],
    ]);
    expect(got.totals).toEqual([[2030, 1.05]]);
    expect(got.amounts).toEqual(expect.arrayContaining([0.9, -0.25, 1.3]));
    expect(got.unsure).toBe(0);
  });

  it('warns when the text above the table names other years too', () => {
    const got = read('## Besparingsplan 2029–2031\nTabell 4. Insatsernas resultat under 2030, tkr');
    expect(got.measures).toEqual([
      ['Färre kliniker i glesbygd', [[2030, 0.65]]],
      ['Gemensam sterilcentral', [[2030, 0.4]]],
    ]);
    expect(got.unsure).toBeGreaterThan(0);
  });

  it('reads no year from a caption that names a period or several years', () => {
    for (const caption of ['Insatsernas resultat 2030–2031, tkr', 'Insatsernas resultat 2030 och 2031 (tkr)'])
      expect(read(`## Insatser\nTabell 4. ${caption}`).measures.flatMap(([, effects]) => effects)).toEqual(
        [],
      );
  });
});
