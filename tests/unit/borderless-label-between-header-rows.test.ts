/**
 * A borderless table whose header has two rows, the years over a row of units ("tkr" under each year),
 * with the label column's header cell spanning both rows and so printed on a line of its own between
 * them (as typesetters centre a spanning cell). The units row is the table's unit, the label line is
 * no row. Wording and figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };
const read = (text: string) => {
  const doc = analyzePages(pagesFromText(text), { fileName: 'test.pdf', info });
  return {
    measures: doc.measures.map((m) => [m.title, m.effects.map((e) => [e.year, e.amountMsek])]),
    totals: doc.totals.map((t) => [t.year, t.amountMsek]),
  };
};

describe('a label header centred between the year row and the unit row', () => {
  it('reads the units under the years (tkr) past the label line', () => {
    const got = read(`# Besparingar inom tandvårdens kliniker
                                                2031       2032
Insats
                                                 tkr        tkr
Gemensam sterilcentral                         1 250      2 000
Färre hyrtandläkare                              750        900
Totalt                                         2 000      2 900`);
    expect(got.measures).toEqual([
      [
        'Gemensam sterilcentral',
        [
          [2031, 1.25],
          [2032, 2],
        ],
      ],
      [
        'Färre hyrtandläkare',
        [
          [2031, 0.75],
          [2032, 0.9],
        ],
      ],
    ]);
    expect(got.totals).toEqual([
      [2031, 2],
      [2032, 2.9],
    ]);
  });

  it('takes no unit from a line of figures under the label line', () => {
    const got = read(`# Besparingar inom tandvårdens kliniker
                                                2031       2032
Insats
Gemensam sterilcentral                         1 250      2 000`);
    expect(got.measures).toEqual([]);
  });
});
