/**
 * A borderless table whose header cells wrapped unevenly: a narrow "Effekt 2031" cell broke over two
 * lines ("Effekt 2031" / "(tkr)") while "Effekt 2032 (tkr)" fit on one, so the first year stands on a
 * line above the rest of the header. Both years are read. And a figure whose column is wider than its
 * centred head ("1 450" right-aligned under "Effekt 2031") keeps its first group, which stands left of
 * the head. Items placed by hand as a word processor sets them; wording and figures made up.
 */
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../parsers/page-model.ts';
import { analyzeItems } from '../helpers/item-pages.ts';

const W = 5; // points per character at 10 pt

/** Words of a line at y: [text, x] pairs; bold when asked. */
function line(y: number, words: [string, number][], bold = false, size = 10): TextItem[] {
  return words.map(([text, x]) => ({ text, x, y, width: text.length * W, height: size, bold }));
}

function table(firstGroupGap: number): TextItem[] {
  const row = (y: number, title: string, a: [string, string], b: [string, string]) => [
    ...line(y, [[title, 60]]),
    // "1 450": the group "1" a word space left of "450", which ends at 420 (right-aligned).
    ...line(y, [
      [a[0], 420 - 15 - firstGroupGap - a[0].length * W],
      [a[1], 405],
      [b[0], 500 - 15 - 4 - b[0].length * W],
      [b[1], 485],
    ]),
  ];
  return [
    ...line(
      60,
      [
        ['Region', 60],
        ['Kronoberg', 100],
      ],
      true,
      15,
    ),
    ...line(85, [
      ['Datum', 60],
      ['2030-10-01', 100],
    ]),
    ...line(
      110,
      [
        ['Åtgärdsplan', 60],
        ['2031–2032', 125],
      ],
      true,
      15,
    ),
    ...line(140, [
      ['Effekterna', 60],
      ['anges', 115],
      ['i', 148],
      ['tkr.', 156],
    ]),
    ...line(
      165,
      [
        ['Effekt', 372],
        ['2031', 405],
      ],
      true,
    ),
    ...line(
      175,
      [
        ['Åtgärd', 60],
        ['Effekt', 440],
        ['2032', 473],
        ['(tkr)', 498],
      ],
      true,
    ),
    ...line(185, [['(tkr)', 390]], true),
    ...row(205, 'Samordnad vikariepool', ['1', '450'], ['2', '300']),
    ...row(222, 'Färre hyrda lokaler', ['2', '100'], ['3', '050']),
    ...row(239, 'Summa', ['3', '550'], ['5', '350']),
    ...line(270, [
      ['Planen', 60],
      ['följs', 100],
      ['upp', 130],
      ['varje', 155],
      ['kvartal.', 185],
    ]),
  ];
}

describe('a header wrapped unevenly over two lines', () => {
  it('reads both years and every figure whole', () => {
    const doc = analyzeItems(table(4));
    expect(doc.measures.map((m) => [m.title, m.effects.map((e) => [e.year, e.amountMsek])])).toEqual([
      [
        'Samordnad vikariepool',
        [
          [2031, 1.45],
          [2032, 2.3],
        ],
      ],
      [
        'Färre hyrda lokaler',
        [
          [2031, 2.1],
          [2032, 3.05],
        ],
      ],
    ]);
    expect(doc.totals.map((t) => [t.year, t.amountMsek])).toEqual([
      [2031, 3.55],
      [2032, 5.35],
    ]);
  });
});
