/**
 * Year columns that hold cumulative figures — each the sum of the effects so far — are no year's own
 * effect: a header over them ("Kumulativ besparing" spanning the years) or their own cell ("2028 ack")
 * says so. The effect of a year is then the difference from the year before, and the table warns; a
 * cumulative column beside annual ones is a money column of its own. Wording and figures made up for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { annualFromCumulative } from '../../parsers/extract/tables.ts';
import type { PageTable } from '../../parsers/page-model.ts';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const read = (text: string, tables?: PageTable[]) => {
  const pages = pagesFromText(text);
  const page = pages[0];
  if (tables && page) page.tables = tables;
  const doc = analyzeText(pages);
  return {
    measures: effectsByTitle(doc),
    totals: doc.totals.map((t) => [t.year, t.amountMsek]),
    unsure: doc.warnings.filter((w) => w.code === 'AMBIGUOUS_TABLE').length,
  };
};

describe('cumulative year columns', () => {
  it('turns running sums into the effect of each year', () => {
    expect(
      annualFromCumulative([
        { year: 2029, amountMsek: 2.5, raw: '2,5' },
        { year: 2028, amountMsek: 1, raw: '1,0' },
        { year: 2030, amountMsek: 2.5, raw: '2,5' },
      ]),
    ).toEqual([
      { year: 2028, amountMsek: 1, raw: '1,0' },
      { year: 2029, amountMsek: 1.5, raw: '2,5' },
    ]);
  });

  it('reads a ruled table with a cumulative header over its years as yearly effects, warned', () => {
    const got = read('# Besparingsprogram för tandvården 2028–2030\nProgrammets åtgärder.\n', [
      {
        source: 'ruled',
        rows: [
          ['Insats', 'Kumulativ besparing, tkr', 'Kumulativ besparing, tkr', 'Kumulativ besparing, tkr'],
          ['', '2028', '2029', '2030'],
          ['Färre kliniker i glesbygd', '400', '1 100', '1 500'],
          ['Gemensam sterilcentral', '', '250', '600'],
          ['Summa', '400', '1 350', '2 100'],
        ],
      },
    ]);
    expect(got.measures).toEqual([
      [
        'Färre kliniker i glesbygd',
        [
          [2028, 0.4],
          [2029, 0.7],
          [2030, 0.4],
        ],
      ],
      [
        'Gemensam sterilcentral',
        [
          [2029, 0.25],
          [2030, 0.35],
        ],
      ],
    ]);
    expect(got.totals).toEqual([
      [2028, 0.4],
      [2029, 0.95],
      [2030, 0.75],
    ]);
    expect(got.unsure).toBeGreaterThan(0);
  });

  it('reads year cells marked "ack" the same way, and leaves a cumulative column beside annual years', () => {
    const marked = read('# Besparingsprogram för tandvården\nProgrammets åtgärder.\n', [
      {
        source: 'ruled',
        rows: [
          ['Insats', 'Ack 2028 (mkr)', 'Ack 2029 (mkr)'],
          ['Färre kliniker i glesbygd', '0,4', '1,1'],
        ],
      },
    ]);
    expect(marked.measures).toEqual([
      [
        'Färre kliniker i glesbygd',
        [
          [2028, 0.4],
          [2029, 0.7],
        ],
      ],
    ]);
    expect(marked.unsure).toBeGreaterThan(0);
    const beside = read('# Besparingsprogram för tandvården\nProgrammets åtgärder.\n', [
      {
        source: 'ruled',
        rows: [
          ['Insats', '2028 (mkr)', '2029 (mkr)', 'Kumulativt 2029 (mkr)'],
          ['Färre kliniker i glesbygd', '0,4', '0,7', '1,1'],
        ],
      },
    ]);
    expect(beside.measures).toEqual([
      [
        'Färre kliniker i glesbygd',
        [
          [2028, 0.4],
          [2029, 0.7],
        ],
      ],
    ]);
  });

  it('reads a borderless table with a cumulative header line over its years, warned', () => {
    const got = read(`# Besparingsprogram för tandvården 2028–2029
Programmets åtgärder (mkr)
                                   Kumulativ besparing
Insats                               2028      2029
Färre kliniker i glesbygd             0,4       1,1
Gemensam sterilcentral                0,2       0,5

Programmet följs upp varje tertial.`);
    expect(got.measures).toEqual([
      [
        'Färre kliniker i glesbygd',
        [
          [2028, 0.4],
          [2029, 0.7],
        ],
      ],
      [
        'Gemensam sterilcentral',
        [
          [2028, 0.2],
          [2029, 0.3],
        ],
      ],
    ]);
    expect(got.unsure).toBeGreaterThan(0);
  });
});

describe('saving, cost and net for the same year', () => {
  const table = (head: string[]): PageTable => ({
    source: 'ruled',
    rows: [
      ['Insats', ...head],
      ['Färre kliniker i glesbygd', '0,9', '0,3', '0,6', '1,2', '0,1', '1,1'],
      ['Gemensam sterilcentral', '0,5', '0', '0,5', '0,7', '0,2', '0,5'],
    ],
  });

  it('reads the net columns as the effects, not the gross saving', () => {
    const got = read('# Besparingsprogram för tandvården\nProgrammets åtgärder.\n', [
      table([
        'Besparing 2028 (mkr)',
        'Kostnad 2028 (mkr)',
        'Netto 2028 (mkr)',
        'Besparing 2029 (mkr)',
        'Kostnad 2029 (mkr)',
        'Netto 2029 (mkr)',
      ]),
    ]);
    expect(got.measures).toEqual([
      [
        'Färre kliniker i glesbygd',
        [
          [2028, 0.6],
          [2029, 1.1],
        ],
      ],
      [
        'Gemensam sterilcentral',
        [
          [2028, 0.5],
          [2029, 0.5],
        ],
      ],
    ]);
  });

  it('warns when another column names the same year and none is the net', () => {
    const got = read('# Besparingsprogram för tandvården\nProgrammets åtgärder.\n', [
      table([
        'Besparing 2028 (mkr)',
        'Engångskostnad 2028',
        'Resultat 2028',
        'Besparing 2029 (mkr)',
        'Engångskostnad 2029',
        'Resultat 2029',
      ]),
    ]);
    expect(got.unsure).toBeGreaterThan(0);
  });
});

describe('saving, cost and net for the same year in a borderless table', () => {
  const text = (head: string) => `# Besparingsprogram för tandvården 2028
Tabell 2 Insatser och deras effekt (mkr)
Insats                   ${head}
Färre kliniker i glesbygd           0,9           0,3         0,6
Gemensam sterilcentral              0,5           0,1         0,4

Programmet följs upp varje tertial.`;

  it('reads the net column as the effect', () => {
    expect(read(text('Besparing 2028  Kostnad 2028  Netto 2028')).measures).toEqual([
      ['Färre kliniker i glesbygd', [[2028, 0.6]]],
      ['Gemensam sterilcentral', [[2028, 0.4]]],
    ]);
  });

  it('never reads the gross saving as the effect when the net is not named', () => {
    const got = read(text('Besparing 2028  Kostnad 2028  Effekt netto'));
    expect(got.measures.flatMap(([, effects]) => effects)).not.toContainEqual([2028, 0.9]);
  });
});
