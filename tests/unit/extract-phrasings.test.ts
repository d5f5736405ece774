/**
 * Extraction on phrasings the seeds do not use, as other regions write them: minutes with
 * "beslutar att" clauses, proposals with "att"-points, tables in tkr with one effect column,
 * numbered savings lists with the year in parentheses, stated totals that do not add up.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };

function analyze(text: string) {
  return analyzePages(pagesFromText(text), { fileName: 'test.pdf', info });
}

describe('decisions in other phrasings', () => {
  it('reads "att"-clauses after "Regionstyrelsen beslutar" in minutes as decisions', () => {
    const doc = analyze(`# Protokoll
Regionstyrelsen
§ 147 Ekonomisk handlingsplan 2025
Ärendet gäller åtgärder för ekonomi i balans.

## Beslut
Regionstyrelsen beslutar
att godkänna handlingsplanen för hälso- och sjukvården,
att uppdra åt regiondirektören att återrapportera
effekterna till regionstyrelsen i april 2025.

## Justerandes signatur`);
    expect(doc.decisions.map((d) => [d.id, d.kind, d.actor])).toEqual([
      ['1', 'decision', 'Regionstyrelsen'],
      ['2', 'decision', 'Regionstyrelsen'],
    ]);
    expect(doc.decisions[1]?.text).toBe(
      'uppdra åt regiondirektören att återrapportera effekterna till regionstyrelsen i april 2025.',
    );
    expect(doc.document.documentType).toBe('protokoll');
  });

  it('reads the minutes of a board meeting: date, § sections, "Nämndens beslut" and "Beslut"', () => {
    const doc = analyze(`# Protokoll
Hälso- och sjukvårdsnämnden
Sammanträdesdatum 2024-03-20

## § 45 Ekonomisk handlingsplan 2024
Dnr HSN 2024/123
**Hälso- och sjukvårdsnämndens beslut**
1. Nämnden godkänner handlingsplanen.
2. Nämnden uppdrar åt hälso- och sjukvårdsdirektören att återrapportera i juni.

**Sammanfattning**
Regionfullmäktige beslutade den 28 november 2023, § 112, om budget för 2024.

## § 46 Delårsrapport
**Beslut**
Hälso- och sjukvårdsnämnden beslutar att godkänna delårsrapporten.`);
    expect(doc.document.documentType).toBe('protokoll');
    expect(doc.document.date).toBe('2024-03-20');
    expect(doc.decisions.map((d) => [d.id, d.kind, d.actor, d.text])).toEqual([
      ['1', 'decision', 'Hälso- och sjukvårdsnämnden', 'Nämnden godkänner handlingsplanen.'],
      [
        '2',
        'decision',
        'Hälso- och sjukvårdsnämnden',
        'Nämnden uppdrar åt hälso- och sjukvårdsdirektören att återrapportera i juni.',
      ],
      // The second block of the minutes: "<block>:<point>" (a bare "2.1" is a point numbered 2.1).
      ['2:1', 'decision', 'Hälso- och sjukvårdsnämnden', 'godkänna delårsrapporten.'],
    ]);
    expect(doc.references).toMatchObject([
      { body: 'Regionfullmäktige', date: '2023-11-28', paragraph: '§112' },
    ]);
  });

  it('reads references written with the boards\' abbreviations ("enligt beslut i RS …")', () => {
    const doc = analyze(`Planen togs fram enligt beslut i RS 2025-09-30 § 147 om ekonomi i balans.`);
    expect(doc.references).toMatchObject([
      { body: 'Regionstyrelsen', date: '2025-09-30', paragraph: '§147' },
    ]);
  });

  it('reads "Förslag till beslut" with a proposing body and lettered points', () => {
    const doc = analyze(`# Tjänsteskrivelse
## Förslag till beslut
Hälso- och sjukvårdsnämnden föreslår regionfullmäktige besluta att:
a) fastställa åtgärdsplanen,
b) ge nämnden i uppdrag att följa upp planen i delårsrapporten.

## Beslutsunderlag
Tjänsteskrivelse 2024-03-01`);
    expect(doc.decisions.map((d) => d.id)).toEqual(['a', 'b']);
    expect(doc.decisions.every((d) => d.kind === 'proposal')).toBe(true);
    expect(doc.decisions[0]?.actor).toBe('Hälso- och sjukvårdsnämnden');
  });

  it('reads a one-line decision "Nämnden beslutar att …" as one point', () => {
    const doc = analyze(
      `Hälso- och sjukvårdsnämnden beslutar att godkänna rapporten och lägga den till handlingarna.`,
    );
    expect(doc.decisions).toMatchObject([
      {
        id: '1',
        kind: 'decision',
        actor: 'Hälso- och sjukvårdsnämnden',
        text: 'godkänna rapporten och lägga den till handlingarna.',
      },
    ]);
  });
});

describe('measures in other phrasings', () => {
  it('reads a numbered savings list with mnkr and the year in parentheses, and a stated total', () => {
    const doc = analyze(`# Besparingsåtgärder 2025
Förvaltningen föreslår följande åtgärder:
1. Minskade kostnader för inhyrda sjuksköterskor – 12,5 mnkr (2025)
2. Samordning av nattbemanning på medicinkliniken – 3 mnkr (2025)
3. Ökade patientavgifter för uteblivna besök – 1,2 mnkr (2025)
Summa: 16,7 mnkr`);
    expect(
      doc.measures.map((m) => [m.label, m.title, m.category, m.effects[0]?.year, m.effects[0]?.amountMsek]),
    ).toEqual([
      ['1', 'Minskade kostnader för inhyrda sjuksköterskor', 'staffing_agency', 2025, 12.5],
      ['2', 'Samordning av nattbemanning på medicinkliniken', 'staffing_organisation', 2025, 3],
      ['3', 'Ökade patientavgifter för uteblivna besök', 'revenue', 2025, 1.2],
    ]);
    expect(doc.measures[2]?.effects[0]?.type).toBe('revenue_increase');
    expect(doc.totals).toMatchObject([{ year: 2025, amountMsek: 16.7, reconciled: true }]);
  });

  it('flags a stated total that the measures do not add up to', () => {
    const doc = analyze(`# Åtgärder 2024
a) Minskad hyrbemanning  20 mkr
b) Minskning av köpt vård  8 mkr
Totalt: 35 mkr`);
    expect(doc.totals).toMatchObject([{ year: 2024, amountMsek: 35, sumOfMeasures: 28, reconciled: false }]);
    expect(doc.warnings.map((w) => w.code)).toContain('TOTAL_MISMATCH');
  });

  it('reads a borderless table in tkr with year columns and a total row', () => {
    const doc = analyze(`## Sammanställning av åtgärder (tkr)
Åtgärd                                        2025        2026
Minskad användning av hyrläkare              4 500       6 000
Översyn av läkemedelssortiment               1 200       1 500
Totalt                                        5 700       7 500`);
    expect(doc.measures.map((m) => [m.title, m.effects.map((e) => [e.year, e.amountMsek])])).toEqual([
      [
        'Minskad användning av hyrläkare',
        [
          [2025, 4.5],
          [2026, 6],
        ],
      ],
      [
        'Översyn av läkemedelssortiment',
        [
          [2025, 1.2],
          [2026, 1.5],
        ],
      ],
    ]);
    expect(doc.totals.map((t) => [t.year, t.amountMsek, t.reconciled])).toEqual([
      [2025, 5.7, true],
      [2026, 7.5, true],
    ]);
  });

  it('reads a table with a numbering column and one effect column ("Effekt 2025 (mkr)")', () => {
    const doc = analyze(`## Åtgärder för ekonomi i balans
Nr   Åtgärd                                          Effekt 2025 (mkr)
1    Avveckla stafettläkare i primärvården                  6,5
2    Sammanslagning av två vårdavdelningar                   4
Summa                                                        10,5`);
    expect(doc.measures.map((m) => [m.label, m.title, m.category, m.effects])).toEqual([
      [
        '1',
        'Avveckla stafettläkare i primärvården',
        'staffing_agency',
        [{ year: 2025, amountMsek: 6.5, type: 'cost_reduction', baselineYear: null, raw: '6,5' }],
      ],
      [
        '2',
        'Sammanslagning av två vårdavdelningar',
        'staffing_organisation',
        [{ year: 2025, amountMsek: 4, type: 'cost_reduction', baselineYear: null, raw: '4' }],
      ],
    ]);
    expect(doc.totals).toMatchObject([{ year: 2025, amountMsek: 10.5, reconciled: true }]);
  });

  it('keeps a wrapped bold title with values beside its second line as one row', () => {
    const doc = analyze(`## Insatser (mnkr)
Insats                                            2025     2026
**Samordning av jourlinjer inom**
**akutsjukvården (3 insatser):**                  2,5      4,0
1. Gemensam jour för medicin och kirurgi.
2. Översyn av bakjourer.
3. Taskshifting på akuten.
**Minskade inköp av medicinskt material:**        1,0      1,5`);
    expect(doc.measures.map((m) => [m.title, m.subMeasureCount, m.effects.map((e) => e.amountMsek)])).toEqual(
      [
        ['Samordning av jourlinjer inom akutsjukvården (3 insatser)', 3, [2.5, 4]],
        ['Minskade inköp av medicinskt material', null, [1, 1.5]],
      ],
    );
  });

  it('reads bullets indented under a measure as its sub-measures', () => {
    const doc = analyze(`## Åtgärder för ekonomi i balans
• Minskad användning av inhyrd personal
    – Restriktiv hantering av avrop av inhyrda sjuksköterskor
    – Strategi för att minska beroendet av hyrläkare
• Översyn av lokaler och vårdplatser`);
    expect(doc.measures.map((m) => [m.title, m.subMeasureCount, m.subMeasures.length])).toEqual([
      ['Minskad användning av inhyrd personal', 2, 2],
      ['Översyn av lokaler och vårdplatser', null, 0],
    ]);
  });

  it('ends a title before the words that lead up to its amount', () => {
    const doc = analyze(`## Åtgärder 2025
• Hyrbemanning, besparing ca 12 mkr
• Läkemedel: effekt 3 mkr`);
    expect(doc.measures.map((m) => [m.title, m.effects[0]?.amountMsek, m.effects[0]?.year])).toEqual([
      ['Hyrbemanning', 12, 2025],
      ['Läkemedel', 3, 2025],
    ]);
  });

  it('takes a number at the start of a table row as its label', () => {
    const doc = analyze(`## Besparingsåtgärder (mnkr)
Åtgärd                                            2025     2026
1. Minskad hyrbemanning inom psykiatrin            2,0      3,5
2. Samordnad upphandling av hjälpmedel             1,0      1,0`);
    expect(doc.measures.map((m) => [m.label, m.title])).toEqual([
      ['1', 'Minskad hyrbemanning inom psykiatrin'],
      ['2', 'Samordnad upphandling av hjälpmedel'],
    ]);
  });

  it('does not read the rows of a budget table as measures', () => {
    const doc = analyze(`## Resultaträkning
Mnkr                                   2023        2024
Verksamhetens intäkter                 2 310       2 405
Verksamhetens kostnader               -9 870     -10 240
Summa                                 -7 560      -7 835`);
    expect(doc.measures).toEqual([]);
    expect(doc.totals).toEqual([]);
    // Its figures are still mkr amounts of the document, each with its year and row.
    expect(doc.amounts.map((a) => [a.amountMsek, a.year])).toEqual([
      [2310, 2023],
      [2405, 2024],
      [-9870, 2023],
      [-10240, 2024],
      [-7560, 2023],
      [-7835, 2024],
    ]);
    expect(doc.amounts[0]?.context).toBe('Verksamhetens intäkter 2 310 2 405');
  });

  it('does not read budget deviations of a report as measures, nor excluded proposals', () => {
    const doc = analyze(`# Månadsrapport oktober
Budgetavvikelse per verksamhet:
• Primärvård  – 45 mkr
• Sjukhusvård  – 120 mkr

## Förslag som inte genomförs
• Stängning av vårdcentralen i Sveg`);
    expect(doc.measures).toEqual([]);
    expect(doc.amounts.map((a) => a.amountMsek)).toEqual([-45, -120]);
  });
});

describe('OCR noise', () => {
  it('reads a garbled header year on an OCR page ("032024"), but not on a text page', () => {
    const text = `## Åtgärder (mnkr)
Åtgärd                                        2023       032024
Minskad hyrbemanning                           1,5         3,0`;
    const ocrPages = pagesFromText(text).map((p) => ({ ...p, source: 'ocr' as const }));
    const fromOcr = analyzePages(ocrPages, { fileName: 'scan.pdf', info });
    expect(fromOcr.measures[0]?.effects.map((e) => [e.year, e.amountMsek])).toEqual([
      [2023, 1.5],
      [2024, 3],
    ]);
    expect(analyze(text).measures).toEqual([]);
  });
});

describe('document types named with å/ä/ö', () => {
  it.each([
    ['# Åtgärdsplan för ekonomi i balans 2025\nFörvaltningen redovisar åtgärder.', 'handlingsplan'],
    ['# Årsrapport 2024\nHälso- och sjukvårdsnämnden', 'rapport'],
    ['# Ärendebeskrivning\nNämnden ska ta ställning till planen.', 'tjansteskrivelse'],
  ])('%s → %s', (text, type) => {
    expect(analyze(text).document.documentType).toBe(type);
  });
});

// Found on the hold-out corpus (fixtures/holdout): generic cases, written here in their own words.
describe('document type and references in other layouts', () => {
  it('a plan that cites minutes ("Se protokollsutdrag, …") is still a plan, and its title decides', () => {
    const doc = analyze(`# Handlingsplan för vården 2026–2027
Sjukvårdsstyrelsen
Se protokollsutdrag, Regionstyrelsen 2025-02-11 § 31.
Åtgärderna redovisas nedan.`);
    expect(doc.document.documentType).toBe('handlingsplan');
    expect(doc.references).toMatchObject([{ body: 'Regionstyrelsen', date: '2025-02-11', paragraph: '§31' }]);
  });

  it('minutes that name themselves on a line of their own stay minutes', () => {
    const doc = analyze(`Sammanträdesprotokoll
Sjukvårdsstyrelsen 2025-03-04
§ 12 Uppföljning av ekonomin
Sjukvårdsstyrelsen beslutar
att lägga uppföljningen till handlingarna.`);
    expect(doc.document.documentType).toBe('protokoll');
  });

  it('reads a § whose number the layout set apart on the next line ("(§" / "209).")', () => {
    const doc = analyze(`Ekonomiskt läge

• Handlingsplanen godkändes av Regionstyrelsen vid sammanträdet 2025-01-04 (§

209).

• Prognosen följs upp varje månad.`);
    expect(doc.references).toMatchObject([
      { body: 'Regionstyrelsen', date: '2025-01-04', paragraph: '§209' },
    ]);
  });

  it('reads points whose dashes OCR dropped, at the indent of the dash that survived', () => {
    const doc = analyze(`## Förslag till beslut
Nämnden föreslås besluta att
    förklara paragrafen omedelbart justerad
    lägga den ekonomiska uppföljningen till handlingarna
  — hemställa hos regionstyrelsen om ett tillfälligt tillskott`);
    expect(doc.decisions.map((d) => [d.id, d.text])).toEqual([
      ['1', 'förklara paragrafen omedelbart justerad'],
      ['2', 'lägga den ekonomiska uppföljningen till handlingarna'],
      ['3', 'hemställa hos regionstyrelsen om ett tillfälligt tillskott'],
    ]);
  });
});
