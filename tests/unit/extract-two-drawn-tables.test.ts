/**
 * Two drawn (ruled) tables on one page: a cost table without years above an action plan with years.
 * The action plan's reading consumes only the lines inside its own box; the cost table's figures
 * stay amounts of their own.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../parsers/index.ts';
import { makePdf } from '../helpers/pdfkit-pdf.ts';

function grid(doc: PDFKit.PDFDocument, top: number, rows: string[][], cols: number[]): void {
  const h = 22;
  const right = cols.at(-1) as number;
  rows.forEach((row, r) => {
    const y = top + r * h;
    doc.font(r === 0 ? 'bold' : 'regular').fontSize(10);
    row.forEach((cell, c) => {
      const x0 = cols[c] as number;
      const x1 = cols[c + 1] as number;
      if (c === 0) doc.text(cell, x0 + 4, y + 6, { width: x1 - x0 - 8 });
      else doc.text(cell, x0 + 4, y + 6, { width: x1 - x0 - 8, align: 'right' });
    });
  });
  const bottom = top + rows.length * h;
  for (let r = 0; r <= rows.length; r++)
    doc
      .moveTo(cols[0] as number, top + r * h)
      .lineTo(right, top + r * h)
      .stroke();
  for (const x of cols) doc.moveTo(x, top).lineTo(x, bottom).stroke();
}

describe('two ruled tables on a page', () => {
  it('keeps a cost table without years as amounts when an action plan table shares the page', async () => {
    const bytes = await makePdf((doc) => {
      doc.font('bold').fontSize(16).text('Kvartalsuppföljning för länssjukvården', 50, 50);
      doc.font('regular').fontSize(10).text('Nettokostnad per klinik, mkr', 50, 90);
      grid(
        doc,
        110,
        [
          ['Klinik', 'Utfall', 'Budget', 'Differens'],
          ['Ögonkliniken', '41,6', '44,0', '2,4'],
          ['Hudkliniken', '25,3', '22,1', '−3,2'],
          ['Summa', '66,9', '66,1', '−0,8'],
        ],
        [50, 250, 350, 450, 545],
      );
      doc.font('regular').fontSize(10).text('Besparingar per år, mkr', 50, 240);
      grid(
        doc,
        260,
        [
          ['Besparing', '2027', '2028'],
          ['Samlad nattjour för hudkliniken', '1,5', '2,0'],
          ['Färre externa konsulter i ledningen', '0,8', '1,2'],
        ],
        [50, 345, 445, 545],
      );
    });
    const doc = await extractDocument(bytes, { now: () => new Date(0), fileName: 'kvartal.pdf' });
    const figures = doc.amounts.map((a) => a.amountMsek);
    for (const v of [41.6, 44, 2.4, 25.3, 22.1, -3.2, 66.9, 66.1, -0.8]) expect(figures).toContain(v);
    expect(doc.measures.map((m) => m.effects.map((e) => e.amountMsek))).toEqual([
      [1.5, 2],
      [0.8, 1.2],
    ]);
  });
});
