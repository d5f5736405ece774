/**
 * The place and date above the signature ("Luleå 2026-05-06", "Karlstad, den 3 juni 2026") tell where
 * the paper was written: the author's seat. A paper told only by such a town, whose body names another
 * region in two or three sentences, was given that other region — a wrong region without a warning.
 * The town on a line of its own with a date now weighs a little less than a hospital in the letterhead
 * and more than a region named in two body sentences. Wording made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { detectRegion } from '../../parsers/swedish/regions.ts';

const filler = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `Avsnitt ${i + 1} beskriver hur jourlinjerna inom kirurgin ska samordnas under hösten.`,
  );

function paper(sign: string, letterhead = 'Kirurgiska kliniken'): string {
  return [
    letterhead,
    'Verksamhetsledningen',
    '',
    ...filler(2),
    'Region Västernorrland har redan infört samma modell för sina jourlinjer.',
    ...filler(2),
    'Erfarenheterna från Region Västernorrland visar att väntetiderna minskar.',
    ...filler(2),
    '',
    sign,
    '',
    'Verksamhetschef',
  ].join('\n');
}

describe('a town in the place and date above the signature', () => {
  it('outweighs another region named in two body sentences', () => {
    expect(detectRegion([{ number: 1, text: paper('Luleå 2026-05-06') }])?.code).toBe('SE-BD');
    expect(detectRegion([{ number: 1, text: paper('Karlstad, den 3 juni 2026') }])?.code).toBe('SE-S');
  });

  it('counts on a later page too (the signature ends the paper)', () => {
    const pages = [
      { number: 1, text: paper('Bilaga 1 redovisar kostnaderna per klinik.') },
      { number: 2, text: [...filler(3), '', 'Luleå den 6 maj 2026', '', 'Verksamhetschef'].join('\n') },
    ];
    expect(detectRegion(pages)?.code).toBe('SE-BD');
  });

  it('makes a tie, no guess, when the body names the other region in three sentences', () => {
    const text = paper('Luleå 2026-05-06').replace(
      'Avsnitt 2 beskriver',
      'Region Västernorrland har också delat sina scheman. Avsnitt 2 beskriver',
    );
    expect(detectRegion([{ number: 1, text }])).toBeNull();
  });

  it('is no place and date when other words stand on the line', () => {
    // "Beslutet i Luleå 2026-05-06 gäller från juni." is running text: the town weighs as a town.
    const text = paper('Beslutet fattades i Luleå 2026-05-06 och gäller från juni.');
    expect(detectRegion([{ number: 1, text }])?.code).toBe('SE-Y');
  });

  it('does not outweigh a region named in the letterhead', () => {
    const text = paper('Luleå 2026-05-06', 'Region Västernorrland');
    expect(detectRegion([{ number: 1, text }])?.code).toBe('SE-Y');
  });
});
