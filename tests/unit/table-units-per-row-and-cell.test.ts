/**
 * Where a table states its unit other than in its header: a column giving each row its own unit
 * ("Valuta"/"Enhet": tkr on one row, mkr on the next), a unit in every year cell that differs from
 * cell to cell ("640 tkr" beside "1,1 mkr" and "250 000 kr"), and a caption whose last word is whole
 * kronor set apart ("…, kr", "(kronor)"). Also a deviation table whose negatives carry the minus after
 * the figure ("12,4-") and whose last column holds shares ("−3,5 %"), and a board named by what it is
 * for in a citation. Wording and figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { findCitations } from '../../parsers/extract/references.ts';
import { withRowUnits } from '../../parsers/extract/tables.ts';
import type { PageTable } from '../../parsers/page-model.ts';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };

const withTable = (intro: string, rows: string[][]) => {
  const pages = pagesFromText(intro);
  const table: PageTable = { source: 'ruled', rows };
  const page = pages[0];
  if (page) page.tables = [table];
  return analyzeText(pages);
};

describe('a unit per row or per cell', () => {
  it('gives each row the unit of its unit column', () => {
    const doc = withTable('# Sparprogram för regionservice 2031–2032\nInsatser i programmet.\n', [
      ['Insats', 'Valuta', '2031', '2032'],
      ['Samlad lokalvård i egen regi', 'tkr', '750', '(120)'],
      ['Färre leasingbilar', 'mkr', '1,5', '2,25'],
      ['Summa', 'mkr', '2,25', '2,13'],
    ]);
    expect(effectsByTitle(doc)).toEqual([
      [
        'Samlad lokalvård i egen regi',
        [
          [2031, 0.75],
          [2032, -0.12],
        ],
      ],
      [
        'Färre leasingbilar',
        [
          [2031, 1.5],
          [2032, 2.25],
        ],
      ],
    ]);
    expect(doc.totals.map((t) => [t.year, t.amountMsek])).toEqual([
      [2031, 2.25],
      [2032, 2.13],
    ]);
  });

  it('finds no unit column where the column holds other words', () => {
    expect(
      withRowUnits(
        [
          ['Insats', 'Ansvar', '2031', '2032'],
          ['Samlad lokalvård', 'Servicechef', '750', '800'],
          ['Färre leasingbilar', 'Fordonsenheten', '1,5', '2'],
        ],
        1,
        [2, 3],
        0,
      ),
    ).toBeNull();
  });

  it('reads each year cell in the unit it names, when cells name different ones', () => {
    const doc = withTable('# Sparprogram för regionservice 2031–2032\nInsatser i programmet.\n', [
      ['Insats', 'År 2031', 'År 2032'],
      ['Samlad lokalvård i egen regi', '640 tkr', '1,1 mkr'],
      ['Färre leasingbilar', '250 000 kr', '900 tkr'],
    ]);
    expect(effectsByTitle(doc)).toEqual([
      [
        'Samlad lokalvård i egen regi',
        [
          [2031, 0.64],
          [2032, 1.1],
        ],
      ],
      [
        'Färre leasingbilar',
        [
          [2031, 0.25],
          [2032, 0.9],
        ],
      ],
    ]);
  });

  it('takes a column of figures with their unit (a row sum) for no unit column', () => {
    const rows = [
      ['Insats', 'År 2031', 'År 2032', 'Båda åren'],
      ['Samlad lokalvård i egen regi', '0,6 mkr', '1,1 mkr', '1,7 mkr'],
      ['Färre leasingbilar', '', '0,9 mkr', '0,9 mkr'],
      ['Totalt', '0,6 mkr', '2,0 mkr', '2,6 mkr'],
    ];
    expect(withRowUnits(rows, 1, [1, 2], 0)).toBeNull();
    const doc = withTable('# Sparprogram för regionservice 2031–2032\nInsatser i programmet.\n', rows);
    expect(effectsByTitle(doc)).toEqual([
      [
        'Samlad lokalvård i egen regi',
        [
          [2031, 0.6],
          [2032, 1.1],
        ],
      ],
      ['Färre leasingbilar', [[2032, 0.9]]],
    ]);
  });

  it('reads a year header whose unit follows a comma ("2031, tkr")', () => {
    const doc = withTable('# Sparprogram för regionservice 2031–2032\nInsatser i programmet.\n', [
      ['Insats', '2031, tkr', '2032, tkr'],
      ['Samlad lokalvård i egen regi', '640', '1 100'],
    ]);
    expect(effectsByTitle(doc)).toEqual([
      [
        'Samlad lokalvård i egen regi',
        [
          [2031, 0.64],
          [2032, 1.1],
        ],
      ],
    ]);
  });

  it('takes whole kronor from a caption that ends with them', () => {
    const doc = analyzeText(
      pagesFromText(`# Sparprogram för regionservice 2031–2032
Beräknad besparing per insats (kronor)
Insats                                   2031          2032
Samlad lokalvård i egen regi          640 000       900 000
Färre leasingbilar                    150 000       275 000

Programmet följs upp i delårsrapporten.`),
    );
    expect(effectsByTitle(doc)).toEqual([
      [
        'Samlad lokalvård i egen regi',
        [
          [2031, 0.64],
          [2032, 0.9],
        ],
      ],
      [
        'Färre leasingbilar',
        [
          [2031, 0.15],
          [2032, 0.275],
        ],
      ],
    ]);
  });
});

describe('a deviation table with trailing minus signs and a column of shares', () => {
  it('reads every money figure signed and leaves the shares out', () => {
    const doc = analyzePages(
      pagesFromText(`# Tertialuppföljning för servicenämnden
Resultat mot budget per enhet, mkr
Enhet                      Budget     Utfall    Differens   Differens %
Fastighetsdrift             88,0       100,4       12,4-       -14,1 %
Kost och städ               41,5        39,0        2,5          6,0 %
Totalt                     129,5       139,4        9,9-        -7,6 %`),
      { fileName: 'test.pdf', info },
    );
    expect(doc.amounts.map((a) => a.amountMsek).sort((a, b) => a - b)).toEqual([
      -12.4, -9.9, 2.5, 39, 41.5, 88, 100.4, 129.5, 139.4,
    ]);
  });
});

describe('a board named by what it is for', () => {
  const cite = (text: string) =>
    findCitations(text, { defaultYear: 2025 }).map((c) => [c.body, c.date, c.paragraph]);

  it('reads "Nämnden för …" and "Styrelsen för …" whole', () => {
    expect(cite('Nämnden för folkhälsa beslutade den 3 februari 2025, § 21, att inrätta rådet.')).toEqual([
      ['Nämnden för folkhälsa', '2025-02-03', '§21'],
    ]);
    expect(cite('Styrelsen för regionservice beslutade 2024-10-08, § 140, om ny taxa.')).toEqual([
      ['Styrelsen för regionservice', '2024-10-08', '§140'],
    ]);
  });

  it('does not take an errand after "för" for a name', () => {
    expect(cite('Ärendet lämnades till nämnden för beslut 2025-05-06, § 9.').map((c) => c[0])).not.toContain(
      'Nämnden för beslut',
    );
  });
});
