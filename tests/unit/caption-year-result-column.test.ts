/**
 * A table of one year's revenue change, cost change and their result whose header names no year
 * ("Intäktsförändring | Kostnadsförändring | Resultatpåverkan"): the result column is the net — what
 * the measure does to the result — and so the caption year's effect; a cost reduction printed negative in
 * the cost column stays an amount. Wording and figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';
import { pagesFromText, withRuledTable } from '../helpers/text-pages.ts';

const rows = [
  ['Insats', 'Intäktsförändring', 'Kostnadsförändring', 'Resultatpåverkan'],
  ['Avgift för förlorade hjälpmedel', '0,6', '–', '0,6'],
  ['Färre bemanningssjuksköterskor i glesbygd', '–', '−2,2', '2,2'],
  ['Ny tjänst som samordnare', '–', '0,7', '−0,7'],
  ['Summa', '0,6', '−1,5', '2,1'],
];

describe('a result column beside revenue and cost changes of the caption year', () => {
  it('reads the result column as the effect', () => {
    const text = `## Insatser\nTabell 3. Insatsernas påverkan 2030, mkr\n${rows.map((r) => r.join('    ')).join('\n')}\n\nInsatserna följs upp varje tertial.\n`;
    const doc = analyzeText(withRuledTable(pagesFromText(text), rows));
    expect(effectsByTitle(doc)).toEqual([
      ['Avgift för förlorade hjälpmedel', [[2030, 0.6]]],
      ['Färre bemanningssjuksköterskor i glesbygd', [[2030, 2.2]]],
      ['Ny tjänst som samordnare', [[2030, -0.7]]],
    ]);
    expect(doc.totals.map((t) => [t.year, t.amountMsek])).toEqual([[2030, 2.1]]);
  });
});
