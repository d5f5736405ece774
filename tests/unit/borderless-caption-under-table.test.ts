/**
 * A table whose caption is set UNDER it, as report layouts do ("Tabell 4. Insatser per år, tkr" below
 * the sum row, footnotes to its rows in between): the caption names the unit the figures are in. A
 * caption under a table that has its own caption over it is the next table's, not this one's.
 * Wording and figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';

const row = (label: string, a: string, b: string) => `${label.padEnd(46)}${a.padStart(10)}${b.padStart(10)}`;

const TABLE = [
  row('Insats', '2027', '2028'),
  row('Samordnad skolskjuts i inlandet', '850', '1 200'),
  row('Färre hyrda moduler vid gymnasiet', '400', '650'),
  row('Digital fakturahantering', '300', '300'),
  row('Summa', '1 550', '2 150'),
];

describe('a caption under its table', () => {
  it('gives the table its unit, footnotes in between', () => {
    const doc = analyzeText(
      [
        '## Ekonomiska insatser',
        'Utbildningsnämnden har tagit fram insatser för att minska kostnaderna de närmaste åren.',
        '',
        ...TABLE,
        '1) Gäller från och med höstterminen.',
        'Tabell 4. Insatser per år, tkr',
        '',
        'Insatserna följs upp varje kvartal.',
      ].join('\n'),
    );
    expect(effectsByTitle(doc)).toEqual([
      [
        'Samordnad skolskjuts i inlandet',
        [
          [2027, 0.85],
          [2028, 1.2],
        ],
      ],
      [
        'Färre hyrda moduler vid gymnasiet',
        [
          [2027, 0.4],
          [2028, 0.65],
        ],
      ],
      [
        'Digital fakturahantering',
        [
          [2027, 0.3],
          [2028, 0.3],
        ],
      ],
    ]);
  });

  it('is no unit of a table captioned above it (the caption under is the next table’s)', () => {
    const doc = analyzeText(
      [
        '## Ekonomiska insatser',
        'Tabell 3. Insatser per år',
        ...TABLE,
        '',
        'Tabell 4. Investeringar per år, tkr',
        row('Investering', '2027', '2028'),
        row('Ny skolbuss', '2 400', '–'),
      ].join('\n'),
    );
    expect(doc.measures.filter((m) => m.title.startsWith('Samordnad'))).toEqual([]);
  });
});
