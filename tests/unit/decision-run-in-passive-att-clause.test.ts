/**
 * A run-in decision sentence whose clause goes on with ", att" and a passive infinitive ("…, att
 * redovisas för …") or an adverbial ("…, att enligt prognos uppgå till …"): that "att" belongs to the
 * clause before it, so it opens no point of its own, whether on the sentence's line or a following one.
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

  it('keeps an adverbial "att enligt prognos …" inside its clause', () => {
    const doc = analyzeText(`## Beslut
Hälso- och sjukvårdsnämnden beslutar att notera rapporten,
att uppdra åt förvaltningen att redovisa hur underskottet, att enligt prognos uppgå till 180 mkr, ska hanteras.

## Ärendet
Prognosen avser helåret.`);
    expect(doc.decisions).toHaveLength(2);
    expect(doc.decisions.map((d) => d.text).some((t) => t.startsWith('enligt prognos'))).toBe(false);
  });
});
