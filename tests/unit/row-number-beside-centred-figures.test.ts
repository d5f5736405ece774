/**
 * Rows with a number column ("B1", "B2"), a bold title line and a description in the label column, and
 * the number, a risk word and the figures set on the row's middle line (a word processor centres cells
 * vertically): the middle line of most rows holds only the number before the risk column. The first
 * row's bold title is that row's title, not the name of a group over the rows. Items placed by hand;
 * wording and figures made up for this test.
 */
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../parsers/page-model.ts';
import { analyzeItems } from '../helpers/item-pages.ts';

const W = 5;
const words = (y: number, x: number, text: string, bold = false): TextItem[] => {
  const out: TextItem[] = [];
  let at = x;
  for (const word of text.split(' ')) {
    out.push({ text: word, x: at, y, width: word.length * W, height: 10, bold });
    at += word.length * W + 3;
  }
  return out;
};
const figure = (y: number, right: number, text: string): TextItem[] => {
  const parts = text.split(' ');
  const out: TextItem[] = [];
  let at = right - text.length * W;
  for (const part of parts) {
    out.push({ text: part, x: at, y, width: part.length * W, height: 10 });
    at += (part.length + 1) * W;
  }
  return out;
};

function row(y: number, id: string, title: string, description: string, risk: string, a: string, b: string) {
  return [
    ...words(y, 90, title, true),
    ...words(y + 12, 60, id),
    ...words(y + 12, 330, risk),
    ...figure(y + 12, 420, a),
    ...figure(y + 12, 500, b),
    ...words(y + 24, 90, description),
  ];
}

describe('a numbered row whose title is its first, bold line', () => {
  it('keeps the first row its title', () => {
    const doc = analyzeItems([
      ...words(60, 60, 'Region Jämtland Härjedalen', true),
      ...words(80, 60, 'Datum 2030-03-02'),
      ...words(105, 60, 'Åtgärdslista för ekonomi i balans 2031–2032', true),
      ...words(130, 60, 'Effekterna anges i tkr.'),
      ...words(160, 60, 'Id', true),
      ...words(160, 90, 'Åtgärd', true),
      ...words(160, 330, 'Risk', true),
      ...words(160, 380, '2031', true),
      ...words(160, 460, '2032', true),
      ...row(
        180,
        'B1',
        'Samlad beställning av hjälpmedel',
        'Beställningarna går via en enhet.',
        'Låg',
        '1 200',
        '1 800',
      ),
      ...row(225, 'B2', 'Färre externa utbildningar', 'Utbildning sker i egen regi.', 'Medel', '600', '900'),
      ...row(270, 'B3', 'Gemensam tolkförmedling', 'Avtal tecknas med en förmedling.', 'Låg', '450', '450'),
      ...words(330, 60, 'Listan följs upp varje månad.'),
    ]);
    expect(doc.measures.map((m) => [m.title, m.effects.map((e) => e.amountMsek)])).toEqual([
      ['Samlad beställning av hjälpmedel', [1.2, 1.8]],
      ['Färre externa utbildningar', [0.6, 0.9]],
      ['Gemensam tolkförmedling', [0.45, 0.45]],
    ]);
  });
});
