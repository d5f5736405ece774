/**
 * Years by phrase: "X mkr 2032 och framåt" (or "och därefter") holds for that year and the paper's later
 * years; a figure per year ("årligen", "per år") in a clause that names no year holds for every year of
 * the paper's period only when the clause names that period ("under planperioden"). A figure per year
 * alone may be a level or hold from a year given elsewhere: it gets no years. A level before and after
 * ("från 9,5 till 8,1 mkr") is read as the change between them, exactly. Wording made up for this test.
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

  it('gives a yearless figure per year to every year of the period the clause names', () => {
    expect(
      read('Samlokaliseringen ger en besparing om 0,7 mkr årligen under planperioden.', [2031, 2032]),
    ).toEqual([
      [2031, 0.7],
      [2032, 0.7],
    ]);
    expect(
      read('Samlokaliseringen ger en besparing om 0,7 mkr per år under hela perioden.', [2031, 2032]),
    ).toEqual([
      [2031, 0.7],
      [2032, 0.7],
    ]);
  });

  it('gives no year to a figure per year when the clause names no period', () => {
    expect(read('Samlokaliseringen ger en besparing om 0,7 mkr årligen.', [2031, 2032])).toEqual([]);
  });

  it('reads a level before and after as the change, without float noise', () => {
    expect(read('Det nya avtalet sänker kostnaden från 9,5 till 8,1 mkr under 2032.', [2032])).toEqual([
      [2032, 1.4],
    ]);
  });
});
