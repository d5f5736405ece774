/**
 * Tables that look like measure tables and are not:
 * - year columns headed by a level ("Utfall 2024 | Prognos 2025", "Budget …") hold what an area costs
 *   in a year, not what a measure changes: their rows are no measures, their sum row no total, their
 *   figures amounts — even where the prose around the table speaks of measures;
 * - a list introduced by a sentence of causes ("Avvikelsen beror i huvudsak på:") lists causes, not
 *   measures, even in a paragraph or section about measures.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };

function analyse(text: string) {
  return analyzePages(pagesFromText(text), { fileName: 'test.pdf', info });
}

describe('year columns headed by a level (utfall, prognos, budget)', () => {
  const paper = `# Ekonomisk lägesrapport
## Åtgärdsbehov inom psykiatrin
Divisionen behöver ta fram åtgärder som minskar kostnaderna. Kostnaderna per område framgår nedan.
Kostnad per område (mkr)
Område                      Utfall 2024     Prognos 2025
Vuxenpsykiatri                    412,6            430,1
Barn- och ungdomspsykiatri        210,4            215,5
Rättspsykiatri                     98,2            101,0
Summa                             721,2            746,6
## Åtgärder
Minskad användning av inhyrda psykiatriker ger en besparing på 4,5 mkr 2025.`;

  it('reads no measure and no total from the level columns, and keeps their figures as amounts', () => {
    const analysis = analyse(paper);
    expect(analysis.measures.map((m) => m.title)).not.toContain('Vuxenpsykiatri');
    expect(analysis.measures.flatMap((m) => m.effects.map((e) => e.amountMsek))).not.toContain(412.6);
    expect(analysis.totals.map((t) => t.amountMsek)).not.toContain(721.2);
    const amounts = analysis.amounts.map((a) => a.amountMsek);
    for (const x of [412.6, 430.1, 210.4, 98.2, 721.2, 746.6]) expect(amounts).toContain(x);
  });

  it('keeps the figures of a change column beside the level columns as amounts', () => {
    const analysis = analyse(`# Ekonomisk lägesrapport
## Åtgärdsbehov inom tandvården
Nedan redovisas kostnaderna per klinik, i mkr, som grund för kommande åtgärder.
Klinik                 Utfall 2024     Prognos 2025     Skillnad
Allmäntandvård               310,5            318,0          7,5
Specialisttandvård            96,4             92,1         −4,3
Summa                        406,9            410,1          3,2`);
    expect(analysis.measures).toEqual([]);
    const amounts = analysis.amounts.map((a) => a.amountMsek);
    for (const x of [310.5, 318, 7.5, -4.3, 406.9, 410.1, 3.2]) expect(amounts).toContain(x);
  });

  it('still reads a table whose label column names measures under forecast years', () => {
    const analysis = analyse(`# Handlingsplan
Åtgärder med prognostiserad effekt (mkr)
Åtgärd                          Prognos 2025     Prognos 2026
Färre inhyrda psykiatriker               2,0              3,5`);
    expect(analysis.measures.map((m) => [m.title, m.effects.map((e) => [e.year, e.amountMsek])])).toEqual([
      [
        'Färre inhyrda psykiatriker',
        [
          [2025, 2],
          [2026, 3.5],
        ],
      ],
    ]);
  });

  it('still reads a table whose year columns name an effect beside a budget word', () => {
    const analysis = analyse(`# Handlingsplan
Åtgärder och effekt mot budget (mkr)
Åtgärd                         Besparing mot budget 2025     Besparing mot budget 2026
Färre inhyrda psykiatriker                            2,0                           3,5
Samordnade nattjourer                                 1,5                           1,5`);
    expect(analysis.measures.map((m) => [m.title, m.effects.map((e) => [e.year, e.amountMsek])])).toEqual([
      [
        'Färre inhyrda psykiatriker',
        [
          [2025, 2],
          [2026, 3.5],
        ],
      ],
      [
        'Samordnade nattjourer',
        [
          [2025, 1.5],
          [2026, 1.5],
        ],
      ],
    ]);
  });
});

describe('a list introduced by its causes', () => {
  it('is no list of measures, in a paragraph that speaks of measures', () => {
    const analysis = analyse(`# Åtgärdsplan för ekonomi i balans
## Läget
Styrelsen har begärt åtgärder för att nå balans. Avvikelsen beror i huvudsak på:
- Fler patienter med behov av slutenvård
- Höga kostnader för bemanningsföretag
- Dyrare material
## Åtgärder 2026
Förvaltningen föreslår följande åtgärder:
- Minskad inhyrning av sjuksköterskor, 3,0 mkr 2026
- Samordnad upphandling av röntgenutrustning, 1,5 mkr 2026`);
    expect(analysis.measures.map((m) => [m.title, m.effects.map((e) => [e.year, e.amountMsek])])).toEqual([
      ['Minskad inhyrning av sjuksköterskor', [[2026, 3]]],
      ['Samordnad upphandling av röntgenutrustning', [[2026, 1.5]]],
    ]);
  });

  it('keeps a list whose introducing sentence names causes and measures', () => {
    const analysis = analyse(`# Åtgärdsplan för ekonomi i balans
## Åtgärder 2026
För att komma åt orsakerna föreslår förvaltningen följande åtgärder:
- Minskad inhyrning av sjuksköterskor, 3,0 mkr 2026
- Samordnad upphandling av röntgenutrustning, 1,5 mkr 2026`);
    expect(analysis.measures.map((m) => m.title)).toEqual([
      'Minskad inhyrning av sjuksköterskor',
      'Samordnad upphandling av röntgenutrustning',
    ]);
  });

  it('keeps a list whose introducing sentence speaks of measures after a sentence of causes', () => {
    const analysis = analyse(`# Åtgärdsplan för ekonomi i balans
## Åtgärder 2026
Underskottet har flera orsaker. Förvaltningen föreslår därför följande åtgärder:
- Samordnad upphandling av röntgenutrustning
- Färre hyrda lokaler för administrationen

Övrigt.`);
    expect(analysis.measures.map((m) => m.title)).toEqual([
      'Samordnad upphandling av röntgenutrustning',
      'Färre hyrda lokaler för administrationen',
    ]);
  });
});
