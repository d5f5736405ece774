/**
 * Measures set out as numbered sections, each with its effect in a sentence, and then a small table of
 * one row: the years as its header and "Totalt för planen (tkr)" with a figure under each year. That row
 * is the plan's stated total of the sections' measures, reconciled against them; it is not an amount.
 * Wording, unit and layout made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const plan = (sum: string): string => `# Tandvårdens plan för ekonomi i balans 2031–2032

## 2 Åtgärder
**2.1 Samordnad schemaläggning av tandhygienister**
Schemat läggs gemensamt för fyra kliniker i länets norra del.
Effekten beräknas till 1,5 mkr 2031 och 2,5 mkr 2032.

**2.2 Färre externa laboratorietjänster**
Tekniska arbeten görs i egen regi från och med våren.
Effekten beräknas till 2,0 mkr 2031 och 1,7 mkr 2032.

## 3 Ekonomi i sammandrag
Sammanställningen visar planens samlade utfall per år.
Utfallet följs upp vid varje tertial.
                                   2031      2032
${sum}`;

describe('a one-row sum table after section measures', () => {
  it('is the stated total of the measures before it, year by year', () => {
    const doc = analyzeText(plan('Totalt för planen (tkr)            3 500     4 200'));
    expect(doc.measures.map((m) => m.effects.map((e) => [e.year, e.amountMsek]))).toEqual([
      [
        [2031, 1.5],
        [2032, 2.5],
      ],
      [
        [2031, 2],
        [2032, 1.7],
      ],
    ]);
    expect(doc.totals.map((t) => [t.label, t.year, t.amountMsek, t.reconciled])).toEqual([
      ['Totalt för planen', 2031, 3.5, true],
      ['Totalt för planen', 2032, 4.2, true],
    ]);
    expect(doc.amounts.filter((a) => a.amountMsek === 3.5 || a.amountMsek === 4.2)).toEqual([]);
  });

  it('says so when the stated sum is not the measures’ sum', () => {
    const doc = analyzeText(plan('Totalt för planen (tkr)            3 500     5 200'));
    expect(doc.totals.map((t) => [t.year, t.amountMsek, t.reconciled])).toEqual([
      [2031, 3.5, true],
      [2032, 5.2, false],
    ]);
    expect(doc.warnings.some((w) => w.code === 'TOTAL_MISMATCH')).toBe(true);
  });

  it('is no total without measures before it', () => {
    const doc = analyzeText(`# Budget för tandvården 2031–2032

## Sammanställning
                                   2031      2032
Totalt för verksamheten (tkr)     83 500    84 200`);
    expect(doc.totals).toEqual([]);
  });
});
