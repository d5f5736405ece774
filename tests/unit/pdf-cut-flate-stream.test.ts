/**
 * A compressed (Flate) content stream cut short in the file — a transfer that lost its tail, a writer
 * that gave too short a /Length: pdfjs decodes Flate block by block and loses the page's whole content
 * (and so the whole paper) at a cut block, where viewers show the text up to the cut. The page is read
 * up to the cut, the rest of the file as it is, with an UNREADABLE_PAGE warning; Flate data that is not
 * cut but garbage stays PDF_CORRUPT. Hand-written files of their own.
 */
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ExtractionError } from '../../parsers/errors.ts';
import { extractDocument } from '../../parsers/index.ts';
import { pageText } from '../../parsers/page-model.ts';
import { withInflatedStreams } from '../../parsers/pdf/guard.ts';
import { loadPdf } from '../../parsers/pdf/load.ts';

const FIRST = [
  'BT /F1 11 Tf 1 0 0 1 60 760 Tm (Sammantrade med nämnden) Tj ET',
  'BT /F1 11 Tf 1 0 0 1 60 740 Tm (Kostnaden beräknas till 4,2 mkr) Tj ET',
  'BT /F1 11 Tf 1 0 0 1 60 720 Tm (Detta står sist på sidan och går förlorat vid klippet) Tj ET',
].join('\n');

/** Two pages; page 1's content is the given Flate data. */
function file(flate: Buffer): Uint8Array {
  const data = flate.toString('latin1');
  const second = 'BT /F1 11 Tf 1 0 0 1 60 760 Tm (Andra sidan är hel) Tj ET';
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [4 0 R 6 0 R] /Count 2 /MediaBox [0 0 595 842] >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>',
    `<< /Length ${data.length} /Filter /FlateDecode >>\nstream\n${data}\nendstream`,
    '<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 3 0 R >> >> /Contents 7 0 R >>',
    `<< /Length ${second.length} >>\nstream\n${second}\nendstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((body, k) => {
    offsets.push(out.length);
    out += `${k + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Uint8Array.from(Buffer.from(out, 'latin1'));
}

const deflated = deflateSync(Buffer.from(FIRST, 'latin1'));
const cut = file(deflated.subarray(0, deflated.length - 30));

describe('a Flate content stream cut short', () => {
  it('is read up to the cut, the other pages whole, the cut page named', async () => {
    const model = await loadPdf(cut);
    const [first, second] = model.pages.map((page) => pageText(page));
    expect(first).toContain('Sammantrade med nämnden');
    expect(first).not.toContain('förlorat vid klippet');
    expect(second).toBe('Andra sidan är hel');
    expect(model.cutPage).toBe(1);
  });

  it('the extraction warns that the page is damaged', async () => {
    const doc = await extractDocument(cut, {
      now: () => new Date('2026-01-01T00:00:00Z'),
      fileName: 'x.pdf',
    });
    expect(doc.extraction.warnings).toContainEqual(
      expect.objectContaining({ code: 'UNREADABLE_PAGE', page: 1 }),
    );
  });

  it('a whole stream is not touched; garbage Flate data stays PDF_CORRUPT', async () => {
    expect((await loadPdf(file(deflated))).cutPage).toBeUndefined();
    expect(withInflatedStreams(file(deflated))).toBeNull();
    const garbage = Buffer.from(deflated);
    garbage.fill(0xff, 2, 12);
    const error = await loadPdf(file(garbage)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExtractionError);
    expect((error as ExtractionError).code).toBe('PDF_CORRUPT');
  });

  it('an encrypted file is left alone (its streams inflate only after decryption)', () => {
    const text = Buffer.from(file(deflated.subarray(0, deflated.length - 30))).toString('latin1');
    const encrypted = Buffer.from(text.replace('/Root 1 0 R', '/Root 1 0 R /Encrypt 9 0 R'), 'latin1');
    expect(withInflatedStreams(Uint8Array.from(encrypted))).toBeNull();
  });
});
