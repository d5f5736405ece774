/**
 * A proposal heading over a paragraph of background, then the introducing sentence and its points: the
 * background paragraph ("Av regionstyrelsens beslut … framgår att …") was read as a one-paragraph
 * decision of its own, and the real points were numbered as a second block ("2:1", "2:2"). The heading
 * announces the block that the introducing sentence opens. A heading over a single unmarked paragraph
 * with no introducing sentence after it is still that paragraph's decision. Wording made up for these
 * tests (a transport board).
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };

function decisionsOf(text: string) {
  return analyzePages(pagesFromText(text), { fileName: 'test.pdf', info }).decisions.map((d) => [
    d.id,
    d.text,
  ]);
}

describe('background between a proposal heading and its introducing sentence', () => {
  it('numbers the points of the introducing sentence from 1 and leaves the background out', () => {
    const got = decisionsOf(`# Trafiknämnden
## Beslutsförslag
Av regionstyrelsens beslut den 2 februari 2026 framgår att varje nämnd ska pröva sina linjer.

Trafiknämnden föreslås besluta
- att lägga ned linje 114 från den 1 juni,
- att ersätta linjen med anropsstyrd trafik.
## Ärendet
Linjen har haft få resenärer.`);
    expect(got).toEqual([
      ['1', 'lägga ned linje 114 från den 1 juni'],
      ['2', 'ersätta linjen med anropsstyrd trafik.'],
    ]);
  });

  it('keeps a lone paragraph under the heading as the decision', () => {
    const got = decisionsOf(`# Trafiknämnden
## Beslutsförslag
Trafiknämnden godkänner redovisningen av resandet under våren.
## Ärendet
Resandet har ökat med fyra procent.`);
    expect(got.map(([id]) => id)).toEqual(['1']);
    expect(got[0]?.[1]).toMatch(/godkänner redovisningen/);
  });
});
