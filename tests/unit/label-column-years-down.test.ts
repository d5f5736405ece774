/**
 * A table with the years down its first column and a comment column at its right ("År | Sjukresor |
 * Tolktjänst | Kommentar"): a single year opening a body row is no head of year columns, so the comment
 * column is not moved to the front; the table is read as years down, as before. Wording and layout are
 * made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { labelColumnFirst } from '../../parsers/extract/tables.ts';
import { pagesFromText, withRuledTable } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };

const rows = [
  ['År', 'Sjukresor', 'Tolktjänst', 'Kommentar'],
  ['2023', '11,8', '2,7', 'Utfall enligt årsredovisningen'],
  ['2024', '12,1', '2,9', 'Utfall enligt årsredovisningen'],
  ['2025', '12,4', '3,1', 'Prognos efter delårsrapporten'],
];

describe('a table with its years down the first column', () => {
  it('keeps its columns in their order', () => {
    const table = { source: 'ruled' as const, rows };
    expect(labelColumnFirst(table)).toBe(table);
  });

  it('is read as without the column move', () => {
    const text = `# Kostnader för sjukresor och tolktjänst, Region Gotland
Belopp i mkr
År      Sjukresor      Tolktjänst      Kommentar
2023    11,8           2,7             Utfall enligt årsredovisningen
2024    12,1           2,9             Utfall enligt årsredovisningen
2025    12,4           3,1             Prognos efter delårsrapporten
`;
    const pages = withRuledTable(pagesFromText(text), rows, { firstCell: 'År' });
    const doc = analyzePages(pages, { fileName: 'test.pdf', info });
    // Each cell an amount of its column, as the reading of years down gives them.
    expect(doc.amounts.map((a) => [a.context, a.amountMsek])).toEqual([
      ['Sjukresor', 11.8],
      ['Sjukresor', 12.1],
      ['Sjukresor', 12.4],
      ['Tolktjänst', 2.7],
      ['Tolktjänst', 2.9],
      ['Tolktjänst', 3.1],
    ]);
    expect(doc.measures).toEqual([]);
  });
});
