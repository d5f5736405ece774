/**
 * A dash alone in a table cell (a year with no figure) and the next cell's figure, read on one line
 * with the dash under another year's column than the figure: "–  2 300 tkr" is no minus 2,3 mkr but
 * an empty year and 2,3 mkr. A minus set one space before its figure ("– 2 300 tkr") stays a minus. Wording and figures
 * made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { findAmounts } from '../../parsers/swedish/amounts.ts';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';

const amounts = (text: string) => findAmounts(text).map((a) => a.amountMsek);

describe('a dash cell before a figure cell', () => {
  // Two spaces are how a PDF line joins any two text runs, a minus of its own too: only the table's
  // geometry sets an empty-year dash cell apart, by three spaces (extract/money.ts withDashCellsApart).
  it('reads the figure after a lone dash set three spaces apart as positive', () => {
    expect(amounts('Gemensam tolkcentral  –   2 300 tkr  2 900 tkr')).toEqual([2.3, 2.9]);
  });

  it('keeps a minus set one space before its figure', () => {
    expect(amounts('Gemensam tolkcentral  – 2 300 tkr  2 900 tkr')).toEqual([-2.3, 2.9]);
  });

  it('keeps a minus glued to its figure after a column gap', () => {
    expect(amounts('Gemensam tolkcentral  –2 300 tkr')).toEqual([-2.3]);
  });
});

describe('a dash cell in a table row with units in its cells', () => {
  it('reads no negative amount from the row', () => {
    const doc = analyzeText(`# Handlingsplan för tolkverksamheten 2031–2032

Åtgärd                                  Effekt 2031        Effekt 2032
Gemensam tolkcentral                    –                  2 300 tkr
Distanstolkning i öppenvården           1 400 tkr          1 600 tkr
`);
    expect(doc.amounts.filter((a) => a.amountMsek < 0).map((a) => a.raw)).toEqual([]);
    expect(effectsByTitle(doc)).toContainEqual(['Gemensam tolkcentral', [[2032, 2.3]]]);
  });
});
