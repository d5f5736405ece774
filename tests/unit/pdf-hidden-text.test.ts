import { describe, expect, it } from 'vitest';
import { loadPdf } from '../../parsers/pdf/load.ts';
import { buildPdf } from '../helpers/hostile-pdfs.ts';

/**
 * Text the content stream holds but the printed page does not show (parsers/pdf/hidden-text.ts):
 * invisible text over no image, white on white, outside the clip, covered by a later opaque fill. The
 * pages are written by hand in Helvetica (not a producer of the fixtures), in a layout of their own.
 */
function page(content: string, withImage = false): Uint8Array {
  const pixels = new Uint8Array(64).fill(200);
  return buildPdf([
    { body: '<< /Type /Catalog /Pages 2 0 R >>' },
    { body: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
    {
      body: `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >>${
        withImage ? ' /XObject << /Im1 6 0 R >>' : ''
      } >> /Contents 5 0 R >>`,
    },
    { body: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>' },
    { body: '<< >>', stream: new TextEncoder().encode(content) },
    {
      body: '<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8 >>',
      stream: pixels,
    },
  ]);
}

async function linesOf(content: string, withImage = false): Promise<string[]> {
  const model = await loadPdf(page(content, withImage));
  return (model.pages[0]?.lines ?? []).map((l) => l.text);
}

const SEEN = 'BT /F1 11 Tf 60 780 Td (Kvartalsrapport for fastighetsenheten) Tj ET';

describe('hidden text in the content stream', () => {
  it('drops text in render mode 3 when no image lies under it', async () => {
    const lines = await linesOf(
      `${SEEN}\nBT 3 Tr /F1 10 Tf 60 700 Td (Avsatt till underhall: 6,25 Mkr enligt forra utkastet) Tj ET\nBT 0 Tr /F1 10 Tf 60 660 Td (Hyresintakterna var 3,4 Mkr.) Tj ET`,
    );
    expect(lines.join('\n')).toContain('Hyresintakterna var 3,4 Mkr.');
    expect(lines.join('\n')).not.toContain('6,25');
  });

  it('keeps text in render mode 3 over an image (a searchable scan)', async () => {
    const lines = await linesOf(
      `q 595 0 0 842 0 0 cm /Im1 Do Q\nBT 3 Tr /F1 10 Tf 60 700 Td (Avsatt till underhall: 6,25 Mkr) Tj ET`,
      true,
    );
    expect(lines.join('\n')).toContain('6,25');
  });

  it('drops white text on a white page but keeps white text on a dark band', async () => {
    const lines = await linesOf(
      `${SEEN}\n1 1 1 rg BT /F1 10 Tf 60 700 Td (Dold reserv 9,75 Mkr) Tj ET\n` +
        `0.1 0.2 0.5 rg 50 590 300 24 re f 1 g BT /F1 10 Tf 60 598 Td (Rubrik i vit text) Tj ET`,
    );
    const text = lines.join('\n');
    expect(text).not.toContain('9,75');
    expect(text).toContain('Rubrik i vit text');
  });

  it('drops text outside the clip path in force', async () => {
    const lines = await linesOf(
      `${SEEN}\nq 0 0 300 842 re W n BT /F1 10 Tf 60 700 Td (Innanfor) Tj ET BT /F1 10 Tf 420 700 Td (Gammal kolumn 1,85) Tj ET Q`,
    );
    const text = lines.join('\n');
    expect(text).toContain('Innanfor');
    expect(text).not.toContain('1,85');
  });

  it('drops a figure a later opaque box covers, and keeps the figure written over the box', async () => {
    const lines = await linesOf(
      `${SEEN}\nBT /F1 10 Tf 60 700 Td (Vinterdrift) Tj ET\nBT /F1 10 Tf 300 700 Td (712) Tj ET\n` +
        `1 1 1 rg 296 695 40 16 re f 0 g BT /F1 10 Tf 300 700 Td (655) Tj ET\n` +
        `BT /F1 10 Tf 60 640 Td (Konsultarvode) Tj ET BT /F1 10 Tf 300 640 Td (48) Tj ET 0 g 296 636 30 15 re f`,
    );
    const text = lines.join('\n');
    expect(text).toContain('655');
    expect(text).not.toContain('712');
    expect(text).not.toMatch(/Konsultarvode.*48/);
    expect(text).toContain('Konsultarvode');
  });

  it('leaves text alone under a translucent fill and under thin rules drawn after it', async () => {
    const lines = await linesOf(
      `${SEEN}\nBT /F1 10 Tf 60 700 Td (Markerad rad 4,5) Tj ET /GS1 gs\n0 0 0 RG 0.5 w 55 697 m 200 697 l S`,
    );
    expect(lines.join('\n')).toContain('Markerad rad 4,5');
  });

  it('keeps the visible part of a run whose tail is white', async () => {
    const lines = await linesOf(`${SEEN}\nBT /F1 10 Tf 60 700 Td (Totalt 14,2) Tj 1 1 1 rg ( 9,9) Tj ET`);
    const text = lines.join('\n');
    expect(text).toContain('Totalt 14,2');
    expect(text).not.toContain('9,9');
  });

  it('keeps a table whose rules are one filled path of thin rectangles drawn after the text', async () => {
    const rules = [640, 660, 680, 700].map((y) => `50 ${y} 400 0.8 re`).join(' ');
    const cols = [50, 250, 450].map((x) => `${x} 640 0.8 60.8 re`).join(' ');
    const lines = await linesOf(
      `${SEEN}\nBT /F1 10 Tf 60 685 Td (Snoroejning) Tj ET BT /F1 10 Tf 300 685 Td (1 120) Tj ET\n` +
        `BT /F1 10 Tf 60 665 Td (Lokalvard) Tj ET BT /F1 10 Tf 300 665 Td (2 340) Tj ET\n0 g ${rules} ${cols} f`,
    );
    const text = lines.join('\n');
    expect(text).toContain('1 120');
    expect(text).toContain('2 340');
  });
});
