import { describe, expect, it } from 'vitest';
import { effectsFromWording } from '../../parsers/swedish/effects.ts';

/** A figure stated per year from a year on names no end: it holds for that year and the paper's later ones. */
describe('effectsFromWording: per year from a year', () => {
  const read = (text: string, years: number[]) =>
    effectsFromWording(text, { fallbackYear: null, years }).map((e) => [e.year, e.amountMsek]);

  it('"årligen fr.o.m." holds for every later year of the paper', () => {
    expect(
      read('Avvecklade förrådsytor sänker hyran med 1,5 mkr årligen fr.o.m. 2025.', [2025, 2026, 2027]),
    ).toEqual([
      [2025, 1.5],
      [2026, 1.5],
      [2027, 1.5],
    ]);
  });

  it('"/år från och med" the second year leaves the first year out', () => {
    expect(read('Lägre licenskostnader, 650 tkr/år från och med 2027.', [2026, 2027, 2028])).toEqual([
      [2027, 0.65],
      [2028, 0.65],
    ]);
  });

  it('a one-off figure from a year stays that year only', () => {
    expect(read('Intäkten om 2 mkr faller ut från 2026.', [2026, 2027])).toEqual([[2026, 2]]);
  });
});
