/**
 * A clause of a law or an agreement is no decision's §: "enligt paragraf 12 i samverkansavtalet",
 * "enligt 3 kap. § 5 i hälso- och sjukvårdslagen". The word "paragraf" stands for a decision's § only
 * where the sign would (after the decision's date, its board or its case number), and neither form
 * counts when "enligt" or "kap." stands before it or "i" and a law's or an agreement's name after it.
 * Wording and figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { findParagraphRefs } from '../../parsers/swedish/dates.ts';
import { citationsIn } from '../helpers/citations.ts';

describe("a law's or an agreement's clause", () => {
  it('gives a decision no § from "paragraf N i <agreement>"', () => {
    expect(
      citationsIn(`# Tjänsteskrivelse om sjukresorna i Region Uppsala
Regionstyrelsen beslutade 2025-03-04 att säga upp avtalet enligt paragraf 12 i samverkansavtalet.`),
    ).toEqual([['Regionstyrelsen', '2025-03-04', null]]);
  });

  it('gives a decision no § from "enligt § N i <agreement>"', () => {
    expect(
      citationsIn(`# Tjänsteskrivelse om sjukresorna i Region Uppsala
Regionstyrelsen beslutade 2025-03-04 att säga upp avtalet enligt § 12 i samverkansavtalet.`),
    ).toEqual([['Regionstyrelsen', '2025-03-04', null]]);
  });

  it('reads no citation from a chapter and clause of a law', () => {
    for (const sign of ['paragraf', '§'])
      expect(
        citationsIn(`# Tjänsteskrivelse om vårdgarantin i Region Gotland
Hälso- och sjukvårdsnämnden har behandlat frågan enligt 3 kap. ${sign} 5 i hälso- och sjukvårdslagen.`),
      ).toEqual([]);
  });

  it('reads the word only where the sign of a decision would stand', () => {
    expect(findParagraphRefs('enligt paragraf 7 i reglementet').map((p) => p.paragraph)).toEqual([]);
    expect(findParagraphRefs('med stöd av paragraf 9 ska …').map((p) => p.paragraph)).toEqual([]);
    expect(findParagraphRefs('HSN paragraf 53').map((p) => p.paragraph)).toEqual(['§53']);
    expect(findParagraphRefs('den 2027-04-08, paragraf 53').map((p) => p.paragraph)).toEqual(['§53']);
    expect(findParagraphRefs('§ 4 i kommunallagen').map((p) => p.paragraph)).toEqual([]);
    expect(findParagraphRefs('RS § 41 i protokollet').map((p) => p.paragraph)).toEqual(['§41']);
  });
});
