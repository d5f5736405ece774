/**
 * Heads of year columns that carry their unit ("2031 mnkr   2032 mnkr", "Besparing 2031 tkr  Besparing
 * 2032 tkr") are no amounts of 2 031 mnkr; a single such figure in prose still is. Wording made up for
 * this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { yearUnitHeaders } from '../../parsers/extract/money.ts';
import { findAmounts } from '../../parsers/swedish/amounts.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };

describe('year heads with a unit', () => {
  it('takes "2031 mnkr  2032 mnkr" side by side for heads, not figures', () => {
    const found = findAmounts('Insats   Besparing 2031 mnkr   Besparing 2032 mnkr   Ansvar');
    expect([...yearUnitHeaders(found)].map((m) => m.raw)).toEqual(['2031 mnkr', '2032 mnkr']);
    expect(yearUnitHeaders(findAmounts('Kostnaden beräknas till 2031 mnkr för hela perioden.')).size).toBe(0);
  });

  it('gives no amount from such a header over a table', () => {
    const pages = pagesFromText(
      [
        '# Sparplan för folktandvården 2031–2032',
        'Planen beslutas av direktionen.',
        '',
        'Insats                         2031 mnkr     2032 mnkr     Ansvar',
        'Färre kliniker i glesbygd            0,6           0,9     Tandvårdschef',
        'Gemensam sterilcentral               0,3           0,4     Klinikchef',
      ].join('\n'),
    );
    const doc = analyzePages(pages, { fileName: 'test.pdf', info });
    expect(doc.amounts.filter((a) => a.amountMsek > 2000)).toEqual([]);
    expect(doc.measures.map((m) => m.effects.map((e) => [e.year, e.amountMsek]))).toEqual([
      [
        [2031, 0.6],
        [2032, 0.9],
      ],
      [
        [2031, 0.3],
        [2032, 0.4],
      ],
    ]);
  });
});
