/**
 * A long measure table broken over a page break with its running sum carried: "Summa att överföra" at
 * the foot of the first page, "Överfört från föregående sida" at the head of the next (or
 * a bare "Överfört"). Those rows repeat the rows above; they are no total and no measure, and the table goes
 * on past them to its own sum row. Read as a total, the carried sum ended the table and the next
 * page's measures were lost without a warning. Hand-built layout and wording.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import type { Page, PageTable } from '../../parsers/page-model.ts';
import { analyzeText, effectsByTitle, NO_PDF_INFO } from '../helpers/analyze-text.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const FIRST = [
  '# Besparingar inom servicen',
  '',
  'Tabell 4. Insatser per år, mkr',
  'Insats                                        2031      2032',
  'Färre tjänsteresor med bil                     1,2       1,5',
  'Samlad tolkförmedling                          0,8       1,1',
  'Ny städentreprenad                             2,0       2,4',
];
const SECOND = [
  'Digital kallelse till mottagningarna           0,5       0,9',
  'Gemensam växel                                 1,1       1,3',
  '**Summa                                        5,6       7,2**',
];
const WANT = [
  [
    'Färre tjänsteresor med bil',
    [
      [2031, 1.2],
      [2032, 1.5],
    ],
  ],
  [
    'Samlad tolkförmedling',
    [
      [2031, 0.8],
      [2032, 1.1],
    ],
  ],
  [
    'Ny städentreprenad',
    [
      [2031, 2],
      [2032, 2.4],
    ],
  ],
  [
    'Digital kallelse till mottagningarna',
    [
      [2031, 0.5],
      [2032, 0.9],
    ],
  ],
  [
    'Gemensam växel',
    [
      [2031, 1.1],
      [2032, 1.3],
    ],
  ],
];

describe('carried sums in a borderless table over a page break', () => {
  it('reads past "Summa att överföra" and "Överfört från föregående sida" to the sum row', () => {
    const doc = analyzeText(
      [
        ...FIRST,
        '**Summa att överföra                           4,0       5,0**',
        '\f',
        'Tabell 4 (forts.)',
        'Insats                                        2031      2032',
        '**Överfört från föregående sida                4,0       5,0**',
        ...SECOND,
      ].join('\n'),
    );
    expect(effectsByTitle(doc)).toEqual(WANT);
    expect(doc.totals.map((t) => [t.label, t.year, t.amountMsek])).toEqual([
      ['Summa', 2031, 5.6],
      ['Summa', 2032, 7.2],
    ]);
  });

  it('takes a bare "Överfört" row with figures for a carried sum, not a measure', () => {
    const doc = analyzeText(
      [
        ...FIRST,
        '\f',
        'Insats                                        2031      2032',
        'Överfört      4,0       5,0',
        ...SECOND,
      ].join('\n'),
    );
    expect(effectsByTitle(doc)).toEqual(WANT);
  });

  it('keeps a measure whose title starts with the word', () => {
    const doc = analyzeText(
      [
        ...FIRST,
        'Transport av prover i egen regi                0,7       0,9',
        '**Summa                                        4,7       5,9**',
      ].join('\n'),
    );
    expect(doc.measures.map((m) => m.title)).toContain('Transport av prover i egen regi');
  });
});

describe('carried sums in a cell table over a page break', () => {
  it('are neither measures nor the total', () => {
    const pages = pagesFromText('## Insatser inom servicen (mkr)\nTabellen fortsätter på nästa sida.\f');
    const [first, second] = pages as [Page, Page];
    const table = (rows: string[][], y: number): PageTable => ({
      source: 'struct',
      rows,
      box: { x: 60, y, width: 480, height: 500 },
    });
    first.tables = [
      table(
        [
          ['Insats', '2031', '2032'],
          ['Färre tjänsteresor med bil', '1,2', '1,5'],
          ['Samlad tolkförmedling', '0,8', '1,1'],
          ['Summa att överföra', '2,0', '2,6'],
        ],
        120,
      ),
    ];
    second.tables = [
      table(
        [
          ['Insats', '2031', '2032'],
          ['Överfört från föregående sida', '2,0', '2,6'],
          ['Gemensam växel', '1,1', '1,3'],
          ['Summa', '3,1', '3,9'],
        ],
        60,
      ),
    ];
    const doc = analyzePages(pages, { fileName: 'test.pdf', info: NO_PDF_INFO });
    expect(doc.measures.map((m) => m.title)).toEqual([
      'Färre tjänsteresor med bil',
      'Samlad tolkförmedling',
      'Gemensam växel',
    ]);
    expect(doc.totals.map((t) => [t.year, t.amountMsek])).toEqual([
      [2031, 3.1],
      [2032, 3.9],
    ]);
  });
});
