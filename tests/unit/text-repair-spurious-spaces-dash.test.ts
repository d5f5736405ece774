/**
 * A gap after a dash before a figure is a word space the amount reader needs: closed, "3 – 5" reads "3 –5"
 * and the second figure turns negative without a warning. Only a gap between two letters is closed.
 */
import { describe, expect, it } from 'vitest';
import { spaceOccurrences, withoutSpuriousSpaces } from '../../parsers/pdf/text-repair.ts';

const OPS = {
  setFont: 1,
  showText: 2,
  beginAnnotation: 3,
  endAnnotation: 4,
  save: 5,
  restore: 6,
  setCharSpacing: 7,
};
const letter = (unicode: string) => ({ unicode, width: 520, category: { isWhitespace: false } });
const space = { unicode: ' ', width: 300, category: { isWhitespace: true } };
/** Words of tight letters parted by the space glyph; `gapAfter` puts a spacing number after a word. */
function run(words: string[], gapAfter: Record<number, number> = {}): unknown[] {
  const out: unknown[] = [];
  words.forEach((word, w) => {
    const gap = gapAfter[w - 1];
    if (w > 0) out.push(...(gap === undefined ? [space] : [gap]));
    for (const ch of word) out.push(letter(ch));
  });
  return out;
}
const texts = (items: unknown[]) => items.map((item) => (item as { str: string }).str);

describe('a gap next to a dash', () => {
  it('keeps the space between a dash and the figure after it', () => {
    // "Driftkostnaden i Region Jönköpings län ökar med 1,5 –" then 0.14 em, then "3,5 mkr per år".
    const words = ['Driftkostnaden', 'ökar', 'med', '1,5', '–', '3,5', 'mkr', 'per', 'år'];
    const occurrences = spaceOccurrences(
      [OPS.setFont, OPS.showText],
      [['F1', 10], [run(words, { 4: -140 })]],
      OPS,
    );
    expect(occurrences.filter((o) => o.spurious)).toEqual([]);
    const items = [{ str: 'Driftkostnaden ökar med 1,5 – 3,5 mkr per år', fontName: 'F1' }];
    expect(texts(withoutSpuriousSpaces(items, occurrences))).toEqual(items.map((i) => i.str));
  });

  it('keeps the space between a figure and the dash after it', () => {
    const words = ['Intäkterna', 'blir', '12', '–', '14', 'mkr'];
    const occurrences = spaceOccurrences(
      [OPS.setFont, OPS.showText],
      [['F1', 10], [run(words, { 2: -140 })]],
      OPS,
    );
    expect(occurrences.filter((o) => o.spurious)).toEqual([]);
  });
});
