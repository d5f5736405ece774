/**
 * A list's total set as its last bullet ("• Totalt för planen 2027: 9 mkr") is the list's total, not one
 * more measure; and a spaced dash between a title and "figure unit year" at a line's end parts the two
 * (no minus), unless the title names a level a minus is written for (result, forecast, deviation).
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { findAmounts } from '../../parsers/swedish/amounts.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };
const values = (text: string) => findAmounts(text).map((a) => a.amountMsek);

describe('a total as the last bullet of a list of measures', () => {
  it('is read as the total of the year it names', () => {
    const doc = analyzePages(
      pagesFromText(`# Besparingsprogram 2027
## Planerade insatser
• Gemensam nattsjuksköterska för två boenden: 4,5 mkr 2027
• Färre dyra röntgenremisser: 4,5 mkr 2027
• Totalt för programmet 2027: 9 mkr`),
      { fileName: 'test.pdf', info },
    );
    expect(doc.measures.map((m) => m.title)).toEqual([
      'Gemensam nattsjuksköterska för två boenden',
      'Färre dyra röntgenremisser',
    ]);
    expect(doc.totals.map((t) => [t.year, t.amountMsek])).toEqual([[2027, 9]]);
  });
});

describe('a spaced dash between a title and its figure and year', () => {
  it('is no minus when the line ends after the year', () => {
    expect(values('Omförhandlat avtal för tolktjänster — 1,8 mnkr år 2027')).toEqual([1.8]);
    expect(values('Egen regi för laboratoriets transporter – 650 tkr 2025\nNästa rad')).toEqual([0.65]);
  });

  it('stays a minus after a level word or a preposition, or without the year', () => {
    expect(values('Resultat efter finansnetto – 7,5 mkr 2024')).toEqual([-7.5]);
    expect(values('Prognosen landar på – 20 mkr 2025')).toEqual([-20]);
    expect(values('Avvecklad jourlinje – 3 mkr')).toEqual([-3]);
  });
});

describe('a list with no markers under a heading about measures', () => {
  it('is split where a line ends with a figure, its unit and year, and the next begins a new line', () => {
    const doc = analyzePages(
      pagesFromText(`# Kvartalsrapport för regionens trafikbolag
## Besparingsåtgärder
Samordnad fordonsservice för länstrafiken 1,2 mkr 2026
Färre tomkörningar på landsbygdslinjerna 0,8 mkr 2026
Totalt för åtgärderna 2026: 2 mkr
Åtgärderna följs upp i varje kvartalsrapport.`),
      { fileName: 'test.pdf', info },
    );
    expect(doc.measures.map((m) => [m.title, m.effects.map((e) => [e.year, e.amountMsek])])).toEqual([
      ['Samordnad fordonsservice för länstrafiken', [[2026, 1.2]]],
      ['Färre tomkörningar på landsbygdslinjerna', [[2026, 0.8]]],
    ]);
    expect(doc.totals.map((t) => [t.year, t.amountMsek])).toEqual([[2026, 2]]);
  });

  it('reads a spaced dash before "figure unit year" followed by the next joined line as no minus', () => {
    expect(values('Samordnad fordonsservice – 1,2 mkr 2026 Färre tomkörningar – 0,8 mkr 2026')).toEqual([
      1.2, 0.8,
    ]);
  });
});

describe('prose under a heading about measures', () => {
  it('stays a paragraph when its lines end with figures but no year', () => {
    const doc = analyzePages(
      pagesFromText(`# Kvartalsrapport för regionens trafikbolag
## Besparingsåtgärder
Översikt Kostnaderna för inhyrda förare uppgick till 12,5 mkr
Prognosen för helåret pekar mot ett underskott om 4 mkr`),
      { fileName: 'test.pdf', info },
    );
    expect(doc.measures.map((m) => m.title)).not.toContain(
      'Prognosen för helåret pekar mot ett underskott om 4 mkr',
    );
    expect(doc.measures.filter((m) => m.title.startsWith('Översikt'))).toHaveLength(0);
  });
});
