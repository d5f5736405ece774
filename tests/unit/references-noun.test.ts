/**
 * A citation whose board stands in the genitive before a noun — "regionstyrelsens beslut", "nämndens
 * protokoll", "kommitténs sammanträde" — and then the date and §: the noun, like a verb ("beslutade"),
 * may stand between the board and its date (GENITIVE_DECISION_RE). A word that only begins with
 * "beslut" ("beslutsunderlag"), or a genitive without a date, cites nothing. Wording made up for these
 * tests (not a hold-out generator's).
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { findCitations } from '../../parsers/extract/references.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };
const cite = (text: string) =>
  findCitations(text, { defaultYear: 2025 }).map((c) => [c.body, c.date, c.paragraph]);

describe('a board in the genitive before a noun, then the date', () => {
  it('reads "<board>s beslut <date> § n"', () => {
    expect(cite('Enligt regionstyrelsens beslut 2024-03-05 § 166 ska kostnaderna anpassas.')).toEqual([
      ['Regionstyrelsen', '2024-03-05', '§166'],
    ]);
  });

  it('reads "<board>s protokoll den <date>, § n" and "<board>s sammanträde <date> § n"', () => {
    expect(cite('Frågan finns i trafiknämndens protokoll den 14 november 2023, § 88.')).toEqual([
      ['Trafiknämnden', '2023-11-14', '§88'],
    ]);
    expect(cite('Vid kulturnämndens sammanträde 2025-02-11 § 7 togs planen upp.')).toEqual([
      ['Kulturnämnden', '2025-02-11', '§7'],
    ]);
  });

  it('cites nothing when no date or § follows the noun', () => {
    expect(cite('Regionstyrelsens beslut om budgeten för 2026 fattades i juni.')).toEqual([]);
  });

  it('is a reference of the paper', () => {
    const pages = pagesFromText(`# Tjänsteskrivelse
Enligt regionstyrelsens beslut 2024-03-05 § 166 ska varje nämnd ta fram en plan.`);
    const doc = analyzePages(pages, { fileName: 'test.pdf', info });
    expect(doc.references.map((r) => [r.body, r.date, r.paragraph])).toEqual([
      ['Regionstyrelsen', '2024-03-05', '§166'],
    ]);
  });

  it('reads "<board>s beslut den <date>, § n", "(§ n)" and "beslutet"', () => {
    const refs = (text: string) =>
      analyzePages(pagesFromText(`Datum 2025-09-30\n\n${text}`), { fileName: 't.pdf', info }).references.map(
        (r) => [r.body, r.date, r.paragraph],
      );
    expect(
      refs('I enlighet med hälso- och sjukvårdsnämndens beslut den 4 maj 2023, § 61, har avtalet förlängts.'),
    ).toEqual([['Hälso- och sjukvårdsnämnden', '2023-05-04', '§61']]);
    expect(refs('Fullmäktiges beslut 2022-11-29 (§ 140) innebär att taxan höjs.')).toEqual([
      ['Fullmäktige', '2022-11-29', '§140'],
    ]);
    expect(refs('Uppdraget följer av primärvårdsnämndens beslutet 2024-06-11 § 77 om vårdval.')).toEqual([
      ['Primärvårdsnämnden', '2024-06-11', '§77'],
    ]);
    expect(refs('Regionstyrelsens beslutsunderlag 2024-05-02 finns i akten.')).toEqual([]);
  });
});

describe('a citation that goes on in the next block', () => {
  it('joins a block ending mid-sentence to the next starting with the date', () => {
    const pages = pagesFromText(`# Tjänsteskrivelse
Avgifterna för museerna har setts över. Regionstyrelsen beslutade

2025-04-08, § 52, att införa en ny avgiftsmodell för länets museer.`);
    const doc = analyzePages(pages, { fileName: 'test.pdf', info });
    expect(doc.references.map((r) => [r.body, r.date, r.paragraph])).toEqual([
      ['Regionstyrelsen', '2025-04-08', '§52'],
    ]);
  });

  it('keeps blocks apart after a finished sentence', () => {
    const pages = pagesFromText(`# Tjänsteskrivelse
Avgifterna har setts över av Regionstyrelsen.

2025-04-08 infördes en ny avgiftsmodell.`);
    const doc = analyzePages(pages, { fileName: 'test.pdf', info });
    expect(doc.references).toEqual([]);
  });
});
