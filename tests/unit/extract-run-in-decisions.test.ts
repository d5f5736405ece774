/**
 * Decision points run in one sentence that wraps over several lines: "Styrelsen beslutar att …,
 * att …" with the clause separators on any line, not only the first one.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };

function decisionsOf(text: string) {
  return analyzePages(pagesFromText(text), { fileName: 'test.pdf', info }).decisions;
}

describe('run-in decision clauses over wrapped lines', () => {
  it('splits ", att" on the continuation lines, and at a line end', () => {
    const decisions = decisionsOf(`# Tjänsteskrivelse
## Förslag till beslut
Kulturnämnden beslutar att ställa sig bakom förvaltningens redovisning av bokslutet, att
notera underskottet inom kollektivtrafiken, att ge förvaltningschefen i uppdrag att ta fram
en plan för ekonomisk återhämtning samt att överlämna ärendet till regionstyrelsen.

Kultur- och bildningsdirektör`);
    expect(decisions.map((d) => [d.id, d.actor, d.text])).toEqual([
      ['1', 'Kulturnämnden', 'ställa sig bakom förvaltningens redovisning av bokslutet'],
      ['2', 'Kulturnämnden', 'notera underskottet inom kollektivtrafiken'],
      [
        '3',
        'Kulturnämnden',
        'ge förvaltningschefen i uppdrag att ta fram en plan för ekonomisk återhämtning',
      ],
      ['4', 'Kulturnämnden', 'överlämna ärendet till regionstyrelsen.'],
    ]);
  });

  it('keeps an "att" inside a clause and leaves a signature after the gap out', () => {
    const decisions = decisionsOf(`## Beslut
Trafiknämnden beslutar att uppdra åt förvaltningen att utreda nattrafiken; att
återrapportera i maj.

Trafikdirektör`);
    expect(decisions.map((d) => d.text)).toEqual([
      'uppdra åt förvaltningen att utreda nattrafiken',
      'återrapportera i maj.',
    ]);
  });
});

describe('a dashed point whose dash was lost (OCR)', () => {
  const prose = `# Tjänsteskrivelse
Förvaltningen har under våren gått igenom hur tandvårdsstödet fungerar för de patienter som har
störst behov, och redovisar här resultatet tillsammans med ett förslag till fortsatt arbete under
hösten. Utredningen har genomförts tillsammans med företrädare för kommunerna och patientföreningarna.
## Förslag till beslut
Tandvårdsnämnden föreslås besluta att`;

  it('starts a new point at the dash text indent after a point line that ended short', () => {
    const decisions = decisionsOf(`${prose}
– godkänna redovisningen av tandvårdsstödet
  uppdra åt förvaltningen att ta fram nya riktlinjer
– överlämna ärendet till regionstyrelsen`);
    expect(decisions.map((d) => [d.id, d.text])).toEqual([
      ['1', 'godkänna redovisningen av tandvårdsstödet'],
      ['2', 'uppdra åt förvaltningen att ta fram nya riktlinjer'],
      ['3', 'överlämna ärendet till regionstyrelsen'],
    ]);
  });

  it('keeps the wrapped line of a point that filled the measure with its point', () => {
    const decisions = decisionsOf(`${prose}
– godkänna redovisningen av tandvårdsstödet för patienter med särskilda behov under året och
  uppdra åt förvaltningen att återkomma
– överlämna ärendet till regionstyrelsen`);
    expect(decisions.map((d) => d.id)).toEqual(['1', '2']);
    expect(decisions[0]?.text).toContain('och uppdra åt förvaltningen att återkomma');
  });
});
