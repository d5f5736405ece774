/**
 * The same years printed twice in one header line under two group heads — money over the first run,
 * staff over the second — are read as one table: the money run is the years, the staff run columns
 * beside them whose figures are neither effects nor amounts. Cells and wording made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };

describe('a money run of years beside a staff run of the same years', () => {
  it('takes the run under the money head as the years and the other as staff', () => {
    const pages = pagesFromText(
      [
        '# Omställningsprogram för vuxenpsykiatrin',
        'Programmet beslutas av direktionen.',
        '',
        'Insatser per år',
        '                                       Nettoeffekt (tkr)          Heltidstjänster (FTE)',
        'Insats                                  2030        2031            2030        2031',
        'Gemensam nattbemanning i Lycksele        850       1 200               4           6',
        'Egen vikariepool för skötare             400         650               7           9',
        'Summa                                  1 250       1 850              11          15',
      ].join('\n'),
    );
    const doc = analyzePages(pages, { fileName: 'test.pdf', info });
    expect(doc.measures.map((m) => [m.title, m.effects.map((e) => [e.year, e.amountMsek])])).toEqual([
      [
        'Gemensam nattbemanning i Lycksele',
        [
          [2030, 0.85],
          [2031, 1.2],
        ],
      ],
      [
        'Egen vikariepool för skötare',
        [
          [2030, 0.4],
          [2031, 0.65],
        ],
      ],
    ]);
    expect(doc.totals.map((t) => [t.year, t.amountMsek])).toEqual([
      [2030, 1.25],
      [2031, 1.85],
    ]);
    const staff = [4, 6, 7, 9, 11, 15];
    expect(doc.amounts.filter((a) => staff.includes(a.amountMsek))).toEqual([]);
  });

  it('gives no amount from a staff column whose head is only its year or "Åa"', () => {
    const pages = pagesFromText(
      [
        '# Omställningsprogram för vuxenpsykiatrin',
        'Programmet beslutas av direktionen.',
        '',
        '                                   Besparing, mnkr                       Åa',
        'Insats                             2030      2031          2030        2031',
        'Gemensam nattbemanning i Lycksele   2,5       3,5            12          14',
        'Egen vikariepool för skötare        1,5       2,5            22          26',
      ].join('\n'),
    );
    const doc = analyzePages(pages, { fileName: 'test.pdf', info });
    expect(doc.measures.map((m) => m.effects.map((e) => [e.year, e.amountMsek]))).toEqual([
      [
        [2030, 2.5],
        [2031, 3.5],
      ],
      [
        [2030, 1.5],
        [2031, 2.5],
      ],
    ]);
    expect(doc.amounts.filter((a) => [12, 14, 22, 26].includes(a.amountMsek))).toEqual([]);
  });
});
