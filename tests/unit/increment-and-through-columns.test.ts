/**
 * Year columns that are not each year's effect, told by their header or the caption right above the
 * table: increments over the year before ("Tillkommande …", "utöver året före") give each year the sum
 * of the increments so far, and columns reached "till och med" a year are cumulative (each year the
 * difference from the year before) — both warned, the printed figures kept as amounts. A sentence with
 * an amount of its own above the table ("… jämfört med föregående år") changes nothing. Cells and wording
 * made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { levelsFromIncrements, throughEveryYear } from '../../parsers/extract/tables.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };

function ruled(rows: string[][], above = 'Insatserna nedan beslutas av styrelsen.') {
  const pages = pagesFromText(`# Långtidsplan 2031–2033\n${above}\n`);
  const page = pages[0];
  if (!page) throw new Error('no page');
  page.tables = [{ source: 'ruled', rows }];
  return analyzePages(pages, { fileName: 'test.pdf', info });
}
const effects = (doc: ReturnType<typeof ruled>) =>
  doc.measures.map((m) => [m.title, m.effects.map((e) => [e.year, e.amountMsek])]);

describe('increment columns', () => {
  it('sums the increments of a header spanning the years, warned, the printed increments amounts', () => {
    const doc = ruled([
      ['Insats', 'Tillkommande besparing (mnkr)', '', ''],
      ['', '2031', '2032', '2033'],
      ['Gemensam bildtolkning i glesbygd', '1,5', '0,5', '1,0'],
      ['Färre konsulter i lönehanteringen', '0,4', '', '0,2'],
    ]);
    expect(effects(doc)).toEqual([
      [
        'Gemensam bildtolkning i glesbygd',
        [
          [2031, 1.5],
          [2032, 2],
          [2033, 3],
        ],
      ],
      [
        'Färre konsulter i lönehanteringen',
        [
          [2031, 0.4],
          [2032, 0.4],
          [2033, 0.6],
        ],
      ],
    ]);
    expect(doc.warnings.some((w) => /adds to the year before/.test(w.message))).toBe(true);
    expect(doc.amounts.map((a) => a.amountMsek)).toEqual(expect.arrayContaining([0.5, 1, 0.2]));
  });

  it('reads a text-layer table under a caption of increments the same way', () => {
    const pages = pagesFromText(
      [
        '# Långtidsplan 2031–2033',
        'Sparbeting utöver året före, tkr',
        'Insats                                   2031      2032      2033',
        'Samlad förskrivning av hjälpmedel         600       300       300',
        'Nattstängd jourcentral i Malung           900       100       –',
      ].join('\n'),
    );
    const doc = analyzePages(pages, { fileName: 'test.pdf', info });
    expect(effects(doc)).toEqual([
      [
        'Samlad förskrivning av hjälpmedel',
        [
          [2031, 0.6],
          [2032, 0.9],
          [2033, 1.2],
        ],
      ],
      [
        'Nattstängd jourcentral i Malung',
        [
          [2031, 0.9],
          [2032, 1],
          [2033, 1],
        ],
      ],
    ]);
    expect(doc.warnings.some((w) => /adds to the year before/.test(w.message))).toBe(true);
  });

  it('leaves a table alone under a prose sentence "jämfört med föregående år" above its caption', () => {
    const pages = pagesFromText(
      [
        '# Långtidsplan 2031–2033',
        'Andelen besök inom 30 dagar har ökat jämfört med föregående år.',
        'Insatser, tkr',
        'Insats                                   2031      2032',
        'Samlad förskrivning av hjälpmedel         600       900',
      ].join('\n'),
    );
    const doc = analyzePages(pages, { fileName: 'test.pdf', info });
    expect(effects(doc)).toEqual([
      [
        'Samlad förskrivning av hjälpmedel',
        [
          [2031, 0.6],
          [2032, 0.9],
        ],
      ],
    ]);
  });

  it('leaves a table alone under a sentence with its own amount "jämfört med föregående år"', () => {
    const doc = ruled(
      [
        ['Insats', '2031 (mnkr)', '2032 (mnkr)'],
        ['Gemensam bildtolkning i glesbygd', '1,5', '2,0'],
      ],
      'Lönekostnaderna steg med 3,2 mkr jämfört med föregående år.',
    );
    expect(effects(doc)).toEqual([
      [
        'Gemensam bildtolkning i glesbygd',
        [
          [2031, 1.5],
          [2032, 2],
        ],
      ],
    ]);
  });

  it('keeps the level a year without a printed increment has reached', () => {
    const v = (year: number, amountMsek: number) => ({ year, amountMsek, raw: String(amountMsek) });
    expect(
      levelsFromIncrements([v(2031, 1), v(2033, 0.5)], [2031, 2032, 2033]).map((x) => x.amountMsek),
    ).toEqual([1, 1, 1.5]);
    expect(levelsFromIncrements([v(2032, 2)], [2031, 2032, 2033]).map((x) => x.year)).toEqual([2032, 2033]);
  });
});

describe('columns reached "till och med" a year', () => {
  it('are cumulative: each year the difference from the year before, warned', () => {
    const doc = ruled([
      ['Insats', 'Till och med 2031', 'Till och med 2032', 'Till och med 2033'],
      ['', 'mnkr', 'mnkr', 'mnkr'],
      ['Gemensam bildtolkning i glesbygd', '1,0', '2,5', '4,5'],
    ]);
    expect(effects(doc)).toEqual([
      [
        'Gemensam bildtolkning i glesbygd',
        [
          [2031, 1],
          [2032, 1.5],
          [2033, 2],
        ],
      ],
    ]);
    expect(doc.warnings.some((w) => /cumulative/.test(w.message))).toBe(true);
  });

  it('are told in a header line only when every year of it is reached so', () => {
    expect(throughEveryYear('Besparing t.o.m. 2031   Besparing t.o.m. 2032')).toBe(true);
    expect(throughEveryYear('2031   2032   Ack. t.o.m. 2032')).toBe(false);
    expect(throughEveryYear('2031   2032')).toBe(false);
  });
});
