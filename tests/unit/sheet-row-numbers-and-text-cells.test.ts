/**
 * A sheet printed without gridlines: row numbers right-aligned in their cell end a hair before the
 * titles' cells (they are a column of their own, not the title's first word), the cells are set at the
 * bottom of tall rows, and some year cells hold a phrase instead of a figure ("utreds", "ej bedömd",
 * "ingår i rad 2") — rows with no effect in those years, never a figure read from the phrase. Cells and
 * wording made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import type { Page } from '../../parsers/page-model.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };

/** Moves each lone row number so that it ends 2 pt before the title cell that follows it. */
function numbersAgainstTitles(pages: Page[]): Page[] {
  for (const page of pages)
    for (const line of page.lines) {
      const [first, second] = line.items;
      if (!first || !second || !/^\d$/.test(first.text)) continue;
      first.x = second.x - 2 - first.width;
      const segment = line.segments[0];
      if (segment) segment.x = first.x;
      line.x = first.x;
    }
  return pages;
}

describe('a sheet with row numbers, bottom-set cells and phrases in year cells', () => {
  it('reads each row with its number apart and no effect where a phrase stands', () => {
    const pages = numbersAgainstTitles(
      pagesFromText(
        [
          '# Besparingar i länssjukvården 2030–2031',
          'Förslagen beslutas av styrelsen.',
          '',
          'Förslag (belopp i mnkr)',
          'Rad         Förslag                          År 2030         År 2031',
          '            Gemensam bemanning',
          '            av nattjouren i',
          '   1        Lycksele                             1,5             2,5',
          '            Egen vikariepool för',
          '   2        skötare                           utreds       ej bedömd',
          '            Samlad',
          '            upphandling av',
          '   3        tolktjänster                  ingår i rad 2   ingår i rad 2',
          '   4        Färre konsultuppdrag                 0,7             0,8',
          '            Summa                                2,2             3,3',
        ].join('\n'),
      ),
    );
    const doc = analyzePages(pages, { fileName: 'test.pdf', info });
    expect(doc.measures.map((m) => [m.label, m.title, m.effects.map((e) => [e.year, e.amountMsek])])).toEqual(
      [
        [
          '1',
          'Gemensam bemanning av nattjouren i Lycksele',
          [
            [2030, 1.5],
            [2031, 2.5],
          ],
        ],
        ['2', 'Egen vikariepool för skötare', []],
        ['3', 'Samlad upphandling av tolktjänster', []],
        [
          '4',
          'Färre konsultuppdrag',
          [
            [2030, 0.7],
            [2031, 0.8],
          ],
        ],
      ],
    );
    expect(doc.totals.map((t) => [t.year, t.amountMsek])).toEqual([
      [2030, 2.2],
      [2031, 3.3],
    ]);
    // "ingår i rad 2" gives no figure; the phrases are told in a warning.
    expect(doc.amounts.map((a) => a.amountMsek)).not.toContain(2);
    expect(doc.warnings.some((w) => w.message.includes('utreds'))).toBe(true);
  });
});
