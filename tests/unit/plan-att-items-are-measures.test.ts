/**
 * A plan may word its measures as "att" clauses ("– att minska övertiden …"), with the effect in a
 * column under a heading that states the unit, or with no figure at all. Those are the plan's measures;
 * only an "att" list introduced as someone's proposal ("… föreslår:") is no list of measures.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

describe('"att" items in a plan of measures', () => {
  it('reads items whose effect stands in a column under the heading', () => {
    const doc = analyzeText(`# Handlingsplan för ekonomi i balans, Region Gotland 2026
## Åtgärder, effekt 2026 i mkr
- att minska övertiden inom ambulanssjukvården            2,5
- att samordna upphandlingen av förbrukningsmaterial      1,8
- att avveckla externt hyrda lokaler i Visby              3,0`);
    expect(doc.measures).toHaveLength(3);
  });

  it('keeps figure-less items under the plan’s heading of measures', () => {
    const doc = analyzeText(`# Handlingsplan för ekonomi i balans, Region Gotland 2026
## Åtgärder
- att minska inhyrd personal inom primärvården
- att se över bemanningen på vårdavdelningarna i Visby
- att samordna läkemedelsförsörjningen mellan förvaltningarna`);
    expect(doc.measures).toHaveLength(3);
  });
});
