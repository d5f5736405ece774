/**
 * A sheet's measure table whose year heads are set at 45° ("Effekt 2027" over each column, as a
 * spreadsheet's angled column heads print): the heads are a row of slanted runs side by side, read as
 * the header, and the table's effects and sums are read — not dropped as slanted text over the page.
 * Drawn with pdfkit; wording and figures made up.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../parsers/index.ts';
import { makePdf } from '../helpers/pdfkit-pdf.ts';

describe('a table with angled year heads', () => {
  it('reads the years of heads set at 45° over the columns', async () => {
    const bytes = await makePdf((doc) => {
      doc.font('bold').fontSize(14).text('Region Västmanland', 50, 50);
      doc.font('regular').fontSize(10).text('Datum 2026-09-14', 50, 72);
      doc.font('bold').fontSize(14).text('Åtgärdsplan 2027–2029', 50, 100);
      doc.font('regular').fontSize(10).text('Åtgärdernas besparing per år, mkr', 50, 130);
      const columns = [330, 400, 470];
      doc.font('bold').fontSize(10).text('Åtgärd', 50, 190);
      ['2027', '2028', '2029'].forEach((year, k) => {
        const x = (columns[k] as number) + 10;
        doc.save();
        doc.rotate(-45, { origin: [x, 195] });
        doc.text(`Effekt ${year}`, x, 190, { lineBreak: false });
        doc.restore();
      });
      const rows: [string, string[]][] = [
        ['Samordnad nattbemanning', ['1,2', '2,4', '2,6']],
        ['Färre externa utbildningsdagar', ['0,5', '0,7', '0,9']],
        ['Summa', ['1,7', '3,1', '3,5']],
      ];
      doc.font('regular');
      rows.forEach(([title, figures], r) => {
        const y = 215 + r * 18;
        doc.text(title, 50, y);
        for (const [k, figure] of figures.entries()) {
          doc.text(figure, columns[k] as number, y, { width: 40, align: 'right' });
        }
      });
    });
    const doc = await extractDocument(bytes, { now: () => new Date(0), fileName: 'vinklad.pdf' });
    expect(doc.measures.map((m) => [m.title, m.effects.map((e) => [e.year, e.amountMsek])])).toEqual([
      [
        'Samordnad nattbemanning',
        [
          [2027, 1.2],
          [2028, 2.4],
          [2029, 2.6],
        ],
      ],
      [
        'Färre externa utbildningsdagar',
        [
          [2027, 0.5],
          [2028, 0.7],
          [2029, 0.9],
        ],
      ],
    ]);
    expect(doc.totals.map((t) => [t.year, t.amountMsek])).toEqual([
      [2027, 1.7],
      [2028, 3.1],
      [2029, 3.5],
    ]);
  });
});
