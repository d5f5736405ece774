/**
 * A sentence right under a borderless table's sum row that opens with a total word ("Sammanlagt bedöms
 * …", "Sammantaget beräknas …") is prose, not one more row: one run of text whose figure happens to stand
 * under the first year's column, with words after it in the year columns. Read as a row it gave a total of
 * the sentence's figure for that column's year, though the sentence names another year.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

/** The table laid out so that the sentence's figure stands right under the first year's column. */
function paper(sentence: string): string {
  const at = sentence.indexOf('3,7');
  const row = (label: string, a: string, b: string) =>
    `${label.padEnd(at - 2)}  ${a.padStart(5)}     ${b.padStart(5)}`;
  return [
    '# Besparingar inom fastighetsförvaltningen',
    'Tabell 3. Besparingar, mkr',
    row('Besparing', '2026', '2027'),
    row('Sänkt inomhustemperatur', '0,8', '1,1'),
    row('Färre förhyrda förråd', '1,4', '2,6'),
    row('Summa', '2,2', '3,7'),
    sentence,
  ].join('\n');
}

describe('a total sentence under a borderless table', () => {
  it.each([
    'Sammanlagt bedöms besparingarna ge 3,7 mkr år 2027.',
    'Sammantaget beräknas besparingarna förbättra resultatet med 3,7 mkr år 2027.',
  ])('is no row of the table: %s', (sentence) => {
    const totals = analyzeText(paper(sentence)).totals.map((t) => [t.year, t.amountMsek]);
    expect(totals).toContainEqual([2026, 2.2]);
    expect(totals).toContainEqual([2027, 3.7]);
    expect(totals).not.toContainEqual([2026, 3.7]);
  });
});
