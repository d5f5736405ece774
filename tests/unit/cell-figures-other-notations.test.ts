/**
 * Figures written in notations of other tools and locales, and year cells that carry a note beside the
 * figure: an approximation sign ("≈ 0,9", "~ 4"), a minus set after the figure as ERP exports and
 * spreadsheet formats print it ("7,25-", "12 400-"), a note in parentheses on how sure the figure is
 * ("3,3 (prel.)", "0,6 (bedömt)"), a range written with "à" ("4 à 6"), apostrophe thousands ("14'500")
 * and English grouping with a decimal point ("14,500.25"). Wording and figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseValue } from '../../parsers/extract/tables.ts';
import type { PageTable } from '../../parsers/page-model.ts';
import { findAmounts } from '../../parsers/swedish/amounts.ts';
import { parseSwedishNumber } from '../../parsers/swedish/numbers.ts';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const v = (cell: string, unit: 'mkr' | 'tkr' = 'mkr') => parseValue(cell, unit);

describe('numbers of other locales', () => {
  it('reads apostrophe groups and English grouping with a decimal point', () => {
    expect(parseSwedishNumber("14'500")).toBe(14500);
    expect(parseSwedishNumber('3’075’000')).toBe(3075000);
    expect(parseSwedishNumber("2'750,5")).toBe(2750.5);
    expect(parseSwedishNumber('14,500.25')).toBe(14500.25);
    expect(parseSwedishNumber('-3,100.5')).toBe(-3100.5);
  });

  it('keeps what is no such number', () => {
    // Comma groups without a decimal point are a Swedish decimal; apostrophe groups need three digits.
    expect(parseSwedishNumber('14,500')).toBe(14.5);
    expect(parseSwedishNumber("14'50")).toBeNull();
    expect(parseSwedishNumber('1,250.5.1')).toBeNull();
  });

  it('reads apostrophe thousands in prose whole, not their last group', () => {
    const got = findAmounts(
      "Landstingets bidrag på 7'840 tkr och 2,5 mkr till hjälpmedel betalas ut i juni.",
    );
    expect(got.map((a) => a.amountMsek)).toEqual([7.84, 2.5]);
    expect(findAmounts('Licenserna kostade 3,480.5 tkr.').map((a) => a.amountMsek)).toEqual([3.4805]);
  });
});

describe('year cells with a sign or note around the figure', () => {
  it('reads an approximation sign as the printed figure', () => {
    expect(v('≈ 0,9')).toMatchObject({ amountMsek: 0.9 });
    expect(v('~4')).toMatchObject({ amountMsek: 4 });
    expect(v('≈ 1 150', 'tkr')).toMatchObject({ amountMsek: 1.15 });
  });

  it('reads a trailing minus as the sign', () => {
    expect(v('7,25-')).toMatchObject({ amountMsek: -7.25 });
    expect(v('12 400-', 'tkr')).toMatchObject({ amountMsek: -12.4 });
    expect(v('0,3−')).toMatchObject({ amountMsek: -0.3 });
    // A dash alone is no figure; a dash before a figure a minus as before.
    expect(v('-')).toBeNull();
    expect(v('-0,3')).toMatchObject({ amountMsek: -0.3 });
  });

  it('leaves a note on the figure out of it, but not a unit or a figure in parentheses', () => {
    expect(v('3,3 (prel.)')).toMatchObject({ amountMsek: 3.3 });
    expect(v('0,6 (bedömt)')).toMatchObject({ amountMsek: 0.6 });
    expect(v('450 (tkr)')).toBe('unread');
    expect(v('2,0 (1,5)')).toBe('unread');
  });

  it('reads a range written with "à" as its lower end and an upper end', () => {
    expect(v('4 à 6')).toMatchObject({ amountMsek: 4, rangeEnd: 6 });
    expect(v('250 à 400', 'tkr')).toMatchObject({ amountMsek: 0.25, rangeEnd: 0.4 });
    expect(v('4à6')).toBe('unread');
  });

  it('gives a measure table with these cells its effects and sums', () => {
    const pages = pagesFromText(
      '# Plan för minskade kostnader i tandvården 2030–2031\nInsatserna i korthet.\n',
    );
    const table: PageTable = {
      source: 'ruled',
      rows: [
        ['Insats', '2030 (tkr)', '2031 (tkr)'],
        ['Färre dubbelbokade behandlingsrum', "1'450", '≈ 2 000'],
        ['Ny hyresnivå i Tandvårdshuset', '380 (prel.)', '250 à 500'],
        ['Utökad jourberedskap', '600-', '1,200.5-'],
        ['Totalt', "1'230", '1 049,5'],
      ],
    };
    const page = pages[0];
    if (page) page.tables = [table];
    const doc = analyzeText(pages);
    expect(effectsByTitle(doc)).toEqual([
      [
        'Färre dubbelbokade behandlingsrum',
        [
          [2030, 1.45],
          [2031, 2],
        ],
      ],
      [
        'Ny hyresnivå i Tandvårdshuset',
        [
          [2030, 0.38],
          [2031, 0.25],
        ],
      ],
      [
        'Utökad jourberedskap',
        [
          [2030, -0.6],
          [2031, -1.2005],
        ],
      ],
    ]);
    expect(doc.totals.map((t) => [t.year, t.amountMsek])).toEqual([
      [2030, 1.23],
      [2031, 1.0495],
    ]);
    expect(doc.amounts.map((a) => a.amountMsek)).toContain(0.5);
  });
});
