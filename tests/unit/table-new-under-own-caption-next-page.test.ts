/**
 * Two tables with the same year columns on consecutive pages: a rent table ending one page, and on the
 * next page, under a heading and a caption of their own, a table of savings proposals. The second has
 * its own header ("Förslag", not "Fastighet") and states its unit only in its caption; it was taken for
 * the first one's continuation with its header repeated, and its proposals became rows of the rent table.
 * A table under body text of its own on its page is a new table. Hand-built layout and wording.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import type { Page, PageTable } from '../../parsers/page-model.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };

function pages(secondTextAbove: boolean): Page[] {
  const text = secondTextAbove
    ? '## Lokalkostnader\nHyror för de största fastigheterna, tkr\f## Besparingar i lokalförsörjningen\nFörslagen och deras beräknade besparing, tkr'
    : '## Lokalkostnader\nHyror för de största fastigheterna, tkr\f';
  const [first, second] = pagesFromText(text) as [Page, Page];
  const table = (rows: string[][], y: number): PageTable => ({
    source: 'struct',
    rows,
    box: { x: 60, y, width: 480, height: 300 },
  });
  first.tables = [
    table(
      [
        ['Fastighet', '2027', '2028'],
        ['Vårdhuset Norra', '12 400', '12 650'],
        ['Kvarteret Läkaren', '8 100', '8 300'],
        ['Summa hyror', '20 500', '20 950'],
      ],
      110,
    ),
  ];
  second.tables = [
    table(
      [
        ['Förslag', '2027', '2028'],
        ['Uppsägning av förrådet i industriområdet', '400', '800'],
        ['Andrahandsuthyrning av tomma kontorsrum', '250', '300'],
        ['Summa', '650', '1 100'],
      ],
      secondTextAbove ? 110 : 60,
    ),
  ];
  return [first, second];
}

describe('a table under its own caption on the next page', () => {
  it('is a table of its own, not the rows of the table before', () => {
    const doc = analyzePages(pages(true), { fileName: 'test.pdf', info });
    const proposals = doc.measures.filter((m) => /förrådet|andrahandsuthyrning/i.test(m.title));
    expect(proposals.map((m) => m.effects.map((e) => e.amountMsek))).toEqual([
      [0.4, 0.8],
      [0.25, 0.3],
    ]);
    expect(doc.totals.filter((t) => t.page === 2).map((t) => [t.year, t.amountMsek])).toEqual([
      [2027, 0.65],
      [2028, 1.1],
    ]);
  });
});
