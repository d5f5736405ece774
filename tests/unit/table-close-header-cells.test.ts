/**
 * Header cells of a narrow table printed a word space apart: "2026 Effekt 2027" (the next column's
 * head opens with an effect word) and "2028 Summa" (a sum column beside the last year). Each year
 * is still a column; before, the year followed by the next head was dropped with its figures
 * (fixtures/holdout7 g01, g07: a form XObject scaled down, a turned page). Made-up wording.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };
const analyze = (text: string) => analyzePages(pagesFromText(text), { fileName: 'test.pdf', info });
const effects = (doc: ReturnType<typeof analyze>) =>
  doc.measures.map((m) => [m.title, Object.fromEntries(m.effects.map((e) => [e.year, e.amountMsek]))]);

describe('year columns whose heads sit a word space apart', () => {
  it('keeps the first year when the next head reads "Effekt 2027"', () => {
    const doc = analyze(`# Åtgärdsplan 2026–2027
Belopp i mkr
Åtgärd                                   2026 Effekt 2027
Samlade inköp av rullstolar                  4,5         6,0
Kortare öppettider i växeln                  1,2         2,8
`);
    expect(effects(doc)).toEqual([
      ['Samlade inköp av rullstolar', { 2026: 4.5, 2027: 6 }],
      ['Kortare öppettider i växeln', { 2026: 1.2, 2027: 2.8 }],
    ]);
  });

  it('keeps the last year when a "Summa" column follows it closely', () => {
    const doc = analyze(`# Åtgärdsplan 2026–2028
Belopp i mkr
Åtgärd                                   2026     2027 2028 Summa
Samlade inköp av rullstolar               4,5      6,0  1,0  11,5
Kortare öppettider i växeln               1,2      2,8  0,5   4,5
`);
    expect(effects(doc)).toEqual([
      ['Samlade inköp av rullstolar', { 2026: 4.5, 2027: 6, 2028: 1 }],
      ['Kortare öppettider i växeln', { 2026: 1.2, 2027: 2.8, 2028: 0.5 }],
    ]);
  });
});
