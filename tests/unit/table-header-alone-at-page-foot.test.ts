/**
 * A ruled table whose header row is all that fits at the foot of a page, its body on the next page
 * without the header repeated. With no body rows on the first page the count of blank leading columns
 * never stopped (the minimum width of no rows is Infinity) and the extraction hung. Hand-built layout
 * and wording.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import type { Page, PageTable } from '../../parsers/page-model.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };

describe('a table header alone at the foot of its page', () => {
  it('is read without hanging, its body on the next page', () => {
    const [first, second] = pagesFromText('## Insatser inom kosten, tkr\f') as [Page, Page];
    const table = (rows: string[][], y: number): PageTable => ({
      source: 'struct',
      rows,
      box: { x: 60, y, width: 480, height: 40 },
    });
    first.tables = [table([['Insats', '2028', '2029']], 760)];
    second.tables = [
      table(
        [
          ['Gemensamt tillagningskök för två sjukhus', '900', '1 400'],
          ['Summa', '900', '1 400'],
        ],
        60,
      ),
    ];
    const doc = analyzePages([first, second], { fileName: 'test.pdf', info });
    expect(doc.measures.map((m) => m.effects.map((e) => e.amountMsek))).toEqual([[0.9, 1.4]]);
  }, 20_000);
});
