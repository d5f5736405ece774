/**
 * Measures laid out as sections whose heading is a noun with a number or letter ("Insats 2: …",
 * "Förslag C – …", "Aktivitet 4. …") and whose body ends with a line giving the effect per year. The
 * number or letter is the label. A section of the same form whose body states no effect is none; a
 * figure "per år från" a year holds for the paper's later years as well. Wording made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

describe('sections headed by a noun and its label', () => {
  it('are measures labelled by the number or letter', () => {
    const doc = analyzeText(`# Besparingsförslag för tandvården 2031–2032
Tre förslag har arbetats fram tillsammans med klinikerna.

## Insats 1: Gemensam bokningscentral för folktandvården
Bokningen av alla kliniker samlas i en central.
Beräknad besparing: 1,2 mkr 2031 och 2,4 mkr 2032.

## Förslag C – Färre jourkliniker helger
Helgjouren samlas till två kliniker i länet.
Effekt: 0,8 mkr 2031, 0,9 mkr 2032.

## Aktivitet 4. Översyn av materialinköp
Sortimentet av tandtekniskt material begränsas.
Besparing: 0,5 mkr per år från 2031.

## Bilaga 2: Tidplan för genomförandet
Arbetet startar i januari och ska vara klart i juni.
`);
    expect(doc.measures.map((m) => [m.label, m.title, m.effects.map((e) => [e.year, e.amountMsek])])).toEqual(
      [
        [
          '1',
          'Gemensam bokningscentral för folktandvården',
          [
            [2031, 1.2],
            [2032, 2.4],
          ],
        ],
        [
          'C',
          'Färre jourkliniker helger',
          [
            [2031, 0.8],
            [2032, 0.9],
          ],
        ],
        [
          '4',
          'Översyn av materialinköp',
          [
            [2031, 0.5],
            [2032, 0.5],
          ],
        ],
      ],
    );
  });
});

describe('a total stated before the sections', () => {
  const paper = (sentence: string) =>
    analyzeText(`# Besparingsförslag för tandvården
Förvaltningen har arbetat fram två förslag. ${sentence}

## Insats 1: Gemensam bokningscentral för folktandvården
Bokningen av alla kliniker samlas i en central.
Beräknad besparing: 1,2 mkr 2031 och 2,4 mkr 2032.

## Insats 2: Färre jourkliniker helger
Helgjouren samlas till två kliniker i länet.
Effekt: 0,8 mkr 2031, 0,9 mkr 2032.
`);

  it('is the total when each figure is its year’s sum of the sections', () => {
    const doc = paper('Sammantaget väntas de ge 2,0 mkr 2031 och 3,3 mkr 2032.');
    expect(doc.totals.map((t) => [t.year, t.amountMsek, t.reconciled])).toEqual([
      [2031, 2, true],
      [2032, 3.3, true],
    ]);
  });

  it('is no total when the figures are other than the sums', () => {
    const doc = paper('Sammantaget väntas de ge 5,0 mkr 2031 och 6,0 mkr 2032.');
    expect(doc.totals).toEqual([]);
  });
});
