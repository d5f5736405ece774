/**
 * A cell spanning several columns is read into each of them (a total row's "Summa för planen" over
 * the Nr and measure columns, or a section row over the whole width): such a copy says nothing of
 * what the narrow column holds, so the number column is still the number column and the spanning
 * row gets no row number. And a period cell broken by a page break ("2033–" / "2035") leaves a
 * year alone at the top of the next page: no year header, as the column below holds words. Hand-built cells in an order the fixture generators never make.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { spannedCell } from '../../parsers/extract/tables.ts';
import type { Page } from '../../parsers/page-model.ts';
import { pagesFromText, pagesWithCellTable as withCells } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };

describe('spanned cells', () => {
  it('are the same text as a neighbouring cell of the row', () => {
    expect(spannedCell(['Summa', 'Summa', '1 200'], 0)).toBe(true);
    expect(spannedCell(['3', 'Egen jourlinje', '1 200'], 0)).toBe(false);
    expect(spannedCell(['', '', '1 200'], 0)).toBe(false);
  });

  it('keep the number column of a table whose total spans Nr and the measure', () => {
    const doc = analyzePages(
      withCells('## Åtgärder\nBelopp i tkr', [
        ['Åtgärd', 'Löpnr', 'Effekt 2031', 'Effekt 2032'],
        ['Egen jourlinje i Kiruna', '1', '1 200', '1 400'],
        ['Färre IT-konsulter', '2', '300', '–'],
        ['Summa för planen', 'Summa för planen', '1 500', '1 400'],
      ]),
      { fileName: 'test.pdf', info },
    );
    expect(doc.measures.map((m) => [m.label, m.title])).toEqual([
      ['1', 'Egen jourlinje i Kiruna'],
      ['2', 'Färre IT-konsulter'],
    ]);
    expect(doc.totals.map((t) => [t.year, t.amountMsek])).toEqual([
      [2031, 1.5],
      [2032, 1.4],
    ]);
  });
});

describe('a table of cells going on over a page without its header', () => {
  it('does not take the year of a period cell broken by the page ("2033–" / "2035") for a new header', () => {
    const pages = pagesFromText('## Insatser\nBelopp i mnkr\n(tabell)\f(tabell forts.)');
    const [one, two] = pages as [Page, Page];
    const box = { x: 60, y: 100, width: 480, height: 300 };
    one.tables = [
      {
        source: 'struct',
        box,
        rows: [
          ['Insats', 'Genomförs', '2033', '2034'],
          ['Ny nattjour i Kiruna', 'hösten 2032', '1,2', '1,4'],
          ['Färre IT-konsulter', '2033–', '0,3', '0,6'],
        ],
      },
    ];
    two.tables = [
      {
        source: 'struct',
        box,
        rows: [
          ['', '2035', '', ''],
          ['Gemensam tolkcentral', '2032–2034', '0,8', '0,9'],
          ['Digitala kallelser', 'Q2 2033', '–', '0,2'],
          ['Samlad hjälpmedelsförsörjning', 'Q4 2033', 'ca 0,4', '0,5'],
        ],
      },
    ];
    const doc = analyzePages(pages, { fileName: 'test.pdf', info });
    expect(doc.measures.map((m) => [m.title, m.effects.map((e) => e.amountMsek)])).toEqual([
      ['Ny nattjour i Kiruna', [1.2, 1.4]],
      ['Färre IT-konsulter', [0.3, 0.6]],
      ['Gemensam tolkcentral', [0.8, 0.9]],
      ['Digitala kallelser', [0.2]],
      ['Samlad hjälpmedelsförsörjning', [0.4, 0.5]],
    ]);
  });
});

describe('year columns of qualified figures', () => {
  it('keeps a year column whose cells are figures with "ca" and a unit', () => {
    const doc = analyzePages(
      withCells('## Insatser\nBelopp i mnkr', [
        ['Insats', '2034', '2035'],
        ['Ny nattjour i Kiruna', 'ca 1,2', 'ca 1,4 mnkr'],
        ['Färre IT-konsulter', 'cirka 0,3', '–'],
      ]),
      { fileName: 'test.pdf', info },
    );
    expect(doc.measures.map((m) => [m.title, m.effects.map((e) => e.amountMsek)])).toEqual([
      ['Ny nattjour i Kiruna', [1.2, 1.4]],
      ['Färre IT-konsulter', [0.3]],
    ]);
  });
});
