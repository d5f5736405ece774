/**
 * A chart whose caption names two quantities ("Personalkostnad (mkr) och antal årsarbetare") draws two
 * series over the same categories: a bar in mkr and a line of counts or shares. Its labels cannot be
 * told apart by the text, so the chart is left unread rather than every label made an amount.
 */
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../parsers/page-model.ts';
import { analyzeItems } from '../helpers/item-pages.ts';

const item = (text: string, x: number, y: number, size = 9): TextItem => ({
  text,
  x,
  y,
  width: text.length * size * 0.5,
  height: size,
});
const centred = (text: string, cx: number, y: number): TextItem => item(text, cx - text.length * 2.25, y);

/** A page of Region Jämtland Härjedalen's staff report: one chart, bars and, if given, a line. */
function staffChart(caption: string, bars: string[], line: string[] | null): TextItem[] {
  const years = ['2022', '2023', '2024', '2025'];
  const items: TextItem[] = [item('Personalredovisning, Region Jämtland Härjedalen', 40, 40, 14)];
  items.push(item(caption, 40, 80, 10));
  for (const [k, v] of (line ?? []).entries()) items.push(centred(v, 160 + k * 100, 110 + (k % 2) * 8));
  for (const [k, v] of bars.entries()) items.push(centred(v, 160 + k * 100, 200 - k * 6));
  for (const [k, y] of years.entries()) items.push(centred(y, 160 + k * 100, 300));
  items.push(item('Källa: personalsystemet', 40, 330, 8));
  return items;
}

const BARS = ['812', '845', '871', '902'];

describe('a chart of two quantities', () => {
  it('gives no amounts when the caption adds a count after "och"', () => {
    const doc = analyzeItems(
      staffChart('Personalkostnad (mkr) och antal årsarbetare', BARS, ['1 420', '1 455', '1 472', '1 490']),
    );
    expect(doc.amounts).toEqual([]);
  });

  it('gives no amounts when the caption adds a share in procent', () => {
    const doc = analyzeItems(
      staffChart(
        'Sjuklönekostnad, mkr och procent',
        ['41,2', '44,0', '39,8', '40,5'],
        ['5,1', '5,4', '4,9', '5,0'],
      ),
    );
    expect(doc.amounts).toEqual([]);
  });

  it('gives no amounts when two labels stand over each category', () => {
    const doc = analyzeItems(staffChart('Personalkostnad per år, mkr', BARS, ['790', '830', '860', '880']));
    expect(doc.amounts).toEqual([]);
  });

  it('still reads one series under a one-quantity caption', () => {
    const doc = analyzeItems(staffChart('Personalkostnad per år, mkr', BARS, null));
    expect(doc.amounts.map((a) => a.amountMsek).sort((a, b) => a - b)).toEqual([812, 845, 871, 902]);
  });
});
