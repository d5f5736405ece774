/**
 * The proposal's introduction ends a page whose foot holds a footnote ("2 Hyresavtalet …", set smaller
 * than the proposal, though not much smaller than the paper's small table text), and the numbered
 * points follow on the next page: the footnote is no point (nor an unnumbered decision), the points are
 * read, past the next page's running header. Wording and layout made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import type { TextItem } from '../../parsers/page-model.ts';
import { NO_PDF_INFO } from '../helpers/analyze-text.ts';
import { pageOfItems } from '../helpers/item-pages.ts';

const at = (text: string, x: number, y: number, size: number, bold = false): TextItem => ({
  text,
  x,
  y,
  width: text.length * size * 0.5,
  height: size,
  ...(bold ? { bold: true } : {}),
});

function pages(noteSize: number) {
  const first = [
    at('Tandvårdens lokalbehov 2031', 60, 60, 16, true),
    at('Kliniken i norra länsdelen behöver nya lokaler när hyresavtalet löper ut.', 60, 100, 11),
    ...Array.from({ length: 30 }, (_, k) =>
      at(`Rum ${k + 1} behandlingsrum med ${(k % 4) + 1} stolar`, 60, 130 + k * 12, 9),
    ),
    at('Förslag till beslut', 60, 680, 13, true),
    at('Tandvårdsstyrelsen föreslås besluta', 60, 700, 11),
    at('2 Hyresavtalet förlängdes senast år 2028 med tre år.', 60, 770, noteSize),
  ];
  const second = [
    // A running header of the second page only (a first-page header differs), kept as text.
    at('Tandvårdsnämnden', 60, 30, 9),
    at('Ärende TS 2031/12', 420, 30, 9),
    at('1. godkänna inriktningen för klinikens nya lokaler', 60, 70, 11),
    at('2. uppdra åt tandvårdsdirektören att teckna ett nytt hyresavtal', 60, 86, 11),
  ];
  return analyzePages([pageOfItems(first, 1), pageOfItems(second, 2)], {
    fileName: 'test.pdf',
    info: NO_PDF_INFO,
  });
}

describe('a footnote between the introduction and the points on the next page', () => {
  it('reads the points, not the note', () => {
    expect(pages(9.5).decisions.map((d) => [d.id, d.text])).toEqual([
      ['1', 'godkänna inriktningen för klinikens nya lokaler'],
      ['2', 'uppdra åt tandvårdsdirektören att teckna ett nytt hyresavtal'],
    ]);
  });
});
