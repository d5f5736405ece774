/**
 * A borderless table of a label and one figure column named by an amount or effect word without a year
 * ("Projekt … Belopp"): the caption above it names the year, and the column is that year's effect. The
 * table may go on over a page break under its caption repeated, laid out narrower there. Wording and
 * figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';

/** A label padded to `width` characters, then the figure right-aligned in `figure` characters. */
const row = (label: string, value: string, width = 50, figure = 8) =>
  `${label.padEnd(width)}${value.padStart(figure)}`;

const read = (text: string) => {
  const doc = analyzeText(text);
  return {
    measures: effectsByTitle(doc),
    totals: doc.totals.map((t) => [t.year, t.amountMsek, t.reconciled]),
  };
};

describe('a borderless one-column table with its year in the caption', () => {
  it('reads the column as the caption year, on one page', () => {
    const got = read(
      [
        '## Projekt för balans',
        'Tabell 5. Besparing under 2030 per projekt (tkr)',
        row('Projekt', '  Belopp'),
        row('Färre hyrda lokaler i hamnen', '350'),
        row('Ny rutin för sjukresor', '1 200'),
        row('Gemensam kundtjänst för hjälpmedel', '800'),
        row('Summa', '2 350'),
        '',
        'Projekten följs upp av ekonomienheten varje månad.',
      ].join('\n'),
    );
    expect(got.measures).toEqual([
      ['Färre hyrda lokaler i hamnen', [[2030, 0.35]]],
      ['Ny rutin för sjukresor', [[2030, 1.2]]],
      ['Gemensam kundtjänst för hjälpmedel', [[2030, 0.8]]],
    ]);
    expect(got.totals).toEqual([[2030, 2.35, true]]);
  });

  it('goes on over the page under the caption repeated, the figures set further left there', () => {
    const got = read(
      [
        '## Projekt för balans',
        'Tabell 5. Besparing under 2030 per projekt (tkr)',
        row('Projekt', '  Belopp'),
        row('Färre hyrda lokaler i hamnen', '350'),
        row('Ny rutin för sjukresor', '1 200'),
        '\fTabell 5. Besparing under 2030 per projekt (tkr), forts.',
        row('Gemensam kundtjänst för hjälpmedel', '800', 38),
        row('Avslutat avtal om parkering', '150', 38),
        row('Summa', '2 500', 38),
        '',
        'Projekten följs upp av ekonomienheten varje månad.',
      ].join('\n'),
    );
    expect(got.measures).toEqual([
      ['Färre hyrda lokaler i hamnen', [[2030, 0.35]]],
      ['Ny rutin för sjukresor', [[2030, 1.2]]],
      ['Gemensam kundtjänst för hjälpmedel', [[2030, 0.8]]],
      ['Avslutat avtal om parkering', [[2030, 0.15]]],
    ]);
    expect(got.totals).toEqual([[2030, 2.5, true]]);
  });

  it('reads no year when the caption names a period', () => {
    const got = read(
      [
        '## Projekt för balans',
        'Tabell 5. Besparing 2030–2032 per projekt (tkr)',
        row('Projekt', '  Belopp'),
        row('Färre hyrda lokaler i hamnen', '350'),
        row('Ny rutin för sjukresor', '1 200'),
      ].join('\n'),
    );
    expect(got.measures.flatMap(([, effects]) => effects)).toEqual([]);
  });
});
