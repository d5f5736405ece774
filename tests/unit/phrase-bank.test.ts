/**
 * The phrase bank (tests/phrases/): sentences and table rows in the forms real board papers use,
 * each with the facts it must give and those it must not give.
 */
import { describe, expect, it } from 'vitest';
import { findAmounts } from '../../parsers/swedish/amounts.ts';
import { MONEY_PHRASES, NOT_MONEY } from '../phrases/money.ts';

describe('phrase bank: money', () => {
  it.each(MONEY_PHRASES.map((p) => [p.text, p] as const))('%s', (_text, phrase) => {
    const found = findAmounts(phrase.text, phrase.defaultUnit ? { defaultUnit: phrase.defaultUnit } : {});
    expect(found.map((a) => a.amountMsek)).toEqual(phrase.amounts);
  });

  it('no not-money case becomes an amount', () => {
    const leaked = NOT_MONEY.flatMap((p) =>
      findAmounts(p.text, p.defaultUnit ? { defaultUnit: p.defaultUnit } : {}).map(
        (a) => `${p.text} → ${a.raw}`,
      ),
    );
    expect(leaked).toEqual([]);
  });
});
