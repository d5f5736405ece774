/**
 * A ruled table whose year columns are headed by an effect phrase no word list holds ("Nettoeffekt
 * 2031", "Beräknad effekt 2031", "Resultatförbättring 2031 | Helårseffekt 2032"): the year over a
 * column of figures makes it that year's effect column, whatever words stand before it. A header that
 * names a level of the accounts or a follow-up ("Utfall 2031 | Prognos 2032", "Kostnader 2031") stays
 * no effect column; so does a phrase over a year above a row of plain years ("Avstämning 2031" over
 * "2031 | 2032 | Utfall"), and a row of gross, cost and net per year keeps its net as the year.
 * Wording and figures made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';
import { pagesFromText, withRuledTable } from '../helpers/text-pages.ts';

const read = (head: string[]) => {
  const rows = [
    head,
    ['Gemensam tvättservice för tre sjukhus', '1,2', '2,4'],
    ['Lägre energiförbrukning i operationssalar', '0,4', '0,7'],
    ['Summa', '1,6', '3,1'],
  ];
  const text = `## Insatser\nTabell 2. Insatser per år, mnkr\n${rows.map((r) => r.join('    ')).join('\n')}\n`;
  const doc = analyzeText(withRuledTable(pagesFromText(text), rows));
  return { measures: effectsByTitle(doc), totals: doc.totals.map((t) => [t.year, t.amountMsek]) };
};
const both = [
  [
    'Gemensam tvättservice för tre sjukhus',
    [
      [2031, 1.2],
      [2032, 2.4],
    ],
  ],
  [
    'Lägre energiförbrukning i operationssalar',
    [
      [2031, 0.4],
      [2032, 0.7],
    ],
  ],
];

describe('a year column headed in other words', () => {
  it.each([
    [['Åtgärd', 'Nettoeffekt 2031', 'Nettoeffekt 2032']],
    [['Vad ska göras', 'Beräknad effekt 2031', 'Beräknad effekt 2032']],
    [['Åtgärd', 'Resultatförbättring 2031', 'Helårseffekt 2032']],
    [['Insats', 'Ekonomiskt bidrag 2031', 'Ekonomiskt bidrag 2032']],
  ])('reads %j as the years of the effects', (head) => {
    const got = read(head);
    expect(got.measures).toEqual(both);
    expect(got.totals).toEqual([
      [2031, 1.6],
      [2032, 3.1],
    ]);
  });

  it.each([
    [['Åtgärd', 'Utfall 2031', 'Prognos 2032']],
    [['Åtgärd', 'Kostnader 2031', 'Kostnader 2032']],
    [['Åtgärd', 'Budget 2031', 'Budget 2032']],
  ])('reads no effects under %j', (head) => {
    expect(read(head).measures.flatMap(([, e]) => e)).toEqual([]);
  });

  it('takes the plain years under a phrase over a year, not the phrase', () => {
    const rows = [
      ['Åtgärd', 'Beslutad plan', '', 'Avstämning 2031'],
      ['', '2031', '2032', 'Utfall jan–aug'],
      ['Gemensam tvättservice för tre sjukhus', '1,2', '2,4', '0,5'],
      ['Lägre energiförbrukning i operationssalar', '0,4', '0,7', '0,1'],
    ];
    const text = `## Insatser\nTabell 2. Insatser per år, mnkr\n${rows.map((r) => r.join('    ')).join('\n')}\n`;
    const doc = analyzeText(withRuledTable(pagesFromText(text), rows));
    expect(effectsByTitle(doc)).toEqual(both);
  });

  it('reads the net of a gross / cost / net row as the year', () => {
    const rows = [
      [
        'Åtgärd',
        'Bruttobesparing 2031',
        'Merkostnad 2031',
        'Nettoeffekt 2031',
        'Bruttobesparing 2032',
        'Merkostnad 2032',
        'Nettoeffekt 2032',
      ],
      ['Gemensam tvättservice för tre sjukhus', '1,5', '−0,3', '1,2', '2,6', '−0,2', '2,4'],
      ['Lägre energiförbrukning i operationssalar', '0,6', '−0,2', '0,4', '0,9', '−0,2', '0,7'],
    ];
    const text = `## Insatser\nTabell 2. Insatser per år, mnkr\n${rows.map((r) => r.join('    ')).join('\n')}\n`;
    const doc = analyzeText(withRuledTable(pagesFromText(text), rows));
    expect(effectsByTitle(doc)).toEqual(both);
  });
});
