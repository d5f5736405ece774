/**
 * A year column whose own header names a unit is read in that unit even when the column before names
 * another ("Besparing 2031 (tkr)" beside "Besparing 2032 (mnkr)"), and a money column beside the years
 * whose header names its unit ("Investering, kronor") is an amount in that unit, not in the table's.
 * Cells and wording made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };
const effects = (doc: ReturnType<typeof analyzePages>) =>
  doc.measures.map((m) => [m.title, m.effects.map((e) => [e.year, e.amountMsek])]);

describe('a unit per column', () => {
  it('reads each year column in the unit its own header names', () => {
    const pages = pagesFromText('# Sparprogram 2031–2032\nInsatserna nedan beslutas av styrelsen.\n');
    const page = pages[0];
    if (!page) throw new Error('no page');
    page.tables = [
      {
        source: 'ruled',
        rows: [
          ['Insats', 'Besparing 2031 (tkr)', 'Besparing 2032 (mnkr)', 'Investering, kronor'],
          ['Egen tolkförmedling i Arvika', '750', '1,4', '220 000'],
          ['Färre nattpass på barnavdelningen', '300', '0,9', '–'],
          ['Totalt', '1 050', '2,3', '220 000'],
        ],
      },
    ];
    const doc = analyzePages(pages, { fileName: 'test.pdf', info });
    expect(effects(doc)).toEqual([
      [
        'Egen tolkförmedling i Arvika',
        [
          [2031, 0.75],
          [2032, 1.4],
        ],
      ],
      [
        'Färre nattpass på barnavdelningen',
        [
          [2031, 0.3],
          [2032, 0.9],
        ],
      ],
    ]);
    expect(doc.totals.map((t) => [t.year, t.amountMsek])).toEqual([
      [2031, 1.05],
      [2032, 2.3],
    ]);
    const figures = doc.amounts.map((a) => a.amountMsek);
    expect(figures).toContain(0.22);
    expect(figures.some((x) => x > 100)).toBe(false);
  });
});
