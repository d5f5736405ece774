/**
 * The details of a measure beside its effects: the label a code column gives it ("PV-2" under
 * "Åtg.nr"), and the sub-measures of a list the reader ran into the cell's one line (drawn bullets,
 * letters counting a), b), c), a repeated dash before a capital) or listed in a numbered section's
 * body. Hand-built layouts in wordings the fixture generators do not make.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { splitRowText } from '../../parsers/extract/measures.ts';
import { pagesFromText, pagesWithCellTable as withCells } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };

describe('a code column', () => {
  it('gives each row its code as the label ("PV-2" under "Åtg.nr", "K 3" under "Kod")', () => {
    for (const [head, codes] of [
      ['Åtg.nr', ['PV-1', 'PV-2', 'SV-1']],
      ['Kod', ['K 1', 'K 2', 'K 3']],
    ] as const) {
      const doc = analyzePages(
        withCells('## Sparåtgärder\nTabell 4. Åtgärder per område (mkr)', [
          [head, 'Åtgärd', '2028', '2029'],
          [codes[0], 'Gemensam jourlinje för ortopedin', '1,2', '1,4'],
          [codes[1], 'Färre korttidsvikarier på sommaren', '0,8', '0,9'],
          [codes[2], 'Avtal om tvätt med grannregionen', '0,5', '0,5'],
          ['', 'Summa', '2,5', '2,8'],
        ]),
        { fileName: 'test.pdf', info },
      );
      expect(doc.measures.map((m) => [m.label, m.title])).toEqual([
        [codes[0], 'Gemensam jourlinje för ortopedin'],
        [codes[1], 'Färre korttidsvikarier på sommaren'],
        [codes[2], 'Avtal om tvätt med grannregionen'],
      ]);
    }
  });
});

describe('a list run into the cell line', () => {
  it('counts drawn bullets', () => {
    const r = splitRowText(
      'Ny modell för jourersättning ▪ Förhandling med facken ▪ Ändrat schema ▪ Uppföljning per kvartal',
    );
    expect(r.title).toBe('Ny modell för jourersättning');
    expect(r.subMeasures).toEqual(['Förhandling med facken', 'Ändrat schema', 'Uppföljning per kvartal']);
    expect(r.subMeasureCount).toBe(3);
  });

  it('counts letters a), b), c) in order, not a lone "b)"', () => {
    const r = splitRowText('Översyn av städtjänster a) glesare städning av kontor b) färre ytor i förråden');
    expect(r.title).toBe('Översyn av städtjänster');
    expect(r.subMeasureCount).toBe(2);
    expect(splitRowText('Taxa enligt bilaga b) för vuxna').subMeasureCount).toBeNull();
  });

  it('counts a dash before a capital only when it repeats; one dash parts title and description', () => {
    const r = splitRowText(
      'Flytt av laboratoriet — Ny lokal i centrum — Gemensam provtagning — Färre transporter',
    );
    expect(r.title).toBe('Flytt av laboratoriet');
    expect(r.subMeasureCount).toBe(3);
    const one = splitRowText('Byte av dialysavtal – Nytt avtal från hösten');
    expect(one.title).toBe('Byte av dialysavtal');
    expect(one.subMeasureCount).toBeNull();
    expect(splitRowText('Byte av preparat – 8,8 mkr – 3,7 mkr').subMeasureCount).toBeNull();
  });
});

describe('a numbered section', () => {
  it('counts the list in its body, or the count in its heading', () => {
    const doc = analyzePages(
      pagesFromText(`# Åtgärdsplan 2028
## 5 Planerade åtgärder
## 5.1 Gemensam bemanningsenhet för sjuksköterskor
Enheten startar under våren.
- rekrytering av tio sjuksköterskor
- ny schemamodell
- avtal med kommunerna
Effekt 2028: 2,5 mkr.
## 5.2 Färre externa utbildningar (4 delinsatser)
Utbildningarna ges i egen regi.
Effekt 2028: 0,6 mkr.`),
      { fileName: 'test.pdf', info },
    );
    expect(doc.measures.map((m) => [m.label, m.subMeasureCount])).toEqual([
      ['5.1', 3],
      ['5.2', 4],
    ]);
  });
});

describe('a sub-heading that names a measure', () => {
  it('takes the effect stated in its paragraph, its list as sub-measures, and a count in its title', () => {
    const doc = analyzePages(
      pagesFromText(`# Sparplan 2029–2030
## Föreslagna åtgärder
**Gemensam hjälpmedelscentral med kommunerna**
Centralen tar över förrådet i två steg.
Effekt 2029: 0,9 mkr; 2030: 1,4 mkr.
**Färre lokaler i stadskärnan (3 delinsatser)**
Kontoren flyttar till sjukhusområdet.
Effekt 2029: 2,0 mkr; 2030: 2,0 mkr.`),
      { fileName: 'test.pdf', info },
    );
    expect(
      doc.measures.map((m) => [
        m.title,
        m.subMeasureCount,
        Object.fromEntries(m.effects.map((e) => [e.year, e.amountMsek])),
      ]),
    ).toEqual([
      ['Gemensam hjälpmedelscentral med kommunerna', null, { 2029: 0.9, 2030: 1.4 }],
      ['Färre lokaler i stadskärnan (3 delinsatser)', 3, { 2029: 2, 2030: 2 }],
    ]);
    expect(doc.measures[0]?.description).toBe('Centralen tar över förrådet i två steg.');
    expect(doc.totals).toEqual([]);
  });
});

describe('a chapter "Förslag till åtgärder"', () => {
  it('heads the measures of the plan, not a decision block', () => {
    const doc = analyzePages(
      pagesFromText(`# Åtgärdsplan 2028
## 6 Förslag till åtgärder för en ekonomi i balans
## 6.1 Gemensam bemanningsenhet för sjuksköterskor
Enheten startar under våren.
Effekt 2028: 2,5 mkr.
## 6.2 Färre externa utbildningar
Utbildningarna ges i egen regi.
Effekt 2028: 0,6 mkr.
## 7 Förslag till beslut
Nämnden föreslås besluta att godkänna åtgärdsplanen.`),
      { fileName: 'test.pdf', info },
    );
    expect(doc.measures.map((m) => [m.label, m.title])).toEqual([
      ['6.1', 'Gemensam bemanningsenhet för sjuksköterskor'],
      ['6.2', 'Färre externa utbildningar'],
    ]);
    expect(doc.decisions.map((d) => d.text)).toEqual([expect.stringContaining('godkänna åtgärdsplanen')]);
  });
});
