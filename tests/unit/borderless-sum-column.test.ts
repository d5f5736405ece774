/**
 * A row-sum column beside the years of a borderless table ("2031 2032 Totalt"): its figures are
 * amounts of the paper (no year's effect), also when its head is set left over figures set right,
 * and a header whose first year stands a word space after the column before it still names both
 * years. Wording and figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';

const read = (text: string) => {
  const doc = analyzeText(text);
  return {
    measures: effectsByTitle(doc),
    totals: doc.totals.map((t): [number, number] => [t.year, t.amountMsek]),
    amounts: doc.amounts.map((a) => a.amountMsek),
    warnings: doc.warnings.map((w) => w.code).filter((code) => code !== 'REGION_UNKNOWN'),
  };
};

describe('a row-sum column beside the years of a borderless table', () => {
  it('reads the sums as amounts when the head stands left of right-set figures', () => {
    const got = read(`# Hjälpmedelsplan 2031–2032
Belopp i mkr.
Insats                                  2031    2032 Totalt
Ny taxa för hörhjälpmedel                1,5     2,0            3,5
Samordnad upphandling av rullstolar      0,7     1,1            1,8
Summa                                    2,2     3,1            5,3

Planen följs upp i delårsrapporten.`);
    expect(got.measures).toEqual([
      [
        'Ny taxa för hörhjälpmedel',
        [
          [2031, 1.5],
          [2032, 2],
        ],
      ],
      [
        'Samordnad upphandling av rullstolar',
        [
          [2031, 0.7],
          [2032, 1.1],
        ],
      ],
    ]);
    expect(got.totals).toEqual([
      [2031, 2.2],
      [2032, 3.1],
    ]);
    expect(got.amounts).toEqual(expect.arrayContaining([3.5, 1.8, 5.3]));
    expect(got.warnings).toEqual([]);
  });

  it('reads both years when the first stands a word space after the column before it', () => {
    const got = read(`# Hjälpmedelsplan 2031–2032
Belopp i mkr.
Nr Insats                              Enhet 2031 2032 Totalt
1  Ny taxa för hörhjälpmedel           Syn    1,5  2,0    3,5
2  Samordnad upphandling av rullstolar Rörelse 0,7  1,1   1,8
   Summa                                      2,2  3,1    5,3

Planen följs upp i delårsrapporten.`);
    expect(got.measures.map(([, effects]) => effects)).toEqual([
      [
        [2031, 1.5],
        [2032, 2],
      ],
      [
        [2031, 0.7],
        [2032, 1.1],
      ],
    ]);
    expect(got.totals).toEqual([
      [2031, 2.2],
      [2032, 3.1],
    ]);
  });

  it('makes no table of one year and a sum column', () => {
    const got = read(`# Hjälpmedelsplan 2031
Belopp i mkr.
Insats                                  2031 Totalt
Ny taxa för hörhjälpmedel                1,5    1,5

Planen följs upp i delårsrapporten.`);
    expect(got.measures.flatMap(([, effects]) => effects)).not.toContainEqual([2031, 3]);
  });
});
