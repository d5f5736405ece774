/**
 * Figures as typeset reports print them: a footnote mark after the figure ("2,6² mkr", "−41,0 ¹) mnkr",
 * "8,1* mkr", a table cell "1 042,1³" or "7,5 ²)"), thousands grouped by thin and narrow no-break spaces,
 * and a word hyphenated at the end of a table cell's line. The mark is never a digit of the figure and
 * never hides it. Wording and figures are made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { parseValue } from '../../parsers/extract/tables.ts';
import type { TextItem } from '../../parsers/page-model.ts';
import { cellText } from '../../parsers/pdf/grid.ts';
import { findAmounts } from '../../parsers/swedish/amounts.ts';
import { withoutFootnoteMark } from '../../parsers/swedish/numbers.ts';
import { joinWrapped } from '../../parsers/swedish/text.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };
const read = (text: string) => findAmounts(text).map((a) => a.amountMsek);

describe('a footnote mark after a figure in running text', () => {
  it('reads the figure before a superscript mark and its unit after it', () => {
    expect(read('Kulturnämndens överskott blev 2,6² mkr i år.')).toEqual([2.6]);
    expect(read('Underskottet väntas bli −1 204⁴ tkr vid årets slut.')).toEqual([-1.204]);
  });

  it('reads the figure before a parenthesised superscript, an asterisk or a dagger', () => {
    expect(read('Kollektivtrafiken redovisar −41,0 ¹) mnkr.')).toEqual([-41]);
    expect(read('Intäkterna ökade med 8,1* mkr.')).toEqual([8.1]);
    expect(read('Hyran sjönk med 0,9† mkr.')).toEqual([0.9]);
  });

  it('reads thousands grouped by thin and narrow no-break spaces', () => {
    expect(read('Budgeten omfattar 1\u2009250,5 mkr och 2\u202f040 tkr.')).toEqual([1250.5, 2.04]);
  });

  it('does not take a plain digit after a figure for a mark', () => {
    // "12,5 1) mkr" may be a mark or a list item: left unread rather than guessed.
    expect(read('Ökningen var 12,5 1) mkr.')).toEqual([]);
  });
});

describe('a footnote mark after a table figure', () => {
  it('drops a parenthesised superscript mark, also inside a parenthesised negative', () => {
    expect(withoutFootnoteMark('7,5 ²)')).toBe('7,5');
    expect(withoutFootnoteMark('(4,2³)')).toBe('(4,2)');
    expect(parseValue('7,5 ²)', 'mkr')).toMatchObject({ amountMsek: 7.5 });
    expect(parseValue('(4,2³)', 'mkr')).toMatchObject({ amountMsek: -4.2 });
    expect(withoutFootnoteMark('(4,2)')).toBe('(4,2)');
  });

  it('reads the marked cells of a figure table', () => {
    const doc = analyzePages(
      pagesFromText(`# Årsredovisning kulturnämnden
Tabell 4. Nettokostnad per enhet (mkr)
Enhet                       Utfall       Budget
Länsmuseet                 1 042,1³      1 029,3
Länsteatern                  312,7*        305,0
Regionarkivet                 95,4 ²)       97,2
Summa                      1 450,2       1 431,5`),
      { fileName: 'test.pdf', info },
    );
    expect(doc.amounts.map((a) => a.amountMsek)).toEqual([
      1042.1, 312.7, 95.4, 1450.2, 1029.3, 305, 97.2, 1431.5,
    ]);
  });
});

describe('two table cells set as one run', () => {
  it('splits figures that ended with their decimals or a mark, not bare groups', () => {
    const doc = analyzePages(
      pagesFromText(`# Årsredovisning kulturnämnden
Tabell 5. Kostnad per enhet (mkr)
Enhet                      Utfall    Budget      Avvikelse
Länsmuseet                 1 042,1 1 029,3³        −12,8
Länsteatern                  312,7* 305,0           −7,7
Summa                      1 354,8   1 334,3       −20,5`),
      { fileName: 'test.pdf', info },
    );
    expect(doc.amounts.map((a) => a.amountMsek)).toEqual([
      1042.1, 312.7, 1354.8, 1029.3, 305, 1334.3, -12.8, -7.7, -20.5,
    ]);
  });
});

describe('a word hyphenated at the end of a line', () => {
  it('joins a broken compound and keeps a shared compound part before a conjunction', () => {
    expect(joinWrapped('Ny upphandling av städ-', 'tjänster')).toBe('Ny upphandling av städtjänster');
    expect(joinWrapped('Ny upphandling av städ\u00ad', 'tjänster')).toBe('Ny upphandling av städtjänster');
    expect(joinWrapped('Kultur-', 'eller fritidsnämnden')).toBe('Kultur- eller fritidsnämnden');
    // Parts Swedish writes with their hyphen keep it; a soft hyphen never stays.
    expect(joinWrapped('minska andelen icke-', 'debiterbara besök')).toBe(
      'minska andelen icke-debiterbara besök',
    );
    expect(joinWrapped('fler e-', 'tjänster')).toBe('fler e-tjänster');
    expect(joinWrapped('fler e\u00ad', 'tjänster')).toBe('fler etjänster');
    expect(joinWrapped('Översyn av sjuk-', 'transporter')).toBe('Översyn av sjuktransporter');
  });

  it('keeps the hyphen of a word that already holds one (a chain of parts written with hyphens)', () => {
    expect(joinWrapped('Färre besök på hjärt-kärl-', 'mottagningen')).toBe(
      'Färre besök på hjärt-kärl-mottagningen',
    );
    expect(joinWrapped('Samordnad tand-mun-', 'käkkirurgi')).toBe('Samordnad tand-mun-käkkirurgi');
    expect(joinWrapped('Samordnad tand-', 'mun-käkkirurgi')).toBe('Samordnad tand-mun-käkkirurgi');
    // One hyphen only: still a break.
    expect(joinWrapped('Lägre läkemedels-', 'kostnader')).toBe('Lägre läkemedelskostnader');
  });

  it('joins a hyphenated word in a drawn table cell', () => {
    const item = (text: string, x: number, y: number): TextItem => ({
      text,
      x,
      y,
      width: text.length * 5,
      height: 10,
    });
    expect(cellText([item('Avveckling av lokal-', 50, 100), item('hyresavtal', 50, 112)])).toBe(
      'Avveckling av lokalhyresavtal',
    );
  });
});
