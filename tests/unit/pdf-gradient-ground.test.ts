/**
 * White text on a gradient: a header band painted as a shading (`sh` inside a clip) or filled with a
 * shading pattern (`/Pattern cs /P0 scn … re f`) is the ground the white text stands on, as a flat band
 * is (parsers/pdf/hidden-text.ts). White text on a white page is still dropped. Pages written by hand in
 * Helvetica, wording made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { loadPdf } from '../../parsers/pdf/load.ts';
import { buildPdf } from '../helpers/hostile-pdfs.ts';

const FN = '<< /FunctionType 2 /Domain [0 1] /C0 [0.1 0.25 0.5] /C1 [0.3 0.55 0.8] /N 1 >>';
const SHADING = `<< /ShadingType 2 /ColorSpace /DeviceRGB /Coords [50 0 450 0] /Function ${FN} /Extend [true true] >>`;

function page(content: string): Uint8Array {
  return buildPdf([
    { body: '<< /Type /Catalog /Pages 2 0 R >>' },
    { body: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
    {
      body:
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> ' +
        '/Shading << /Sh0 6 0 R >> /Pattern << /P0 7 0 R >> >> /Contents 5 0 R >>',
    },
    { body: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>' },
    { body: '<< >>', stream: new TextEncoder().encode(content) },
    { body: SHADING },
    { body: `<< /Type /Pattern /PatternType 2 /Shading ${SHADING} >>` },
  ]);
}

async function textOf(content: string): Promise<string> {
  const model = await loadPdf(page(content));
  return (model.pages[0]?.lines ?? []).map((l) => l.text).join('\n');
}

const SEEN = 'BT /F1 11 Tf 60 780 Td (Driftbudget for laboratoriet) Tj ET';

describe('white text on a gradient band', () => {
  it('keeps white text on a band painted by sh in a clip', async () => {
    const text = await textOf(
      `${SEEN}\nq 50 690 400 22 re W n /Sh0 sh Q\n1 1 1 rg BT /F1 10 Tf 60 697 Td (Insats        2031        2032) Tj ET\n` +
        '1 1 1 rg BT /F1 10 Tf 60 600 Td (Dold rad 4,75) Tj ET',
    );
    expect(text).toContain('Insats');
    expect(text).toContain('2032');
    expect(text).not.toContain('4,75');
  });

  it('keeps white text on a band filled with a shading pattern after a white fill', async () => {
    const text = await textOf(
      `${SEEN}\n1 1 1 rg 40 640 500 90 re f\n/Pattern cs /P0 scn 50 690 400 22 re f\n` +
        '1 1 1 rg BT /F1 10 Tf 60 697 Td (Insats        2031        2032) Tj ET',
    );
    expect(text).toContain('Insats');
    expect(text).toContain('2031');
  });
});
