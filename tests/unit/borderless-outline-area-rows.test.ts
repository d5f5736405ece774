/**
 * A borderless table whose areas are rows numbered "1", "2" in the number column with no figures, over
 * the measures numbered under them ("1.1", "1.2"), every line at the same pitch and the area rows in bold: an area row is neither
 * the last line of the title above nor the first line of the title below — each measure keeps its own
 * number and title. Wording and figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const PLAN = `# Flerårsplan för kollektivtrafiken 2029–2031
Tabell 1. Effekt per år, mkr
Nr   Åtgärd                                         2029    2030    2031
**1    Linjetrafik**
1.1  Glesare turer kvällstid på landsbygdslinjer     0,6     0,9     1,1
1.2  Anropsstyrd trafik i stället för fasta turer    0,4     0,7     0,7
**2    Administration**
2.1  Gemensam kundtjänst med grannlänet              1,2     1,5     1,5
**3    Fordon**
3.1  Längre avskrivningstid för bussar               0,8     0,8     0,8
3.2  Elbussar på stadslinjerna                      -0,5     0,9     1,4
     Summa                                           2,5     4,8     5,5
`;

describe('outline-numbered area rows in a borderless table', () => {
  const doc = analyzeText(PLAN);

  it('reads each measure under its own number and title', () => {
    expect(doc.measures.map((m) => [m.label, m.title, m.effects.map((e) => e.amountMsek)])).toEqual([
      ['1.1', 'Glesare turer kvällstid på landsbygdslinjer', [0.6, 0.9, 1.1]],
      ['1.2', 'Anropsstyrd trafik i stället för fasta turer', [0.4, 0.7, 0.7]],
      ['2.1', 'Gemensam kundtjänst med grannlänet', [1.2, 1.5, 1.5]],
      ['3.1', 'Längre avskrivningstid för bussar', [0.8, 0.8, 0.8]],
      ['3.2', 'Elbussar på stadslinjerna', [-0.5, 0.9, 1.4]],
    ]);
    expect(doc.totals.map((t) => t.amountMsek)).toEqual([2.5, 4.8, 5.5]);
  });
});
