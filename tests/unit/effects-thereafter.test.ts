/**
 * A figure per year after "därefter" / "sedan" holds for the paper's years after the year the clause
 * names before it; a figure with its own year after "sedan" keeps that year. Wording made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { effectsFromWording } from '../../parsers/swedish/effects.ts';

const years = [2030, 2031, 2032, 2033];
const read = (text: string) =>
  effectsFromWording(text, { fallbackYear: null, years }).map((e) => [e.year, e.amountMsek]);

describe('"därefter" figures per year', () => {
  it('give every later year of the paper', () => {
    expect(read('Besparingen blir 300 tkr under 2030, därefter 900 tkr årligen.')).toEqual([
      [2030, 0.3],
      [2031, 0.9],
      [2032, 0.9],
      [2033, 0.9],
    ]);
    expect(read('Intäkterna ökar med 0,5 mkr år 2031 och sedan med 1 mkr per år.')).toEqual([
      [2031, 0.5],
      [2032, 1],
      [2033, 1],
    ]);
  });

  it('leave a figure that names its own year alone', () => {
    expect(read('Kostnaden minskar med 2 mkr 2030 och sedan med 3 mkr 2032.')).toEqual([
      [2030, 2],
      [2032, 3],
    ]);
  });
});
