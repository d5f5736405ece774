/**
 * Money columns of a measure table beside the years: a row sum ("Summa"), a one-off cost and a
 * cumulative figure are amounts of the document (in the table's unit, with the cell's sign), never
 * effects; a count column ("Antal"), a share and a start year stay no money. Cells and wording made up
 * for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };

function analyze(rows: string[][]) {
  const pages = pagesFromText('# Handlingsplan 2031–2032\nÅtgärderna nedan beslutas i styrelsen.\n');
  const page = pages[0];
  if (!page) throw new Error('no page');
  page.tables = [{ source: 'ruled', rows }];
  return analyzePages(pages, { fileName: 'test.pdf', info });
}

describe('money columns beside the years of a measure table', () => {
  it('keeps a row-sum column as amounts, in the unit of the table and with the sign of the cell', () => {
    const doc = analyze([
      ['Åtgärd', 'Antal tjänster', '2031 (tkr)', '2032 (tkr)', 'Summa'],
      ['Färre hyrsjuksköterskor på akuten', '4', '1 200', '800', '2 000'],
      ['Dyrare avtal för laboratorieprover', '2', '(300)', '(150)', '(450)'],
      ['Totalt', '6', '900', '650', '1 550'],
    ]);
    expect(doc.measures.map((m) => [m.title, m.effects.map((e) => [e.year, e.amountMsek])])).toEqual([
      [
        'Färre hyrsjuksköterskor på akuten',
        [
          [2031, 1.2],
          [2032, 0.8],
        ],
      ],
      [
        'Dyrare avtal för laboratorieprover',
        [
          [2031, -0.3],
          [2032, -0.15],
        ],
      ],
    ]);
    const amounts = doc.amounts.map((a) => [a.amountMsek, a.year]);
    expect(amounts).toEqual(
      expect.arrayContaining([
        [2, null],
        [-0.45, null],
        [1.55, null],
      ]),
    );
    expect(doc.amounts.find((a) => a.amountMsek === 2)?.context).toMatch(/^Summa: /);
    // The count column is no money: neither 4, 2 nor 6 tkr (0.004, 0.002, 0.006 mkr), nor 4 or 6 mkr.
    for (const n of [4, 6, 0.004, 0.002, 0.006]) expect(amounts.map((a) => a[0])).not.toContain(n);
  });

  it('keeps one-off and cumulative columns as amounts, never as effects', () => {
    const doc = analyze([
      ['Nr', 'Åtgärd', 'Engångskostnad', '2031', '2032', 'Ackumulerad effekt', 'Start år', 'Andel'],
      ['', '', 'mnkr', 'mnkr', 'mnkr', 'mnkr', '', ''],
      ['1', 'Samordnad nattbemanning i Kiruna', '-0,7', '2,1', '3,4', '5,5', '2031', '40 %'],
      ['2', 'Gemensam tolkförmedling', '–', '1,3', '1,9', '3,2', '2032', '60 %'],
    ]);
    expect(doc.measures.map((m) => m.effects.map((e) => [e.year, e.amountMsek]))).toEqual([
      [
        [2031, 2.1],
        [2032, 3.4],
      ],
      [
        [2031, 1.3],
        [2032, 1.9],
      ],
    ]);
    const amounts = doc.amounts.map((a) => a.amountMsek);
    expect(amounts).toEqual(expect.arrayContaining([-0.7, 5.5, 3.2]));
    expect(amounts.filter((a) => a === 5.5)).toHaveLength(1);
    // Start years and shares are no money.
    for (const n of [2031, 2032, 40, 60, 0.4, 0.6]) expect(amounts).not.toContain(n);
  });
});
