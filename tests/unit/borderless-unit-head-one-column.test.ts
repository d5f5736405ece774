/**
 * A borderless table of a label and one figure column headed by its unit alone ("Tkr", "Mkr"): the caption
 * above names the year, and the column is that year's effect in that unit. Wording and figures made up
 * for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';

const row = (label: string, value: string) => `${label.padEnd(50)}${value.padStart(8)}`;

describe('a borderless one-column table headed by its unit', () => {
  it('reads the column as the caption year in that unit', () => {
    const doc = analyzeText(
      [
        '## Projekt för balans',
        'Tabell 2. Besparing per projekt under 2031',
        row('Projekt', '     Tkr'),
        row('Egen regi för städning på Gällivare sjukhus', '450'),
        row('Färre externa konsulter inom IT', '1 300'),
        row('Summa', '1 750'),
      ].join('\n'),
    );
    expect(effectsByTitle(doc)).toEqual([
      ['Egen regi för städning på Gällivare sjukhus', [[2031, 0.45]]],
      ['Färre externa konsulter inom IT', [[2031, 1.3]]],
    ]);
    expect(doc.totals.map((t) => [t.year, t.amountMsek])).toEqual([[2031, 1.75]]);
  });
});
