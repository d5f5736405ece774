/**
 * A column of a year's part written with the part in parentheses after the year ("Effekt 2031
 * (okt–dec), mkr"), beside a full year's column: the part is read as a part of the year, so the table
 * says it gives no whole-year effect for it (a warning), instead of dropping the column in silence.
 * "Helårseffekt 2032," ending its cell, its unit wrapped onto the next header line, is that year's
 * column. Wording and figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { partOfCell } from '../../parsers/extract/tables.ts';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';

describe('a part of a year in parentheses after it', () => {
  it('is read as the part', () => {
    expect(partOfCell('Effekt 2031 (okt–dec), mkr')).toEqual({
      year: 2031,
      kind: 'months',
      index: 10,
      last: 12,
    });
    expect(partOfCell('Besparing 2031 (h2)')).toEqual({ year: 2031, kind: 'half', index: 2, last: 2 });
    expect(partOfCell('2031 (mkr)')).toBeNull();
  });

  it('a borderless table with such a column beside a full year: the full year read, the part told', () => {
    const doc = analyzeText(`# Åtgärder för ekonomi i balans
## Åtgärder
Åtgärd                              Effekt 2031 (okt–dec),    Helårseffekt 2032,
                                    mkr                       mkr
Samlad nattjour i länet                    1,0                      4,0
Färre hyrda lokaler                        0,5                      2,0
Totalt                                     1,5                      6,0

Åtgärderna följs upp per tertial.
`);
    expect(effectsByTitle(doc)).toEqual([
      ['Samlad nattjour i länet', [[2032, 4]]],
      ['Färre hyrda lokaler', [[2032, 2]]],
    ]);
    expect(doc.warnings.some((w) => /2031 is printed only in parts/.test(w.message))).toBe(true);
  });
});
