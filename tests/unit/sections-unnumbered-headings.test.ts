/**
 * Measures set as sections under headings WITHOUT numbers: a run of two or more sibling headings, each
 * over a paragraph that states its effect by year, gives a measure per heading; a lone heading over an
 * effect sentence, a heading over a list, and a figure after "jämfört med" (the level compared with) do
 * not. Wording made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const effectsOf = (m: { effects: { year: number; amountMsek: number }[] }) =>
  Object.fromEntries(m.effects.map((e) => [e.year, e.amountMsek]));

describe('sections under unnumbered headings', () => {
  it('reads each heading of a run as a measure with the effect its paragraph states', () => {
    const doc = analyzeText(`# Plan för ekonomi i balans 2031–2032
## Inledning
Nämndens budget uppgår till 96 mkr. Planen redovisar nedan tre åtgärder.
## Gemensam växel för sjukhusen
Växlarna samordnas, vilket beräknas ge en besparing om 1,5 mkr 2031 och 2,0 mkr 2032.
## Färre externa utbildningsdagar
Åtgärden bedöms ge en kostnadsminskning om 0,6 mkr år 2032, jämfört med en kostnad på 4,2 mkr 2030.
## Övrigt
Planen följs upp varje tertial.
`);
    expect(doc.measures.map((m) => [m.label, m.title, effectsOf(m)])).toEqual([
      [null, 'Gemensam växel för sjukhusen', { 2031: 1.5, 2032: 2 }],
      [null, 'Färre externa utbildningsdagar', { 2032: 0.6 }],
    ]);
  });

  it('takes no lone heading over an effect sentence, nor a heading over a list, for a measure', () => {
    const doc = analyzeText(`# Plan för ekonomi i balans 2031
## Ekonomiska konsekvenser
Förslaget beräknas ge en besparing om 3,5 mkr 2031.
## Uppföljning
Planen följs upp varje tertial.
`);
    expect(doc.measures).toEqual([]);
  });
});

describe('sections under unnumbered headings that report, sum or are not read', () => {
  it('takes a section stating a deficit or the measures together for no measure', () => {
    const doc = analyzeText(`# Ekonomiskt läge och åtgärder 2031
## Läget
Prognosen efter augusti visar ett underskott på 17,3 mkr för 2031, till följd av ökade kostnader för bemanning.
## Bedömning
Med full effekt beräknas åtgärderna förbättra resultatet med 9,1 mkr år 2031.
## Uppföljning
Planen följs upp varje tertial.
`);
    expect(doc.measures).toEqual([]);
  });

  it('keeps a section between two read ones in the run and warns that its effect was not read', () => {
    const doc = analyzeText(`# Plan för ekonomi i balans 2031
## Samordnad städning av vårdlokaler
Städningen samordnas, vilket beräknas ge en besparing om 0,9 mkr 2031.
## Egen tillverkning av sterilgods
Egen tillverkning halverar kostnaden på 4 mkr för sterilgods under 2031.
## Färre hyrda fordon
Åtgärden bedöms ge en kostnadsminskning om 0,4 mkr år 2031.
`);
    expect(doc.measures.map((m) => [m.title, effectsOf(m)])).toEqual([
      ['Samordnad städning av vårdlokaler', { 2031: 0.9 }],
      ['Färre hyrda fordon', { 2031: 0.4 }],
    ]);
    expect(doc.warnings.some((w) => w.message.includes('Egen tillverkning av sterilgods'))).toBe(true);
  });

  it('reads a section whose effect sentence gives a figure per year over a range of years', () => {
    const doc = analyzeText(`# Plan för ekonomi i balans 2031–2033
## Samlad logistik för förråden
Kostnaderna för förråden beräknas minska med 1,2 mkr per år 2031–2033.
## Färre hyrda fordon
Åtgärden bedöms ge en kostnadsminskning om 0,4 mkr år 2032.
`);
    expect(doc.measures.map((m) => [m.title, effectsOf(m)])).toEqual([
      ['Samlad logistik för förråden', { 2031: 1.2, 2032: 1.2, 2033: 1.2 }],
      ['Färre hyrda fordon', { 2032: 0.4 }],
    ]);
  });
});

describe('a sibling at the edge of a run of sections', () => {
  it('is told when its figures by year give no effect', () => {
    const doc = analyzeText(`# Plan för ekonomi i balans 2031
## Färre leasade fordon
Fordonsparken minskas med 12 bilar, motsvarande 0,5 mkr 2031.
## Samordnad städning av vårdlokaler
Städningen samordnas, vilket beräknas ge en besparing om 0,9 mkr 2031.
## Färre hyrda fordon
Åtgärden bedöms ge en kostnadsminskning om 0,4 mkr år 2031.
`);
    expect(doc.measures.map((m) => m.title)).toEqual([
      'Samordnad städning av vårdlokaler',
      'Färre hyrda fordon',
    ]);
    expect(doc.warnings.some((w) => w.message.includes('Färre leasade fordon'))).toBe(true);
  });
});

describe('a sentence that goes on about the measure', () => {
  it('gives the effect of a year the statement left out', () => {
    const doc = analyzeText(`# Plan för ekonomi i balans 2031–2032
## Samordnad sjukresebeställning
Samordningen beräknas ge en besparing om 0,7 mkr 2031. År 2032 ger den 1,0 mkr.
## Färre hyrda fordon
Åtgärden bedöms ge en kostnadsminskning om 0,4 mkr år 2031. Antalet fordon var 40 år 2030.
`);
    expect(doc.measures.map((m) => [m.title, effectsOf(m)])).toEqual([
      ['Samordnad sjukresebeställning', { 2031: 0.7, 2032: 1 }],
      ['Färre hyrda fordon', { 2031: 0.4 }],
    ]);
  });
});

describe('a letterhead line set as a heading over a sentence about the result', () => {
  it('is no measure, and a deficit "beräknas till" is no effect', () => {
    const doc = analyzeText(`# Flerårig handlingsplan 2031–2032 för en hållbar ekonomi
## Datum 2030-12-10 Dnr RS 2030/573
Regionens resultat för 2030 beräknas till ett underskott på 46,3 mkr. Kostnaderna har ökat med 2 procent.
## Samordnad städning av vårdlokaler
Städningen samordnas, vilket beräknas ge en besparing om 0,9 mkr 2031.
`);
    expect(doc.measures.filter((m) => m.title.startsWith('Datum'))).toEqual([]);
    expect(
      doc.measures.flatMap((m) => m.effects).some((e) => e.amountMsek === 46.3 || e.amountMsek === -46.3),
    ).toBe(false);
  });
});
