/**
 * A file whose %%EOF line is missing but which ends with `startxref` and the offset of its cross-reference
 * section is whole (a tool that never wrote the line, a transfer that dropped it): it is read. A file cut
 * anywhere else, including inside the offset's digits, stays PDF_CORRUPT. Hand-written files of their own.
 */
import { describe, expect, it } from 'vitest';
import type { ExtractionError } from '../../parsers/errors.ts';
import { pageText } from '../../parsers/page-model.ts';
import { loadPdf } from '../../parsers/pdf/load.ts';

const CONTENT = 'BT /F1 11 Tf 1 0 0 1 60 760 Tm (Anslag 7,5 mkr till hemsjukvard) Tj ET';
const OBJECTS = [
  '<< /Type /Catalog /Pages 2 0 R >>',
  '<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 595 842] >>',
  '<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
  '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  `<< /Length ${CONTENT.length} >>\nstream\n${CONTENT}\nendstream`,
];

function body(): { text: string; offsets: number[] } {
  let text = '%PDF-1.5\n';
  const offsets: number[] = [];
  OBJECTS.forEach((object, k) => {
    offsets.push(text.length);
    text += `${k + 1} 0 obj\n${object}\nendobj\n`;
  });
  return { text, offsets };
}

/** Classic table; ends "startxref\nN\n" with no %%EOF line. */
function withTable(): string {
  const { text, offsets } = body();
  let out = `${text}xref\n0 6\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  return `${out}trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n${text.length}\n`;
}

/** Cross-reference stream (W [1 2 1], unfiltered); ends "startxref\r\nN" with no %%EOF line. */
function withXrefStream(): string {
  const { text, offsets } = body();
  const rows = [[0, 0, 255], ...offsets.map((o) => [1, o, 0]), [1, text.length, 0]];
  const data = rows
    .map(([t, o, g]) => String.fromCharCode(t ?? 0, (o ?? 0) >> 8, (o ?? 0) & 255, g ?? 0))
    .join('');
  const xref = `6 0 obj\n<< /Type /XRef /Size 7 /W [1 2 1] /Root 1 0 R /Length ${data.length} >>\nstream\n${data}\nendstream\nendobj\n`;
  return `${text}${xref}startxref\r\n${text.length}`;
}

const bytes = (text: string) => Uint8Array.from(Buffer.from(text, 'latin1'));
const read = async (text: string) => (await loadPdf(bytes(text))).pages.map((page) => pageText(page));
const code = async (text: string) =>
  ((await loadPdf(bytes(text)).catch((error: unknown) => error)) as ExtractionError).code;

describe('a whole file without its %%EOF line', () => {
  it('ending at startxref and the offset of its xref table is read', async () => {
    expect(await read(withTable())).toEqual(['Anslag 7,5 mkr till hemsjukvard']);
  });

  it('ending at startxref and the offset of its xref stream is read', async () => {
    expect(await read(withXrefStream())).toEqual(['Anslag 7,5 mkr till hemsjukvard']);
  });

  it('cut inside the offset, before startxref or inside the table: PDF_CORRUPT', async () => {
    const whole = withTable();
    const cutDigits = whole.replace(/(\d)\d\n$/, '$1\n');
    expect(await code(cutDigits)).toBe('PDF_CORRUPT');
    expect(await code(whole.slice(0, whole.lastIndexOf('startxref')))).toBe('PDF_CORRUPT');
    expect(await code(whole.slice(0, whole.indexOf('trailer') - 25))).toBe('PDF_CORRUPT');
    expect(await code(`${whole}%%EOF\n`)).toBeUndefined();
  });
});
