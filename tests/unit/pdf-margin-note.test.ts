/**
 * A note set in the right margin beside a block of text — a pull-quote beside a paragraph, a remark
 * beside a table's rows — in a smaller size and on baselines of its own. Grouped with the lines it stands
 * beside, its words run into theirs ("… 4,5  Varav engångs-"); it is read as lines of its own after the
 * block. A table column in a small size, on its rows' baselines, stays in its rows. Items are placed by
 * hand; the wording is made up for this test.
 */
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../parsers/page-model.ts';
import { buildLines } from '../../parsers/pdf/lines.ts';

const at = (text: string, x: number, y: number, width: number, height: number): TextItem => ({
  text,
  x,
  y,
  width,
  height,
});

const PROSE = [
  'Ambulansverksamheten har under året haft fler',
  'uppdrag än planerat, främst nattetid och under',
  'helger. Kostnaderna för övertid har därför ökat',
  'och bemanningen har förstärkts med två bilar',
  'under sommarmånaderna i kustkommunerna.',
];
const NOTE = ['Merkostnad för', 'sommarbilarna:', 'drygt 3,2 miljoner', 'kronor'];

function page(noteTop: number): TextItem[] {
  const items: TextItem[] = [at('Ambulanssjukvården', 60, 60, 160, 12)];
  PROSE.forEach((t, i) => {
    items.push(at(t, 60, 90 + i * 14, 300, 10));
  });
  NOTE.forEach((t, i) => {
    items.push(at(t, 420, noteTop + i * 10, 80, 7.5));
  });
  items.push(at('Nästa stycke börjar här efter en tom rad.', 60, 90 + PROSE.length * 14 + 20, 220, 10));
  return items;
}

describe('a note in the right margin', () => {
  it('is read after the paragraph it stands beside, its lines whole', () => {
    const lines = buildLines(page(97)).map((line) => line.text);
    expect(lines).toEqual([
      'Ambulanssjukvården',
      ...PROSE,
      ...NOTE,
      'Nästa stycke börjar här efter en tom rad.',
    ]);
  });

  it('leaves a small-size column that shares the rows’ baselines in its rows', () => {
    const items: TextItem[] = [];
    const rows = [
      ['Ambulans nattetid', '2,1', 'fler larm'],
      ['Sommarbilar', '3,2', 'två bilar'],
      ['Helgbemanning', '1,4', 'övertid'],
    ];
    rows.forEach((r, i) => {
      const y = 100 + i * 14;
      // The remark column in 8 pt set on the row's baseline (its bottom at the row's bottom).
      items.push(
        at(r[0] as string, 60, y, 120, 10),
        at(r[1] as string, 300, y, 18, 10),
        at(r[2] as string, 420, y + 2, 60, 8),
      );
    });
    items.push(at('Kostnaderna redovisas i mkr och avser helår.', 60, 160, 230, 10));
    const lines = buildLines(items).map((line) => line.text);
    expect(lines[0]).toContain('fler larm');
    expect(lines[1]).toContain('två bilar');
  });
});
