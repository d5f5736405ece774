/**
 * A decision point may cite the earlier decision it changes by the same anchor the text uses: "att
 * upphäva regionfullmäktiges beslut 2022-11-29, § 204, …". That is a reference. A point's own verb
 * naming a board ("att uppdra åt regionstyrelsen att …") is the decision being taken, no earlier one.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

describe('a citation inside a decision point', () => {
  it('is read from an "att" point', () => {
    const doc = analyzeText(`## Förslag till beslut
Tandvårdsnämnden föreslås besluta
att upphäva regionfullmäktiges beslut 2022-11-29, § 204, om avgifter för uteblivna besök,
att fastställa nya avgifter enligt bilagan.

## Bakgrund
Avgifterna har inte ändrats på flera år.`);
    expect(doc.decisions.map((d) => d.id)).toEqual(['1', '2']);
    expect(doc.references.map((r) => [r.body, r.date, r.paragraph])).toEqual([
      ['Regionfullmäktige', '2022-11-29', '§204'],
    ]);
  });

  it('is read from a numbered point with an abbreviation', () => {
    const doc = analyzeText(`## Beslut
Nämnden beslutar att
1. ändra beslutet (RS § 77/2024) i fråga om tidplanen,
2. överlämna ärendet till regionstyrelsen.`);
    expect(doc.references.map((r) => [r.body, r.paragraph])).toEqual([['Regionstyrelsen', '§77']]);
  });

  it('not a board a point only names', () => {
    const doc = analyzeText(`## Förslag till beslut
Tandvårdsnämnden föreslås besluta
att uppdra åt regionstyrelsen att ta fram nya avgifter 2026,
att överlämna ärendet till regionfullmäktige.

## Bakgrund
Avgifterna har inte ändrats på flera år.`);
    expect(doc.references).toEqual([]);
  });
});
