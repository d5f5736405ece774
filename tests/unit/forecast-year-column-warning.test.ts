/**
 * A table of measures whose only year column is named by a forecast or an outcome ("Prognos 2031",
 * "Utfall 2031") may be a follow-up of the plan, not the effect it decided: the figures are still read
 * as the year's, but the table is told as unsure, so that a forecast taken for an effect never goes
 * unwarned. A column named by an effect stays as sure as before. Wording and figures made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const paper = (yearHead: string) => `# Genomgång av insatser för en budget i balans, folktandvården

## Insatser
Tabell 2. Insatserna per tertial, mkr
Insats                                  Bokslut tertial 1        ${yearHead}
Gemensam sterilteknik                         0,4                  1,1
Färre inhyrda tandhygienister                 0,9                  2,3
Samlad materialbeställning                    0,2                  0,7
`;

describe('a year column named by a forecast', () => {
  it('reads its figures but tells the table as unsure', () => {
    const doc = analyzeText(paper('Prognos 2031'));
    const unsure = doc.warnings.filter(
      (w) => w.code === 'AMBIGUOUS_TABLE' && /outcome or a forecast/.test(w.message),
    );
    expect(unsure.length).toBeGreaterThan(0);
  });

  it('leaves a column named by an effect without that doubt', () => {
    const doc = analyzeText(paper('Effekt 2031'));
    expect(doc.warnings.filter((w) => /outcome or a forecast/.test(w.message))).toEqual([]);
    expect(doc.measures.length).toBe(3);
  });
});
