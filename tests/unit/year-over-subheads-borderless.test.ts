/**
 * A borderless table whose years each span a gross and a net sub-column: the year row over a row of
 * sub-heads ("Bruttoeffekt | Nettoeffekt" under each year), the label column's head centred between the
 * two rows. The net column is the year's effect, the gross column a money column of its own — whether
 * the year stands centred over its pair, or over the gross or the net column. Wording and figures made
 * up for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../parsers/page-model.ts';
import { analyzeItems } from '../helpers/item-pages.ts';

const SIZE = 9;
const at = (text: string, x: number, y: number, right = false): TextItem => {
  const width = text.length * SIZE * 0.5;
  return { text, x: right ? x - width : x, y, width, height: SIZE };
};
/** Figure columns right-aligned at 300 (gross 2029), 370 (net 2029), 450 (gross 2030), 520 (net 2030). */
const EDGES = [300, 370, 450, 520];
const row = (title: string, figures: string[], y: number): TextItem[] => [
  at(title, 50, y),
  ...figures.map((figure, k) => at(figure, EDGES[k] as number, y, true)),
];

function page(years: TextItem[], heads: string[]): TextItem[] {
  return [
    at('Region Västernorrland', 50, 60),
    at('Tabell 4. Åtgärdernas effekt per år, mkr', 50, 120),
    ...years,
    at('Insats', 50, 159),
    ...heads.map((head, k) => at(head, EDGES[k] as number, 168, true)),
    ...row('Gemensam nattjour för två orter', ['3,0', '2,4', '3,2', '3,2'], 190),
    ...row('Avvecklad extern hyresvärd', ['1,5', '1,1', '1,5', '1,5'], 206),
    ...row('Summa', ['4,5', '3,5', '4,7', '4,7'], 222),
    at('Nämnden föreslås besluta att anta planen.', 50, 260),
  ];
}

const nets = [
  [
    'Gemensam nattjour för två orter',
    [
      [2029, 2.4],
      [2030, 3.2],
    ],
  ],
  [
    'Avvecklad extern hyresvärd',
    [
      [2029, 1.1],
      [2030, 1.5],
    ],
  ],
];
const read = (items: TextItem[]) => {
  const doc = analyzeItems(items);
  return {
    measures: doc.measures.map((m) => [m.title, m.effects.map((e) => [e.year, e.amountMsek])]),
    totals: doc.totals.map((t) => [t.year, t.amountMsek]),
  };
};
const HEADS = ['Bruttoeffekt', 'Nettoeffekt', 'Bruttoeffekt', 'Nettoeffekt'];

describe('years over gross and net sub-heads in a borderless table', () => {
  it('reads the net columns when each year is centred over its pair', () => {
    const got = read(page([at('2029', 318, 150), at('2030', 468, 150)], HEADS));
    expect(got.measures).toEqual(nets);
    expect(got.totals).toEqual([
      [2029, 3.5],
      [2030, 4.7],
    ]);
  });

  it('reads the net columns when each year stands over its gross column', () => {
    const got = read(page([at('2029', 300, 150, true), at('2030', 450, 150, true)], HEADS));
    expect(got.measures).toEqual(nets);
  });

  it('reads the net columns when the sub-heads are short words ("Brutto | Netto")', () => {
    const got = read(
      page([at('2029', 370, 150, true), at('2030', 520, 150, true)], ['Brutto', 'Netto', 'Brutto', 'Netto']),
    );
    expect(got.measures).toEqual(nets);
  });
});
