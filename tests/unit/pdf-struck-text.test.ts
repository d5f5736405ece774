import { describe, expect, it } from 'vitest';
import { loadPdf } from '../../parsers/pdf/load.ts';
import { buildPdf } from '../helpers/hostile-pdfs.ts';

/**
 * Editing marks (parsers/pdf/hidden-text.ts): text struck through by a thin line across its middle band is
 * deleted text, not the paper's; underlines, rules between rows, a rule crossing a row's gaps and a
 * highlighter painted over the text in a multiply blend leave the text as it is. Hand-written pages in
 * Helvetica, a layout of their own.
 */
function page(content: string): Uint8Array {
  const form = 'q /Nm gs 1 0.9 0 rg 0 0 26 14 re f Q';
  return buildPdf([
    { body: '<< /Type /Catalog /Pages 2 0 R >>' },
    { body: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
    {
      body: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> /ExtGState << /Hl 6 0 R >> /XObject << /Mk 7 0 R >> >> /Contents 5 0 R >>',
    },
    { body: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>' },
    { body: '<< >>', stream: new TextEncoder().encode(content) },
    { body: '<< /Type /ExtGState /BM /Multiply >>' },
    {
      // A highlighter box as a transparency group: its own content in a normal blend mode.
      body: '<< /Type /XObject /Subtype /Form /BBox [0 0 26 14] /Group << /Type /Group /S /Transparency /I true >> /Resources << /ExtGState << /Nm 8 0 R >> >> >>',
      stream: new TextEncoder().encode(form),
    },
    { body: '<< /Type /ExtGState /BM /Normal /ca 1 >>' },
  ]);
}

async function textOf(content: string): Promise<string> {
  const model = await loadPdf(page(content));
  return (model.pages[0]?.lines ?? []).map((l) => l.text).join('\n');
}

const HEAD = 'BT /F1 11 Tf 60 780 Td (Driftbudget for kulturforvaltningen) Tj ET';
const run = (x: number, y: number, t: string) => `BT /F1 10 Tf ${x} ${y} Td (${t}) Tj ET`;

describe('struck-through text', () => {
  it('drops an old figure struck by a thin filled bar and keeps the new one beside it', async () => {
    // "7,8" at x 300 (about 15 pt wide), a 0.6 pt bar 3.4 pt above its baseline; "6,1" unstruck.
    const text = await textOf(
      `${HEAD}\n${run(60, 700, 'Biblioteksbussen')}\n${run(300, 700, '7,8')}\n0.8 0 0 rg 300 703.1 15.5 0.6 re f 0 g\n${run(322, 700, '6,1')}`,
    );
    expect(text).toContain('Biblioteksbussen');
    expect(text).toContain('6,1');
    expect(text).not.toContain('7,8');
  });

  it('drops a whole row struck by a stroked line, keeps an underlined row', async () => {
    const text = await textOf(
      `${HEAD}\n${run(60, 700, 'Stangd filial i hamnen 2,4')}\n0 0 0 RG 0.5 w 60 703.5 m 172 703.5 l S\n` +
        `${run(60, 680, 'Ny konsthall i norr 3,9')}\n0 0 1 RG 0.5 w 60 678.5 m 157 678.5 l S`,
    );
    expect(text).not.toContain('2,4');
    expect(text).not.toContain('hamnen');
    expect(text).toContain('Ny konsthall i norr 3,9');
  });

  it('keeps a row a long rule crosses at mid-height over the gaps between its cells', async () => {
    const text = await textOf(
      `${HEAD}\n${run(60, 700, 'Musikskola')}\n${run(400, 700, '5,5')}\n0 g 50 703 450 0.5 re f`,
    );
    expect(text).toContain('Musikskola');
    expect(text).toContain('5,5');
  });

  it('keeps figures a highlighter paints over in a multiply blend', async () => {
    const text = await textOf(
      `${HEAD}\n${run(60, 700, 'Teaterstod')}\n${run(300, 700, '12,6')}\nq /Hl gs 1 0.9 0 rg 297 696 26 14 re f Q`,
    );
    expect(text).toContain('12,6');
  });

  it('keeps figures under a highlighter group painted in a multiply blend (its content normal)', async () => {
    const text = await textOf(
      `${HEAD}\n${run(60, 700, 'Teaterstod')}\n${run(300, 700, '12,6')}\nq /Hl gs 1 0 0 1 297 696 cm /Mk Do Q`,
    );
    expect(text).toContain('12,6');
  });
});
