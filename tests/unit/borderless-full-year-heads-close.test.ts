/**
 * Year heads that each name the full year ("2029 (helår)") set closer than a column gap in narrow
 * cells: the header line's run of words is split at each year when every piece is a full-year head of
 * its own, so each is a year column. Prose naming two years with words between them stays prose.
 * Wording and figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../parsers/page-model.ts';
import { analyzeItems } from '../helpers/item-pages.ts';

const SIZE = 9;
const at = (text: string, x: number, y: number, right = false): TextItem => {
  const width = text.length * SIZE * 0.5;
  return { text, x: right ? x - width : x, y, width, height: SIZE };
};

function page(heads: TextItem[]): TextItem[] {
  const row = (title: string, a: string, b: string, y: number): TextItem[] => [
    at(title, 40, y),
    at(a, 304, y, true),
    at(b, 364, y, true),
  ];
  return [
    at('Region Västmanland', 40, 40),
    at('Handlingsplan för habiliteringen', 40, 80),
    at('Åtgärd', 40, 150),
    at('Effekt, mkr', 250, 150),
    ...heads,
    ...row('Samordnade hjälpmedelsgenomgångar', '0,9', '1,4', 180),
    ...row('Gemensam schemaläggning', '1,2', '1,6', 194),
    ...row('Summa', '2,1', '3,0', 208),
    at('Nämnden föreslås besluta att godkänna planen.', 40, 250),
  ];
}

describe('full-year heads set closer than a column gap', () => {
  it('reads each "<year> (helår)" as its own year column', () => {
    // "2029 (helår)" is 54 pt wide: the heads stand 6 pt (two thirds of an em) apart.
    const doc = analyzeItems(page([at('2029 (helår)', 250, 164), at('2030 (helår)', 310, 164)]));
    expect(doc.measures.map((m) => [m.title, m.effects.map((e) => [e.year, e.amountMsek])])).toEqual([
      [
        'Samordnade hjälpmedelsgenomgångar',
        [
          [2029, 0.9],
          [2030, 1.4],
        ],
      ],
      [
        'Gemensam schemaläggning',
        [
          [2029, 1.2],
          [2030, 1.6],
        ],
      ],
    ]);
    expect(doc.totals.map((t) => [t.year, t.amountMsek])).toEqual([
      [2029, 2.1],
      [2030, 3],
    ]);
  });

  it('does not split a run with a word between the years', () => {
    const doc = analyzeItems(page([at('2029 (helår) och 2030 (helår)', 250, 164)]));
    const years = doc.measures.flatMap((m) => m.effects.map((e) => e.year));
    expect(years.includes(2029) && years.includes(2030)).toBe(false);
  });
});
