/**
 * Columns for parts of a year (halves, tertials, quarters, month spans, numbered periods). Beside the
 * year's full-year column the parts are amounts; a year printed only in parts gets the sum of them as its
 * effect with a warning when they cover the year (or may: numbered periods), and no effect with a warning
 * when they do not — never one part as the year. Wording and figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { partOfCell } from '../../parsers/extract/tables.ts';
import type { PageTable } from '../../parsers/page-model.ts';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const read = (head: string[], rows: string[][]) => {
  const pages = pagesFromText('# Åtgärdsprogram för tandvården\nProgrammets åtgärder.\n');
  const table: PageTable = { source: 'ruled', rows: [head, ...rows] };
  const page = pages[0];
  if (page) page.tables = [table];
  const doc = analyzeText(pages);
  return {
    measures: effectsByTitle(doc),
    totals: doc.totals.map((t) => [t.year, t.amountMsek]),
    amounts: doc.amounts.map((a) => a.amountMsek),
    warned: doc.warnings.filter((w) => w.code === 'AMBIGUOUS_TABLE').map((w) => w.message),
  };
};

describe('parts of a year in header cells', () => {
  it('reads the part and its year either way round', () => {
    expect(partOfCell('Halvår 2 2029')).toMatchObject({ year: 2029, kind: 'half', index: 2 });
    expect(partOfCell('2029 Q3')).toMatchObject({ year: 2029, kind: 'quarter', index: 3 });
    expect(partOfCell('1:a halvåret 2030')).toMatchObject({ year: 2030, kind: 'half', index: 1 });
    expect(partOfCell('mars–aug. 2029')).toMatchObject({ year: 2029, kind: 'months', index: 3, last: 8 });
    expect(partOfCell('Tertial 3 2029')).toMatchObject({ year: 2029, kind: 'tertial', index: 3 });
    expect(partOfCell('Delperiod 2 2029')).toMatchObject({ year: 2029, kind: 'period', index: 2 });
    expect(partOfCell('Helåret 2029')).toBeNull();
    expect(partOfCell('Kostnad 2029')).toBeNull();
    expect(partOfCell('2029')).toBeNull();
  });
});

describe('tables with parts of a year', () => {
  const rows = [
    ['Färre kliniker i glesbygd', '0,2', '0,3', '0,5', '0,9'],
    ['Gemensam sterilcentral', '0,1', '0,1', '0,2', '0,4'],
    ['Summa', '0,3', '0,4', '0,7', '1,3'],
  ];

  it('takes the full-year column as the year and the halves as amounts', () => {
    const got = read(['Insats (mkr)', 'Halvår 1 2029', 'Halvår 2 2029', 'Helåret 2029', '2030'], rows);
    expect(got.measures).toEqual([
      [
        'Färre kliniker i glesbygd',
        [
          [2029, 0.5],
          [2030, 0.9],
        ],
      ],
      [
        'Gemensam sterilcentral',
        [
          [2029, 0.2],
          [2030, 0.4],
        ],
      ],
    ]);
    expect(got.totals).toEqual([
      [2029, 0.7],
      [2030, 1.3],
    ]);
    expect(got.amounts).toEqual(expect.arrayContaining([0.3, 0.4, 0.1]));
    expect(got.warned).toEqual([]);
  });

  it('sums the quarters of a year printed only in quarters, warned, with no printed total for it', () => {
    const got = read(
      ['Insats (mkr)', 'Kv 1 2029', 'Kv 2 2029', 'Kv 3 2029', 'Kv 4 2029', '2030'],
      [
        ['Färre kliniker i glesbygd', '0,1', '0,1', '0,2', '0,2', '0,9'],
        ['Gemensam sterilcentral', '–', '–', '0,1', '0,1', '0,4'],
        ['Summa', '0,1', '0,1', '0,3', '0,3', '1,3'],
      ],
    );
    expect(got.measures).toEqual([
      [
        'Färre kliniker i glesbygd',
        [
          [2029, 0.6],
          [2030, 0.9],
        ],
      ],
      [
        'Gemensam sterilcentral',
        [
          [2029, 0.2],
          [2030, 0.4],
        ],
      ],
    ]);
    expect(got.totals).toEqual([[2030, 1.3]]);
    expect(got.warned.join(' ')).toMatch(/2029 is printed only in parts/);
  });

  it('sums numbered periods, warned that they may not make the year', () => {
    const got = read(
      ['Insats (mkr)', 'Delperiod 1 2029', 'Delperiod 2 2029', '2030'],
      [['Färre kliniker i glesbygd', '0,2', '0,3', '0,9']],
    );
    expect(got.measures).toEqual([
      [
        'Färre kliniker i glesbygd',
        [
          [2029, 0.5],
          [2030, 0.9],
        ],
      ],
    ]);
    expect(got.warned.join(' ')).toMatch(/may not cover the whole year/);
  });

  it('gives no effect, warned, for a year whose printed parts do not make it whole', () => {
    const got = read(
      ['Insats (mkr)', 'T1 2029', 'T2 2029', '2030'],
      [['Färre kliniker i glesbygd', '0,2', '0,3', '0,9']],
    );
    expect(got.measures).toEqual([['Färre kliniker i glesbygd', [[2030, 0.9]]]]);
    expect(got.warned.join(' ')).toMatch(/do not make the whole year/);
  });
});
