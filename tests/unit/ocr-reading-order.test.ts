/**
 * Reading order of recognized text (tesseract lines, Textract LINEs) on a memo whose short right
 * column shares its rows with a long left one: the recognizer hands over lines that run across both
 * columns, and the text layer's column-region search splits them so the short column is read after
 * the long one. Tables stay row-wise. Also the section sign misread as "$" at a line break.
 */
import { describe, expect, it } from 'vitest';
import { linesInReadingOrder, type RecognizedUnit } from '../../parsers/ocr/reading-order.ts';
import type { TextItem } from '../../parsers/page-model.ts';

/** Word boxes as OCR gives them: ~5.2 pt per character, words 2.6 pt apart, x jittered by ±0.3 pt. */
function words(text: string, x: number, y: number, jitter = 0): TextItem[] {
  const items: TextItem[] = [];
  let cursor = x + jitter;
  for (const word of text.split(' ')) {
    const width = 5.2 * word.length;
    items.push({ text: word, x: cursor, y, width, height: 10, confidence: 0.9, spaceAfter: true });
    cursor += width + 2.6;
  }
  return items;
}

/** One recognized line: the words of the given parts (x, text), as tesseract joins them at a row. */
function unit(y: number, ...parts: Array<[number, string]>): RecognizedUnit {
  return { items: parts.flatMap(([x, text], i) => words(text, x, y, ((y + i) % 3) * 0.3 - 0.3)) };
}

const LEFT = [
  'Kostnaderna för inhyrd personal uppgick till',
  '44 212 tkr under perioden och statsbidraget',
  'beräknas till 76,3 mnkr för hela året nu.',
  'Helårsprognosen pekar mot ett underskott på',
  '74,1 mkr vilket är mer än vad som budgeterades',
  'i början av året för hela verksamheten här.',
  'Förvaltningen har sedan dess tagit fram nya',
  'åtgärder som tillsammans ska minska dem.',
];
const RIGHT = [
  '– att förklara paragrafen omedelbart justerad',
  '– att lägga den ekonomiska uppföljningen till',
  'handlingarna',
];

function memo(): RecognizedUnit[] {
  const units: RecognizedUnit[] = [unit(60, [57, 'Åtgärder inom hälso- och sjukvården i regionen'])];
  LEFT.forEach((text, i) => {
    const right = RIGHT[i];
    units.push(right ? unit(90 + 12 * i, [57, text], [309, right]) : unit(90 + 12 * i, [57, text]));
  });
  units.push(unit(200, [57, 'Beslutsförslag för nämnden att ta ställning till i sin helhet nu']));
  return units;
}

describe('OCR reading order with a short right column', () => {
  it('reads the short right column after the long left one, full-width lines in place', () => {
    const texts = linesInReadingOrder(memo(), 595).map((line) => line.text);
    expect(texts).toEqual([
      'Åtgärder inom hälso- och sjukvården i regionen',
      ...LEFT,
      ...RIGHT,
      'Beslutsförslag för nämnden att ta ställning till i sin helhet nu',
    ]);
  });

  it('keeps a table row-wise: a label column beside columns of figures', () => {
    const rows = [
      ['Sjukresor till länssjukhuset', '3,5', '8,9', '12,4'],
      ['Tolkkostnader inom vården', '9,7', '9,7', '19,4'],
      ['Senarelagd ombyggnad', '3,1', '3,1', '6,2'],
      ['Samlad mottagning för barn', '11,4', '11,4', '22,8'],
      ['Summa åtgärder', '27,7', '33,1', '60,8'],
    ];
    const units = rows.map(([label, a, b, c], i) =>
      unit(100 + 14 * i, [57, label as string], [330, a as string], [420, b as string], [500, c as string]),
    );
    const lines = linesInReadingOrder(units, 595);
    expect(lines.map((line) => line.segments.map((segment) => segment.text))).toEqual(rows);
  });
});

describe('OCR "$" read for "§"', () => {
  const read = (...rows: string[]): string[] =>
    linesInReadingOrder(
      rows.map((text, i) => unit(100 + 12 * i, [57, text])),
      595,
    ).map((line) => line.text);

  it('repairs "$" before a paragraph number, also across a line break', () => {
    expect(read('Ärendet bygger på beslut i Regionstyrelsen $', '203/2025. Förvaltningen har sedan')).toEqual(
      ['Ärendet bygger på beslut i Regionstyrelsen §', '203/2025. Förvaltningen har sedan'],
    );
    expect(read('enligt nämndens beslut $', '45 om budgeten för året')).toEqual([
      'enligt nämndens beslut §',
      '45 om budgeten för året',
    ]);
    expect(read('Regionfullmäktige beslutade ($ 129) att')).toEqual([
      'Regionfullmäktige beslutade (§ 129) att',
    ]);
  });

  it('leaves "$" before an amount, and "8" before a bare number, alone', () => {
    for (const rows of [
      ['licensen kostade $', '1 200 per år'],
      ['avtalet omfattar $ 5 miljoner'],
      ['kostnaden var $', '12 mkr'],
      ['totalt 8', '129 besök'],
      ['en avgift på $ 12,5 per resa'],
    ]) {
      expect(read(...rows)).toEqual(rows);
    }
  });
});

describe('figures of right-aligned columns read as one tesseract word run', () => {
  it('are cells of their own after a figure with decimals; "1 800 000" stays one', () => {
    const line = linesInReadingOrder(
      [unit(300, [57, 'Summa']), unit(300, [415, '87,45 42,6 67,65 55,75'])],
      595,
    )[0];
    expect(line?.segments.map((s) => s.text)).toEqual(['Summa', '87,45', '42,6', '67,65', '55,75']);
    const grouped = linesInReadingOrder([unit(320, [57, 'Kostnaden uppgick till 1 800 000 kr'])], 595)[0];
    expect(grouped?.segments.map((s) => s.text)).toEqual(['Kostnaden uppgick till 1 800 000 kr']);
  });
});
