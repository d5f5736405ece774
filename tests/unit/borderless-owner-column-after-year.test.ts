/**
 * A borderless measure table whose last year stands a word space before the head of a text column
 * ("2027 Kontaktperson"), and whose text cells are centred between the two rows they span (a merged
 * cell as a word processor draws it). The year is a column head all the same, and the text lines
 * between rows change no row: the table is read whole and without doubt. Wording, figures and layout
 * made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../parsers/page-model.ts';
import { analyzeItems } from '../helpers/item-pages.ts';

const at = (text: string, x: number, y: number, size = 9, bold = false): TextItem => ({
  text,
  x,
  y,
  width: text.length * size * 0.5,
  height: size,
  ...(bold ? { bold: true } : {}),
});

function items(ownerBetweenRows: boolean): TextItem[] {
  const rows: [string, string, string][] = [
    ['Gemensam upphandling av hjälpmedel', '1,4', '2,2'],
    ['Färre inhyrda sjuksköterskor', '3,1', '3,6'],
    ['Minskad lokalyta i länsdelarna', '–', '0,9'],
    ['Samordnad transport av prover', '0,5', '0,7'],
  ];
  const list: TextItem[] = [
    at('Plan för en budget i balans', 60, 50, 15, true),
    at('Tabell 2. Insatser och effekt per år, mkr', 60, 100, 10, true),
    at('Insats', 62, 125, 9, true),
    at('2026', 352, 125, 9, true),
    at('2027', 414, 125, 9, true),
    at('Kontaktperson', 414 + 18 + 5, 125, 9, true),
  ];
  rows.forEach(([title, a, b], k) => {
    const y = 143 + k * 18;
    list.push(at(title, 62, y), at(a, 370 - a.length * 4.5, y), at(b, 432 - b.length * 4.5, y));
    if (k % 2 === 1 && ownerBetweenRows) list.push(at('Områdeschef', 450, y - 9));
  });
  list.push(at('Summa', 62, 143 + 4 * 18, 9, true), at('5,0', 370 - 13.5, 215, 9, true));
  list.push(at('7,4', 432 - 13.5, 215, 9, true));
  list.push(at('Förslag till beslut', 60, 260, 11, true));
  return list;
}

describe('a borderless table with a text column set right after its last year', () => {
  it('reads the last year as a column and every measure with its figures', () => {
    const doc = analyzeItems(items(false));
    expect(doc.measures.map((m) => m.effects.map((e) => `${e.year}:${e.amountMsek}`).join(' '))).toEqual([
      '2026:1.4 2027:2.2',
      '2026:3.1 2027:3.6',
      '2027:0.9',
      '2026:0.5 2027:0.7',
    ]);
  });

  it('does not doubt the rows for text cells centred between two rows', () => {
    const doc = analyzeItems(items(true));
    expect(doc.measures).toHaveLength(4);
    expect(doc.measures[1]?.title).toBe('Färre inhyrda sjuksköterskor');
    expect(doc.warnings.filter((w) => w.code === 'AMBIGUOUS_TABLE')).toEqual([]);
    expect(doc.totals.every((t) => t.reconciled === true)).toBe(true);
  });
});
