/**
 * A wide page (A4 landscape, A3) with a narrow label column: the year columns begin before 30 % of the
 * page's width. A header whose label cell ends a wide column gap before two or more years is still a
 * header of years. Wording, figures and layout made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import type { Page, TextItem } from '../../parsers/page-model.ts';
import { buildLines } from '../../parsers/pdf/lines.ts';
import { NO_PDF_INFO } from '../helpers/analyze-text.ts';

const W = 842;
const at = (text: string, x: number, y: number, bold = false): TextItem => ({
  text,
  x,
  y,
  width: text.length * 4.6,
  height: 9,
  ...(bold ? { bold } : {}),
});
/** A right-aligned figure ending at `right`. */
const fig = (text: string, right: number, y: number): TextItem => at(text, right - text.length * 4.6, y);

function paper(header: TextItem[]): Page {
  const rows: [string, string, string, string][] = [
    ['Samlad tolkförmedling', '1,4', '1,9', '2,1'],
    ['Färre externa kurser', '0,6', '0,8', '0,8'],
    ['Gemensam jourcentral', '2,2', '2,5', '3,0'],
  ];
  const items: TextItem[] = [
    at('Region Gotland', 60, 40, true),
    at('Åtgärdsprogram för tandvården 2031–2033', 60, 70, true),
    at('Tabell 3. Insatser och deras effekt', 60, 110, true),
    ...header,
  ];
  rows.forEach(([label, a, b, c], k) => {
    const y = 145 + k * 16;
    items.push(at(label, 60, y), fig(a, 215, y), fig(b, 270, y), fig(c, 325, y));
  });
  items.push(at('Förvaltningen följer upp insatserna varje tertial.', 60, 220));
  return { number: 1, width: W, height: 595, source: 'text', items, lines: buildLines(items), tables: [] };
}
const analyze = (page: Page) => analyzePages([page], { fileName: 'test.pdf', info: NO_PDF_INFO });

describe('years right of a narrow label column on a wide page', () => {
  it('reads the table whose header years begin before 30 % of the width', () => {
    const doc = analyze(
      paper([
        at('Insats', 60, 128, true),
        at('2031 mkr', 178, 128, true),
        at('2032 mkr', 233, 128, true),
        at('2033 mkr', 288, 128, true),
      ]),
    );
    expect(doc.measures.map((m) => [m.title, m.effects.map((e) => [e.year, e.amountMsek])])).toEqual([
      [
        'Samlad tolkförmedling',
        [
          [2031, 1.4],
          [2032, 1.9],
          [2033, 2.1],
        ],
      ],
      [
        'Färre externa kurser',
        [
          [2031, 0.6],
          [2032, 0.8],
          [2033, 0.8],
        ],
      ],
      [
        'Gemensam jourcentral',
        [
          [2031, 2.2],
          [2032, 2.5],
          [2033, 3],
        ],
      ],
    ]);
  });
});
