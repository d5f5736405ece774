/**
 * Files attached inside a PDF (its /EmbeddedFiles name tree: an appendix attached instead of merged, the
 * original of an e-signed copy) are not read — their facts would stand on no page of the uploaded file.
 * The extraction says so with an ATTACHMENTS_NOT_READ warning naming them, so that a cover sheet whose
 * measures are in an attachment is not taken for a paper without measures. A file without attachments
 * gets no such warning. Hand-written PDFs; wording made up.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../parsers/index.ts';
import { buildPdf } from '../helpers/hostile-pdfs.ts';

const latin1 = (text: string): Uint8Array => Uint8Array.from([...text].map((ch) => ch.charCodeAt(0) & 0xff));

function coverSheet(attached: string[]): Uint8Array {
  const content = latin1(
    [
      'BT /F1 12 Tf 60 760 Td (Region Kronoberg, Regionstyrelsen) Tj ET',
      'BT /F1 10 Tf 60 740 Td (Handlingsplanen med atgardernas effekter finns i de bifogade filerna.) Tj ET',
    ].join('\n'),
  );
  const names = attached.map((name, k) => `(${name}) ${6 + 2 * k} 0 R`).join(' ');
  const catalog =
    attached.length > 0
      ? `<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [${names}] >> >> >>`
      : '<< /Type /Catalog /Pages 2 0 R >>';
  return buildPdf([
    { body: catalog },
    { body: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
    {
      body: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    },
    { body: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>' },
    { body: '<< >>', stream: content },
    ...attached.flatMap((name, k) => [
      { body: `<< /Type /Filespec /F (${name}) /UF (${name}) /EF << /F ${7 + 2 * k} 0 R >> >>` },
      { body: '<< /Type /EmbeddedFile /Subtype /application#2Fpdf >>', stream: latin1('%PDF-1.7\n%%EOF\n') },
    ]),
  ]);
}

describe('files attached inside a PDF', () => {
  it('are named in a warning, not read', async () => {
    const doc = await extractDocument(coverSheet(['handlingsplan.pdf', 'bilaga-2.pdf']), {
      now: () => new Date(0),
      fileName: 'missiv.pdf',
    });
    const warning = doc.extraction.warnings.find((w) => w.code === 'ATTACHMENTS_NOT_READ');
    expect(warning?.message).toMatch(/2 attached file\(s\).*"handlingsplan\.pdf", "bilaga-2\.pdf"/);
    expect(doc.measures).toEqual([]);
  });

  it('a PDF without attachments gets no such warning', async () => {
    const doc = await extractDocument(coverSheet([]), { now: () => new Date(0), fileName: 'missiv.pdf' });
    expect(doc.extraction.warnings.map((w) => w.code)).not.toContain('ATTACHMENTS_NOT_READ');
  });
});
