/**
 * Facts set in tables and forms rather than in sentences: earlier decisions listed as the rows of a
 * table (a cell wrapped onto the line under the row, a § or a diarienummer in its own cell), the paper's
 * date as the value cell beside its label in a grid of labels and values or cut at a hyphen by a narrow
 * cell, and a case memo's head naming its officer and recipient as fields. Wording and layouts made up
 * for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { guessDate } from '../../parsers/extract/metadata.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };
const analyze = (text: string) => analyzePages(pagesFromText(text), { fileName: 'test.pdf', info });

describe('earlier decisions as the rows of a table', () => {
  it('reads each row with its wrapped cells, by § or by diarienummer, and not the paper’s own head', () => {
    const doc = analyze(`Region Testlän                   Kulturförvaltningen
Datum 2027-02-10                 KN 2027/15
# Återrapportering av uppdrag
Kulturnämnden får här en redovisning av uppdrag från tidigare möten.
**Fattat  Instans                Nr          Uppdrag                        Läge**
12 maj 2026  Kulturnämndens      § 41        Översyn av bidragsreglerna     Klart
             arbetsutskott                   för studieförbund
2026-09-02   Regionstyrelsen     RS          Ny lokal för länsarkivet       Pågående
                                 2026/40
                                 4
2026-11-20   Kulturnämnden       § 77        Utredning om fri entré         Vilande
Kulturnämnden föreslås besluta att lägga redovisningen till handlingarna.`);
    expect(doc.references.map((r) => [r.body, r.date, r.paragraph, r.diarienummer ?? null])).toEqual([
      ['Kulturnämndens arbetsutskott', '2026-05-12', '§41', null],
      ['Regionstyrelsen', '2026-09-02', null, 'RS 2026/404'],
      ['Kulturnämnden', '2026-11-20', '§77', null],
    ]);
  });
});

describe('the paper’s date in a form', () => {
  it('takes the value cell beside its label in a grid of labels and values', () => {
    const pages = pagesFromText(`Region Testlän
Ämne:   Taxor för arkivtjänster 2027             Datum:      2027-03-08
Till:   Kulturnämnden                            Dnr:        KN 2027/31
# Taxor för arkivtjänster 2027
Arkivets tidigare granskningar:
Datum        Händelse
2025-11-30   Granskning avslutad`);
    expect(guessDate(pages)).toBe('2027-03-08');
  });

  it('joins a date a narrow cell cut at a hyphen', () => {
    const pages = pagesFromText(`Region Testlän          ÄRENDE          Upprättad 2027-
Kulturförvaltningen                     03-08
# Taxor för arkivtjänster
Tidigare beslut 2025-11-30.`);
    expect(guessDate(pages)).toBe('2027-03-08');
  });
});

describe('a case memo’s head as fields', () => {
  it('is a case memo when its head names officer and recipient over a proposal', () => {
    const doc = analyze(`Region Testlän
**Dnr            Datum         Handläggare      Mottagare**
KN 2027/31       2027-03-08    Arkivarie        Kulturnämnden
# Uppföljning av arkivets öppettider
Besöken har ökat under året.
Förslag till beslut
Kulturnämnden föreslås besluta att godkänna uppföljningen.`);
    expect(doc.document.documentType).toBe('tjansteskrivelse');
  });
});
