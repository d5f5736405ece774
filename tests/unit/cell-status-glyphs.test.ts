/**
 * A status light or check mark set as a glyph in the same cell as a year's figure ("4,4 ●", "■ 1,2",
 * "0,9 ✔", a symbol font's private-use glyph): the icon is decoration, the figure is read. An icon alone
 * is no effect. Wording and figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseValue } from '../../parsers/extract/tables.ts';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';
import { pagesFromText, withRuledTable } from '../helpers/text-pages.ts';

describe('status glyphs beside table figures', () => {
  it('reads the figure beside a light, a square, a check mark or a private-use glyph', () => {
    expect(parseValue('4,4 ●', 'mkr')).toEqual({ amountMsek: 4.4, raw: '4,4' });
    expect(parseValue('■ 1,2', 'mkr')).toMatchObject({ amountMsek: 1.2 });
    expect(parseValue('−0,9 ✔', 'mkr')).toMatchObject({ amountMsek: -0.9 });
    expect(parseValue('350 \uF06C', 'tkr')).toMatchObject({ amountMsek: 0.35 });
    expect(parseValue('(2,5) 🟡', 'mkr')).toMatchObject({ amountMsek: -2.5 });
  });

  it('takes an icon alone as no effect and leaves an arrow unread', () => {
    expect(parseValue('●', 'mkr')).toBeNull();
    expect(parseValue('1,5 ↑', 'mkr')).toBe('unread');
  });

  it('never takes off a glyph that may say something of the figure: arrows, heavy signs, crosses', () => {
    for (const cell of ['1,5 ↗', '↘ 0,4', '2,0 ➡', '➖ 2,0', '➕ 1,0', '3,1 ✗', '0,7 ✘', '1,2 ⚠']) {
      expect(parseValue(cell, 'mkr'), cell).toBe('unread');
    }
  });

  it('keeps every year of a ruled table whose last column carries the lights', () => {
    const rows = [
      ['Åtgärd', '2031', '2032'],
      ['Gemensam tvätt för tre sjukhus', '0,8', '1,6 ●'],
      ['Färre inhyrda sjukgymnaster', '1,1', '1,3 ■'],
      ['Summa', '1,9', '2,9'],
    ];
    const text = `## Åtgärder inom rehabiliteringen\nTabell 2. Åtgärder per år, mkr\n${rows.map((r) => r.join('    ')).join('\n')}\n\nÅtgärderna följs upp varje tertial.\n`;
    const doc = analyzeText(withRuledTable(pagesFromText(text), rows));
    expect(effectsByTitle(doc)).toEqual([
      [
        'Gemensam tvätt för tre sjukhus',
        [
          [2031, 0.8],
          [2032, 1.6],
        ],
      ],
      [
        'Färre inhyrda sjukgymnaster',
        [
          [2031, 1.1],
          [2032, 1.3],
        ],
      ],
    ]);
  });
});
