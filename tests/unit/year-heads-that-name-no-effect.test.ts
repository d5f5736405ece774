/**
 * Year heads in other words are read by the structure (a year over a column of figures), but not every
 * phrase over a year names an effect: a count of staff, a budget frame, a debt is no effect, a cell of the
 * body is no head, a negative figure is no two-digit year, a budget per quarter is no effect per quarter,
 * and a phrase that names no effect is told. Wording and figures made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';
import { pagesFromText, withRuledTable } from '../helpers/text-pages.ts';

const TITLES = ['Samlad upphandling av laboratorietjänster', 'Färre externa konsulter i IT-projekt'];

function ruled(caption: string, rows: string[][]) {
  const text = `## Åtgärder\n${caption}\n${rows.map((r) => r.join('    ')).join('\n')}\n\nÅtgärderna följs upp i delårsrapporten.\n`;
  return analyzeText(withRuledTable(pagesFromText(text), rows));
}

const effects = (doc: ReturnType<typeof analyzeText>) => effectsByTitle(doc).flatMap(([, e]) => e);
const codes = (doc: ReturnType<typeof analyzeText>) => doc.warnings.map((w) => w.code);

describe('year heads that name no effect', () => {
  it.each([
    [['Åtgärd', 'Årsarbetare 2029', 'Årsarbetare 2030']],
    [['Åtgärd', 'Ram 2029 (mkr)', 'Ram 2030 (mkr)']],
    [['Åtgärd', 'Underskott 2029', 'Underskott 2030']],
  ])('reads no effects under %j', (head) => {
    const doc = ruled('Tabell 4. Åtgärder', [
      head,
      [TITLES[0] as string, '12', '14'],
      [TITLES[1] as string, '3', '4'],
    ]);
    expect(effects(doc)).toEqual([]);
  });

  it('takes the effect column of a year, not a frame of the same year beside it', () => {
    const doc = ruled('Tabell 4. Åtgärder, mkr', [
      ['Åtgärd', 'Ram 2030 (mkr)', 'Besparing 2030 (mkr)'],
      [TITLES[0] as string, '30,0', '1,5'],
      [TITLES[1] as string, '50,0', '2,0'],
    ]);
    expect(effectsByTitle(doc)).toEqual([
      [TITLES[0], [[2030, 1.5]]],
      [TITLES[1], [[2030, 2]]],
    ]);
  });

  it('reads a year under words of no effect, and tells it', () => {
    const doc = ruled('Tabell 4. Åtgärder, mkr', [
      ['Åtgärd', 'Ekonomiskt bidrag 2029', 'Ekonomiskt bidrag 2030'],
      [TITLES[0] as string, '1,2', '2,4'],
      [TITLES[1] as string, '0,4', '0,7'],
    ]);
    expect(effects(doc)).toEqual([
      [2029, 1.2],
      [2030, 2.4],
      [2029, 0.4],
      [2030, 0.7],
    ]);
    const told = doc.warnings.filter((w) => /name no effect/.test(w.message));
    expect(told.length).toBeGreaterThan(0);
  });

  it('takes no cell of the body for a head', () => {
    const doc = ruled('Tabell 4. Åtgärder', [
      ['Åtgärd', 'Ansvarig', 'Effekt mkr'],
      [TITLES[0] as string, 'Start 2030', '3,0'],
      [TITLES[1] as string, 'Start 2029', '1,0'],
    ]);
    expect(effects(doc)).toEqual([]);
    expect(codes(doc)).toContain('TABLE_UNPARSED');
  });

  it('reads no two-digit years from a row of negative figures', () => {
    const doc = ruled('Tabell 4. Åtgärder, mkr', [
      ['Åtgärd', 'Effekt', 'Kostnad'],
      [TITLES[0] as string, '-26', '-27'],
      [TITLES[1] as string, '4,0', '-1,0'],
    ]);
    expect(effects(doc).map(([year]) => year)).not.toContain(2026);
    expect(effects(doc).map(([year]) => year)).not.toContain(2027);
  });

  it('reads a budget per quarter under a caption year as no effect', () => {
    const doc = ruled('Tabell 4. Budget per kvartal 2030, mkr', [
      ['Åtgärd', 'Kv 1', 'Kv 2', 'Kv 3', 'Kv 4', 'Summa'],
      [TITLES[0] as string, '10', '10', '10', '11', '41'],
      [TITLES[1] as string, '5', '5', '5', '5', '20'],
    ]);
    expect(effects(doc)).toEqual([]);
  });
});

describe('a lone year under a head of the accounts', () => {
  it('is no effect column', () => {
    const doc = analyzeText(`## Ramar
Tabell 5. Ramar för ett år
Verksamhet                                       Ram,
                                                 tkr
                                                             2033
Samlad upphandling av laboratorietjänster                     1 200
Färre externa konsulter i IT-projekt                            350
Summa                                                         1 550

Ramarna fastställs av fullmäktige.
`);
    expect(effects(doc)).toEqual([]);
  });
});
