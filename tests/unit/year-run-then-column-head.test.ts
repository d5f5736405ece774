/**
 * A narrow table whose header cells are set a word space apart: "2029 2030 Helårseffekt" comes as one
 * run of text. The run of years is a header, and the capitalised word after the last year heads the
 * next column: both years are read. Prose does not string years with a word space between them.
 * Wording and figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';

describe('a run of years a word space apart, then the next column head', () => {
  it('reads both years', () => {
    const doc = analyzeText(`# Handlingsplan för tandvården 2029–2030
## Åtgärder
Tabell 1. Åtgärder, mkr
Åtgärd                                2029 2030 Helårseffekt
Samlad sterilteknik i länet           1,5    2,5    3,0
Färre kvällsmottagningar              0,8    1,2    1,2
Summa                                 2,3    3,7    4,2

Planen följs upp per tertial.
`);
    expect(effectsByTitle(doc)).toEqual([
      [
        'Samlad sterilteknik i länet',
        [
          [2029, 1.5],
          [2030, 2.5],
        ],
      ],
      [
        'Färre kvällsmottagningar',
        [
          [2029, 0.8],
          [2030, 1.2],
        ],
      ],
    ]);
  });

  it('years in prose with a word after them are no header', () => {
    const doc = analyzeText(`# Rapport
Kostnaderna ökade både 2029 2030 Tandvården redovisar orsakerna i bilaga 1 med 2,5 mkr.
`);
    expect(doc.measures).toHaveLength(0);
  });
});
