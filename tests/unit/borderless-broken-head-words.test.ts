/**
 * Heads of a borderless table's columns that a narrow column broke inside a word, the rest on the line
 * under the row of years ("Nettoeffek" / "t", "Ackumulera" / "t 2032"): that line is header, not a row
 * or a group's name, the broken heads are words again, and the figures under them are amounts named by
 * their column. A head wider than its figures names them though it overhangs them. Wording and figures
 * made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';

const read = (text: string) => {
  const doc = analyzeText(text);
  return {
    measures: effectsByTitle(doc),
    totals: doc.totals.map((t): [number, number] => [t.year, t.amountMsek]),
    amounts: doc.amounts.map((a) => [a.amountMsek, a.context.split(':')[0]]),
    warnings: doc.warnings.map((w) => w.code).filter((code) => code !== 'REGION_UNKNOWN'),
  };
};

const PLAN = `# Besparingsplan för tandvården 2031–2032
Belopp i mkr.

Insats                        Startkostna  2031   2032  Ackumulera  Helårsbespa
                                       d                   t 2032         ring
Samlad beställning av tandteknik  0,4       1,1    0,9         2,0          1,2
Färre akuttider på kvällstid       –        0,6    0,3         0,9          0,7
Summa                            0,4        1,7    1,2         2,9          1,9

Planen följs upp varje tertial.`;

describe('head words broken in narrow borderless columns', () => {
  it('keeps the line of rests in the header and reads the measures and totals', () => {
    const got = read(PLAN);
    expect(got.measures).toEqual([
      [
        'Samlad beställning av tandteknik',
        [
          [2031, 1.1],
          [2032, 0.9],
        ],
      ],
      [
        'Färre akuttider på kvällstid',
        [
          [2031, 0.6],
          [2032, 0.3],
        ],
      ],
    ]);
    expect(got.totals).toEqual([
      [2031, 1.7],
      [2032, 1.2],
    ]);
    expect(got.warnings).toEqual([]);
  });

  it('names the columns beside the years by their joined heads', () => {
    const got = read(PLAN);
    expect(got.amounts).toEqual(
      expect.arrayContaining([
        [2, 'Ackumulerat 2032'],
        [0.4, 'Startkostnad'],
        [2.9, 'Ackumulerat 2032'],
      ]),
    );
    // A full-year column's figures are amounts with their row as context.
    expect(got.amounts).toEqual(
      expect.arrayContaining([[1.2, 'Samlad beställning av tandteknik 0,4 1,1 0,9 2,0 1,2']]),
    );
  });
});
