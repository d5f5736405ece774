/**
 * A row of year column heads read by OCR with a speck glued to one year ("Insats 2030 «2031 2032"): the
 * year is a column head again. A quoted year in a sentence, a bracketed year and a year alone stay as
 * read. Made-up wording.
 */
import { describe, expect, it } from 'vitest';
import { repairYearHeads } from '../../parsers/ocr/repair.ts';
import type { TextItem } from '../../parsers/page-model.ts';

function words(text: string): TextItem[] {
  let x = 60;
  return text.split(' ').map((t) => {
    const item = { text: t, x, y: 100, width: 5 * t.length, height: 10, confidence: 0.7, spaceAfter: true };
    x += 5 * t.length + 3;
    return item;
  });
}
const text = (items: TextItem[]) => items.map((i) => i.text).join(' ');

describe('a speck glued to a year head', () => {
  it('is dropped when the line holds another year', () => {
    expect(text(repairYearHeads(words('Insats 2030 «2031 2032')))).toBe('Insats 2030 2031 2032');
    expect(text(repairYearHeads(words('Insats 2030) 2031)')))).toBe('Insats 2030 2031');
    expect(text(repairYearHeads(words("Förslag „2030 2031' 2032")))).toBe('Förslag 2030 2031 2032');
  });

  it('keeps the word confidence of the repaired year', () => {
    const [, , year] = repairYearHeads(words('Insats 2030 ’2031'));
    expect(year?.text).toBe('2031');
    expect(year?.confidence).toBe(0.7);
  });

  it('leaves a quoted year in prose, a bracketed year and a line of one year', () => {
    const quoted = words('planen kallas «2031» i texten');
    expect(repairYearHeads(quoted)).toBe(quoted);
    const bracketed = words('Insats 2030 (2031)');
    expect(text(repairYearHeads(bracketed))).toBe('Insats 2030 (2031)');
    const comma = words('år 2030 och 2031,');
    expect(text(repairYearHeads(comma))).toBe('år 2030 och 2031,');
  });
});

describe('a year head read as its neighbour', () => {
  it('between y and y + 2 is y + 1, with a low confidence', () => {
    const items = repairYearHeads(words('Insats 2031 2031 2033'));
    expect(text(items)).toBe('Insats 2031 2032 2033');
    expect(items[2]?.confidence).toBeLessThan(0.5);
    expect(text(repairYearHeads(words('Insats 2031 2033 2033')))).toBe('Insats 2031 2032 2033');
  });

  it('leaves years that skip one, and a repeated year without a year two on', () => {
    const skip = words('Utfall 2030 2031 2033');
    expect(repairYearHeads(skip)).toBe(skip);
    const twice = words('Kostnad 2031 2031 2032');
    expect(repairYearHeads(twice)).toBe(twice);
  });
});
