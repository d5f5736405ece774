/**
 * A borderless measure table whose header row is vertically centred: the year cells hold two lines
 * ("2029" over "(prognos)"), the label heads one ("Insats | Ägare"), so the label heads stand half a
 * line under the years and the years' second lines half a line under them, with a unit row below. All
 * of it is the header: the rows under it are read with their years. Wording, figures and layout made up
 * for this test.
 */
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../parsers/page-model.ts';
import { analyzeItems } from '../helpers/item-pages.ts';

const at = (text: string, x: number, y: number, size = 9, bold = false): TextItem => ({
  text,
  x,
  y,
  width: text.length * size * 0.5,
  height: size,
  ...(bold ? { bold: true } : {}),
});

function items(): TextItem[] {
  const list: TextItem[] = [
    at('Åtgärdsplan för primärvården 2029–2030', 60, 50, 15, true),
    at('Sammanställning av insatserna', 60, 100, 10, true),
    at('2029', 380, 120, 9, true),
    at('2030', 440, 120, 9, true),
    at('Insats', 62, 125, 9, true),
    at('Ägare', 300, 125, 9, true),
    at('(prognos)', 380, 130, 9, true),
    at('(prognos)', 440, 130, 9, true),
    at('mkr', 380, 142, 9, true),
    at('mkr', 440, 142, 9, true),
  ];
  const rows: [string, string, string, string][] = [
    ['Gemensam läkarjour för två vårdcentraler', 'Områdeschef', '0,8', '1,2'],
    ['Egen röntgen i stället för köpt', 'Verksamhetschef', '', '2,4'],
    ['Färre inhyrda distriktssköterskor', 'HR-chef', '1,5', '1,9'],
  ];
  rows.forEach(([title, owner, a, b], k) => {
    const y = 158 + k * 15;
    list.push(at(title, 62, y), at(owner, 300, y));
    if (a) list.push(at(a, 400 - a.length * 4.5, y));
    list.push(at(b, 460 - b.length * 4.5, y));
  });
  list.push(at('Förvaltningen följer upp insatserna i varje delårsrapport.', 60, 230, 10));
  return list;
}

describe('a borderless table whose header row is vertically centred', () => {
  it('reads the label heads and the years’ second lines as the header', () => {
    const doc = analyzeItems(items());
    expect(doc.measures.map((m) => [m.title, m.effects.map((e) => [e.year, e.amountMsek])])).toEqual([
      [
        'Gemensam läkarjour för två vårdcentraler',
        [
          [2029, 0.8],
          [2030, 1.2],
        ],
      ],
      ['Egen röntgen i stället för köpt', [[2030, 2.4]]],
      [
        'Färre inhyrda distriktssköterskor',
        [
          [2029, 1.5],
          [2030, 1.9],
        ],
      ],
    ]);
  });
});
