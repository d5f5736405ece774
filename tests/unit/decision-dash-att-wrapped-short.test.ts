/**
 * A dashed "att" point whose line wraps short of the page's measure (a list set in a narrow box or
 * column): the lower-case line under it is its continuation. A dash that OCR drops before "att" leaves
 * the "att" that marks the next point by itself, so only plain dashed points (no "att") take an unmarked
 * lower-case line for a point whose dash was lost.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const prose = `# Tjänsteskrivelse
Förvaltningen har under hösten sett över hur färdtjänsten och sjukresorna samordnas i de norra
kommunerna, och redovisar här resultatet tillsammans med ett förslag till fortsatt arbete under
våren. Översynen har gjorts tillsammans med kommunernas handläggare och brukarorganisationerna.
## Förslag till beslut
Kollektivtrafiknämnden föreslås besluta`;

describe('a dashed "att" point wrapped in a narrow column', () => {
  it('keeps its short wrapped lines with it', () => {
    const doc = analyzeText(`${prose}
– att godkänna översynen av
  samordnade resor i norr,
– att uppdra åt förvaltningen att
  ta fram en tidplan.`);
    expect(doc.decisions.map((d) => [d.id, d.text])).toEqual([
      ['1', 'godkänna översynen av samordnade resor i norr'],
      ['2', 'uppdra åt förvaltningen att ta fram en tidplan.'],
    ]);
  });
});
