/**
 * Producers that place text glyph by glyph, or in syllables, give items with no space characters
 * ("2", "0", "3", "1" for a year): the borderless table reader must glue touching items into words
 * before it looks for year headers, figures and column edges. The pages here are built from text and
 * then cut into two-character items with no spaces between words — only gaps, as such producers
 * leave; table and wording are made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { lineWords } from '../../parsers/extract/borderless.ts';
import { analyzePages } from '../../parsers/extract/document.ts';
import type { Page, TextItem } from '../../parsers/page-model.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };

/**
 * Every item cut into two-character pieces, set with a 5 pt advance per character and a 3 pt word
 * space (about a quarter em, as proportional fonts have) from the item's own left edge; the spaces
 * themselves become bare gaps.
 */
function syllables(pages: Page[]): Page[] {
  for (const page of pages) {
    for (const line of page.lines) {
      const items: TextItem[] = [];
      for (const item of line.items) {
        let x = item.x;
        for (const word of item.text.split(' ')) {
          for (let k = 0; k < word.length; k += 2) {
            const text = word.slice(k, k + 2);
            items.push({ ...item, text, x, width: text.length * 5 });
            x += text.length * 5;
          }
          x += 3;
        }
      }
      line.items = items;
    }
    page.items = page.lines.flatMap((l) => l.items);
  }
  return pages;
}

describe('words from glyph-placed items', () => {
  it('glues touching items and keeps gaps as word breaks', () => {
    const [page] = syllables(pagesFromText('Effekt 2031   1 250'));
    const words = lineWords(page?.lines[0] as Page['lines'][number]).map((w) => w.text);
    expect(words).toEqual(['Effekt', '2031', '1', '250']);
  });

  it('reads a borderless measure table set in two-character pieces', () => {
    const pages = syllables(
      pagesFromText(`# Åtgärdsprogram 2031–2032
Belopp i mkr
Åtgärd                                       2031        2032
Samordnad nattjour i Kiruna                  1,5         2,0
Färre externa konsulter inom IT              0,5         1,0
`),
    );
    const doc = analyzePages(pages, { fileName: 'test.pdf', info });
    expect(doc.measures.map((m) => [m.title, m.effects.map((e) => [e.year, e.amountMsek])])).toEqual([
      [
        'Samordnad nattjour i Kiruna',
        [
          [2031, 1.5],
          [2032, 2],
        ],
      ],
      [
        'Färre externa konsulter inom IT',
        [
          [2031, 0.5],
          [2032, 1],
        ],
      ],
    ]);
  });
});
