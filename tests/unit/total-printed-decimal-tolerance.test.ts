/**
 * A total printed with a decimal that is not zero was not rounded to whole mkr: the sum of its table may
 * miss it by rounding of the figures alone. A gap of several tenths beside such a total is a misread or
 * lost figure (an OCR "7" read as "1"), not rounding, and must not pass as reconciled. Totals in whole
 * mkr keep the whole-mkr allowance.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import type { Page } from '../../parsers/page-model.ts';
import { DECIMAL_ROUNDING_MSEK, tableTolerance, WHOLE_ROUNDING_MSEK } from '../../parsers/reconcile.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };

function withTable(rows: string[][]) {
  const [page] = pagesFromText('## Besparingsprogram\nInsatserna och deras nettoeffekt.\n') as [Page];
  page.tables = [{ source: 'struct', rows, box: { x: 50, y: 140, width: 500, height: 200 } }];
  return analyzePages([page], { fileName: 'test.pdf', info });
}

describe('the reconciliation tolerance of a total printed with a decimal', () => {
  it('allows only the decimals’ rounding when the total has a decimal of its own', () => {
    expect(tableTolerance(4, 61.5)).toBeCloseTo(DECIMAL_ROUNDING_MSEK * 5, 10);
    expect(tableTolerance(4, 387)).toBeCloseTo(WHOLE_ROUNDING_MSEK + DECIMAL_ROUNDING_MSEK * 4, 10);
    expect(tableTolerance(4)).toBeCloseTo(WHOLE_ROUNDING_MSEK + DECIMAL_ROUNDING_MSEK * 4, 10);
  });

  it('does not reconcile a decimal total four tenths off its five rows, and warns', () => {
    const doc = withTable([
      ['Insats', '2031 mnkr', '2032 mnkr'],
      ['Gemensamma lokaler för rehabilitering', '2,2', '3,0'],
      ['Färre externa utredningar', '1,1', '1,4'],
      ['Omställning av laboratoriets nattjour', '0,6', '0,9'],
      ['Egen tolkförmedling', '0,8', '1,0'],
      ['Samlade inköp av förband', '1,3', '1,7'],
      ['Totalsumma', '6,0', '8,4'],
    ]);
    const byYear = new Map(doc.totals.map((t) => [t.year, t]));
    // 2031: 6,0 against 6,0 — reconciled. 2032: 8,4 against 8,0 — four tenths off, not rounding.
    expect(byYear.get(2031)?.reconciled).toBe(true);
    expect(byYear.get(2032)?.reconciled).toBe(false);
    expect(doc.warnings.some((w) => w.code === 'TOTAL_MISMATCH' && w.message.includes('2032'))).toBe(true);
  });

  it('still reconciles a total in whole mkr within half a unit', () => {
    const doc = withTable([
      ['Insats', '2031 mnkr'],
      ['Gemensamma lokaler för rehabilitering', '2,2'],
      ['Färre externa utredningar', '1,1'],
      ['Egen tolkförmedling', '0,4'],
      ['Totalsumma', '4'],
    ]);
    expect(doc.totals.find((t) => t.year === 2031)?.reconciled).toBe(true);
  });
});
