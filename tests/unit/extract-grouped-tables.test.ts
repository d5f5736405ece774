/**
 * Measure tables grouped by organisation: a row naming the group (one cell across the table, or a lone
 * word cell), the group's measures, a subtotal closing the group, and the table's total under all the
 * groups. The group row is no measure, a subtotal is an amount of the paper and no total, and the
 * table's total reconciles with the measures. Hand-built tables in wordings and orders the fixture
 * generator never makes (divisions, "Summa division …", "S:a", a total above a sum of subtotals).
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import type { Page } from '../../parsers/page-model.ts';
import { pagesWithCellTable as withCells } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };

function analyze(pages: Page[]) {
  return analyzePages(pages, { fileName: 'test.pdf', info });
}

const measures = (doc: ReturnType<typeof analyze>) =>
  doc.measures.map((m) => [m.title, Object.fromEntries(m.effects.map((e) => [e.year, e.amountMsek]))]);
const totals = (doc: ReturnType<typeof analyze>) =>
  doc.totals.map((t) => [t.label, t.year, t.amountMsek, t.reconciled]);

/** A cell spanning a row of `n` columns, as a grid reads it: its text in every column. */
const across = (text: string, n: number) => Array.from({ length: n }, () => text);

describe('tables grouped by division', () => {
  it('reads spanning group rows as headings and closing sums as subtotals, not measures or totals', () => {
    const doc = analyze(
      withCells('## Besparingsåtgärder per division (tkr)', [
        ['Åtgärd', 'Ansvar', '2027', '2028'],
        across('Division medicin', 4),
        ['Översyn av dialysens transporter', 'Divisionschef', '850', '1 200'],
        ['Gemensam bemanningsenhet för vårdavdelningarna', 'HR-chef', '2 400', '3 100'],
        ['Summa division medicin', '', '3 250', '4 300'],
        across('Division kirurgi', 4),
        ['Samlad sterilteknik på ett sjukhus', 'Divisionschef', '1 100', '1 100'],
        ['Färre externa narkosläkare', 'Verksamhetschef', '-300', '900'],
        ['Summa division kirurgi', '', '800', '2 000'],
        ['Summa förvaltningen', '', '4 050', '6 300'],
      ]),
    );
    expect(measures(doc)).toEqual([
      ['Översyn av dialysens transporter', { 2027: 0.85, 2028: 1.2 }],
      ['Gemensam bemanningsenhet för vårdavdelningarna', { 2027: 2.4, 2028: 3.1 }],
      ['Samlad sterilteknik på ett sjukhus', { 2027: 1.1, 2028: 1.1 }],
      ['Färre externa narkosläkare', { 2027: -0.3, 2028: 0.9 }],
    ]);
    expect(totals(doc)).toEqual([
      ['Summa förvaltningen', 2027, 4.05, true],
      ['Summa förvaltningen', 2028, 6.3, true],
    ]);
    // The subtotals stay facts of the paper, as amounts.
    const figures = doc.amounts.map((a) => a.amountMsek);
    for (const x of [3.25, 4.3, 0.8, 2]) expect(figures).toContain(x);
    expect(doc.warnings.filter((w) => w.code === 'AMBIGUOUS_TABLE')).toEqual([]);
  });

  it('takes a lone word row for a heading when a sum closes its rows, with abbreviated sums', () => {
    const doc = analyze(
      withCells('## Åtgärder i handlingsplanen, mnkr', [
        ['Nr', 'Insats', '2025', '2026', '2027'],
        ['', 'Länsövergripande', '', '', ''],
        ['A1', 'Minskade lokalytor i förvaltningshuset', '0,4', '0,8', '0,8'],
        ['A2', 'Avslutade konsultuppdrag inom IT', '1,5', '1,5', '1,5'],
        ['', 'S:a länsövergripande', '1,9', '2,3', '2,3'],
        ['', 'Närsjukvården', '', '', ''],
        ['B1', 'Ändrade öppettider för jourcentralen', '0,6', '1,2', '1,2'],
        ['', 'Delsumma närsjukvård', '0,6', '1,2', '1,2'],
        ['', 'Totalt', '2,5', '3,5', '3,5'],
      ]),
    );
    expect(measures(doc).map((m) => m[0])).toEqual([
      'Minskade lokalytor i förvaltningshuset',
      'Avslutade konsultuppdrag inom IT',
      'Ändrade öppettider för jourcentralen',
    ]);
    expect(totals(doc)).toEqual([
      ['Totalt', 2025, 2.5, true],
      ['Totalt', 2026, 3.5, true],
      ['Totalt', 2027, 3.5, true],
    ]);
  });

  it('keeps a row without figures a measure when no subtotal closes a group under it', () => {
    const doc = analyze(
      withCells('## Åtgärder (mkr)', [
        ['Åtgärd', '2026', '2027'],
        ['Utredning av gemensam jourlinje', '', ''],
        ['Minskat antal hyrsjuksköterskor', '2,0', '3,0'],
        ['Lägre kostnad för tolkar', '1,0', '1,0'],
        ['Summa', '3,0', '4,0'],
      ]),
    );
    expect(measures(doc).map((m) => m[0])).toContain('Utredning av gemensam jourlinje');
    expect(totals(doc).map((t) => t.slice(0, 3))).toEqual([
      ['Summa', 2026, 3],
      ['Summa', 2027, 4],
    ]);
  });

  it('keeps every sum row a total when the last sums neither the measures nor the rows before it', () => {
    const doc = analyze(
      withCells('## Åtgärder (mkr)', [
        ['Åtgärd', '2026', '2027'],
        ['Minskat antal hyrsjuksköterskor', '2,0', '3,0'],
        ['Lägre kostnad för tolkar', '1,0', '1,0'],
        ['Summa åtgärder', '3,0', '4,0'],
        ['Totalt inklusive tidigare beslutade åtgärder', '7,5', '9,0'],
      ]),
    );
    expect(totals(doc).map((t) => t.slice(0, 3))).toEqual([
      ['Summa åtgärder', 2026, 3],
      ['Summa åtgärder', 2027, 4],
      ['Totalt inklusive tidigare beslutade åtgärder', 2026, 7.5],
      ['Totalt inklusive tidigare beslutade åtgärder', 2027, 9],
    ]);
  });
});
