import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../parsers/page-model.ts';
import { gridsOf, ruledTables } from '../../parsers/pdf/grid.ts';
import type { Ruling } from '../../parsers/pdf/rulings.ts';

const h = (at: number, from = 50, to = 350): Ruling => ({ orientation: 'h', at, from, to });
const v = (at: number, from: number, to: number): Ruling => ({ orientation: 'v', at, from, to });
const item = (text: string, x: number, y: number, width = 30, height = 10): TextItem => ({
  text,
  x,
  y,
  width,
  height,
});

// Three columns (50–150–250–350), rules at 100 (top), 120 (under the header) and 160; the column
// borders go on from 160 to 200, the foot of the page's content: a row split by the page break.
const columns = (to: number) => [v(50, 100, to), v(150, 100, to), v(250, 100, to), v(350, 100, to)];
const header = [item('Åtgärd', 55, 105), item('2026', 155, 105), item('2027', 255, 105)];
const rowOne = [item('Sjukresor', 55, 140), item('1,5', 155, 140), item('2,0', 255, 140)];
const split = [item('Vårdköp', 55, 170), item('– 4,2', 155, 170), item('3,0', 255, 170)];

describe('gridsOf: a row left open at the page foot', () => {
  it('is closed where all the column borders end, and read as the table’s last row', () => {
    const grids = gridsOf([h(100), h(120), h(160), ...columns(200)]);
    expect(grids).toHaveLength(1);
    expect(grids[0]?.ys).toEqual([100, 120, 160, 200]);
    const [table] = ruledTables(grids, [...header, ...rowOne, ...split]);
    expect(table?.rows.at(-1)).toEqual(['Vårdköp', '– 4,2', '3,0']);
  });

  it('keeps a running footer printed over the band out of the row: its line crosses column borders', () => {
    const footer = [
      item('Region Halland · Handlingsplan 2026', 52, 185, 140, 8),
      item('Dnr 2025/12', 270, 185, 90, 8),
    ];
    const [table] = ruledTables(gridsOf([h(100), h(120), h(160), ...columns(200)]), [
      ...header,
      ...rowOne,
      ...split,
      ...footer,
    ]);
    expect(table?.rows.at(-1)).toEqual(['Vårdköp', '– 4,2', '3,0']);
  });

  it('stays open when the borders end at different heights, or a rule is drawn under the band', () => {
    const ragged = [v(50, 100, 200), v(150, 100, 190), v(250, 100, 200), v(350, 100, 200)];
    expect(gridsOf([h(100), h(120), h(160), ...ragged])[0]?.ys).toEqual([100, 120, 160]);
    // Borders overhanging the last rule by a little are no row.
    expect(gridsOf([h(100), h(120), h(160), ...columns(164)])[0]?.ys).toEqual([100, 120, 160]);
    // A rule across the band (a closed table with a stroke below it) is the grid's own row already.
    expect(gridsOf([h(100), h(120), h(160), h(200), ...columns(200)])[0]?.ys).toEqual([100, 120, 160, 200]);
  });
});
