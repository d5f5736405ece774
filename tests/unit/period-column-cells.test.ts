/**
 * A drawn (or tagged) measure table with a column headed by a period of years beside single years
 * ("2030 | 2031–2032 | 2033"). The header alone does not say whether the period's figure holds for each
 * of its years or for the period as a whole: when the paper says the figures are per year (a caption
 * "Besparing per år", a note under the table "… gäller för vart och ett av åren", "mkr/år" in the cell)
 * the figure is the effect of every year of the period and the totals reconcile per year; otherwise
 * the period's figures are no year's effect and the table's measures are warned about, not left with
 * their years silently missing. Wording and figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { periodOfCell, periodPerYear } from '../../parsers/extract/tables.ts';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';
import { pagesFromText, withRuledTable } from '../helpers/text-pages.ts';

const table = (period: string) => [
  ['Insats', '2030', period, '2033'],
  ['Gemensam tvätt för sjukhusen', '0,8', '1,1', '1,4'],
  ['Färre externa utbildningsdagar', '0,3', '0,5', '0,5'],
  ['Summa', '1,1', '1,6', '1,9'],
];

const read = (caption: string, note: string, period = '2031–2032') => {
  const rows = table(period);
  const text = `## Insatser\n${caption}\n${rows.map((r) => r.join('    ')).join('\n')}\n\n${note}\n`;
  const doc = analyzeText(withRuledTable(pagesFromText(text), rows));
  return {
    measures: effectsByTitle(doc),
    totals: doc.totals.map((t) => [t.year, t.amountMsek, t.reconciled]),
    warned: doc.warnings.some((w) => w.code === 'AMBIGUOUS_TABLE' && /period of years/.test(w.message)),
  };
};

describe('a column for a period of years in a table of cells', () => {
  it('reads the period figure for each of its years when a note under the table says so', () => {
    const got = read('Tabell 2. Effekt, mkr', 'Beloppen för 2031–2032 gäller för vart och ett av åren.');
    expect(got.measures).toEqual([
      [
        'Gemensam tvätt för sjukhusen',
        [
          [2030, 0.8],
          [2031, 1.1],
          [2032, 1.1],
          [2033, 1.4],
        ],
      ],
      [
        'Färre externa utbildningsdagar',
        [
          [2030, 0.3],
          [2031, 0.5],
          [2032, 0.5],
          [2033, 0.5],
        ],
      ],
    ]);
    expect(got.totals).toEqual([
      [2030, 1.1, true],
      [2031, 1.6, true],
      [2032, 1.6, true],
      [2033, 1.9, true],
    ]);
    expect(got.warned).toBe(false);
  });

  it('reads it so when the caption gives the figures per year', () => {
    const got = read('Tabell 2. Besparing per år, mkr', 'Insatserna följs upp varje tertial.');
    expect(got.measures[0]?.[1]).toEqual([
      [2030, 0.8],
      [2031, 1.1],
      [2032, 1.1],
      [2033, 1.4],
    ]);
    expect(got.warned).toBe(false);
  });

  it('reads no year from the period and warns when nothing says the figure is per year', () => {
    const got = read('Tabell 2. Effekt, mkr', 'Insatserna följs upp varje tertial.');
    expect(got.measures).toEqual([
      [
        'Gemensam tvätt för sjukhusen',
        [
          [2030, 0.8],
          [2033, 1.4],
        ],
      ],
      [
        'Färre externa utbildningsdagar',
        [
          [2030, 0.3],
          [2033, 0.5],
        ],
      ],
    ]);
    expect(got.warned).toBe(true);
  });

  it('a sum over the period is never read per year, whatever the caption', () => {
    const got = read('Tabell 2. Besparing per år, mkr', '', 'Totalt 2031–2032');
    expect(got.measures[0]?.[1]).toEqual([
      [2030, 0.8],
      [2033, 1.4],
    ]);
    expect(got.warned).toBe(true);
  });
});

describe('periodOfCell and periodPerYear', () => {
  it('reads the forms of a period header', () => {
    expect(periodOfCell('2031–2032')?.years).toEqual([2031, 2032]);
    expect(periodOfCell('Effekt 2031-2033')?.years).toEqual([2031, 2032, 2033]);
    expect(periodOfCell('2031–32 (mkr)')).toEqual({ years: [2031, 2032], unit: 'mkr' });
    expect(periodOfCell('2031 till 2032')?.years).toEqual([2031, 2032]);
    for (const text of ['2032–2031', '2020–2035', '2031', 'Kv 1–2 2031', '2031–2032 Summa'])
      expect(periodOfCell(text)).toBeNull();
  });

  it('tells per year from a sum over the period', () => {
    expect(periodPerYear('2031–2032', 'Effekt i mkr/år')).toBe(true);
    expect(periodPerYear('2031–2032', 'Årlig effekt (tkr)')).toBe(true);
    expect(periodPerYear('2031–2032', 'Uppföljning varje halvår')).toBe(false);
    expect(periodPerYear('Sammanlagt 2031–2032', 'Besparing per år')).toBe(false);
  });
});

describe('a full-year effect column beside the year a measure starts in', () => {
  const rows = [
    ['Insats', 'Start', 'varav 2030', 'Helårseffekt'],
    ['Samordnad nattbemanning i länsdelen', 'maj 2030', '0,4', '1,2'],
    ['Digital kallelse till screening', 'okt 2030', '0,1', '0,6'],
    ['Summa', '', '0,5', '1,8'],
  ];
  const read = (note: string) => {
    const text = `# Ekonomisk plan 2030–2032\n## Insatser\nTabell 1. Insatsernas effekt, mkr\n${rows.map((r) => r.join('    ')).join('\n')}\n\n${note}\n`;
    const doc = analyzeText(withRuledTable(pagesFromText(text), rows));
    return {
      measures: effectsByTitle(doc),
      totals: doc.totals.map((t) => [t.year, t.amountMsek, t.reconciled]),
    };
  };

  it('gives the full-year figure to the year the note names and the later years of the plan', () => {
    const got = read('Helårseffekten nås från 2031 och gäller resten av perioden.');
    expect(got.measures).toEqual([
      [
        'Samordnad nattbemanning i länsdelen',
        [
          [2030, 0.4],
          [2031, 1.2],
          [2032, 1.2],
        ],
      ],
      [
        'Digital kallelse till screening',
        [
          [2030, 0.1],
          [2031, 0.6],
          [2032, 0.6],
        ],
      ],
    ]);
    expect(got.totals).toEqual([
      [2030, 0.5, true],
      [2031, 1.8, true],
      [2032, 1.8, true],
    ]);
  });

  it('reads the full-year column as no year when the paper gives no year for it', () => {
    const got = read('Insatserna följs upp varje tertial.');
    expect(got.measures.map(([, effects]) => effects)).toEqual([[[2030, 0.4]], [[2030, 0.1]]]);
  });
});

describe('one column of a steady yearly effect and the year it holds from', () => {
  const read = (head: string, note: string) => {
    const rows = [
      ['Insats', head],
      ['Samordnad nattbemanning i länsdelen', '1,2'],
      ['Digital kallelse till screening', '0,6'],
      ['Summa', '1,8'],
    ];
    const text = `# Ekonomisk plan 2030–2032\n## Insatser\nTabell 1. Insatsernas effekt\n${rows.map((r) => r.join('    ')).join('\n')}\n\n${note}\n`;
    const doc = analyzeText(withRuledTable(pagesFromText(text), rows));
    return {
      measures: effectsByTitle(doc),
      totals: doc.totals.map((t) => [t.year, t.amountMsek, t.reconciled]),
      unparsed: doc.warnings.some((w) => w.code === 'TABLE_UNPARSED'),
    };
  };
  const expected = [
    [
      'Samordnad nattbemanning i länsdelen',
      [
        [2031, 1.2],
        [2032, 1.2],
      ],
    ],
    [
      'Digital kallelse till screening',
      [
        [2031, 0.6],
        [2032, 0.6],
      ],
    ],
  ];

  it('reads the full-year effect from the year the note gives through the plan', () => {
    const got = read('Helårseffekt (mkr)', 'Helårseffekten gäller från 2031.');
    expect(got.measures).toEqual(expected);
    expect(got.totals).toEqual([
      [2031, 1.8, true],
      [2032, 1.8, true],
    ]);
  });

  it('takes the year from the header itself', () => {
    expect(read('Årlig besparing från 2031, mkr', '').measures).toEqual(expected);
  });

  it('reads nothing, and says so, when no year is given', () => {
    const got = read('Helårseffekt (mkr)', 'Insatserna följs upp varje tertial.');
    expect(got.measures).toEqual([]);
    expect(got.unparsed).toBe(true);
  });
});
