/**
 * Measure cards whose keys stand vertically centred beside their values, as a word processor sets a
 * table cell centred in a row of two value lines: the key sits on no value line but half a line under
 * the first, and a key wrapped over two lines ("Effekt" / "2032") has its one-line value between them.
 * Two cards stand side by side, so the key of the right card is on the left key's line. Each card still
 * reads its title, its effects and the key whose value is in its own column. Keys, wording and layout
 * made up for this test.
 */
import { describe, expect, it } from 'vitest';
import type { Page, TextLine } from '../../parsers/page-model.ts';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const move = (line: TextLine, dy: number): void => {
  line.y += dy;
  for (const item of line.items) item.y += dy;
};

/**
 * A line marked with a leading "^" is set centred between its neighbours: raised half a line into the
 * gap above, and every line after it moved up a line, so its neighbours stand one line apart (a key
 * between two lines of its value; a value between the two lines of its key).
 */
function centred(text: string): Page[] {
  const marked = new Set<number>();
  const clean = text
    .split('\n')
    .map((line, i) => {
      if (!line.startsWith('^')) return line;
      marked.add(i);
      return ` ${line.slice(1)}`;
    })
    .join('\n');
  const pages = pagesFromText(clean);
  const page = pages[0] as Page;
  // pagesFromText keeps one line per non-blank text line, in order: map them back to the marks.
  const nonBlank = clean
    .split('\n')
    .map((line, i) => ({ line, i }))
    .filter(({ line }) => line.trim() !== '');
  let shift = 0;
  const ys = page.lines.map((line) => line.y);
  page.lines.forEach((line, k) => {
    const lead = k > 0 ? (ys[k] ?? 0) - (ys[k - 1] ?? 0) : 0;
    if (marked.has(nonBlank[k]?.i ?? -1)) {
      move(line, -shift - lead / 2);
      shift += lead;
    } else move(line, -shift);
  });
  return pages;
}

const CARDS = `# Kort över insatser inom länets vårdcentraler 2031–2032
Belopp enligt respektive kort.

                Gemensam telefonrådgivning                       Färre externa
^Namn                                             Namn
                för tre vårdcentraler                            hyrläkare
                Samtalen besvaras från en                        Egen personal
^Syfte                                            Syfte
                gemensam enhet.                                  ersätter inhyrd.
Ansvar          Primärvårdschef                   Ansvar         Verksamhetschef
Effekt 2031     0,9 mkr                           Effekt 2031    1,6 mkr
Effekt                                            Effekt
^               1,3 mkr                                          2,2 mkr
2032                                              2032

                Samlad beställning                               Digital
^Namn                                             Namn
                av förbrukningsmaterial                          egenvårdsuppföljning
                Ett avtal för alla                               Patienten rapporterar
^Syfte                                            Syfte
                enheter.                                         via appen.
Ansvar          Inköpschef                        Ansvar         Digitaliseringschef
Effekt 2031     0,4 mkr                           Effekt 2031    0,7 mkr
Effekt                                            Effekt
^               0,5 mkr                                          1,1 mkr
2032                                              2032
`;

describe('measure cards with keys centred beside their values', () => {
  it('reads every card’s title and effects', () => {
    const doc = analyzeText(centred(CARDS));
    expect(effectsByTitle(doc)).toEqual(
      expect.arrayContaining([
        [
          'Gemensam telefonrådgivning för tre vårdcentraler',
          [
            [2031, 0.9],
            [2032, 1.3],
          ],
        ],
        [
          'Färre externa hyrläkare',
          [
            [2031, 1.6],
            [2032, 2.2],
          ],
        ],
        [
          'Samlad beställning av förbrukningsmaterial',
          [
            [2031, 0.4],
            [2032, 0.5],
          ],
        ],
        [
          'Digital egenvårdsuppföljning',
          [
            [2031, 0.7],
            [2032, 1.1],
          ],
        ],
      ]),
    );
    expect(doc.measures).toHaveLength(4);
  });
});
