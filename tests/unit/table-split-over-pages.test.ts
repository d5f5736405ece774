/**
 * A measure table too wide for its page, set in two pieces: the first years in one table, the later
 * years in a second one under it (or on the next page), each piece repeating the rows' numbers and titles. Each row is one measure with
 * the years of both pieces; two tables that give the same rows for the same years stay as they were.
 * Wording and figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';
import { pagesFromText, withRuledTable } from '../helpers/text-pages.ts';

const first = [
  ['Nr', 'Åtgärd', '2030', '2031', '2032'],
  ['1', 'Samordnad nattbemanning', '0,5', '0,9', '1,2'],
  ['2', 'Färre inhyrda fysioterapeuter', '–', '0,4', '0,6'],
  ['', 'Summa', '0,5', '1,3', '1,8'],
];
const later = (years: string[]) => [
  ['Nummer', 'Åtgärd', ...years],
  ['1', 'Samordnad nattbemanning', '1,4', '1,4'],
  ['2', 'Färre inhyrda fysioterapeuter', '0,8', '0,8'],
  ['', 'Summa', '2,2', '2,2'],
];

function read(second: string[][]) {
  const table = (rows: string[][]) => rows.map((r) => r.join('    ')).join('\n');
  const text = `## Flerårsplan\nTabell 2. Effekt per år, mkr\n${table(first)}\n\nTabell 2 (forts.). Effekt per år, mkr\n${table(second)}\n`;
  let pages = withRuledTable(pagesFromText(text), first);
  pages = withRuledTable(pages, second);
  return effectsByTitle(analyzeText(pages));
}

describe('a wide table split in two pieces', () => {
  it('reads each row once, with the years of both pieces', () => {
    expect(read(later(['2033', '2034']))).toEqual([
      [
        'Samordnad nattbemanning',
        [
          [2030, 0.5],
          [2031, 0.9],
          [2032, 1.2],
          [2033, 1.4],
          [2034, 1.4],
        ],
      ],
      [
        'Färre inhyrda fysioterapeuter',
        [
          [2031, 0.4],
          [2032, 0.6],
          [2033, 0.8],
          [2034, 0.8],
        ],
      ],
    ]);
  });

  it('keeps rows of two tables for the same years apart', () => {
    expect(read(later(['2031', '2032'])).length).toBe(4);
  });
});
