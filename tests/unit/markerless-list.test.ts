/**
 * Bullet lists whose markers are drawn as shapes (a browser's `<ul>`), so the text layer has no "•":
 * the layout sees one indented paragraph under a lead-in ending with ":". Each sentence-ending line
 * followed by a capital starts a new item; a wrapped item stays one. Wording made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };
const analyze = (text: string) => analyzePages(pagesFromText(text), { fileName: 'test.pdf', info });
const effects = (doc: ReturnType<typeof analyze>) =>
  doc.measures.map((m) => [m.title, Object.fromEntries(m.effects.map((e) => [e.year, e.amountMsek]))]);

describe('a list without written markers', () => {
  it('reads each indented sentence under a lead-in as a measure, a wrapped one as one', () => {
    const doc = analyze(`# Besparingar inom länssjukvården 2027
## Åtgärder
Följande åtgärder föreslås för att nå budget:

     Samlad nattjour på medicinavdelningarna: 2,2 mkr mindre 2028 än 2027.
     Egen tolkförmedling i stället för upphandlade tolkar med lägre
     timpris (effekt 2027: 0,9 mkr, 2028: 1,4 mkr).
     Avvecklad extern hjälpmedelsverkstad: 3 mkr lägre kostnad 2027 jämfört med 2026.
`);
    expect(effects(doc)).toEqual([
      ['Samlad nattjour på medicinavdelningarna', { 2028: 2.2 }],
      [
        expect.stringMatching(/^Egen tolkförmedling i stället för upphandlade tolkar med lägre timpris/),
        { 2027: 0.9, 2028: 1.4 },
      ],
      ['Avvecklad extern hjälpmedelsverkstad', { 2027: 3 }],
    ]);
  });

  it('leaves an indented paragraph that is one sentence, or not under a lead-in, as it is', () => {
    const doc = analyze(`# Besparingar inom länssjukvården 2027
## Bakgrund
Revisorerna skriver i sin granskning:

     Nämnden har inte följt upp besparingen på 2,2 mkr från 2026 och saknar en
     plan för hur den ska nås under 2027.
`);
    expect(doc.measures).toEqual([]);
  });
});

describe('list item titles', () => {
  it('end before the verb that leads up to the amount', () => {
    const doc = analyze(`# Besparingar inom länssjukvården 2027
## Åtgärder
- Samlad nattjour på medicinavdelningarna minskar kostnaderna med 2,2 mkr 2027.
- Egen tolkförmedling beräknas ge fyra miljoner kronor i lägre kostnader 2027.
- Avvecklad extern hjälpmedelsverkstad sparar 1,5 mkr 2027.
`);
    expect(doc.measures.map((m) => m.title)).toEqual([
      'Samlad nattjour på medicinavdelningarna',
      'Egen tolkförmedling',
      'Avvecklad extern hjälpmedelsverkstad',
    ]);
  });
});
