import { describe, expect, it } from 'vitest';
import { extractDocument, MAX_PICTURES } from '../../parsers/index.ts';
import { pictureKind, pictureRegions, withPicture } from '../../parsers/ocr/pictures.ts';
import type { OcrEngine, PictureInput } from '../../parsers/ocr/port.ts';
import type { Page } from '../../parsers/page-model.ts';
import { loadPdf } from '../../parsers/pdf/load.ts';
import { analyzeText } from '../helpers/analyze-text.ts';
import { buildPdf } from '../helpers/hostile-pdfs.ts';
import { pagesFromText, withRuledTable } from '../helpers/text-pages.ts';

const PROSE = [
  'Tekniska nämnden, underlag till sammanträdet om underhållet av vägar och broar.',
  'Förvaltningen har sett över kostnaderna för vinterväghållning och beläggning under året.',
  'Besparingarna i tabellen nedan har stämts av med driftenheten och med ekonomistaben.',
];

/**
 * A text page (Helvetica prose at the top) with the same grey image painted twice: `big` as a
 * picture of 300 × 120 pt at (100, 500) from the bottom-left, and a logo of 80 × 30 pt at the top
 * right. `over` sets text over the big picture (as a scanner's OCR layer over its image would).
 */
function pageWithPictures(over = false): Uint8Array {
  const text = PROSE.map((line, i) => `BT /F1 10 Tf 60 ${760 - i * 14} Td (${line}) Tj ET`);
  if (over) text.push('BT 3 Tr /F1 10 Tf 110 580 Td (Vinterväghållning i egen regi 1,2 1,4) Tj ET');
  const content = ['q 300 0 0 120 100 500 cm /Im1 Do Q', 'q 80 0 0 30 480 790 cm /Im1 Do Q', ...text].join(
    '\n',
  );
  const latin1 = Uint8Array.from([...content].map((ch) => ch.charCodeAt(0) & 0xff));
  return buildPdf([
    { body: '<< /Type /Catalog /Pages 2 0 R >>' },
    { body: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
    {
      body: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> /XObject << /Im1 6 0 R >> >> /Contents 5 0 R >>',
    },
    { body: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>' },
    { body: '<< >>', stream: latin1 },
    {
      body: '<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8 >>',
      stream: new Uint8Array(64).fill(200),
    },
  ]);
}

/** What an OCR engine reads in a picture: the text laid out as `pagesFromText` does, moved into the box. */
function readingOf(text: string, box: { x: number; y: number }): Page {
  const page = pagesFromText(text)[0] as Page;
  const dy = box.y - 72;
  const move = <T extends { y: number; confidence?: number }>(o: T): T => ({
    ...o,
    y: o.y + dy,
    confidence: 0.9,
  });
  return {
    ...page,
    source: 'ocr',
    items: page.items.map(move),
    lines: page.lines.map((line) => ({ ...move(line), items: line.items.map(move) })),
  };
}

/** An engine that reads every picture as `text` and records the boxes it was asked for. */
function pictureEngine(text: string): OcrEngine & { asked: PictureInput['pictures'] } {
  const asked: PictureInput['pictures'] = [];
  return {
    method: 'ocr',
    asked,
    recognize: async () => [],
    recognizePictures: async (input) => {
      asked.push(...input.pictures);
      return input.pictures.map(({ box }) => readingOf(text, box));
    },
  };
}

const TABLE = [
  'Besparingar inom väghållningen, mkr',
  'Besparing                           2026    2027',
  'Vinterväghållning i egen regi       1,2     1,4',
  'Samordnad beläggning av gator       0,8     2,1',
  'Färre inhyrda maskiner              0,5     0,6',
  'Summa                               2,5     4,1',
].join('\n');

const CHART = ['Kostnad för snöröjning per säsong, mkr', '14,2', '11,8      16,0', '2022  2023  2024'].join(
  '\n',
);

describe('pictures on text pages', () => {
  it('finds where images are painted, in page coordinates, and keeps only those big enough for a table', async () => {
    const model = await loadPdf(pageWithPictures());
    const page = model.pages[0] as Page;
    expect(page.images).toHaveLength(2);
    const regions = pictureRegions(page);
    expect(regions).toHaveLength(1);
    const [box] = regions;
    expect(box?.x).toBeCloseTo(100, 0);
    expect(box?.y).toBeCloseTo(842 - 620, 0);
    expect(box?.width).toBeCloseTo(300, 0);
    expect(box?.height).toBeCloseTo(120, 0);
  });

  it('leaves a picture alone whose area the text layer already covers (an OCR layer over it)', async () => {
    const model = await loadPdf(pageWithPictures(true));
    expect(pictureRegions(model.pages[0] as Page)).toEqual([]);
  });

  it('tells a table from a chart and from prose by what was read', () => {
    expect(pictureKind(readingOf(TABLE, { x: 0, y: 72 }))).toBe('table');
    expect(pictureKind(readingOf(CHART, { x: 0, y: 72 }))).toBe('figures');
    const prose = PROSE.join('\n');
    expect(pictureKind(readingOf(prose, { x: 0, y: 72 }))).toBe('prose');
  });

  it('sets a picture’s lines between the text above and below it', () => {
    const page = pagesFromText('Text ovanför bilden\n\n\n\n\n\n\n\n\n\nText under bilden')[0] as Page;
    const read = readingOf('Rad i bilden  1,5', { x: 72, y: 100 });
    const merged = withPicture(page, read, { x: 72, y: 100, width: 300, height: 30 });
    expect(merged.lines.map((l) => l.text)).toEqual([
      'Text ovanför bilden',
      'Rad i bilden  1,5',
      'Text under bilden',
    ]);
  });

  it('reads a table pasted as a picture into measures, warned as read by OCR', async () => {
    const engine = pictureEngine(TABLE);
    const doc = await extractDocument(pageWithPictures(), {
      now: () => new Date(0),
      fileName: 'bild.pdf',
      ocr: engine,
    });
    expect(engine.asked).toHaveLength(1);
    const titles = doc.measures.map((m) => m.title);
    expect(titles).toEqual([
      'Vinterväghållning i egen regi',
      'Samordnad beläggning av gator',
      'Färre inhyrda maskiner',
    ]);
    expect(doc.measures[1]?.effects.map((e) => [e.year, e.amountMsek])).toEqual([
      [2026, 0.8],
      [2027, 2.1],
    ]);
    expect(doc.extraction.warnings.some((w) => w.code === 'OCR_PAGE' && w.page === 1)).toBe(true);
    expect(doc.extraction.ocrPages).toEqual([1]);
  });

  it('never takes a chart’s labels for facts, and says a picture with figures was not used', async () => {
    const doc = await extractDocument(pageWithPictures(), {
      now: () => new Date(0),
      fileName: 'diagram.pdf',
      ocr: pictureEngine(CHART),
    });
    expect(doc.measures).toEqual([]);
    expect(doc.totals).toEqual([]);
    expect(doc.amounts.map((a) => a.amountMsek)).not.toContain(14.2);
    expect(doc.extraction.warnings.some((w) => w.code === 'TABLE_UNPARSED' && w.page === 1)).toBe(true);
  });

  it('reads at most MAX_PICTURES pictures of a paper, the largest, and tells the rest', async () => {
    // A photo report: fourteen pictures big enough for a table, two of them a little smaller.
    const places: string[] = [];
    for (let k = 0; k < 14; k++) {
      const [w, h] = k === 3 || k === 9 ? [150, 58] : [160, 64];
      places.push(`q ${w} 0 0 ${h} ${40 + (k % 3) * 180} ${60 + Math.floor(k / 3) * 80} cm /Im1 Do Q`);
    }
    const content = [...places, 'BT /F1 10 Tf 60 780 Td (Fotorapport fran vintervaghallningen) Tj ET'].join(
      '\n',
    );
    const bytes = buildPdf([
      { body: '<< /Type /Catalog /Pages 2 0 R >>' },
      { body: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
      {
        body: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> /XObject << /Im1 6 0 R >> >> /Contents 5 0 R >>',
      },
      { body: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>' },
      { body: '<< >>', stream: Uint8Array.from([...content].map((ch) => ch.charCodeAt(0) & 0xff)) },
      {
        body: '<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8 >>',
        stream: new Uint8Array(64).fill(200),
      },
    ]);
    const engine = pictureEngine(CHART);
    const doc = await extractDocument(bytes, { now: () => new Date(0), fileName: 'foton.pdf', ocr: engine });
    expect(engine.asked).toHaveLength(MAX_PICTURES);
    expect(engine.asked.every(({ box }) => Math.round(box.width) === 160)).toBe(true);
    const told = doc.extraction.warnings.filter((w) => w.message.includes(`more than ${MAX_PICTURES}`));
    expect(told).toHaveLength(2);
    expect(told.every((w) => w.code === 'TABLE_UNPARSED' && w.message.includes('(150 × 58 pt)'))).toBe(true);
  });

  it('warns of a picture that may hold a table when no engine reads it', async () => {
    const doc = await extractDocument(pageWithPictures(), { now: () => new Date(0), fileName: 'utan.pdf' });
    const warning = doc.extraction.warnings.find((w) => w.code === 'TABLE_UNPARSED');
    expect(warning?.page).toBe(1);
    expect(warning?.message).toContain('300 × 120 pt');
  });
});

describe('a picture of a table on a page with a ruled table', () => {
  const text = [
    'Tabell A. Besparingar inom kollektivtrafiken, mkr',
    'Besparing                      2026    2027',
    'Glesare turer kvällstid        0,9     1,1',
    'Summa                          0,9     1,1',
    '',
    'Tabell B. Besparingar inom färdtjänsten, mkr',
    'Besparing                      2026    2027',
    'Samåkning i färdtjänsten       0,4     0,7',
    'Ny upphandling av taxiresor    1,3     1,6',
    'Summa                          1,7     2,3',
  ].join('\n');
  const rows = [
    ['Besparing', '2026', '2027'],
    ['Glesare turer kvällstid', '0,9', '1,1'],
    ['Summa', '0,9', '1,1'],
  ];
  /** Table B's lines as a picture's OCR reading (confidence set), or as plain text lines. */
  function pages(read: boolean): Page[] {
    const out = withRuledTable(pagesFromText(text), rows);
    const page = out[0] as Page;
    const start = page.lines.findIndex((l) => l.text.startsWith('Besparing') && l.y > 150);
    page.lines = page.lines.map((line, i) =>
      read && i >= start
        ? { ...line, confidence: 0.9, items: line.items.map((item) => ({ ...item, confidence: 0.9 })) }
        : line,
    );
    return out;
  }

  it('reads the picture’s table too (the ruled table alone spoke for its page before)', () => {
    const titles = analyzeText(pages(true)).measures.map((m) => m.title);
    expect(titles).toContain('Samåkning i färdtjänsten');
    expect(titles).toContain('Ny upphandling av taxiresor');
    expect(titles).toContain('Glesare turer kvällstid');
  });
});
