/**
 * A footnote mark set small and raised at the end of a figure, its box reaching a little back into the
 * figure's ("2,6" + raised "1" drawn tight, or a producer's kerning): the mark, the figure and the rest
 * of the row are one line. Taken for overprinted text, the figures after the mark went to a line of
 * their own and the row lost its first year. Hand-placed items.
 */
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../parsers/page-model.ts';
import { buildLines } from '../../parsers/pdf/lines.ts';
import { analyzeItems } from '../helpers/item-pages.ts';

const item = (text: string, x: number, y: number, width: number, height = 9): TextItem => ({
  text,
  x,
  y,
  width,
  height,
});

function rows(): TextItem[] {
  const out: TextItem[] = [
    item('Förbättrad lokalplanering', 60, 80, 120, 14),
    item('Tabell 1. Insatser per år, mkr', 60, 104, 140),
    item('Insats', 60, 120, 30),
    item('2026', 400, 120, 20),
    item('2027', 470, 120, 20),
  ];
  const row = (y: number, title: string, a: string, b: string, mark?: string) => {
    out.push(item(title, 60, y, 160), item(a, 402, y, 14), item(b, 472, y, 14));
    // The mark raised by two points, starting two points inside the figure.
    if (mark) out.push(item(mark, 413.8, y - 2, 3, 5.5));
  };
  row(136, 'Samlad städupphandling', '2,6', '3,1', '1');
  row(150, 'Färre externa lokaler', '1,4', '1,9');
  row(164, 'Digital fakturahantering', '0,8', '1,2', '2');
  return out;
}

describe('a raised footnote mark touching the figure before it', () => {
  it('stays on the row’s line with the figures after it', () => {
    const lines = buildLines(rows());
    const row = lines.find((l) => l.text.startsWith('Samlad'));
    expect(row?.text).toMatch(/2,6¹.*3,1/);
    expect(lines.filter((l) => /^3,1$/.test(l.text.trim()))).toHaveLength(0);
  });

  it('leaves the measure both years', () => {
    const doc = analyzeItems(rows());
    const effects = new Map(doc.measures.map((m) => [m.title, m.effects.map((e) => [e.year, e.amountMsek])]));
    expect(effects.get('Samlad städupphandling')).toEqual([
      [2026, 2.6],
      [2027, 3.1],
    ]);
    expect(effects.get('Digital fakturahantering')).toEqual([
      [2026, 0.8],
      [2027, 1.2],
    ]);
  });
});
