/**
 * A spreadsheet's number format may print a negative figure in red and nothing else: the page shows a
 * deficit, the text layer a positive figure. A page with figures in red and no sign of their own warns on
 * its facts; the figures are read as printed (never re-signed on a guess), and a red figure with its own
 * minus or parentheses, or black figures alone, warn about nothing. Table, wording and colours made up.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../parsers/index.ts';
import { hasUnsignedFigure, isRed } from '../../parsers/pdf/red-figures.ts';
import { makePdf } from '../helpers/pdfkit-pdf.ts';

async function deviationReport(redCell: string, colour: string): Promise<Uint8Array> {
  return makePdf((doc) => {
    doc.font('bold').fontSize(16).text('Region Dalarna — uppföljning per klinik i mars 2031', 50, 50);
    doc.font('regular').fontSize(10).text('Avvikelse mot budget per klinik, mkr', 50, 90);
    const rows: [string, string, string][] = [
      ['Klinik', 'Budget', 'Avvikelse'],
      ['Ortopedkliniken', '88,4', '1,2'],
      ['Kvinnokliniken', '61,0', redCell],
    ];
    rows.forEach((row, r) => {
      const y = 115 + r * 18;
      doc
        .font(r === 0 ? 'bold' : 'regular')
        .fontSize(10)
        .fillColor('black');
      doc.text(row[0], 50, y, { lineBreak: false });
      doc.text(row[1], 250, y, { width: 60, align: 'right', lineBreak: false });
      if (r === 2) doc.fillColor(colour);
      doc.text(row[2], 340, y, { width: 60, align: 'right', lineBreak: false });
      doc.fillColor('black');
    });
  });
}

const redWarnings = async (bytes: Uint8Array) =>
  (await extractDocument(bytes, { now: () => new Date(0), fileName: 'x.pdf' })).extraction.warnings.filter(
    (w) => /printed in red/.test(w.message),
  );

describe('figures printed in red without a sign', () => {
  it('tells red from other colours', () => {
    expect(['#ff0000', '#c9211e', '#b22222'].map(isRed)).toEqual([true, true, true]);
    expect(['#000000', '#ff8000', '#808080', '#ffffff', 'red'].map(isRed)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('warn on the page when a figure is red and has no sign of its own', async () => {
    const warnings = await redWarnings(await deviationReport('4,7', '#d00000'));
    expect(warnings.map((w) => [w.code, w.page])).toEqual([['AMBIGUOUS_AMOUNT', 1]]);
  });

  it('warn about nothing when the red figure carries its minus, or nothing is red', async () => {
    expect(await redWarnings(await deviationReport('−4,7', '#d00000'))).toEqual([]);
    expect(await redWarnings(await deviationReport('(4,7)', '#d00000'))).toEqual([]);
    expect(await redWarnings(await deviationReport('4,7', '#000000'))).toEqual([]);
  });
});

describe('a red run', () => {
  it('counts a figure without a sign, not a year or a signed figure', () => {
    expect(
      ['4,7', 'Avvikelse 12 400', 'Prognos 2031', '−4,7', '(4,7)', '+1,2', 'ingen'].map(hasUnsignedFigure),
    ).toEqual([true, true, false, false, false, false, false]);
  });
});
