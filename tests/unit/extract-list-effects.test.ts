/**
 * Effects by year in list items and stated totals for two years in one sentence: a year label binds
 * to the figure after it ("2026: 3,1 mkr"), a trailing year to the figure before it ("0,5 mkr
 * 2025"), a parenthesised list of year–amount pairs holds the effects (the title ends before it),
 * a written minus that tells the years apart is kept, and an unsure pairing is warned about.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { buildLayout } from '../../parsers/extract/layout.ts';
import { joinItemContinuations } from '../../parsers/extract/measures.ts';
import { effectsFromWording } from '../../parsers/swedish/effects.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };
const years = [2025, 2026, 2027];

function analyze(text: string) {
  return analyzePages(pagesFromText(text), { fileName: 'test.pdf', info });
}

function effects(text: string) {
  const doubts: string[] = [];
  const out = effectsFromWording(text, { fallbackYear: 2026, years, onDoubt: (r) => doubts.push(r) }).map(
    (e) => [e.year, e.amountMsek],
  );
  return { out, doubts };
}

describe('effects by year in one list item', () => {
  it('binds a year label to the figure after it, for every pair in a parenthesis', () => {
    expect(effects('Senarelagd ombyggnad (2026: 3,1 mkr, 2027: 4,2 mkr).').out).toEqual([
      [2026, 3.1],
      [2027, 4.2],
    ]);
  });

  it('keeps a written minus (U+2212 or hyphen) where the figures of the item differ in sign', () => {
    expect(effects('Samåkning i sjukresor (2026: −0,4 mkr, 2027: 6,4 mkr).')).toEqual({
      out: [
        [2026, -0.4],
        [2027, 6.4],
      ],
      doubts: [],
    });
    expect(effects('Ny rutin (-0,4 mkr 2026; 0,6 mkr 2027).').out).toEqual([
      [2026, -0.4],
      [2027, 0.6],
    ]);
  });

  it('binds a trailing year to the figure before it, not to the next figure', () => {
    expect(effects('Återanvändning av hjälpmedel: −0,5 mkr 2025 och 2,9 mkr 2026.').out).toEqual([
      [2025, -0.5],
      [2026, 2.9],
    ]);
    expect(effects('Tolkar: 1,5 mkr (2025), 2 mkr (2026)').out).toEqual([
      [2025, 1.5],
      [2026, 2],
    ]);
  });

  it('binds a year standing right before a signed figure to it', () => {
    expect(effects('Ändrad bemanning: 2025 −1,2 mkr och 2026 2,0 mkr.').out).toEqual([
      [2025, -1.2],
      [2026, 2],
    ]);
  });

  it('warns where every figure is written negative and no word says whether it is a saving', () => {
    const { out, doubts } = effects('Ny rutin (−0,4 mkr 2026; −0,6 mkr 2027).');
    expect(out).toEqual([
      [2026, 0.4],
      [2027, 0.6],
    ]);
    expect(doubts).toHaveLength(2);
    expect(doubts[0]).toContain('written minus');
  });

  it('warns where a second figure has no year of its own', () => {
    const { doubts } = effects('Besparing 3 mkr och 4 mkr 2026.');
    expect(doubts.some((d) => d.includes('guess'))).toBe(true);
  });

  it('does not warn on a single figure with its year after it', () => {
    expect(effects('Minskad hyrbemanning 4 mkr 2026.').doubts).toEqual([]);
  });
});

describe('list items in a document', () => {
  it('ends the title before the parenthesis of effects and reads both years with their signs', () => {
    const doc = analyze(`# Åtgärder 2026
## Föreslagna åtgärder
Förvaltningen föreslår följande åtgärder:
a) Senarelagd ombyggnad av operationsavdelningen (2026: 3,1 mkr, 2027: 3,1 mkr).
b) Samåkning i sjukresor till länssjukhuset (2026: −0,4 mkr, 2027: 6,4 mkr).
c) Översyn av tolkkostnader (−0,6 mkr 2026; 1,0 mkr 2027).`);
    expect(doc.measures.map((m) => [m.label, m.title, m.effects.map((e) => [e.year, e.amountMsek])])).toEqual(
      [
        [
          'a',
          'Senarelagd ombyggnad av operationsavdelningen',
          [
            [2026, 3.1],
            [2027, 3.1],
          ],
        ],
        [
          'b',
          'Samåkning i sjukresor till länssjukhuset',
          [
            [2026, -0.4],
            [2027, 6.4],
          ],
        ],
        [
          'c',
          'Översyn av tolkkostnader',
          [
            [2026, -0.6],
            [2027, 1],
          ],
        ],
      ],
    );
  });

  it('reads every year of a total stated for two years, also when run on after the last item', () => {
    const doc = analyze(`# Åtgärder 2026
## Föreslagna åtgärder
Förvaltningen föreslår följande åtgärder:
a) Översyn av tolkkostnader: 3,9 mkr 2026 och 5,2 mkr 2027.
b) Centraliserad beredning av cytostatika (2026: 3,1 mkr, 2027: 3,1 mkr). Sammanlagt beräknas åtgärderna ge 7,0 mkr 2026 och 8,3 mkr 2027.`);
    expect(doc.measures.map((m) => m.effects.map((e) => [e.year, e.amountMsek]))).toEqual([
      [
        [2026, 3.9],
        [2027, 5.2],
      ],
      [
        [2026, 3.1],
        [2027, 3.1],
      ],
    ]);
    expect(doc.totals.map((t) => [t.year, t.amountMsek])).toEqual([
      [2026, 7],
      [2027, 8.3],
    ]);
  });
});

describe('joinItemContinuations', () => {
  it('joins a wrapped line set apart as a paragraph to the item that stops mid-sentence', () => {
    const layout = buildLayout(
      pagesFromText(`Förvaltningen föreslår följande åtgärder:
a) Översyn av tolkkostnader (2025: 3,9 mkr,

2026: 5,2 mkr).

Nästa stycke börjar med versal.`),
    );
    const joined = joinItemContinuations(layout.blocks, new Set());
    const item = joined.find((b) => b.kind === 'item');
    expect(item?.text).toBe('Översyn av tolkkostnader (2025: 3,9 mkr, 2026: 5,2 mkr).');
    expect(joined.some((b) => b.text.startsWith('Nästa stycke'))).toBe(true);
  });
});
