/**
 * A handwritten tick or check mark in the left margin before a numbered point: OCR reads it as a short
 * word of no digits ("Vv", "/", "J"), on the point's line or as a line of its own that reading order
 * puts in front of the point. It is no word of the point: the marker must still open the line. A word
 * a space before a marker, a § before a number and a digit are kept. Made-up wording.
 */
import { describe, expect, it } from 'vitest';
import { linesInReadingOrder, type RecognizedUnit } from '../../parsers/ocr/reading-order.ts';
import { dropMarginMark } from '../../parsers/ocr/repair.ts';
import type { TextItem } from '../../parsers/page-model.ts';

function words(text: string, x: number, y: number, height = 10): TextItem[] {
  const items: TextItem[] = [];
  let cursor = x;
  for (const word of text.split(' ')) {
    const width = 5.2 * word.length;
    items.push({ text: word, x: cursor, y, width, height, confidence: 0.9, spaceAfter: true });
    cursor += width + 2.6;
  }
  return items;
}

describe('a tick in the margin before a numbered point', () => {
  it('is dropped when it stands far to the left of the marker', () => {
    const line = [...words('J', 30, 200, 16), ...words('b) anta riktlinjerna för tolktjänst', 90, 200)];
    expect(dropMarginMark(line).map((i) => i.text)).toEqual([
      'b)',
      'anta',
      'riktlinjerna',
      'för',
      'tolktjänst',
    ]);
  });

  it('keeps a word a space before a marker, a § and a digit', () => {
    const near = words('Se 3. nedan', 72, 200);
    expect(dropMarginMark(near)).toBe(near);
    const sign = [...words('§', 30, 200), ...words('4. Val av justerare', 90, 200)];
    expect(dropMarginMark(sign)).toBe(sign);
    const digit = [...words('12', 30, 200), ...words('4. Val av justerare', 90, 200)];
    expect(dropMarginMark(digit)).toBe(digit);
  });

  it('is dropped when OCR gave it a line of its own beside the point', () => {
    const units: RecognizedUnit[] = [
      { items: words('Nämnden beslutar', 72, 180) },
      { items: words('1. anta riktlinjerna för tolktjänst,', 90, 200) },
      { items: words('Vv', 28, 198, 17) },
      { items: words('2. ge direktören i uppdrag att följa upp.', 90, 220) },
    ];
    const texts = linesInReadingOrder(units, 595).map((l) => l.text);
    expect(texts).toContain('1. anta riktlinjerna för tolktjänst,');
    expect(texts.some((t) => t.startsWith('Vv'))).toBe(false);
  });
});
