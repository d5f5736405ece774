/**
 * A total stated in the paragraph just before a decision block whose heading is not set apart (OCR
 * gives no bold, so "Beslutsförslag" and "Nämnden föreslås besluta" run into the paragraph): the
 * decision block takes its lead-in lines, and the total is still read from the lines before them.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };

describe('a total run into a decision lead-in', () => {
  it('reads the total and the decision points', () => {
    const analysis = analyzePages(
      pagesFromText(`# Åtgärder inom hälso- och sjukvården
Förvaltningen föreslår följande åtgärder med beräknad effekt per år:
a) Senarelagd ombyggnad av operationsavdelningen (2026: 3,1 mkr, 2027: 3,1 mkr).
b) Översyn av tolkkostnader (2026: 9,7 mkr, 2027: 9,7 mkr).

Sammanlagt beräknas åtgärderna ge 12,8 mkr 2026 och 12,8 mkr 2027.
Beslutsförslag
Nämnden föreslås besluta
– att lägga den ekonomiska uppföljningen till handlingarna`),
      { fileName: 'test.pdf', info },
    );
    expect(analysis.decisions.map((d) => d.text)).toEqual([
      'lägga den ekonomiska uppföljningen till handlingarna',
    ]);
    expect(analysis.totals.map((t) => [t.year, t.amountMsek, t.reconciled])).toEqual([
      [2026, 12.8, true],
      [2027, 12.8, true],
    ]);
  });
});
