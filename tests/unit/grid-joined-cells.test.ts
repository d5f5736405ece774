/**
 * A ruled table whose cells' texts were joined into one string per line (a Ghostscript or cairo rewrite
 * sets a line's runs as one): "2027 2028 2029" stands as one item over three year cells. Each word goes to
 * the cell it stands in. A merged cell's text, a word crossing a border and prose in an open row stay
 * whole. Wording and figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../parsers/page-model.ts';
import { gridsOf, ruledTables } from '../../parsers/pdf/grid.ts';
import type { Ruling } from '../../parsers/pdf/rulings.ts';

const h = (at: number, from = 50, to = 410): Ruling => ({ orientation: 'h', at, from, to });
const v = (at: number, from = 100, to = 160): Ruling => ({ orientation: 'v', at, from, to });
/** Characters 6 pt wide. */
const item = (text: string, x: number, y: number): TextItem => ({
  text,
  x,
  y,
  width: text.length * 6,
  height: 10,
});

// Columns 50–230 (title), 230–290, 290–350, 350–410; rows 100–120 (header), 120–140, 140–160.
const grid = () => gridsOf([h(100), h(120), h(140), h(160), v(50), v(230), v(290), v(350), v(410)]);

describe('ruled tables: one item joined over several cells of its row', () => {
  it('gives each year and each figure to its own cell', () => {
    // Characters 12.5 pt wide in the header item, 14.5 in the row: each word stands within its cell.
    const header = [item('Åtgärd', 55, 105), { ...item('2027 2028 2029', 236, 105), width: 14 * 12.5 }];
    const row = [
      item('Färre hyrsjuksköterskor', 55, 125),
      { ...item('1,5 2,0 2,5', 240, 125), width: 11 * 14.5 },
    ];
    const [table] = ruledTables(grid(), [...header, ...row, item('Summa', 55, 145)]);
    expect(table?.rows.slice(0, 2)).toEqual([
      ['Åtgärd', '2027', '2028', '2029'],
      ['Färre hyrsjuksköterskor', '1,5', '2,0', '2,5'],
    ]);
  });

  it('keeps a text within its cell, and a word crossing a border, whole', () => {
    const [table] = ruledTables(grid(), [
      item('Åtgärd', 55, 105),
      item('Samlad bemanning', 55, 125),
      // "helårseffekt" runs over the border at 290 as one word: not split.
      { ...item('Ny helårseffekt', 236, 145), width: 15 * 6 },
    ]);
    expect(table?.rows[2]?.[1]).toBe('Ny helårseffekt');
  });
});
