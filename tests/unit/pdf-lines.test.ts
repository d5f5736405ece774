import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../parsers/page-model.ts';
import { buildLines, columnsOf, findGutter, isNumericSegment } from '../../parsers/pdf/lines.ts';

/** An item as the text layer gives it: width from a rough 0.5 em per character unless stated. */
function item(text: string, x: number, y: number, size = 10, extra: Partial<TextItem> = {}): TextItem {
  return { text, x, y, width: extra.width ?? text.length * size * 0.5, height: size, ...extra };
}

/** Items of one line of words, placed with a word space (0.3 em) between them. */
function words(text: string, x: number, y: number, size = 10): TextItem[] {
  const out: TextItem[] = [];
  let cursor = x;
  for (const word of text.split(' ')) {
    const next = item(word, cursor, y, size);
    out.push(next);
    cursor += next.width + 0.3 * size;
  }
  return out;
}

const texts = (lines: ReturnType<typeof buildLines>): string[] => lines.map((line) => line.text);

describe('buildLines', () => {
  it('returns no lines for no items or whitespace-only items', () => {
    expect(buildLines([])).toEqual([]);
    expect(buildLines([item('  ', 10, 10), item('', 30, 10)])).toEqual([]);
  });

  it('glues pieces of a split word and spaces words by the visible gap', () => {
    const lines = buildLines([
      item('Hyr', 50, 100, 10, { width: 15 }),
      item('bemanning', 65.4, 100, 10, { width: 45 }), // 0.04 em: the same word
      item('minskar', 113, 100, 10, { width: 35 }), // 0.3 em: a word space
    ]);
    expect(texts(lines)).toEqual(['Hyrbemanning minskar']);
  });

  it('honours a space the producer emitted even when the gap is tight', () => {
    const lines = buildLines([
      item('ekonomi', 50, 100, 10, { width: 35, spaceAfter: true }),
      item('i', 85.5, 100, 10, { width: 3, spaceAfter: true }),
      item('balans', 89, 100, 10, { width: 30 }),
    ]);
    expect(texts(lines)).toEqual(['ekonomi i balans']);
  });

  it('orders items left to right and lines top to bottom whatever the input order', () => {
    const input = [...words('andra raden här', 50, 130), ...words('första raden', 50, 100)].reverse();
    expect(texts(buildLines(input))).toEqual(['första raden', 'andra raden här']);
  });

  it('keeps a superscript or footnote mark on its line', () => {
    const lines = buildLines([
      ...words('Kostnaden för inhyrd personal', 50, 100, 10),
      item('1', 200, 97, 6), // raised, smaller
      ...words('ökade kraftigt', 206, 100, 10),
      ...words('Nästa rad', 50, 114, 10),
    ]);
    expect(texts(lines)).toEqual(['Kostnaden för inhyrd personal 1 ökade kraftigt', 'Nästa rad']);
    expect(lines[0]?.fontSize).toBe(10);
  });

  it('follows a slightly skewed line (a scan turned half a degree)', () => {
    const skewed = words(
      'Regionstyrelsen beslutar att anta handlingsplanen för ekonomi i balans',
      50,
      100,
    ).map((w) => ({ ...w, y: w.y + (w.x - 50) * 0.009 }));
    const below = words('Förslag till beslut', 50, 116);
    const lines = buildLines([...skewed, ...below]);
    expect(texts(lines)).toEqual([
      'Regionstyrelsen beslutar att anta handlingsplanen för ekonomi i balans',
      'Förslag till beslut',
    ]);
  });

  it('does not merge two lines that are close but do not overlap by half a line', () => {
    const lines = buildLines([...words('övre', 50, 100), ...words('undre', 50, 106)]);
    expect(lines).toHaveLength(2);
  });

  it('splits a line into segments at gaps wider than 1.5 em, text joined by two spaces', () => {
    const lines = buildLines([
      ...words('a) Minskad hyrbemanning', 50, 100),
      ...words('50 mkr mindre 2024 än 2023', 330, 100),
    ]);
    expect(lines).toHaveLength(1);
    const line = lines[0];
    expect(line?.segments.map((segment) => segment.text)).toEqual([
      'a) Minskad hyrbemanning',
      '50 mkr mindre 2024 än 2023',
    ]);
    expect(line?.text).toBe('a) Minskad hyrbemanning  50 mkr mindre 2024 än 2023');
    expect(line?.segments[1]?.x).toBe(330);
    expect(line?.x).toBe(50);
    expect(line?.segments[0]?.width).toBeCloseTo(111, 0);
  });

  it('keeps a gap of one em inside a segment (justified text)', () => {
    const lines = buildLines([
      item('Totalt', 50, 100, 10, { width: 30 }),
      item('för', 90, 100, 10, { width: 15 }),
    ]);
    expect(lines[0]?.segments).toHaveLength(1);
    expect(lines[0]?.text).toBe('Totalt för');
  });

  it('takes the font size carrying most characters and bold from the majority of characters', () => {
    const lines = buildLines([
      item('Sjukresor', 50, 100, 9.5, { bold: true }),
      item('(6 insatser):', 100, 100, 9.5, { bold: true }),
      item('x', 170, 99, 12),
    ]);
    expect(lines[0]?.fontSize).toBe(9.5);
    expect(lines[0]?.bold).toBe(true);
    const mostlyPlain = buildLines([
      item('Rubrik', 50, 100, 10, { bold: true }),
      item('och en lång brödtext', 85, 100),
    ]);
    expect(mostlyPlain[0]?.bold).toBe(false);
  });

  it('reports the lowest confidence of OCR items on the line, and none for the text layer', () => {
    const ocr = buildLines([
      item('8,9', 50, 100, 10, { confidence: 0.62 }),
      item('mkr', 68, 100, 10, { confidence: 0.97 }),
    ]);
    expect(ocr[0]?.confidence).toBe(0.62);
    expect(buildLines([item('text', 50, 100)])[0]?.confidence).toBeUndefined();
  });

  it('gives line boxes from the items', () => {
    const [line] = buildLines([
      item('Läkemedel', 60, 200, 12, { width: 58 }),
      item('5', 300, 201, 10, { width: 6 }),
    ]);
    expect(line?.x).toBe(60);
    expect(line?.y).toBe(200);
    expect(line?.width).toBe(246);
    expect(line?.height).toBe(12);
  });
});

/** A two-column page: heading across, then prose in two columns with rows at the same heights. */
function twoColumnPage(): { items: TextItem[]; left: string[]; right: string[] } {
  const left = Array.from({ length: 14 }, (_, i) => `vänster rad ${i + 1} om vårdplatser och bemanningen`);
  const right = Array.from({ length: 14 }, (_, i) => `höger rad ${i + 1} om läkemedel och köpt vård här`);
  const items: TextItem[] = [...words('Ekonomi i balans för hälso- och sjukvården i regionen', 50, 60, 14)];
  for (const [i, text] of left.entries()) items.push(...words(text, 50, 100 + i * 13, 9));
  for (const [i, text] of right.entries()) items.push(...words(text, 310, 100 + i * 13, 9));
  items.push(...words('Sammanfattning över hela sidans bredd efter de två spalterna', 50, 300, 12));
  return { items, left, right };
}

describe('two-column pages', () => {
  it('finds the gutter and reads left column, right column, then what follows across', () => {
    const { items, left, right } = twoColumnPage();
    const gutter = findGutter(items);
    expect(gutter).not.toBeNull();
    expect(gutter?.left).toBeGreaterThan(240);
    expect(gutter?.right).toBeLessThanOrEqual(312);
    expect(texts(buildLines(items))).toEqual([
      'Ekonomi i balans för hälso- och sjukvården i regionen',
      ...left,
      ...right,
      'Sammanfattning över hela sidans bredd efter de två spalterna',
    ]);
  });

  it('reads straight across when column detection is off', () => {
    const { items } = twoColumnPage();
    const lines = buildLines(items, { detectColumns: false });
    expect(lines[1]?.segments).toHaveLength(2);
    expect(lines[1]?.text).toBe(
      'vänster rad 1 om vårdplatser och bemanningen  höger rad 1 om läkemedel och köpt vård här',
    );
  });

  it('keeps the rows of a borderless table together (numbers are not a text column)', () => {
    const items: TextItem[] = [];
    const titles = [
      'Minskad hyrbemanning inom division medicin',
      'Sjukresor (6 insatser)',
      'Ambulans, ambulansflyg och ambulanshelikopter',
      'Larmcentral (5 insatser)',
      'Läkemedel',
      'Översyn av intäkter från patientavgifter',
      'Samordna första linjens psykiatri',
      'Utvärdering av Närakuten i Ludvika',
      'Lokaler och investeringar',
      'Digitala vårdmöten',
      'Totalt',
    ];
    titles.forEach((title, r) => {
      const y = 100 + r * 14;
      items.push(...words(title, 50, y, 9));
      ['3,5', '8,9', '12,0'].forEach((value, c) => {
        const right = 380 + c * 60;
        items.push(item(value, right - value.length * 4.5, y, 9));
      });
    });
    expect(findGutter(items)).toBeNull();
    const lines = buildLines(items);
    expect(lines).toHaveLength(titles.length);
    expect(lines.map((line) => line.segments.map((segment) => segment.text))).toEqual(
      titles.map((title) => [title, '3,5', '8,9', '12,0']),
    );
  });

  it('finds no gutter on a single-column page of prose', () => {
    const items: TextItem[] = [];
    for (let i = 0; i < 30; i++)
      items.push(
        ...words(
          'Hälso- och sjukvårdsnämnden redovisar en negativ budgetavvikelse för året',
          50,
          80 + i * 13,
        ),
      );
    expect(findGutter(items)).toBeNull();
  });
});

describe('numeric columns', () => {
  it('recognises numeric segments and rejects words', () => {
    for (const text of ['8,9', '-973', '− 210', '+ 56', '1 234,5', '12 %', '50 mkr', '(3,5)', '2024']) {
      expect(isNumericSegment(text), text).toBe(true);
    }
    for (const text of ['Totalt', '8,9 mkr mindre 2024', 'Mnkr', '', 'a)']) {
      expect(isNumericSegment(text), text).toBe(false);
    }
  });

  it('clusters right edges of numbers into columns, ignoring lone numbers', () => {
    const items: TextItem[] = [];
    const rows = [
      ['Sjukresor', '3,5', '8,9', '8,9'],
      ['Ambulans', '', '11,5', '17,5'],
      ['Larmcentral', '', '3', '5,5'],
      ['Totalt', '3,5', '23,4', '31,9'],
    ];
    rows.forEach((row, r) => {
      const y = 100 + r * 14;
      items.push(item(row[0] as string, 50, y, 9));
      row.slice(1).forEach((value, c) => {
        if (value) items.push(item(value, 418 + c * 54 - value.length * 4.5, y, 9));
      });
    });
    items.push(item('Sidan 6 av 11', 250, 800, 9)); // prose, not a column
    const lines = buildLines(items);
    const columns = columnsOf(lines);
    expect(columns.map((column) => Math.round(column.right))).toEqual([418, 472, 526]);
    expect(columns.map((column) => column.count)).toEqual([2, 4, 4]);
    expect(columns[1]?.left).toBeCloseTo(472 - 18, 5);
    expect(columnsOf(lines, { minCount: 3 }).map((column) => Math.round(column.right))).toEqual([472, 526]);
  });
});

describe('number columns closer than the segment gap', () => {
  const titles = ['Minskad hyrbemanning inom medicin', 'Sjukresor', 'Läkemedel och förbrukning', 'Totalt'];

  it('splits before numbers that share a tab stop on three or more lines', () => {
    const items: TextItem[] = [];
    titles.forEach((title, r) => {
      const y = 100 + r * 14;
      items.push(...words(title, 50, y, 10));
      // Left-aligned numbers at x=220: for the long title the gap is only ~0.6 em.
      items.push(item(['8,9', '3,5', '4', '16,4'][r] as string, 220, y, 10));
      items.push(item(['12', '8,9', '5', '25,9'][r] as string, 270, y, 10));
    });
    const lines = buildLines(items);
    expect(lines.map((line) => line.segments.map((segment) => segment.text))).toEqual([
      ['Minskad hyrbemanning inom medicin', '8,9', '12'],
      ['Sjukresor', '3,5', '8,9'],
      ['Läkemedel och förbrukning', '4', '5'],
      ['Totalt', '16,4', '25,9'],
    ]);
  });

  it('leaves numbers in running text alone', () => {
    const items: TextItem[] = [
      ...words('Kostnaderna ökade med 12 procent under året', 50, 100),
      ...words('och 2023 var underskottet 400 miljoner', 50, 114),
      ...words('medan prognosen för 2024 pekar på 600', 50, 128),
    ];
    const lines = buildLines(items);
    expect(lines.every((line) => line.segments.length === 1)).toBe(true);
  });
});

describe('justified prose', () => {
  it('keeps a stretched justified line as one segment', () => {
    // Word spaces of 16 pt at 9 pt type: wider than the segment gap, but all equal.
    const pieces = ['patienter', 'samt', 'negativ', 'påverkan', 'på'];
    const items: TextItem[] = [];
    let x = 50;
    for (const text of pieces) {
      const next = item(text, x, 100, 9);
      items.push(next);
      x += next.width + 16;
    }
    const [line] = buildLines(items);
    expect(line?.segments.map((segment) => segment.text)).toEqual(['patienter samt negativ påverkan på']);
  });

  it('keeps a two-word justified line whole when its neighbours span the same measure', () => {
    const lines = buildLines([
      item('Förvaltningen föreslår patientsäkerhetsarbete,', 50, 100, 9, { width: 239 }),
      item('vårdplatssamordning', 50, 113, 9, { width: 95 }),
      item('och', 272, 113, 9, { width: 17 }),
      item('samverkansöverenskommelser med kommunerna i', 50, 126, 9, { width: 239 }),
    ]);
    expect(lines.map((line) => line.segments.length)).toEqual([1, 1, 1]);
    expect(lines[1]?.text).toBe('vårdplatssamordning och');
    // A label and its value beside prose of another width stay two segments.
    const form = buildLines([
      item('Diarienummer', 50, 100, 9, { width: 60 }),
      item('RS2025-0147', 200, 100, 9, { width: 50 }),
      item('Handläggare vid regionkansliet', 50, 113, 9, { width: 140 }),
    ]);
    expect(form[0]?.segments).toHaveLength(2);
  });

  it('still splits rows whose gaps differ or whose cells are numbers', () => {
    const unequal = buildLines([item('Ja', 50, 100), item('Nej', 100, 100), item('Kanske', 200, 100)]);
    expect(unequal[0]?.segments).toHaveLength(3);
    const numbers = buildLines([item('2023', 50, 100), item('2024', 90, 100), item('2025', 130, 100)]);
    expect(numbers[0]?.segments).toHaveLength(3);
  });
});

describe('overprinted text', () => {
  it('reads text printed twice at nearly the same place once, as bold', () => {
    const lines = buildLines([
      item('Förslag till beslut', 50, 100, 12, { width: 110 }),
      item('Förslag till beslut', 50.4, 100.2, 12, { width: 110 }),
      item('Regionstyrelsen beslutar', 50, 120, 10, { width: 120 }),
    ]);
    expect(lines.map((line) => [line.text, line.bold])).toEqual([
      ['Förslag till beslut', true],
      ['Regionstyrelsen beslutar', false],
    ]);
  });

  it('keeps the same words on different lines', () => {
    const lines = buildLines([item('Totalt', 50, 100), item('Totalt', 50, 140)]);
    expect(lines).toHaveLength(2);
  });
});

describe('hostile geometry', () => {
  it('handles an item millions of points wide (the test timeout guards the gutter search)', () => {
    const items: TextItem[] = [];
    for (let i = 0; i < 40; i++)
      items.push(...words(`rad ${i} med vanlig text om budgeten`, 50, 80 + i * 13));
    items.push(item('x', 60, 600, 10, { width: 7e8 }));
    const lines = buildLines(items);
    expect(lines).toHaveLength(41);
  });
});
