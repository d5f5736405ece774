// The committed fixture PDFs are what every extraction, pipeline and OCR test stands on: this
// checks each one is still the kind of file fixtures/README.md says it is. Each file is opened once.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFParse } from 'pdf-parse';
import { describe, expect, it } from 'vitest';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures');
const bytesOf = (rel: string) => new Uint8Array(readFileSync(path.join(FIXTURES, rel)));
const sizeOf = (rel: string) => statSync(path.join(FIXTURES, rel)).size;

interface Opened {
  /** Page count of the document (also when only some pages were read). */
  total: number;
  pages: string[];
  text: string;
  /** The text with line breaks as spaces: phrases that wrap still match. */
  flat: string;
  sizes: { width: number; height: number }[];
  tables?: string[][][][];
}

/** Text per page, page sizes and (optionally) the ruled tables per page, from one parser. */
async function open(rel: string, opts: { tables?: boolean; partial?: number[] } = {}): Promise<Opened> {
  const parser = new PDFParse({ data: bytesOf(rel) });
  try {
    const partial = opts.partial ? { partial: opts.partial } : {};
    const text = await parser.getText(partial);
    const info = await parser.getInfo({ parsePageInfo: true, ...partial });
    const opened: Opened = {
      total: info.total,
      pages: text.pages.map((p) => p.text),
      text: text.text,
      flat: text.text.replace(/\s+/g, ' '),
      sizes: info.pages.map((p) => ({ width: p.width, height: p.height })),
    };
    if (opts.tables) opened.tables = (await parser.getTable()).pages.map((p) => p.tables);
    expect(text.total).toBe(info.total);
    return opened;
  } finally {
    await parser.destroy();
  }
}

const cache = new Map<string, Promise<Opened>>();
/** Opens each fixture once for the whole file, whichever test asks first. */
function openOnce(rel: string, opts: { tables?: boolean; partial?: number[] } = {}): Promise<Opened> {
  const key = `${rel} ${JSON.stringify(opts)}`;
  let opened = cache.get(key);
  if (!opened) {
    opened = open(rel, opts);
    cache.set(key, opened);
  }
  return opened;
}
const ruledPlan = () => openOnce('seed-004-handlingsplan-ruled.pdf', { tables: true });
const borderlessPlan = () => openOnce('seed-004-handlingsplan-borderless.pdf', { tables: true });

/** What opening a bad file throws (pdf-parse's exception classes are told apart by name). */
async function failureOf(rel: string, password?: string): Promise<Error> {
  const parser = new PDFParse({ data: bytesOf(rel), ...(password ? { password } : {}) });
  try {
    await parser.getText();
  } catch (e) {
    return e as Error;
  } finally {
    await parser.destroy().catch(() => undefined);
  }
  throw new Error(`${rel} opened without error`);
}

const wordsOf = (s: string) => s.replace(/-- \d+ of \d+ --/g, '').replace(/\s+/g, '');

describe('seed fixtures (text layer)', () => {
  it('000 is an A4 memo with å/ä/ö intact, the lettered list, the total and the proposal', async () => {
    const doc = await openOnce('seed-000-tjansteskrivelse.pdf');
    expect(doc.pages.length).toBeGreaterThanOrEqual(3);
    for (const s of doc.sizes) expect(s.height).toBeGreaterThan(s.width);
    for (const phrase of [
      'Kostnadsminskningar inom hälso- och sjukvården 2024',
      'Minskad hyrbemanning',
      'Effektiviserad läkemedelshantering',
      'Östersunds sjukhus',
      'Regiondirektörens förslag',
      'Verkställa kostnadsminskningar genom minskad hyrbemanning.',
    ]) {
      expect(doc.flat).toContain(phrase);
    }
    expect(doc.text).toMatch(/Totalt:\s+77 mkr/);
    expect(doc.text).toMatch(/a\) Minskad hyrbemanning\s+50 mkr mindre 2024 än 2023/);
    // Running header and "Sida N av M" footer on every page; the region is not named in them.
    doc.pages.forEach((p, i) => {
      expect(p).toContain('Tjänsteskrivelse');
      expect(p).toContain(`Sida ${i + 1} av ${doc.pages.length}`);
    });
    expect(doc.text).not.toMatch(/Jämtland/);
  });

  it('001 is a landscape slide deck with one slide per seed section', async () => {
    const doc = await open('seed-001-rapport-slides.pdf');
    expect(doc.pages.length).toBeGreaterThanOrEqual(20);
    for (const s of doc.sizes) expect(s.width).toBeGreaterThan(s.height);
    expect(doc.flat).toContain('negativ budgetavvikelse på');
    expect(doc.flat).toContain('973 miljoner kronor');
    expect(doc.flat).toContain('Åtgärder för ekonomi i balans');
    expect(doc.flat).toContain(
      '• Översyn av administrativa tjänster - minskad budget 58 miljoner kronor 2024',
    );
    expect(doc.flat).toContain('Region Västerbotten');
    expect(doc.flat).toContain('Tidplan 2024');
  });

  it('002 is an A4 appendix with markdown rendered, not printed', async () => {
    const doc = await open('seed-002-bilaga.pdf');
    expect(doc.pages.length).toBeGreaterThanOrEqual(4);
    expect(doc.flat).toContain('Bilaga till Analys och åtgärder för att långsiktigt stärka');
    expect(doc.flat).toContain('Regionstyrelsen beslutade 30 september 2025 (§147)');
    expect(doc.flat).toContain('Myndigheten för vård- och omsorgsanalys, 2025:1');
    expect(doc.flat).toContain('Sjukhusbaserad öppenvård:');
    expect(doc.text).not.toMatch(/^#|\*\*|<sup>|^---$/m);
    // The paragraph the seed split at a page break is whole again.
    expect(doc.text).toMatch(/en stabilare\s+implementering/);
  });

  it('004 ruled: a multi-page ruled measure table that getTable() recovers', async () => {
    const doc = await ruledPlan();
    expect(doc.pages.length).toBeGreaterThanOrEqual(4);
    for (const phrase of [
      'Förvaltningstotal',
      'Region Dalarna',
      'Sjukresor (6 insatser):',
      'Mål, ekonomisk effekt Mnkr',
    ]) {
      expect(doc.flat).toContain(phrase);
    }
    const tables = (doc.tables ?? []).flat();
    expect(tables.length).toBeGreaterThanOrEqual(1);
    const rows = tables.flat();
    const sjukresor = rows.find((r) => r[0]?.startsWith('Sjukresor (6 insatser):'));
    expect(sjukresor?.slice(1)).toEqual(['3,5', '8,9', '8,9']);
    const vns = rows.find((r) => r[0]?.startsWith('Vårdnära service (VNS):'));
    expect(vns?.slice(1)).toEqual(['', '20,0', '20,0']);
    expect(rows.find((r) => r[0] === 'Förvaltningstotal')?.slice(1)).toEqual(['103', '387', '473']);
    // The measure table (header "Insatser") continues over at least three pages.
    const measurePages = (doc.tables ?? []).filter((page) => page.some((t) => t[0]?.[0] === 'Insatser'));
    expect(measurePages.length).toBeGreaterThanOrEqual(3);
  });

  it('004 borderless: the same text, and no ruling lines for getTable() to find', async () => {
    const doc = await borderlessPlan();
    const ruled = await ruledPlan();
    expect(doc.pages.length).toBeGreaterThanOrEqual(4);
    expect((doc.tables ?? []).flat()).toEqual([]);
    expect(doc.flat).toContain('Förvaltningstotal');
    expect(doc.pages.length).toBe(ruled.pages.length);
    expect(doc.text).toBe(ruled.text);
    // The measure table's header row repeats on the pages it continues on.
    expect(doc.pages.filter((p) => /^Insatser 2023 2024 2025$/m.test(p)).length).toBeGreaterThanOrEqual(2);
  });
});

describe('edge fixtures', () => {
  it('not a PDF, a PNG, an empty file and a truncated PDF are rejected as invalid', async () => {
    expect(readFileSync(path.join(FIXTURES, 'edge/png-renamed.pdf')).subarray(1, 4).toString()).toBe('PNG');
    expect(sizeOf('edge/empty.pdf')).toBe(0);
    const seedSize = sizeOf('seed-000-tjansteskrivelse.pdf');
    expect(sizeOf('edge/truncated.pdf')).toBe(Math.floor(seedSize * 0.55));
    for (const rel of [
      'edge/not-a-pdf.pdf',
      'edge/png-renamed.pdf',
      'edge/empty.pdf',
      'edge/truncated.pdf',
    ]) {
      const err = await failureOf(rel);
      expect(err.name, rel).toBe('InvalidPDFException');
    }
  });

  it('encrypted.pdf needs a password, and opens with it', async () => {
    const err = await failureOf('edge/encrypted.pdf');
    expect(err.name).toBe('PasswordException');
    const parser = new PDFParse({ data: bytesOf('edge/encrypted.pdf'), password: 'nämnd' });
    try {
      expect((await parser.getText()).text).toContain('Minskad hyrbemanning');
    } finally {
      await parser.destroy();
    }
  });

  it('scanned-000.pdf is image-only: the pages of seed 000 without a text layer', async () => {
    const doc = await open('edge/scanned-000.pdf');
    const seed = await openOnce('seed-000-tjansteskrivelse.pdf');
    expect(doc.pages.length).toBe(seed.pages.length);
    expect(wordsOf(doc.text)).toBe('');
    expect(doc.sizes[0]?.width).toBeCloseTo(seed.sizes[0]?.width ?? 0, 0);
  });

  it('large-120-pages.pdf has 120 pages of text with mkr figures, under 2 MB', async () => {
    const doc = await open('edge/large-120-pages.pdf', { partial: [1, 60, 120] });
    expect(sizeOf('edge/large-120-pages.pdf')).toBeLessThan(2 * 1024 * 1024);
    expect(doc.total).toBe(120);
    for (const p of doc.pages) {
      expect(p).toMatch(/\d+(,\d)? mkr/);
      expect(p).toContain('Region Örebro län');
    }
    expect(doc.pages[2]).toContain('Sida 120 av 120');
  });
});

describe('scanned fixtures (OCR)', () => {
  it('seed-000-scanned-300dpi.pdf is the same scan as the edge fixture', () => {
    expect(
      Buffer.compare(bytesOf('scanned/seed-000-scanned-300dpi.pdf'), bytesOf('edge/scanned-000.pdf')),
    ).toBe(0);
  });

  it('seed-004-scanned-rotated-noisy.pdf is image-only, one image per page of the ruled variant', async () => {
    const doc = await open('scanned/seed-004-scanned-rotated-noisy.pdf');
    expect(wordsOf(doc.text)).toBe('');
    expect(doc.pages.length).toBe((await ruledPlan()).pages.length);
    expect(sizeOf('scanned/seed-004-scanned-rotated-noisy.pdf')).toBeLessThan(8 * 1024 * 1024);
  });

  it('mixed-004.pdf has text on every page but one measure-table page', async () => {
    const doc = await open('scanned/mixed-004.pdf');
    const empty = doc.pages.map((p, i) => (wordsOf(p) === '' ? i : -1)).filter((i) => i >= 0);
    expect(empty).toHaveLength(1);
    const scanned = empty[0] ?? -1;
    const borderless = await borderlessPlan();
    expect(doc.pages.length).toBe(borderless.pages.length);
    // The page that became an image held part of the measure table in the text variant.
    expect(borderless.pages[scanned]).toMatch(/^Insatser 2023 2024 2025$/m);
    doc.pages.forEach((p, i) => {
      if (i !== scanned) expect(p).toBe(borderless.pages[i]);
    });
  });
});
