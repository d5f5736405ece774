/**
 * Columns of a measure table that are neither the measure nor a year — a number column, a
 * responsible, a status, a comment — told apart by their content and where they stand, in tables of
 * cells (structure tree, ruling lines) and in borderless tables rebuilt from the text's positions.
 * The layouts are small and hand-built, including orders and words the fixture generator never makes.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { isTagColumn } from '../../parsers/extract/tables.ts';
import type { Page } from '../../parsers/page-model.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };

function analyze(pages: Page[]) {
  return analyzePages(pages, { fileName: 'test.pdf', info });
}

function withCells(caption: string, rows: string[][]): Page[] {
  // The caption above the table, then a line standing inside the table's box.
  const pages = pagesFromText(`${caption}\n(tabell)`);
  const page = pages[0] as Page;
  const top = page.lines.at(-1)?.y ?? 200;
  page.tables = [{ source: 'struct', rows, box: { x: 60, y: top - 2, width: 480, height: 300 } }];
  return pages;
}

function summary(doc: ReturnType<typeof analyze>) {
  return doc.measures.map((m) => [
    m.label,
    m.title,
    Object.fromEntries(m.effects.map((e) => [e.year, e.amountMsek])),
  ]);
}

describe('tag columns', () => {
  it('are short cells that recur or are shorter than titles; titles are not', () => {
    expect(isTagColumn(['Pågår', 'Planerad', 'Klar'])).toBe(true);
    expect(isTagColumn(['Verksamhetschef', 'Divisionschef medicin', 'Verksamhetschef'])).toBe(true);
    expect(isTagColumn(['Minskad hyrbemanning', 'Översyn av jourlinjer i Östersund'])).toBe(false);
    expect(isTagColumn(['Byte till biosimilarer. Gäller reumatologin.', 'Klar'])).toBe(false);
  });
});

describe('tables of cells', () => {
  it('takes a lone "Beskrivning av åtgärd" column as the measure, beside Nr, Ansvarig and Status', () => {
    const doc = analyze(
      withCells('## Åtgärder\nTabell 1. Åtgärder och effekt. Belopp i tkr', [
        ['Nr', 'Beskrivning av åtgärd', 'Ansvarig', 'Status', '', 'Beräknad effekt', ''],
        ['', '', '', '', '2025', '2026', '2027'],
        ['1', 'Minskad hyrbemanning: avtalen sägs upp.', 'Verksamhetschef', 'Pågår', '–', '1 500', '2 000'],
        ['2', 'Samordnad upphandling av hjälpmedel.', 'Verksamhetschef', 'Planerad', '500', '800', '–'],
        ['', 'Summa', '', '', '500', '2 300', '2 000'],
      ]),
    );
    expect(summary(doc)).toEqual([
      ['1', 'Minskad hyrbemanning', { 2026: 1.5, 2027: 2 }],
      ['2', 'Samordnad upphandling av hjälpmedel', { 2025: 0.5, 2026: 0.8 }],
    ]);
    expect(doc.measures[0]?.description).toBe('avtalen sägs upp.');
    expect(doc.totals.map((t) => [t.year, t.amountMsek, t.reconciled])).toEqual([
      [2025, 0.5, true],
      [2026, 2.3, true],
      [2027, 2, true],
    ]);
  });

  it('passes over a status column that stands first and a responsible with other words', () => {
    const doc = analyze(
      withCells('## Åtgärder (mkr)', [
        ['Läge', 'Ägare', 'Förslag', '2025', '2026'],
        ['Beslutad', 'HR-direktör', 'Färre chefstjänster inom stab', '1,0', '2,0'],
        ['Under utredning', 'HR-direktör', 'Gemensam växel för sjukhusen', '0,5', '0,5'],
        ['Beslutad', 'Ekonomidirektör', 'Minskad konsultanvändning i ledningen', '3,0', '3,0'],
      ]),
    );
    expect(summary(doc)).toEqual([
      [null, 'Färre chefstjänster inom stab', { 2025: 1, 2026: 2 }],
      [null, 'Gemensam växel för sjukhusen', { 2025: 0.5, 2026: 0.5 }],
      [null, 'Minskad konsultanvändning i ledningen', { 2025: 3, 2026: 3 }],
    ]);
  });

  it('keeps a separate description column apart from the title column', () => {
    const doc = analyze(
      withCells('## Åtgärder (mkr)', [
        ['Åtgärd', 'Beskrivning', '2025', '2026'],
        ['Minskad hyrbemanning', 'Avtalen med bemanningsföretagen sägs upp.', '1,0', '2,0'],
        ['Gemensam växel', 'Växlarna på de tre sjukhusen slås ihop.', '0,5', '0,5'],
      ]),
    );
    expect(doc.measures.map((m) => [m.title, m.description])).toEqual([
      ['Minskad hyrbemanning', 'Avtalen med bemanningsföretagen sägs upp.'],
      ['Gemensam växel', 'Växlarna på de tre sjukhusen slås ihop.'],
    ]);
  });
});

describe('tables of cells whose measure column is a guess', () => {
  it('warns AMBIGUOUS_TABLE when no header names the measure among two columns of running text', () => {
    const doc = analyze(
      withCells('## Åtgärder (mkr)', [
        ['', '', '2025', '2026'],
        ['Minskad hyrbemanning', 'Avtalen med bemanningsföretagen sägs upp i vår.', '1,0', '2,0'],
        ['Gemensam växel för sjukhusen', 'Växlarna slås ihop under hösten.', '0,5', '0,5'],
      ]),
    );
    expect(doc.measures.map((m) => m.title)).toEqual([
      'Minskad hyrbemanning',
      'Gemensam växel för sjukhusen',
    ]);
    expect(doc.warnings.filter((w) => w.code === 'AMBIGUOUS_TABLE').map((w) => w.page)).toEqual([1]);
  });

  it('does not warn when the header names the measure column', () => {
    const doc = analyze(
      withCells('## Åtgärder (mkr)', [
        ['Åtgärd', 'Kommentar', '2025', '2026'],
        ['Minskad hyrbemanning', 'Avtalen med bemanningsföretagen sägs upp i vår.', '1,0', '2,0'],
        ['Gemensam växel för sjukhusen', 'Växlarna slås ihop under hösten.', '0,5', '0,5'],
      ]),
    );
    expect(doc.measures.map((m) => [m.title, m.description])).toEqual([
      ['Minskad hyrbemanning', null],
      ['Gemensam växel för sjukhusen', null],
    ]);
    expect(doc.warnings.filter((w) => w.code === 'AMBIGUOUS_TABLE')).toEqual([]);
  });
});

describe('borderless tables', () => {
  it('reads Nr, Ansvarig and Status columns without shifting the years or merging them into the title', () => {
    const doc = analyze(
      pagesFromText(`## Åtgärder
Tabell 1. Belopp i tkr
Nr  Åtgärd                                        Ansvarig          Status            2025      2026
1   **Minskad hyrbemanning inom psykiatrin**      Verksamhetschef   Pågår                –     1 500
    Avtalen med bemanningsföretagen
    sägs upp under våren.

2   Samordnad upphandling av hjälpmedel           Divisionschef     Planerad           500       800

3   **Färre remisser till annan region**          Verksamhetschef   Pågår              200       200
    Fler patienter opereras i Kalmar.
    Summa                                                                              700     2 500`),
    );
    expect(summary(doc)).toEqual([
      ['1', 'Minskad hyrbemanning inom psykiatrin', { 2026: 1.5 }],
      ['2', 'Samordnad upphandling av hjälpmedel', { 2025: 0.5, 2026: 0.8 }],
      ['3', 'Färre remisser till annan region', { 2025: 0.2, 2026: 0.2 }],
    ]);
    for (const m of doc.measures) expect(`${m.title} ${m.description}`).not.toMatch(/chef|Pågår|Planerad/);
    expect(doc.totals.every((t) => t.reconciled === true)).toBe(true);
  });

  it('reads a comment column right of the years, right-aligned, as neither title nor figure', () => {
    const doc = analyze(
      pagesFromText(`## Åtgärder (mkr)
Åtgärd                                   2025    2026          Kommentar
Minskad hyrbemanning inom psykiatrin      1,0     2,0       Enligt plan
Samordnad upphandling av hjälpmedel       0,5     0,8   Avvaktar beslut
Färre remisser till annan region          0,2     0,2       Enligt plan`),
    );
    expect(summary(doc)).toEqual([
      [null, 'Minskad hyrbemanning inom psykiatrin', { 2025: 1, 2026: 2 }],
      [null, 'Samordnad upphandling av hjälpmedel', { 2025: 0.5, 2026: 0.8 }],
      [null, 'Färre remisser till annan region', { 2025: 0.2, 2026: 0.2 }],
    ]);
    for (const m of doc.measures) expect(`${m.title} ${m.description}`).not.toMatch(/plan|beslut/);
  });

  it('takes the label column where a responsible column stands first', () => {
    const doc = analyze(
      pagesFromText(`## Åtgärder (mkr)
Ansvarig        Åtgärd                                                2025    2026
HR-direktör     Färre chefstjänster inom staben                        1,0     2,0
                Tre tjänster dras in under året och uppgifterna
                fördelas på de kvarvarande cheferna.
Ekonomichef     Gemensam växel för sjukhusen                           0,5     0,5
HR-direktör     Minskad konsultanvändning inom ledningsstaben          3,0     3,0`),
    );
    expect(summary(doc)).toEqual([
      [null, 'Färre chefstjänster inom staben', { 2025: 1, 2026: 2 }],
      [null, 'Gemensam växel för sjukhusen', { 2025: 0.5, 2026: 0.5 }],
      [null, 'Minskad konsultanvändning inom ledningsstaben', { 2025: 3, 2026: 3 }],
    ]);
  });
});

describe('borderless tables with a description column', () => {
  const ambiguous = (doc: ReturnType<typeof analyze>) =>
    doc.warnings.filter((w) => w.code === 'AMBIGUOUS_TABLE' && /measure column/.test(w.message));

  it('takes the title from the column headed "Åtgärd", not the wider one headed "Beskrivning"', () => {
    const doc = analyze(
      pagesFromText(`## Åtgärder
Nr  Åtgärd                          Beskrivning                                  Ansvarig        År 2026   År 2027   Status
                                                                                                 (Mnkr)    (Mnkr)
1   Minskad hyrbemanning inom       Avtalen med bemanningsföretagen sägs upp     Verksamhetschef     1,0       2,0   Pågår
    psykiatrin                      under våren och en egen pool byggs upp.
2   Gemensam växel för sjukhusen    Växlarna slås ihop under hösten till en      Ekonomichef         0,5       0,5   Planerad
                                    gemensam funktion med längre öppettider.
    Summa                                                                                            1,5       2,5`),
    );
    expect(summary(doc)).toEqual([
      ['1', 'Minskad hyrbemanning inom psykiatrin', { 2026: 1, 2027: 2 }],
      ['2', 'Gemensam växel för sjukhusen', { 2026: 0.5, 2027: 0.5 }],
    ]);
    expect(doc.measures.map((m) => m.description)).toEqual([
      'Avtalen med bemanningsföretagen sägs upp under våren och en egen pool byggs upp.',
      'Växlarna slås ihop under hösten till en gemensam funktion med längre öppettider.',
    ]);
    expect(doc.totals.map((t) => [t.year, t.amountMsek])).toEqual([
      [2026, 1.5],
      [2027, 2.5],
    ]);
    expect(ambiguous(doc)).toEqual([]);
  });

  it('takes the column headed "Insats" even where the description column stands first', () => {
    const doc = analyze(
      pagesFromText(`## Åtgärder (mkr)
Beskrivning                                         Insats                           2025    2026
Avtalen med bemanningsföretagen sägs upp under      Minskad hyrbemanning              1,0     2,0
våren och en egen pool byggs upp på sjukhusen.
Växlarna slås ihop under hösten till en gemensam    Gemensam växel                    0,5     0,5
funktion med längre öppettider för patienterna.`),
    );
    expect(summary(doc)).toEqual([
      [null, 'Minskad hyrbemanning', { 2025: 1, 2026: 2 }],
      [null, 'Gemensam växel', { 2025: 0.5, 2026: 0.5 }],
    ]);
    expect(ambiguous(doc)).toEqual([]);
  });

  it('takes the leftmost column of running text when no header names the measure, and warns', () => {
    const doc = analyze(
      pagesFromText(`## Åtgärder (mkr)
                                                                                     2025    2026
Minskad hyrbemanning               Avtalen med bemanningsföretagen sägs upp under     1,0     2,0
                                   våren och en egen pool byggs upp på sjukhusen.
Gemensam växel för sjukhusen       Växlarna slås ihop under hösten till en            0,5     0,5
                                   gemensam funktion med längre öppettider.`),
    );
    expect(summary(doc)).toEqual([
      [null, 'Minskad hyrbemanning', { 2025: 1, 2026: 2 }],
      [null, 'Gemensam växel för sjukhusen', { 2025: 0.5, 2026: 0.5 }],
    ]);
    expect(ambiguous(doc).map((w) => w.page)).toEqual([1]);
  });
});
