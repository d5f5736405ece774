/**
 * "Samlad vikariehantering – 2 mkr 2031, 3 mkr 2032": a spaced en dash after a title, before a figure
 * with its unit and year that the next year's figure follows, parts the title from its figures; it is
 * no minus (as when the figure and year end the line). After a level word ("Prognos helår – 2 mkr
 * 2031, …") it stays a minus. Wording and figures made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { findAmounts } from '../../parsers/swedish/amounts.ts';

const values = (text: string) => findAmounts(text).map((a) => a.amountMsek);

describe('a spaced dash before a list of yearly figures', () => {
  it('is punctuation after a title', () => {
    expect(values('Samlad vikariehantering – 2 mkr 2031, 3 mkr 2032')).toEqual([2, 3]);
    expect(values('Samlad vikariehantering – 2 mkr 2031 och 3 mkr 2032')).toEqual([2, 3]);
  });

  it('is a minus after a level word', () => {
    expect(values('Prognos helår – 2 mkr 2031, 3 mkr 2032')).toEqual([-2, 3]);
  });
});
