/**
 * A report's first page: two columns of running text with a box of key figures beside them, all
 * under a full-width title and above a full-width paragraph. The box's rows ("Resultat  −12,4 mkr")
 * stand on the text lines' heights; the page must read the first column, then the second, then the
 * box — so that a sentence going on from the foot of the first column to the top of the second stays
 * one sentence, and no box row cuts a column. Items placed by hand; wording made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import type { Page, TextItem } from '../../parsers/page-model.ts';
import { buildLines } from '../../parsers/pdf/lines.ts';

const SIZE = 9.5;
const LEAD = 12.8;
const at = (text: string, x: number, y: number, width: number, size = SIZE): TextItem => ({
  text,
  x,
  y,
  width,
  height: size,
});

function items(): TextItem[] {
  const out: TextItem[] = [at('DELÅRSRAPPORT FÖR KULTURNÄMNDEN', 57, 90, 300, 15)];
  const first = [
    'Kulturnämndens resultat efter',
    'augusti är bättre än väntat',
    'tack vare högre intäkter från',
    'entréavgifter på museerna och',
    'en sommar med många besökare.',
    'Personalkostnaderna ligger i',
    'nivå med budget för perioden.',
    'Regionstyrelsen beslutade',
  ];
  const second = ['2025-04-08, § 52, att införa en', 'ny avgiftsmodell för länets', 'museer.'];
  first.forEach((text, k) => {
    out.push(at(text, 57, 130 + k * LEAD, text.length * 4.4));
  });
  second.forEach((text, k) => {
    out.push(at(text, 220, 130 + k * LEAD, text.length * 4.4));
  });
  // The box: a heading and three rows of a label and a figure, on the text lines' heights.
  out.push(at('NYCKELTAL', 392, 134, 55, 8.5));
  [
    ['Resultat', '−12,4 mkr'],
    ['Prognos helår', '−20 mkr'],
    ['Besökare', '41 200'],
  ].forEach(([label, value], k) => {
    const y = 130 + (k + 1.5) * LEAD;
    out.push(at(label as string, 392, y, 60, 8.5), at(value as string, 490, y, 40, 8.5));
  });
  out.push(
    at(
      'Nämnden följer utvecklingen av intäkterna och återkommer i årsbokslutet med en analys.',
      57,
      250,
      440,
    ),
  );
  return out;
}

describe('two text columns beside a box of key figures', () => {
  it('reads the first column, the second, then the box', () => {
    const texts = buildLines(items()).map((l) => l.text);
    const at = (start: string) => texts.findIndex((t) => t.startsWith(start));
    expect(at('Regionstyrelsen beslutade') + 1).toBe(at('2025-04-08, § 52'));
    expect(at('museer.')).toBeLessThan(at('NYCKELTAL'));
    expect(texts).toContain('Resultat  −12,4 mkr');
    expect(texts.some((t) => t.includes('augusti') && t.includes('Resultat'))).toBe(false);
  });

  it('finds the reference that goes on from one column into the next', () => {
    const built = items();
    const page: Page = {
      number: 1,
      width: 595,
      height: 842,
      source: 'text',
      items: built,
      lines: buildLines(built),
      tables: [],
    };
    const info = { title: null, author: null, subject: null, creationDate: null, producer: null };
    const doc = analyzePages([page], { fileName: 'test.pdf', info });
    expect(doc.references.map((r) => [r.body, r.date, r.paragraph])).toEqual([
      ['Regionstyrelsen', '2025-04-08', '§52'],
    ]);
  });
});
