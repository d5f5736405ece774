/**
 * A measure table set the other way round — years down the first column, measures across the header
 * and a "Summa" column — is read as its transpose. A table whose first column is not a run of years
 * is left alone. Cells and wording made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { transposed } from '../../parsers/extract/tables.ts';
import type { PageTable } from '../../parsers/page-model.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };

const grid: PageTable = {
  source: 'ruled',
  rows: [
    ['Effekt per år (tkr)', 'Nattjour', 'Tolkar', 'Summa'],
    ['2027', '1 200', '(150)', '1 050'],
    ['2028', '2 000', '900', '2 900'],
  ],
};

describe('transposed measure tables', () => {
  it('turns years-as-rows into years-as-columns', () => {
    expect(transposed(grid)?.rows).toEqual([
      ['Effekt per år (tkr)', '2027', '2028'],
      ['Nattjour', '1 200', '2 000'],
      ['Tolkar', '(150)', '900'],
      ['Summa', '1 050', '2 900'],
    ]);
  });

  it('leaves a table whose first column is no run of years', () => {
    expect(
      transposed({
        source: 'ruled',
        rows: [
          ['Åtgärd', '2027'],
          ['Nattjour', '1,2'],
          ['Tolkar', '0,9'],
        ],
      }),
    ).toBeNull();
    expect(
      transposed({
        source: 'ruled',
        rows: [
          ['År', 'Nattjour'],
          ['2027', '1,2'],
          ['Region Kalmar län', '0,9'],
        ],
      }),
    ).toBeNull();
  });

  it('reads the measures, signs and totals of such a table', () => {
    const pages = pagesFromText(
      '# Plan för minskade kostnader 2027–2028\nÅtgärderna och deras effekt per år.\n',
    );
    const page = pages[0];
    if (!page) throw new Error('no page');
    page.tables = [grid];
    const doc = analyzePages(pages, { fileName: 'test.pdf', info });
    expect(doc.measures.map((m) => [m.title, m.effects.map((e) => [e.year, e.amountMsek])])).toEqual([
      [
        'Nattjour',
        [
          [2027, 1.2],
          [2028, 2],
        ],
      ],
      [
        'Tolkar',
        [
          [2027, -0.15],
          [2028, 0.9],
        ],
      ],
    ]);
    expect(doc.totals.map((t) => [t.year, t.amountMsek, t.reconciled])).toEqual([
      [2027, 1.05, true],
      [2028, 2.9, true],
    ]);
  });
});
