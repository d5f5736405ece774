/**
 * Two borderless measure tables set side by side, their rows on shared lines ("Insats 2031 2032 Insats
 * 2031 2032"): the years run twice on one line. The lines are cut where the second table starts and each
 * table is read on its own (tests/unit/side-by-side-borderless.test.ts has the case where they cannot be
 * cut and are told); no row of one is read as the other's. Wording, figures and layout made up for this
 * test.
 */
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../parsers/page-model.ts';
import { analyzeItems } from '../helpers/item-pages.ts';

const at = (text: string, x: number, y: number, size = 8, bold = false): TextItem => ({
  text,
  x,
  y,
  width: text.length * size * 0.5,
  height: size,
  ...(bold ? { bold: true } : {}),
});

function items(): TextItem[] {
  const list: TextItem[] = [
    at('Insatser per klinik 2031–2032', 40, 50, 14, true),
    at('Ögonkliniken (mkr)', 40, 90, 9, true),
    at('Hörselkliniken (mkr)', 300, 90, 9, true),
    at('Insats', 40, 110, 8, true),
    at('2031', 190, 110, 8, true),
    at('2032', 235, 110, 8, true),
    at('Insats', 300, 110, 8, true),
    at('2031', 470, 110, 8, true),
    at('2032', 520, 110, 8, true),
  ];
  const rows: [string, string, string, string, string, string][] = [
    ['Färre externa linser', '0,4', '0,6', 'Digital hörseltest', '0,3', '0,5'],
    ['Samlad operationsplanering', '1,1', '1,3', 'Gemensamt batterilager', '0,2', '0,2'],
  ];
  rows.forEach(([a, a1, a2, b, b1, b2], k) => {
    const y = 126 + k * 14;
    list.push(at(a, 40, y), at(a1, 206 - a1.length * 4, y), at(a2, 251 - a2.length * 4, y));
    list.push(at(b, 300, y), at(b1, 486 - b1.length * 4, y), at(b2, 536 - b2.length * 4, y));
  });
  return list;
}

describe('two borderless tables side by side', () => {
  it('are read each on its own, and give no measure made of both', () => {
    const doc = analyzeItems(items());
    expect(doc.measures.map((m) => [m.title, m.effects.map((e) => [e.year, e.amountMsek])])).toEqual([
      [
        'Färre externa linser',
        [
          [2031, 0.4],
          [2032, 0.6],
        ],
      ],
      [
        'Samlad operationsplanering',
        [
          [2031, 1.1],
          [2032, 1.3],
        ],
      ],
      [
        'Digital hörseltest',
        [
          [2031, 0.3],
          [2032, 0.5],
        ],
      ],
      [
        'Gemensamt batterilager',
        [
          [2031, 0.2],
          [2032, 0.2],
        ],
      ],
    ]);
    expect(doc.measures.filter((m) => /linser.*hörsel|hörsel.*linser/i.test(m.title))).toEqual([]);
  });
});
