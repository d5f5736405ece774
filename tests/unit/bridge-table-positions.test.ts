/**
 * A bridge table goes from a starting position through the measures to a result: "Prognos före
 * åtgärder −220", the measures, "Summa åtgärder 95", "Prognos efter åtgärder −125". The total sums the
 * measures only; the first and last rows are positions (amounts of the paper), not measures. Told by
 * arithmetic alone: the total leaves the first row out, and the first row has the other sign in every
 * year or, with the total, gives a row after it. Wording and figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';
import { pagesFromText, withRuledTable } from '../helpers/text-pages.ts';

const read = (rows: string[][]) => {
  const text = `## Ekonomisk plan för tandvården\nTabell 2. Åtgärder och prognos, mnkr\n${rows.map((r) => r.join('    ')).join('\n')}\n\nPlanen följs upp varje tertial.\n`;
  const pages = withRuledTable(pagesFromText(text), rows);
  const doc = analyzeText(pages);
  return {
    measures: effectsByTitle(doc).map(([title]) => title),
    totals: doc.totals.map((t) => [t.year, t.amountMsek, t.sumOfMeasures]),
    amounts: doc.amounts.map((a) => a.amountMsek),
  };
};

describe('a bridge from a forecast to the result after the measures', () => {
  it('reads the first and last rows as amounts, not measures', () => {
    const got = read([
      ['Åtgärd', '2031', '2032'],
      ['Prognos före åtgärder', '−220', '−240'],
      ['Samordnade jourlinjer', '30', '40'],
      ['Färre externa konsulter', '25', '25'],
      ['Gemensam materialförsörjning', '40', '45'],
      ['Summa åtgärder', '95', '110'],
      ['Prognos efter åtgärder', '−125', '−130'],
    ]);
    expect(got.measures).toEqual([
      'Samordnade jourlinjer',
      'Färre externa konsulter',
      'Gemensam materialförsörjning',
    ]);
    expect(got.totals).toEqual([
      [2031, 95, 95],
      [2032, 110, 110],
    ]);
    expect(got.amounts).toEqual(expect.arrayContaining([-220, -240, -125, -130]));
  });

  it('a gap to close, same sign, told by the row after the total', () => {
    const got = read([
      ['Åtgärd', '2031', '2032'],
      ['Underskott att hantera', '150', '160'],
      ['Samordnade jourlinjer', '30', '40'],
      ['Färre externa konsulter', '25', '25'],
      ['Gemensam materialförsörjning', '40', '45'],
      ['Summa åtgärder', '95', '110'],
      ['Kvar att hantera', '55', '50'],
    ]);
    expect(got.measures).toEqual([
      'Samordnade jourlinjer',
      'Färre externa konsulter',
      'Gemensam materialförsörjning',
    ]);
  });

  it('keeps a first measure that the total sums', () => {
    const got = read([
      ['Åtgärd', '2031', '2032'],
      ['Samordnade jourlinjer', '30', '40'],
      ['Färre externa konsulter', '25', '25'],
      ['Gemensam materialförsörjning', '40', '45'],
      ['Summa åtgärder', '95', '110'],
    ]);
    expect(got.measures).toHaveLength(3);
  });

  it('keeps a first row of the same sign that the total leaves out when nothing after it bridges', () => {
    const got = read([
      ['Åtgärd', '2031', '2032'],
      ['Redan beslutad avveckling av lokaler', '12', '12'],
      ['Samordnade jourlinjer', '30', '40'],
      ['Färre externa konsulter', '25', '25'],
      ['Gemensam materialförsörjning', '40', '45'],
      ['Summa åtgärder', '95', '110'],
    ]);
    expect(got.measures).toHaveLength(4);
  });
});
