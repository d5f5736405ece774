/**
 * A measure table without rulings grouped by area: a line naming the area over its rows, a subtotal
 * closing each group and a total of them all (or groups closed by subtotals alone). The scan must read
 * past a subtotal to the next group and to the total; the area line must not become part of the
 * first measure's title; the subtotals are amounts of the paper, the last row the table's total.
 * Wording and figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };
const read = (text: string) => {
  const doc = analyzePages(pagesFromText(text), { fileName: 'test.pdf', info });
  return {
    measures: doc.measures.map((m) => [m.title, m.effects.map((e) => e.amountMsek)]),
    totals: doc.totals.map((t) => [t.label, t.year, t.amountMsek, t.reconciled]),
    amounts: doc.amounts.map((a) => a.amountMsek),
    unsure: doc.warnings.filter((w) => w.code === 'AMBIGUOUS_TABLE').map((w) => w.message),
  };
};

describe('a borderless table grouped by area', () => {
  it('reads every group, takes the area lines for names and the last row for the total', () => {
    const got = read(`# Åtgärdsplan för länstrafiken
Tabell 3 Åtgärder per trafikslag (mkr)
Åtgärd                                  2027    2028
Busstrafik
Glesare turer på helger                  0,8     1,2
Nya fordonsavtal                         1,4     1,6
Summa busstrafik                         2,2     2,8
Tågtrafik
Kortare tåg under lågtrafik              0,5     0,9
Summa tågtrafik                          0,5     0,9
Totalt                                   2,7     3,7

Planen följs upp i varje nämndsammanträde.`);
    expect(got.measures).toEqual([
      ['Glesare turer på helger', [0.8, 1.2]],
      ['Nya fordonsavtal', [1.4, 1.6]],
      ['Kortare tåg under lågtrafik', [0.5, 0.9]],
    ]);
    expect(got.totals).toEqual([
      ['Totalt', 2027, 2.7, true],
      ['Totalt', 2028, 3.7, true],
    ]);
    expect(got.amounts).toEqual(expect.arrayContaining([2.2, 2.8, 0.5, 0.9]));
    expect(got.unsure).toEqual([]);
  });

  it('reads on past a subtotal when the next group has no name line', () => {
    const got = read(`# Åtgärdsplan för länstrafiken
Tabell 3 Åtgärder per trafikslag (mkr)
Åtgärd                                  2027    2028
Glesare turer på helger                  0,8     1,2
Nya fordonsavtal                         1,4     1,6
Summa busstrafik                         2,2     2,8
Kortare tåg under lågtrafik              0,5     0,9
Summa tågtrafik                          0,5     0,9
Totalt                                   2,7     3,7`);
    expect(got.measures.map((m) => m[0])).toEqual([
      'Glesare turer på helger',
      'Nya fordonsavtal',
      'Kortare tåg under lågtrafik',
    ]);
    expect(got.totals).toEqual([
      ['Totalt', 2027, 2.7, true],
      ['Totalt', 2028, 3.7, true],
    ]);
  });

  it('keeps two tables apart when a caption and a header of years stand between them', () => {
    const got = read(`# Åtgärdsplan för länstrafiken
Tabell 3 Åtgärder (mkr)
Åtgärd                                  2027    2028
Glesare turer på helger                  0,8     1,2
Nya fordonsavtal                         1,4     1,6
Summa                                    2,2     2,8

Tabell 4 Intäktsåtgärder (mkr)
Åtgärd                                  2027    2028
Laddavgifter vid depån                   6,0     4,0
Summa                                    6,0     4,0`);
    expect(got.measures.map((m) => m[0])).toEqual([
      'Glesare turer på helger',
      'Nya fordonsavtal',
      'Laddavgifter vid depån',
    ]);
    expect(got.totals.filter((t) => t[3] !== true)).toEqual([]);
    expect(got.totals.map((t) => t[2])).toEqual([2.2, 2.8, 6, 4]);
  });

  it('tells a table with rows of several lines as unsure when its top line may name a group', () => {
    const got = read(`# Åtgärdsplan för länstrafiken
Tabell 3 Åtgärder (mkr)
Åtgärd                                  2027    2028
Busstrafik
Glesare turer på helger                  0,8     1,2
Nya fordonsavtal för regionbussarna
med krav på eldrift                      1,4     1,6
Summa                                    2,2     2,8`);
    expect(got.unsure.join(' ')).toContain('Busstrafik');
  });
});
