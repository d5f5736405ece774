/**
 * A run-in decision sentence whose clause goes on with ", att" and a passive infinitive ("…, att
 * redovisas för …"): that "att" belongs to the clause before it, so it opens no point of its own,
 * whether on the sentence's line or a following one. An adverbial after ", att" ("att i övrigt …",
 * "att för egen del …") is the common opening of a point and still splits.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

describe('an att-clause of a decision point that is no point of its own', () => {
  it('keeps a passive "att redovisas …" with the task it ends', () => {
    const doc = analyzeText(`## Beslut
Regionstyrelsen beslutar att godkänna tertialrapport 2 för Region Västmanland,
att ge regiondirektören i uppdrag att ta fram en åtgärdsplan, att redovisas för regionstyrelsen i oktober.

## Ärendet
Tertialrapporten visar ett underskott.`);
    expect(doc.decisions.map((d) => d.text)).toEqual([
      'godkänna tertialrapport 2 för Region Västmanland',
      'ge regiondirektören i uppdrag att ta fram en åtgärdsplan, att redovisas för regionstyrelsen i oktober.',
    ]);
  });

  it('still opens a point at ", att" before an adverbial ("att i övrigt …", "att för egen del …")', () => {
    const doc = analyzeText(`## Beslut
Regionstyrelsen beslutar att godkänna uppföljningen av ekonomi i balans för Region Gotland, att för egen del anta åtgärderna i bilaga 2, att i övrigt lägga rapporten till handlingarna.

## Ärendet
Uppföljningen avser perioden januari–augusti.`);
    expect(doc.decisions.map((d) => d.text)).toEqual([
      'godkänna uppföljningen av ekonomi i balans för Region Gotland',
      'för egen del anta åtgärderna i bilaga 2',
      'i övrigt lägga rapporten till handlingarna.',
    ]);
  });
});
