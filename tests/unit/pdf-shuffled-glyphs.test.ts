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

  it('keeps the word spaces of glyphs written in reading order', async () => {
    const lines = await linesOf(await glyphPdf((n) => [...Array(n).keys()]));
    expect(lines).toEqual(LINES);
  });
});
