import { describe, expect, it } from 'vitest';
import { inProcessWorker, loadPdfjs, TEXT_ONLY_OPTIONS } from '../../parsers/pdf/pdfjs.ts';
import { type OpsFont, textContentFromOps } from '../../parsers/pdf/text-from-ops.ts';
import { textPdf } from '../helpers/hostile-pdfs.ts';

const latin1 = (text: string): Uint8Array => Uint8Array.from(Buffer.from(text, 'latin1'));

/** getTextContent's items and the ones rebuilt from the operator list, for page 1 of `bytes`. */
async function bothWays(bytes: Uint8Array): Promise<{ pdfjs: unknown[]; ops: unknown[] | null }> {
  const pdfjs = await loadPdfjs();
  const worker = inProcessWorker(pdfjs);
  const task = pdfjs.getDocument({
    data: bytes,
    worker,
    verbosity: 0,
    isEvalSupported: false,
    ...TEXT_ONLY_OPTIONS,
  });
  try {
    const doc = await task.promise;
    const page = await doc.getPage(1);
    const operators = await page.getOperatorList();
    const content = await page.getTextContent({ includeMarkedContent: true });
    const ref = (page as unknown as { ref: { num: number; gen: number } }).ref;
    const rebuilt = textContentFromOps(
      operators.fnArray,
      operators.argsArray,
      pdfjs.OPS as unknown as Record<string, number>,
      (name) => (page.commonObjs.has(name) ? (page.commonObjs.get(name) as OpsFont) : undefined),
      page.view,
      `p${ref.num}R`,
      pdfjs.normalizeUnicode,
    );
    return { pdfjs: content.items, ops: rebuilt?.items ?? null };
  } finally {
    await task.destroy();
    worker.destroy();
  }
}

/** Items as compared: numbers to 1e-4 (the operator list stores Tm and form matrices as float32). */
function rounded(items: unknown[]): unknown[] {
  return items.map((item) => {
    const { dir: _dir, ...rest } = item as Record<string, unknown>;
    return JSON.parse(
      JSON.stringify(rest, (_key, value) =>
        typeof value === 'number' ? Math.round(value * 1e4) / 1e4 : value,
      ),
    );
  });
}

describe('textContentFromOps: getTextContent rebuilt from the operator list', () => {
  it('splits items and inserts spaces as pdfjs does, through the whole text state', async () => {
    const form = latin1('BT /F1 9 Tf 10 10 Td (in the form) Tj ET');
    const content = latin1(
      [
        '/P <</MCID 0>> BDC BT /F1 11 Tf 72 780 Td (Kerned) Tj [(A) -120 (B) -400 (C) -2000 (far)] TJ ET EMC',
        '/Artifact BMC BT /F1 8 Tf 72 820 Td (Sida 1) Tj ET EMC',
        'BT /F1 10 Tf 14 TL 72 700 Td 0.5 Tc 2 Tw (spaced out) Tj T* 120 Tz (wide) Tj 3 Ts (raised) Tj',
        '(next line) \' 1 0.2 (set and show) " ET',
        'q 0.8 0 0 0.8 40 40 cm BT /F1 12 Tf 100 500 Td (scaled) Tj ET Q',
        'BT /F1 10 Tf 0 1 -1 0 300 300 Tm (turned text) Tj ET',
        'BT /F1 10 Tf 0.966 0.259 -0.259 0.966 200 200 Tm (slanted) Tj ET',
        'BT /F1 10 Tf 72 400 Td (one) Tj 40 0 Td (two) Tj 0 -30 Td (three) Tj -200 0 Td (back) Tj ET',
        'q 1 0 0 1 50 100 cm /Fm1 Do Q',
        'BT /F1 10 Tf 72 300 Td (after) Tj ET',
      ].join('\n'),
    );
    const bytes = textPdf({
      content,
      pageExtra: '/Resources << /Font << /F1 4 0 R >> /XObject << /Fm1 6 0 R >> >>',
      extra: [
        {
          body: '<< /Type /XObject /Subtype /Form /BBox [0 0 200 50] /Matrix [1.5 0 0 1.5 3 4] /Resources << /Font << /F1 4 0 R >> >> >>',
          stream: form,
        },
      ],
    });
    const { pdfjs, ops } = await bothWays(bytes);
    expect(ops).not.toBeNull();
    const texts = pdfjs.map((item) => (item as { str?: string }).str).filter((s) => s !== undefined);
    // The page exercises what it should: fake spaces, a split at a big TJ gap, text in the form.
    expect(texts).toEqual(expect.arrayContaining(['in the form', 'far']));
    expect(pdfjs.some((item) => (item as { id?: string }).id === 'p3R_mc0')).toBe(true);
    expect(rounded(ops ?? [])).toEqual(rounded(pdfjs));
  });

  it('leaves right-to-left text to getTextContent', async () => {
    // A Hebrew letter through a font whose /Differences maps code 0xE0 to it.
    const bytes = textPdf({
      content: latin1('BT /F1 11 Tf 72 780 Td (\xe0\xe0\xe0 abc) Tj ET'),
      extra: [],
    });
    const patched = Buffer.from(bytes)
      .toString('latin1')
      .replace('/Encoding /WinAnsiEncoding', '/Encoding << /Differences [224 /afii57664] >>');
    const { ops } = await bothWays(latin1(patched));
    expect(ops).toBeNull();
  });
});
