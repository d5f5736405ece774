/**
 * A tagged table whose merged column (a group name spanning rows: "Verksamhet") stays on the page where
 * the group began: the rows continued on the next page, without the header repeated, have one cell
 * fewer — the merged column's, in the middle of the row, not a leading blank one. The rows are the same
 * table's (measures and its sum row), not dropped. Hand-built layout and wording.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import type { Page, PageTable } from '../../parsers/page-model.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };

describe('a table continued over a page break without its merged column', () => {
  it('reads the next page’s rows into the table, the merged column left blank', () => {
    const [first, second] = pagesFromText('## Effekter av insatserna, mkr\f') as [Page, Page];
    const table = (rows: string[][], y: number): PageTable => ({
      source: 'struct',
      rows,
      box: { x: 60, y, width: 480, height: 120 },
    });
    first.tables = [
      table(
        [
          ['Nr', 'Verksamhet', 'Insats', '2027', '2028'],
          ['1', 'Ambulans', 'Ny dygnsplanering av ambulanserna', '1,2', '1,6'],
          ['2', '', 'Gemensam ledningscentral', '0,8', '1,1'],
          ['3', '', 'Färre sekundärtransporter', '0,5', '0,7'],
          ['4', 'Rehabilitering', 'Gruppbehandling i stället för enskild', '0,9', '1,0'],
        ],
        600,
      ),
    ];
    second.tables = [
      table(
        [
          ['5', 'Digital uppföljning efter höftoperation', '0,6', '0,9'],
          ['6', 'Samlad hjälpmedelsutprovning', '0,4', '0,5'],
          ['', 'Summa', '4,4', '5,8'],
        ],
        60,
      ),
    ];
    const doc = analyzePages([first, second], { fileName: 'test.pdf', info });
    const byTitle = new Map(doc.measures.map((m) => [m.title, m.effects.map((e) => e.amountMsek)]));
    expect(byTitle.get('Digital uppföljning efter höftoperation')).toEqual([0.6, 0.9]);
    expect(byTitle.get('Samlad hjälpmedelsutprovning')).toEqual([0.4, 0.5]);
    expect(doc.measures).toHaveLength(6);
    expect(doc.totals.map((t) => [t.year, t.amountMsek])).toEqual([
      [2027, 4.4],
      [2028, 5.8],
    ]);
  }, 20_000);
});
