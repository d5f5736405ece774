/**
 * A borderless measure table with a column of two years together beside a year of its own ("2031 |
 * 2032–2033"): the year's column is read; the range column's figures are amounts, told — a range may
 * hold each year's figure or their sum, which the header alone does not say. Before, the whole table
 * was refused. When the note under the table says the figures hold per year ("… gäller för vart och ett
 * av åren"), the range's figure is each of its years' effect. Prose naming a period ("under 2032–2033")
 * makes no header. Wording and figures made up.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';

describe('a column of a range of years beside a year', () => {
  it('reads the year, tells the range column and gives its figures as amounts', () => {
    const doc = analyzeText(`# Åtgärdsplan för hjälpmedel 2031–2033
## Åtgärder
Tabell 1. Åtgärder, mkr
Åtgärd                              2031        2032–2033
Samlad förskrivning av rullstolar   1,2         2,6
Färre specialanpassade sängar       0,7         1,5
Summa                               1,9         4,1

Planen följs upp varje halvår.
`);
    expect(effectsByTitle(doc)).toEqual([
      ['Samlad förskrivning av rullstolar', [[2031, 1.2]]],
      ['Färre specialanpassade sängar', [[2031, 0.7]]],
    ]);
    expect(doc.warnings.some((w) => /2032–2033 together/.test(w.message))).toBe(true);
    expect(doc.amounts.map((a) => a.amountMsek)).toEqual(expect.arrayContaining([2.6, 1.5, 4.1]));
  });

  it('reads the range for each of its years when the note under the table says the figures are per year', () => {
    const doc = analyzeText(`# Åtgärdsplan för hjälpmedel 2031–2033
## Åtgärder
Tabell 1. Åtgärder, mkr
Åtgärd                              2031        2032–2033
Samlad förskrivning av rullstolar   1,2         2,6
Färre specialanpassade sängar       0,7         1,5
Summa                               1,9         4,1

Beloppen under 2032–2033 gäller för vart och ett av åren.
`);
    expect(effectsByTitle(doc)).toEqual([
      [
        'Samlad förskrivning av rullstolar',
        [
          [2031, 1.2],
          [2032, 2.6],
          [2033, 2.6],
        ],
      ],
      [
        'Färre specialanpassade sängar',
        [
          [2031, 0.7],
          [2032, 1.5],
          [2033, 1.5],
        ],
      ],
    ]);
    expect(doc.totals.map((t) => [t.year, t.amountMsek, t.reconciled])).toEqual([
      [2031, 1.9, true],
      [2032, 4.1, true],
      [2033, 4.1, true],
    ]);
    expect(doc.warnings.some((w) => /together/.test(w.message))).toBe(false);
  });

  it('a period in prose is no header', () => {
    const doc = analyzeText(`# Rapport
Kostnaderna beräknas öka under 2031 och under 2032–2033 med 2,6 mkr.
`);
    expect(doc.measures).toEqual([]);
  });
});
