/**
 * An extract of minutes labels itself "Utdrag ur protokoll" (or "Utdrag ur sammanträdesprotokoll") in a
 * cell of its head, beside the letterhead; its item titled "§ 211 Handlingsplan …" is then minutes, not
 * the plan it decides on. Without the label the same page stays an action plan.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const TABLE = `Åtgärd (mnkr)                                  2027        2028
Samordnade transporter av prover               0,6         0,9
Färre inhyrda vikarier i kommunal hälsovård    1,4         2,2
Gemensamt lager för hjälpmedel                 0,9         1,1`;

const paper = (label: string) => `Folktandvården i Region Kronoberg             ${label}
Sammanträdesdatum 2027-03-09                  Paragraf § 211
# § 211 Handlingsplan för folktandvården 2027–2028
Nämnden beslutar att anta handlingsplanen.
${TABLE}`;

describe('document type: "Utdrag ur protokoll" in a cell of the head', () => {
  it('types the extract as protokoll', () => {
    expect(analyzeText(paper('UTDRAG UR PROTOKOLL')).document.documentType).toBe('protokoll');
    expect(analyzeText(paper('Utdrag ur sammanträdesprotokoll')).document.documentType).toBe('protokoll');
  });

  it('keeps the page without the label an action plan', () => {
    expect(analyzeText(paper('Dnr TN 2027/14')).document.documentType).toBe('handlingsplan');
  });
});
