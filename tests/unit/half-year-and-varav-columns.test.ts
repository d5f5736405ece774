/**
 * A measure's first year written as the effect of the half of it the measure runs ("Halvårseffekt
 * 2031") or as the share of a full-year effect that falls in it ("varav 2031") is that year's effect;
 * the full-year figure beside "varav" is an amount. Cells and wording made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };
const effects = (doc: ReturnType<typeof analyzePages>) =>
  doc.measures.map((m) => [m.title, m.effects.map((e) => [e.year, e.amountMsek])]);

describe('half-year and varav year columns', () => {
  it('reads "varav 2031" as the year and the full-year column beside it as an amount', () => {
    const pages = pagesFromText('# Sparprogram 2031\nInsatserna nedan beslutas av styrelsen.\n');
    const page = pages[0];
    if (!page) throw new Error('no page');
    page.tables = [
      {
        source: 'ruled',
        rows: [
          ['Insats', 'Årseffekt (tkr)', 'varav 2031 (tkr)'],
          ['Egen tolkförmedling i Arvika', '1 200', '400'],
          ['Färre nattpass på barnavdelningen', '600', '300'],
        ],
      },
    ];
    const doc = analyzePages(pages, { fileName: 'test.pdf', info });
    expect(effects(doc)).toEqual([
      ['Egen tolkförmedling i Arvika', [[2031, 0.4]]],
      ['Färre nattpass på barnavdelningen', [[2031, 0.3]]],
    ]);
    expect(doc.amounts.map((a) => a.amountMsek)).toEqual(expect.arrayContaining([1.2, 0.6]));
  });

  it('reads "Halvårseffekt 2031" in a ruled header as that year beside the later years', () => {
    const pages = pagesFromText('# Sparprogram 2031–2032\nInsatserna nedan beslutas av styrelsen.\n');
    const page = pages[0];
    if (!page) throw new Error('no page');
    page.tables = [
      {
        source: 'ruled',
        rows: [
          ['Insats', 'Halvårseffekt 2031', 'Effekt 2032', 'Effekt 2033'],
          ['', 'mnkr', 'mnkr', 'mnkr'],
          ['Egen tolkförmedling i Arvika', '0,5', '1,0', '1,1'],
        ],
      },
    ];
    const doc = analyzePages(pages, { fileName: 'test.pdf', info });
    expect(effects(doc)).toEqual([
      [
        'Egen tolkförmedling i Arvika',
        [
          [2031, 0.5],
          [2032, 1],
          [2033, 1.1],
        ],
      ],
    ]);
  });

  it('reads "varav 2031" over a text-layer column the same way', () => {
    const pages = pagesFromText(
      [
        '# Sparprogram 2031',
        'Insatser, mkr',
        'Insats                                  Årseffekt     varav 2031',
        'Egen tolkförmedling i Arvika                  1,2            0,4',
        'Färre nattpass på barnavdelningen             0,6            0,3',
      ].join('\n'),
    );
    const doc = analyzePages(pages, { fileName: 'test.pdf', info });
    expect(effects(doc)).toEqual([
      ['Egen tolkförmedling i Arvika', [[2031, 0.4]]],
      ['Färre nattpass på barnavdelningen', [[2031, 0.3]]],
    ]);
  });
});
