/**
 * A total stated in a summary above the measures ("… tre åtgärder som sammantaget förbättrar resultatet
 * med 9 mkr 2031 och 14 mkr 2032"), with no total after them: read as the paper's total when each
 * figure is its year's sum of the measures. A summary whose figures are no such sums is left alone,
 * and a total word followed by a noun of something else ("Totalt underskott …") sums nothing. Wording
 * and figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { statedTotal } from '../../parsers/swedish/statements.ts';
import { analyzeText } from '../helpers/analyze-text.ts';

const paper = (summary: string) =>
  analyzeText(`# Åtgärder inom tandvården 2031–2032
## Sammanfattning
${summary}

## Åtgärder
1. Färre kvällsmottagningar (2031: 2 mkr; 2032: 4 mkr).
2. Gemensam sterilcentral (2031: 3 mkr; 2032: 4 mkr).
3. Ny rutin för materialbeställning (2031: 4 mkr; 2032: 6 mkr).

## Beredning
Ärendet har beretts med klinikerna.
`);

describe('a total stated in a summary above the measures', () => {
  it('is the total when its figures are the sums', () => {
    const doc = paper(
      'Förvaltningen föreslår tre åtgärder som sammantaget förbättrar resultatet med 9 mkr 2031 och 14 mkr 2032.',
    );
    expect(doc.totals.map((t) => [t.year, t.amountMsek, t.reconciled])).toEqual([
      [2031, 9, true],
      [2032, 14, true],
    ]);
  });

  it('is no total when its figures are not the sums', () => {
    const doc = paper(
      'Förvaltningen föreslår tre åtgärder som sammantaget förbättrar resultatet med 12 mkr 2031.',
    );
    expect(doc.totals).toEqual([]);
  });

  it('a noun of something else after the total word sums nothing', () => {
    expect(statedTotal('Totalt underskott för åtgärderna blir 9 mkr 2031.', { years: [2031] })).toBeNull();
    expect(
      statedTotal('Sammantaget förbättrar åtgärderna resultatet med 9 mkr 2031.', { years: [2031] }),
    ).not.toBeNull();
  });
});
