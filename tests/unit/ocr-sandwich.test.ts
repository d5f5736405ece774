import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../parsers/index.ts';
import type { OcrEngine, OcrInput } from '../../parsers/ocr/port.ts';
import { invisibleTextShare, isOcrLayerPage } from '../../parsers/ocr/sandwich.ts';
import type { Page } from '../../parsers/page-model.ts';
import { loadPdf } from '../../parsers/pdf/load.ts';
import { buildPdf } from '../helpers/hostile-pdfs.ts';

const OPS = {
  save: 10,
  restore: 11,
  setTextRenderingMode: 38,
  showText: 44,
  showSpacedText: 45,
  nextLineShowText: 46,
  nextLineSetSpacingShowText: 47,
};

const LINES = [
  'Protokoll fran tekniska namnden, sammantrade i stadshuset.',
  'Paragraf 14: ombyggnaden av simhallen beraknas kosta 18 mkr.',
  'Namnden beslutar att godkanna forstudien och att uppdra at',
  'forvaltningen att aterkomma med en tidplan fore sommaren.',
];

/** A page-sized grey image with the lines over it, drawn in rendering mode `mode` (3: invisible). */
function scanWithTextLayer(mode: number): Uint8Array {
  const text = LINES.map((line, i) => `BT ${mode} Tr /F1 11 Tf 72 ${760 - i * 16} Td (${line}) Tj ET`).join(
    '\n',
  );
  const content = `q 595 0 0 842 0 0 cm /Im1 Do Q\n${text}`;
  const pixels = new Uint8Array(64).fill(235);
  return buildPdf([
    { body: '<< /Type /Catalog /Pages 2 0 R >>' },
    { body: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
    {
      body: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> /XObject << /Im1 6 0 R >> >> /Contents 5 0 R >>',
    },
    { body: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>' },
    { body: '<< >>', stream: new TextEncoder().encode(content) },
    {
      body: '<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8 >>',
      stream: pixels,
    },
  ]);
}

/** An engine that records what it was asked for and answers with empty recognized pages. */
function recordingEngine(): OcrEngine & { asked: number[][] } {
  const asked: number[][] = [];
  return {
    method: 'ocr',
    asked,
    async recognize(input: OcrInput): Promise<Page[]> {
      asked.push(input.pageNumbers);
      return input.pageNumbers.map((number) => ({
        number,
        width: 595,
        height: 842,
        source: 'ocr',
        items: [],
        lines: [],
        tables: [],
      }));
    },
  };
}

const now = () => new Date('2026-01-01T00:00:00Z');

describe('sandwich PDFs: a scan under an invisible OCR text layer', () => {
  it('measures the share of text drawn invisibly, through saves and restores', () => {
    const fn = [
      OPS.save,
      OPS.setTextRenderingMode,
      OPS.showText,
      OPS.showSpacedText,
      OPS.restore,
      OPS.showText,
    ];
    const args = [[], [3], [[]], [[]], [], [[]]];
    expect(invisibleTextShare(fn, args, OPS)).toBeCloseTo(2 / 3);
    expect(invisibleTextShare([OPS.setTextRenderingMode, OPS.showText], [[7], [[]]], OPS)).toBe(1);
    expect(invisibleTextShare([OPS.showText], [[[]]], OPS)).toBe(0);
    expect(invisibleTextShare([], [], OPS)).toBe(0);
  });

  it('tells an OCR layer over a scan from visible text over a background image', async () => {
    const [layered] = (await loadPdf(scanWithTextLayer(3))).pages;
    const [visible] = (await loadPdf(scanWithTextLayer(0))).pages;
    expect(layered?.invisibleText).toBe(1);
    expect(isOcrLayerPage(layered as Page)).toBe(true);
    expect(visible?.invisibleText).toBeUndefined();
    expect(isOcrLayerPage(visible as Page)).toBe(false);
  });

  it('reads an OCR layer page again when an engine is given, and not a page of visible text', async () => {
    const engine = recordingEngine();
    const doc = await extractDocument(scanWithTextLayer(3), { fileName: 'sandwich.pdf', now, ocr: engine });
    expect(engine.asked).toEqual([[1]]);
    expect(doc.extraction.method).toBe('ocr');
    const plain = recordingEngine();
    await extractDocument(scanWithTextLayer(0), { fileName: 'letterhead.pdf', now, ocr: plain });
    expect(plain.asked).toEqual([]);
  });

  it('without an engine uses the layer and warns that it is unchecked OCR', async () => {
    const doc = await extractDocument(scanWithTextLayer(3), { fileName: 'sandwich.pdf', now });
    expect(doc.extraction.method).toBe('text');
    expect(doc.extraction.warnings.filter((w) => w.code === 'OCR_PAGE').map((w) => w.page)).toEqual([1]);
    expect(doc.amounts.some((a) => a.amountMsek === 18)).toBe(true);
  });
});
