/**
 * Three text columns above and below a table across the page whose short labels (the head's "Insats",
 * "Summa") end in the first column and whose figures stand under the years in the third: those rows are
 * read whole, label and figures together, not the label in the first column and the figures among the
 * third column's text. Items placed by hand; the wording is made up for this test.
 */
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../parsers/page-model.ts';
import { buildLines } from '../../parsers/pdf/lines.ts';

const SIZE = 9.5;
const at = (text: string, x: number, y: number, width: number): TextItem => ({
  text,
  x,
  y,
  width,
  height: SIZE,
});

const COLUMN = [
  'Fritidsnämnden har gått',
  'igenom driften av badhusen',
  'och ishallarna under året.',
  'Energikostnaderna har ökat',
  'mer än väntat och intäkterna',
  'från entréavgifter har inte',
  'nått upp till budgeterad',
  'nivå under sommarmånaderna.',
];

function page(): TextItem[] {
  const items: TextItem[] = [];
  for (const [c, x] of [60, 225, 390].entries()) {
    COLUMN.forEach((t, i) => {
      // Paragraphs break at other lines in each column.
      items.push(at(`${t}`, x, 100 + i * 12.5 + (i >= 3 + c ? 5 : 0), 150));
    });
  }
  const top = 230;
  const rows: [string, number, string, string][] = [
    ['Insats', 40, '2026', '2027'],
    ['Sänkt temperatur i bassängerna', 150, '1,2', '1,4'],
    ['Kortare öppettider i ishallen', 140, '0,8', '0,9'],
    ['Summa', 35, '2,0', '2,3'],
  ];
  rows.forEach(([label, width, a, b], i) => {
    items.push(
      at(label, 60, top + i * 15, width),
      at(a, 470, top + i * 15, 18),
      at(b, 520, top + i * 15, 18),
    );
  });
  for (const [c, x] of [60, 225, 390].entries()) {
    COLUMN.slice(0, 4 + c).forEach((t, i) => {
      items.push(at(t, x, 310 + i * 12.5, 150));
    });
  }
  return items;
}

describe('a table across three text columns', () => {
  it('reads its head and sum rows whole', () => {
    const lines = buildLines(page()).map((line) => line.text.replace(/\s+/g, ' '));
    expect(lines).toContain('Insats 2026 2027');
    expect(lines).toContain('Summa 2,0 2,3');
    expect(lines).toContain('Sänkt temperatur i bassängerna 1,2 1,4');
  });
});
