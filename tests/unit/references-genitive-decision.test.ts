/**
 * A citation whose decision stands as a noun after the board's genitive: "regionstyrelsens beslut
 * 2024-03-05 § 166", "nämndens beslut den 4 maj 2023, § 61", "fullmäktiges beslut 2022-11-29 (§ 140)".
 * Wordings of their own (not the hold-out generator's); a word that only begins with "beslut"
 * ("beslutsunderlag"), or a genitive without a date, cites nothing.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };
const refs = (text: string) =>
  analyzePages(pagesFromText(`Datum 2025-09-30\n\n${text}`), { fileName: 't.pdf', info }).references.map(
    (r) => [r.body, r.date, r.paragraph],
  );

describe('a decision named as a noun after the board', () => {
  it('reads the date and § after "<board>s beslut"', () => {
    expect(
      refs('I enlighet med hälso- och sjukvårdsnämndens beslut den 4 maj 2023, § 61, har avtalet förlängts.'),
    ).toEqual([['Hälso- och sjukvårdsnämnden', '2023-05-04', '§61']]);
    expect(refs('Fullmäktiges beslut 2022-11-29 (§ 140) innebär att taxan höjs.')).toEqual([
      ['Fullmäktige', '2022-11-29', '§140'],
    ]);
    expect(refs('Uppdraget följer av primärvårdsnämndens beslutet 2024-06-11 § 77 om vårdval.')).toEqual([
      ['Primärvårdsnämnden', '2024-06-11', '§77'],
    ]);
  });

  it('cites nothing with a word that only begins with "beslut", nor with no date or § after it', () => {
    expect(refs('Regionstyrelsens beslutsunderlag 2024-05-02 finns i akten.')).toEqual([]);
    expect(refs('Nämndens beslut om budgeten för 2025 gäller tills vidare.')).toEqual([]);
  });
});
