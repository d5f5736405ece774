/**
 * A cross-reference table with one wrong entry (an editor or a mail gateway moved an object and left the
 * table as it was): pdfjs trusts the table when the document opens and only meets the bad entry when a
 * page's content is fetched. The file is read again with the table rebuilt from the objects, as viewers
 * do; damage a rebuild cannot mend stays a typed error naming the page. Hand-written files of their own.
 */
import { describe, expect, it } from 'vitest';
import { ExtractionError } from '../../parsers/errors.ts';
import { pageText } from '../../parsers/page-model.ts';
import { withRebuiltXref } from '../../parsers/pdf/guard.ts';
import { loadPdf } from '../../parsers/pdf/load.ts';

const PAGES = ['Protokoll 4 mars', 'Besparing 2,5 mkr', 'Beslut enligt förslag'];

/** Three pages; `entry` may move an object's xref offset; `gen` writes an object with generation 1. */
function threePages(entry: (num: number, offset: number, all: number[]) => number, gen?: number): Uint8Array {
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  const kids: number[] = [];
  for (const [k, text] of PAGES.entries()) {
    const data = `BT /F1 11 Tf 1 0 0 1 60 ${760 - k * 20} Tm (${text.replace('ö', '\xf6')}) Tj ET`;
    objs.push(`<< /Length ${data.length} >>\nstream\n${data}\nendstream`);
    objs.push(
      `<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 3 0 R >> >> /Contents ${objs.length} 0 R >>`,
    );
    kids.push(objs.length);
  }
  objs[1] = `<< /Type /Pages /MediaBox [0 0 595 842] /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count 3 >>`;
  let out = '%PDF-1.5\n';
  const offsets: number[] = [];
  objs.forEach((body, k) => {
    offsets.push(out.length);
    out += `${k + 1} ${gen === k + 1 ? 1 : 0} obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n`;
  offsets.forEach((offset, k) => {
    out += `${String(entry(k + 1, offset, offsets)).padStart(10, '0')} 00000 n \n`;
  });
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Uint8Array.from(Buffer.from(out, 'latin1'));
}

async function texts(bytes: Uint8Array): Promise<string[]> {
  return (await loadPdf(bytes)).pages.map((page) => pageText(page));
}

describe('an xref entry beside its object', () => {
  it("a page content stream's entry a few bytes off: every page is read", async () => {
    // Object 6 is page 2's content stream.
    expect(await texts(threePages((num, offset) => (num === 6 ? offset + 9 : offset)))).toEqual(PAGES);
  });

  it("the entry points at another object (the last page's content): every page is read", async () => {
    expect(await texts(threePages((num, offset, all) => (num === 8 ? (all[3] ?? 0) : offset)))).toEqual(
      PAGES,
    );
  });

  it('a generation a rebuilt table cannot mend stays PDF_CORRUPT naming the page', async () => {
    const error = await loadPdf(threePages((_, offset) => offset, 6)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExtractionError);
    expect((error as ExtractionError).code).toBe('PDF_CORRUPT');
    expect((error as ExtractionError).page).toBe(2);
  });
});

describe('withRebuiltXref', () => {
  it("zeroes the last startxref's digits only, keeping the length", () => {
    const text = '%PDF-1.4\n...\nstartxref\n120\n%%EOF\n...\nstartxref\r\n4711\r\n%%EOF\r\n';
    const out = withRebuiltXref(Uint8Array.from(Buffer.from(text, 'latin1')));
    expect(out && Buffer.from(out).toString('latin1')).toBe(text.replace('4711', '0000'));
    expect(withRebuiltXref(Uint8Array.from(Buffer.from('%PDF-1.4\nstartxref\n0\n%%EOF\n')))).toBeNull();
  });
});
