/**
 * Money figures of a measure table that are no year's effect: a full-year column beside the years
 * ("Helårseffekt") and a "varav" share under a measure. They are amounts of the document, never
 * effects, and the varav row is no measure. Cells and wording made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };

describe('figures of a measure table beside the years', () => {
  it('keeps full-year and varav figures as amounts, the effects by year only', () => {
    const pages = pagesFromText('# Åtgärdsplan 2027–2028\nÅtgärderna nedan beslutas i nämnden.\n');
    const page = pages[0];
    if (!page) throw new Error('no page');
    page.tables = [
      {
        source: 'ruled',
        rows: [
          ['Åtgärd (mkr)', 'Effekt helår', '2027', '2028'],
          ['Samlad nattjour i Lycksele', '3,6', '1,2', '2,0'],
          ['varav läkarjour', '', '0,5', '0,8'],
          ['Egen tolkförmedling', '1,1', '(0,3)', '0,9'],
          ['Summa', '4,7', '0,9', '2,9'],
        ],
      },
    ];
    const doc = analyzePages(pages, { fileName: 'test.pdf', info });
    expect(doc.measures.map((m) => [m.title, m.effects.map((e) => [e.year, e.amountMsek])])).toEqual([
      [
        'Samlad nattjour i Lycksele',
        [
          [2027, 1.2],
          [2028, 2],
        ],
      ],
      [
        'Egen tolkförmedling',
        [
          [2027, -0.3],
          [2028, 0.9],
        ],
      ],
    ]);
    expect(doc.totals.map((t) => [t.year, t.amountMsek])).toEqual([
      [2027, 0.9],
      [2028, 2.9],
    ]);
    const amounts = doc.amounts.map((a) => [a.amountMsek, a.year]);
    expect(amounts).toEqual(
      expect.arrayContaining([
        [3.6, null],
        [1.1, null],
        [4.7, null],
        [0.5, 2027],
        [0.8, 2028],
      ]),
    );
  });
});
