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
