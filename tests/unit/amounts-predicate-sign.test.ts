/**
 * A deficit said by a predicate: "Avvikelsen är negativ och uppgår till 22,4 mkr", "Resultatet blev
 * negativt, 3,1 mkr" — the sign word after the noun, not before the figure as in "negativ
 * budgetavvikelse på …". Wording made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { findAmounts } from '../../parsers/swedish/amounts.ts';

const read = (text: string) => findAmounts(text).map((a) => a.amountMsek);

describe('a sign stated by a predicate adjective', () => {
  it('reads the figure as negative after "<avvikelse|resultat|utfall> är/blev/blir negativ"', () => {
    expect(read('Avvikelsen mot budget är negativ och uppgår till 22,4 mkr.')).toEqual([-22.4]);
    expect(read('Resultatet för kollektivtrafiken blev negativt, 3,1 mkr efter åtta månader.')).toEqual([
      -3.1,
    ]);
    expect(read('Prognosen beräknas bli negativ med 640 tkr för helåret.')).toEqual([-0.64]);
  });

  it('leaves a positive predicate and a plain figure positive', () => {
    expect(read('Avvikelsen är positiv och uppgår till 4,0 mkr.')).toEqual([4]);
    expect(read('Utfallet uppgår till 12,5 mkr, vilket är i nivå med budget.')).toEqual([12.5]);
  });
});
