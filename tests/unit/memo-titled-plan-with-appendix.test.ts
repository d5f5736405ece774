/**
 * A case memo labelled "Tjänsteskrivelse" on a line of its own, whose title names the plan it puts
 * before the board ("Åtgärdsplan för …") and whose appendix holds the plan's measures with effects, is
 * the memo; the same paper without the label, or without a proposal, is the plan. Wording made up for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const paper = (head: string, proposal: boolean) => `${head}
# Åtgärdsplan för rehabiliteringsverksamheten 2031

## Ärendet
Verksamheten redovisar sina åtgärder i bilagan.
${proposal ? '\n## Förslag till beslut\nNämnden föreslås besluta\natt godkänna åtgärdsplanen.\n' : ''}
## Bilaga 1. Åtgärder
1. Gruppbehandling i stället för enskilda besök: 0,9 mkr 2031.
2. Färre köpta platser för neurorehabilitering: 1,6 mkr 2031.
3. Gemensam hjälpmedelsförskrivning: 0,5 mkr 2031.
`;

describe('a case memo whose title names the plan in its appendix', () => {
  it('is the memo when its head labels it so and it proposes a decision', () => {
    expect(analyzeText(paper('Tjänsteskrivelse', true)).document.documentType).toBe('tjansteskrivelse');
  });

  it('is the plan without the label', () => {
    expect(analyzeText(paper('Rehabiliteringsverksamheten', true)).document.documentType).toBe(
      'handlingsplan',
    );
  });

  it('is the plan without a proposal', () => {
    expect(analyzeText(paper('Tjänsteskrivelse', false)).document.documentType).toBe('handlingsplan');
  });
});
