import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { embeddedBold, glyphBox, loadPdfjs, TEXT_ONLY_OPTIONS } from '../../parsers/pdf/pdfjs.ts';
import { makePdf } from '../helpers/pdfkit-pdf.ts';

const FONTS = join(process.cwd(), 'node_modules/dejavu-fonts-ttf/ttf');
type FontFaceLike = new (family: string, source: unknown, descriptors?: object) => { family: string };
const global = globalThis as { FontFace?: unknown };

interface FontReport {
  bold: boolean | undefined;
  /** glyphBox answers over a range of fontChar codes, as text: equal reports mean equal programs read. */
  boxes: string;
}

/** Reads page 1 and reports, per font in load order, what the page model can learn from its program. */
async function fontReports(bytes: Uint8Array): Promise<FontReport[]> {
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    verbosity: 0,
    isEvalSupported: false,
    ...TEXT_ONLY_OPTIONS,
  });
  try {
    const doc = await task.promise;
    const page = await doc.getPage(1);
    await page.getTextContent();
    await page.getOperatorList();
    const names = [...(page.commonObjs as unknown as Iterable<[string, { loadedName?: string }]>)]
      .map(([, data]) => data?.loadedName)
      .filter((name): name is string => typeof name === 'string');
    return names.map((name) => {
      const boxes: string[] = [];
      for (let code = 0x20; code < 0x250; code++) {
        const box = glyphBox(name, String.fromCodePoint(code));
        if (box) boxes.push(`${code}:${box.xMin},${box.yMin},${box.xMax},${box.yMax}`);
      }
      return { bold: embeddedBold(name), boxes: boxes.join(' ') };
    });
  } finally {
    await task.destroy();
  }
}

describe('TEXT_ONLY_OPTIONS: fonts reach the page model as bytes (Font Loading API), not as @font-face rules', () => {
  let installed: unknown;
  async function installedFontFace(): Promise<unknown> {
    await loadPdfjs();
    installed ??= global.FontFace;
    return installed;
  }
  afterEach(async () => {
    // Every test leaves the global FontFace as loading pdfjs installs it.
    global.FontFace = await installedFontFace();
  });

  it('installs a FontFace that notes the program under its family: the bold bit of head.macStyle', async () => {
    const FontFace = (await installedFontFace()) as FontFaceLike;
    expect(typeof FontFace).toBe('function');
    const bold = new Uint8Array(readFileSync(join(FONTS, 'DejaVuSans-Bold.ttf')));
    const regular = new Uint8Array(readFileSync(join(FONTS, 'DejaVuSans.ttf')));
    expect(new FontFace('s1_test_bold', bold, {}).family).toBe('s1_test_bold');
    new FontFace('s1_test_regular', regular, {});
    expect(embeddedBold('s1_test_bold')).toBe(true);
    expect(embeddedBold('s1_test_regular')).toBe(false);
    // The bytes are copied: pdfjs zeroes its copy once the font is loaded.
    const zeroed = bold.slice();
    new FontFace('s1_test_zeroed', zeroed, {});
    zeroed.fill(0);
    expect(embeddedBold('s1_test_zeroed')).toBe(true);
    expect(glyphBox('s1_test_zeroed', 'A')).toBeDefined();
    // An XFA font face is named by its CSS family and weight, not by a loaded name: not noted.
    new FontFace('s1_test_css', bold, { weight: '700' });
    expect(embeddedBold('s1_test_css')).toBeUndefined();
  });

  it('bold flags and glyph boxes are the same as over @font-face rules (the path without FontFace)', async () => {
    const bytes = await makePdf((doc) => {
      doc.font('bold').fontSize(16).text('Åtgärder – 2025–2026', 50, 60);
      doc.font('regular').fontSize(11).text('Nämnden beslutar att minska kostnaderna med 12,5 mkr.', 50, 100);
    });
    const FontFace = await installedFontFace();
    const viaFontFace = await fontReports(bytes);
    global.FontFace = null;
    const viaRules = await fontReports(bytes);
    global.FontFace = FontFace;
    expect(viaFontFace.length).toBe(2);
    expect(viaFontFace.map((font) => font.bold).sort()).toEqual([false, true]);
    expect(viaFontFace.every((font) => font.boxes.length > 0)).toBe(true);
    expect(viaFontFace).toEqual(viaRules);
  });
});
