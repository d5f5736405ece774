/**
 * A measure table that prints cost changes — a saving as a negative figure — says so once: in a note under
 * the table, in its caption or a header cell. Its figures are then turned to effects (a lower cost improves
 * the result) while its sum row stays as printed and still reconciles. A result convention stated beside
 * negative figures keeps them; a cost named over mostly negative figures without a stated convention is
 * read as cost changes with a warning; a table of nothing but negative figures that states nothing is
 * read as printed, with a warning. Wording and figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';
import { pagesFromText, withRuledTable } from '../helpers/text-pages.ts';

const read = (caption: string, header: string[], rows: string[][], note = '') => {
  const table = [header, ...rows].map((r) => r.join('    ')).join('\n');
  const text = `## Åtgärder inom vuxenpsykiatrin\n${caption}\n${table}\n${note}\n\nÅtgärderna följs upp varje kvartal.\n`;
  const doc = analyzeText(withRuledTable(pagesFromText(text), [header, ...rows]));
  return {
    measures: effectsByTitle(doc),
    totals: doc.totals.map((t) => [t.year, t.amountMsek, t.reconciled]),
    doubts: doc.warnings.filter((w) => w.code === 'AMBIGUOUS_AMOUNT').map((w) => w.message),
    mismatches: doc.warnings.filter((w) => w.code === 'TOTAL_MISMATCH').length,
  };
};

const HEAD = ['Åtgärd', '2031', '2032'];
const ROWS = [
  ['Färre externa hyresavtal för kontor', '−1,4', '−2,0'],
  ['Gemensam nattsköterska för två enheter', '−0,8', '−0,9'],
  ['Utbildning i nytt journalsystem', '0,5', '–'],
  ['Summa', '−1,7', '−2,9'],
];
const FLIPPED = [
  [
    'Färre externa hyresavtal för kontor',
    [
      [2031, 1.4],
      [2032, 2],
    ],
  ],
  [
    'Gemensam nattsköterska för två enheter',
    [
      [2031, 0.8],
      [2032, 0.9],
    ],
  ],
  ['Utbildning i nytt journalsystem', [[2031, -0.5]]],
];

describe('the sign convention of a measure table', () => {
  it('turns cost changes to effects when a note under the table states it', () => {
    const got = read('Tabell 2. Åtgärder per år, mkr', HEAD, ROWS, 'Negativt tal innebär lägre kostnad.');
    expect(got.measures).toEqual(FLIPPED);
    // The sum row as printed, reconciled against the negated effects.
    expect(got.totals).toEqual([
      [2031, -1.7, true],
      [2032, -2.9, true],
    ]);
    expect(got.mismatches).toBe(0);
    expect(got.doubts).toEqual([]);
  });

  it('reads the convention from the caption ("plus = högre kostnad") and from a sentence of kind', () => {
    expect(read('Tabell 2. Åtgärder per år, mkr (plus = högre kostnad)', HEAD, ROWS).measures).toEqual(
      FLIPPED,
    );
    expect(
      read('Kostnadsminskningar redovisas med minustecken.\nTabell 2. Åtgärder per år, mkr', HEAD, ROWS)
        .measures,
    ).toEqual(FLIPPED);
  });

  it('keeps the printed signs under a stated result convention', () => {
    const got = read('Tabell 2. Åtgärder per år, mkr', HEAD, ROWS, '(−) = försämring av resultatet');
    expect(got.measures[0]).toEqual([
      'Färre externa hyresavtal för kontor',
      [
        [2031, -1.4],
        [2032, -2],
      ],
    ]);
    expect(got.doubts).toEqual([]);
  });

  it('reads a minus under a cost header as a lower cost, with a warning, when nothing is stated', () => {
    const got = read('Tabell 2. Nettokostnad per åtgärd, mkr', HEAD, ROWS);
    expect(got.measures).toEqual(FLIPPED);
    expect(got.doubts.length).toBeGreaterThan(0);
  });

  it('reads all-negative figures as printed, with a warning, when nothing is stated', () => {
    const rows = ROWS.filter((r) => !r[1]?.startsWith('0'));
    const got = read(
      'Tabell 2. Åtgärder per år, mkr',
      HEAD,
      rows.slice(0, 2).concat([['Lägre förbrukning av engångsmaterial', '−0,3', '−0,4']]),
    );
    expect(got.measures[0]).toEqual([
      'Färre externa hyresavtal för kontor',
      [
        [2031, -1.4],
        [2032, -2],
      ],
    ]);
    expect(got.doubts.length).toBeGreaterThan(0);
  });

  it('leaves an ordinary table of savings alone', () => {
    const rows = [
      ['Färre externa hyresavtal för kontor', '1,4', '2,0'],
      ['Utbildning i nytt journalsystem', '−0,5', '–'],
      ['Summa', '0,9', '2,0'],
    ];
    const got = read('Tabell 2. Besparing per år, mkr', HEAD, rows);
    expect(got.measures).toEqual([
      [
        'Färre externa hyresavtal för kontor',
        [
          [2031, 1.4],
          [2032, 2],
        ],
      ],
      ['Utbildning i nytt journalsystem', [[2031, -0.5]]],
    ]);
    expect(got.doubts).toEqual([]);
  });
});
