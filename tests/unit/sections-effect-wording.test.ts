/**
 * Numbered sections whose effect sentence is no "Effekt …"/"Besparing …" statement but words the
 * effect as the list grammar does: a money noun with its direction ("Kostnaden sänks med 750 tkr
 * 2032") or what the measure does to the result ("stärker förvaltningens resultat med 1,5 mkr per
 * år 2031–2033", a period meaning every year of it). Wording made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { isEffectWording } from '../../parsers/swedish/effects.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };
const analyze = (text: string) => analyzePages(pagesFromText(text), { fileName: 'test.pdf', info });
const effectsOf = (m: { effects: { year: number; amountMsek: number }[] }) =>
  Object.fromEntries(m.effects.map((e) => [e.year, e.amountMsek]));

describe('effect wording of the result', () => {
  it('knows improving the result as an effect, not worsening it or naming it', () => {
    expect(isEffectWording('Insatsen stärker förvaltningens resultat med 1,5 mkr.')).toBe(true);
    expect(isEffectWording('Omläggningen förbättrar utfallet med 3 mkr 2031.')).toBe(true);
    expect(isEffectWording('Resultatet för 2031 blev 3 mkr.')).toBe(false);
  });
});

describe('sections whose effect is worded, not stated', () => {
  it('reads a money noun with its direction and a result improved over a period', () => {
    const doc = analyze(`# Plan för budget i balans 2031–2033
## 4 Insatser
## 4.1 Gemensam tolkcentral för länet
Tolkbokningen samlas hos en leverantör. Kostnaden sänks med 750 tkr 2032.
## 4.2 Nattsänkt belysning i kulvertarna
Styrningen byts under våren. Insatsen stärker förvaltningens resultat med 1,5 mkr per år 2031–2033.
`);
    expect(doc.measures.map((m) => [m.label, m.title, effectsOf(m)])).toEqual([
      ['4.1', 'Gemensam tolkcentral för länet', { 2032: 0.75 }],
      ['4.2', 'Nattsänkt belysning i kulvertarna', { 2031: 1.5, 2032: 1.5, 2033: 1.5 }],
    ]);
  });
});
