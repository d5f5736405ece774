/**
 * A summary table across a paper's measure tables — one row per unit repeating that unit table's sum
 * row, then a grand total — holds no measures, whatever its label column is headed. Wording and
 * figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';

const PLAN = (summaryHead: string, lastRow: string) => `# Åtgärdsplan för vården 2031–2032
Belopp i mkr.

## Division kirurgi
Åtgärder inom divisionen.
Åtgärd                                     2031    2032
Gemensam anestesijour nattetid              1,2     1,6
Färre inställda operationer                 0,8     1,0
Summa                                       2,0     2,6

## Division medicin
Åtgärder inom divisionen.
Åtgärd                                     2031    2032
Samlad avdelning för geriatrik              2,5     3,1
Tidigare utskrivning med mobilt team        1,1     1,4
Minskad övertid på akuten                   0,4     0,9
Summa                                       4,0     5,4

## Sammanställning av åtgärder
Effekten per division framgår av tabellen.
${summaryHead.padEnd(43)}2031    2032
Division kirurgi                            2,0     2,6
Division medicin                            4,0     5,4
${lastRow.padEnd(44)}6,0     8,0

Planen följs upp varje tertial.`;

describe('a summary table that repeats the sums of the paper’s other tables', () => {
  it('reads its rows as no measures when its label column is headed by a word of no list', () => {
    const doc = analyzeText(PLAN('Område', 'Totalt'));
    const titles = effectsByTitle(doc).map(([t]) => t);
    expect(titles).toEqual([
      'Gemensam anestesijour nattetid',
      'Färre inställda operationer',
      'Samlad avdelning för geriatrik',
      'Tidigare utskrivning med mobilt team',
      'Minskad övertid på akuten',
    ]);
    expect(doc.totals.map((t) => [t.year, t.amountMsek])).toEqual([
      [2031, 6],
      [2032, 8],
    ]);
  });

  it('keeps a table whose rows do not all repeat another table’s sum as measures', () => {
    const text = PLAN('Område', 'Totalt').replace(
      'Division medicin                            4,0     5,4',
      'Gemensam vårdplatskoordinator               4,0     5,3',
    );
    const titles = effectsByTitle(analyzeText(text)).map(([t]) => t);
    expect(titles).toContain('Division kirurgi');
    expect(titles).toContain('Gemensam vårdplatskoordinator');
  });
});
