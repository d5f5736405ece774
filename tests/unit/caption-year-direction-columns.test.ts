/**
 * A table of one year's figures split into columns by what they do to the result ("Lägre kostnader |
 * Högre intäkter | Merkostnad"), every figure printed unsigned, the year only in the caption: each row's
 * effect is its figure signed by its column (a column of added costs or lost revenue worsens the result).
 * A header with any other figure column is left to the other readings. Wording and figures made up here.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';
import { pagesFromText, withRuledTable } from '../helpers/text-pages.ts';

const read = (caption: string, rows: string[][]) => {
  const text = `## Insatser\n${caption}\n${rows.map((r) => r.join('    ')).join('\n')}\n\nInsatserna följs upp varje tertial.\n`;
  const doc = analyzeText(withRuledTable(pagesFromText(text), rows));
  return { measures: effectsByTitle(doc), totals: doc.totals.map((t) => [t.year, t.amountMsek]) };
};

describe('columns named by direction under a caption year', () => {
  it('signs each figure by its column', () => {
    const got = read('Tabell 5. Insatsernas effekt 2031, mkr', [
      ['Insats', 'Lägre kostnader', 'Högre intäkter', 'Merkostnad'],
      ['Samlad upphandling av rullstolar', '1,2', '', ''],
      ['Avgift för läkarintyg', '', '0,3', ''],
      ['Förstärkt nattbemanning på akuten', '', '', '0,8'],
      ['Summa', '1,2', '0,3', '0,8'],
    ]);
    expect(got.measures).toEqual([
      ['Samlad upphandling av rullstolar', [[2031, 1.2]]],
      ['Avgift för läkarintyg', [[2031, 0.3]]],
      ['Förstärkt nattbemanning på akuten', [[2031, -0.8]]],
    ]);
    expect(got.totals).toEqual([[2031, 0.7]]);
  });

  it('reads nothing this way when the caption names no year or another column stands beside', () => {
    const rows = [
      ['Insats', 'Lägre kostnader', 'Merkostnad'],
      ['Samlad upphandling av rullstolar', '1,2', ''],
      ['Förstärkt nattbemanning på akuten', '', '0,8'],
    ];
    expect(read('Tabell 5. Insatsernas effekt, mkr', rows).measures.flatMap(([, e]) => e)).toEqual([]);
    const withOther = rows.map((r, i) => [...r, i === 0 ? 'Ansvarig' : 'Chef']);
    expect(read('Tabell 5. Insatsernas effekt 2031, mkr', withOther).measures.flatMap(([, e]) => e)).toEqual(
      [],
    );
  });
});
