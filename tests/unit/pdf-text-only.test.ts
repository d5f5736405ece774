import { describe, expect, it } from 'vitest';
import { loadPdfjs, TEXT_ONLY_OPTIONS } from '../../parsers/pdf/pdfjs.ts';
import { makePdf } from '../helpers/pdfkit-pdf.ts';

interface Loaded {
  /** Ids of the document-wide objects pdfjs resolved on the main thread (fonts, glyph outlines). */
  objectIds: string[];
  fonts: Array<{ name?: string; bold?: boolean }>;
  text: string;
}

async function readFirstPage(bytes: Uint8Array, options: object): Promise<Loaded> {
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    verbosity: 0,
    isEvalSupported: false,
    ...options,
  });
  try {
    const doc = await task.promise;
    const page = await doc.getPage(1);
    const content = await page.getTextContent();
    await page.getOperatorList();
    const objects = [...(page.commonObjs as unknown as Iterable<[string, unknown]>)];
    const fonts = objects
      .map(([, data]) => data as { name?: string; bold?: boolean; loadedName?: string })
      .filter((data) => typeof data?.loadedName === 'string');
    const text = content.items.map((item) => ('str' in item ? item.str : '')).join('');
    return { objectIds: objects.map(([id]) => id), fonts, text };
  } finally {
    await task.destroy();
  }
}

describe('TEXT_ONLY_OPTIONS: pdfjs reads text without building glyph outlines', () => {
  const pdf = makePdf((doc) => {
    doc.font('bold').fontSize(16).text('Åtgärder för ekonomi i balans', 50, 60);
    doc.font('regular').fontSize(11).text('Nämnden beslutar att minska kostnaderna med 12,5 mkr.', 50, 100);
  });

  it('compiles no glyph outlines, where pdfjs in Node would by default', async () => {
    const bytes = await pdf;
    const byDefault = await readFirstPage(bytes, {});
    const textOnly = await readFirstPage(bytes, TEXT_ONLY_OPTIONS);
    // The default posts one object per glyph shown ("<font>_path_<char>"); text-only posts none.
    expect(byDefault.objectIds.some((id) => id.includes('_path_'))).toBe(true);
    expect(textOnly.objectIds.some((id) => id.includes('_path_'))).toBe(false);
  });

  it('keeps the text and the fonts (names and bold flags) the page model reads', async () => {
    const bytes = await pdf;
    const byDefault = await readFirstPage(bytes, {});
    const textOnly = await readFirstPage(bytes, TEXT_ONLY_OPTIONS);
    expect(textOnly.text).toBe(byDefault.text);
    expect(textOnly.text).toContain('Åtgärder för ekonomi i balans');
    const summary = (fonts: Loaded['fonts']) => fonts.map((f) => `${f.name}:${f.bold === true}`).sort();
    expect(summary(textOnly.fonts)).toEqual(summary(byDefault.fonts));
    expect(textOnly.fonts.some((font) => /bold/i.test(font.name ?? ''))).toBe(true);
  });
});
