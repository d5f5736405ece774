/**
 * A narrow drawn cell breaks what does not fit: a figure inside its digit groups ("1 23" / "4,5"), or a
 * short header word after its first letter ("Å" / "r"). A grouped number whose last group has fewer than
 * three digits is no number: the next line's leading digits that complete the group to three belong to
 * it. A one-letter line filling the cell goes on with the lower-case fragment below it. Stacked whole
 * figures stay apart. Wording and geometry made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../parsers/page-model.ts';
import { cellText } from '../../parsers/pdf/grid.ts';

const item = (text: string, x: number, y: number, perChar = 5): TextItem => ({
  text,
  x,
  y,
  width: text.length * perChar,
  height: 10,
});

describe('a figure broken inside its digit groups in a cell', () => {
  it('joins the group completed on the next line', () => {
    expect(cellText([item('1 23', 40, 300), item('4,5', 45, 312)], 61)).toBe('1 234,5');
    expect(cellText([item('−2 5', 40, 300), item('00', 50, 312)], 61)).toBe('−2 500');
    expect(cellText([item('312 0', 40, 300), item('45', 50, 312)])).toBe('312 045');
  });

  it('keeps whole figures and years on separate lines apart', () => {
    expect(cellText([item('12,5', 40, 300), item('3,0', 45, 312)], 61)).toBe('12,5 3,0');
    expect(cellText([item('1 234', 40, 300), item('56', 55, 312)], 66)).toBe('1 234 56');
    expect(cellText([item('2031', 40, 300), item('7', 55, 312)], 61)).toBe('2031 7');
    expect(cellText([item('4 1', 40, 300), item('205', 45, 312)], 61)).toBe('4 1 205');
  });
});

describe('a one-letter line filling its cell', () => {
  it('joins the lower-case fragment below it', () => {
    expect(cellText([item('Å', 30, 200, 7), item('r', 31, 212, 4)], 38)).toBe('År');
  });

  it('keeps a letter that ends well before the edge apart', () => {
    expect(cellText([item('A', 30, 200, 7), item('ej aktuell', 30, 212)], 90)).toBe('A ej aktuell');
  });
});
