/**
 * An indented list without markers whose items end with a figure and its year, each followed by a
 * sentence of its own ("Helårseffekt från 2028 …", "Tvätten tas över …"): the sentence is the item's
 * description, not an item, since the block's lines do not all have the shape of an item (figure and
 * year at the end). Wording made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';

describe('a markerless list whose items carry a description line', () => {
  it('keeps a full-year sentence with its item', () => {
    const doc = analyzeText(`# Åtgärdsplan för Region Gotland 2027

## Åtgärder
Planen omfattar följande åtgärder:

      Egen tvätt av operationskläder – 1,2 mkr 2027
      Helårseffekt från 2028 beräknas till 1,6 mkr.
      Samordnade provtransporter mellan vårdcentralerna – 0,8 mkr 2027
      Helårseffekt från 2028 beräknas till 1,0 mkr.
`);
    const read = effectsByTitle(doc);
    expect(read.some(([title]) => /^Helårseffekt/.test(title))).toBe(false);
    expect(read).toContainEqual([
      expect.stringMatching(/^Egen tvätt av operationskläder/),
      [
        [2027, 1.2],
        [2028, 1.6],
      ],
    ]);
  });

  it('reads no measure from a description sentence', () => {
    const doc = analyzeText(`# Åtgärdsplan för Region Gotland 2027

## Åtgärder
Planen omfattar följande åtgärder:

      Egen tvätt av operationskläder, 1,2 mkr (2027)
      Tvätten tas över av Visby lasarett från den 1 mars.
      Samlad nattjour på Visby lasarett, 0,7 mkr (2027)
      Jouren delas med Region Stockholm enligt avtal.
`);
    const titles = doc.measures.map((m) => m.title);
    expect(titles.some((t) => /^(?:Tvätten|Jouren)/.test(t))).toBe(false);
  });
});
