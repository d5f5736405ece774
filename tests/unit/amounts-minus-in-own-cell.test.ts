/**
 * A minus set as a text run of its own (a spreadsheet's accounting format puts it at the cell's left
 * edge, the figure at the right edge) is joined to its figure by the line's column gap of two spaces.
 * It is still the figure's minus; only a dash under another column than the figure is an empty year.
 * Wording and figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { findAmounts } from '../../parsers/swedish/amounts.ts';
import { analyzeText } from '../helpers/analyze-text.ts';

const amounts = (text: string) => findAmounts(text).map((a) => a.amountMsek);

describe('a minus in its own text run before its figure', () => {
  it('keeps the minus a column gap before the figure', () => {
    expect(amounts('Prognos helår  −  2,5 mkr')).toEqual([-2.5]);
    expect(amounts('Resultat  -  12,0 mkr')).toEqual([-12]);
  });

  it('keeps the minus in prose with doubled spaces', () => {
    expect(amounts('Resultatet för 2029 beräknas till  −  12,0 mkr.')).toEqual([-12]);
  });

  it('keeps the minus on a key/value slide of Region Gotland', () => {
    const doc = analyzeText(`# Region Gotland – ekonomisk uppföljning mars 2029

Prognos helår        −        45,0 mkr
Budgetavvikelse      −        12,5 mkr
`);
    const values = doc.amounts.map((a) => a.amountMsek);
    expect(values).toContain(-45);
    expect(values).toContain(-12.5);
    expect(values).not.toContain(45);
    expect(values).not.toContain(12.5);
  });

  it('keeps the minus of a deviation cell set apart from its figure', () => {
    const doc = analyzeText(`# Region Uppsala – prognos för hälso- och sjukvården 2029

Verksamhet                      Budget          Prognos         Avvikelse
Primärvården                    410,0 mkr       412,5 mkr       −     2,5 mkr
`);
    const values = doc.amounts.map((a) => a.amountMsek);
    expect(values).toContain(-2.5);
    expect(values).not.toContain(2.5);
  });
});

describe('a minus under the same year head as its figure', () => {
  it('keeps the minus of an accounting-format cell in a table with year heads', () => {
    const doc = analyzeText(`# Region Jämtland Härjedalen – resultatprognos 2029–2030

Post                            Utfall 2029             Prognos 2030
Finansnetto                     −       4,5 mkr         −       3,0 mkr
`);
    const values = doc.amounts.map((a) => a.amountMsek);
    expect(values).toContain(-4.5);
    expect(values).toContain(-3);
    expect(values.filter((v) => v > 0)).toEqual([]);
  });
});
