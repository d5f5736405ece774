/**
 * Rows of a measure table over page breaks and beside prose: a structure tree that opens a continued
 * page with empty rows, a cell broken over the page, and a label cell whose prose shares a line
 * with the row's figures. Small hand-built layouts.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import type { Page } from '../../parsers/page-model.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };

function analyze(pages: Page[]) {
  return analyzePages(pages, { fileName: 'test.pdf', info });
}

describe('a table of cells over two pages', () => {
  it('joins a cell broken over the page to its row, past the empty rows a structure tree opens the page with', () => {
    const pages = pagesFromText('## Åtgärder\nTabellen visar åtgärderna.\f');
    const [first, second] = pages as [Page, Page];
    first.tables = [
      {
        source: 'struct',
        rows: [
          ['Åtgärd', '2025 mkr', '2026 mkr'],
          ['Minskad hyrbemanning: avtalen sägs upp.', '1,0', '2,0'],
          ['Samordnad upphandling: gäller hjälpmedel. 1. Kartlägga avtalen', '0,5', '0,8'],
        ],
        box: { x: 60, y: 120, width: 480, height: 600 },
      },
    ];
    second.tables = [
      {
        source: 'struct',
        rows: [
          ['', '', ''],
          ['', '', ''],
          ['2. Säga upp avtal som inte längre behövs', '', ''],
          ['Färre remisser till annan region', '0,2', '0,2'],
          ['Summa', '1,7', '3,0'],
        ],
        box: { x: 60, y: 60, width: 480, height: 200 },
      },
    ];
    const doc = analyze(pages);
    expect(doc.measures.map((m) => [m.title, m.effects.map((e) => e.amountMsek), m.subMeasureCount])).toEqual(
      [
        ['Minskad hyrbemanning', [1, 2], null],
        ['Samordnad upphandling', [0.5, 0.8], 2],
        ['Färre remisser till annan region', [0.2, 0.2], null],
      ],
    );
    expect(doc.totals.map((t) => t.reconciled)).toEqual([true, true]);
  });
});

describe('prose in a label cell beside the row figures', () => {
  it('reads "var 223 / mnkr" in the cell as an amount, not the figures of the row', () => {
    const doc = analyze(
      pagesFromText(`## Åtgärder (mnkr)
Insatser                                                            2024      2025
Reducerad användning av inhyrd personal:
1. Ta fram en strategi. Totala kostnaden för hyrläkare var 223       5,3      18,5
mnkr under 2022. Strategin ger minskade kostnader med 2 %.

Sjukresor: färre taxiresor                                            3,5       8,9`),
    );
    expect(doc.measures.map((m) => [m.title, m.effects.map((e) => e.amountMsek)])).toEqual([
      ['Reducerad användning av inhyrd personal', [5.3, 18.5]],
      ['Sjukresor: färre taxiresor', [3.5, 8.9]],
    ]);
    expect(doc.amounts.map((a) => a.amountMsek)).toEqual([223]);
  });
});

describe('never silent: a borderless table the reader is unsure of warns on its measures', () => {
  const warned = (doc: ReturnType<typeof analyze>) =>
    doc.warnings.filter((w) => w.code === 'AMBIGUOUS_TABLE').map((w) => w.page);

  it('warns on a figure standing between two year columns, though the table states no total', () => {
    const doc = analyze(
      pagesFromText(`## Åtgärder (mkr)
Åtgärd                                   2025      2026
Minskad hyrbemanning inom psykiatrin      1,0       2,0
Samordnad upphandling av hjälpmedel           0,5
Färre remisser till annan region          0,2       0,2`),
    );
    expect(doc.measures).toHaveLength(3);
    expect(warned(doc)).toEqual([1]);
    expect(doc.warnings.find((w) => w.code === 'AMBIGUOUS_TABLE')?.message).toMatch(/between 2025 and 2026/);
  });

  it('warns on two figures that fall in one year column on one line', () => {
    const doc = analyze(
      pagesFromText(`## Åtgärder (mkr)
Åtgärd                                   2025      2026
Minskad hyrbemanning inom psykiatrin      1,0       2,0
Samordnad upphandling av hjälpmedel       0,5    0,8 1,2
Färre remisser till annan region          0,2       0,2`),
    );
    expect(warned(doc)).toEqual([1]);
  });

  it('reads a minus set apart from its figure as a sign, not as a dash cell', () => {
    const doc = analyze(
      pagesFromText(`## Åtgärder (mkr)
Åtgärd                                   2025      2026
Minskad hyrbemanning inom psykiatrin      1,0       2,0
Samordnad upphandling av hjälpmedel     – 0,5       0,8`),
    );
    expect(doc.measures.map((m) => m.effects.map((e) => e.amountMsek))).toEqual([
      [1, 2],
      [-0.5, 0.8],
    ]);
    expect(warned(doc)).toEqual([]);
  });

  it('warns on every page of a table over two pages, not only where its total stands', () => {
    const doc = analyze(
      pagesFromText(`## Åtgärder (mkr)
Åtgärd                                   2025      2026
Minskad hyrbemanning inom psykiatrin      1,0       2,0
Samordnad upphandling av hjälpmedel           0,5
\fÅtgärd                                   2025      2026
Färre remisser till annan region          0,2       0,2
Summa                                     1,2       2,7`),
    );
    expect(doc.measures.map((m) => m.page)).toEqual([1, 1, 2]);
    expect(warned(doc)).toEqual([2, 1]);
    expect(doc.totals.every((t) => t.reconciled === null)).toBe(true);
  });
});
