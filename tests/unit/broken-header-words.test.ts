/**
 * Header words broken mid-word without a hyphen in narrow cells ("Nettoresulta" over "t 2030"): joined
 * before the header is read — by geometry where the cell is drawn (the first part is one word filling the
 * cell to its edge, the next line goes on in lower case), by the header grammar where no geometry is kept.
 * A net column of a year beside a gross figure and a cost of the same year is the year's effect even when
 * no column is a plain year. Wording and figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { joinBrokenHeaderWord } from '../../parsers/extract/tables.ts';
import type { PageTable, TextItem } from '../../parsers/page-model.ts';
import { cellText } from '../../parsers/pdf/grid.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };
const item = (text: string, x: number, y: number): TextItem => ({
  text,
  x,
  y,
  width: text.length * 5,
  height: 10,
});

describe('a word broken without a hyphen in a drawn cell', () => {
  it('joins a one-word line that fills the cell with the lower-case line after it', () => {
    // "Lokalkostnadsminskni" is 20 letters, 100 points from x 40: it ends at the cell's inner edge 140.
    expect(cellText([item('Lokalkostnadsminskni', 40, 100), item('ng 2030', 40, 112)], 140)).toBe(
      'Lokalkostnadsminskning 2030',
    );
  });

  it('keeps the space after a line that ends short of the edge, holds two words, or is followed by a capital', () => {
    expect(cellText([item('Kostnad', 40, 100), item('för år 2030', 40, 112)], 140)).toBe(
      'Kostnad för år 2030',
    );
    expect(cellText([item('Färre kliniker och', 40, 100), item('vårdplatser', 40, 112)], 130)).toBe(
      'Färre kliniker och vårdplatser',
    );
    expect(cellText([item('Tandvårdsenheternas', 40, 100), item('Samverkan', 40, 112)], 135)).toBe(
      'Tandvårdsenheternas Samverkan',
    );
    // Without the cell's edge nothing is judged.
    expect(cellText([item('Lokalkostnadsminskni', 40, 100), item('ng 2030', 40, 112)])).toBe(
      'Lokalkostnadsminskni ng 2030',
    );
  });
});

describe('a header word broken in a cell without geometry', () => {
  it('joins the parts when they make a word of the header grammar', () => {
    expect(joinBrokenHeaderWord('Merkostna d 2030')).toBe('Merkostnad 2030');
    expect(joinBrokenHeaderWord('Nettoresulta t 2031 (tkr)')).toBe('Nettoresultat 2031 (tkr)');
    expect(joinBrokenHeaderWord('Intäkte r')).toBe('Intäkter');
  });

  it('leaves words that are whole', () => {
    expect(joinBrokenHeaderWord('Kostnad för år 2030')).toBe('Kostnad för år 2030');
    expect(joinBrokenHeaderWord('Insats och ansvar')).toBe('Insats och ansvar');
    expect(joinBrokenHeaderWord('Effekt i tkr')).toBe('Effekt i tkr');
  });

  it('reads the net columns of a table whose broken headers name gross, one-off cost and net per year', () => {
    const table: PageTable = {
      source: 'struct',
      rows: [
        [
          'Insats (tkr)',
          'Bruttoeffek t 2030',
          'Engångskostna d 2030',
          'Nettoresulta t 2030',
          'Bruttoeffek t 2031',
          'Engångskostna d 2031',
          'Nettoresulta t 2031',
        ],
        ['Färre kliniker i glesbygd', '900', '−300', '600', '1 200', '−100', '1 100'],
        ['Gemensam sterilcentral', '500', '–', '500', '700', '−200', '500'],
      ],
    };
    const pages = pagesFromText('# Åtgärdsprogram för tandvården\nProgrammets åtgärder.\n');
    const page = pages[0];
    if (page) page.tables = [table];
    const doc = analyzePages(pages, { fileName: 'test.pdf', info });
    expect(doc.measures.map((m) => [m.title, m.effects.map((e) => [e.year, e.amountMsek])])).toEqual([
      [
        'Färre kliniker i glesbygd',
        [
          [2030, 0.6],
          [2031, 1.1],
        ],
      ],
      [
        'Gemensam sterilcentral',
        [
          [2030, 0.5],
          [2031, 0.5],
        ],
      ],
    ]);
    // The gross figures and costs are amounts of the paper.
    expect(doc.amounts.map((a) => a.amountMsek)).toEqual(expect.arrayContaining([0.9, -0.3, 1.2, 0.7]));
  });

  it('reads year columns whose only header word was broken', () => {
    const pages = pagesFromText('# Åtgärdsprogram för tandvården\nProgrammets åtgärder.\n');
    const page = pages[0];
    if (page)
      page.tables = [
        {
          source: 'struct',
          rows: [
            ['Insats', 'Effek t 2030 (tkr)', 'Effek t 2031 (tkr)'],
            ['Färre kliniker i glesbygd', '450', '900'],
          ],
        },
      ];
    const doc = analyzePages(pages, { fileName: 'test.pdf', info });
    expect(doc.measures.map((m) => [m.title, m.effects.map((e) => [e.year, e.amountMsek])])).toEqual([
      [
        'Färre kliniker i glesbygd',
        [
          [2030, 0.45],
          [2031, 0.9],
        ],
      ],
    ]);
  });
});
