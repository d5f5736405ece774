/**
 * A list whose lead-in states that its figures are cost changes ("minus = lägre kostnad, plus = högre
 * kostnad"), its items indented without written markers and each ending with its figure: each line is an
 * item, a printed minus is a saving and a printed plus a higher cost (negative effect). Wording made up
 * for this test.
 */
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../parsers/page-model.ts';
import { analyzeItems } from '../helpers/item-pages.ts';

const at = (text: string, x: number, y: number, size = 10, bold = false): TextItem => ({
  text,
  x,
  y,
  width: text.length * size * 0.47,
  height: size,
  ...(bold ? { bold: true } : {}),
});

describe('a list under a stated cost sign convention', () => {
  it('reads each line as an item and signs its figure by the convention', () => {
    const doc = analyzeItems([
      at('Sparåtgärder inom rättspsykiatrin 2031', 50, 60, 15, true),
      at('Åtgärder', 50, 100, 11, true),
      at('Åtgärdernas påverkan på kostnaderna 2031 (minus = lägre kostnad, plus = högre kostnad):', 50, 118),
      at('Samordnad nattbemanning på två avdelningar: −0,9 mkr', 80, 136),
      at('Nytt journalsystem, licenskostnad: +0,4 mkr', 80, 150),
      at('Färre externa utredningar: −1,6 mkr', 80, 164),
    ]);
    expect(doc.measures.map((m) => [m.title, m.effects.map((e) => [e.year, e.amountMsek, e.type])])).toEqual([
      ['Samordnad nattbemanning på två avdelningar', [[2031, 0.9, 'cost_reduction']]],
      ['Nytt journalsystem, licenskostnad', [[2031, -0.4, 'cost_increase']]],
      ['Färre externa utredningar', [[2031, 1.6, 'cost_reduction']]],
    ]);
  });
});
