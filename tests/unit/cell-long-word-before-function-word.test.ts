/**
 * A drawn cell whose first line is one long compound that fills the cell nearly to its edge, and whose
 * next line starts with a whole preposition or conjunction: the compound is whole, the preposition the
 * next word, so the lines join with a space. A line going on with a fragment still joins without one.
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

describe('a long compound filling its cell line', () => {
  it('keeps the space before a whole function word on the next line', () => {
    // "Tandvårdsremisserna" is 19 letters, 95 points from x 30: it ends 2 points short of the edge 127.
    expect(cellText([item('Tandvårdsremisserna', 30, 200), item('inom folktandvården', 30, 212)], 127)).toBe(
      'Tandvårdsremisserna inom folktandvården',
    );
    expect(cellText([item('Tandvårdsremisserna', 30, 200), item('och journalerna', 30, 212)], 127)).toBe(
      'Tandvårdsremisserna och journalerna',
    );
  });

  it('still joins a fragment, even one that starts like a function word', () => {
    expect(cellText([item('Tandvårdsremissern', 30, 200), item('a 2031', 30, 212)], 122)).toBe(
      'Tandvårdsremisserna 2031',
    );
    expect(cellText([item('Tandvårdsremisshan', 30, 200), item('teringen', 30, 212)], 122)).toBe(
      'Tandvårdsremisshanteringen',
    );
    expect(cellText([item('Sjukvårdsupphandlingsf', 30, 200), item('örfarandet', 30, 212)], 142)).toBe(
      'Sjukvårdsupphandlingsförfarandet',
    );
  });
});
