/**
 * A borderless table whose header cells are set from the top and wrapped unevenly: the narrow cells
 * "Besparing" / "2027" and "Besparing" / "2028" break over two lines, while "2029" fits on one and stands
 * on the first line beside the first halves of the others. Every year is read, the one-line cell's too
 * (before, its column was dropped without a word). A line of years under a heading that is no header
 * cell (a title above the table naming a year) is not joined. A column of figures right of the years whose
 * head is lost altogether is no year's: its figures are not read, and the table is told as unsure instead
 * of dropping them unseen. Items placed by hand as a word processor sets them; wording and figures made up.
 */
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../parsers/page-model.ts';
import { analyzeItems } from '../helpers/item-pages.ts';

const W = 5; // points per character at 10 pt

function line(y: number, words: [string, number][], bold = false, size = 10): TextItem[] {
  return words.map(([text, x]) => ({ text, x, y, width: text.length * W, height: size, bold }));
}

/** A row: its title at the left, three figures right-aligned at 390, 460 and 530. */
function row(y: number, title: string, figures: [string, string, string]): TextItem[] {
  const rights = [390, 460, 530];
  return [
    ...line(y, [[title, 60]]),
    ...line(
      y,
      figures.map((f, k) => [f, (rights[k] as number) - f.length * W] as [string, number]),
    ),
  ];
}

function paper(header: TextItem[]): TextItem[] {
  return [
    ...line(60, [['Region Västmanland', 60]], true, 15),
    ...line(85, [['Datum 2026-09-14', 60]]),
    ...line(110, [['Åtgärdsplan 2027–2029', 60]], true, 15),
    ...line(140, [['Åtgärdernas besparing per år, mkr', 60]]),
    ...header,
    ...row(195, 'Samordnad nattbemanning', ['1,2', '2,4', '2,6']),
    ...row(212, 'Färre externa utbildningsdagar', ['0,5', '0,7', '0,9']),
    ...row(229, 'Summa', ['1,7', '3,1', '3,5']),
  ];
}

describe('a header whose years stand on two lines', () => {
  it('reads the year of a one-line cell beside cells wrapped under it', () => {
    const analysis = analyzeItems(
      paper([
        ...line(
          160,
          [
            ['Åtgärd', 60],
            ['Besparing', 345],
            ['Besparing', 415],
            ['2029', 510],
          ],
          true,
        ),
        ...line(
          171,
          [
            ['2027', 370],
            ['2028', 440],
          ],
          true,
        ),
      ]),
    );
    const effects = analysis.measures.map((m) =>
      Object.fromEntries(m.effects.map((e) => [e.year, e.amountMsek])),
    );
    expect(effects).toEqual([
      { 2027: 1.2, 2028: 2.4, 2029: 2.6 },
      { 2027: 0.5, 2028: 0.7, 2029: 0.9 },
    ]);
    expect(analysis.totals.map((t) => [t.year, t.amountMsek])).toEqual([
      [2027, 1.7],
      [2028, 3.1],
      [2029, 3.5],
    ]);
  });

  it('reads a header of years on one line as before', () => {
    const analysis = analyzeItems(
      paper(
        line(
          171,
          [
            ['Åtgärd', 60],
            ['2027', 370],
            ['2028', 440],
            ['2029', 510],
          ],
          true,
        ),
      ),
    );
    expect(analysis.measures.map((m) => m.effects.map((e) => e.year))).toEqual([
      [2027, 2028, 2029],
      [2027, 2028, 2029],
    ]);
  });

  it('tells a column of figures right of the years that no header names', () => {
    const analysis = analyzeItems(
      paper(
        line(
          171,
          [
            ['Åtgärd', 60],
            ['2027', 370],
            ['2028', 440],
          ],
          true,
        ),
      ),
    );
    expect(analysis.measures.map((m) => m.effects.map((e) => e.year))).toEqual([
      [2027, 2028],
      [2027, 2028],
    ]);
    const told = analysis.warnings.filter((w) => w.message.includes('under no header'));
    expect(told.length).toBeGreaterThan(0);
    expect(told[0]?.message).toContain('2,6');
  });
});
