/**
 * The grammar of effect wordings: a money noun as the head of a compound ("personalkostnaderna",
 * "parkeringsintäkter") is a cost or an income as the bare noun is; and a net figure given after a gross
 * one for the same year ("en besparing om 1,8 mkr 2031, netto 1,1 mkr efter …") is the year's effect.
 * Wording made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { effectsFromWording, isEffectWording } from '../../parsers/swedish/effects.ts';

const read = (text: string, years: number[]) =>
  effectsFromWording(text, { fallbackYear: null, years }).map((e) => [e.year, e.amountMsek, e.type]);

describe('effect wordings with compound nouns', () => {
  it('reads the head of a compound as its money noun', () => {
    expect(isEffectWording('Avgiften ger ökade parkeringsintäkter om 0,9 mkr 2031.')).toBe(true);
    expect(read('Avgiften ger ökade parkeringsintäkter om 0,9 mkr 2031.', [2031])).toEqual([
      [2031, 0.9, 'revenue_increase'],
    ]);
    expect(read('Schemat ger högre övertidskostnader med 0,4 mkr 2031.', [2031])).toEqual([
      [2031, -0.4, 'cost_increase'],
    ]);
  });
});

describe('a net figure after a gross one', () => {
  it('takes the net figure as the year’s effect', () => {
    expect(
      read(
        'Samordningen ger en besparing om 1,8 mkr 2031, netto 1,1 mkr efter kostnader för ett nytt system.',
        [2031],
      ).map(([y, v]) => [y, v]),
    ).toEqual([[2031, 1.1]]);
  });

  it('keeps a net figure given first', () => {
    expect(
      read('Samordningen ger netto 1,1 mkr 2031 (brutto 1,8 mkr 2031).', [2031]).map(([y, v]) => [y, v]),
    ).toEqual([[2031, 1.1]]);
  });
});

describe('a compound noun with a past-tense verb after it', () => {
  it('reports what happened; it words no measure', () => {
    expect(isEffectWording('Lokalkostnaderna ökade med 12 mkr under året.')).toBe(false);
    expect(isEffectWording('Flytten ger lägre lokalkostnader med 1,2 mkr 2031.')).toBe(true);
  });
});
