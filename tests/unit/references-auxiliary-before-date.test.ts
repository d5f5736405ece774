/**
 * A decision cited with the auxiliary before the date and the verb after the citation ("Styrelsen har
 * 2024-06-03, § 18, uppmanat …"): the board, date and § are a reference as when the verb comes first. A
 * date after "har" without a § or citing word is no reference. Wording made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };
const refs = (sentence: string) =>
  analyzePages(pagesFromText(`# Rapport om läget\nDatum 2024-10-30\n\n${sentence}\n`), {
    fileName: 'test.pdf',
    info,
  }).references.map((r) => [r.body, r.date, r.paragraph]);

describe('a citation with "har" before the date', () => {
  it('reads board, date and § when the verb follows the citation', () => {
    expect(
      refs('Regionfullmäktige har 2024-06-03, § 18, uppmanat nämnderna att se över sina lokaler.'),
    ).toEqual([['Regionfullmäktige', '2024-06-03', '§18']]);
    expect(refs('Regionstyrelsen hade den 4 april 2024 (§ 52) efterfrågat en samlad plan.')).toEqual([
      ['Regionstyrelsen', '2024-04-04', '§52'],
    ]);
  });

  it('reads no reference from a date after "har" with no § and no decision', () => {
    expect(refs('Regionstyrelsen har 2024 haft ett underskott i verksamheten.')).toEqual([]);
  });
});
