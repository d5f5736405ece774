/**
 * Year columns named without four digits: "År 1 | År 2" whose first year the paper states around the table,
 * two-digit years in a rising run ("’29 | ’30", "år 31 | år 32"), and years counted from the paper's own
 * year ("Detta år | Året därpå"). A first year the paper does not state gives no year at all (never a
 * guess); a year counted from the title's year is read, told as unsure. Wording and figures made up for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';
import { pagesFromText, withRuledTable } from '../helpers/text-pages.ts';

const read = (title: string, above: string, heads: string[], below = '') => {
  const rows = [
    ['Förändring', ...heads],
    ['Samordnade kvällsmottagningar', '1,5', '2,0'],
    ['Nytt avtal om sängtvätt', '0,7', '0,9'],
    ['Totalt', '2,2', '2,9'],
  ];
  const text = `# ${title}\n${above}\n${rows.map((r) => r.join('    ')).join('\n')}\n\n${below}\n`;
  const doc = analyzeText(withRuledTable(pagesFromText(text), rows));
  return {
    measures: effectsByTitle(doc),
    totals: doc.totals.map((t) => [t.year, t.amountMsek]),
    unsure: doc.warnings.filter((w) => w.code === 'AMBIGUOUS_TABLE').length,
  };
};

describe('year columns named without four digits', () => {
  it('reads "År 1 | År 2" from the first year a note under the table states', () => {
    const got = read(
      'Besparingsprogram för vården',
      'Förändringarnas effekt, mkr',
      ['År 1', 'År 2'],
      'År 1 är räkenskapsåret 2031.',
    );
    expect(got.measures).toEqual([
      [
        'Samordnade kvällsmottagningar',
        [
          [2031, 1.5],
          [2032, 2],
        ],
      ],
      [
        'Nytt avtal om sängtvätt',
        [
          [2031, 0.7],
          [2032, 0.9],
        ],
      ],
    ]);
    expect(got.totals).toEqual([
      [2031, 2.2],
      [2032, 2.9],
    ]);
  });

  it('reads the first year from the caption ("år 1 = 2030")', () => {
    const got = read('Besparingsprogram för vården', 'Effekt per år (år 1 = 2030), mkr', ['År 1', 'År 2']);
    expect(got.measures.map(([, e]) => e.map(([y]) => y))).toEqual([
      [2030, 2031],
      [2030, 2031],
    ]);
  });

  it('gives no year when the paper never says which year år 1 is', () => {
    const got = read('Besparingsprogram för vården', 'Förändringarnas effekt, mkr', ['År 1', 'År 2']);
    expect(got.measures.flatMap(([, effects]) => effects)).toEqual([]);
    expect(got.totals).toEqual([]);
  });

  it('reads two-digit years in a rising run', () => {
    for (const heads of [
      ['’29', '’30'],
      ['år 29', 'år 30'],
      ['Plan -29', 'Plan -30'],
    ]) {
      const got = read('Besparingsprogram för vården', 'Förändringarnas effekt, mkr', heads);
      expect(got.measures.map(([, e]) => e.map(([y]) => y))).toEqual([
        [2029, 2030],
        [2029, 2030],
      ]);
    }
  });

  it('reads "Detta år | Året därpå" from the title year, told as unsure', () => {
    const got = read('Besparingar inom vården 2030', 'Förändringarnas effekt, mkr', [
      'Detta år',
      'Året därpå',
    ]);
    expect(got.measures.map(([, e]) => e.map(([y]) => y))).toEqual([
      [2030, 2031],
      [2030, 2031],
    ]);
    expect(got.unsure).toBeGreaterThan(0);
  });

  it('reads no year from "Detta år" when the title names none', () => {
    const got = read('Besparingar inom vården', 'Förändringarnas effekt, mkr', ['Detta år', 'Året därpå']);
    expect(got.measures.flatMap(([, effects]) => effects)).toEqual([]);
  });
});
