import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageText } from '../../parsers/page-model.ts';
import { loadPdf } from '../../parsers/pdf/load.ts';
import { repairTextLayer } from '../../parsers/pdf/text-repair.ts';

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
});
