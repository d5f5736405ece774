/**
 * A borderless table whose label column holds short abbreviations of boards ("HSN", "RS", "KUN") left of
 * the years, and a column of longer words right of them (the one responsible, a comment): the short
 * words left of the years are the rows' labels. The column right of the years is taken for the titles
 * only when nothing left of the years holds words. Wording and layout are made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const paper = (right: string, cells: string[]) => `# Besparingskrav per nämnd, Region Uppsala
Belopp i mkr
Nämnd      2026            2027            ${right}
HSN        12,0            15,5            ${cells[0]}
RS         2,5             3,0             ${cells[1]}
KUN        1,5             1,5             ${cells[2]}
`;

const read = (text: string) =>
  analyzeText(text).measures.map((m) => [m.title, m.effects.map((e) => [e.year, e.amountMsek])]);

const expected = [
  [
    'HSN',
    [
      [2026, 12],
      [2027, 15.5],
    ],
  ],
  [
    'RS',
    [
      [2026, 2.5],
      [2027, 3],
    ],
  ],
  [
    'KUN',
    [
      [2026, 1.5],
      [2027, 1.5],
    ],
  ],
];

describe('an abbreviated label column left of the years', () => {
  it('keeps an Ansvarig column right of the years out of the titles', () => {
    const text = paper('Ansvarig', [
      'Hälso- och sjukvårdsdirektören',
      'Regiondirektören',
      'Kulturdirektören',
    ]);
    expect(read(text)).toEqual(expected);
  });

  it('keeps a Kommentar column right of the years from taking the labels', () => {
    const text = paper('Kommentar', [
      'Fördelat efter nettokostnad',
      'Fördelat efter nettokostnad',
      'Beslutat i kulturnämnden',
    ]);
    expect(read(text)).toEqual(expected);
  });
});
