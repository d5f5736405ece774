/**
 * A borderless table WITHOUT a sum row, followed right under its last row by a sentence that states
 * the sum by year ("Sammanlagt ger insatserna 2,1 mkr 2026, 2,8 mkr 2027 och 3,4 mkr 2028."), its
 * words running from the label side into the year columns, a figure first where the columns begin.
 * The sentence is no row of the table (its "mkr 2026," is no figure of a row): the rows are measures
 * read whole, and the sentence states the totals.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';

function paper(sentence: string): string {
  const row = (label: string, a: string, b: string, c: string) =>
    `${label.padEnd(44)}${a.padStart(8)}${b.padStart(8)}${c.padStart(8)}`;
  return [
    '# Insatser inom hjälpmedelsverksamheten',
    'Tabell 2. Insatser per år, mkr',
    row('Insats', '2026', '2027', '2028'),
    row('Återanvändning av rullstolar', '0,9', '1,2', '1,4'),
    row('Ny leverantör av inkontinensskydd', '0,7', '1,0', '1,1'),
    row('Digital förskrivning', '0,5', '0,8', '0,9'),
    sentence,
  ].join('\n');
}

describe('a sentence stating money by year under a table without a sum row', () => {
  it('is no row: the measures are read whole and the sentence gives the totals', () => {
    const doc = analyzeText(paper('Sammanlagt ger insatserna 2,1 mkr 2026, 2,8 mkr 2027 och 3,4 mkr 2028.'));
    expect(effectsByTitle(doc)).toEqual([
      [
        'Återanvändning av rullstolar',
        [
          [2026, 0.9],
          [2027, 1.2],
          [2028, 1.4],
        ],
      ],
      [
        'Ny leverantör av inkontinensskydd',
        [
          [2026, 0.7],
          [2027, 1.0],
          [2028, 1.1],
        ],
      ],
      [
        'Digital förskrivning',
        [
          [2026, 0.5],
          [2027, 0.8],
          [2028, 0.9],
        ],
      ],
    ]);
    expect(doc.totals.map((t) => [t.year, t.amountMsek])).toEqual([
      [2026, 2.1],
      [2027, 2.8],
      [2028, 3.4],
    ]);
    expect(doc.warnings.map((w) => w.message).join(' ')).not.toMatch(/not read whole|ends before a line/);
  });

  it('leaves a row whose wrapped title names money by year in the label column a row', () => {
    const row = (label: string, a: string, b: string, c: string) =>
      `${label.padEnd(44)}${a.padStart(8)}${b.padStart(8)}${c.padStart(8)}`;
    const doc = analyzeText(
      [
        '# Insatser inom hjälpmedelsverksamheten',
        'Tabell 2. Insatser per år, mkr',
        row('Insats', '2026', '2027', '2028'),
        row('Återanvändning av rullstolar', '0,9', '1,2', '1,4'),
        'som i fjol gav 0,4 mkr 2025',
        row('Ny leverantör av inkontinensskydd', '0,7', '1,0', '1,1'),
        row('Digital förskrivning', '0,5', '0,8', '0,9'),
        row('Summa', '2,1', '3,0', '3,4'),
      ].join('\n'),
    );
    expect(doc.measures).toHaveLength(3);
    expect(doc.totals.map((t) => [t.year, t.amountMsek])).toContainEqual([2028, 3.4]);
  });
});
