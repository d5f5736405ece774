/**
 * Borderless tables (aligned text, no rulings, no tags) read with the header grammar of cell tables:
 * parts of a year beside its full-year column or alone, saving/cost/net of the same year, and a net
 * column whose year stands only in the caption. Wording and figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';

const read = (text: string) => {
  const doc = analyzeText(text);
  return {
    measures: effectsByTitle(doc),
    totals: doc.totals.map((t): [number, number] => [t.year, t.amountMsek]),
    amounts: doc.amounts.map((a) => a.amountMsek),
    unsure: doc.warnings.filter((w) => w.code === 'AMBIGUOUS_TABLE').map((w) => w.message),
    unread: doc.warnings.filter((w) => w.code === 'TABLE_UNPARSED').length,
  };
};

describe('parts of a year in a borderless header', () => {
  it('takes the full-year column as the year and the halves as amounts', () => {
    const got = read(`# Omställning av tandvården 2029–2030
Tabell 3 Insatsernas effekt (mkr)
Insats                       Halvår 1 2029   Halvår 2 2029   Helåret 2029   Helåret 2030
Färre kliniker i glesbygd              0,2             0,3            0,5            0,9
Gemensam sterilcentral                 0,1             0,1            0,2            0,4
Summa                                  0,3             0,4            0,7            1,3

Insatserna följs upp varje kvartal.`);
    expect(got.measures).toEqual([
      [
        'Färre kliniker i glesbygd',
        [
          [2029, 0.5],
          [2030, 0.9],
        ],
      ],
      [
        'Gemensam sterilcentral',
        [
          [2029, 0.2],
          [2030, 0.4],
        ],
      ],
    ]);
    expect(got.totals).toEqual([
      [2029, 0.7],
      [2030, 1.3],
    ]);
    expect(got.amounts).toEqual(expect.arrayContaining([0.2, 0.3, 0.1]));
    expect(got.unread).toBe(0);
  });

  it('sums the tertials of a year printed only in parts, warned', () => {
    const got = read(`# Omställning av tandvården 2029–2030
Tabell 3 Insatsernas effekt (mkr)
Insats                       T1 2029   T2 2029   T3 2029    2030
Färre kliniker i glesbygd        0,1       0,2       0,3     0,9
Gemensam sterilcentral           0,1       0,1       0,1     0,4

Insatserna följs upp varje kvartal.`);
    expect(got.measures).toEqual([
      [
        'Färre kliniker i glesbygd',
        [
          [2029, 0.6],
          [2030, 0.9],
        ],
      ],
      [
        'Gemensam sterilcentral',
        [
          [2029, 0.3],
          [2030, 0.4],
        ],
      ],
    ]);
    expect(got.unsure.join(' ')).toMatch(/2029 is printed only in parts/);
  });

  it('never gives one part as the year when the parts do not make it', () => {
    const got = read(`# Omställning av tandvården 2029–2030
Tabell 3 Insatsernas effekt (mkr)
Insats                       Kv 1 2029   Kv 2 2029    2030
Färre kliniker i glesbygd          0,1         0,2     0,9
Gemensam sterilcentral             0,1         0,1     0,4

Insatserna följs upp varje kvartal.`);
    expect(got.measures).toEqual([
      ['Färre kliniker i glesbygd', [[2030, 0.9]]],
      ['Gemensam sterilcentral', [[2030, 0.4]]],
    ]);
    expect(got.unsure.join(' ')).toMatch(/2029 is printed only in parts that do not make the whole year/);
  });
});

describe('saving, cost and net of the same years in a borderless header', () => {
  const text = `# Omställning av tandvården 2029–2030
Tabell 4 Insatsernas effekt (mkr)
Insats                      Brutto 2029  Kostnader 2029  Netto 2029  Brutto 2030  Kostnader 2030  Netto 2030
Färre kliniker i glesbygd           0,9             0,3         0,6          1,2             0,2         1,0
Gemensam sterilcentral              0,5             0,1         0,4          0,7             0,1         0,6
Summa                               1,4             0,4         1,0          1,9             0,3         1,6

Insatserna följs upp varje kvartal.`;

  it('reads the net columns as the years and the gross and cost columns as amounts', () => {
    const got = read(text);
    expect(got.measures).toEqual([
      [
        'Färre kliniker i glesbygd',
        [
          [2029, 0.6],
          [2030, 1],
        ],
      ],
      [
        'Gemensam sterilcentral',
        [
          [2029, 0.4],
          [2030, 0.6],
        ],
      ],
    ]);
    expect(got.totals).toEqual([
      [2029, 1],
      [2030, 1.6],
    ]);
    expect(got.amounts).toEqual(expect.arrayContaining([0.9, 0.3, 1.2, 0.2, 0.5, 0.7]));
    expect(got.unsure).toEqual([]);
    expect(got.unread).toBe(0);
  });
});

describe('one year of gross, cost and net in a borderless table, the year in the caption', () => {
  const text = (caption: string) => `# Omställning av tandvården
${caption}
Insats                      Bruttobesparing   Omställningskostnad   Nettobesparing
Färre kliniker i glesbygd               0,9                   0,3              0,6
Gemensam sterilcentral                  0,5                   0,1              0,4

Insatserna följs upp varje kvartal.`;

  it('reads the net column as the effect of the caption year', () => {
    const got = read(text('Tabell 5 Insatsernas utfall under 2031 (mkr)'));
    expect(got.measures).toEqual([
      ['Färre kliniker i glesbygd', [[2031, 0.6]]],
      ['Gemensam sterilcentral', [[2031, 0.4]]],
    ]);
    expect(got.amounts).toEqual(expect.arrayContaining([0.9, 0.3, 0.5, 0.1]));
    expect(got.unsure).toEqual([]);
    expect(got.unread).toBe(0);
  });

  it('takes no year from a caption naming several', () => {
    const got = read(text('Tabell 5 Insatsernas utfall 2031–2032 (mkr)'));
    expect(got.measures.flatMap(([, effects]) => effects)).toEqual([]);
    expect(got.unread).toBe(1);
  });

  it('warns when the text above names another year too', () => {
    const got = read(`# Omställning av tandvården efter beslutet 2030
Tabell 5 Insatsernas utfall under 2031 (mkr)
Insats                      Bruttobesparing   Omställningskostnad   Nettobesparing
Färre kliniker i glesbygd               0,9                   0,3              0,6
Gemensam sterilcentral                  0,5                   0,1              0,4

Insatserna följs upp varje kvartal.`);
    expect(got.measures).toEqual([
      ['Färre kliniker i glesbygd', [[2031, 0.6]]],
      ['Gemensam sterilcentral', [[2031, 0.4]]],
    ]);
    expect(got.unsure.join(' ')).toMatch(/taken from the caption \(2031\)/);
  });
});

describe('a plain year beside the nets of other years in a borderless header', () => {
  it('reads the nets, the plain year as an amount, warned', () => {
    const got = read(`# Omställning av tandvården 2029–2030
Tabell 4 Insatsernas effekt (mkr)
Insats                          2029    Brutto 2030  Kostnader 2030  Netto 2030
Färre kliniker i glesbygd        0,5            1,2             0,2         1,0
Gemensam sterilcentral           0,3            0,7             0,1         0,6

Insatserna följs upp varje kvartal.`);
    expect(got.measures).toEqual([
      ['Färre kliniker i glesbygd', [[2030, 1]]],
      ['Gemensam sterilcentral', [[2030, 0.6]]],
    ]);
    expect(got.amounts).toEqual(expect.arrayContaining([0.5, 0.3]));
    expect(got.unsure.join(' ')).toMatch(/year columns without a net beside the net columns \(2029\)/);
  });
});
