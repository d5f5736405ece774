/**
 * "Fördyring" worsens the result as "kostnadsökning" does: an amount after it in its clause is negative,
 * and a measure's effect so worded is a cost increase. ("Merkostnad" heads a line of a seed report whose
 * amount is read unsigned, tests/unit/swedish-amounts.test.ts; only the effect reader signs it.) Wording
 * made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { findAmounts } from '../../parsers/swedish/amounts.ts';
import { effectsFromWording } from '../../parsers/swedish/effects.ts';

const read = (text: string) => findAmounts(text).map((a) => a.amountMsek);

describe('worsening compounds', () => {
  it('signs the amount after fördyring', () => {
    expect(read('Det nya städavtalet innebär en fördyring om 450 tkr.')).toEqual([-0.45]);
    expect(read('Avtalet ger en besparing om 450 tkr.')).toEqual([0.45]);
  });

  it('reads a fördyring as a cost increase', () => {
    const effects = effectsFromWording('Hyresavtalet medför en fördyring med 0,9 mkr 2031.', {
      fallbackYear: null,
      years: [2031],
    });
    expect(effects.map((e) => [e.year, e.amountMsek, e.type])).toEqual([[2031, -0.9, 'cost_increase']]);
  });
});
