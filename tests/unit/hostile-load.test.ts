/**
 * Issue 11, case 8: one odd fact never sinks a paper, and damaged but readable PDFs are read — junk
 * after %%EOF, a page tree stating /Count -1, an absurd MediaBox — while nesting that would blind
 * pdf.js ends typed (PDF_TOO_COMPLEX), never as a "scan" (NEEDS_OCR).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExtractionError } from '../../parsers/errors.ts';
import { extractDocument } from '../../parsers/index.ts';
import { nestingDepth } from '../../parsers/pdf/guard.ts';
import { validated } from '../../parsers/validate.ts';
import { concatBytes, textContent, textPdf } from '../helpers/hostile-pdfs.ts';

const now = () => new Date('2026-01-01T00:00:00Z');
const seed000 = new Uint8Array(
  readFileSync(join(process.cwd(), 'fixtures', 'seed-000-tjansteskrivelse.pdf')),
);

async function extractionError(bytes: Uint8Array): Promise<ExtractionError> {
  try {
    await extractDocument(bytes, { now, fileName: 'x.pdf' });
  } catch (error) {
    if (error instanceof ExtractionError) return error;
    throw error;
  }
  throw new Error('expected an ExtractionError');
}

describe('one odd fact does not sink a paper', () => {
  it('an invalid measure is dropped with FACT_DROPPED; the rest of the document stays', async () => {
    const doc = await extractDocument(seed000, { now, fileName: 'seed-000.pdf' });
    expect(doc.measures.length).toBeGreaterThan(1);
    const broken = structuredClone(doc) as unknown as Record<string, unknown> & {
      measures: { subMeasureCount: number | null; page: number }[];
    };
    // "(0 insatser)": a measure claiming zero sub-measures breaks the contract (min 1).
    (broken.measures[0] as { subMeasureCount: number }).subMeasureCount = 0;
    const kept = validated(broken, 'seed-000.pdf');
    expect(kept.measures).toHaveLength(doc.measures.length - 1);
    expect(kept.totals).toEqual(doc.totals);
    const warning = kept.extraction.warnings.find((w) => w.code === 'FACT_DROPPED');
    expect(warning?.message).toMatch(
      /a measure was left out because it breaks the contract \(subMeasureCount: /,
    );
    expect(warning?.page).toBe(doc.measures[0]?.page);
  });

  it.each(['1', '-1'])(
    'a paper whose table has a "(0 insatser)" row (page tree /Count %s) is read: that row dropped with a warning',
    async (count) => {
      const cell = (x: number, y: number, text: string) => `BT /F1 11 Tf ${x} ${y} Td (${text}) Tj ET`;
      const rows = [
        ['Åtgärd', '2025', '2026', '2027'],
        ['Sjukresor (0 insatser)', '3,5', '8,9', '8,9'],
        ['Hyrbemanning (3 insatser)', '12,0', '14,0', '14,0'],
        ['Summa', '15,5', '22,9', '22,9'],
      ];
      const content = [
        cell(72, 780, 'Region Dalarna'),
        cell(72, 764, 'Handlingsplan för ekonomi i balans 2025'),
        cell(72, 740, 'Åtgärder för ekonomi i balans, effekt i mkr'),
        ...rows.flatMap(([title, ...years], i) => [
          cell(72, 710 - i * 18, title!),
          ...years.map((text, j) => cell(330 + j * 70, 710 - i * 18, text)),
        ]),
      ].join('\n');
      const pdf = textPdf({ count, content: new Uint8Array(Buffer.from(content, 'latin1')) });
      const doc = await extractDocument(pdf, { now, fileName: 'noll-insatser.pdf' });
      expect(doc.source.pageCount).toBe(1);
      expect(doc.measures.map((m) => [m.title, m.subMeasureCount])).toEqual([
        ['Hyrbemanning (3 insatser)', 3],
      ]);
      expect(doc.measures[0]?.effects.map((e) => e.amountMsek)).toEqual([12, 14, 14]);
      expect(doc.totals.length).toBeGreaterThan(0);
      const dropped = doc.extraction.warnings.filter((w) => w.code === 'FACT_DROPPED');
      expect(dropped).toHaveLength(1);
      expect(dropped[0]?.message).toContain('subMeasureCount');
      expect(dropped[0]?.page).toBe(1);
    },
  );

  it('a broken document part is SCHEMA_VIOLATION in one line, not a dump of issues', async () => {
    const doc = await extractDocument(seed000, { now, fileName: 'seed-000.pdf' });
    const broken = structuredClone(doc) as unknown as Record<string, unknown>;
    broken['source'] = { ...(doc.source as object), pageCount: -1 };
    try {
      validated(broken, 'seed-000.pdf');
      throw new Error('expected SCHEMA_VIOLATION');
    } catch (error) {
      expect((error as ExtractionError).code).toBe('SCHEMA_VIOLATION');
      expect((error as Error).message).toMatch(
        /^extraction of seed-000\.pdf broke the contract at source\.pageCount: /,
      );
      expect((error as Error).message).not.toContain('\n');
    }
  });
});

describe('damaged but readable PDFs are read', () => {
  it('64 KiB of junk after %%EOF: the paper reads as without it', async () => {
    const junk = Uint8Array.from({ length: 64 * 1024 + 17 }, (_, i) => (i * 7919 + 13) % 256);
    const clean = await extractDocument(seed000, { now, fileName: 'a.pdf' });
    const padded = await extractDocument(concatBytes([seed000, junk]), { now, fileName: 'a.pdf' });
    expect(padded.measures).toEqual(clean.measures);
    expect(padded.totals).toEqual(clean.totals);
  });

  it.each(['-1', '0'])('a page tree stating /Count %s is read', async (count) => {
    const doc = await extractDocument(textPdf({ count }), { now, fileName: 'count.pdf' });
    expect(doc.source.pageCount).toBe(1);
    expect(doc.extraction.method).toBe('text');
  });

  it.each([
    '[0 0 1e30 1e30]',
    '[0 0 999999999999999999999 999999999999999999999]',
    '[-99999999 -99999999 99999999 99999999]',
  ])('a MediaBox of %s does not make the text page look like a scan', async (mediaBox) => {
    const doc = await extractDocument(textPdf({ mediaBox }), { now, fileName: 'box.pdf' });
    expect(doc.extraction.method).toBe('text');
    expect(doc.extraction.warnings.map((w) => w.code)).not.toContain('UNREADABLE_PAGE');
  });

  it('content nested 20,000 arrays deep before the text is PDF_TOO_COMPLEX, not NEEDS_OCR', async () => {
    const depth = 20_000;
    const content = Buffer.concat([
      Buffer.from(`${'['.repeat(depth)}${']'.repeat(depth)} pop\n`, 'latin1'),
      Buffer.from(textContent(['Minskad hyrbemanning ger 12 mkr 2025.'])),
    ]);
    for (const compress of [false, true]) {
      const error = await extractionError(textPdf({ content: new Uint8Array(content), compress }));
      expect(error.code).toBe('PDF_TOO_COMPLEX');
      expect(error.message).toMatch(/nests arrays or dictionaries more than 1000 deep/);
    }
  });

  it('nesting is measured on syntax: brackets inside strings and comments do not count', () => {
    const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
    expect(nestingDepth(bytes('[[<< /A [1 2] >>]]'))).toBe(4);
    expect(nestingDepth(bytes(`(${'['.repeat(50)}) % ${'['.repeat(50)}\n[1]`))).toBe(1);
    expect(nestingDepth(bytes('(a \\( [[[ ) <5b5b5b> [x]'))).toBe(1);
  });
});
