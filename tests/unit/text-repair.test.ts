import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../parsers/index.ts';
import { pageText } from '../../parsers/page-model.ts';
import { loadPdf, pagesNeedingOcr } from '../../parsers/pdf/load.ts';
import {
  applyGlyphRepairs,
  dashGlyphRepairs,
  isDashShape,
  repairTextLayer,
} from '../../parsers/pdf/text-repair.ts';

describe('repairTextLayer: byte-swapped ligatures (Ghostscript pdfwrite)', () => {
  it('turns swapped letters back inside Latin words', () => {
    expect(repairTextLayer('Ekonomisk e\u6600\u6600ekt, mnkr')).toBe('Ekonomisk effekt, mnkr');
    expect(repairTextLayer('kvali\u6600\u6900cerade')).toBe('kvalificerade');
    expect(repairTextLayer('ambulans\u6600\u6c00yg')).toBe('ambulansflyg');
    expect(repairTextLayer('Helårse\u6600\u6600ekt')).toBe('Helårseffekt');
  });

  it('a swapped run on its own (the ligature as its own text item) is repaired too', () => {
    expect(repairTextLayer('\u6600\u6600')).toBe('ff');
  });

  it('leaves text without swapped letters, and genuine CJK text, as it is', () => {
    const plain = 'Beräknad effekt: 4,5 mkr 2025';
    expect(repairTextLayer(plain)).toBe(plain);
    expect(repairTextLayer('中文\u6600文本')).toBe('中文\u6600文本');
    expect(repairTextLayer('\u4e2d')).toBe('\u4e2d');
  });
});

describe('repairTextLayer: Word bullets in Symbol and Wingdings', () => {
  it('private-use bullets read as "•"', () => {
    expect(repairTextLayer('\uf0b7')).toBe('•');
    expect(repairTextLayer('\uf0b7 att godkänna rapporten')).toBe('• att godkänna rapporten');
    expect(repairTextLayer('\uf0a7\tMinskad hyrbemanning')).toBe('•\tMinskad hyrbemanning');
    expect(repairTextLayer('\uf0d8 Översyn av lokaler')).toBe('• Översyn av lokaler');
  });

  it('other private-use characters and ordinary text are left alone', () => {
    expect(repairTextLayer('\ue000 logotyp')).toBe('\ue000 logotyp');
    expect(repairTextLayer('o Gemensam jour')).toBe('o Gemensam jour');
  });
});

describe('repairTextLayer: an em dash glued to a figure', () => {
  it('is a minus ("—1 350" from a Ghostscript rewrite whose text layer names the minus so)', () => {
    expect(repairTextLayer('—1 350')).toBe('\u22121 350');
    expect(repairTextLayer('(—0,4)')).toBe('(\u22120,4)');
    expect(repairTextLayer('Utfall —12,5 mkr')).toBe('Utfall \u221212,5 mkr');
  });

  it('stays a dash set apart in prose, alone in a cell, or between years', () => {
    for (const text of ['besparingen — 500 tkr — faller ut', '—', 'perioden 2026—2027', 'Å—2']) {
      expect(repairTextLayer(text)).toBe(text);
    }
  });
});

describe('PDFs rewritten by other producers read as the original', () => {
  const read = async (name: string) =>
    loadPdf(new Uint8Array(readFileSync(join(process.cwd(), 'fixtures', 'pdf-layer', name))));

  it('Ghostscript pdfwrite: ligatures come back as letters, the table as in the original', async () => {
    const original = await read('writer-untagged-tables.pdf');
    const rewritten = await read('gs-rewrite-tables.pdf');
    const page = rewritten.pages[0];
    expect(page && pageText(page)).toContain('Ekonomisk effekt, mnkr');
    expect(page && pageText(page)).not.toMatch(/[\u6100-\u7a00]/);
    expect(page?.tables.map((t) => t.rows)).toEqual(original.pages[0]?.tables.map((t) => t.rows));
  });

  it('cairo (anonymous font names "CairoFont-1-0"): bold from the font program, as in the original', async () => {
    const original = await loadPdf(
      new Uint8Array(readFileSync(join(process.cwd(), 'fixtures', 'zoo', '000-pdfkit-memo.pdf'))),
    );
    const rewritten = await read('cairo-rewrite-memo.pdf');
    const boldLines = (model: typeof original) =>
      model.pages.flatMap((page) => page.lines.filter((line) => line.bold).map((line) => line.text));
    expect(boldLines(original).length).toBeGreaterThan(3);
    expect(boldLines(rewritten)).toEqual(boldLines(original));
  });

  it('ps2pdf (fonts without Unicode maps): the page goes to OCR; without an engine, NEEDS_OCR, no facts', async () => {
    const bytes = new Uint8Array(
      readFileSync(join(process.cwd(), 'fixtures', 'pdf-layer', 'ps2pdf-tables.pdf')),
    );
    const model = await loadPdf(bytes);
    expect(model.pages[0]?.items.length).toBeGreaterThan(10); // a text layer there is, of shifted glyphs
    expect(pagesNeedingOcr(model)).toEqual([1]);
    await expect(
      extractDocument(bytes, { now: () => new Date('2026-12-02T17:00:00Z'), fileName: 'ps2pdf-tables.pdf' }),
    ).rejects.toMatchObject({ code: 'NEEDS_OCR' });
  });
});

describe('dashes the text layer calls figures (Ghostscript pdfwrite of pdfkit PDFs)', () => {
  const OPS = { setFont: 1, showText: 2, beginAnnotation: 3, endAnnotation: 4 };
  const figure = { xMin: 0.03, yMin: -0.01, xMax: 0.46, yMax: 0.69 };
  const bar = { xMin: 0, yMin: 0.2, xMax: 0.5, yMax: 0.27 };
  const boxes: Record<string, typeof figure> = { '\ue015': figure, '\ue01e': bar, '\ue020': figure };
  const boxOf = (font: string, fontChar: string) => (font === 'F1' ? boxes[fontChar] : undefined);
  const glyph = (unicode: string, fontChar: string, width = 500) => ({ unicode, fontChar, width });
  // "3 mkr", then "2026–2028" whose dash glyph (E01E) is mapped to "3", then a real "3" again.
  const fnArray = [OPS.setFont, OPS.showText, OPS.showText, OPS.showText];
  const argsArray = [
    ['F1', 12],
    [[glyph('3', '\ue015'), -250, glyph('m', '\ue020')]],
    [[glyph('2', '\ue020'), glyph('3', '\ue01e'), glyph('2', '\ue020')]],
    [[glyph('3', '\ue015')]],
  ];

  it('a glyph shaped as a bar is the dash its width says, wherever the text layer names a figure', () => {
    const repairs = dashGlyphRepairs(fnArray, argsArray, OPS, boxOf);
    expect([...repairs.entries()]).toEqual([['F1\u00003', [null, '–', null]]]);
    const items = [
      { str: '3 mkr', fontName: 'F1' },
      { str: '202632028', fontName: 'F1' },
      { str: '3', fontName: 'F2' },
      { str: '3', fontName: 'F1' },
    ];
    expect(applyGlyphRepairs(items, repairs).map((item) => (item as { str: string }).str)).toEqual([
      '3 mkr',
      '2026–2028',
      '3',
      '3',
    ]);
  });

  it('leaves the text as it is when the text layer and the drawn glyphs do not line up', () => {
    const repairs = dashGlyphRepairs(fnArray, argsArray, OPS, boxOf);
    const items = [{ str: '3 mkr 202632028', fontName: 'F1' }];
    expect(applyGlyphRepairs(items, repairs)).toBe(items);
  });

  it('finds nothing in fonts without outlines, in annotations, or where figures look like figures', () => {
    expect(dashGlyphRepairs(fnArray, argsArray, OPS, () => undefined).size).toBe(0);
    expect(dashGlyphRepairs(fnArray, argsArray, OPS, () => figure).size).toBe(0);
    const inAnnotation = [OPS.beginAnnotation, ...fnArray, OPS.endAnnotation];
    expect(dashGlyphRepairs(inAnnotation, [[], ...argsArray, []], OPS, boxOf).size).toBe(0);
  });

  it('tells hyphen, en dash and em dash apart by advance width; a low or tall shape is no bar', () => {
    const args = (width: number) => [['F1', 12], [[glyph('3', '\ue01e', width)]]];
    const dash = (width: number) =>
      dashGlyphRepairs([OPS.setFont, OPS.showText], args(width), OPS, boxOf).get('F1\u00003')?.[0];
    expect([dash(333), dash(556), dash(1000)]).toEqual(['-', '–', '—']);
    expect(isDashShape(bar)).toBe(true);
    expect(isDashShape({ xMin: 0, yMin: -0.1, xMax: 0.5, yMax: -0.05 })).toBe(false); // underscore
    expect(isDashShape(figure)).toBe(false);
  });

  it('gs-rewrite-dashes.pdf reads as the pdfkit original, "2025–2026" and not "202532026"', async () => {
    const pdf = (path: string) =>
      loadPdf(new Uint8Array(readFileSync(join(process.cwd(), 'fixtures', path))));
    const text = (model: Awaited<ReturnType<typeof loadPdf>>) => model.pages.map(pageText).join('\n');
    const original = text(await pdf('holdout2/k16-s-sections-pdfkit.pdf'));
    const rewritten = text(await pdf('pdf-layer/gs-rewrite-dashes.pdf'));
    expect(rewritten).toContain('ekonomi i balans 2025–2026');
    expect(rewritten).not.toContain('202532026');
    expect(rewritten).toBe(original);
  });
});
