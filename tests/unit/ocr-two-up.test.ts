/**
 * A landscape sheet holding two pages side by side (a copier's 2-up of two A5 pages): the recognizer
 * joins lines of the two pages that share a row into one unit, so without a split the pages are read
 * interleaved. The left page is read whole before the right one; a landscape table whose label and
 * figure columns leave a wide band free is not split. Made-up wording.
 */
import { describe, expect, it } from 'vitest';
import { linesInReadingOrder, type RecognizedUnit } from '../../parsers/ocr/reading-order.ts';
import type { TextItem } from '../../parsers/page-model.ts';

function words(text: string, x: number, y: number): TextItem[] {
  const items: TextItem[] = [];
  let cursor = x;
  for (const word of text.split(' ')) {
    const width = 5 * word.length;
    items.push({ text: word, x: cursor, y, width, height: 10, confidence: 0.9, spaceAfter: true });
    cursor += width + 2.5;
  }
  return items;
}

const LEFT = [
  'Kommunstyrelsen behandlade frågan om nya',
  'lokaler för vuxenutbildningen under våren och',
  'konstaterade att hyran stiger med tre procent',
  'per år enligt avtalet som gäller till och med',
  'utgången av perioden som anges i bilagan här.',
  'Förvaltningen föreslår därför att avtalet sägs',
  'upp i god tid innan det förlängs automatiskt.',
];
const RIGHT = [
  'Beslut om uppsägning fattas av styrelsen och',
  'meddelas hyresvärden skriftligen senast nio',
  'månader innan avtalstiden löper ut enligt vad',
  'som framgår av paragraf fyra i hyresavtalet.',
  'Styrelsen föreslås besluta att uppdra åt',
  'förvaltningen att verkställa uppsägningen nu.',
];

function sheet(): RecognizedUnit[] {
  const units: RecognizedUnit[] = [];
  // The left page's lines every 14 pt from the top; the right page's start lower, and three of its
  // lines share a row with the left page's (the recognizer's unit then runs across the gutter).
  LEFT.forEach((text, i) => {
    const y = 50 + 45 * i;
    const k = i - 1;
    const right = RIGHT[k];
    units.push({
      items: right && i % 2 === 1 ? [...words(text, 40, y), ...words(right, 460, y)] : words(text, 40, y),
    });
    if (right && i % 2 === 0) units.push({ items: words(right, 460, y + 20) });
  });
  return units;
}

describe('a two-up sheet', () => {
  it('reads the left page whole, then the right page', () => {
    const texts = linesInReadingOrder(sheet(), 842, 595).map((line) => line.text);
    expect(texts).toEqual([...LEFT, ...RIGHT]);
  });

  it('is not split without the sheet height (a portrait page or an unknown size)', () => {
    const texts = linesInReadingOrder(sheet(), 842).map((line) => line.text);
    expect(texts).not.toEqual([...LEFT, ...RIGHT]);
  });

  it('leaves a landscape table with a wide free band between labels and figures', () => {
    const rows = ['Tjänsteresor', 'Konsultarvoden', 'Lokalhyror', 'Tolkkostnader', 'Kurser', 'Licenser'];
    const units: RecognizedUnit[] = rows.map((label, i) => ({
      items: [
        ...words(label, 40, 60 + 20 * i),
        ...words(`${i + 1},5 ${i + 2},0 ${i + 3},5`, 560, 60 + 20 * i),
      ],
    }));
    const texts = linesInReadingOrder(units, 842, 595).map((line) => line.text);
    expect(texts[0]).toContain('Tjänsteresor');
    expect(texts[0]).toContain('1,5');
  });
});
