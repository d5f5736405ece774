/**
 * A table broken over a page: its last row on one page sets its figures in the page's bottom band and
 * the next page's first row sets its own in the top band, both lines of figures alone ("2,4 2,6") of
 * the same shape. They are table rows, not a running footer and header repeated on every page; a
 * running footer with words still is one. Layout made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { buildLayout } from '../../parsers/extract/layout.ts';
import type { TextItem } from '../../parsers/page-model.ts';
import { pageOfItems } from '../helpers/item-pages.ts';

const at = (text: string, x: number, y: number): TextItem => ({
  text,
  x,
  y,
  width: text.length * 5,
  height: 10,
});
const figs = (y: number, values: string[]): TextItem[] => values.map((v, k) => at(v, 420 + k * 50, y));

describe('lines of figures in the page bands', () => {
  const page1 = pageOfItems(
    [
      at('Insats', 60, 600),
      at('2031', 420, 600),
      at('2032', 470, 600),
      at('Samordnad tolkförmedling inom', 60, 760),
      ...figs(776, ['2,4', '2,6']),
      at('länets vårdcentraler', 60, 792),
      at('Region Gotland, tandvårdsförvaltningen', 60, 815),
    ],
    1,
  );
  const page2 = pageOfItems(
    [
      at('Färre externa kurser för', 60, 40),
      ...figs(56, ['1,1', '1,3']),
      at('administrativ personal', 60, 72),
      at('Summa', 60, 100),
      ...figs(100, ['3,5', '3,9']),
      at('Region Gotland, tandvårdsförvaltningen', 60, 815),
    ],
    2,
  );
  const texts = buildLayout([page1, page2]).lines.map((l) => l.text);

  it('keeps the rows of figures', () => {
    expect(texts).toContain('2,4 2,6');
    expect(texts).toContain('1,1 1,3');
  });

  it('still drops the running footer', () => {
    expect(texts).not.toContain('Region Gotland, tandvårdsförvaltningen');
  });
});
