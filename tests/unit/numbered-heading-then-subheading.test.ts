/**
 * A numbered heading ("1. Hälso- och sjukvårdsförvaltningen") with a sub-heading of the same style right
 * under it ("Åtgärder inom primärvården"): the heading line is short, far from the column's right edge,
 * so the line under it is no wrap of it but a heading of its own, and the measures under it are read.
 * Wording made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';

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
