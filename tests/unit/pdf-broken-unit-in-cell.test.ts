/**
 * A money unit broken by letters in a cell too narrow for it: "−12,5 mn" on one line, "kr" on the next,
 * both set to the cell's right edge (a label beside them, centred between the two). The tail completes
 * the unit, so the figure is an amount. Only letters that make a money unit with the word above are
 * joined; a header's words wrapped at a space, or a unit alone under a figure, stay as they are.
 * Items placed by hand; wording made up for this test.
 */
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../parsers/page-model.ts';
import { buildLines } from '../../parsers/pdf/lines.ts';
import { analyzeItems } from '../helpers/item-pages.ts';

const SIZE = 9;
const at = (text: string, x: number, y: number, width: number): TextItem => ({
  text,
  x,
  y,
  width,
  height: SIZE,
});

function box(value: string, tail: string): TextItem[] {
  const right = 520;
  const valueWidth = value.length * 4.6;
  const tailWidth = tail.length * 4.6;
  return [
    at('Länstrafikens utfall efter tredje kvartalet redovisas i tabellen nedan.', 60, 100, 300),
    at('Underskott helår', 380, 136, 70),
    at(value, right - valueWidth, 130, valueWidth),
    at(tail, right - tailWidth, 141, tailWidth),
  ];
}

describe('a unit broken in a narrow cell', () => {
  it('joins the tail to the unit: the figure keeps its unit', () => {
    const texts = buildLines(box('−12,5 mn', 'kr')).map((l) => l.text);
    expect(texts.some((t) => t.includes('−12,5 mnkr'))).toBe(true);
    expect(texts).not.toContain('kr');
    expect(analyzeItems(box('−12,5 mn', 'kr')).amounts.map((a) => a.amountMsek)).toContain(-12.5);
  });

  it('leaves letters that make no unit with the word above', () => {
    const texts = buildLines(box('Belopp i', 'tkr')).map((l) => l.text);
    expect(texts).toContain('tkr');
    const figure = buildLines(box('1 250', 'kr')).map((l) => l.text);
    expect(figure).toContain('kr');
  });

  it('leaves a tail that stands far below', () => {
    const items = box('−12,5 mn', 'kr');
    const tail = items[3] as TextItem;
    items[3] = { ...tail, y: tail.y + 30 };
    expect(buildLines(items).map((l) => l.text)).toContain('kr');
  });
});
