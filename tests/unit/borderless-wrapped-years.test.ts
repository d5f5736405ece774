/**
 * A borderless table whose year columns are too narrow for their years: each year wraps inside its
 * header cell, "202" on one line and its last digit on the next, with the label column's header maybe
 * between them (centred in the header row). The years are read whole, the digits line is no row of
 * figures, and the table is read. Wording and figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };
const read = (text: string) => {
  const doc = analyzePages(pagesFromText(text), { fileName: 'test.pdf', info });
  return {
    measures: doc.measures.map((m) => [m.title, m.effects.map((e) => [e.year, e.amountMsek])]),
    totals: doc.totals.map((t) => [t.year, t.amountMsek, t.reconciled]),
  };
};

describe('years wrapped inside narrow header cells', () => {
  it('reads "202" over "6" as 2026, with the label header between them', () => {
    const got = read(`# Åtgärdsplan för tandvården
Tabell 2 Effekt per år (mkr)
                                              202    202
Åtgärd
                                               6      7
Kortare öppettider i receptionen              1,0    1,5
Färre konsultuppdrag                          2,0    2,5
Summa                                         3,0    4,0`);
    expect(got.measures).toEqual([
      [
        'Kortare öppettider i receptionen',
        [
          [2026, 1],
          [2027, 1.5],
        ],
      ],
      [
        'Färre konsultuppdrag',
        [
          [2026, 2],
          [2027, 2.5],
        ],
      ],
    ]);
    expect(got.totals).toEqual([
      [2026, 3, true],
      [2027, 4, true],
    ]);
  });

  it('does not join digits that do not stand under the first three', () => {
    const got = read(`# Åtgärdsplan för tandvården
Tabell 2 Antal besök
                                              202    202
Åtgärd
                                   6                         7
Kortare öppettider i receptionen              1,0    1,5`);
    expect(got.measures).toEqual([]);
  });
});
