/**
 * A font's widths are the producer's claim, not the glyphs': a producer that places every glyph by its own
 * text matrix draws a readable page whatever /Widths or /W say, and some write them as zero or as several
 * ems a glyph, or none (a CID font without /W: one em each). pdfjs measures the text by them, so an over-wide glyph swallows the glyphs after it (no
 * word space anywhere) and a zero-width one seems followed by a gap. Those items get a typical width.
 * Content streams are hand-written; the wording is made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { loadPdf } from '../../parsers/pdf/load.ts';
import { implausibleWidth, typicalWidth } from '../../parsers/pdf/plausible-widths.ts';
import { makePdf } from '../helpers/pdfkit-pdf.ts';

const LINE = 'Hyran för lokalen i Boden sänks med 1 250 tkr';

/** Helvetica-like advances (thousandths of an em) for the glyphs the line uses. */
const ADV: Record<string, number> = { ' ': 278, ',': 278, ö: 556, ä: 556 };
const adv = (ch: string) => ADV[ch] ?? typicalWidth(ch, 1000) | 0;

/**
 * A one-page PDF with a TrueType font (not embedded) whose /Widths are all `width`, and the line placed
 * glyph by glyph at Helvetica's advances, each glyph its own BT … ET (size in Tf, or 1 Tf and the size in
 * the text matrix, as Microsoft's Print to PDF writes it).
 */
function glyphPdf(width: number, sizeInMatrix: boolean): Uint8Array {
  const size = 10;
  let content = '';
  let x = 72;
  for (const ch of LINE) {
    if (ch !== ' ') {
      const code = ch.charCodeAt(0).toString(8).padStart(3, '0');
      content += sizeInMatrix
        ? `BT /T1 1 Tf ${size} 0 0 ${size} ${x.toFixed(2)} 700 Tm (\\${code}) Tj ET\n`
        : `BT /T1 ${size} Tf 1 0 0 1 ${x.toFixed(2)} 700 Tm (\\${code}) Tj ET\n`;
    }
    x += (adv(ch) * size) / 1000;
  }
  const widths = `[${Array(224).fill(width).join(' ')}]`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /T1 4 0 R >> >> /Contents 6 0 R >>',
    `<< /Type /Font /Subtype /TrueType /BaseFont /QWERTY+Arial /FirstChar 32 /LastChar 255 /Widths ${widths} /Encoding /WinAnsiEncoding /FontDescriptor 5 0 R >>`,
    '<< /Type /FontDescriptor /FontName /QWERTY+Arial /Flags 32 /FontBBox [-665 -325 2000 1006] /ItalicAngle 0 /Ascent 905 /Descent -212 /CapHeight 716 /StemV 80 >>',
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

/**
 * The line in DejaVu Sans as a Type0 font (Identity-H, a correct ToUnicode), every glyph placed by its own
 * text call, and then every number of the CID font's /W rewritten as `width` (same length: offsets hold).
 */
async function type0Pdf(width: '0' | '3000' | 'none'): Promise<Uint8Array> {
  const bytes = await makePdf(
    (doc) => {
      doc.fontSize(10);
      let prefix = '';
      for (const ch of LINE) {
        if (ch !== ' ') doc.text(ch, 72 + doc.widthOfString(prefix), 130, { lineBreak: false });
        prefix += ch;
      }
    },
    { compress: false },
  );
  const text = Buffer.from(bytes).toString('latin1');
  const patched = text.replace(/\/W \[[\s\S]*?\]\s*\]/g, (whole) =>
    // 'none': no /W at all, so every glyph takes the default width of one em.
    width === 'none'
      ? ' '.repeat(whole.length)
      : whole.replace(/\d+(?:\.\d+)?/g, (num) =>
          num.length >= width.length ? width + ' '.repeat(num.length - width.length) : num,
        ),
  );
  expect(patched).not.toBe(text);
  return new Uint8Array(Buffer.from(patched, 'latin1'));
}

async function linesOf(bytes: Uint8Array): Promise<string[]> {
  const model = await loadPdf(bytes);
  return (model.pages[0]?.lines ?? []).map((line) => line.text);
}

describe('glyph widths the page cannot have', () => {
  it('tells zero and over-wide items from ordinary ones', () => {
    expect(implausibleWidth('Boden', 0, 10)).toBe(true);
    expect(implausibleWidth('B', 30, 10)).toBe(true);
    expect(implausibleWidth('Boden', 27, 10)).toBe(false);
    // A letter-spaced heading (a Tc of half an em) is still a plausible width.
    expect(implausibleWidth('BODEN', 60, 10)).toBe(false);
  });

  it('reads the line whole when every glyph claims three ems', async () => {
    expect(await linesOf(glyphPdf(3000, false))).toEqual([LINE]);
  });

  it('reads a Type0 line whole when its glyphs claim no width at all', async () => {
    expect(await linesOf(await type0Pdf('0'))).toEqual([LINE]);
  });

  it('reads a Type0 line whole when its glyphs claim three ems each', async () => {
    expect(await linesOf(await type0Pdf('3000'))).toEqual([LINE]);
  });

  it('reads a Type0 line whole when the font has no widths and every glyph takes one em', async () => {
    expect(await linesOf(await type0Pdf('none'))).toEqual([LINE]);
  });
});
