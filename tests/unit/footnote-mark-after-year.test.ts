/**
 * A footnote mark set right after the year an amount is stated for ("… och 8,1 mkr 2029³, vilket …")
 * ends the year: only a decimal digit goes on a number. Read as a longer number, the year was lost and
 * the amount took the year before it from the sentence (a total of 2029 counted as 2028's). The
 * figures and wording are made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { findAmounts, yearNear } from '../../parsers/swedish/amounts.ts';
import { amountsByYear, statedTotal } from '../../parsers/swedish/statements.ts';

describe('a footnote mark after the year of an amount', () => {
  it('keeps the year a superscript follows', () => {
    const text = 'Insatserna ger tillsammans 5,4 mkr 2028 och 8,1 mkr 2029³, enligt kalkylen.';
    const got = amountsByYear(text, { years: [2028, 2029] }).map((a) => [a.year, a.amountMsek]);
    expect(got).toEqual([
      [2028, 5.4],
      [2029, 8.1],
    ]);
  });

  it('reads a stated total by its years when the last year carries a mark', () => {
    const total = statedTotal('Sammantaget ger åtgärderna 12,0 mkr 2030 och 14,5 mkr 2031¹⁾.', {
      years: [2030, 2031],
    });
    expect(total?.map((a) => [a.year, a.amountMsek])).toEqual([
      [2030, 12],
      [2031, 14.5],
    ]);
  });

  it('finds the nearest year past a mark, and still refuses a year run on into more digits', () => {
    const text = 'Hyran sjunker med 2,2 mkr under 2030² jämfört med planen.';
    const amount = findAmounts(text)[0];
    expect(amount && yearNear(text, amount)).toBe(2030);
    const plain = 'Hyran sjunker med 2,2 mkr under 20302 jämfört med planen.';
    const other = findAmounts(plain).find((a) => a.raw.startsWith('2,2'));
    expect(other && yearNear(plain, other)).toBeNull();
  });
});
