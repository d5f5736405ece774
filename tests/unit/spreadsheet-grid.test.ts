/**
 * A spreadsheet printed with its gridlines: the grid rules every cell of the used range, so the sheet's
 * title block (who wrote it, a heading, a date, a reference) stands in the same grid as the table under
 * it; and a merged header cell names the year of the period columns under it ("Utfall 2032" over
 * "T1 | T2 | T3 | Hela året"). Wording and figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { belowTitleBlock, withoutFootNotes, withPeriodYears } from '../../parsers/extract/tables.ts';
import type { PageTable } from '../../parsers/page-model.ts';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const withTable = (intro: string, rows: string[][]) => {
  const pages = pagesFromText(intro);
  const table: PageTable = { source: 'ruled', rows };
  const page = pages[0];
  if (page) page.tables = [table];
  return analyzeText(pages);
};

const head = (a: string, b: string, c: string) => [a, b, c, c, c, c, 'Plan (tkr)', 'Plan (tkr)'];
const GRID = [
  ['Serviceförvaltningen', 'Serviceförvaltningen', '', '', '', '', '', ''],
  [
    'Sammanställning av besparingar',
    'Sammanställning av besparingar',
    'Sammanställning av besparingar',
    '',
    '',
    '',
    '',
    '',
  ],
  ['Upprättad', '2032-02-11', '', '', '', '', '', ''],
  ['Diarienummer', 'SF 2032/77', '', '', '', '', '', ''],
  ['', '', '', '', '', '', '', ''],
  head('Insats', 'Ansvarig', 'Utfall 2032 (tkr)'),
  ['', '', 'T1', 'T2', 'T3', 'Hela året', '2033', '2034'],
  ['Färre egna bilar i fordonspoolen', 'Fordon', '100', '150', '150', '400', '450', '500'],
  ['Digitala utskick från tryckeriet', 'Tryckeri', '50', '60', '90', '200', '300', '300'],
  ['Summa', '', '150', '210', '240', '600', '750', '800'],
];

describe('a sheet printed with its gridlines', () => {
  it('gives period columns the year of the merged cell above them', () => {
    const t = withPeriodYears({ source: 'ruled', rows: GRID.slice(5) });
    expect(t.rows[1]).toEqual(['', '', 'T1 2032', 'T2 2032', 'T3 2032', 'Hela året 2032', '2033', '2034']);
    expect(t.rows[0]?.[2]).toBe('Utfall (tkr)');
    // A cell of its own (no merge) lends no year.
    const single = withPeriodYears({
      source: 'ruled',
      rows: [
        ['Insats', 'Utfall 2032', 'Plan'],
        ['', 'T1', '2033'],
      ],
    });
    expect(single.rows[1]).toEqual(['', 'T1', '2033']);
  });

  it('reads the table under a title block that stands in the same grid', () => {
    expect(belowTitleBlock({ source: 'ruled', rows: GRID })?.rows[0]?.[0]).toBe('Insats');
    const doc = withTable('# Besparingar 2032–2034\nServiceförvaltningens besparingar.\n', GRID);
    expect(effectsByTitle(doc)).toEqual([
      [
        'Färre egna bilar i fordonspoolen',
        [
          [2032, 0.4],
          [2033, 0.45],
          [2034, 0.5],
        ],
      ],
      [
        'Digitala utskick från tryckeriet',
        [
          [2032, 0.2],
          [2033, 0.3],
          [2034, 0.3],
        ],
      ],
    ]);
    expect(doc.totals.map((t) => [t.year, t.amountMsek])).toEqual([
      [2032, 0.6],
      [2033, 0.75],
      [2034, 0.8],
    ]);
  });

  it('takes rows of figures above the header for a table, not a title block', () => {
    const rows = [
      ['Insats', '2031', '2032'],
      ['Fordonspool', '100', '150'],
      ['', '', ''],
      ['Insats', 'Kostnad', 'Intäkt'],
    ];
    expect(belowTitleBlock({ source: 'ruled', rows: [['Fordon', '120', '130', '140'], ...rows] })).toBeNull();
  });

  it('reads period columns under a header over several columns as amounts', () => {
    const doc = withTable('# Besparingar 2032–2033\nServiceförvaltningens besparingar.\n', [
      [
        'Insats',
        'Fördelning per kvartal (tkr)',
        'Fördelning per kvartal (tkr)',
        'Helår (tkr)',
        'Helår (tkr)',
      ],
      ['', 'Kvartal 3 2032', 'Kvartal 4 2032', '2032', '2033'],
      ['Färre egna bilar i fordonspoolen', '180', '220', '400', '450'],
      ['Digitala utskick från tryckeriet', '90', '110', '200', '300'],
    ]);
    expect(effectsByTitle(doc)[0]).toEqual([
      'Färre egna bilar i fordonspoolen',
      [
        [2032, 0.4],
        [2033, 0.45],
      ],
    ]);
    expect(doc.amounts.map((a) => a.amountMsek).sort()).toEqual([0.09, 0.11, 0.18, 0.22]);
  });

  it('takes a sheet whose head names a plan under a larger letterhead for a plan, landscape or not', () => {
    const rows = [
      ['Insats, tkr', '2032', '2033'],
      ['Färre egna bilar i fordonspoolen', '400', '450'],
      ['Digitala utskick från tryckeriet', '200', '300'],
    ];
    const text =
      '# Ekonomistaben\nServicenämnden\nSparplan för servicenämnden 2032–2033\nUpprättad 2031-11-02\n';
    for (const size of [{}, { width: 842, height: 595 }]) {
      const pages = pagesFromText(text, size);
      const page = pages[0];
      if (page) page.tables = [{ source: 'ruled', rows }];
      const doc = analyzeText(pages);
      expect(doc.measures).toHaveLength(2);
      expect(doc.document.documentType).toBe('handlingsplan');
    }
  });

  it('leaves the notes under a table out of it when the grid runs on under them', () => {
    const note = 'Ramen för servicenämnden är 812,4 mkr för 2032.';
    const rows = [
      ['Insats, tkr', '2032', '2033'],
      ['Färre egna bilar i fordonspoolen', '400', '450'],
      ['Digitala utskick från tryckeriet', '200', '300'],
      ['Summa', '600', '750'],
      [note, note, note],
    ];
    expect(withoutFootNotes({ source: 'ruled', rows }).rows).toHaveLength(4);
    const doc = withTable('# Besparingar 2032–2033\nServiceförvaltningens besparingar.\n', rows);
    expect(doc.measures.map((m) => m.title)).toEqual([
      'Färre egna bilar i fordonspoolen',
      'Digitala utskick från tryckeriet',
    ]);
  });
});
