/**
 * A table broken over a page, its header repeated at the top of the next page, the unit named only in
 * the caption over the first part: the first part read by its cells, the second (no rules drawn on that
 * page) by its layout. The second part carries the first part's unit; a table under text of its own on
 * the next page does not. Wording and figures made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';
import { pagesFromText, withRuledTable } from '../helpers/text-pages.ts';

const HEAD = 'Insats                                2031        2032';
const FIRST = [
  ['Samlad tolkförmedling', '1 200', '1 500'],
  ['Färre externa kurser', '400', '650'],
];
const page1 = `# Insatser inom tandvården 2031–2032
Region Gotland

## Insatser
Tabell 4. Insatsernas effekt (tkr)
${HEAD}
${FIRST.map(([a, b, c]) => `${a?.padEnd(38)}${b?.padStart(4)}        ${c?.padStart(4)}`).join('\n')}
`;
const rest = `Gemensam jourcentral                  2 200       2 500
Ny schemamodell                         900       1 100

## Bakgrund
Kostnaderna har ökat.
`;

function paper(above: string) {
  const pages = pagesFromText(`${page1}\f${above}${HEAD}\n${rest}`);
  withRuledTable(pages, [['Insats', '2031', '2032'], ...FIRST], { firstCell: 'Insats' });
  return analyzeText(pages);
}

describe('a table header repeated on the next page', () => {
  it('carries the unit of the part before to the part after', () => {
    const doc = paper('');
    expect(effectsByTitle(doc).slice(2)).toEqual([
      [
        'Gemensam jourcentral',
        [
          [2031, 2.2],
          [2032, 2.5],
        ],
      ],
      [
        'Ny schemamodell',
        [
          [2031, 0.9],
          [2032, 1.1],
        ],
      ],
    ]);
  });

  it('gives way to a caption of its own naming another unit', () => {
    const doc = paper('Tabell 5. Kostnad per besök, kronor\n');
    const jour = doc.measures.find((m) => m.title === 'Gemensam jourcentral');
    expect(jour?.effects.map((e) => e.amountMsek) ?? []).not.toContain(2.2);
  });

  it('carries no unit to a table under text of its own', () => {
    const doc = paper(
      '## Uppföljning\nFörvaltningen redovisar här de insatser som följs upp särskilt under året.\nUppföljningen görs varje tertial och rapporteras till nämnden.\n\n',
    );
    expect(effectsByTitle(doc).map(([t]) => t)).not.toContain('Gemensam jourcentral');
  });
});
