/**
 * Measures laid out as numbered sections and totals stated in prose, in wordings and orders the
 * synthetic generator does not use: effect lines with the year first or last, semicolons, a total
 * sentence in other words, a section heading set as a bold body line, a section whose figures were
 * not read (its total must not reconcile), and a year run together with its figure (warned).
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };
const analyze = (text: string) => analyzePages(pagesFromText(text), { fileName: 'test.pdf', info });
const effectsOf = (m: { effects: { year: number; amountMsek: number }[] }) =>
  Object.fromEntries(m.effects.map((e) => [e.year, e.amountMsek]));

describe('numbered sections as measures', () => {
  it('reads sections whose effect line words the years in several orders, and the total in prose', () => {
    const doc = analyze(`# Åtgärdsplan för ekonomi i balans 2025–2026
## 3 Föreslagna åtgärder
## 3.1 Gemensam nattjour för medicinklinikerna
Jourlinjerna på de två sjukhusen slås samman från hösten.
Effekt 2025: 3,0 mkr; 2026: 4,5 mkr.
## 3.2 Utökad egenvård vid diabetes
Fler patienter följs upp digitalt i stället för på mottagning.
Åtgärden bedöms minska kostnaderna med 1,5 mkr 2025 och 2 mkr 2026.
## 3.3 Nytt avtal för laboratorieanalyser
Upphandlingen är klar och avtalet börjar gälla i januari.
Besparingen uppskattas till 2 mnkr (2025) respektive 2,5 mnkr (2026).
## 4 Samlad bedömning
Tillsammans ger åtgärderna en besparing om 6,5 mkr 2025 och 9 mkr 2026.`);
    expect(doc.measures.map((m) => [m.label, m.title, effectsOf(m)])).toEqual([
      ['3.1', 'Gemensam nattjour för medicinklinikerna', { 2025: 3, 2026: 4.5 }],
      ['3.2', 'Utökad egenvård vid diabetes', { 2025: 1.5, 2026: 2 }],
      ['3.3', 'Nytt avtal för laboratorieanalyser', { 2025: 2, 2026: 2.5 }],
    ]);
    expect(doc.measures[0]?.description).toBe('Jourlinjerna på de två sjukhusen slås samman från hösten.');
    expect(doc.totals.map((t) => [t.year, t.amountMsek, t.reconciled])).toEqual([
      [2025, 6.5, true],
      [2026, 9, true],
    ]);
  });

  it('keeps a start-up cost negative', () => {
    const doc = analyze(`# Handlingsplan 2025–2026
## 2 Åtgärder
## 2.1 Digitala vårdbesök i primärvården
Införandet kräver en ny plattform.
Ekonomisk effekt: 2025: −1,2 mkr, 2026: 5 mkr.`);
    expect(doc.measures[0]?.effects.map((e) => [e.year, e.amountMsek, e.type])).toEqual([
      [2025, -1.2, 'cost_increase'],
      [2026, 5, 'cost_reduction'],
    ]);
  });

  it('takes a bold body line "2.1 …" for a section heading (the number is the label, not part of the title)', () => {
    const doc = analyze(`# Handlingsplan 2025
## 2 Åtgärder
**2.1 Samordnad upphandling av hjälpmedel**
Regionens tre avtal ersätts av ett gemensamt.
Beräknad effekt: 4 mkr 2025.
**2.2 Färre hyrläkare på akuten**
Egen rekrytering ersätter inhyrda läkare.
Beräknad effekt: 6 mkr 2025.
Total besparing 10 mnkr 2025.`);
    expect(doc.measures.map((m) => [m.label, m.title, effectsOf(m)])).toEqual([
      ['2.1', 'Samordnad upphandling av hjälpmedel', { 2025: 4 }],
      ['2.2', 'Färre hyrläkare på akuten', { 2025: 6 }],
    ]);
    expect(doc.totals).toMatchObject([{ year: 2025, amountMsek: 10, reconciled: true }]);
  });

  it('does not reconcile a total over a section whose figures by year were not read as an effect', () => {
    const doc = analyze(`# Handlingsplan 2025
## 2 Åtgärder
## 2.1 Samordnad upphandling av hjälpmedel
Beräknad effekt: 4 mkr 2025.
## 2.2 Färre hyrläkare på akuten
Kostnaden för hyrläkare var 6 mkr 2024 och planen är att den ska halveras.
## 2.3 Sänkt värme i lokaler
Beräknad effekt: 2 mkr 2025.
## 3 Sammanfattning
Sammantaget beräknas åtgärderna ge 6 mkr 2025.`);
    expect(doc.measures.map((m) => m.label)).toEqual(['2.1', '2.3']);
    expect(doc.totals).toMatchObject([{ year: 2025, amountMsek: 6, reconciled: null }]);
    expect(doc.warnings.map((w) => w.code)).toContain('AMBIGUOUS_TABLE');
  });

  it('reads no total from prose before any measure, nor from a budget sentence', () => {
    const doc = analyze(`# Handlingsplan 2025
## 1 Inledning
Sammantaget beräknas besparingarna i regionen ge 40 mkr 2025 enligt budgeten.
Den totala budgetramen för 2025 uppgår till 5,9 miljarder kronor.
## 2 Åtgärder
## 2.1 Samordnad upphandling av hjälpmedel
Beräknad effekt: 4 mkr 2025.`);
    expect(doc.totals).toEqual([]);
  });
});

describe('totals of a memo list', () => {
  it('reads the total of each year, not only the first', () => {
    const doc = analyze(`# Åtgärder för minskade kostnader 2025–2026
Förvaltningen föreslår följande åtgärder:
a) Minskad hyrbemanning, 10 mkr 2025 och 12 mkr 2026
b) Färre köpta operationer, 4 mkr 2025 och 6 mkr 2026
Sammanlagd effekt 2025: 14 mkr; 2026: 18 mkr.`);
    expect(doc.totals.map((t) => [t.year, t.amountMsek, t.reconciled])).toEqual([
      [2025, 14, true],
      [2026, 18, true],
    ]);
  });
});

describe('a year run together with its figure', () => {
  it('splits "effekt 20259 mkr" in a list item of a 2025 paper and warns', () => {
    const doc = analyze(`# Kostnadsminskningar 2025
Följande åtgärder föreslås:
a) Minskad hyrbemanning med effekt 20259 mkr lägre 2025 än 2024
b) Färre köpta operationer 4 mkr lägre 2025 än 2024`);
    expect(doc.measures.map((m) => [m.title, effectsOf(m)])).toEqual([
      ['Minskad hyrbemanning med effekt 2025', { 2025: 9 }],
      ['Färre köpta operationer', { 2025: 4 }],
    ]);
    expect(doc.warnings.map((w) => w.code)).toContain('AMBIGUOUS_AMOUNT');
  });
});

describe('direction words of a title', () => {
  it('does not take "uteblivna" of the visits for lower revenue in "Avgift för uteblivna besök"', () => {
    const doc = analyze(`# Åtgärder för minskade kostnader 2026
Följande åtgärder föreslås:
a) Avgift för uteblivna besök, 2,5 mkr 2026
b) Kostnaderna för tolkar ökar med 1 mkr 2026`);
    expect(doc.measures.map((m) => [m.title, m.effects[0]?.amountMsek])).toEqual([
      ['Avgift för uteblivna besök', 2.5],
      ['Kostnaderna för tolkar ökar', -1],
    ]);
  });
});

describe('table rows that go on with the row above', () => {
  it('takes a figure-less row of numbered items for the sub-measures above, and a lower-case row for its title', () => {
    const doc = analyze(`## Åtgärder och effekt (mkr)
Åtgärd                                          2025      2026
Samordnad nattjour på medicinkliniken            1,5       2,0
1. Kartlägga jourlinjerna 2. Slå samman jouren
Minskad användning av inhyrda sjuksköterskor     3,0       4,0
på avdelning 12 och 14
Summa                                            4,5       6,0`);
    expect(doc.measures.map((m) => [m.title, m.subMeasureCount, effectsOf(m)])).toEqual([
      ['Samordnad nattjour på medicinkliniken', 2, { 2025: 1.5, 2026: 2 }],
      ['Minskad användning av inhyrda sjuksköterskor på avdelning 12 och 14', null, { 2025: 3, 2026: 4 }],
    ]);
    // Geometry alone ties here (the figures fit the top and the centre of these rows alike): the rows are
    // read right, but the table reader says so and does not vouch for the total.
    expect(doc.totals.map((t) => [t.sumOfMeasures, t.reconciled])).toEqual([
      [4.5, null],
      [6, null],
    ]);
    expect(doc.warnings.map((w) => w.code)).toContain('AMBIGUOUS_TABLE');
  });
});
