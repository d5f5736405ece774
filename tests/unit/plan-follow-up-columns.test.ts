/**
 * A follow-up of an action plan prints each measure's decided effect for the year beside what has come
 * of it: the outcome so far, the forecast and the gap to the plan. The decided effect is the measure's
 * effect; the follow-up columns are amounts and make no doubt about it. A bare "Plan 2031" is such a
 * column only beside follow-up columns under a label that names measures — a budget per activity keeps
 * its plan column as a level. Wording, figures and layout made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { PageTable } from '../../parsers/page-model.ts';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const read = (text: string, tables: PageTable[]) => {
  const pages = pagesFromText(text);
  const page = pages[0];
  if (page) page.tables = tables;
  const doc = analyzeText(pages);
  return {
    measures: effectsByTitle(doc),
    totals: doc.totals.map((t) => [t.year, t.amountMsek]),
    amounts: doc.amounts.map((a) => a.amountMsek).sort((a, b) => a - b),
    unsure: doc.warnings.filter((w) => w.code === 'AMBIGUOUS_TABLE').length,
  };
};

const HEAD = '# Tertialrapport 2 – åtgärder för budget i balans 2031\nInsatserna följs upp per tertial.\n';

describe('a plan’s decided effect beside its follow-up', () => {
  it('reads the decided figure as the effect and outcome, forecast and gap as amounts', () => {
    const got = read(HEAD, [
      {
        source: 'ruled',
        rows: [
          ['Insats', 'Fastställd besparing 2031, tkr', 'Bokslut tertial 2', 'Helårsprognos', 'Avvikelse'],
          ['Gemensam nattjour för två kliniker', '2 400', '1 150', '1 900', '−500'],
          ['Egen tolkförmedling', '800', '610', '950', '150'],
          ['Summa', '3 200', '1 760', '2 850', '−350'],
        ],
      },
    ]);
    expect(got.measures).toEqual([
      ['Gemensam nattjour för två kliniker', [[2031, 2.4]]],
      ['Egen tolkförmedling', [[2031, 0.8]]],
    ]);
    expect(got.totals).toEqual([[2031, 3.2]]);
    for (const x of [1.15, 1.9, -0.5, 0.61, 0.95, 0.15, 1.76, 2.85, -0.35]) expect(got.amounts).toContain(x);
    expect(got.unsure).toBe(0);
  });

  it('takes words glued by a narrow cell and the same year named by a forecast', () => {
    const got = read(HEAD, [
      {
        source: 'struct',
        rows: [
          ['Insats', 'Prognos 2031', 'Planeradeffekt 2031, mkr', 'Utfall per augusti'],
          ['Gemensam nattjour för två kliniker', '1,9', '2,4', '1,2'],
          ['Egen tolkförmedling', '0,9', '0,8', '0,6'],
        ],
      },
    ]);
    expect(got.measures).toEqual([
      ['Gemensam nattjour för två kliniker', [[2031, 2.4]]],
      ['Egen tolkförmedling', [[2031, 0.8]]],
    ]);
    expect(got.unsure).toBe(0);
  });

  it('reads a bare plan column beside follow-up columns under a label that names measures', () => {
    const got = read(HEAD, [
      {
        source: 'ruled',
        rows: [
          ['Åtgärdsområde', 'Plan 2031 (mkr)', 'Utfall t.o.m. tertial 2', 'Prognos helår'],
          ['Läkemedel i slutenvården', '3,1', '1,4', '2,6'],
          ['Inhyrda specialister', '5,0', '2,9', '4,4'],
        ],
      },
    ]);
    expect(got.measures).toEqual([
      ['Läkemedel i slutenvården', [[2031, 3.1]]],
      ['Inhyrda specialister', [[2031, 5]]],
    ]);
  });

  it('keeps a budget per activity with a plan column a table of amounts', () => {
    const got = read(HEAD, [
      {
        source: 'ruled',
        rows: [
          ['Verksamhet', 'Utfall 2030 (mkr)', 'Plan 2031 (mkr)'],
          ['Barnmedicin', '212,4', '219,0'],
          ['Ögonsjukvård', '98,1', '101,5'],
        ],
      },
    ]);
    expect(got.measures).toEqual([]);
  });
});
