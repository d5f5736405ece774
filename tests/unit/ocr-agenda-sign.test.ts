/**
 * An agenda item's § read by OCR as "&" or "$" where it opens a line of minutes ("& 12 Val av
 * revisorer"), and "&" for the § right after a cited date: both are the section sign. "&" between words
 * and before a lowercase word or a decimal stays. Made-up wording.
 */
import { describe, expect, it } from 'vitest';
import { repairAgendaSign, repairSectionSigns } from '../../parsers/ocr/repair.ts';
import type { TextItem } from '../../parsers/page-model.ts';

function words(text: string): TextItem[] {
  let x = 60;
  return text.split(' ').map((t) => {
    const item = { text: t, x, y: 100, width: 5 * t.length, height: 10, confidence: 0.8, spaceAfter: true };
    x += 5 * t.length + 3;
    return item;
  });
}
const text = (items: TextItem[]) => items.map((i) => i.text).join(' ');

describe('a § read as "&" or "$"', () => {
  it('opening a line before a number and a capitalised word is an agenda item', () => {
    expect(text(repairAgendaSign(words('& 12 Val av revisorer')))).toBe('§ 12 Val av revisorer');
    expect(text(repairAgendaSign(words('$ 7 Anmälningsärenden')))).toBe('§ 7 Anmälningsärenden');
  });

  it('stays before a lowercase word, a decimal or inside a line', () => {
    const lower = words('& 12 ärenden återstår');
    expect(repairAgendaSign(lower)).toBe(lower);
    const decimal = words('& 12,5 Miljoner');
    expect(repairAgendaSign(decimal)).toBe(decimal);
    const inside = words('Bygg & 12 Fastighet');
    expect(repairAgendaSign(inside)).toBe(inside);
  });

  it('right after a cited date is the § of the decision', () => {
    expect(text(repairSectionSigns(words('Regionstyrelsen 2030-04-02 & 41 ska')))).toBe(
      'Regionstyrelsen 2030-04-02 § 41 ska',
    );
  });
});

describe('a § read as "8" at the head of an item', () => {
  it('is the sign when its glyph reaches below the baseline and words follow', () => {
    expect(text(repairAgendaSign(words('8 142 Budgetuppföljning för tandvården'), true))).toBe(
      '§ 142 Budgetuppföljning för tandvården',
    );
  });

  it('stays a digit on the baseline, before a figure, or with one word after', () => {
    const even = words('8 142 Budgetuppföljning för tandvården');
    expect(repairAgendaSign(even, false)).toBe(even);
    const figures = words('8 142 Besökare under 2027');
    expect(repairAgendaSign(figures, true)).toBe(figures);
    const short = words('8 142 Besökare');
    expect(repairAgendaSign(short, true)).toBe(short);
  });
});
