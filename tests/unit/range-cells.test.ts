/**
 * Year cells with a range or a bound (extraction-rules: "A range gives its lower end as the effect;
 * 'ca', 'minst', 'upp till' give the printed figure"): "1 200–1 500" is 1 200 with 1 500 an amount of the
 * paper, "≥ 1,5" and "minst 2" are read as written. Wording and figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseValue } from '../../parsers/extract/tables.ts';
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
    amounts: doc.amounts.map((a) => a.amountMsek),
    unsure: doc.warnings.filter((w) => w.code === 'AMBIGUOUS_TABLE').length,
  };
};

describe('range and bound cells', () => {
  it('reads a bound as its printed figure and a range as its lower end', () => {
    const v = (cell: string, unit: 'mkr' | 'tkr' = 'mkr') => parseValue(cell, unit);
    expect(v('≥ 1,5')).toEqual({ amountMsek: 1.5, raw: '≥ 1,5' });
    expect(v('>0,75')).toEqual({ amountMsek: 0.75, raw: '>0,75' });
    expect(v('≤ 4')).toEqual({ amountMsek: 4, raw: '≤ 4' });
    expect(v('minst 2')).toMatchObject({ amountMsek: 2 });
    expect(v('upp till 3')).toMatchObject({ amountMsek: 3 });
    expect(v('cirka 0,6')).toMatchObject({ amountMsek: 0.6 });
    expect(v('1,5-2,25')).toEqual({ amountMsek: 1.5, raw: '1,5-2,25', rangeEnd: 2.25 });
    expect(v('7 – 9')).toMatchObject({ amountMsek: 7, rangeEnd: 9 });
    expect(v('1 200–1 500', 'tkr')).toMatchObject({ amountMsek: 1.2, rangeEnd: 1.5 });
    expect(v('3 till 5')).toMatchObject({ amountMsek: 3, rangeEnd: 5 });
    expect(v('ca 0,5–0,9 mkr', 'tkr')).toMatchObject({ amountMsek: 0.5, rangeEnd: 0.9 });
  });

  it('leaves cells that are no range unread', () => {
    // A dash glued to the second figure after a space is its minus, not a range.
    expect(parseValue('4,0 -3,2', 'mkr')).toBe('unread');
    // Falling ends, a period of years, a range in accountants' parentheses: not read as a range.
    expect(parseValue('5–2', 'mkr')).toBe('unread');
    expect(parseValue('2027–2029', 'mkr')).toBe('unread');
    expect(parseValue('(1–2)', 'mkr')).toBe('unread');
    expect(parseValue('inte bedömt', 'mkr')).toBe('unread');
  });

  it('gives a measure whose only figure is a range that effect, the upper end an amount', () => {
    const got = read('# Åtgärdsprogram för tandvården 2029–2030\nProgrammets insatser.\n', [
      {
        source: 'ruled',
        rows: [
          ['Insats', '2029 (tkr)', '2030 (tkr)'],
          ['Färre kliniker i glesbygd', '1 200–1 500', ''],
          ['Gemensam sterilcentral', '≥ 350', 'minst 700'],
          ['Digital tidbokning', 'upp till 90', '3 till 4 mkr'],
        ],
      },
    ]);
    expect(got.measures).toEqual([
      ['Färre kliniker i glesbygd', [[2029, 1.2]]],
      [
        'Gemensam sterilcentral',
        [
          [2029, 0.35],
          [2030, 0.7],
        ],
      ],
      [
        'Digital tidbokning',
        [
          [2029, 0.09],
          [2030, 3],
        ],
      ],
    ]);
    expect(got.amounts).toEqual(expect.arrayContaining([1.5, 4]));
    expect(got.amounts).not.toContain(1.2);
    expect(got.unsure).toBe(0);
  });

  it('reads range cells of a borderless table', () => {
    const got = read(`# Åtgärdsprogram för tandvården 2029–2030
Programmets insatser (mkr)
Insats                               2029        2030
Färre kliniker i glesbygd           0,4–0,6      ≥ 1,1
Gemensam sterilcentral                0,2      1,0–1,4

Programmet följs upp varje tertial.`);
    expect(got.measures).toEqual([
      [
        'Färre kliniker i glesbygd',
        [
          [2029, 0.4],
          [2030, 1.1],
        ],
      ],
      [
        'Gemensam sterilcentral',
        [
          [2029, 0.2],
          [2030, 1],
        ],
      ],
    ]);
    expect(got.amounts).toEqual(expect.arrayContaining([0.6, 1.4]));
  });
});
