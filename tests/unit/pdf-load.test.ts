import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ExtractionError } from '../../parsers/errors.ts';
import { type Page, pageText } from '../../parsers/page-model.ts';
import { describeContent, loadPdf, ocrReason, pagesNeedingOcr } from '../../parsers/pdf/load.ts';
import { makePdf } from '../helpers/pdfkit-pdf.ts';

const FIXTURES = join(process.cwd(), 'fixtures');

/** A grey PNG of the given size (a stand-in for a scanned page). */
function png(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  const raw = Buffer.alloc((width + 1) * height, 0xc0);
  for (let row = 0; row < height; row++) raw[row * (width + 1)] = 0; // filter byte
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function loadError(bytes: Uint8Array, limits = {}): Promise<ExtractionError> {
  try {
    await loadPdf(bytes, limits);
  } catch (error) {
    if (error instanceof ExtractionError) return error;
    throw error;
  }
  throw new Error('loadPdf did not fail');
}

function firstPage(model: { pages: Page[] }): Page {
  const page = model.pages[0];
  if (!page) throw new Error('no page');
  return page;
}

describe('loadPdf: text layer to page model', () => {
  it('reads Swedish text with positions from the top-left, font size, bold and metadata', async () => {
    const bytes = await makePdf(
      (doc) => {
        doc.font('bold').fontSize(16).text('Åtgärder för ekonomi i balans', 50, 60);
        doc.font('regular').fontSize(11).text('Hälso- och sjukvårdsnämnden föreslår åtgärder.', 50, 100);
      },
      { info: { Title: 'Handlingsplan för ekonomi i balans', Author: 'Regionkansliet' } },
    );
    const model = await loadPdf(bytes);
    expect(model.pageCount).toBe(1);
    expect(model.info.title).toBe('Handlingsplan för ekonomi i balans');
    expect(model.info.author).toBe('Regionkansliet');
    expect(model.info.producer).toBe('PDFKit');
    expect(model.info.creationDate).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const page = firstPage(model);
    expect(page.source).toBe('text');
    expect(page.number).toBe(1);
    expect(page.width).toBeCloseTo(595.28, 1);
    expect(page.height).toBeCloseTo(841.89, 1);
    expect(page.lines.map((line) => line.text)).toEqual([
      'Åtgärder för ekonomi i balans',
      'Hälso- och sjukvårdsnämnden föreslår åtgärder.',
    ]);
    const [heading, body] = page.lines;
    expect(heading?.bold).toBe(true);
    expect(heading?.fontSize).toBe(16);
    expect(body?.bold).toBe(false);
    expect(body?.fontSize).toBe(11);
    // pdfkit places text by its top: the glyph box starts near the y it was given.
    expect(heading?.y).toBeGreaterThan(55);
    expect(heading?.y).toBeLessThan(65);
    expect(body?.x).toBeCloseTo(50, 0);
    expect(page.tables).toEqual([]);
    expect(pagesNeedingOcr(model)).toEqual([]);
  });

  it('splits a line into segments at a wide gap (amount column of a lettered list)', async () => {
    const bytes = await makePdf((doc) => {
      doc.fontSize(11);
      doc.text('a) Minskad hyrbemanning', 50, 100);
      doc.text('50 mkr mindre 2024 än 2023', 330, 100);
      doc.text('b) Minskade kostnader för köpt vård', 50, 120);
      doc.text('27 mkr mindre 2024 än 2023', 330, 120);
    });
    const page = firstPage(await loadPdf(bytes));
    expect(page.lines.map((line) => line.segments.map((segment) => segment.text))).toEqual([
      ['a) Minskad hyrbemanning', '50 mkr mindre 2024 än 2023'],
      ['b) Minskade kostnader för köpt vård', '27 mkr mindre 2024 än 2023'],
    ]);
    expect(page.lines[0]?.text).toBe('a) Minskad hyrbemanning  50 mkr mindre 2024 än 2023');
    expect(page.lines[1]?.segments[1]?.x).toBeCloseTo(330, 0);
  });

  it('recovers a table with ruling lines, blank cells kept, with its box', async () => {
    const columns = [50, 260, 340, 420, 500];
    const rows = [200, 222, 244, 266, 288];
    const cells = [
      ['Åtgärd', '2024', '2025', '2026'],
      ['Minskad hyrbemanning', '8,9', '', '12'],
      ['Sjukresor (6 insatser)', '3,5', '4', ''],
      ['Totalt', '12,4', '4', '12'],
    ];
    const bytes = await makePdf((doc) => {
      doc.fontSize(10);
      for (const y of rows)
        doc
          .moveTo(columns[0] ?? 0, y)
          .lineTo(columns.at(-1) ?? 0, y)
          .stroke();
      for (const x of columns)
        doc
          .moveTo(x, rows[0] ?? 0)
          .lineTo(x, rows.at(-1) ?? 0)
          .stroke();
      cells.forEach((row, r) => {
        row.forEach((text, c) => {
          if (text) doc.text(text, (columns[c] ?? 0) + 4, (rows[r] ?? 0) + 6, { lineBreak: false });
        });
      });
    });
    const page = firstPage(await loadPdf(bytes));
    expect(page.tables).toHaveLength(1);
    const table = page.tables[0];
    expect(table?.source).toBe('ruled');
    expect(table?.rows).toEqual(cells);
    expect(table?.box?.x).toBeCloseTo(50, 0);
    expect(table?.box?.y).toBeCloseTo(200, 0);
    expect(table?.box?.width).toBeCloseTo(450, 0);
    expect(table?.box?.height).toBeCloseTo(88, 0);
    // The text layer keeps the same cells as lines too.
    expect(pageText(page)).toContain('Minskad hyrbemanning  8,9  12');
  });

  it('repeats a merged cell across the slots it spans', async () => {
    const bytes = await makePdf((doc) => {
      doc.fontSize(10);
      // Header row spanning both columns, then a 2×2 body.
      for (const y of [100, 120, 140, 160]) doc.moveTo(50, y).lineTo(350, y).stroke();
      doc.moveTo(50, 100).lineTo(50, 160).stroke();
      doc.moveTo(350, 100).lineTo(350, 160).stroke();
      doc.moveTo(200, 120).lineTo(200, 160).stroke();
      doc.text('Effekt mnkr', 54, 105, { lineBreak: false });
      doc.text('Läkemedel', 54, 125, { lineBreak: false });
      doc.text('5', 204, 125, { lineBreak: false });
      doc.text('Lokaler', 54, 145, { lineBreak: false });
      doc.text('2,5', 204, 145, { lineBreak: false });
    });
    const page = firstPage(await loadPdf(bytes));
    expect(page.tables[0]?.rows).toEqual([
      ['Effekt mnkr', 'Effekt mnkr'],
      ['Läkemedel', '5'],
      ['Lokaler', '2,5'],
    ]);
  });

  it('finds no ruled table in a borderless table, whose rows come out as aligned segments', async () => {
    const rows = [
      ['Mnkr', '2024', '2025', '2026'],
      ['Minskad hyrbemanning', '8,9', '10', '12'],
      ['Köpt vård', '3,5', '4', '4,5'],
      ['Totalt', '12,4', '14', '16,5'],
    ];
    const bytes = await makePdf((doc) => {
      doc.fontSize(10);
      doc.moveTo(50, 95).lineTo(500, 95).stroke(); // a lone rule under a heading is not a table
      rows.forEach((row, r) => {
        const y = 110 + r * 18;
        doc.text(row[0] ?? '', 50, y, { lineBreak: false });
        row.slice(1).forEach((value, c) => {
          // Right-aligned numbers, as spreadsheets export them.
          const right = 340 + c * 70;
          doc.text(value, right - doc.widthOfString(value), y, { lineBreak: false });
        });
      });
    });
    const page = firstPage(await loadPdf(bytes));
    expect(page.tables).toEqual([]);
    expect(page.lines.map((line) => line.segments.map((segment) => segment.text))).toEqual(rows);
    for (let c = 1; c <= 3; c++) {
      const rights = page.lines.map((line) => {
        const segment = line.segments[c];
        return segment ? segment.x + segment.width : Number.NaN;
      });
      for (const right of rights) expect(right).toBeCloseTo(340 + (c - 1) * 70, 0);
    }
  });

  it('reads a two-column page column by column', async () => {
    const left = Array.from(
      { length: 12 },
      (_, i) => `Vänster spalt rad ${i + 1} om vårdplatser och bemanning`,
    );
    const right = Array.from({ length: 12 }, (_, i) => `Höger spalt rad ${i + 1} om läkemedel och köpt vård`);
    const bytes = await makePdf((doc) => {
      doc.font('bold').fontSize(14).text('Rubrik över båda spalterna på sidan', 50, 60, { lineBreak: false });
      doc.font('regular').fontSize(9);
      for (const [i, text] of left.entries()) doc.text(text, 50, 100 + i * 14, { lineBreak: false });
      for (const [i, text] of right.entries()) doc.text(text, 310, 100 + i * 14, { lineBreak: false });
    });
    const page = firstPage(await loadPdf(bytes));
    expect(page.lines.map((line) => line.text)).toEqual([
      'Rubrik över båda spalterna på sidan',
      ...left,
      ...right,
    ]);
  });

  it('reads flowing justified two-column prose column by column, one segment per line', async () => {
    const prose = Array.from(
      { length: 6 },
      (_, i) =>
        `Stycke ${i + 1}. Hälso- och sjukvårdsnämndens kostnadsutveckling påverkas av utomlänsvård, ` +
        'läkemedelskostnader och inhyrd personal. Förvaltningen föreslår patientsäkerhetsarbete, ' +
        'vårdplatssamordning och samverkansöverenskommelser med kommunerna i länet.',
    ).join(' ');
    const bytes = await makePdf((doc) => {
      doc.font('bold').fontSize(16).text('Förvaltningens bedömning', 50, 50);
      doc
        .font('regular')
        .fontSize(9)
        .text(prose, 50, 90, { columns: 2, columnGap: 18, width: 495, height: 300, align: 'justify' });
    });
    const page = firstPage(await loadPdf(bytes));
    expect(page.lines[0]?.text).toBe('Förvaltningens bedömning');
    expect(page.lines.every((line) => line.segments.length === 1)).toBe(true);
    const body = page.lines.slice(1);
    const firstRight = body.findIndex((line) => line.x > 250);
    expect(firstRight).toBeGreaterThan(3);
    expect(body.slice(0, firstRight).every((line) => line.x < 250)).toBe(true);
    expect(body.slice(firstRight).every((line) => line.x > 250)).toBe(true);
    const text = body.map((line) => line.text).join(' ');
    for (let i = 1; i <= 6; i++) expect(text).toContain(`Stycke ${i}.`);
    expect(text.indexOf('Stycke 1.')).toBeLessThan(text.indexOf('Stycke 6.'));
  });

  it('reads a page with /Rotate 90 as displayed: landscape, lines horizontal', async () => {
    const bytes = await makePdf((doc) => {
      (doc.page as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary.data.Rotate = 90;
      // Content drawn turned a quarter so that, rotated for display, it reads normally.
      doc.save();
      doc.rotate(-90, { origin: [0, 0] });
      doc.translate(-841.89, 0);
      doc.fontSize(12).text('Budgetavvikelse per förvaltning', 50, 50, { lineBreak: false });
      doc.text('Hälso- och sjukvård', 50, 80, { lineBreak: false });
      doc.text('-973 mkr', 400, 80, { lineBreak: false });
      doc.restore();
    });
    const page = firstPage(await loadPdf(bytes));
    expect(page.width).toBeCloseTo(841.89, 1);
    expect(page.height).toBeCloseTo(595.28, 1);
    expect(page.lines.map((line) => line.text)).toEqual([
      'Budgetavvikelse per förvaltning',
      'Hälso- och sjukvård  -973 mkr',
    ]);
    expect(page.lines[0]?.x).toBeCloseTo(50, 0);
  });

  it('turns a page whose text runs sideways (landscape content without /Rotate)', async () => {
    const bytes = await makePdf((doc) => {
      doc.save();
      doc.rotate(90, { origin: [0, 0] });
      doc.translate(0, -595.28);
      doc.fontSize(12).text('Åtgärder inom primärvården', 50, 50, { lineBreak: false });
      doc.text('Digitala vårdmöten', 50, 80, { lineBreak: false });
      doc.restore();
    });
    const page = firstPage(await loadPdf(bytes));
    expect(page.width).toBeGreaterThan(page.height);
    expect(page.lines.map((line) => line.text)).toEqual(['Åtgärder inom primärvården', 'Digitala vårdmöten']);
  });

  it('drops text off the page and clips absurdly wide text to it', async () => {
    const bytes = await makePdf((doc) => {
      doc.fontSize(11).text('Synlig text på sidan', 50, 100, { lineBreak: false });
      doc.text('Utanför sidan', 5000, 140, { lineBreak: false });
      doc.text('Glest', 50, 180, { lineBreak: false, characterSpacing: 1e7 });
    });
    const page = firstPage(await loadPdf(bytes));
    expect(page.items.map((item) => item.text)).not.toContain('Utanför sidan');
    for (const item of page.items) {
      expect(item.x).toBeGreaterThanOrEqual(0);
      expect(item.x + item.width).toBeLessThanOrEqual(page.width + 0.01);
    }
    expect(page.lines[0]?.text).toBe('Synlig text på sidan');
  });

  it('keeps pages in order with 1-based numbers', async () => {
    const bytes = await makePdf((doc) => {
      doc.text('Sida ett');
      doc.addPage();
      doc.text('Sida två');
      doc.addPage({ size: 'A4', layout: 'landscape' });
      doc.text('Sida tre');
    });
    const model = await loadPdf(bytes);
    expect(model.pageCount).toBe(3);
    expect(model.pages.map((page) => [page.number, pageText(page)])).toEqual([
      [1, 'Sida ett'],
      [2, 'Sida två'],
      [3, 'Sida tre'],
    ]);
    expect(model.pages[2]?.width).toBeGreaterThan(model.pages[2]?.height ?? 0);
  });

  it('accepts junk before the %PDF- header, as readers do', async () => {
    const bytes = await makePdf((doc) => doc.text('Protokoll'));
    const prefixed = new Uint8Array([0xef, 0xbb, 0xbf, 0x0a, 0x20, ...bytes]);
    expect(pageText(firstPage(await loadPdf(prefixed)))).toBe('Protokoll');
  });

  it('opens a PDF with only an owner password (no password needed to read)', async () => {
    const bytes = await makePdf((doc) => doc.text('Ägarlösenord räcker inte för att låsa läsning'), {
      ownerPassword: 'ägare',
      permissions: { printing: 'highResolution' },
    });
    expect(pageText(firstPage(await loadPdf(bytes)))).toBe('Ägarlösenord räcker inte för att låsa läsning');
  });
});

describe('loadPdf: typed errors', () => {
  it('PDF_EMPTY for zero bytes', async () => {
    const error = await loadError(new Uint8Array(0));
    expect(error.code).toBe('PDF_EMPTY');
  });

  it('NOT_A_PDF says what the bytes look like', async () => {
    const fromPng = await loadError(png(4, 4));
    expect(fromPng.code).toBe('NOT_A_PDF');
    expect(fromPng.message).toContain('PNG image');
    const fromText = await loadError(new TextEncoder().encode('Detta är en textfil, inte en PDF.\n'));
    expect(fromText.code).toBe('NOT_A_PDF');
    expect(fromText.message).toMatch(/looks like text$/);
    expect(describeContent(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]))).toContain('ZIP');
    expect(describeContent(new TextEncoder().encode('<!DOCTYPE html><html>'))).toBe('an HTML page');
    expect(describeContent(new Uint8Array([0, 1, 2, 3, 0xfe, 0xff, 0x00, 0x9c]))).toContain('binary');
  });

  it('NOT_A_PDF when %PDF- appears only after the first 1024 bytes', async () => {
    const bytes = await makePdf((doc) => doc.text('Sent'));
    const late = new Uint8Array([...new TextEncoder().encode(' '.repeat(1100)), ...bytes]);
    expect((await loadError(late)).code).toBe('NOT_A_PDF');
  });

  it('PDF_ENCRYPTED for a user password', async () => {
    const bytes = await makePdf((doc) => doc.text('Sekretess'), {
      userPassword: 'hemligt',
      ownerPassword: 'ägare',
    });
    const error = await loadError(bytes);
    expect(error.code).toBe('PDF_ENCRYPTED');
    expect(error.message).toBe('the PDF is password-protected');
  });

  it('PDF_CORRUPT for truncated bytes at any cut, and fast', async () => {
    const bytes = await makePdf((doc) => {
      for (let i = 0; i < 5; i++) {
        if (i > 0) doc.addPage();
        doc.text(`Sida ${i + 1}: regionstyrelsen beslutar att anta handlingsplanen.`);
      }
    });
    for (const fraction of [0.05, 0.3, 0.6, 0.9, 0.995]) {
      const error = await loadError(bytes.subarray(0, Math.floor(bytes.length * fraction)));
      expect(error.code, `cut at ${fraction}`).toBe('PDF_CORRUPT');
      expect(error.message).not.toContain('\n');
    }
  }, 20_000);

  it('PDF_CORRUPT for a header followed by garbage', async () => {
    const bytes = new TextEncoder().encode(`%PDF-1.7\n${'x'.repeat(2000)}\n%%EOF\n`);
    expect((await loadError(bytes)).code).toBe('PDF_CORRUPT');
  });

  it('PDF_TOO_LARGE and PDF_TOO_MANY_PAGES honour the limits', async () => {
    const bytes = await makePdf((doc) => {
      doc.text('Ett');
      doc.addPage();
      doc.text('Två');
    });
    const tooLarge = await loadError(bytes, { maxBytes: 1000 });
    expect(tooLarge.code).toBe('PDF_TOO_LARGE');
    const tooMany = await loadError(bytes, { maxPages: 1 });
    expect(tooMany.code).toBe('PDF_TOO_MANY_PAGES');
    expect(tooMany.message).toContain('2 pages');
    await expect(loadPdf(bytes, { maxPages: 2 })).resolves.toMatchObject({ pageCount: 2 });
  });

  it('leaves the caller’s bytes intact', async () => {
    const bytes = await makePdf((doc) => doc.text('Bytes'));
    const copy = new Uint8Array(bytes);
    await loadPdf(bytes);
    expect(bytes.byteLength).toBe(copy.byteLength);
    expect(Buffer.compare(Buffer.from(bytes), Buffer.from(copy))).toBe(0);
  });
});

describe('pagesNeedingOcr', () => {
  it('sends an image-only page and a scan with only a page number to OCR, not text pages', async () => {
    const scan = png(200, 280);
    const bytes = await makePdf((doc) => {
      doc.fontSize(11).text('Tjänsteskrivelse om ekonomi i balans för hälso- och sjukvårdsnämnden.');
      doc.addPage();
      doc.image(scan, 0, 0, { width: 595.28, height: 841.89 });
      doc.addPage();
      doc.image(scan, 0, 0, { width: 595.28, height: 841.89 });
      doc.fontSize(9).text('3', 290, 800, { lineBreak: false });
      doc.addPage();
      // A small logo on a text page is not a scan.
      doc.image(scan, 50, 40, { width: 80 });
      doc
        .fontSize(11)
        .text('Regionstyrelsen beslutar att anta handlingsplanen för ekonomi i balans.', 50, 200);
    });
    const model = await loadPdf(bytes);
    expect(model.pages[2]?.imageCoverage).toBeGreaterThan(0.95);
    expect(model.pages[3]?.imageCoverage).toBeLessThan(0.1);
    expect(pagesNeedingOcr(model)).toEqual([2, 3]);
    expect(ocrReason(model.pages[1] as Page)).toBe('no text layer');
  });

  const pageWith = (texts: string[], extra: Partial<Page> = {}): Page => ({
    number: 1,
    width: 595,
    height: 842,
    source: 'text',
    items: texts.map((text, i) => ({ text, x: 50, y: 50 + i * 14, width: 300, height: 10 })),
    lines: [],
    tables: [],
    ...extra,
  });

  it('flags text that is not words: unmapped glyphs, consonant soup, symbols', () => {
    expect(ocrReason(pageWith(['\uFFFD\uFFFD\uFFFD \uFFFD\uFFFD \uFFFD\uFFFD\uFFFD\uFFFD']))).toMatch(
      /unmapped/,
    );
    expect(ocrReason(pageWith(['\uE001\uE002\uE003\uE004 \uE005\uE006']))).toMatch(/unmapped/);
    const soup = Array.from({ length: 6 }, () => 'Xkr Bqzt Wmnp Ttsr Kljh').join(' ');
    expect(ocrReason(pageWith([soup]))).toMatch(/words/);
    expect(ocrReason(pageWith(['#$%& *+<> =@#$ %&*+ <>=@ #$%& *+<> =@#$ %&*+ <>=@ ab']))).toMatch(/symbols/);
    expect(ocrReason(pageWith(['12', '-', '3']))).toMatch(/no letters/);
  });

  it('trusts ordinary Swedish text, including number-heavy tables', () => {
    expect(ocrReason(pageWith(['Regiondirektörens förslag: verkställa kostnadsminskningar.']))).toBeNull();
    const table = [
      'Mnkr 2024 2025 2026',
      'Hyrbemanning 8,9 10 12',
      'Köpt vård 3,5 4 4,5',
      'Totalt 12,4 14 16,5',
    ];
    expect(ocrReason(pageWith(table))).toBeNull();
    // Figures only, as an appendix table without words, or a table with one short header.
    expect(
      ocrReason(pageWith(['2023 2024 2025', '8,9 10,0 12,5', '3,5 4,0 4,5', '12,4 14,0 17,0'])),
    ).toBeNull();
    expect(
      ocrReason(pageWith(['Mnkr', '1 234,5 2 345,6 3 456,7 −210,0 −56,5 +12,0 (3,5) 8,9 10 12 14 16'])),
    ).toBeNull();
    // Little text and no image: a cover or separator page, nothing for OCR to add.
    expect(ocrReason(pageWith(['Bilaga 2']))).toBeNull();
    expect(ocrReason(pageWith(['Bilaga 2'], { imageCoverage: 0.9 }))).toMatch(/scan/);
    expect(
      pagesNeedingOcr({ pageCount: 1, pages: [pageWith([], { source: 'ocr' })], info: emptyInfo }),
    ).toEqual([]);
  });
});

describe('engine built-ins', () => {
  // core-js in pdfjs-dist's legacy build swaps Array.prototype.push for a slower one that, unlike
  // V8's, throws on arrays with a read-only length: that difference tells which push is installed.
  const childScript = (entry: string, pdf: string): string => `
    import { readFileSync } from 'node:fs';
    const probe = () => { try { Object.defineProperty([], 'length', { writable: false }).push(); return 'engine'; } catch { return 'core-js'; } };
    const before = probe();
    const { extractDocument } = await import(${JSON.stringify(entry)});
    const doc = await extractDocument(new Uint8Array(readFileSync(${JSON.stringify(pdf)})), { now: () => new Date(), fileName: 'x.pdf' });
    process.stdout.write(JSON.stringify({ before, after: probe(), pages: doc.source.pageCount }));
  `;

  it('keeps the engine’s Array.prototype.push once pdfjs is loaded, under tsx and bundled', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'namndkoll-push-'));
    try {
      const pdf = join(dir, 'one.pdf');
      writeFileSync(pdf, await makePdf((doc) => doc.text('Regionstyrelsen beslutar att anta planen.')));
      const entry = join(process.cwd(), 'parsers', 'index.ts');
      // As the Lambda runs: one bundle, packages left external (imported from node_modules).
      const bundleDir = join(process.cwd(), 'node_modules', '.cache', 'namndkoll-test');
      mkdirSync(bundleDir, { recursive: true });
      const source = join(bundleDir, `push-${process.pid}.mjs`);
      const bundle = join(bundleDir, `push-${process.pid}.bundle.mjs`);
      writeFileSync(source, childScript(entry, pdf));
      const built = spawnSync(
        join(process.cwd(), 'node_modules', '.bin', 'esbuild'),
        [
          source,
          '--bundle',
          '--platform=node',
          '--format=esm',
          '--packages=external',
          `--outfile=${bundle}`,
          '--log-level=error',
        ],
        { encoding: 'utf8' },
      );
      expect(built.stderr).toBe('');
      for (const args of [
        ['--import', 'tsx', '--input-type=module', '-e', childScript(entry, pdf)],
        [bundle],
      ]) {
        const child = spawnSync(process.execPath, args, { cwd: process.cwd(), encoding: 'utf8' });
        expect(child.stderr, args.join(' ')).not.toMatch(/Error/);
        expect(JSON.parse(child.stdout), args[0]).toEqual({ before: 'engine', after: 'engine', pages: 1 });
      }
      rmSync(source, { force: true });
      rmSync(bundle, { force: true });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

const emptyInfo = { title: null, author: null, subject: null, creationDate: null, producer: null };

/** Tests on the committed fixtures, when the fixture generator has produced them. */
describe('fixtures', () => {
  const fixture = (name: string): Uint8Array | null => {
    const path = join(FIXTURES, name);
    return existsSync(path) ? new Uint8Array(readFileSync(path)) : null;
  };

  it.runIf(fixture('seed-004-handlingsplan-ruled.pdf') !== null)(
    'the ruled 004 handlingsplan has tables',
    async () => {
      const model = await loadPdf(fixture('seed-004-handlingsplan-ruled.pdf') as Uint8Array);
      const tables = model.pages.flatMap((page) => page.tables);
      expect(tables.length).toBeGreaterThan(0);
      expect(tables.every((table) => table.rows.length >= 2)).toBe(true);
      expect(tables.some((table) => table.rows.some((row) => row.some((cell) => /\d+,\d/.test(cell))))).toBe(
        true,
      );
      expect(pagesNeedingOcr(model)).toEqual([]);
    },
  );

  it.runIf(fixture('seed-004-handlingsplan-borderless.pdf') !== null)(
    'the borderless 004 handlingsplan has no ruled tables and rows whose numbers align in columns',
    async () => {
      const model = await loadPdf(fixture('seed-004-handlingsplan-borderless.pdf') as Uint8Array);
      expect(model.pages.flatMap((page) => page.tables)).toEqual([]);
      const numericRows = model.pages
        .flatMap((page) => page.lines)
        .filter(
          (line) =>
            line.segments.length >= 3 &&
            line.segments.slice(1).every((s) => /^[-−–]?\d[\d ,]*$/.test(s.text)),
        );
      expect(numericRows.length).toBeGreaterThan(2);
    },
  );

  const edgeCases: Array<[string, string, RegExp]> = [
    ['edge/empty.pdf', 'PDF_EMPTY', /empty/],
    ['edge/not-a-pdf.pdf', 'NOT_A_PDF', /looks like text/],
    ['edge/png-renamed.pdf', 'NOT_A_PDF', /PNG image/],
    ['edge/truncated.pdf', 'PDF_CORRUPT', /truncated/],
    ['edge/encrypted.pdf', 'PDF_ENCRYPTED', /password/],
  ];
  for (const [name, code, message] of edgeCases) {
    it.runIf(fixture(name) !== null)(`${name} fails with ${code}`, async () => {
      const error = await loadError(fixture(name) as Uint8Array);
      expect(error.code).toBe(code);
      expect(error.message).toMatch(message);
    });
  }

  it.runIf(fixture('edge/scanned-000.pdf') !== null)('every page of a scan goes to OCR', async () => {
    const model = await loadPdf(fixture('edge/scanned-000.pdf') as Uint8Array);
    expect(pagesNeedingOcr(model)).toEqual(model.pages.map((page) => page.number));
  });

  it.runIf(fixture('scanned/mixed-004.pdf') !== null)(
    'only the scanned page of a mixed PDF goes to OCR',
    async () => {
      const model = await loadPdf(fixture('scanned/mixed-004.pdf') as Uint8Array);
      const ocr = pagesNeedingOcr(model);
      expect(ocr).toHaveLength(1);
      expect(
        model.pages.filter((page) => !ocr.includes(page.number)).every((page) => page.lines.length > 5),
      ).toBe(true);
    },
  );

  it.runIf(fixture('edge/large-120-pages.pdf') !== null)(
    'a 120-page PDF loads completely',
    async () => {
      const model = await loadPdf(fixture('edge/large-120-pages.pdf') as Uint8Array);
      expect(model.pageCount).toBe(120);
      expect(model.pages.map((page) => page.number)).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
      expect(model.pages.every((page) => page.lines.length > 0)).toBe(true);
    },
    60_000,
  );

  it.runIf(fixture('seed-000-tjansteskrivelse.pdf') !== null)(
    'the 000 tjänsteskrivelse reads as text',
    async () => {
      const model = await loadPdf(fixture('seed-000-tjansteskrivelse.pdf') as Uint8Array);
      const text = model.pages.map(pageText).join('\n');
      expect(text).toMatch(/hyrbemanning/i);
      expect(pagesNeedingOcr(model)).toEqual([]);
    },
  );
});
