/**
 * An "att" clause that says from when or how long a decision holds ("…, att gälla från och med …",
 * "…, att träda i kraft …") is the infinitive of the clause before it, not a decision point of its own;
 * also after an introduction that ends in "att".
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const paper = (body: string) => `## Bakgrund
Avgifterna ses över varje år.

${body}

## Ärendet
Förslaget har beretts i hälso- och sjukvårdsnämndens presidium.`;

describe('a run-in "att" clause of validity', () => {
  it('continues the clause before it after an introduction ending in "att"', () => {
    const doc = analyzeText(
      paper(`Regiondirektören föreslår att hälso- och sjukvårdsnämnden beslutar att
fastställa reviderade patientavgifter enligt bilaga 1, att gälla från och med den 1 januari 2026.`),
    );
    expect(doc.decisions.map((d) => d.text)).toEqual([
      'fastställa reviderade patientavgifter enligt bilaga 1, att gälla från och med den 1 januari 2026.',
    ]);
  });

  it('continues the clause before it when the paragraph opens with "att"', () => {
    const doc = analyzeText(
      paper(`Hälso- och sjukvårdsnämnden beslutar
att anta riktlinjen för egenavgifter vid hjälpmedel, att träda i kraft den 1 mars 2026, samt
att ge förvaltningen i uppdrag att informera vårdcentralerna.`),
    );
    expect(doc.decisions.map((d) => d.text)).toEqual([
      'anta riktlinjen för egenavgifter vid hjälpmedel, att träda i kraft den 1 mars 2026',
      'ge förvaltningen i uppdrag att informera vårdcentralerna.',
    ]);
  });

  it('splits at the clause after it on one line with the introduction', () => {
    const doc = analyzeText(
      paper(
        'Regionstyrelsen beslutar att anta reglementet för patientnämnden, att gälla tills vidare, samt att uppdra åt regiondirektören att följa upp tillämpningen.',
      ),
    );
    expect(doc.decisions.map((d) => d.text)).toEqual([
      'anta reglementet för patientnämnden, att gälla tills vidare',
      'uppdra åt regiondirektören att följa upp tillämpningen.',
    ]);
  });
});
