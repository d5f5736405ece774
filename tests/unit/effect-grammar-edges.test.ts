/**
 * Edges of the effect grammar: a caption's dash before a verb is no sign convention; a compound whose
 * first part holds a direction word ("avbokningsavgift") has no direction; a comparison's figure is the
 * level only inside its phrase; "program" is no budget frame; a net effect named as "nettoeffekt på" wins
 * over a gross figure. Wording made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { sectionEffects } from '../../parsers/extract/measures.ts';
import { statesCostSigns } from '../../parsers/extract/sign-convention.ts';
import { effectsFromWording, isEffectWording } from '../../parsers/swedish/effects.ts';

const section = (text: string, years: number[]) =>
  sectionEffects(text, 'other', years).effects.map((e) => [e.year, e.amountMsek]);

describe('effect grammar edges', () => {
  it('takes a bare sign as a convention only with "=" or ":"', () => {
    expect(statesCostSigns('Tabell 3 – visar kostnadsminskningar per åtgärd och år')).toBe(false);
    expect(statesCostSigns('Belopp i mkr, − = lägre kostnad')).toBe(true);
    expect(statesCostSigns('Negativa belopp avser kostnadsminskning')).toBe(true);
  });

  it('reads no direction in the part of a compound before its money noun', () => {
    expect(isEffectWording('Avbokningsavgiften uppgår till 0,2 mkr 2031.')).toBe(false);
  });

  it('keeps the statement’s own figures after a comparison that opens the sentence', () => {
    expect(section('Jämfört med 2030 beräknas kostnaderna minska med 1,2 mkr 2031.', [2031])).toEqual([
      [2031, 1.2],
    ]);
    expect(
      section(
        'Åtgärden beräknas ge en besparing om 0,8 mkr 2031 jämfört med en kostnad på 5,1 mkr 2030.',
        [2031],
      ),
    ).toEqual([[2031, 0.8]]);
  });

  it('takes "program" for no budget frame', () => {
    expect(section('Ett nytt program beräknas ge en besparing på 0,6 mkr 2031.', [2031])).toEqual([
      [2031, 0.6],
    ]);
  });

  it('takes a "nettoeffekt på" figure over the gross one of its year', () => {
    expect(
      effectsFromWording('Bytet ger en besparing om 2,2 mkr 2031, med en nettoeffekt på 1,5 mkr.', {
        fallbackYear: null,
        years: [2031],
      }).map((e) => [e.year, e.amountMsek]),
    ).toEqual([[2031, 1.5]]);
  });
});
