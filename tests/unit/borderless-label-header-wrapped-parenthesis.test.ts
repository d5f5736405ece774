/**
 * A narrow label column wraps its header cell inside a parenthesis ("Insats (tusen" over "kronor)"): the
 * line closing the parenthesis is the header's, not the first row's first line. Wording and figures made
 * up for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';

const paper = (head: string) =>
  analyzeText(`# Insatser inom habiliteringen 2031–2032
Region Gotland

## Insatser
${head}
Samordnade hjälpmedelsbesök       1 200         1 500
Färre köpta platser                 800           950

## Bakgrund
Kostnaderna har ökat.
`);

describe('a label header wrapped inside its parenthesis', () => {
  it('keeps the closing line in the header', () => {
    const doc = paper(`Insats (tusen                      2031          2032
kronor)`);
    expect(effectsByTitle(doc)).toEqual([
      [
        'Samordnade hjälpmedelsbesök',
        [
          [2031, 1.2],
          [2032, 1.5],
        ],
      ],
      [
        'Färre köpta platser',
        [
          [2031, 0.8],
          [2032, 0.95],
        ],
      ],
    ]);
  });
});
