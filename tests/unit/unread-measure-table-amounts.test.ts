/**
 * A table of measures whose figure columns name no year the paper states ("År 1 | År 2" with no first year
 * given, school years "Läsår 2031/32"): its figures are no effects (the table is told, TABLE_UNPARSED), but
 * they are still money the paper states, read as amounts like those of any table of figures. A column of
 * counts beside them stays no money. Wording and figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const paper = (heads: [string, string]) => `# Omställning inom vuxenutbildningen
Bakgrund till omställningen beskrivs i bilagan. Beloppen anges i mkr.

Insatser och beräknad effekt
Insats                                     Antal     ${heads[0].padEnd(16)}${heads[1]}
Samlad kursadministration i Luleå          3         1,7             2,3
Färre hyrda undervisningslokaler           12        0,9             1,6
`;

describe('figures of a table of measures whose years are not stated', () => {
  it('are amounts, with the table told as unread', () => {
    const doc = analyzeText(paper(['År 1', 'År 2']));
    expect(doc.measures.flatMap((m) => m.effects)).toEqual([]);
    expect(doc.warnings.some((w) => w.code === 'TABLE_UNPARSED')).toBe(true);
    expect(doc.amounts.map((a) => a.amountMsek).sort((a, b) => a - b)).toEqual([0.9, 1.6, 1.7, 2.3]);
  });

  it('are amounts under school-year heads too', () => {
    const doc = analyzeText(paper(['Läsår 2031/32', 'Läsår 2032/33']));
    expect(doc.measures.flatMap((m) => m.effects)).toEqual([]);
    expect(doc.amounts.map((a) => a.amountMsek).sort((a, b) => a - b)).toEqual([0.9, 1.6, 1.7, 2.3]);
  });

  it('leave out a superseded assessment stacked under a year head', () => {
    const doc = analyzeText(`# Omställning inom vuxenutbildningen
Bakgrund till omställningen beskrivs i bilagan. Beloppen anges i mkr.

Insatser och beräknad effekt
                                           År 1                    År 2
                                           Tidigare    Ny          Tidigare    Ny
Insats                                     bedömning   bedömning   bedömning   bedömning
Samlad kursadministration i Luleå          1,9         1,7         2,8         2,3
Färre hyrda undervisningslokaler           1,1         0,9         1,4         1,6
`);
    expect(doc.measures.flatMap((m) => m.effects)).toEqual([]);
    expect(doc.amounts.map((a) => a.amountMsek).sort((a, b) => a - b)).toEqual([0.9, 1.6, 1.7, 2.3]);
  });
});
