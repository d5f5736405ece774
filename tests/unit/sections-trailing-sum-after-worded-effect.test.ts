/**
 * The last numbered section's effect worded as the list grammar reads it (no "Effekt …" statement),
 * followed in the same paragraph by a sentence that sums all sections: the sum is a total, not that
 * section's effect. Wording made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };
const analyze = (text: string) => analyzePages(pagesFromText(text), { fileName: 'test.pdf', info });
const effectsOf = (m: { effects: { year: number; amountMsek: number }[] }) =>
  Object.fromEntries(m.effects.map((e) => [e.year, e.amountMsek]));

describe('a sum sentence after the last section whose effect is worded', () => {
  it('is a total per year, and the section keeps its own effect', () => {
    const doc = analyze(`# Program för kostnadskontroll 2031–2032
## 5 Insatser
## 5.1 Samlad tvätthantering
Avtalen sägs upp vid årsskiftet. Kostnaden sänks med 900 tkr 2031.
## 5.2 Lägre energiförbrukning i operationshuset
Ventilationen styrs efter beläggning. Insatsen sänker kostnaderna med 1,1 mkr per år 2031–2032. Sammanlagt ger insatserna 2 mkr 2031 och 1,1 mkr 2032.
`);
    expect(doc.measures.map((m) => [m.label, effectsOf(m)])).toEqual([
      ['5.1', { 2031: 0.9 }],
      ['5.2', { 2031: 1.1, 2032: 1.1 }],
    ]);
    expect(doc.totals.map((t) => [t.year, t.amountMsek])).toEqual([
      [2031, 2],
      [2032, 1.1],
    ]);
  });
});
