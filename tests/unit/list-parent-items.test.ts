/**
 * A list numbered in levels whose first-level items carry figures of their own: the items numbered under
 * an item ("2.1", "2.2" under "2.") are its parts and the measures; the item above them is no measure
 * beside them (the plan would count twice), its figures stay amounts of the paper. Parts that do not add
 * up are read by their numbers, with a doubt. Wording of this test alone.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';

const paper = (first: string) => `# Åtgärdsplan 2026–2027

## Åtgärder

Förvaltningen föreslår följande åtgärder för en ekonomi i balans:

1. Minskade portokostnader – 0,3 mkr 2026, 0,4 mkr 2027
2. Laboratoriemedicin – ${first}, 2,0 mkr 2027
2.1 Färre analyser av D-vitamin – 0,5 mkr 2026, 0,8 mkr 2027
2.2 Samlad provtagning på sjukhuset – 1,0 mkr 2026, 1,2 mkr 2027
3. Digital kallelse till screening – 0,6 mkr 2026, 0,6 mkr 2027
`;

describe('list items numbered under an item with figures', () => {
  it('reads the items under it as the measures and its figures as amounts', () => {
    const doc = analyzeText(paper('1,5 mkr 2026'));
    expect(effectsByTitle(doc)).toEqual([
      [
        'Minskade portokostnader',
        [
          [2026, 0.3],
          [2027, 0.4],
        ],
      ],
      [
        'Färre analyser av D-vitamin',
        [
          [2026, 0.5],
          [2027, 0.8],
        ],
      ],
      [
        'Samlad provtagning på sjukhuset',
        [
          [2026, 1],
          [2027, 1.2],
        ],
      ],
      [
        'Digital kallelse till screening',
        [
          [2026, 0.6],
          [2027, 0.6],
        ],
      ],
    ]);
    expect(doc.amounts.map((a) => a.amountMsek)).toContain(1.5);
    expect(doc.warnings.filter((w) => w.message.includes('not the sum'))).toEqual([]);
  });

  it('says so when the items under it do not add up to it', () => {
    const doc = analyzeText(paper('1,8 mkr 2026'));
    expect(doc.measures.map((m) => m.title)).not.toContain('Laboratoriemedicin');
    expect(doc.warnings.some((w) => w.message.includes('not the sum of the items numbered under it'))).toBe(
      true,
    );
  });
});
