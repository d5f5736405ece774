/**
 * A measure card whose year grid is narrower than the card's key column: the grid's years and figures
 * both stand left of where the card's values begin ("Kontaktperson   Driftchef" above, "2029  640" under
 * a grid head "År  Besparing (tkr)"). The year is the row's key and the figure its value, in the grid's
 * unit. Before, the year and figure were read as one key with no value, and the card lost its effects.
 * Keys, wording and layout made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };

describe('a year grid narrower than the card’s key column', () => {
  it('gives the card its effects in the grid’s unit', () => {
    const doc = analyzePages(
      pagesFromText(
        [
          '# Sparkort för servicenämnden 2029–2030',
          '',
          'Insats                  Gemensam växel för länets sjukhus',
          'Kontaktperson           Driftchef',
          'År    Besparing (tkr)',
          '2029  640',
          '2030  1 250',
          '',
          'Insats                  Färre leasade tjänstebilar',
          'Kontaktperson           Fordonssamordnare',
          'År    Besparing (tkr)',
          '2029  310',
          '2030  420',
        ].join('\n'),
      ),
      { fileName: 'test.pdf', info },
    );
    const effects = (title: string) =>
      doc.measures.find((m) => m.title === title)?.effects.map((e) => [e.year, e.amountMsek]);
    expect(doc.measures.map((m) => m.title)).toEqual([
      'Gemensam växel för länets sjukhus',
      'Färre leasade tjänstebilar',
    ]);
    expect(effects('Gemensam växel för länets sjukhus')).toEqual([
      [2029, 0.64],
      [2030, 1.25],
    ]);
    expect(effects('Färre leasade tjänstebilar')).toEqual([
      [2029, 0.31],
      [2030, 0.42],
    ]);
  });
});
