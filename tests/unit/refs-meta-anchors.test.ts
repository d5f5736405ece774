/**
 * A reference to an earlier decision needs an anchor (a date, a § or a diarienummer); a bare
 * mention that some body has decided or approved something cites nothing.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { hasCitationAnchor } from '../../parsers/extract/references.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };

function analyze(text: string) {
  return analyzePages(pagesFromText(text), { fileName: 'test.pdf', info });
}

describe('references need a citation anchor', () => {
  it('drops a decision mentioned without date, § or case number', () => {
    const doc = analyze(`# Tjänsteskrivelse
Datum 2025-03-14
Kulturnämnden godkände inriktningen för arbetet med biblioteken.
Åtgärderna bygger vidare på det som regionfullmäktige antog om lokalförsörjningen.
## Förslag till beslut
Kulturnämnden beslutar att godkänna redovisningen.`);
    expect(doc.references).toEqual([]);
  });

  it('keeps a named board reported deciding something, and drops a generic one in a relative clause', () => {
    const doc = analyze(`# Tjänsteskrivelse
Datum 2025-03-14
Kulturnämnden beslutade att stänga filialen i Bergby under sommaren.
Arbetet följer den inriktning som nämnden beslutade att hålla fast vid.
Regionstyrelsen har beslutat om detta tidigare.
## Förslag till beslut
Kulturnämnden beslutar att godkänna redovisningen.`);
    expect(doc.references.map((r) => [r.body, r.date, r.paragraph])).toEqual([['Kulturnämnden', null, null]]);
  });

  it('keeps the same mention once a date, a § or a diarienummer stands in the sentence', () => {
    const doc = analyze(`# Tjänsteskrivelse
Datum 2025-03-14
Kulturnämnden godkände den 12 februari 2025 inriktningen för arbetet med biblioteken.
Trafiknämnden beslutade om nattrafiken (§ 88).
Regionstyrelsen fastställde lokalplanen i ärende RS 2024/311.
## Förslag till beslut
Kulturnämnden beslutar att godkänna redovisningen.`);
    expect(doc.references.map((r) => [r.body, r.date, r.paragraph, r.diarienummer ?? null])).toEqual([
      ['Kulturnämnden', '2025-02-12', null, null],
      ['Trafiknämnden', null, '§88', null],
      ['Regionstyrelsen', null, null, 'RS 2024/311'],
    ]);
  });

  it('hasCitationAnchor: any one of date, paragraph, diarienummer', () => {
    expect(hasCitationAnchor({ date: null, paragraph: null })).toBe(false);
    expect(hasCitationAnchor({ date: null, paragraph: null, diarienummer: null })).toBe(false);
    expect(hasCitationAnchor({ date: '2024-01-02', paragraph: null })).toBe(true);
    expect(hasCitationAnchor({ date: null, paragraph: '§4' })).toBe(true);
    expect(hasCitationAnchor({ date: null, paragraph: null, diarienummer: 'RS 2024/1' })).toBe(true);
  });
});

describe('document type: a plan by title and structure', () => {
  const table = `Åtgärd (mkr)                                  2026        2027
Samordnad upphandling av förbrukningsvaror     2,5         3,0
Minskad hyrpersonal inom psykiatrin            4,0         6,5
Färre externa lokaler                          1,0         1,5`;

  it('types a paper titled "Sparplan …" or "Plan för …" over a measure table as handlingsplan', () => {
    for (const title of ['Sparplan för primärvården 2026–2027', 'Plan för återhämtning av underskottet']) {
      const doc = analyze(`# ${title}
Datum 2025-09-02
Förvaltningen har tagit fram åtgärder för att nå budget i balans.
${table}
## Förslag till beslut
Primärvårdsnämnden föreslås besluta att anta planen.`);
      expect(doc.document.documentType, title).toBe('handlingsplan');
      expect(doc.measures.length).toBe(3);
    }
  });

  it('leaves a memo with a measure table, and a plan title without measures, as they were', () => {
    const memo = analyze(`# Tjänsteskrivelse – åtgärder för budget i balans
Datum 2025-09-02
${table}
## Förslag till beslut
Primärvårdsnämnden föreslås besluta att godkänna redovisningen.`);
    expect(memo.document.documentType).toBe('tjansteskrivelse');
    const noMeasures = analyze(`# Plan för patientsäkerhetsarbetet
Datum 2025-09-02
Arbetet följs upp med de indikatorer som beskrivs nedan, och resultaten redovisas varje tertial.
## Förslag till beslut
Primärvårdsnämnden föreslås besluta att anta planen.`);
    expect(noMeasures.document.documentType).toBe('tjansteskrivelse');
    const followUp = analyze(`# Uppföljning av sparplan 2026
Datum 2025-09-02
${table}`);
    expect(followUp.document.documentType).toBe('rapport');
  });
});

describe('date in a one-line letterhead', () => {
  it('reads the date from a field of a line joined with separators', () => {
    for (const head of [
      'Sunderby sjukhus, Luleå · Regionstyrelsen · Datum: 2025-11-03 · Dnr RS 2025/77',
      'Region Gävleborg | Primärvårdsnämnden | 2025-11-03 | Dnr PVN 2025/12',
      'Akademiska sjukhuset • Sammanträdesdatum 3 november 2025 • Ärende 4',
    ]) {
      const doc = analyze(`${head}

# Tjänsteskrivelse
Förvaltningen redovisar läget i arbetet med budget i balans inför hösten.`);
      expect(doc.document.date, head).toBe('2025-11-03');
    }
  });
});

describe('fiscal years of a paper written the year before its plan', () => {
  it('takes the years of a table header over the letter year when the figures are unread', () => {
    const doc = analyze(`# Tjänsteskrivelse – insatser för lägre kostnader
Datum 2024-08-15
Utfallet för 2024 väntas bli 7 mkr sämre än budget.
Åtgärd                                        2025        2026
Samordnad upphandling av förbrukningsvaror     se bilaga   se bilaga
Minskad hyrpersonal inom psykiatrin            utreds      utreds
## Förslag till beslut
Primärvårdsnämnden föreslås besluta att godkänna redovisningen.`);
    expect(doc.document.date).toBe('2024-08-15');
    expect(doc.document.years).toEqual([2025, 2026]);
  });

  it('keeps the letter year when no line runs across consecutive years', () => {
    const doc = analyze(`# Tjänsteskrivelse – lokalförsörjning
Datum 2024-08-15
Förvaltningen redovisar läget för lokalerna, se ärende 2019 och 2023 i arkivet.
## Förslag till beslut
Primärvårdsnämnden föreslås besluta att godkänna redovisningen.`);
    expect(doc.document.years).toEqual([2024]);
  });

  it('types a multi-year budget ("… och plan för 2027–2028") as a memo, not an action plan', () => {
    const doc = analyze(`# Mål och budget 2026 och plan för 2027–2028
Datum 2025-10-14
Åtgärd (mkr)                                  2026        2027
Gemensam vikariepool för mottagningarna        1,5         2,0
Färre hyrda lokaler för administrationen       0,5         1,0
## Förslag till beslut
Primärvårdsnämnden föreslås besluta att anta budgeten.`);
    expect(doc.document.documentType).toBe('tjansteskrivelse');
  });

  it('types a title with a compound report word ("Kvartalsuppföljning", "Ekonomirapport") as rapport', () => {
    for (const title of ['Ekonomisk kvartalsuppföljning mars 2026', 'Ekonomirapport för tandvården']) {
      const doc = analyze(`# ${title}
Datum 2026-04-20
Resultatet för perioden är 3 mkr sämre än budget.
## Förslag till beslut
Tandvårdsnämnden föreslås besluta att lägga rapporten till handlingarna.`);
      expect(doc.document.documentType, title).toBe('rapport');
    }
  });
});
