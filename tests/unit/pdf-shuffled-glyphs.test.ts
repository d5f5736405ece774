/**
 * A layout program may write every glyph of a line as its own text object and in any order (a PDF
 * editor's re-flow, a typesetter's kerning pass). pdfjs puts a space between two glyphs written one after
 * the other when the second stands far from the first; that space says where the stream jumped, not where
 * a word ends, and must not split a word whose other glyphs were written elsewhere. The glyphs are placed
 * by hand with pdfkit; the wording is made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { loadPdf } from '../../parsers/pdf/load.ts';
import { makePdf } from '../helpers/pdfkit-pdf.ts';

const LINES = ['Läkemedelskostnaden per invånare ökade', 'under tredje kvartalet med 3,8 mkr'];

/** The glyphs of each line, placed where an ordinary line would put them, written in `order`. */
async function glyphPdf(order: (n: number) => number[]): Promise<Uint8Array> {
  return makePdf((doc) => {
    doc.fontSize(11);
    const glyphs: { ch: string; x: number; y: number }[] = [];
    LINES.forEach((line, k) => {
      let prefix = '';
      for (const ch of line) {
        if (ch !== ' ') glyphs.push({ ch, x: 70 + doc.widthOfString(prefix), y: 120 + k * 16 });
        prefix += ch;
      }
    });
    for (const i of order(glyphs.length)) {
      const g = glyphs[i];
      if (g) doc.text(g.ch, g.x, g.y, { lineBreak: false });
    }
  });
}

/** A one-page PDF with Helvetica (WinAnsi) as /F1 and the given content stream. */
function rawPdf(content: string): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, k) => {
    offsets.push(out.length);
    out += `${k + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

async function linesOf(bytes: Uint8Array): Promise<string[]> {
  const model = await loadPdf(bytes);
  return (model.pages[0]?.lines ?? []).map((line) => line.text);
}

describe('glyphs written out of reading order', () => {
  it('reads the words whole when every glyph is written from the right end of the page backwards', async () => {
    const lines = await linesOf(await glyphPdf((n) => [...Array(n).keys()].reverse()));
    expect(lines).toEqual(LINES);
  });

  it('reads the words whole when the glyphs are written in strides across both lines', async () => {
    // 0, 11, 22, … then 1, 12, 23, …: each glyph is followed in the stream by one far to its right.
    const stride = (n: number) => {
      const out: number[] = [];
      for (let start = 0; start < 11; start++) for (let i = start; i < n; i += 11) out.push(i);
      return out;
    };
    const lines = await linesOf(await glyphPdf(stride));
    expect(lines).toEqual(LINES);
  });

  it('cuts an item pdfjs glued across a gap that glyphs written later fill', async () => {
    // A hand-written content stream (Helvetica): "Hyr", then "b" … "lar" one glyph apart on one
    // baseline, glued by pdfjs into "b l" with a space; the "i" between them is written last.
    const word = 'Hyrbilar';
    const w = [7.22, 5, 3.33, 5.56, 2.22, 2.22, 5.56, 3.33]; // Helvetica widths at 10 pt
    const xs = w.map((_, k) => 80 + w.slice(0, k).reduce((a, b) => a + b, 0));
    const show = (k: number) =>
      `BT /F1 10 Tf 1 0 0 1 ${(xs[k] as number).toFixed(2)} 700 Tm (${word[k]}) Tj ET\n`;
    const stream = [0, 1, 2, 3, 5, 6, 7, 4].map(show).join('');
    const lines = await linesOf(rawPdf(`${stream}BT /F1 10 Tf 1 0 0 1 80 680 Tm (kostar 2,5 mkr) Tj ET\n`));
    expect(lines).toEqual(['Hyrbilar', 'kostar 2,5 mkr']);
  });

  it('keeps the word spaces of glyphs written in reading order', async () => {
    const lines = await linesOf(await glyphPdf((n) => [...Array(n).keys()]));
    expect(lines).toEqual(LINES);
  });
});
