/**
 * A memo whose prose states the sum of the measures of the tables that follow it (an appendix of one
 * table per unit, each with its own sum row): the sentence is the paper's total, each table's sum a
 * subtotal under it — read by the sums alone. Wording and figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const MEMO = (sentence: string) => `# Tjänsteskrivelse: ekonomi i balans 2031–2032

## Ekonomisk bedömning
${sentence}

**Bilaga 1. Åtgärder per klinik**
Belopp i mkr.

## Ortopedkliniken
Åtgärd                                     2031    2032
Ett flöde för höftledsoperationer           1,2     1,6
Färre inställda operationer                 0,8     1,0
Summa                                       2,0     2,6

## Medicinkliniken
Åtgärd                                     2031    2032
Samlad avdelning för geriatrik              2,5     3,1
Tidigare utskrivning med mobilt team        1,1     1,4
Summa                                       3,6     4,5
`;

const totals = (text: string) =>
  analyzeText(text).totals.map((t): [string, number, number] => [t.label, t.year, t.amountMsek]);

describe('a memo stating the total of the appendix tables after it', () => {
  it('reads the sentence as the total and the tables’ sums as subtotals', () => {
    const got = totals(
      MEMO(
        'Klinikernas åtgärder beräknas sammantaget förbättra resultatet med 5,6 mkr 2031 och 7,1 mkr 2032.',
      ),
    );
    expect(got.map(([, y, a]) => [y, a])).toEqual([
      [2031, 5.6],
      [2032, 7.1],
    ]);
  });

  it('keeps each table’s sum as a total when the sentence states other figures', () => {
    const got = totals(
      MEMO(
        'Klinikernas åtgärder beräknas sammantaget förbättra resultatet med 9,0 mkr 2031 och 7,1 mkr 2032.',
      ),
    );
    expect(got.map(([, y, a]) => [y, a])).toEqual([
      [2031, 2],
      [2032, 2.6],
      [2031, 3.6],
      [2032, 4.5],
    ]);
  });
});
