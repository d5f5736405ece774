/**
 * Footnote marks set after a table figure ("1 250³", "(4,2)*", "–⁴"): typeset reports mark figures
 * this way. The mark must neither hide the figure nor join its digits.
 */
import { describe, expect, it } from 'vitest';
import { parseValue, withoutFootnoteMark } from '../../parsers/extract/tables.ts';

describe('footnote marks after table figures', () => {
  it('reads the figure before a superscript mark', () => {
    expect(parseValue('1 250³', 'tkr')).toEqual({ amountMsek: 1.25, raw: '1 250' });
    expect(parseValue('−0,8⁴', 'mkr')).toMatchObject({ amountMsek: -0.8 });
  });

  it('reads a parenthesised negative with an asterisk mark', () => {
    expect(parseValue('(4,2)*', 'mkr')).toMatchObject({ amountMsek: -4.2 });
  });

  it('takes a marked dash as no effect', () => {
    expect(parseValue('–⁴', 'mkr')).toBeNull();
  });

  it('leaves text and unmarked figures alone', () => {
    expect(withoutFootnoteMark('Kvm²')).toBe('Kvm²');
    expect(withoutFootnoteMark('17,5')).toBe('17,5');
    expect(parseValue('17,5', 'mkr')).toMatchObject({ amountMsek: 17.5 });
  });

  it('reads the figure before a lettered note mark ("b)") and leaves plain digits ambiguous', () => {
    expect(parseValue('12,5 b)', 'mkr')).toMatchObject({ amountMsek: 12.5 });
    expect(parseValue('(0,9) c)', 'mkr')).toMatchObject({ amountMsek: -0.9 });
    expect(parseValue('12,5 1)', 'mkr')).toBe('unread');
    expect(withoutFootnoteMark('se bilaga b)')).toBe('se bilaga b)');
  });
});
