import { describe, expect, it } from 'vitest';
import { annotationTextItems } from '../../parsers/pdf/annotations.ts';
import { loadPdf } from '../../parsers/pdf/load.ts';
import { buildPdf } from '../helpers/hostile-pdfs.ts';

/**
 * Text shown on the page by its annotations (parsers/pdf/annotations.ts): a filled text field (with or
 * without an appearance stream) and a FreeText note are read at their place; a stamp is not. The pages
 * are written by hand in Helvetica, in a layout of their own (a registry form with a decision field).
 */
const enc = (s: string) => new TextEncoder().encode(s);
const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';

/** Objects 1–5: catalog, pages, the page (annotations 6…), font, content; then the annotations. */
function pageWith(
  content: string,
  annots: Array<{ body: string; stream?: Uint8Array }>,
  acro = '',
): Uint8Array {
  const refs = annots.map((_, k) => `${6 + k} 0 R`).join(' ');
  return buildPdf([
    { body: `<< /Type /Catalog /Pages 2 0 R${acro} >>` },
    { body: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
    {
      body: `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R${
        annots.length ? ` /Annots [${refs}]` : ''
      } >>`,
    },
    { body: FONT },
    { body: '<< >>', stream: enc(content) },
    ...annots,
  ]);
}

const BODY =
  'BT /F1 12 Tf 60 780 Td (Anmalan om tillfallig stangning av simhallen) Tj ET\n' +
  'BT /F1 8 Tf 400 760 Td (Beslutsdatum) Tj ET\n' +
  'BT /F1 10 Tf 60 700 Td (Kulturnamnden beslutar) Tj ET';

async function linesOf(pdf: Uint8Array): Promise<string[]> {
  const model = await loadPdf(pdf);
  return (model.pages[0]?.lines ?? []).map((l) => l.text);
}

describe('text shown by annotations', () => {
  it('reads a text field without an appearance stream (NeedAppearances) at its place', async () => {
    const lines = await linesOf(
      pageWith(
        BODY,
        [
          {
            body: '<< /Type /Annot /Subtype /Widget /FT /Tx /T (beslutsdatum) /V (2025-03-18) /DA (/F1 10 Tf 0 g) /F 4 /Rect [398 735 500 752] /P 3 0 R >>',
          },
          {
            body: '<< /Type /Annot /Subtype /Widget /FT /Tx /Ff 4096 /T (beslut) /V (a. stanga simhallen under maj\\nb. erbjuda skolorna bad i grannkommunen) /DA (/F1 10 Tf 0 g) /F 4 /Rect [58 640 540 690] /P 3 0 R >>',
          },
        ],
        ' /AcroForm << /Fields [6 0 R 7 0 R] /NeedAppearances true >>',
      ),
    );
    expect(lines).toContain('2025-03-18');
    const i = lines.indexOf('a. stanga simhallen under maj');
    expect(i).toBeGreaterThan(lines.indexOf('Kulturnamnden beslutar'));
    expect(lines[i + 1]).toBe('b. erbjuda skolorna bad i grannkommunen');
  });

  it('reads a field and a FreeText note from their appearance, and no stamp or hidden field', async () => {
    const ap = (text: string) => ({
      body: '<< /Type /XObject /Subtype /Form /BBox [0 0 200 16] /Resources << /Font << /F1 4 0 R >> >> >>',
      stream: enc(`/Tx BMC BT /F1 9 Tf 2 4 Td (${text}) Tj ET EMC`),
    });
    const lines = await linesOf(
      pageWith(BODY, [
        {
          body: '<< /Type /Annot /Subtype /Widget /FT /Tx /T (datum) /V (2025-04-02) /F 4 /Rect [398 735 598 751] /AP << /N 10 0 R >> /P 3 0 R >>',
        },
        {
          body: '<< /Type /Annot /Subtype /FreeText /Contents (Tillkommande kostnad 1,25 mnkr) /DA (/F1 9 Tf 0 g) /F 4 /Rect [60 600 260 616] /AP << /N 11 0 R >> /P 3 0 R >>',
        },
        {
          body: '<< /Type /Annot /Subtype /Stamp /Name /Draft /Contents (Granskad 2025-05-30) /F 4 /Rect [300 600 500 616] /AP << /N 12 0 R >> /P 3 0 R >>',
        },
        {
          body: '<< /Type /Annot /Subtype /Widget /FT /Tx /T (intern) /V (Reserv 9,5 mnkr) /F 6 /Rect [60 560 260 576] /AP << /N 13 0 R >> /P 3 0 R >>',
        },
        ap('2025-04-02'),
        ap('Tillkommande kostnad 1,25 mnkr'),
        ap('Granskad 2025-05-30'),
        ap('Reserv 9,5 mnkr'),
      ]),
    );
    const text = lines.join('\n');
    expect(text).toContain('2025-04-02');
    expect(text).toContain('Tillkommande kostnad 1,25 mnkr');
    expect(text).not.toContain('Granskad');
    expect(text).not.toContain('9,5');
  });

  it('does not add a value the page already prints inside the field', () => {
    const items = annotationTextItems(
      [{ subtype: 'Widget', fieldType: 'Tx', fieldValue: 'Dnr KN 2025/41', rect: [100, 700, 300, 720] }],
      [1, 0, 0, -1, 0, 842],
      [
        { text: 'Dnr KN', x: 102, y: 125, width: 40, height: 10 },
        { text: '2025/41', x: 146, y: 125, width: 36, height: 10 },
      ],
    );
    expect(items).toEqual([]);
    const placed = annotationTextItems(
      [{ subtype: 'Widget', fieldType: 'Tx', fieldValue: 'Dnr KN 2025/41', rect: [100, 700, 300, 720] }],
      [1, 0, 0, -1, 0, 842],
      [],
    );
    expect(placed).toHaveLength(1);
    expect(placed[0]?.x).toBeCloseTo(102);
    expect(placed[0]?.y).toBeCloseTo(123);
  });
});
