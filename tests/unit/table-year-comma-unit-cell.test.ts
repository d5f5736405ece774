/**
 * A header cell naming its year and its unit parted by a comma, "2031, tkr" — often wrapped so the unit
 * stands under the year ("2031," over "tkr"). The cell gives the column its year and its unit, as
 * "2031 (tkr)" does. Layout and wording made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { pagesWithCellTable as withCells } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };

describe('a year header cell with its unit after a comma', () => {
  it('reads "2031,\\ntkr" and "2032, tkr" as years in tkr', () => {
    const doc = analyzePages(
      withCells('## Insatser inom psykiatrin', [
        ['Löpnr', 'Insats', 'Notering', '2031,\ntkr', '2032, tkr'],
        ['P1', 'Egen jourlinje i stället för köpt telefonrådgivning', 'Start i april', '820', '1 640'],
        ['P2', 'Gruppbehandling vid lätt depression', 'Pilot', '310', '450'],
        ['', 'Totalt', '', '1 130', '2 090'],
      ]),
      { fileName: 't.pdf', info },
    );
    expect(doc.measures.map((m) => [m.title, m.effects.map((e) => [e.year, e.amountMsek])])).toEqual([
      [
        'Egen jourlinje i stället för köpt telefonrådgivning',
        [
          [2031, 0.82],
          [2032, 1.64],
        ],
      ],
      [
        'Gruppbehandling vid lätt depression',
        [
          [2031, 0.31],
          [2032, 0.45],
        ],
      ],
    ]);
    expect(doc.totals.map((t) => [t.year, t.amountMsek])).toEqual([
      [2031, 1.13],
      [2032, 2.09],
    ]);
  });
});
