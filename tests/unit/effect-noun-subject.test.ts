/**
 * A sentence whose subject is the effect and whose verb states its size ("Årseffekten blir 2,4 mkr från
 * 2031", "halvårseffekten bedöms till 1,1 mkr") words a measure's effect, so a numbered section written
 * gets its effects. Wording made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { sectionEffects } from '../../parsers/extract/measures.ts';
import { isEffectWording } from '../../parsers/swedish/effects.ts';

describe('an effect noun as the subject of a size verb', () => {
  it('is effect wording; a mere mention of effects is not', () => {
    expect(isEffectWording('Effekten blir 2,4 mkr från 2031.')).toBe(true);
    expect(isEffectWording('För 2030 bedöms halvårseffekten uppgå till 1,1 mkr.')).toBe(false);
    expect(isEffectWording('Halvårseffekten bedöms till 1,1 mkr.')).toBe(true);
    expect(isEffectWording('Effekten av satsningen följs upp 2031.')).toBe(false);
  });

  it('gives a section body its effects from such a sentence', () => {
    const body =
      'Förslaget har prövats i två kommuner. Helårseffekten blir 2,4 mkr från 2031; för 2030 bedöms effekten till 1,1 mkr.';
    const found = sectionEffects(body, 'other', [2030, 2031, 2032]);
    expect(found.effects.map((e) => [e.year, e.amountMsek]).sort()).toEqual([
      [2030, 1.1],
      [2031, 2.4],
      [2032, 2.4],
    ]);
  });
});
