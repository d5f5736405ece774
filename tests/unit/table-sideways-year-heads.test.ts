/**
 * A wide measure table whose year heads are set sideways (a quarter turn, reading upwards, as a
 * spreadsheet's or word processor's rotated cell text prints over narrow year columns): the heads are
 * a row of sideways runs side by side right above the table's upright body, read as its header row. A
 * sideways label in the margin stays out of the page's lines. Drawn with pdfkit; wording and figures
 * made up.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../parsers/index.ts';
import { loadPdf } from '../../parsers/pdf/load.ts';
import { makePdf } from '../helpers/pdfkit-pdf.ts';

async function sidewaysHeads(turn: -90 | 90): Promise<Uint8Array> {
  return makePdf((doc) => {
    doc.font('bold').fontSize(14).text('Region Dalarna', 50, 50);
    doc.font('regular').fontSize(10).text('Datum 2027-02-03', 50, 72);
    doc.font('bold').fontSize(14).text('Flerårsplan för ekonomi i balans', 50, 100);
    doc.font('regular').fontSize(10).text('Förbättring av resultatet per år, mkr', 50, 130);
    // A margin note set sideways along the left edge: no head of the table.
    doc.save();
    doc.rotate(-90, { origin: [20, 600] });
    doc.fontSize(7).text('Dnr RS 2027/0042', 20, 600, { lineBreak: false });
    doc.restore();
    const columns = [300, 345, 390, 435];
    doc.font('bold').fontSize(9).text('Åtgärd', 50, 238);
    ['2027', '2028', '2029', 'Summa 2027–2029'].forEach((head, k) => {
      const x = (columns[k] as number) + 28;
      const w = doc.widthOfString(head);
      doc.save();
      if (turn === -90) {
        doc.rotate(-90, { origin: [x, 247] });
        doc.text(head, x, 247, { lineBreak: false });
      } else {
        doc.rotate(90, { origin: [x, 247 - w] });
        doc.text(head, x, 247 - w, { lineBreak: false });
      }
      doc.restore();
    });
    const rows: [string, string[]][] = [
      ['Ny modell för nattbemanning', ['1,4', '2,2', '2,9', '6,5']],
      ['Samordnade transporter av prover', ['0,6', '0,8', '1,1', '2,5']],
      ['Summa', ['2,0', '3,0', '4,0', '9,0']],
    ];
    doc.font('regular');
    rows.forEach(([title, figures], r) => {
      const y = 252 + r * 14;
      doc.text(title, 50, y);
      for (const [k, figure] of figures.entries()) {
        doc.text(figure, columns[k] as number, y, { width: 38, align: 'right' });
      }
    });
  });
}

describe('a table with sideways year heads', () => {
  for (const turn of [-90, 90] as const) {
    it(`reads heads turned ${turn}° as the header row over the columns`, async () => {
      const bytes = await sidewaysHeads(turn);
      const doc = await extractDocument(bytes, { now: () => new Date(0), fileName: 'stående.pdf' });
      expect(doc.measures.map((m) => [m.title, m.effects.map((e) => [e.year, e.amountMsek])])).toEqual([
        [
          'Ny modell för nattbemanning',
          [
            [2027, 1.4],
            [2028, 2.2],
            [2029, 2.9],
          ],
        ],
        [
          'Samordnade transporter av prover',
          [
            [2027, 0.6],
            [2028, 0.8],
            [2029, 1.1],
          ],
        ],
      ]);
      expect(doc.totals.map((t) => [t.year, t.amountMsek])).toEqual([
        [2027, 2],
        [2028, 3],
        [2029, 4],
      ]);
    });
  }

  it('leaves a lone sideways margin label out of the lines', async () => {
    const model = await loadPdf(await sidewaysHeads(-90));
    const texts = model.pages[0]?.lines.flatMap((l) => l.segments.map((s) => s.text)) ?? [];
    expect(texts).toContain('2027');
    expect(texts.join(' ')).not.toContain('Dnr RS');
  });
});
