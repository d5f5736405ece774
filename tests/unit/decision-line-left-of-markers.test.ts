/**
 * A word processor's numbered list stands indented (the number at an indent, the text at a tab stop):
 * a line set back at the page's margin under the last point, opening a capital, after a point line that
 * did not run to the margin — a signature ("Fastighetschef"), a closing sentence — is no part of the
 * point. A point's own wrapped line stays with it. Wording and layout made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../parsers/page-model.ts';
import { analyzeItems } from '../helpers/item-pages.ts';

const at = (text: string, x: number, y: number, size = 11, bold = false): TextItem => ({
  text,
  x,
  y,
  width: text.length * size * 0.5,
  height: size,
  ...(bold ? { bold: true } : {}),
});

function paper(after: TextItem[], lastPoint: TextItem[]): TextItem[] {
  return [
    at('Lokalförsörjning för tandvården i västra länsdelen', 60, 50, 15, true),
    at('Förvaltningen har sett över lokalerna för klinikerna i västra länsdelen.', 60, 90),
    at('Förslag till beslut', 60, 130, 12.5, true),
    at('Tandvårdsstyrelsen föreslås besluta att', 60, 150),
    at('1.', 78, 166),
    at('godkänna översynen av klinikernas lokaler', 96, 166),
    ...lastPoint,
    ...after,
  ];
}
const second = [at('2.', 78, 180), at('uppdra åt tandvårdsdirektören att teckna nya hyresavtal', 96, 180)];

describe('a line at the margin under indented decision points', () => {
  it('is no part of the last point when it opens a capital after a short point line', () => {
    const doc = analyzeItems(paper([at('Fastighetschef', 60, 194)], second));
    expect(doc.decisions.map((d) => [d.id, d.text])).toEqual([
      ['1', 'godkänna översynen av klinikernas lokaler'],
      ['2', 'uppdra åt tandvårdsdirektören att teckna nya hyresavtal'],
    ]);
  });

  it('keeps a wrapped line that the point ran into at the margin', () => {
    const long = [
      at('2.', 78, 180),
      at('uppdra åt tandvårdsdirektören att teckna nya hyresavtal för klinikerna i', 96, 180),
      at('Torsby och Arvika', 96, 194),
    ];
    const doc = analyzeItems(paper([], long));
    expect(doc.decisions.at(-1)?.text).toBe(
      'uppdra åt tandvårdsdirektören att teckna nya hyresavtal för klinikerna i Torsby och Arvika',
    );
    // The same wrapped back to the margin (a list without a hanging indent).
    const back = [long[0], long[1], at('Torsby och Arvika', 60, 194)].filter((x) => x !== undefined);
    expect(analyzeItems(paper([], back)).decisions.at(-1)?.text).toBe(
      'uppdra åt tandvårdsdirektören att teckna nya hyresavtal för klinikerna i Torsby och Arvika',
    );
  });
});
