/**
 * The measure as the subject of "ge" with a figure ("Insatsen ger 1,3 mkr 2032", "Förändringen beräknas
 * ge ca 0,4 mkr") words its effect, and a year before "med" is the figure's year ("… når full effekt 2034
 * med 2,2 mkr"), told as certain. A mere mention of what a measure gives is no effect. Wording made up
 * for this test.
 */
import { describe, expect, it } from 'vitest';
import { sectionEffects } from '../../parsers/extract/measures.ts';
import { effectsFromWording, isEffectWording } from '../../parsers/swedish/effects.ts';

describe('a measure that gives a figure', () => {
  it('is effect wording', () => {
    expect(isEffectWording('Insatsen ger 1,3 mkr 2032.')).toBe(true);
    expect(isEffectWording('Förändringen beräknas ge ca 0,4 mkr.')).toBe(true);
    expect(isEffectWording('Insatsen ger patienterna kortare väntetider.')).toBe(false);
  });

  it('reads the year standing before "med" as the figure’s year, without a doubt', () => {
    const doubts: string[] = [];
    const text = 'Insatsen ger 1,3 mkr 2032 och når full effekt 2034 med 2,2 mkr.';
    const effects = effectsFromWording(text, {
      fallbackYear: null,
      years: [2032, 2033, 2034],
      onDoubt: (d) => doubts.push(d),
    });
    expect(effects.map((e) => [e.year, e.amountMsek])).toEqual([
      [2032, 1.3],
      [2034, 2.2],
    ]);
    expect(doubts).toEqual([]);
  });

  it('gives a section body its effects', () => {
    const found = sectionEffects(
      'Insatsen ger 1,3 mkr 2032 och når full effekt 2034 med 2,2 mkr.',
      'other',
      [2032, 2033, 2034],
    );
    expect(found.effects.map((e) => [e.year, e.amountMsek])).toEqual([
      [2032, 1.3],
      [2034, 2.2],
    ]);
  });
});
