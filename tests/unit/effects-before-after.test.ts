import { describe, expect, it } from 'vitest';
import { effectsFromWording } from '../../parsers/swedish/effects.ts';

/** A level before and after ("från X – till Y") is one change, the difference, never two effects. */
describe('effectsFromWording: a level before and after', () => {
  const read = (text: string) => {
    const doubts: string[] = [];
    const effects = effectsFromWording(text, { fallbackYear: null, onDoubt: (d) => doubts.push(d) });
    return { effects: effects.map((e) => [e.year, e.amountMsek, e.type]), doubts };
  };

  it('a cost brought down from one level to another saves the difference', () => {
    const { effects, doubts } = read('Kostnaden för inhyrda läkare minskas från 62 mkr – till 47 mkr 2026.');
    expect(effects).toEqual([[2026, 15, 'cost_reduction']]);
    expect(doubts.join(' ')).toContain('a level before and after');
  });

  it('without the dash, and a cost that rises, worsen the result by the difference', () => {
    expect(read('Kostnaderna för läkemedel ökar från 140 till 152 miljoner kronor 2027.').effects).toEqual([
      [2027, -12, 'cost_increase'],
    ]);
  });

  it('revenue raised from one level to another', () => {
    expect(read('Intäkterna från avgifter höjs från 8,5 mkr till 10 mkr 2025.').effects).toEqual([
      [2025, 1.5, 'revenue_increase'],
    ]);
  });

  it('two effects of their own are still two effects', () => {
    expect(read('Besparingen blir 4 mkr 2025 och 6 mkr 2026.').effects).toEqual([
      [2025, 4, 'cost_reduction'],
      [2026, 6, 'cost_reduction'],
    ]);
  });
});
