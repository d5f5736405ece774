/**
 * A spreadsheet prints a text cell that is longer than its column up to the border of a filled
 * neighbour and clips the rest: the clipped letters are not in the PDF, so a title that fills its cell
 * to the border may be cut inside a word ("… för tandreglering" printed "… för tandreglerin"). The text
 * cannot tell, so a table of one-line rows whose label runs up to the next cell is warned; a table whose
 * labels stop short of the figures, or that wraps its long labels onto more lines, is not. Wording and
 * figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../parsers/page-model.ts';
import { analyzeItems } from '../helpers/item-pages.ts';

const SIZE = 9;
/** A text item of `text` at (x, y), as wide as its characters at half an em each. */
const at = (text: string, x: number, y: number): TextItem => ({
  text,
  x,
  y,
  width: text.length * SIZE * 0.5,
  height: SIZE,
});

/** A sheet's table: labels at 30, figures as left-set text cells at 254 and 330. */
function sheet(rows: [string, string, string][]): TextItem[] {
  return [
    at('Region Jämtland Härjedalen', 30, 40),
    at('Åtgärder inom folktandvården 2028–2029', 30, 70),
    at('Tabellen visar den beräknade effekten per år.', 30, 100),
    at('Aktivitet', 30, 140),
    at('Effekt, mkr', 254, 140),
    at('år 2028', 254, 154),
    at('år 2029', 330, 154),
    ...rows.flatMap(([title, a, b], k) => [
      at(title, 30, 170 + k * 14),
      at(a, 254, 170 + k * 14),
      at(b, 330, 170 + k * 14),
    ]),
    at('Nämnden föreslås besluta att godkänna åtgärderna.', 30, 260),
  ];
}

const tableWarned = (doc: ReturnType<typeof analyzeItems>) =>
  doc.warnings.some((w) => w.code === 'AMBIGUOUS_TABLE' && w.page === 1);

describe('a label cut at its cell border', () => {
  it('warns on a one-line row whose title runs up to the first figure cell', () => {
    // 49 characters at 4.5 pt end at 250.5, 3.5 pt (0.39 em) before the figures at 254.
    const doc = analyzeItems(
      sheet([
        ['Gemensam upphandling av material för tandreglerin', '1,2', '1,4'],
        ['Färre inhyrda tandsköterskor', '10,6', '12,9'],
        ['Sänkta lokalkostnader', '0,4', '0,4'],
      ]),
    );
    expect(doc.measures.map((m) => m.title)).toContain('Gemensam upphandling av material för tandreglerin');
    expect(tableWarned(doc)).toBe(true);
  });

  it('does not warn when every title stops clear of the figures', () => {
    const doc = analyzeItems(
      sheet([
        ['Gemensam upphandling av material', '1,2', '1,4'],
        ['Färre inhyrda tandsköterskor', '10,6', '12,9'],
        ['Sänkta lokalkostnader', '0,4', '0,4'],
      ]),
    );
    expect(doc.measures).toHaveLength(3);
    expect(tableWarned(doc)).toBe(false);
  });
});
