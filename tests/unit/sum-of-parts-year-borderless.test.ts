/**
 * A borderless table whose first year is printed in parts with a sum cell of its own beside them
 * ("Halvår 1 | Halvår 2 | Summa 2031", the year spanning the parts on a line above) and the later years
 * whole: the sum cell is the first year's effect, the parts are money columns of their own. A sum cell
 * beside cells that are no parts of its year stays what it was. Wording and figures made up for these
 * tests.
 */
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../parsers/page-model.ts';
import { analyzeItems } from '../helpers/item-pages.ts';

const SIZE = 8;
const at = (text: string, x: number, y: number, right = false): TextItem => {
  const width = text.length * SIZE * 0.5;
  return { text, x: right ? x - width : x, y, width, height: SIZE };
};
const EDGES = [300, 350, 410, 470, 530];
function items(heads: string[]): TextItem[] {
  const row = (title: string, figures: string[], y: number) => [
    at(title, 50, y),
    ...figures.map((figure, k) => at(figure, EDGES[k] as number, y, true)),
  ];
  return [
    at('Region Kalmar län', 50, 40),
    at('Tabell 2. Beräknad effekt per år, mkr', 50, 90),
    at('2031', 320, 106),
    at('Åtgärd', 50, 118),
    ...heads.map((head, k) => at(head, EDGES[k] as number, 118, true)),
    ...row('Samordnad sjukhusapotek', ['0,3', '0,4', '0,7', '1,5', '1,6'], 134),
    ...row('Avvecklad nattmottagning', ['–', '0,2', '0,2', '0,9', '1,0'], 148),
    at('Nämnden föreslås besluta att godkänna planen.', 50, 190),
  ];
}
const effects = (heads: string[]) =>
  analyzeItems(items(heads)).measures.map((m) => [m.title, m.effects.map((e) => [e.year, e.amountMsek])]);

describe('a year in parts with its own sum cell beside the later years', () => {
  it('reads the sum cell as the year', () => {
    expect(effects(['Halvår 1', 'Halvår 2', 'Summa 2031', '2032', '2033'])).toEqual([
      [
        'Samordnad sjukhusapotek',
        [
          [2031, 0.7],
          [2032, 1.5],
          [2033, 1.6],
        ],
      ],
      [
        'Avvecklad nattmottagning',
        [
          [2031, 0.2],
          [2032, 0.9],
          [2033, 1.0],
        ],
      ],
    ]);
  });

  it('does not take a sum cell beside columns that are no parts of its year for the year', () => {
    const got = effects(['Plan', 'Utfall', 'Summa 2031', '2032', '2033']);
    expect(got.flatMap(([, list]) => (list as number[][]).filter(([year]) => year === 2031))).toEqual([]);
  });
});
