/**
 * Two columns beside a box of key figures where the second column holds only what the first could not
 * take: one or two lines at its top. Too short to be judged a column by itself, it is still the end of
 * the first column's text when that column runs on line to line and stops mid-sentence. The page must
 * read the first column, the overflow, then the box — so the overflow's citation is read whole, and no
 * box row is glued to a text line. Items placed by hand; wording made up for this test.
 */
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../parsers/page-model.ts';
import { buildLines } from '../../parsers/pdf/lines.ts';
import { analyzeItems } from '../helpers/item-pages.ts';

const SIZE = 9;
const LEAD = 12.5;
const at = (text: string, x: number, y: number, width: number, size = SIZE): TextItem => ({
  text,
  x,
  y,
  width,
  height: size,
});

function items(overflow: string[], lastOfFirst = 'grundar sig på ett uppdrag från'): TextItem[] {
  const out: TextItem[] = [at('UPPFÖLJNING AV TANDVÅRDEN', 50, 80, 260, 14)];
  const first = [
    'Folktandvårdens intäkter efter',
    'oktober är lägre än budgeterat',
    'eftersom färre vuxna har sökt',
    'sig till klinikerna under året.',
    'Kostnaderna för material och',
    'lokaler följer i stort budget,',
    'men vakanserna har gjort att',
    'köerna vuxit. Uppföljningen',
    lastOfFirst,
  ];
  first.forEach((text, k) => {
    out.push(at(text, 50, 120 + k * LEAD, text.length * 4.2));
  });
  overflow.forEach((text, k) => {
    out.push(at(text, 205, 120 + k * LEAD, text.length * 4.2));
  });
  out.push(at('I SIFFROR', 380, 124, 50, 8));
  [
    ['Intäkter', '−6,8 mkr'],
    ['Besök', '18 450'],
    ['Vakanser', '14'],
  ].forEach(([label, value], k) => {
    const y = 120 + (k + 1.5) * LEAD;
    out.push(at(label as string, 380, y, 45, 8), at(value as string, 470, y, 38, 8));
  });
  out.push(
    at('Förvaltningen återkommer med en åtgärdsplan till nämndens sammanträde i december.', 50, 260, 430),
  );
  return out;
}

describe('a second column holding only the first column’s last lines', () => {
  const overflow = ['tandvårdsnämnden 2025-03-12 (§', '44).'];

  it('reads the first column, then its overflow, then the box', () => {
    const texts = buildLines(items(overflow)).map((l) => l.text);
    const index = (start: string) => texts.findIndex((t) => t.startsWith(start));
    expect(index('grundar sig på')).toBeGreaterThan(index('Folktandvårdens'));
    expect(index('tandvårdsnämnden 2025-03-12')).toBe(index('grundar sig på') + 1);
    expect(index('44).')).toBeLessThan(index('I SIFFROR'));
    expect(texts.some((t) => t.includes('Folktandvårdens') && t.includes('tandvårdsnämnden'))).toBe(false);
  });

  it('finds the citation that stands in the overflow', () => {
    const doc = analyzeItems(items(overflow));
    expect(doc.references.map((r) => [r.body, r.date, r.paragraph])).toEqual([
      ['Tandvårdsnämnden', '2025-03-12', '§44'],
    ]);
  });

  it('takes no overflow after a first column that ends its sentence', () => {
    const texts = buildLines(
      items(['Statistik över', 'besök per klinik.'], 'har redovisats till nämnden.'),
    ).map((l) => l.text);
    // Without a column found, the lines are read across the page.
    expect(texts.some((t) => t.startsWith('Folktandvårdens') && t.includes('Statistik över'))).toBe(true);
  });
});
