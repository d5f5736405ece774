/**
 * A decision point that names a board and a date may speak of a meeting still to come ("att ärendet ska
 * behandlas av regionfullmäktige 2026-11-24"): that is no earlier decision. Inside a point a citation is
 * read only when it names a decision (its "beslut" or its §), and never one dated after the paper.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

describe('a board and a date inside a decision point', () => {
  it('is no reference when the point names a meeting to come', () => {
    const doc = analyzeText(`Region Gotland
Datum 2026-10-06

## Förslag till beslut
Hälso- och sjukvårdsnämnden föreslås besluta
att godkänna förslaget till ny vårdgarantiersättning,
att ärendet ska behandlas av regionfullmäktige 2026-11-24.

## Bakgrund
Ersättningen har inte räknats om sedan införandet.`);
    expect(doc.decisions.map((d) => d.id)).toEqual(['1', '2']);
    expect(doc.references).toEqual([]);
  });

  it('is no reference without a word for the decision, even when the paper bears no date', () => {
    const doc = analyzeText(`## Förslag till beslut
Kulturnämnden föreslås besluta
att anta kulturplanen för Region Jämtland Härjedalen,
att planen ska behandlas av regionfullmäktige 2026-11-24.

## Bakgrund
Kulturplanen gäller i fyra år.`);
    expect(doc.references).toEqual([]);
  });

  it('is no reference when the decision it names is dated after the paper', () => {
    const doc = analyzeText(`Region Uppsala
Datum 2026-10-06

## Förslag till beslut
Regionstyrelsen föreslås besluta
att regionfullmäktiges beslut 2026-11-24 om budget ska ligga till grund för uppföljningen,
att överlämna rapporten till revisorerna.

## Bakgrund
Uppföljningen görs två gånger om året.`);
    expect(doc.references).toEqual([]);
  });

  it('is a reference when the point names an earlier decision by its date', () => {
    const doc = analyzeText(`Region Jämtland Härjedalen
Datum 2026-10-06

## Förslag till beslut
Regionstyrelsen föreslås besluta
att ändra regionfullmäktiges beslut 2025-06-17 om lokalförsörjningsplanen,
att överlämna ärendet till regionfullmäktige.

## Bakgrund
Planen revideras årligen.`);
    expect(doc.references.map((r) => [r.body, r.date])).toEqual([['Regionfullmäktige', '2025-06-17']]);
  });
});
