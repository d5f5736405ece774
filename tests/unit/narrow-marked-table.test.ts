/**
 * A narrow borderless table in tkr whose figure cells stand closer together than the page model's
 * segment gap (five-digit figures in columns about 40 pt apart, as a word processor sets a table of
 * the text width), with footnote marks after some figures — in the item's text ("6 380²") or as a
 * small raised digit drawn on its own — and a sum row, followed by decision points set in two
 * columns. Each cell must stay a cell, the marks must not cut a row short, and the sum row must
 * stay in its place. Items are placed by hand (Helvetica-like digit widths); wording and figures are
 * made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import type { TextItem } from '../../parsers/page-model.ts';
import { buildLines } from '../../parsers/pdf/lines.ts';
import { analyzeItems } from '../helpers/item-pages.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const SIZE = 9.5;
const CHAR = 5.3; // a digit or a space of the figures, at 9.5 pt
const at = (text: string, x: number, y: number, width: number, height = SIZE): TextItem => ({
  text,
  x,
  y,
  width,
  height,
});
/** A figure right-aligned at `right`. */
const figure = (text: string, right: number, y: number): TextItem =>
  at(text, right - text.length * CHAR, y, text.length * CHAR);
/** A mark drawn as a small raised digit after a figure ending at `right`. */
const raised = (digit: string, right: number, y: number): TextItem => at(digit, right, y - 1, 4.8, 7.6);

// Right edges of the year columns 2027, 2028, 2029.
const RIGHTS = [346, 388, 432];

function items(): TextItem[] {
  const out: TextItem[] = [at('Tabell 2 Insatsernas effekt', 54, 340, 140)];
  out.push(at('Insats (tkr)', 150, 360, 52));
  ['2027', '2028', '2029'].forEach((year, k) => {
    out.push(at(year, (RIGHTS[k] as number) - 21, 360, 21));
  });
  const rows: [string, string[]][] = [
    ['Samordnad tolkförmedling i länet', ['4 215', '6 380²', '7 010']],
    ['Gemensam växel för vårdcentralerna', ['11 064', '9 870', '10 430²']],
    ['Minskade lokalytor i förvaltningen', ['–540', '3 205', '2 118']],
    ['Totalt', ['14 739', '19 455', '19 558']],
  ];
  rows.forEach(([label, cells], r) => {
    const y = 375 + r * 15;
    out.push(at(label, 55, y, label.length * 4.6));
    cells.forEach((cell, k) => {
      const right = RIGHTS[k] as number;
      // "3 205" carries its mark as a raised digit drawn after it, right-aligned with the mark.
      if (r === 2 && k === 1) out.push(figure(cell, right - 4.8, y), raised('1', right - 4.8, y));
      else out.push(figure(cell, right, y));
    });
  });
  out.push(at('Förslag till beslut', 54, 450, 90, 11));
  out.push(at('Socialnämnden föreslås besluta', 54, 468, 150));
  const left = [
    '1. att fastställa insatserna enligt',
    'tabell 2 i denna skrivelse,',
    '2. att ge direktören i',
  ];
  const right = [
    'uppdrag att genomföra insatserna,',
    '3. att följa upp insatserna i',
    'samband med delårsrapporten.',
  ];
  left.forEach((text, i) => {
    out.push(at(text, 54, 486 + i * 13, text.length * 4.6));
  });
  right.forEach((text, i) => {
    out.push(at(text, 308, 486 + i * 13, text.length * 4.6));
  });
  return out;
}

describe('a narrow table with marked figures', () => {
  it('keeps every figure a cell of its own, marks included', () => {
    const lines = buildLines(items());
    const row = (start: string) => lines.find((l) => l.text.startsWith(start))?.segments.map((s) => s.text);
    expect(row('Samordnad')).toEqual(['Samordnad tolkförmedling i länet', '4 215', '6 380²', '7 010']);
    expect(row('Gemensam')).toEqual(['Gemensam växel för vårdcentralerna', '11 064', '9 870', '10 430²']);
    expect(row('Minskade')).toEqual(['Minskade lokalytor i förvaltningen', '–540', '3 205¹', '2 118']);
  });

  it('keeps the sum row whole and in its place above the two columns of points', () => {
    const lines = buildLines(items());
    const texts = lines.map((l) => l.text);
    const total = texts.findIndex((t) => t.startsWith('Totalt'));
    expect(lines[total]?.segments.map((s) => s.text)).toEqual(['Totalt', '14 739', '19 455', '19 558']);
    expect(total).toBeLessThan(texts.findIndex((t) => t.startsWith('Förslag till beslut')));
  });

  it('reads the measures, the total and the points', () => {
    const doc = analyzeItems(items());
    expect(doc.measures.map((m) => [m.title, m.effects.map((e) => e.amountMsek)])).toEqual([
      ['Samordnad tolkförmedling i länet', [4.215, 6.38, 7.01]],
      ['Gemensam växel för vårdcentralerna', [11.064, 9.87, 10.43]],
      ['Minskade lokalytor i förvaltningen', [-0.54, 3.205, 2.118]],
    ]);
    expect(doc.totals.map((t) => t.amountMsek)).toEqual([14.739, 19.455, 19.558]);
    expect(doc.decisions.map((d) => d.text)).toEqual([
      'att fastställa insatserna enligt tabell 2 i denna skrivelse,',
      'att ge direktören i uppdrag att genomföra insatserna,',
      'att följa upp insatserna i samband med delårsrapporten.',
    ]);
  });
});

describe('a table that stops before a line reading like its rows', () => {
  const text = `# Åtgärdsplan för kollektivtrafiken
Tabell 1 Effekt per år (mkr)
Åtgärd                                  2027     2028
Färre nattlinjer under sommaren          2,5      3,0
Samordnad skolskjuts                     1,0      1,5
Digital biljettkontroll                  0,5      0,8
Nya upphandlade avtal för linjetrafik    4,0      4,5

Trafiken följs upp varje månad i nämnden.`;
  const info = { title: null, author: null, subject: null, creationDate: null, producer: null };

  it('warns on the measures it read when a row after them could not be placed', () => {
    const pages = pagesFromText(text);
    // The last row set larger than the table (a row the scan cannot take for one of its own).
    const row = pages[0]?.lines.find((l) => l.text.startsWith('Nya upphandlade'));
    if (!row) throw new Error('no row');
    row.fontSize = 13;
    for (const item of row.items) item.height = 13;
    const doc = analyzePages(pages, { fileName: 'test.pdf', info });
    expect(doc.measures.map((m) => m.title)).toEqual([
      'Färre nattlinjer under sommaren',
      'Samordnad skolskjuts',
      'Digital biljettkontroll',
    ]);
    const warning = doc.warnings.find((w) => w.code === 'AMBIGUOUS_TABLE');
    expect(warning?.message).toContain('Nya upphandlade avtal för linjetrafik');
  });

  it('says nothing when the table is read to its end', () => {
    const doc = analyzePages(pagesFromText(text), { fileName: 'test.pdf', info });
    expect(doc.measures).toHaveLength(4);
    expect(doc.warnings.filter((w) => w.code === 'AMBIGUOUS_TABLE')).toEqual([]);
  });
});
