/**
 * A table continued on the next page without its header, where the producer left out a leading
 * column that held nothing below the header ("Ref." with no references filled in): the continuation
 * is one column narrower. Its rows are still the same table's rows (fixtures/holdout7 g15: Chromium's
 * tagged table broken over pages without a repeated header). A narrower table whose missing column
 * did hold text is not taken for a continuation. Hand-built layout and wording.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import type { Page, PageTable } from '../../parsers/page-model.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };

function twoPages(firstLead: string): Page[] {
  const pages = pagesFromText('## Besparingar i servicen (mkr)\nTabellen fortsätter på nästa sida.\f');
  const [first, second] = pages as [Page, Page];
  const table = (rows: string[][], y: number): PageTable => ({
    source: 'struct',
    rows,
    box: { x: 60, y, width: 480, height: 500 },
  });
  first.tables = [
    table(
      [
        ['Ref.', 'Insats', '2027', '2028'],
        [firstLead, 'Gemensam städentreprenad för vårdcentralerna', '1,4', '2,0'],
        ['', 'Färre bilar i fordonsparken', '0,6', '0,9'],
      ],
      120,
    ),
  ];
  second.tables = [
    table(
      [
        ['Tvätt av arbetskläder i egen regi', '0,3', '0,7'],
        ['Summa', '2,3', '3,6'],
      ],
      60,
    ),
  ];
  return pages;
}

describe('a continuation one blank column narrower', () => {
  it('reads the next page rows as rows of the same table', () => {
    const doc = analyzePages(twoPages(''), { fileName: 'test.pdf', info });
    expect(doc.measures.map((m) => [m.title, m.effects.map((e) => e.amountMsek)])).toEqual([
      ['Gemensam städentreprenad för vårdcentralerna', [1.4, 2]],
      ['Färre bilar i fordonsparken', [0.6, 0.9]],
      ['Tvätt av arbetskläder i egen regi', [0.3, 0.7]],
    ]);
    expect(doc.totals.map((t) => [t.year, t.amountMsek])).toEqual([
      [2027, 2.3],
      [2028, 3.6],
    ]);
  });

  it('does not when the column it lacks held text on the first page', () => {
    const doc = analyzePages(twoPages('R1'), { fileName: 'test.pdf', info });
    expect(doc.measures.map((m) => m.title)).not.toContain('Tvätt av arbetskläder i egen regi');
  });
});
