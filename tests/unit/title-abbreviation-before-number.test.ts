/**
 * An abbreviation that stands before a number ("v. 27–32", "avd. 34", "jfr 2025") does not end a
 * measure's title: the period is the abbreviation's, and the number goes on naming the measure. Wording
 * and figures made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { titleEnd } from '../../parsers/extract/measures.ts';
import { analyzeText } from '../helpers/analyze-text.ts';

describe('an abbreviation before a number inside a title', () => {
  it('is no sentence end', () => {
    const head = 'Sommarstängd dagkirurgi avd. 4 och 5 under juli. Patienterna hänvisas till grannsjukhuset.';
    const end = titleEnd(head);
    expect(head.slice(0, end?.end)).toBe('Sommarstängd dagkirurgi avd. 4 och 5 under juli');
  });

  it('keeps the week span in a list item’s title', () => {
    const doc = analyzeText(`# Åtgärdsplan för Region Kronoberg 2031

## Åtgärder
1. Samlad sommarbemanning för ortopeden v. 26–33. Helårseffekt 2031: 1,4 mkr.
2. Färre jourpass på vårdavdelning 7 enl. 2030 års avtal: 0,6 mkr 2031.
`);
    expect(doc.measures.map((m) => m.title)).toEqual([
      'Samlad sommarbemanning för ortopeden v. 26–33',
      'Färre jourpass på vårdavdelning 7 enl. 2030 års avtal',
    ]);
  });
});
