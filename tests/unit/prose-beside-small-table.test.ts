/**
 * A page whose table (set smaller than the text) holds more characters than its prose: the prose is
 * larger than the median size of the page's text, yet a sentence is no heading. Before, every paragraph
 * of such a page was read as a heading, and the citation in it was never read.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };

function page(): ReturnType<typeof pagesFromText> {
  const rows = [
    'Nr    Insats                                                       2029    2030',
    'K1    Samordnad nattbemanning på medicinavdelningarna i länet      1,1     1,6',
    'K2    Gemensam upphandling av förbrukningsmaterial för kirurgin    0,8     1,2',
    'K3    Digital egenvårdsguide för patienter med hjärtsvikt          0,5     0,9',
    'K4    Färre köpta platser inom rättspsykiatrin utanför regionen    2,0     2,4',
    'K5    Översyn av avgifter för intyg och utlåtanden                 0,3     0,3',
    'K6    Sammanslagning av två laboratorier vid länssjukhuset         1,4     1,9',
    'Summa                                                              6,1     8,3',
  ];
  const pages = pagesFromText(
    [
      'Region Kalmar län',
      'Datum 2028-11-20',
      '',
      '# Åtgärder för 2029–2030',
      'Regionstyrelsen uppdrog åt förvaltningen att ta fram åtgärderna 2028-05-14, § 77.',
      'Underskottet efter oktober är 31,5 mkr. Prognosen pekar mot ett underskott på 44 mkr.',
      '',
      ...rows,
    ].join('\n'),
  );
  // The table's lines (three cells or more) set in 8 pt, the prose in 10.5 pt.
  for (const line of pages[0]?.lines ?? []) {
    if (line.segments.length >= 3) line.fontSize = 8;
  }
  return pages;
}

describe('prose on a page that a smaller table outweighs', () => {
  it('is read as text: its citation and its amounts are found', () => {
    const doc = analyzePages(page(), { fileName: 'test.pdf', info });
    expect(doc.references.map((r) => [r.body, r.date, r.paragraph])).toEqual([
      ['Regionstyrelsen', '2028-05-14', '§77'],
    ]);
    expect(doc.amounts.map((a) => a.amountMsek)).toEqual(expect.arrayContaining([-31.5, -44]));
  });
});
