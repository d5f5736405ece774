/**
 * Two text columns above and below a table that spans the page, whose labels are short enough to end
 * left of the gutter and whose figures start far right of the right column's margin: the page-wide
 * gutter passes down through the table. Its rows are full-width lines all the same (label and figures
 * read together), not labels in the left column and figures in the right one.
 * Items are placed by hand; the wording is made up for this test.
 */
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../parsers/page-model.ts';
import { buildLines } from '../../parsers/pdf/lines.ts';

const SIZE = 9.5;
const LEAD = 12.5;
const at = (text: string, x: number, y: number, width: number, height = SIZE): TextItem => ({
  text,
  x,
  y,
  width,
  height,
});

const PROSE = [
  'Kulturnämnden har under året sett över hur',
  'bidragen till studieförbunden fördelas mellan',
  'kommunerna och vilka verksamheter som når',
  'flest deltagare. Översynen visar att bidraget',
  'till lokalhyror har ökat snabbare än till den',
  'verksamhet som bidraget är avsett för, och att',
  'flera förbund har samma lokaler i tätorterna.',
  'Förvaltningen föreslår därför en ny modell',
  'där bidraget knyts till antalet deltagare och',
  'där lokalbidraget fasas ut under två år.',
];

const RIGHT = [
  'Modellen har prövats i två kommuner under',
  'våren med gott resultat. Deltagarna har blivit',
  'fler och förbunden har kunnat planera sin',
  'verksamhet för hela året. Förbunden har i',
  'remissvaren i huvudsak ställt sig bakom den',
  'nya modellen men önskar en längre period för',
  'övergången. Förvaltningen bedömer att två år',
  'räcker, eftersom de flesta hyresavtal löper',
  'ut under perioden och kan sägas upp utan',
  'kostnad för förbunden eller regionen.',
];

function page(rowsBeside: boolean): TextItem[] {
  const items: TextItem[] = [];
  PROSE.forEach((t, i) => {
    // Paragraphs break at other lines in the two columns.
    items.push(
      at(t, 60, 100 + i * LEAD + (i >= 4 ? 6 : 0) + (i >= 7 ? 6 : 0), 215),
      at(RIGHT[i] as string, 305, 100 + i * LEAD + 6 * [2, 5, 8].filter((b) => i >= b).length, 220),
    );
  });
  const rows = [
    ['Bidrag', '2026', '2027'],
    ['Lokalbidrag studieförbund', '4,2', '–'],
    ['Verksamhetsbidrag', '11,5', '12,1'],
    ['Särskilda insatser landsbygd', '1,8', '2,0'],
  ];
  const top = 100 + PROSE.length * LEAD + 32;
  rows.forEach((r, i) => {
    const y = top + i * 15;
    items.push(at(r[0] as string, 60, y, 150));
    if (rowsBeside) items.push(at(r[1] as string, 440, y, 22), at(r[2] as string, 505, y, 22));
  });
  const below = top + rows.length * 15 + 14;
  PROSE.slice(0, 5).forEach((t, i) => {
    items.push(at(t, 60, below + i * LEAD, 215));
  });
  RIGHT.slice(0, 3).forEach((t, i) => {
    items.push(at(t, 305, below + i * LEAD, 220));
  });
  return items;
}

describe('a full-width table under a page-wide gutter', () => {
  it('reads each row whole: its label with its figures', () => {
    const lines = buildLines(page(true)).map((line) => line.text.replace(/\s+/g, ' '));
    expect(lines).toContain('Bidrag 2026 2027');
    expect(lines).toContain('Verksamhetsbidrag 11,5 12,1');
    expect(lines).toContain('Lokalbidrag studieförbund 4,2 –');
    // The columns above the table are still read column by column.
    expect(lines.indexOf(PROSE[9] as string)).toBeLessThan(lines.indexOf(RIGHT[0] as string));
    expect(lines.indexOf(RIGHT[9] as string)).toBeLessThan(lines.indexOf('Bidrag 2026 2027'));
  });

  it('leaves lines without figures beside them in their column', () => {
    const lines = buildLines(page(false)).map((line) => line.text);
    expect(lines).toContain('Verksamhetsbidrag');
  });
});
