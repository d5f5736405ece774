/**
 * Measure tables whose producer set the columns in another order or wrote each figure's sign before its
 * unit: the year columns first and the measures' titles after them ("2027 | 2028 | Åtgärd"), and cells
 * such as "1,4- mkr" (a trailing minus, then the unit) or "(0,8) tkr" (accountants' parentheses, then the
 * unit). Wording and layout are made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { labelColumnFirst, parseValue, unitOfCells } from '../../parsers/extract/tables.ts';
import { pagesFromText, withRuledTable } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };
const effects = (doc: ReturnType<typeof analyzePages>) =>
  doc.measures.map((m) => [m.title, Object.fromEntries(m.effects.map((e) => [e.year, e.amountMsek]))]);

describe('the measure column after the year columns', () => {
  const rows = [
    ['2027', '2028', 'Åtgärd'],
    ['1,2', '2,0', 'Gemensam upphandling av hörapparater'],
    ['(0,4)', '0,6', 'Kvällsöppen röntgen i Kiruna'],
    ['0,8', '2,6', 'Summa'],
  ];

  it('moves the words column to the front when no column left of the years holds words', () => {
    expect(labelColumnFirst({ source: 'ruled', rows }).rows).toEqual([
      ['Åtgärd', '2027', '2028'],
      ['Gemensam upphandling av hörapparater', '1,2', '2,0'],
      ['Kvällsöppen röntgen i Kiruna', '(0,4)', '0,6'],
      ['Summa', '0,8', '2,6'],
    ]);
  });

  it('leaves a table with its titles first, or with only a tag column after the years, as it is', () => {
    const first = { source: 'ruled' as const, rows: rows.map((r) => [r[2] ?? '', r[0] ?? '', r[1] ?? '']) };
    expect(labelColumnFirst(first)).toBe(first);
    const tags = {
      source: 'ruled' as const,
      rows: [
        ['Nr', '2027', '2028', 'Ansvarig'],
        ['1', '1,2', '2,0', 'Ekonomichef'],
        ['2', '0,4', '0,6', 'Ekonomichef'],
      ],
    };
    expect(labelColumnFirst(tags)).toBe(tags);
  });

  it('reads the measures of a ruled table set years first', () => {
    const text = `# Åtgärdsplan för Norrbottens tandvård
Belopp i mkr
2027      2028      Åtgärd
1,2       2,0       Gemensam upphandling av hörapparater
(0,4)     0,6       Kvällsöppen röntgen i Kiruna
0,8       2,6       Summa
`;
    const pages = withRuledTable(pagesFromText(text), rows, { firstCell: '2027' });
    const doc = analyzePages(pages, { fileName: 'test.pdf', info });
    expect(effects(doc)).toEqual([
      ['Gemensam upphandling av hörapparater', { 2027: 1.2, 2028: 2 }],
      ['Kvällsöppen röntgen i Kiruna', { 2027: -0.4, 2028: 0.6 }],
    ]);
  });
});

describe('a sign written before the unit of the cell', () => {
  it('reads a trailing minus and parentheses closed before the unit as a negative figure', () => {
    expect(parseValue('1,4- mkr', 'mkr')).toMatchObject({ amountMsek: -1.4 });
    expect(parseValue('1,4\u2212 mkr', 'mkr')).toMatchObject({ amountMsek: -1.4 });
    expect(parseValue('(800) tkr', 'mkr')).toMatchObject({ amountMsek: -0.8 });
    expect(parseValue('2,5 mkr', 'tkr')).toMatchObject({ amountMsek: 2.5 });
  });

  it('takes the unit of such cells, and passes over one cell whose unit the text layer broke', () => {
    expect(unitOfCells(['1,4- mkr', '2,0 mkr', '(0,6) mkr'])).toBe('mkr');
    expect(unitOfCells(['1 250 tkr', '2 400 tkr', '3 100 tkr', '4 000 tkr', '6 750 tk r'])).toBe('tkr');
    // A bare figure still refuses the cells' unit; so do many unreadable cells.
    expect(unitOfCells(['1,4- mkr', '2,0'])).toBeNull();
    expect(unitOfCells(['1 250 tkr', '2 400 tk r', '3 100 tk r'])).toBeNull();
  });
});
