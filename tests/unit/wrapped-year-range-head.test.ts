/**
 * A sum column's head holding a range of years that its narrow cell broke after the dash ("Totalt 2031–"
 * over "2033"): the range is one head again, the line under it belongs to the header (not to the first
 * row), and the column's figures are amounts, not a year's effects. Wording and figures made up for these
 * tests.
 */
import { describe, expect, it } from 'vitest';
import { findBorderlessTables } from '../../parsers/extract/borderless.ts';
import { buildLayout } from '../../parsers/extract/layout.ts';
import { joinBrokenHeaderWord } from '../../parsers/extract/tables.ts';
import type { TextItem } from '../../parsers/page-model.ts';
import { analyzeItems, pageOfItems } from '../helpers/item-pages.ts';

const SIZE = 7;
const at = (text: string, x: number, y: number, right = false): TextItem => {
  const width = text.length * SIZE * 0.5;
  return { text, x: right ? x - width : x, y, width, height: SIZE };
};
const EDGES = [300, 360, 420, 500];

describe('a range of years broken after its dash in a header cell', () => {
  it('joins the range again', () => {
    expect(joinBrokenHeaderWord('Totalt 2031– 2033')).toBe('Totalt 2031–2033');
    expect(joinBrokenHeaderWord('Summa 2031 - 2033')).toBe('Summa 2031-2033');
    expect(joinBrokenHeaderWord('Effekt 2031')).toBe('Effekt 2031');
  });

  it('keeps the range end out of the first row, its column no year', () => {
    const row = (title: string, figures: string[], y: number): TextItem[] => [
      at(title, 50, y),
      ...figures.map((figure, k) => at(figure, EDGES[k] as number, y, true)),
    ];
    const items = [
      at('Region Jönköpings län', 50, 40),
      at('Tabell 3. Beräknad effekt per år, tkr', 50, 90),
      at('Åtgärd', 50, 110),
      at('2031', 300, 110, true),
      at('2032', 360, 110, true),
      at('2033', 420, 110, true),
      at('Totalt 2031–', 470, 110),
      at('2033', 500, 118, true),
      ...row('Gemensam tvätt för länets sjukhus', ['400', '650', '650', '1 700'], 134),
      ...row('Digital kallelsehantering', ['120', '180', '200', '500'], 148),
      at('Nämnden föreslås besluta att fastställa planen.', 50, 190),
    ];
    const doc = analyzeItems(items);
    expect(doc.measures.map((m) => [m.title, m.effects.map((e) => [e.year, e.amountMsek])])).toEqual([
      [
        'Gemensam tvätt för länets sjukhus',
        [
          [2031, 0.4],
          [2032, 0.65],
          [2033, 0.65],
        ],
      ],
      [
        'Digital kallelsehantering',
        [
          [2031, 0.12],
          [2032, 0.18],
          [2033, 0.2],
        ],
      ],
    ]);
    const [table] = findBorderlessTables(buildLayout([pageOfItems(items)]), () => null, new Set());
    expect(table?.rows.map((r) => r.extras.map((e) => e.text))).toEqual([['1 700'], ['500']]);
  });
});
