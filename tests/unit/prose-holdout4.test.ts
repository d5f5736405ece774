/**
 * Prose forms the fourth hold-out corpus found missing (fixtures/holdout4/MISSES.md), in wordings of
 * their own: citations in a case text that stands without a gap above a run-in decision, a § with
 * its year or in parentheses after a verb no list holds, a decision summary whose title heads a
 * paragraph about the paper itself, agenda items as the mark of minutes, a region named in passing
 * against the letterhead's hospital, and a title whose year range runs onto the next line.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { detectRegion } from '../../parsers/swedish/regions.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };
const analyze = (text: string) => analyzePages(pagesFromText(text), { fileName: 't.pdf', info });
const refs = (text: string) => analyze(text).references.map((r) => [r.body, r.date, r.paragraph]);

describe('references beside decisions and without a decision verb', () => {
  it('keeps the citations of a case text set in one block with a run-in proposal under it', () => {
    expect(
      refs(`Datum 2025-02-10
Bakgrund till ärendet är att regionfullmäktige beslutade 2023-11-28 § 140 om ny ersättningsmodell.
Modellen följs upp årligen.
Primärvårdsnämnden föreslås besluta att godkänna uppföljningen, att uppdra åt förvaltningen att
återkomma i juni samt att lägga rapporten till handlingarna.`),
    ).toEqual([['Regionfullmäktige', '2023-11-28', '§140']]);
  });

  it('reads a § with its year or in parentheses after the board, whatever the verb', () => {
    expect(refs('Regionstyrelsen lade fast inriktningen för vårdvalet (§ 203/2022).')).toEqual([
      ['Regionstyrelsen', null, '§203'],
    ]);
    expect(refs('Hälso- och sjukvårdsnämnden ställde sig bakom modellen (§ 17).')).toEqual([
      ['Hälso- och sjukvårdsnämnden', null, '§17'],
    ]);
  });

  it('reads a date wrapped at one of its hyphens as one date', () => {
    expect(
      refs(`Datum 2025-06-01

Förslaget grundar sig på ett beslut i regionstyrelsen (RS 2023-
09-19, § 77) om nya vårdplatser.`),
    ).toEqual([['Regionstyrelsen', '2023-09-19', '§77']]);
  });

  it('does not take the § of rules or a statute in parentheses for a decision', () => {
    expect(refs('Hälso- och sjukvårdsnämnden ansvarar enligt reglementet (§ 3) för tandvården.')).toEqual([]);
    expect(refs('Regionstyrelsen har uppsikt enligt kommunallagen (6 kap. § 1/2017).')).toEqual([]);
  });

  it('does not take an agenda item of minutes for a citation', () => {
    const doc = analyze(`Protokoll
Regionstyrelsen
Sammanträdesdatum 2025-03-04

§ 14 Ny ersättningsmodell
Regionstyrelsen behandlade förslaget till ny modell.

§ 15 Avtal om laboratorietjänster
Ärendet bordläggs.`);
    expect(doc.references).toEqual([]);
  });
});

describe('citations whose § sign OCR misread', () => {
  it('reads a lone "8", "3" or "S" between a board\'s date and a number as the § it stands for', () => {
    expect(
      refs(`Datum 2025-06-01

Regionstyrelsen beslutade 21-04-13 3 58 om nya rutiner för upphandling.
Hälso- och sjukvårdsnämnden beslutade den 2 februari 2025, S 19, att starta projektet.`),
    ).toEqual([
      ['Regionstyrelsen', '2021-04-13', '§58'],
      ['Hälso- och sjukvårdsnämnden', '2025-02-02', '§19'],
    ]);
  });

  it('reads "(RSAU 38 44)" inside parentheses as § 44, and leaves grouped money after a date alone', () => {
    expect(refs('Datum 2025-06-01\n\nÄrendet har beretts tidigare (RSAU 38 44).')).toEqual([
      ['Regionstyrelsens arbetsutskott', null, '§44'],
    ]);
    expect(
      refs(
        'Datum 2025-06-01\n\nEnligt beslut i regionstyrelsen 2024-11-05, 3 400 000 kronor till projektet.',
      ),
    ).toEqual([['Regionstyrelsen', '2024-11-05', null]]);
  });
});

describe('decision summaries', () => {
  it('reads a summary whose title heads a paragraph about the paper as minutes, points from the first "Beslut:"', () => {
    const doc = analyze(`Primärvårdsnämnden
Sammanträdesdatum 2025-05-20

# Beslut i korthet
Nedan redovisas de ärenden som nämnden avgjorde vid dagens sammanträde.

## § 51 Tillgänglighet i primärvården
Redovisningen visar kortare väntetider än i fjol.
Beslut: Primärvårdsnämnden beslutar att godkänna redovisningen.

## § 52 Avgifter för intyg
Beslut: Primärvårdsnämnden beslutar att höja avgiften för körkortsintyg.`);
    expect(doc.document.documentType).toBe('protokoll');
    expect(doc.decisions.map((d) => d.id)).toEqual(['1', '2:1']);
    expect(doc.decisions[0]?.text).toContain('godkänna redovisningen');
  });
});

describe('metadata', () => {
  it('keeps an appendix that lists earlier decisions by their § an appendix', () => {
    const doc = analyze(`Bilaga 2
Datum 2025-04-02

Tidigare beslut om vårdvalet
§ 31 Förfrågningsunderlag för vårdval 2023
§ 88 Ersättning för hembesök
§ 140 Ny ersättningsmodell`);
    expect(doc.document.documentType).toBe('bilaga');
  });

  it('weighs the letterhead hospital above a region named once in passing in the body', () => {
    const page1 = `Sunderby sjukhus · Luleå
Tjänsteskrivelse
Datum 2025-03-01
Dnr RS 2025/12

Uppföljning av bemanningen 2025

Modellen för schemaläggning har hämtats från Region Kronoberg, som prövat den i två år.
Förvaltningen föreslår att den införs på samtliga avdelningar.
Införandet sker stegvis under våren.
Personalen utbildas i det nya verktyget.
Facket har informerats om förändringen.
Uppföljning sker efter sex månader.`;
    expect(detectRegion([{ number: 1, text: page1 }])?.code).toBe('SE-BD');
  });

  it('gives no date for a malformed header date, but day-and-month citations take its year', () => {
    const doc = analyze(`Tjänsteskrivelse
Datum 2024-11-41
Dnr RS 2024/77

# Budget 2026

Regionstyrelsen beslutade den 12 mars, § 40, att ta fram en ny budgetprocess.`);
    expect(doc.document.date).toBeNull();
    expect(doc.references.map((r) => [r.body, r.date, r.paragraph])).toEqual([
      ['Regionstyrelsen', '2024-03-12', '§40'],
    ]);
  });

  it('reads a title whose year range runs onto the next line', () => {
    const doc = analyze(`Datum 2025-01-15

# Verksamhetsplan och budget 2026 med plan 2027–
# 2028

Planen beskriver verksamhetens inriktning.`);
    expect(doc.document.title).toBe('Verksamhetsplan och budget 2026 med plan 2027–2028');
    expect(doc.document.years).toEqual(expect.arrayContaining([2026, 2027, 2028]));
  });
});
