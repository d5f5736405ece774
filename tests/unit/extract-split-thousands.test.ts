/**
 * Figures whose thousands groups a producer placed as separate runs ("1" "204" "300" a few points
 * apart): one figure, 1 204 300, not three cells of a table.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../parsers/index.ts';
import { makePdf } from '../helpers/pdfkit-pdf.ts';

/** Writes a grouped figure right-aligned at `right`, each group as its own text object 2.5 pt apart. */
function groups(doc: PDFKit.PDFDocument, figure: string, right: number, y: number): void {
  const parts = figure.split(' ');
  const gap = 2.5;
  const width = parts.reduce((w, p) => w + doc.widthOfString(p), 0) + gap * (parts.length - 1);
  let x = right - width;
  for (const part of parts) {
    doc.text(part, x, y, { lineBreak: false });
    x += doc.widthOfString(part) + gap;
  }
}

describe('thousands groups placed apart', () => {
  it('joins the groups of a figure in a cost table and reads no group as an amount of its own', async () => {
    const bytes = await makePdf((doc) => {
      doc
        .font('bold')
        .fontSize(16)
        .text('Kostnadsuppföljning för servicenämnden', 50, 50, { lineBreak: false });
      doc.font('regular').fontSize(10).text('Kostnader per enhet, tkr', 50, 90, { lineBreak: false });
      doc.font('bold').fontSize(10);
      doc.text('Enhet', 50, 115, { lineBreak: false });
      doc.text('Kostnad', 260, 115, { lineBreak: false });
      doc.text('Plan', 380, 115, { lineBreak: false });
      doc.text('Skillnad', 480, 115, { lineBreak: false });
      doc.font('regular');
      const rows = [
        ['Städning', '1 204 300', '1 180 000', '(24 300)'],
        ['Tvätteri', '362 450', '371 000', '8 550'],
        ['Transporter', '95 120', '90 400', '(4 720)'],
      ];
      rows.forEach((row, r) => {
        const y = 135 + r * 18;
        doc.text(row[0] as string, 50, y, { lineBreak: false });
        groups(doc, row[1] as string, 310, y);
        groups(doc, row[2] as string, 420, y);
        groups(doc, row[3] as string, 530, y);
      });
    });
    const doc = await extractDocument(bytes, { now: () => new Date(0), fileName: 'service.pdf' });
    const figures = doc.amounts.map((a) => a.amountMsek).sort((a, b) => a - b);
    expect(figures).toEqual([-24.3, -4.72, 8.55, 90.4, 95.12, 362.45, 371, 1180, 1204.3]);
  });
});
