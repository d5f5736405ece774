/**
 * A narrow drawn cell whose producer lets a word too wide for it run out of the cell instead of breaking
 * it (a browser's table cell): the line before ends with a whole word that fills the cell, and the next
 * line, which starts with the long word, runs past the cell's edge. The two lines are two words, joined
 * with a space. A broken word's rest ("t 2031") stays inside the cell and is still joined without one.
 * Wording and geometry made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../parsers/page-model.ts';
import { cellText } from '../../parsers/pdf/grid.ts';

const item = (text: string, x: number, y: number): TextItem => ({
  text,
  x,
  y,
  width: text.length * 5,
  height: 10,
});

describe('a word running out of its narrow cell', () => {
  it('joins the line before it with a space', () => {
    // "Samordnad" ends at 75 (edge 77); "läkemedelsgenomgång" runs to 125, far past the edge.
    expect(cellText([item('Samordnad', 30, 200), item('läkemedelsgenomgång', 30, 212)], 77)).toBe(
      'Samordnad läkemedelsgenomgång',
    );
  });

  it('still joins the rest of a broken word that stays inside the cell', () => {
    expect(cellText([item('Samordnin', 30, 200), item('g 2031', 30, 212)], 77)).toBe('Samordning 2031');
  });
});
