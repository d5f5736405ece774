/**
 * A borderless table whose cells are centred vertically: a row's title wraps over two lines in its cell,
 * and the row's number (a column of its own, without a head) and its figures stand on a line of their own
 * between the title's two lines. The number is the row's, not a line of the title: the title reads whole,
 * not cut at its first line. Wording and figures made up for this test.
 */
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../parsers/page-model.ts';
import { analyzeItems } from '../helpers/item-pages.ts';

const SIZE = 9;
const at = (text: string, x: number, y: number, right = false): TextItem => {
  const width = text.length * SIZE * 0.5;
  return { text, x: right ? x - width : x, y, width, height: SIZE };
};

function page(): TextItem[] {
  const row = (n: string, title: string, figures: string[], y: number): TextItem[] => [
    at(`${n} ${title}`, 40, y),
    ...figures.map((f, k) => at(f, 380 + 60 * k, y, true)),
  ];
  return [
    at('Region Jämtland Härjedalen', 40, 40),
    at('Handlingsplan för tandvården 2027–2028', 40, 80),
    at('Effekt på resultatet, mkr', 40, 110),
    at('Åtgärd', 40, 150),
    at('2027', 380, 150, true),
    at('2028', 440, 150, true),
    ...row('1', 'Färre externa kurser', ['0,6', '0,8'], 168),
    ...row('2', 'Gemensam tidbok för kliniker', ['1,2', '1,5'], 182),
    // Row 3: its title wraps; the number and the figures are centred between its lines.
    at('Flytt av specialisttandvården till', 52, 194),
    at('3', 40, 200),
    at('1,9', 380, 200, true),
    at('2,4', 440, 200, true),
    at('länets nya vårdbyggnad', 52, 206),
    ...row('4', 'Lägre kostnader för material', ['0,4', '0,4'], 222),
    at('Summa', 40, 236),
    at('4,1', 380, 236, true),
    at('5,1', 440, 236, true),
    at('Nämnden föreslås besluta att godkänna planen.', 40, 270),
  ];
}

describe('a row number centred beside a wrapped title', () => {
  it('reads the title over both its lines, with the row number first', () => {
    const doc = analyzeItems(page());
    const third = doc.measures.find((m) => m.title.includes('specialisttandvården'));
    expect(third?.title).toContain('Flytt av specialisttandvården till länets nya vårdbyggnad');
    expect(third?.effects.map((e) => [e.year, e.amountMsek])).toEqual([
      [2027, 1.9],
      [2028, 2.4],
    ]);
  });
});
