/**
 * A table without rules whose year columns are named without four digits: "År 1   År 2" under a caption
 * stating the first year, or two-digit years ("år 33   år 34"). An unstated first year gives no year.
 * Wording and figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';

const read = (caption: string, heads: [string, string]) => {
  const text = `# Omställning i länssjukvården
Bakgrund till omställningen beskrivs i bilagan.

${caption}
Förändring                                 ${heads[0].padEnd(10)}${heads[1]}
Samlad jourverksamhet i Kiruna             1,4       1,9
Ny lokalplan för vårdcentralerna           0,6       1,2
`;
  return effectsByTitle(analyzeText(text));
};

describe('borderless year heads named without four digits', () => {
  it('reads "År 1   År 2" from the first year the caption states', () => {
    expect(read('Tabell 1. Effekt per år (år 1 = 2033), mkr', ['År 1', 'År 2'])).toEqual([
      [
        'Samlad jourverksamhet i Kiruna',
        [
          [2033, 1.4],
          [2034, 1.9],
        ],
      ],
      [
        'Ny lokalplan för vårdcentralerna',
        [
          [2033, 0.6],
          [2034, 1.2],
        ],
      ],
    ]);
  });

  it('reads two-digit years', () => {
    expect(
      read('Tabell 1. Effekt per år, mkr', ['år 33', 'år 34']).map(([, e]) => e.map(([y]) => y)),
    ).toEqual([
      [2033, 2034],
      [2033, 2034],
    ]);
  });

  it('reads no year when the first year is not stated', () => {
    expect(read('Tabell 1. Effekt per år, mkr', ['År 1', 'År 2']).flatMap(([, e]) => e)).toEqual([]);
  });
});
