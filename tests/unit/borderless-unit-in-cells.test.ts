/**
 * A borderless table whose figures carry their unit in each cell ("1,5 mnkr"), the header and caption
 * naming none: the unit is read from the cells, and a unit beside its figure is no stray text in the
 * year column. A table with no unit anywhere stays unread, said. Wording and figures made up.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';

const paper = (caption: string, rows: string) =>
  analyzeText(
    `# Åtgärder inom ambulanssjukvården 2031–2032\nRegion Gotland\n\n## Åtgärder\n${caption}\n${rows}\n\n## Bakgrund\nKostnaderna har ökat.\n`,
  );

const WITH_UNITS = `Åtgärd                            2031         2032
Samordnad ambulansdirigering      1,5 mnkr     2,0 mnkr
Färre liggande transporter        0,8 mnkr     1,1 mnkr
Summa                             2,3 mnkr     3,1 mnkr`;

describe('a borderless table with the unit in its cells', () => {
  it('reads the unit from the cells', () => {
    const doc = paper('Tabell 2. Åtgärderna', WITH_UNITS);
    expect(effectsByTitle(doc)).toEqual([
      [
        'Samordnad ambulansdirigering',
        [
          [2031, 1.5],
          [2032, 2],
        ],
      ],
      [
        'Färre liggande transporter',
        [
          [2031, 0.8],
          [2032, 1.1],
        ],
      ],
    ]);
    expect(doc.totals.map((t) => [t.year, t.amountMsek, t.reconciled])).toEqual([
      [2031, 2.3, true],
      [2032, 3.1, true],
    ]);
  });

  it('tells no stray text when the caption names the unit too', () => {
    const doc = paper('Tabell 2. Åtgärderna, mnkr', WITH_UNITS);
    expect(doc.warnings.filter((w) => /text in a year column/.test(w.message))).toEqual([]);
  });

  it('leaves a table with no unit anywhere unread, said', () => {
    const doc = paper('Tabell 2. Åtgärderna', WITH_UNITS.replaceAll(' mnkr', '     '));
    expect(doc.measures).toEqual([]);
    expect(doc.warnings.some((w) => w.code === 'TABLE_UNPARSED' && /no unit/.test(w.message))).toBe(true);
  });
});
