/**
 * A carried running sum is a row whose label is nothing but the bookkeeping words for carrying
 * ("Summa att överföra", "Överfört från föregående sida"). A label that says more is a row of its
 * own: a total that includes the carried part ("Totalt inklusive överfört …"), a total of what is
 * moved to a later year ("Summa att överföra till 2029"), a measure that moves money to or from
 * another party ("Överförs till kommunerna: …"). Hand-built layout and wording.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import type { Page, PageTable } from '../../parsers/page-model.ts';
import { analyzeText, effectsByTitle, NO_PDF_INFO } from '../helpers/analyze-text.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const HEAD = [
  '# Effektiviseringar inom Region Gotland',
  '',
  'Tabell 2. Åtgärder per år, mkr',
  'Åtgärd                                        2031      2032',
];

describe('a row that mentions carrying but says more', () => {
  it('a total "inkl. överfört från föregående sida" closes the table; the prose under it is no measure', () => {
    const doc = analyzeText(
      [
        ...HEAD,
        'Samordnad materialförsörjning                  1,2       1,4',
        'Minskad extern hyra                            0,8       1,2',
        '**Summa att överföra                           2,0       2,6**',
        '\f',
        'Åtgärd                                        2031      2032',
        'Färre bemanningsuppdrag                        2,1       2,4',
        'Gemensam patientnämndshandläggning             1,0       1,3',
        '**Totalt inkl. överfört från föregående sida     5,1       6,3**',
        '',
        'Till detta kommer lokalöversynen, se avsnitt 5.',
      ].join('\n'),
    );
    const titles = doc.measures.map((m) => m.title);
    expect(titles.some((t) => /lokalöversyn/i.test(t))).toBe(false);
    expect(titles).toEqual([
      'Samordnad materialförsörjning',
      'Minskad extern hyra',
      'Färre bemanningsuppdrag',
      'Gemensam patientnämndshandläggning',
    ]);
    expect(doc.totals.map((t) => [t.year, t.amountMsek])).toEqual([
      [2031, 5.1],
      [2032, 6.3],
    ]);
  });

  it('"Summa att överföra till 2029" is the total of the rows above it', () => {
    const doc = analyzeText(
      [
        ...HEAD,
        'Senarelagd upphandling av journalsystem        2,0       3,0',
        'Uppskjuten ombyggnad av akutmottagningen       1,5       2,0',
        '**Summa att överföra till 2029                 3,5       5,0**',
      ].join('\n'),
    );
    expect(doc.totals.map((t) => [t.year, t.amountMsek])).toEqual([
      [2031, 3.5],
      [2032, 5],
    ]);
  });

  it('a measure that moves money to or from another party stays a measure', () => {
    const doc = analyzeText(
      [
        ...HEAD,
        'Överförs till kommunerna: hemsjukvård          2,5       2,5',
        'Överfört från fastighetsnämnden                0,5       0,5',
        'Samordnad materialförsörjning                  1,2       1,4',
        '**Summa                                        4,2       4,4**',
      ].join('\n'),
    );
    expect(effectsByTitle(doc).map(([title]) => title)).toEqual([
      'Överförs till kommunerna',
      'Överfört från fastighetsnämnden',
      'Samordnad materialförsörjning',
    ]);
  });

  it('in a cell table too', () => {
    const [page] = pagesFromText('## Åtgärder inom Region Uppsala (mkr)\nText.') as [Page];
    const table: PageTable = {
      source: 'struct',
      rows: [
        ['Åtgärd', '2031', '2032'],
        ['Överförs till kommunerna: hemsjukvård', '2,5', '2,5'],
        ['Överfört från fastighetsnämnden', '0,5', '0,5'],
        ['Summa', '3,0', '3,0'],
      ],
      box: { x: 60, y: 120, width: 480, height: 300 },
    };
    page.tables = [table];
    const doc = analyzePages([page], { fileName: 'test.pdf', info: NO_PDF_INFO });
    expect(doc.measures.map((m) => m.title)).toEqual([
      'Överförs till kommunerna',
      'Överfört från fastighetsnämnden',
    ]);
  });
});

describe('a carried row where the table does not go on', () => {
  it('after a paragraph-sized gap ends the table like any line: the row under it is no measure of it', () => {
    const doc = analyzeText(
      [
        '# Effektiviseringar inom Region Jämtland Härjedalen',
        '',
        'Tabell 3. Åtgärder per år, mkr',
        'Åtgärd                                        2031      2032',
        'Samordnad materialförsörjning                  1,2       1,4',
        'Minskad extern hyra                            0,8       1,2',
        '',
        '',
        '',
        '',
        '',
        '',
        'Summa att överföra                             2,0       2,6',
        'Lokalöversynen i Östersund                     5,0       5,0',
      ].join('\n'),
    );
    expect(doc.measures.map((m) => m.title)).toEqual([
      'Samordnad materialförsörjning',
      'Minskad extern hyra',
    ]);
    // The figures left under the year columns are told unread.
    expect(doc.warnings.map((w) => w.code)).toContain('AMBIGUOUS_TABLE');
  });
});
