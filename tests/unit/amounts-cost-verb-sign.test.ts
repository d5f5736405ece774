/**
 * A cost said by a verb: "Insatsen ökar kostnaderna med 0,8 mkr", "Kostnaderna stiger med 2 mkr" — the
 * result worsens as with "ökade kostnader på …"; and a cue shared by the per-year figures listed after it
 * ("… med 0,8 mkr 2031 och 1,2 mkr 2032"), each year's figure its object. Wording made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { findAmounts } from '../../parsers/swedish/amounts.ts';

const read = (text: string) => findAmounts(text).map((a) => a.amountMsek);

describe('a cost stated by a verb', () => {
  it('reads the figure after "ökar/höjer kostnaderna med" or "kostnaderna ökar/stiger med" as negative', () => {
    expect(read('Den nya jourlinjen ökar kostnaderna med 0,8 mkr.')).toEqual([-0.8]);
    expect(read('Avtalet höjer kostnaden med 450 tkr per år.')).toEqual([-0.45]);
    expect(read('Kostnaderna för tolkar stiger med 2,0 mkr under året.')).toEqual([-2]);
  });

  it('gives the cue to every per-year figure listed after it', () => {
    expect(read('Insatsen ökar kostnaderna med 0,8 mkr 2031 och 1,2 mkr 2032.')).toEqual([-0.8, -1.2]);
    expect(read('Underskottet väntas bli 3,5 mkr 2031, 2,0 mkr 2032 och 1,0 mkr 2033.')).toEqual([
      -3.5, -2, -1,
    ]);
  });

  it('keeps a lower cost and a second amount of its own positive', () => {
    expect(read('Bytet minskar kostnaderna med 1,5 mkr.')).toEqual([1.5]);
    // The verb of another subject: "intäkterna ökar", not the costs.
    expect(read('Kostnaden minskar när intäkterna ökar med 1,5 mkr.')).toEqual([1.5]);
    expect(read('Underskottet är 4,0 mkr och budgeten 310 mkr.')).toEqual([-4, 310]);
    expect(read('Kostnaderna ökar med 0,5 mkr 2031 medan intäkterna blir 2,0 mkr 2032.')).toEqual([-0.5, 2]);
  });
});
