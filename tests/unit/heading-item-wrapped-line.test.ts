/**
 * A numbered measure set as a heading ("Åtgärd 2: …", bold and larger than the body) whose title wraps:
 * the wrapped line, set alike right under it, is the rest of the item's title, not a heading of its own
 * (which would take the item's effect sentence for a measure named "(etapp 2)"). Layout made up for this
 * test.
 */
import { describe, expect, it } from 'vitest';
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

describe('a heading-styled numbered item whose title wraps', () => {
  it('keeps the wrapped line in the item', () => {
    const doc = analyzeItems([
      at('Åtgärdsplan för Region Kronoberg 2031', 60, 50, 18, true),
      at('Förvaltningen har tagit fram åtgärder för att nå en ekonomi i balans under året och', 60, 70, 10),
      at('redovisar dem här med beräknad effekt per år jämfört med nuvarande kostnadsnivå.', 60, 82, 10),
      at('Åtgärder', 60, 100, 14, true),
      at(
        'Åtgärd 1: Gemensam upphandling av förbrukningsmaterial för samtliga vårdcentraler',
        60,
        120,
        13,
        true,
      ),
      at('(etapp 2)', 60, 136, 13, true),
      at('Arbetet följs upp varje månad i ledningsgruppen.', 60, 160, 10),
      at('Beräknad effekt 2031: 1,3 mkr.', 60, 176, 10),
      at('Åtgärd 2: Samlad nattjour på länssjukhuset', 60, 206, 13, true),
      at('Beräknad effekt 2031: 0,7 mkr.', 60, 226, 10),
    ]);
    const read = doc.measures.map((m) => [m.title, m.effects.map((e) => [e.year, e.amountMsek])]);
    expect(read).toContainEqual([
      'Gemensam upphandling av förbrukningsmaterial för samtliga vårdcentraler (etapp 2)',
      [[2031, 1.3]],
    ]);
    expect(read.some(([title]) => /^\(etapp 2\)/.test(String(title)))).toBe(false);
  });
});
