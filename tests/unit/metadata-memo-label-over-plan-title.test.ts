/**
 * A paper that labels itself a case memo in its head under another region's name for it
 * ("Ärendebeskrivning", "Beslutsunderlag"), proposes a decision and lists no measures with effects is the
 * memo that puts a plan before the board, even when its subject is the plan ("Åtgärdsplan för …").
 * Without such a label the plan's name in the title still makes it a plan. Wording made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const paper = (label: string) => `Region Exempel
${label}
# Åtgärdsplan för färre överbeläggningar på medicinkliniken 2031
## Förslag till beslut
Sjukvårdsstyrelsen föreslås besluta
att godkänna åtgärdsplanen för färre överbeläggningar,
att uppdra åt förvaltningen att följa upp planen varje kvartal.
## Bakgrund
Överbeläggningarna har ökat under vintern och planen beskriver hur vårdplatserna ska användas.`;

describe('a case memo about a plan', () => {
  it('labelled "Beslutsunderlag" in its head is a tjänsteskrivelse', () => {
    expect(analyzeText(paper('Beslutsunderlag')).document.documentType).toBe('tjansteskrivelse');
  });

  it('labelled "Ärendebeskrivning" in its head is a tjänsteskrivelse', () => {
    expect(analyzeText(paper('Ärendebeskrivning')).document.documentType).toBe('tjansteskrivelse');
  });

  it('without a label stays the plan its title names', () => {
    expect(analyzeText(paper('Medicinkliniken')).document.documentType).toBe('handlingsplan');
  });
});
