/**
 * A spreadsheet too wide for one page prints its year columns on the next page, its first columns
 * (number and title) repeated there: the same rows with years of their own. The two pages are one
 * table — each row's effects over all years, the total row's per year — never the same measures twice
 * with half their years. Rows that do not match one by one keep the tables apart. Wording and figures
 * made up for these tests.
 */
import { describe, expect, it } from 'vitest';

/** The three measures of both pages' years and the total of both years, reconciled: what a joined table gives. */
function expectJoined(got: { measures: unknown; totals: unknown }): void {
  expect(got.measures).toEqual([
    [
      'Samordnad nattjour för två vårdcentraler',
      [
        [2031, 1.5],
        [2032, 2.5],
      ],
    ],
    [
      'Egen hantering av patientresor',
      [
        [2031, 0.5],
        [2032, 1],
      ],
    ],
    [
      'Uppsagda lokaler vid torget',
      [
        [2031, 2],
        [2032, 2.5],
      ],
    ],
  ]);
  expect(got.totals).toEqual([
    [2031, 4, true],
    [2032, 6, true],
  ]);
}

import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const line = (nr: string, title: string, ...figures: string[]) =>
  `${nr.padEnd(5)}${title.padEnd(46)}${figures.map((f) => f.padStart(12)).join('')}`;

const read = (text: string) => {
  const doc = analyzeText(text);
  return {
    measures: effectsByTitle(doc),
    totals: doc.totals.map((t) => [t.year, t.amountMsek, t.reconciled]),
  };
};

const page1 = [
  '# Plan för balans 2031–2032',
  'Resultateffekt per år i mkr.',
  '',
  line('Nr', 'Projekt', 'Effekt 2031'),
  line('1', 'Samordnad nattjour för två vårdcentraler', '1,5'),
  line('2', 'Egen hantering av patientresor', '0,5'),
  line('3', 'Uppsagda lokaler vid torget', '2,0'),
  line('', 'Summa', '4,0'),
].join('\n');

describe('a wide sheet over two pages with its first columns repeated', () => {
  it('joins the years of the second page to the rows of the first', () => {
    const got = read(
      `${page1}\f${[
        'Resultateffekt per år i mkr.',
        '',
        line('Nr', 'Projekt', '2032', 'Summa'),
        line('1', 'Samordnad nattjour för två vårdcentraler', '2,5', '4,0'),
        line('2', 'Egen hantering av patientresor', '1,0', '1,5'),
        line('3', 'Uppsagda lokaler vid torget', '2,5', '4,5'),
        line('', 'Summa', '6,0', '10,0'),
      ].join('\n')}`,
    );
    expectJoined(got);
  });

  it('keeps the tables apart when the rows of the second page are others', () => {
    const got = read(
      `${page1}\f${[
        'Resultateffekt per år i mkr.',
        '',
        line('Nr', 'Projekt', 'Effekt 2032'),
        line('4', 'Digital kallelse till screening', '0,8'),
        line('5', 'Färre externa utbildningar', '0,4'),
        line('6', 'Lägre energiförbrukning i fastigheterna', '1,3'),
        line('', 'Summa', '2,5'),
      ].join('\n')}`,
    );
    expect(got.measures.map(([title, effects]) => [title, effects.length])).toEqual([
      ['Samordnad nattjour för två vårdcentraler', 1],
      ['Egen hantering av patientresor', 1],
      ['Uppsagda lokaler vid torget', 1],
      ['Digital kallelse till screening', 1],
      ['Färre externa utbildningar', 1],
      ['Lägre energiförbrukning i fastigheterna', 1],
    ]);
  });

  it('keeps apart a page of outcome years beside the same rows', () => {
    const got = read(
      `${page1}\f${[
        'Resultateffekt per år i mkr.',
        '',
        line('Nr', 'Projekt', 'Utfall 2030'),
        line('1', 'Samordnad nattjour för två vårdcentraler', '0,9'),
        line('2', 'Egen hantering av patientresor', '0,2'),
        line('3', 'Uppsagda lokaler vid torget', '1,1'),
        line('', 'Summa', '2,2'),
      ].join('\n')}`,
    );
    expect(got.measures.flatMap(([, effects]) => effects.map(([year]) => year))).not.toContain(2030);
  });

  it('refuses, with a warning, years printed on a page beside remarks only (the titles on the page before)', () => {
    const pages = pagesFromText(
      [
        [
          '# Plan för balans 2031–2032',
          'Resultateffekt per år i mkr.',
          '',
          line('Nr', 'Projekt', 'Ansvarig'),
          line('1', 'Samordnad nattjour för två vårdcentraler', 'Chef'),
          line('2', 'Egen hantering av patientresor', 'Chef'),
        ].join('\n'),
        [
          'Resultateffekt per år i mkr.',
          '',
          `${'Kommentar'.padEnd(40)}${'Effekt 2031'.padStart(12)}${'2032'.padStart(12)}`,
          `${'Följs upp i ledningsgruppen varje månad.'.padEnd(40)}${'1,5'.padStart(12)}${'2,5'.padStart(12)}`,
          `${'Avtalet sägs upp i god tid före årsskiftet.'.padEnd(40)}${'0,5'.padStart(12)}${'1,0'.padStart(12)}`,
        ].join('\n'),
      ].join('\f'),
    );
    const doc = analyzeText(pages);
    expect(doc.measures.flatMap((m) => m.effects)).toEqual([]);
    expect(doc.warnings.some((w) => w.code === 'TABLE_UNPARSED' && /comment column/.test(w.message))).toBe(
      true,
    );
  });

  describe('years beside remarks only, the titles on the page before at the same heights', () => {
    const titles = [
      'Resultateffekt per år i mkr.',
      '',
      line('Nr', 'Insats', 'Ansvarig'),
      line('1', 'Samordnad nattjour för två vårdcentraler', 'Chef'),
      line('2', 'Egen hantering av patientresor', 'Chef'),
      line('3', 'Uppsagda lokaler vid torget', 'Chef'),
      line('', 'Summa'),
    ].join('\n');
    const years = (rows: string[]) =>
      [
        'Planens åtgärder, forts.',
        '',
        `${'Kommentar'.padEnd(40)}${'Effekt 2031'.padStart(12)}${'2032'.padStart(12)}`,
        ...rows,
      ].join('\n');
    const row = (comment: string, a: string, b: string) =>
      `${comment.padEnd(40)}${a.padStart(12)}${b.padStart(12)}`;

    it('reads the rows with the titles of the page before, row by row', () => {
      const got = read(
        `${titles}\f${years([
          row('Följs upp varje månad.', '1,5', '2,5'),
          row('Avtalet sägs upp i tid.', '0,5', '1,0'),
          row('Hyresvärden är informerad.', '2,0', '2,5'),
          row('', '4,0', '6,0'),
        ])}`,
      );
      expectJoined(got);
    });

    it('refuses when a row stands at another height than its title (no match row by row)', () => {
      const pages = pagesFromText(
        `${titles}\f${years([
          row('Följs upp varje månad.', '1,5', '2,5'),
          'Avtalet sägs upp i tid, och',
          row('hyresvärden är informerad.', '0,5', '1,0'),
          row('Klart under våren.', '2,0', '2,5'),
          row('', '4,0', '6,0'),
        ])}`,
      );
      const doc = analyzeText(pages);
      expect(doc.measures.flatMap((m) => m.effects)).toEqual([]);
      expect(doc.warnings.some((w) => w.code === 'TABLE_UNPARSED')).toBe(true);
    });
  });
});
