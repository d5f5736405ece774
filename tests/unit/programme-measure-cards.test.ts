/**
 * Measure cards (hold-out 8): one key–value record per measure, the first key repeated on every card.
 * The title is the first key's value; effects come from effect-worded keys or a year grid in the card;
 * the card's rows are no measures of their own. Keys, units and layouts here are not the generator's.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };
const analyze = (text: string) => analyzePages(pagesFromText(text), { fileName: 'test.pdf', info });
const effectsOf = (doc: ReturnType<typeof analyze>, title: string) =>
  doc.measures.find((m) => m.title === title)?.effects.map((e) => [e.year, e.amountMsek]);

describe('measure cards', () => {
  it('reads stacked cards with other keys, a three-year grid and a card without effect', () => {
    const doc = analyze(
      [
        '# Plan för ekonomisk balans 2028–2030',
        'Insatserna beskrivs på var sitt kort nedan.',
        '',
        'Insats          Samlad tvätt för alla sjukhus',
        'Syfte           Tvätten körs i en central',
        '                anläggning.',
        'Kontaktperson   Driftchef',
        'Besparing 2028  1,5 mkr',
        'Besparing 2029  2,0 mkr',
        '',
        'Insats          Färre hyrda lokaler',
        'Syfte           Två kontor sägs upp.',
        'Kontaktperson   Fastighetschef',
        'År              Besparing (mkr)',
        '2028                 0,8',
        '2029                 1,1',
        '2030                 1,4',
        '',
        'Insats          Översyn av kosttillägg',
        'Syfte           Utreds under våren.',
        'Kontaktperson   Ekonomichef',
      ].join('\n'),
    );
    expect(doc.measures.map((m) => m.title)).toEqual([
      'Samlad tvätt för alla sjukhus',
      'Färre hyrda lokaler',
      'Översyn av kosttillägg',
    ]);
    expect(effectsOf(doc, 'Samlad tvätt för alla sjukhus')).toEqual([
      [2028, 1.5],
      [2029, 2],
    ]);
    expect(effectsOf(doc, 'Färre hyrda lokaler')).toEqual([
      [2028, 0.8],
      [2029, 1.1],
      [2030, 1.4],
    ]);
    expect(effectsOf(doc, 'Översyn av kosttillägg')).toEqual([]);
  });

  it('reads two cards side by side as two records', () => {
    const doc = analyze(
      [
        '# Plan för ekonomisk balans 2028–2029',
        '',
        'Insats          Samlad tvätt               Insats          Färre hyrda lokaler',
        'Kontaktperson   Driftchef                  Kontaktperson   Fastighetschef',
        'Besparing 2028  1,5 mkr                    Besparing 2028  0,8 mkr',
        'Besparing 2029  2,0 mkr                    Besparing 2029  1,1 mkr',
        '',
        'Insats          Nytt schema för jouren     Insats          Egen städning',
        'Kontaktperson   Områdeschef                Kontaktperson   Driftchef',
        'Besparing 2028  300 tkr                    Besparing 2028  0,2 mkr',
      ].join('\n'),
    );
    expect(doc.measures.map((m) => m.title).sort()).toEqual(
      ['Egen städning', 'Färre hyrda lokaler', 'Nytt schema för jouren', 'Samlad tvätt'].sort(),
    );
    expect(effectsOf(doc, 'Färre hyrda lokaler')).toEqual([
      [2028, 0.8],
      [2029, 1.1],
    ]);
    expect(effectsOf(doc, 'Nytt schema för jouren')).toEqual([[2028, 0.3]]);
  });

  it('warns on a year grid without a unit', () => {
    const doc = analyze(
      [
        '# Plan för ekonomisk balans 2028–2029',
        '',
        'Insats          Samlad tvätt',
        'Kontaktperson   Driftchef',
        'Besparing 2028  1,5 mkr',
        '',
        'Insats          Färre hyrda lokaler',
        'Kontaktperson   Fastighetschef',
        'Besparing 2028  0,8 mkr',
        '',
        'Insats          Egen städning',
        'Kontaktperson   Driftchef',
        'År              Besparing',
        '2028            0,4',
      ].join('\n'),
    );
    expect(doc.warnings.some((w) => w.message.includes('without a unit'))).toBe(true);
    expect(effectsOf(doc, 'Egen städning')).toEqual([]);
  });
});
