/**
 * Two borderless tables set side by side on a landscape page, their rows on the page's shared lines (the
 * years run twice on the header line): each is read on its own, the left one going on below the right
 * one; when a line of prose runs across both, they stay told, not read. Wording and figures made up for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import type { Page, TextItem } from '../../parsers/page-model.ts';
import { buildLines } from '../../parsers/pdf/lines.ts';

const SIZE = 8;
const at = (text: string, x: number, y: number, right = false): TextItem => {
  const width = text.length * SIZE * 0.5;
  return { text, x: right ? x - width : x, y, width, height: SIZE };
};
const INFO = { title: null, author: null, subject: null, creationDate: null, producer: null };
const analyze = (items: TextItem[]) => {
  const page: Page = {
    number: 1,
    width: 842,
    height: 595,
    source: 'text',
    items,
    lines: buildLines(items),
    tables: [],
  };
  return analyzePages([page], { fileName: 'test.pdf', info: INFO });
};

/** Left table: titles at 50, figures right-aligned at 300 and 360; right table: titles at 420, figures at 690 and 760. */
function items(across?: string, rightUnit = 'mkr'): TextItem[] {
  return [
    at('Region Gävleborg', 50, 40),
    at('Tabell A. Insatser inom länets primärvård (mkr)', 50, 80),
    // The right caption starts a little left of its table's first column, as a producer sets it.
    at(`Tabell B. Insatser inom psykiatrin (${rightUnit})`, 414, 80),
    at('Insats', 50, 98),
    at('2031', 300, 98, true),
    at('2032', 360, 98, true),
    at('Insats', 420, 98),
    at('2031', 690, 98, true),
    at('2032', 760, 98, true),
    at('Digital första linje', 50, 114),
    at('1,2', 300, 114, true),
    at('1,6', 360, 114, true),
    at('Färre externa konsulter', 420, 114),
    at('0,9', 690, 114, true),
    at('1,1', 760, 114, true),
    at('Samlad labbtransport för', 50, 128),
    at('0,4', 300, 128, true),
    at('0,5', 360, 128, true),
    at('Gemensam vårdplatskoordinator', 420, 128),
    at('0,6', 690, 128, true),
    at('0,8', 760, 128, true),
    at('vårdcentralerna', 50, 141),
    ...(across ? [at(across, 50, 134)] : []),
    at('Summa', 420, 141),
    at('1,5', 690, 141, true),
    at('1,9', 760, 141, true),
    at('Summa', 50, 156),
    at('1,6', 300, 156, true),
    at('2,1', 360, 156, true),
    at('Nämnden föreslås besluta att godkänna båda planerna.', 50, 200),
  ];
}

describe('two borderless tables side by side', () => {
  it('reads each table, the left one going on below the right one', () => {
    const doc = analyze(items());
    expect(doc.measures.map((m) => [m.title, m.effects.map((e) => [e.year, e.amountMsek])])).toEqual([
      [
        'Digital första linje',
        [
          [2031, 1.2],
          [2032, 1.6],
        ],
      ],
      [
        'Samlad labbtransport för vårdcentralerna',
        [
          [2031, 0.4],
          [2032, 0.5],
        ],
      ],
      [
        'Färre externa konsulter',
        [
          [2031, 0.9],
          [2032, 1.1],
        ],
      ],
      [
        'Gemensam vårdplatskoordinator',
        [
          [2031, 0.6],
          [2032, 0.8],
        ],
      ],
    ]);
    expect(doc.warnings.filter((w) => w.code === 'TABLE_UNPARSED')).toEqual([]);
  });

  it('tells the tables, not read, when a line runs across the gap between them', () => {
    const doc = analyze(
      items(
        'Not: beloppen i båda tabellerna avser helårseffekt jämfört med budget för året före planperioden',
      ),
    );
    expect(doc.measures.flatMap((m) => m.effects)).toEqual([]);
    expect(doc.warnings.some((w) => w.code === 'TABLE_UNPARSED')).toBe(true);
  });

  it('tells the tables, not read, when their captions name different units', () => {
    const doc = analyze(items(undefined, 'tkr'));
    expect(doc.measures.flatMap((m) => m.effects)).toEqual([]);
    expect(doc.warnings.some((w) => w.code === 'TABLE_UNPARSED')).toBe(true);
  });

  it('cuts after the sum column of the left table, not at it', () => {
    const withSum = items().flatMap((item) => {
      // The left table gains a "Summa" column at 400 (the right one starts at 420 → moved to 470).
      const moved = item.x >= 400 ? { ...item, x: item.x + 50 } : item;
      if (item.text === '2032' && item.x < 400) return [moved, at('Summa', 404, item.y)];
      return [moved];
    });
    const rows = new Map([
      [114, '2,8'],
      [128, '0,9'],
    ]);
    for (const [y, sum] of rows) withSum.push(at(sum, 430, y, true));
    const doc = analyze(withSum);
    expect(doc.measures.map((m) => m.title)).toEqual([
      'Digital första linje',
      'Samlad labbtransport för vårdcentralerna',
      'Färre externa konsulter',
      'Gemensam vårdplatskoordinator',
    ]);
  });
});
