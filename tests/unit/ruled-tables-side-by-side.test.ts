/**
 * Two ruled tables set side by side that the reader takes for one grid ("Insats | 2031 | 2032 | Insats |
 * 2031 | 2032"), each table's rows in the row slots the other's rules add too: two tables, each row of
 * each read once. A grid whose years do not run again after a word column stays one table. Wording and
 * figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';
import { pagesFromText, withRuledTable } from '../helpers/text-pages.ts';

const read = (rows: string[][]) => {
  const text = `## Åtgärder per klinik\nBelopp i mkr.\n${rows.map((r) => r.join('    ')).join('\n')}\n\nÅtgärderna följs upp varje tertial.\n`;
  const doc = analyzeText(withRuledTable(pagesFromText(text), rows));
  return { measures: effectsByTitle(doc), totals: doc.totals.map((t) => [t.year, t.amountMsek]) };
};

describe('two ruled tables side by side read as one grid', () => {
  it('reads both tables, each row once', () => {
    const got = read([
      ['Insats', '2031', '2032', 'Insats', 'Effekt 2031', 'Effekt 2032'],
      ['Ny schemaläggning i barnsjukvården', '0,6', '0,9', 'Egen hörselvård för vuxna', '1,5', '1,7'],
      [
        'Ny schemaläggning i barnsjukvården',
        '0,6',
        '0,9',
        'Färre remisser till privat fysioterapi',
        '0,4',
        '0,6',
      ],
      [
        'Samlad nattjour med grannkliniken',
        '1,0',
        '1,2',
        'Färre remisser till privat fysioterapi',
        '0,4',
        '0,6',
      ],
      ['Summa', '1,6', '2,1', 'Summa', '1,9', '2,3'],
    ]);
    expect(got.measures).toEqual([
      [
        'Ny schemaläggning i barnsjukvården',
        [
          [2031, 0.6],
          [2032, 0.9],
        ],
      ],
      [
        'Samlad nattjour med grannkliniken',
        [
          [2031, 1],
          [2032, 1.2],
        ],
      ],
      [
        'Egen hörselvård för vuxna',
        [
          [2031, 1.5],
          [2032, 1.7],
        ],
      ],
      [
        'Färre remisser till privat fysioterapi',
        [
          [2031, 0.4],
          [2032, 0.6],
        ],
      ],
    ]);
    expect(got.totals).toEqual([
      [2031, 1.6],
      [2032, 2.1],
      [2031, 1.9],
      [2032, 2.3],
    ]);
  });

  it('keeps a grid with a text column after its years one table', () => {
    const got = read([
      ['Insats', '2031', '2032', 'Ansvarig'],
      ['Ny schemaläggning i barnsjukvården', '0,6', '0,9', 'Verksamhetschef'],
      ['Samlad nattjour med grannkliniken', '1,0', '1,2', 'Klinikchef'],
      ['Summa', '1,6', '2,1', ''],
    ]);
    expect(got.measures.map(([t]) => t)).toEqual([
      'Ny schemaläggning i barnsjukvården',
      'Samlad nattjour med grannkliniken',
    ]);
    expect(got.totals).toEqual([
      [2031, 1.6],
      [2032, 2.1],
    ]);
  });
});
