/**
 * Savings programmes written as lists in levels and with their figures after the title (hold-out 8,
 * fixtures/holdout8/MISSES.md): an item numbered within the item above ("2.1 …" under "2. …") is an item
 * of its own, the item that heads such items is an area and no measure, a dash after the title parts it
 * from its figures rather than being a minus, a unit in parentheses before a colon holds for the bare
 * figures after it, a full-year effect "from" a year holds for the later years of the paper, and a title
 * that names a programme over measures with effects is an action plan unless a decision is proposed.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { buildLayout } from '../../parsers/extract/layout.ts';
import { guessDocumentType } from '../../parsers/extract/metadata.ts';
import { amountsWithStatedUnit, effectsFromWording } from '../../parsers/swedish/effects.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };
const analyze = (text: string) => analyzePages(pagesFromText(text), { fileName: 'test.pdf', info });

describe('lists numbered in levels', () => {
  const paper = [
    '# Besparingar inom vuxenpsykiatrin 2028–2029',
    '## Insatser',
    '1. Slutenvården',
    '  1.1 Färre övertidstimmar på avdelning 14 (2028: 0,9 mkr; 2029: 1,4 mkr)',
    '  1.2 Gemensam jourlinje med barnpsykiatrin (2028: 0,3 mkr; 2029: 0,6 mkr)',
    '2. Öppenvården',
    '  2.1 Gruppbehandling i stället för enskilda samtal (2028: 2,2 mkr; 2029: 2,4 mkr)',
  ].join('\n');

  it('reads each sub-numbered line as an item of its own', () => {
    const labels = buildLayout(pagesFromText(paper).map((p) => p))
      .blocks.filter((b) => b.kind === 'item')
      .map((b) => b.marker?.label);
    expect(labels).toEqual(['1', '1.1', '1.2', '2', '2.1']);
  });

  it('keeps the heading items out of the measures and reads every sub-item with its effects', () => {
    const doc = analyze(paper);
    const got = doc.measures.map((m) => [m.label, m.title, m.effects.map((e) => [e.year, e.amountMsek])]);
    expect(got).toEqual([
      [
        '1.1',
        'Färre övertidstimmar på avdelning 14',
        [
          [2028, 0.9],
          [2029, 1.4],
        ],
      ],
      [
        '1.2',
        'Gemensam jourlinje med barnpsykiatrin',
        [
          [2028, 0.3],
          [2029, 0.6],
        ],
      ],
      [
        '2.1',
        'Gruppbehandling i stället för enskilda samtal',
        [
          [2028, 2.2],
          [2029, 2.4],
        ],
      ],
    ]);
  });

  it('does not take a wrapped line that starts with a lower-case word after a number for an item', () => {
    const labels = buildLayout(pagesFromText('1. Se vidare avsnitt\n3.2 nedan om lokalerna.'))
      .blocks.filter((b) => b.kind === 'item')
      .map((b) => b.marker?.label);
    expect(labels).toEqual(['1']);
  });
});

describe('figures after a measure title', () => {
  const years = [2028, 2029, 2030];
  const run = (text: string) => {
    const doubts: string[] = [];
    const out = effectsFromWording(text, { fallbackYear: 2028, years, onDoubt: (r) => doubts.push(r) });
    return { out: out.map((e) => [e.year, e.amountMsek]), doubts };
  };

  it('reads a dash between the title and its figures as a separator, with a doubt', () => {
    const { out, doubts } = run('Färre nattbemanningar – 1,7 mnkr 2028 och 2,2 mnkr 2029');
    expect(out).toEqual([
      [2028, 1.7],
      [2029, 2.2],
    ]);
    expect(doubts.some((d) => d.includes('separator'))).toBe(true);
  });

  it('still keeps a minus that tells the years apart after a colon or a year label', () => {
    expect(run('Ny bemanningsmodell: −0,8 mnkr 2028 och 1,6 mnkr 2029').out).toEqual([
      [2028, -0.8],
      [2029, 1.6],
    ]);
  });

  it('gives the unit of "Besparing (tkr):" to the bare figures after it', () => {
    const amounts = amountsWithStatedUnit('Nytt schema. Besparing (tkr): 2028 650 | 2029 1 200');
    expect(amounts.map((a) => a.amountMsek)).toEqual([0.65, 1.2]);
    expect(run('Nytt schema. Besparing (tkr): 2028 650 | 2029 1 200').out).toEqual([
      [2028, 0.65],
      [2029, 1.2],
    ]);
    // No unit in the parenthesis: the bare figures stay no money.
    expect(amountsWithStatedUnit('Antal platser (st): 2028 12')).toEqual([]);
  });

  it('holds a full-year effect from a year for the later years of the paper, a plain "från" for its year', () => {
    expect(
      run('Samlad städupphandling, 0,4 mnkr 2028 och därefter helårseffekt på 1,1 mnkr från 2029').out,
    ).toEqual([
      [2028, 0.4],
      [2029, 1.1],
      [2030, 1.1],
    ]);
    expect(run('Höjda avgifter ger 0,7 mnkr från 2029').out).toEqual([[2029, 0.7]]);
  });
});

describe('a programme as the title', () => {
  const layout = buildLayout(pagesFromText('# Effektiviseringsprogram för länssjukvården 2028\nText.'));
  it('is an action plan over measures with effects, a case memo when a decision is proposed', () => {
    const title = 'Effektiviseringsprogram för länssjukvården 2028';
    expect(guessDocumentType(layout, title, false, { measuresWithEffects: 3 })).toBe('handlingsplan');
    expect(guessDocumentType(layout, title, true, { measuresWithEffects: 3 })).not.toBe('handlingsplan');
    expect(guessDocumentType(layout, title, false, { measuresWithEffects: 0 })).not.toBe('handlingsplan');
  });
});
