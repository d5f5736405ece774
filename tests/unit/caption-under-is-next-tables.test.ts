/**
 * A caption under a table that is followed, within a few lines, by a year header or rows of figures is
 * the caption OVER the next table, not one under this table: its unit is not this table's unit.
 * Wording and figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const row = (label: string, a: string, b: string) => `${label.padEnd(46)}${a.padStart(10)}${b.padStart(10)}`;

const FIRST = [
  row('Åtgärd', '2027', '2028'),
  row('Anpassad turtäthet på landsbygdslinjer', '3,5', '4,0'),
  row('Gemensam upphandling av fordonsservice', '1,5', '2,0'),
  row('Summa', '5,0', '6,0'),
];

describe('a caption between two tables', () => {
  it('belongs to the table below it when a year header follows', () => {
    const doc = analyzeText(
      [
        '## Åtgärder inom kollektivtrafiken',
        'Kollektivtrafiknämnden i Region Uppsala föreslår följande åtgärder för att nå en budget i balans.',
        '',
        ...FIRST,
        '',
        'Tabell 4. Avgiftsintäkter per biljettslag, tkr',
        row('Biljettslag', '2027', '2028'),
        row('Periodkort vuxen', '412 000', '418 500'),
        row('Enkelbiljett', '96 300', '97 100'),
      ].join('\n'),
    );
    // Read in tkr, 3,5 would be 0,0035 mkr: a wrong number. The table states no unit of its own.
    const effects = doc.measures.flatMap((m) => m.effects.map((e) => e.amountMsek));
    expect(effects.filter((a) => Math.abs(a) < 0.01)).toEqual([]);
  });
});
