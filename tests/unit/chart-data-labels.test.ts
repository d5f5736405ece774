/**
 * A chart drawn as text and shapes (a slide's bar chart): under a caption naming a money unit, the
 * figures centred over the category labels (on the bars) are amounts in that unit, signed as printed;
 * the axis ticks in the column beside the plot are not, nor is anything of a chart whose caption names
 * no money unit.
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
/** An item centred on x. */
const centred = (text: string, cx: number, y: number): TextItem => item(text, cx - text.length * 2.25, y);

function chartPage(caption: string, labels: boolean): TextItem[] {
  const quarters = ['Kv 1', 'Kv 2', 'Kv 3', 'Kv 4'];
  const values = ['31,5', '−4,2', '12,0', '(7,5)'];
  const heights = [150, 240, 190, 250];
  const items: TextItem[] = [item('Nettokostnadsutveckling för länstrafiken', 40, 40, 16)];
  items.push(item(caption, 40, 80, 10));
  // Axis ticks, right-aligned in a column left of the plot.
  for (const [k, tick] of ['40', '20', '0', '−20'].entries())
    items.push(item(tick, 100 - tick.length * 4.5, 110 + k * 60));
  if (labels)
    for (const [k, v] of values.entries()) items.push(centred(v, 160 + k * 100, heights[k] as number));
  for (const [k, q] of quarters.entries()) items.push(centred(q, 160 + k * 100, 300));
  items.push(item('Källa: ekonomisystemet, utfall per kvartal', 40, 330, 8));
  return items;
}

describe('the data labels of a chart', () => {
  it('are amounts in the caption unit; the ticks are not', () => {
    const doc = analyzeItems(chartPage('Nettokostnad per kvartal, mkr', true));
    const values = doc.amounts.map((a) => a.amountMsek).sort((a, b) => a - b);
    expect(values).toEqual([-7.5, -4.2, 12, 31.5]);
  });

  it('scale with a tkr caption', () => {
    const doc = analyzeItems(chartPage('Nettokostnad per kvartal (tkr)', true));
    expect(doc.amounts.map((a) => a.amountMsek).sort((a, b) => a - b)).toEqual([
      -0.0075, -0.0042, 0.012, 0.0315,
    ]);
  });

  it('give nothing under a caption that names no money unit', () => {
    const doc = analyzeItems(chartPage('Antal resor per kvartal, tusental', true));
    expect(doc.amounts).toEqual([]);
  });

  it('a chart with ticks only gives nothing', () => {
    const doc = analyzeItems(chartPage('Nettokostnad per kvartal, mkr', false));
    expect(doc.amounts).toEqual([]);
  });
});

describe('a table head under a caption naming mkr', () => {
  it('is no chart: a row of years over a row of words gives no amounts', () => {
    const items: TextItem[] = [
      item('Tabell 2. Besparing per år, mkr', 40, 80, 10),
      // Each year centred over its second column, as a two-row head sets it.
      centred('2027', 343.5, 100),
      centred('2028', 463.5, 100),
      item('Plan', 270, 112),
      item('Utfall', 330, 112),
      item('Plan', 390, 112),
      item('Utfall', 450, 112),
    ];
    expect(analyzeItems(items).amounts).toEqual([]);
  });
});
