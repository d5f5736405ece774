/**
 * A report's first page: two columns of running text with a box of key figures beside them, all
 * under a full-width title and above a full-width paragraph. The box's rows ("Resultat  −12,4 mkr")
 * stand on the text lines' heights; the page must read the first column, then the second, then the
 * box — so that a sentence going on from the foot of the first column to the top of the second stays
 * one sentence, and no box row cuts a column. Items placed by hand; wording made up for this test.
 */
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../parsers/page-model.ts';
import { buildLines } from '../../parsers/pdf/lines.ts';
import { analyzeItems } from '../helpers/item-pages.ts';

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
    const doc = analyzeItems(items());
    expect(doc.references.map((r) => [r.body, r.date, r.paragraph])).toEqual([
      ['Regionstyrelsen', '2025-04-08', '§52'],
    ]);
  });
});

/** Two text columns whose right one starts under a box of key figures set in its upper part. */
function boxOverSecondColumn(): TextItem[] {
  const out: TextItem[] = [at('VERKSAMHETSBERÄTTELSE FÖR TANDVÅRDEN', 54, 90, 300, 15)];
  const first = [
    'Folktandvårdens resultat för året blev',
    'bättre än budget tack vare fler besök',
    'inom barn- och ungdomstandvården och',
    'lägre kostnader för material. Antalet',
    'behandlade patienter ökade med fyra',
    'procent jämfört med föregående år och',
    'väntetiderna till undersökning har',
    'minskat på de flesta kliniker i länet.',
  ];
  first.forEach((text, k) => {
    out.push(at(text, 54, 130 + k * LEAD, text.length * 4.4));
  });
  // The box: its rows start well right of the second column's margin, in the column's upper part.
  out.push(at('NYCKELTAL', 350, 130, 55, 8.5));
  out.push(at('Resultat', 350, 143, 50, 8.5), at('8,2 mkr', 480, 143, 35, 8.5));
  out.push(at('Besök', 350, 156, 40, 8.5), at('61 400', 480, 156, 35, 8.5));
  // The second column's text under the box, on baselines of its own (offset from the first column's).
  const second = [
    'Nämnden har följt arbetet med',
    'tillgängligheten under hela året och',
    'ser att satsningen på fler tandhygienister',
    'har gett effekt i glesbygden.',
  ];
  second.forEach((text, k) => {
    out.push(at(text, 308, 175 + k * LEAD, text.length * 4.4));
  });
  // Full-width text under the columns, most of the page: no gutter runs down the whole page.
  for (let k = 0; k < 14; k++) {
    out.push(
      at(
        `Stycke ${k + 1} om tandvårdens uppdrag, ekonomi och bemanning i hela länet under det gångna året.`,
        54,
        250 + k * LEAD,
        440,
      ),
    );
  }
  return out;
}

describe('a box of key figures over the second of two text columns', () => {
  it('reads the first column whole, then the box and the second column', () => {
    const texts = buildLines(boxOverSecondColumn()).map((l) => l.text);
    const index = (start: string) => texts.findIndex((t) => t.startsWith(start));
    const firstColumn = [
      'Folktandvårdens',
      'bättre än',
      'inom barn-',
      'lägre kostnader',
      'behandlade',
      'procent',
      'väntetiderna',
      'minskat',
    ].map(index);
    expect(firstColumn).toEqual(firstColumn.map((_, k) => (firstColumn[0] as number) + k));
    expect(index('Nämnden har följt')).toBeGreaterThan(index('minskat'));
    expect(index('tillgängligheten')).toBe(index('Nämnden har följt') + 1);
    // No box row glued to a line of the first column.
    expect(texts).toContain('Folktandvårdens resultat för året blev');
    expect(texts).toContain('bättre än budget tack vare fler besök');
    expect(index('NYCKELTAL')).toBeGreaterThan(index('minskat'));
  });
});
