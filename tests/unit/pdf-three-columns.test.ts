/**
 * A page set in three text columns under a heading across them (a typeset newsletter): each column
 * is read top to bottom before the next, so that an amount broken over two lines of the middle
 * column ("4,7" / "miljoner kronor") stays whole. Items are placed by hand, one per line; the
 * wording is made up for this test.
 */
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../parsers/page-model.ts';
import { buildLines } from '../../parsers/pdf/lines.ts';

const SIZE = 9;
const at = (text: string, x: number, y: number, width: number): TextItem => ({
  text,
  x,
  y,
  width,
  height: SIZE,
});

function column(x: number, tag: string, count: number, special?: [number, string][]): TextItem[] {
  return Array.from({ length: count }, (_, i) => {
    const text =
      special?.find(([k]) => k === i)?.[1] ?? `${tag} rad ${i + 1} om ambulansflyget och helikopterbasen`;
    return at(text, x, 120 + i * 12, 150);
  });
}

describe('three typeset columns', () => {
  it('reads each column before the next, under the heading across them', () => {
    const items = [
      at('Nyheter från ambulanssjukvården i länet under hösten', 40, 80, 470),
      ...column(40, 'vänster', 24),
      ...column(204, 'mitten', 24, [
        [9, 'Avtalet för helikoptern kostar i år 4,7'],
        [10, 'miljoner kronor mer än det förra avtalet'],
      ]),
      ...column(368, 'höger', 24),
    ];
    const texts = buildLines(items).map((l) => l.text);
    expect(texts[0]).toMatch(/^Nyheter/);
    expect(texts.slice(1, 25).every((t) => t.startsWith('vänster'))).toBe(true);
    const a = texts.indexOf('Avtalet för helikoptern kostar i år 4,7');
    expect(texts[a + 1]).toBe('miljoner kronor mer än det förra avtalet');
    expect(texts.slice(49).every((t) => t.startsWith('höger'))).toBe(true);
  });
});
