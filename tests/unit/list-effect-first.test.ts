/**
 * List items that give the effect first and the measure after a dash ("• 1,2 mkr – Gemensam …", "• 0,3
 * mkr 2031, 0,5 mkr 2032 – …"): a bullet glyph before a figure still opens an item, and the title is what
 * follows the figures; a dash before a figure is not taken for a bullet (it may be a minus). Wording made
 * up for this test.
 */
import { describe, expect, it } from 'vitest';
import { parseMarker } from '../../parsers/extract/layout.ts';
import { analyzeText } from '../helpers/analyze-text.ts';

const effectsOf = (m: { effects: { year: number; amountMsek: number }[] }) =>
  Object.fromEntries(m.effects.map((e) => [e.year, e.amountMsek]));

describe('list items with the effect first', () => {
  it('opens an item at a bullet glyph before a figure, not at a dash before one', () => {
    expect(parseMarker('• 1,2 mkr – Gemensam upphandling av förbrukningsmaterial')?.kind).toBe('bullet');
    expect(parseMarker('– 1,2 mkr jämfört med budget')).toBeNull();
  });

  it('titles each item by the words after its figures', () => {
    const doc = analyzeText(`# Besparingar inom tandvården 2031–2032
## Åtgärder
Förvaltningen föreslår följande åtgärder (effekt per år):
• 1,2 mkr 2031 – Gemensam upphandling av förbrukningsmaterial
• 0,3 mkr 2031, 0,5 mkr 2032 – Färre behandlingsrum på kvällstid
• 0,7 mkr 2032: Samordnad röntgen för två kliniker
`);
    expect(doc.measures.map((m) => [m.title, effectsOf(m)])).toEqual([
      ['Gemensam upphandling av förbrukningsmaterial', { 2031: 1.2 }],
      ['Färre behandlingsrum på kvällstid', { 2031: 0.3, 2032: 0.5 }],
      ['Samordnad röntgen för två kliniker', { 2032: 0.7 }],
    ]);
  });
});
