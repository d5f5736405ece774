/**
 * A paper whose title opens with a follow-up of a plan ("Återrapportering av åtgärdsplanen …",
 * "Kvartalsuppföljning – handlingsplan …") follows the plan up; it is not the plan, whatever plan its
 * title names and however many measures with effects it lists. A case memo stays a memo, a report a
 * report. A plan's own title still makes it a plan. Wording made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const paper = (head: string, title: string) => `${head}
# ${title}

## Förslag till beslut
Tandvårdsnämnden föreslås besluta
att godkänna återrapporteringen.

## Åtgärder
1. Gemensam receptionstjänst för klinikerna: 0,8 mkr 2031.
2. Färre inhyrda tandhygienister: 1,4 mkr 2031.
`;

describe('the kind of a paper that follows a plan up', () => {
  it('is a case memo when its head says so', () => {
    const doc = analyzeText(
      paper('Tjänsteskrivelse', 'Återrapportering av handlingsplan för folktandvården 2031'),
    );
    expect(doc.document.documentType).toBe('tjansteskrivelse');
  });

  it('is no action plan without that head', () => {
    const doc = analyzeText(
      paper('Folktandvården', 'Kvartalsuppföljning – handlingsplan för folktandvården'),
    );
    expect(doc.document.documentType).not.toBe('handlingsplan');
  });

  it('leaves a plan titled as a plan a plan', () => {
    const doc = analyzeText(paper('Folktandvården', 'Handlingsplan för folktandvården 2031'));
    expect(doc.document.documentType).toBe('handlingsplan');
  });
});
