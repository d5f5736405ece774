/**
 * "Belopp i tusental kronor" (not "tusentals"): the unit stated in a sentence above a ruled table whose
 * cells carry no unit of their own. The table is read in tkr; without the statement it is not read.
 * Wording and figures made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';
import { pagesFromText, withRuledTable } from '../helpers/text-pages.ts';

const rows = [
  ['Insatsområde', '2031', '2032'],
  ['Gemensam tvättservice för tre sjukhus', '1 200', '2 400'],
  ['Lägre energiförbrukning i operationssalar', '350', '700'],
  ['Summa', '1 550', '3 100'],
];
const read = (above: string) => {
  const text = `## Insatser\n${above}\nTabell 2. Insatser per år\n${rows.map((r) => r.join('    ')).join('\n')}\n`;
  const doc = analyzeText(withRuledTable(pagesFromText(text), rows));
  return { measures: effectsByTitle(doc), totals: doc.totals.map((t) => [t.year, t.amountMsek]) };
};

describe('a unit stated as "tusental kronor"', () => {
  it('reads the table in tkr', () => {
    const got = read('Samtliga belopp i tabellen anges i tusental kronor.');
    expect(got.measures).toEqual([
      [
        'Gemensam tvättservice för tre sjukhus',
        [
          [2031, 1.2],
          [2032, 2.4],
        ],
      ],
      [
        'Lägre energiförbrukning i operationssalar',
        [
          [2031, 0.35],
          [2032, 0.7],
        ],
      ],
    ]);
    expect(got.totals).toEqual([
      [2031, 1.55],
      [2032, 3.1],
    ]);
  });

  it('reads no effect when nothing states the unit', () => {
    const got = read('Insatserna följs upp varje tertial.');
    expect(got.measures.flatMap(([, e]) => e)).toEqual([]);
  });
});
