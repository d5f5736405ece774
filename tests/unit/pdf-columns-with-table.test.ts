/**
 * A typeset two-column page (column gap of 1.5 em, as report layouts set it) whose right column
 * holds a small table between its paragraphs: the left column must still read as one run of text,
 * so that an amount broken over two of its lines ("2,4" / "miljarder kronor") stays whole. Items are
 * placed by hand; the wording is made up for this test.
 */
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../parsers/page-model.ts';
import { buildLines } from '../../parsers/pdf/lines.ts';

const SIZE = 10;
const LEAD = 13;
const at = (text: string, x: number, y: number, width: number): TextItem => ({
  text,
  x,
  y,
  width,
  height: SIZE,
});

function page(): TextItem[] {
  const items: TextItem[] = [];
  const left = [
    'Investeringsplanen för länets vårdcentraler',
    'sträcker sig över fyra år och omfattar 2,4',
    'miljarder kronor i löpande priser. Den största',
    'posten är ombyggnaden av akutens väntrum',
    'och en ny entré mot busshållplatsen vid',
    'parkeringen. Arbetet samordnas med kommunen',
    'som ansvarar för gatorna runt fastigheten och',
    'för belysningen längs gångvägen till stationen.',
    'Byggstarten är planerad till våren efter att',
    'detaljplanen har vunnit laga kraft i domstol',
    'och upphandlingen av entreprenör är klar i',
    'sin helhet enligt den fastställda tidplanen.',
  ];
  left.forEach((t, i) => {
    items.push(at(t, 50, 100 + i * LEAD, 230));
  });
  // Right column: prose, a table of three columns, prose again.
  const rightProse = [
    'Driftkostnaderna väntas öka när de nya',
    'lokalerna tas i bruk, främst för städning,',
    'bevakning och underhåll av ventilationen.',
  ];
  rightProse.forEach((t, i) => {
    items.push(at(t, 295, 100 + i * LEAD, 230));
  });
  const rows = [
    ['Post', '2027', '2028'],
    ['Städning', '1,1', '1,3'],
    ['Bevakning', '0,6', '0,7'],
    ['Underhåll', '2,0', '2,2'],
  ];
  rows.forEach((r, i) => {
    const y = 100 + (4 + i) * LEAD;
    items.push(
      at(r[0] as string, 295, y, 60),
      at(r[1] as string, 450, y, 20),
      at(r[2] as string, 505, y, 20),
    );
  });
  [
    'Kostnaderna ryms inom den ram som nämnden',
    'har beslutat om för de kommande åren och',
    'följs upp i delårsrapporten varje höst.',
  ].forEach((t, i) => {
    items.push(at(t, 295, 100 + (9 + i) * LEAD, 230));
  });
  return items;
}

describe('two typeset columns, one holding a table', () => {
  it('reads the left column as consecutive lines', () => {
    const lines = buildLines(page()).map((l) => l.text);
    const a = lines.findIndex((t) => t.endsWith('omfattar 2,4'));
    expect(a).toBeGreaterThanOrEqual(0);
    expect(lines[a + 1]).toMatch(/^miljarder kronor/);
    expect(lines.some((t) => t.includes('Städning') && t.includes('1,1') && !t.includes('parkeringen'))).toBe(
      true,
    );
  });
});
