/**
 * A numbered measure set as a bold lead line without a figure, then a paragraph that states its effect
 * by year: the effect is the item's (as a paragraph under a sub-heading gives its heading's), and the
 * rest of the paragraph is its description. Layout and wording are made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };
const analyze = (text: string) => analyzePages(pagesFromText(text), { fileName: 'test.pdf', info });

describe('bold numbered items followed by an effect paragraph', () => {
  it('gives each item the effects its paragraph states', () => {
    const doc = analyze(`# Åtgärdsförslag för länssjukvården 2031–2032

## Förslag till åtgärder

**1) Gemensam tvättupphandling för alla sjukhus**
Upphandlingen sker tillsammans med kommunerna. Effekten beräknas till 1,2 mnkr (2031) och 2,5 mnkr (2032).

**2) Avveckling av ett kvällsöppet laboratorium**
Provtagning flyttas till dagtid. Besparing: 0,8 mnkr (2031), 0,9 mnkr (2032).
`);
    expect(doc.measures.map((m) => [m.title, m.effects.map((e) => [e.year, e.amountMsek])])).toEqual([
      [
        'Gemensam tvättupphandling för alla sjukhus',
        [
          [2031, 1.2],
          [2032, 2.5],
        ],
      ],
      [
        'Avveckling av ett kvällsöppet laboratorium',
        [
          [2031, 0.8],
          [2032, 0.9],
        ],
      ],
    ]);
    expect(doc.measures[0]?.description).toBe('Upphandlingen sker tillsammans med kommunerna.');
  });
});
