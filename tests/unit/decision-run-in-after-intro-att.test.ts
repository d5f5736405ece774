/**
 * An introduction that ends in "att" at its line's end ("… föreslår att nämnden beslutar att") puts the
 * first run-in clause on the next line without its "att": the clauses after it (", att …", "samt att
 * …") are still points of their own. A single point saying "att" inside it is one point.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

describe('run-in clauses after an introduction ending in "att"', () => {
  it('splits at "samt att" and ", att"', () => {
    const doc = analyzeText(`## Bakgrund
Kollektivtrafiken har ökat.

Trafikdirektören föreslår att kollektivtrafiknämnden beslutar att
godkänna den nya zonindelningen, att ge direktören i uppdrag att informera resenärerna samt att
låta indelningen gälla från tidtabellsskiftet.

## Ärendet
Förslaget har remitterats.`);
    expect(doc.decisions.map((d) => [d.id, d.text])).toEqual([
      ['1', 'godkänna den nya zonindelningen'],
      ['2', 'ge direktören i uppdrag att informera resenärerna'],
      ['3', 'låta indelningen gälla från tidtabellsskiftet.'],
    ]);
  });

  it('keeps one point whose own "att" joins no clause', () => {
    const doc = analyzeText(`## Bakgrund
Kollektivtrafiken har ökat.

Trafikdirektören föreslår att kollektivtrafiknämnden beslutar att
ge direktören i uppdrag att informera resenärerna om den nya zonindelningen.

## Ärendet
Förslaget har remitterats.`);
    expect(doc.decisions.map((d) => d.id)).toEqual(['1']);
  });
});
