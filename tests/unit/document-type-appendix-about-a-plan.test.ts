/**
 * An appendix about a plan — its label "Bilaga 3" on a line of its own in the head, a title that names the
 * plan ("Remissammanställning – Åtgärdsplan för …"), no measures with effects and no proposal — is an
 * appendix, not the plan. The same head over the plan's measures stays an action plan. Wording, boards and
 * figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

describe('document type: an appendix about a plan', () => {
  it('is bilaga when it lists no measures and proposes nothing', () => {
    const doc = analyzeText(`Trafikförvaltningen
Bilaga 3
Datum 2031-05-12
# Remissammanställning – Åtgärdsplan för kollektivtrafiken 2032
## Inkomna yttranden
Fyra kommuner har lämnat yttranden över planen; två tillstyrker den utan ändringar.
Kulturnämnden beslutade 2031-03-02, § 18, att avstå från att yttra sig.`);
    expect(doc.document.documentType).toBe('bilaga');
  });

  it('stays handlingsplan when the appendix holds the measures', () => {
    const doc = analyzeText(`Trafikförvaltningen
Bilaga 3
Datum 2031-05-12
# Åtgärdsplan för kollektivtrafiken 2032
Åtgärd (mnkr)                                   2032        2033
Färre nattturer på landsbygdslinjerna            1,4         1,6
Samordnade skolskjutsar                          2,2         2,5
Ny upphandling av anropsstyrd trafik             0,9         1,8`);
    expect(doc.measures.length).toBe(3);
    expect(doc.document.documentType).toBe('handlingsplan');
  });
});
