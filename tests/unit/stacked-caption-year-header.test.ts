/**
 * A borderless table of one year's gross, cost and net figures whose header row is taller than one line:
 * the net head on one line centred in the row, the other heads wrapped over two lines, one of them broken
 * inside the word by a narrow cell ("Bruttobespari" / "ng"), the year only in the caption. The heads are
 * read per column across the row's lines, and the rows start under the row's last line. Wording and
 * figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../parsers/page-model.ts';
import { analyzeItems } from '../helpers/item-pages.ts';

const SIZE = 9;
/** A text item of `text` at (x, y), as wide as its characters at about half an em each. */
const at = (text: string, x: number, y: number, right = false): TextItem => {
  const width = text.length * SIZE * 0.5;
  return { text, x: right ? x - width : x, y, width, height: SIZE };
};
/** A row: the title at the left, three figures right-aligned at 330, 410 and 490. */
const row = (title: string, figures: string[], y: number): TextItem[] => [
  at(title, 60, y),
  ...figures.map((figure, k) => at(figure, 330 + 80 * k, y, true)),
];

function page(heads: TextItem[]): TextItem[] {
  return [
    at('Omställningsplan för länssjukvården', 60, 80),
    at('Tabell 2. Effekt av åtgärderna 2028 jämfört med budget, mkr', 60, 130),
    ...heads,
    ...row('Samordnad sterilteknik', ['1,8', '−0,3', '1,5'], 212),
    ...row('Färre hyrda lokaler i centrum', ['2,6', '–', '2,6'], 228),
    ...row('Digital tolkförmedling', ['0,9', '−0,2', '0,7'], 244),
    ...row('Summa', ['5,3', '−0,5', '4,8'], 260),
    at('Nämnden föreslås besluta att godkänna planen.', 60, 300),
  ];
}

describe('a tall header row of gross, cost and net heads under a caption year', () => {
  it('reads the net column as the caption year, heads broken in narrow cells joined again', () => {
    const doc = analyzeItems(
      page([
        at('Bruttobespari', 280, 160),
        at('Engångs', 370, 160),
        at('Åtgärd', 60, 170),
        at('Nettoeffekt', 440, 170),
        at('ng', 280, 180),
        at('kostnad', 370, 180),
      ]),
    );
    expect(doc.measures.map((m) => [m.title, m.effects.map((e) => [e.year, e.amountMsek])])).toEqual([
      ['Samordnad sterilteknik', [[2028, 1.5]]],
      ['Färre hyrda lokaler i centrum', [[2028, 2.6]]],
      ['Digital tolkförmedling', [[2028, 0.7]]],
    ]);
    expect(doc.totals.map((t) => [t.year, t.amountMsek])).toEqual([[2028, 4.8]]);
  });

  it('reads nothing from a two-line row whose heads are prose, not gross, cost and net', () => {
    const doc = analyzeItems(
      page([
        at('Ansvarig', 280, 160),
        at('Status', 370, 160),
        at('Åtgärd', 60, 170),
        at('Kommentar', 440, 170),
        at('enhet', 280, 180),
        at('just nu', 370, 180),
      ]),
    );
    expect(doc.measures.flatMap((m) => m.effects.filter((e) => e.year === 2028))).toEqual([]);
  });

  it('reads a head hyphenated where its cell wrapped ("Intäkts-" over "ökning")', () => {
    const doc = analyzeItems(
      page([
        at('Intäkts-', 280, 160),
        at('Kostnads-', 370, 160),
        at('Åtgärd', 60, 170),
        at('Nettoeffekt', 440, 170),
        at('ökning', 280, 180),
        at('minskning', 370, 180),
      ]),
    );
    expect(doc.measures.map((m) => [m.title, m.effects.map((e) => [e.year, e.amountMsek])])).toEqual([
      ['Samordnad sterilteknik', [[2028, 1.5]]],
      ['Färre hyrda lokaler i centrum', [[2028, 2.6]]],
      ['Digital tolkförmedling', [[2028, 0.7]]],
    ]);
  });
});
