/**
 * A borderless table whose figures are left-aligned text cells (with their unit) under year heads set at
 * the right of their cells, in columns of different widths — as a spreadsheet prints figures typed as
 * text under numeric year cells, or a Word table with left-aligned cells. The figures of a column share
 * a left edge that lies at or before its own head's start and after the previous head's end, so each
 * figure column belongs to the head whose cell begins there. Figures standing so that no head's cell can
 * begin at their edge are not paired. Wording and figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../parsers/page-model.ts';
import { analyzeItems } from '../helpers/item-pages.ts';

const SIZE = 9;
/** A text item of `text` at (x, y), as wide as its characters at about half an em each. */
const at = (text: string, x: number, y: number, right = false): TextItem => {
  const width = text.length * SIZE * 0.5;
  return { text, x: right ? x - width : x, y, width, height: SIZE };
};

/** Rows with the title at 40 and the figures left-aligned at `lefts`. */
function page(lefts: number[]): TextItem[] {
  const row = (title: string, figures: string[], y: number): TextItem[] => [
    at(title, 40, y),
    ...figures.map((figure, k) => at(figure, lefts[k] as number, y)),
  ];
  return [
    at('Region Gävleborg', 40, 40),
    at('Åtgärder för en budget i balans inom tandvården', 40, 80),
    at('Tabellen visar åtgärdernas beräknade effekt.', 40, 110),
    at('Insats', 40, 150),
    at('Effekt på resultatet', 250, 150),
    // Year heads right-aligned in cells 250–345 and 345–410.
    at('2029', 343, 164, true),
    at('2030', 408, 164, true),
    ...row('Samordnad beställning av tandtekniska arbeten', ['2 300 tkr', '2 900 tkr'], 180),
    ...row('Färre inhyrda tandhygienister', ['–', '1 450 tkr'], 194),
    ...row('Gemensam jourverksamhet', ['800 tkr', '1 100 tkr'], 208),
    ...row('Summa', ['3 100 tkr', '5 450 tkr'], 222),
    at('Nämnden föreslås besluta att godkänna åtgärderna.', 40, 260),
  ];
}

const effects = (doc: ReturnType<typeof analyzeItems>) =>
  doc.measures.map((m) => [m.title, m.effects.map((e) => [e.year, e.amountMsek])]);

describe('left-aligned figure cells under right-aligned year heads', () => {
  it('pairs each figure column with the head whose cell begins at its left edge', () => {
    const doc = analyzeItems(page([250, 347]));
    expect(effects(doc)).toEqual([
      [
        'Samordnad beställning av tandtekniska arbeten',
        [
          [2029, 2.3],
          [2030, 2.9],
        ],
      ],
      ['Färre inhyrda tandhygienister', [[2030, 1.45]]],
      [
        'Gemensam jourverksamhet',
        [
          [2029, 0.8],
          [2030, 1.1],
        ],
      ],
    ]);
    expect(doc.totals.map((t) => [t.year, t.amountMsek])).toEqual([
      [2029, 3.1],
      [2030, 5.45],
    ]);
  });

  it('never reads a figure column that starts inside the previous head under the next year', () => {
    // The second column's figures begin inside "2029" itself: no cell of "2030" can begin there.
    const doc = analyzeItems(page([250, 330]));
    const in2030 = doc.measures.flatMap((m) =>
      m.effects.filter((e) => e.year === 2030).map((e) => e.amountMsek),
    );
    const warned = doc.warnings.some((w) => w.code === 'AMBIGUOUS_TABLE' || w.code === 'TABLE_UNPARSED');
    expect(in2030.includes(2.9) && !warned).toBe(false);
  });

  it('keeps a long label cut off at the first figure column as the label, heads and figures left-set', () => {
    // Heads and figures start at their cells' left edges (250, 340); a sheet clips the long title at
    // the cell border just before the first column.
    const row = (title: string, a: string, b: string, y: number): TextItem[] => [
      at(title, 40, y),
      at(a, 250, y),
      at(b, 340, y),
    ];
    const doc = analyzeItems([
      at('Region Gävleborg', 40, 40),
      at('Åtgärder för en budget i balans inom tandvården', 40, 80),
      at('Insats', 40, 150),
      at('Effekt på resultatet, mkr', 250, 150),
      at('2029 (helår)', 250, 164),
      at('2030 (helår)', 340, 164),
      ...row('Samordnad bemanning av jourkliniker i länsdele', '2,4', '12,5', 180),
      ...row('Färre inhyrda tandhygienister', '1,1', '1,3', 194),
      ...row('Gemensam jourverksamhet', '0,8', '1,0', 208),
      ...row('Summa', '4,3', '14,8', 222),
      at('Nämnden föreslås besluta att godkänna åtgärderna.', 40, 260),
    ]);
    expect(effects(doc)).toEqual([
      [
        'Samordnad bemanning av jourkliniker i länsdele',
        [
          [2029, 2.4],
          [2030, 12.5],
        ],
      ],
      [
        'Färre inhyrda tandhygienister',
        [
          [2029, 1.1],
          [2030, 1.3],
        ],
      ],
      [
        'Gemensam jourverksamhet',
        [
          [2029, 0.8],
          [2030, 1],
        ],
      ],
    ]);
    expect(doc.totals.map((t) => [t.year, t.amountMsek])).toEqual([
      [2029, 4.3],
      [2030, 14.8],
    ]);
  });
});
