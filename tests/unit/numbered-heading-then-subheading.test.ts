/**
 * A numbered heading ("1. Hälso- och sjukvårdsförvaltningen") with a sub-heading of the same style right
 * under it ("Åtgärder inom primärvården"): the heading line is short, far from the column's right edge,
 * so the line under it is no wrap of it but a heading of its own, and the measures under it are read.
 * Wording made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';
import { analyzeItems } from '../helpers/item-pages.ts';

describe('a sub-heading right under a short numbered heading', () => {
  it('is not swallowed into the heading', () => {
    const doc = analyzeText(`# Åtgärdsplan Region Gotland 2027
## 1. Hälso- och sjukvårdsförvaltningen
## Åtgärder inom primärvården
Egen tvätt av operationskläder ger 1,3 mkr 2027.
Samlad nattjour på Visby lasarett ger 0,7 mkr 2027.
## 2. Teknikförvaltningen
## Åtgärder inom fastigheter
Minskad lokalyta i Visby ger 0,5 mkr 2027.
`);
    const read = effectsByTitle(doc);
    expect(read).toContainEqual(['Egen tvätt av operationskläder', [[2027, 1.3]]]);
    expect(read).toContainEqual(['Samlad nattjour på Visby lasarett', [[2027, 0.7]]]);
    expect(read.some(([title]) => /förvaltningen Åtgärder inom/.test(title))).toBe(false);
  });
});

describe('a numbered heading broken by the width', () => {
  it('keeps its capitalised wrapped line', () => {
    const at = (text: string, x: number, y: number, size = 10, bold = false) => ({
      text,
      x,
      y,
      width: text.length * size * 0.5,
      height: size,
      ...(bold ? { bold: true } : {}),
    });
    const doc = analyzeItems([
      at('Åtgärdsplan för Region Jämtland Härjedalen 2031', 60, 50, 18, true),
      at(
        'Förvaltningen redovisar här sina åtgärder med beräknad effekt per år jämfört med den nuvarande',
        60,
        70,
        10,
      ),
      at('kostnadsnivån för att nå en ekonomi i balans under planperioden.', 60, 82, 10),
      at('Åtgärder', 60, 100, 14, true),
      at('Åtgärd 1: Gemensam upphandling av förbrukningsmaterial och läkemedel med', 60, 120, 13, true),
      at('Region Västernorrland', 60, 136, 13, true),
      at('Beräknad effekt 2031: 1,3 mkr.', 60, 160, 10),
    ]);
    expect(doc.measures.map((m) => m.title)).toContain(
      'Gemensam upphandling av förbrukningsmaterial och läkemedel med Region Västernorrland',
    );
  });
});
