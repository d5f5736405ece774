/**
 * A list item that names its measure in a sentence and labels its figure in the next ("Taxifria resor
 * för dialyspatienter. Planerat utfall 2031: 0,6 mkr") has the first sentence as its title: the label
 * of the figure is no part of it. Wording and figures made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

describe('the title of a quantified list item', () => {
  it('ends at the sentence before the figure’s label', () => {
    const doc = analyzeText(`# Sparprogram för sjukresor 2031

## Åtgärder
1. Taxifria resor för dialyspatienter. Planerat utfall 2031: 0,6 mkr.
2. Samlastning av resor till länssjukhuset. Bedömd helårseffekt 2031: 1,3 mkr.
`);
    expect(doc.measures.map((m) => m.title)).toEqual([
      'Taxifria resor för dialyspatienter',
      'Samlastning av resor till länssjukhuset',
    ]);
  });

  it('keeps an abbreviation followed by a figure inside the title', () => {
    const doc = analyzeText(`# Sparprogram för sjukresor 2031

## Åtgärder
1. Färre resor till avd. 12 på länssjukhuset: 0,9 mkr 2031.
`);
    expect(doc.measures.map((m) => m.title)).toEqual(['Färre resor till avd. 12 på länssjukhuset']);
  });
});
