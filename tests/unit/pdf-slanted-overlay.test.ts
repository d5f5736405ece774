import { describe, expect, it } from 'vitest';
import { loadPdf } from '../../parsers/pdf/load.ts';
import { buildPdf } from '../helpers/hostile-pdfs.ts';

/**
 * Text set on a slant over the page (parsers/pdf/load.ts pageItems): a diagonal watermark is no part of
 * the page's lines, whether it is one large word or a small one repeated; a single slanted run of the
 * page's own size stays among the page's items but joins no line; slanted runs side by side on one row
 * are angled column heads and read as the page's text. Hand-written Helvetica pages.
 */
function page(content: string): Uint8Array {
  return buildPdf([
    { body: '<< /Type /Catalog /Pages 2 0 R >>' },
    { body: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
    {
      body: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    },
    { body: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>' },
    { body: '<< >>', stream: new TextEncoder().encode(content) },
  ]);
}

const BODY = [
  'BT /F1 14 Tf 1 0 0 1 60 780 Tm (Investeringsplan for vattenverket) Tj ET',
  'BT /F1 10 Tf 1 0 0 1 60 600 Tm (Kostnaden beraknas till 12,4 mnkr under forsta etappen.) Tj ET',
  'BT /F1 10 Tf 1 0 0 1 60 586 Tm (Arbetet paborjas efter upphandlingen.) Tj ET',
  'BT /F1 10 Tf 1 0 0 1 60 400 Tm (Tekniska namnden foreslas besluta att godkanna planen.) Tj ET',
].join('\n');

async function read(content: string) {
  const model = await loadPdf(page(content));
  const p = model.pages[0];
  return { lines: (p?.lines ?? []).map((l) => l.text), items: (p?.items ?? []).map((i) => i.text) };
}

describe('slanted text over the page', () => {
  it('keeps one large diagonal word out of the lines and the items', async () => {
    // 72 pt at about 40 degrees, crossing the body's lines.
    const { lines, items } = await read(
      `${BODY}\n0.85 g BT /F1 72 Tf 0.77 0.64 -0.64 0.77 120 380 Tm (KOPIA) Tj ET`,
    );
    expect(lines).toContain('Kostnaden beraknas till 12,4 mnkr under forsta etappen.');
    expect(lines.join('\n')).not.toContain('KOPIA');
    expect(items).not.toContain('KOPIA');
    expect(lines[0]).toBe('Investeringsplan for vattenverket');
  });

  it('keeps a small word tiled on a slant out, a lone slanted run out of the lines, and reads a row of heads', async () => {
    const tiles = [150, 350, 550]
      .map((y) => `BT /F1 12 Tf 0.87 0.5 -0.5 0.87 100 ${y} Tm (Ej faststalld) Tj ET`)
      .join('\n');
    const single =
      'BT /F1 10 Tf 0.71 0.71 -0.71 0.71 480 640 Tm (Prognos) Tj ET\n' +
      'BT /F1 10 Tf 0.71 0.71 -0.71 0.71 400 500 Tm (Budget) Tj ET\n' +
      'BT /F1 10 Tf 0.71 0.71 -0.71 0.71 460 500 Tm (Budget) Tj ET';
    const { lines, items } = await read(`${BODY}\n${tiles}\n${single}`);
    const text = lines.join('\n');
    expect(text).not.toContain('Ej fastst');
    expect(text).not.toContain('Prognos');
    expect(items.some((t) => t.includes('Ej fastst'))).toBe(false);
    expect(items).toContain('Prognos');
    // Two alike slanted heads side by side on one row: a row of angled column heads, no tiles of a
    // watermark, read as text of the page.
    expect(items.filter((t) => t === 'Budget')).toHaveLength(2);
    expect(text).toContain('Budget');
    expect(lines).toContain('Arbetet paborjas efter upphandlingen.');
  });
});
