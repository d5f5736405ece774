/**
 * A year column too narrow for its year: the word processor wraps the number itself, "203" over "0",
 * inside the header cell. The digits on both sides of the break are one year; a cell holding two years
 * on two lines, or a year over its unit, is read as before. Layout and wording made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { pagesWithCellTable as withCells } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };

describe('a year wrapped inside its header cell', () => {
  it('reads "203" over "0" as 2030', () => {
    const doc = analyzePages(
      withCells('## Effektiviseringar, tkr', [
        ['Id', 'Insats', '203\n0', '20 31', 'Ansvarig'],
        ['E1', 'Färre nattbemannade vårdplatser på geriatriken', '1 250', '2 500', 'Klinikchef'],
        ['E2', 'Samordnad beställning av förbrukningsmaterial', '600', '600', 'Inköpschef'],
        ['', 'Summa', '1 850', '3 100', ''],
      ]),
      { fileName: 't.pdf', info },
    );
    expect(doc.measures.map((m) => [m.title, m.effects.map((e) => [e.year, e.amountMsek])])).toEqual([
      [
        'Färre nattbemannade vårdplatser på geriatriken',
        [
          [2030, 1.25],
          [2031, 2.5],
        ],
      ],
      [
        'Samordnad beställning av förbrukningsmaterial',
        [
          [2030, 0.6],
          [2031, 0.6],
        ],
      ],
    ]);
    expect(doc.totals.map((t) => [t.year, t.amountMsek, t.reconciled])).toEqual([
      [2030, 1.85, true],
      [2031, 3.1, true],
    ]);
  });
});
