/**
 * Measure cards side by side: (1) a card beside one whose title wraps has no piece on that row, and the
 * gap in its own column is no end of the card — it ran only to its title, and its effects were lost
 * without a word; (2) a year table read wholly from the cards' lines (a grid, or wrapped effect keys
 * beside the next card's figures) is the cards' content, not measures of its own.
 * Keys, wording and layout made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { tablesOutsideCards } from '../../parsers/extract/cards.ts';
import { analyzePages } from '../../parsers/extract/document.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };

describe('cards side by side', () => {
  it('reads a card to its end when the card beside it wraps its title', () => {
    const doc = analyzePages(
      pagesFromText(
        [
          '# Kort över besparingar i servicenämnden 2029–2030',
          '',
          'Insats         Gemensam växel för länets       Insats         Färre leasade tjänstebilar',
          '               sjukhus',
          'Kontakt        Driftchef                       Kontakt        Fordonssamordnare',
          'Minskad        0,6 mnkr                        Minskad        0,3 mnkr',
          'kostnad 2029                                   kostnad 2029',
          'Minskad        1,2 mnkr                        Minskad        0,4 mnkr',
          'kostnad 2030                                   kostnad 2030',
          '',
          'Insats         Samlad städupphandling          Insats         Digital posthantering',
          'Kontakt        Upphandlingschef                Kontakt        Kanslichef',
          'Minskad        0,9 mnkr                        Minskad        0,2 mnkr',
          'kostnad 2029                                   kostnad 2029',
          'Minskad        1,1 mnkr                        Minskad        0,5 mnkr',
          'kostnad 2030                                   kostnad 2030',
        ].join('\n'),
      ),
      { fileName: 'test.pdf', info },
    );
    const effects = (title: string) =>
      doc.measures.find((m) => m.title === title)?.effects.map((e) => [e.year, e.amountMsek]);
    expect(effects('Färre leasade tjänstebilar')).toEqual([
      [2029, 0.3],
      [2030, 0.4],
    ]);
    expect(effects('Gemensam växel för länets sjukhus')).toEqual([
      [2029, 0.6],
      [2030, 1.2],
    ]);
    expect(doc.measures).toHaveLength(4);
  });
});

describe('year tables on the cards’ lines', () => {
  const cards = { measures: [{}, {}] as never[], consumed: new Set([10, 11, 12, 13, 14, 15]) };

  it('drops a table standing wholly on lines the cards took', () => {
    const inside = { name: 'grid', lineIndexes: new Set([11, 12, 13]) };
    const across = { name: 'plan', lineIndexes: new Set([14, 15, 16, 17]) };
    const elsewhere = { name: 'summary', lineIndexes: new Set([30, 31]) };
    expect(tablesOutsideCards([inside, across, elsewhere], cards).map((t) => t.name)).toEqual([
      'plan',
      'summary',
    ]);
  });

  it('keeps every table when no card was read', () => {
    const inside = { name: 'grid', lineIndexes: new Set([11, 12]) };
    expect(tablesOutsideCards([inside], { measures: [], consumed: new Set([11, 12]) })).toEqual([inside]);
  });
});
