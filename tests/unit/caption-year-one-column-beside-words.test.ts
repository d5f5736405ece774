/**
 * One figure column of a year's effects named only "Effekt" or "Belopp", the year in the caption, with a
 * column of words beside it ("Ansvarig", "Status"): the words column holds no figure, so the one figure
 * column is still the caption year's effect. With two figure columns the named one is not taken. Wording and figures made up
 * for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';
import { pagesFromText, withRuledTable } from '../helpers/text-pages.ts';

const read = (rows: string[][]) => {
  const text = `# Besparingar\nTabell 2. Besparing 2032, mkr\n${rows.map((r) => r.join('    ')).join('\n')}\n`;
  const doc = analyzeText(withRuledTable(pagesFromText(text), rows));
  return { measures: effectsByTitle(doc), totals: doc.totals.map((t) => [t.year, t.amountMsek]) };
};

describe('one effect column beside a column of words, the year in the caption', () => {
  it('reads the figure column as the caption year', () => {
    const got = read([
      ['Förändring', 'Status', 'Belopp'],
      ['Lägre kostnad för tolkar', 'Pågår', '1,2'],
      ['Avslutat hyresavtal i Alby', 'Klar', '0,6'],
      ['Summa', '', '1,8'],
    ]);
    expect(got.measures).toEqual([
      ['Lägre kostnad för tolkar', [[2032, 1.2]]],
      ['Avslutat hyresavtal i Alby', [[2032, 0.6]]],
    ]);
    expect(got.totals).toEqual([[2032, 1.8]]);
  });

  it('does not take the named column for the year when two columns hold figures', () => {
    const got = read([
      ['Förändring', 'Utfall', 'Belopp'],
      ['Lägre kostnad för tolkar', '0,9', '1,2'],
      ['Avslutat hyresavtal i Alby', '0,4', '0,6'],
    ]);
    const effects = got.measures.flatMap(([, e]) => e).map(([, amount]) => amount);
    expect(effects).not.toContain(1.2);
    expect(effects).not.toContain(0.6);
  });
});
