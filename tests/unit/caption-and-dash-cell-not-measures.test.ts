/**
 * Lines of a table the readers could not take, under a heading about measures: the table's caption
 * ("Tabell 3. …") names no measure, and a line that starts with a dash cell before figures ("– −1,2
 * 1,2") is a row's cells, not a bulleted item. Wording made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { parseMarker } from '../../parsers/extract/layout.ts';
import type { TextItem } from '../../parsers/page-model.ts';
import { analyzeItems } from '../helpers/item-pages.ts';

const at = (text: string, x: number, y: number, size = 10, bold = false): TextItem => ({
  text,
  x,
  y,
  width: text.length * size * 0.5,
  height: size,
  ...(bold ? { bold: true } : {}),
});

describe('table remnants under a heading about measures', () => {
  it('takes a dash before a figure or a minus for an empty cell, not a marker', () => {
    expect(parseMarker('– −1,2 1,2')).toBeNull();
    expect(parseMarker('– 0,8')).toBeNull();
    expect(parseMarker('– Samordnad tolkservice')?.kind).toBe('bullet');
  });

  it('reads no measure from a table caption set as a sub-heading', () => {
    const doc = analyzeItems([
      at('Sparplan för tandvården 2031', 50, 60, 15, true),
      at('Bakgrund', 50, 100, 11, true),
      at('Nämndens prognos visar ett underskott på 6,1 mkr.', 50, 116, 10),
      at('Åtgärdernas ekonomiska effekt', 50, 150, 11, true),
      at('Tabell 3. Förändring 2031 jämfört med prognosen, mkr', 50, 170, 10, true),
      at('Åtgärd', 53, 192, 8.5, true),
      at('Resultat', 480, 192, 8.5, true),
      at('Avveckling av inhyrd personal', 53, 210, 8.5),
      at('1,2', 490, 210, 8.5),
      at('Färre konsultuppdrag', 53, 226, 8.5),
      at('0,4', 490, 226, 8.5),
    ]);
    expect(doc.measures.filter((m) => m.title.startsWith('Tabell'))).toEqual([]);
  });
});
