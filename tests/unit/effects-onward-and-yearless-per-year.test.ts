/**
 * Years by phrase: "X mkr 2032 och framåt" (or "och därefter") holds for that year and the paper's later
 * years; a figure per year ("årligen", "per år") in a clause that names no year holds for every year of
 * the paper's period. Wording made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { effectsFromWording } from '../../parsers/swedish/effects.ts';

const read = (text: string, years: number[]) =>
  effectsFromWording(text, { fallbackYear: null, years }).map((e) => [e.year, e.amountMsek]);

describe('years by phrase', () => {
  it('extends a year followed by "och framåt" over the later years of the paper', () => {
    expect(
      read('Den nya rutinen ger lägre kostnader med 1,4 mkr 2032 och framåt.', [2031, 2032, 2033]),
    ).toEqual([
      [2032, 1.4],
      [2033, 1.4],
    ]);
    expect(read('Den nya rutinen ger lägre kostnader med 1,4 mkr 2032.', [2031, 2032, 2033])).toEqual([
      [2032, 1.4],
    ]);
  });

  it('gives a yearless figure per year to every year of the paper', () => {
    expect(
      read('Samlokaliseringen ger en besparing om 0,7 mkr årligen under planperioden.', [2031, 2032]),
    ).toEqual([
      [2031, 0.7],
      [2032, 0.7],
    ]);
  });
});
