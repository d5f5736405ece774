/**
 * Under a heading about measures that is not the paper's title (an item of minutes "§ 14 Åtgärder för
 * …" under a larger letterhead), a sub-heading names a measure — but not one of the paper's standing
 * sections ("Bakgrund", "Ekonomiska konsekvenser"): their paragraphs' figures (a deficit, the plan's
 * full effect) are no measure's effects.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';

const paper = `# Region Gotland
Tekniska nämnden
## § 14 Åtgärder för ekonomi i balans inom fastighetsförvaltningen
**Bakgrund**
Förvaltningen redovisar ett befarat underskott om 6,8 mkr för 2027 efter tre kvartal.
**Samordnad städning av förvaltningsbyggnader**
Städningen av de tre förvaltningsbyggnaderna handlas upp i ett avtal. Effekt 2027: 1,3 mkr.
**Ekonomiska konsekvenser**
Sammantaget beräknas åtgärderna förbättra resultatet med 2,1 mkr år 2028.
`;

describe('measures: standing sections of a case paper under a heading about measures', () => {
  it('takes the named sub-heading as a measure and neither section', () => {
    const titles = effectsByTitle(analyzeText(paper)).map(([t]) => t);
    expect(titles).toContain('Samordnad städning av förvaltningsbyggnader');
    expect(titles).not.toContain('Bakgrund');
    expect(titles).not.toContain('Ekonomiska konsekvenser');
  });
});
