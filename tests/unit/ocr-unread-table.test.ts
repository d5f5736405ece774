/**
 * A table OCR could not make rows of (a heavily speckled fax: junk words in every row, the head "Åtgärd I
 * 2025 2026") must not leave a page that reads as having no measures: a recognized page with a line of
 * two or more years and lines of decimal figures under it, from which no measure or total was read,
 * gets a TABLE_UNPARSED warning. Text-layer pages, pages whose table was read, pages told about already
 * and pages whose years stand only in dates get none. Wording and figures made up.
 */
import { describe, expect, it } from 'vitest';
import { unreadOcrTables } from '../../parsers/ocr/trust.ts';
import type { Page } from '../../parsers/page-model.ts';
import type { Measure } from '../../parsers/schema.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const FAX = `Regionstyrelsen, sammanträdesprotokoll
Insatsernas effekt per år, mkr
Insats                                      ee   2031 2032
Samlad nattjour vid akutmottagningarna      SS  2,4 i 1,1
Gemensam upphandling av material            oo  0,8   1.6
Färre hyrda lokaler för administration      Ö  3,5 SS 3,5
Summa                                       RT  Ha 6,2
`;

const scanned = (text: string, source: Page['source'] = 'ocr'): Page[] =>
  pagesFromText(text).map((page) => ({ ...page, source }));
const none = { measures: [], totals: [], warnings: [] };

describe('a table of figures by year that OCR could not read', () => {
  it('is told on its page', () => {
    const warnings = unreadOcrTables(scanned(FAX), none);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ code: 'TABLE_UNPARSED', page: 1 });
    expect(warnings[0]?.message).toMatch(/2031 2032/);
  });

  it('is not told on a text page, a page whose measures were read, or a page told about already', () => {
    expect(unreadOcrTables(scanned(FAX, 'text'), none)).toEqual([]);
    const measure = { page: 1 } as Measure;
    expect(unreadOcrTables(scanned(FAX), { ...none, measures: [measure] })).toEqual([]);
    const told = [{ code: 'TABLE_UNPARSED', message: 'a table was not read', page: 1 }];
    expect(unreadOcrTables(scanned(FAX), { ...none, warnings: told })).toEqual([]);
  });

  it('is not told for dates and prose figures', () => {
    const minutes = `Protokoll 2031-03-12 och 2032-01-15
Nämnden beslutade 2031-02-01 att avsätta 2,5 mkr.
Kostnaden blev 4,1 mkr högre än budget.
Prognosen är 1,2 mkr sämre än i april.
Underskottet väntas bli 3,3 mkr.
`;
    expect(unreadOcrTables(scanned(minutes), none)).toEqual([]);
  });
});

describe('prose that names years and figures', () => {
  it('is no table', () => {
    const report = `Månadsrapport
Prognosen för 2031 är sämre än utfallet för 2030 och budgeten för 2032 i alla förvaltningar.
Kostnaderna för hyrpersonal ökade med 2,4 mkr jämfört med samma period förra året och väntas fortsätta.
Läkemedelskostnaderna blev 1,6 mkr högre än budgeterat, främst inom cancervården i länets södra del.
Intäkterna från patientavgifter blev 0,9 mkr lägre än väntat, vilket förklaras av färre besök.
`;
    expect(unreadOcrTables(scanned(report), none)).toEqual([]);
  });
});

describe('the rest of a table continued on a recognized page without its head', () => {
  const PAGE_ONE = `Insatsernas effekt per år, mkr
Insats                                      2031   2032
Samlad nattjour vid akutmottagningarna       2,4    1,1
`;
  const PAGE_TWO = `Gemensam upphandling av material             0,8    1,6
Färre hyrda lokaler för administration       3,5    3,5
Summa                                        6,7    6,2
Förslag till beslut
`;
  const twoPages = (): Page[] => [
    ...pagesFromText(PAGE_ONE).map((page) => ({ ...page, source: 'text' as const })),
    ...scanned(PAGE_TWO).map((page) => ({ ...page, number: 2 })),
  ];
  const onPageOne = { ...none, measures: [{ page: 1 } as Measure] };

  it('is told when the page before had its measures read and nothing was read here', () => {
    const warnings = unreadOcrTables(twoPages(), onPageOne);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ code: 'TABLE_UNPARSED', page: 2 });
    expect(warnings[0]?.message).toMatch(/rest of the table of page 1/);
  });

  it('is not told when the page before had no table, or the rows were read', () => {
    expect(unreadOcrTables(twoPages(), none)).toEqual([]);
    const both = { ...none, measures: [{ page: 1 } as Measure, { page: 2 } as Measure] };
    expect(unreadOcrTables(twoPages(), both)).toEqual([]);
  });
});
