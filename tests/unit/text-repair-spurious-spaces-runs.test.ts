/**
 * The spaces the text layer makes and the gaps the runs draw are paired by count per font and pair of
 * letters. A gap the text layer never spaced (a space glyph fully taken back, a gap under horizontal
 * scaling that pdfjs measures narrower) must not be paired with a space pdfjs put between two runs: that
 * closes a real word space ("4,5 mkrper år") and the amount is lost without a warning.
 */
import { describe, expect, it } from 'vitest';
import { loadPdf } from '../../parsers/pdf/load.ts';
import { spaceOccurrences } from '../../parsers/pdf/text-repair.ts';
import { textPdf } from '../helpers/hostile-pdfs.ts';

const latin1 = (text: string): Uint8Array => Uint8Array.from(Buffer.from(text, 'latin1'));

async function lines(content: string[]): Promise<string[]> {
  const model = await loadPdf(textPdf({ content: latin1(content.join('\n')) }));
  return (model.pages[0]?.lines ?? []).map((line) => (line as { text: string }).text);
}

describe('spaces between runs against gaps inside runs', () => {
  it('keeps the space between two runs when a taken-back space glyph has the same letters', async () => {
    const text = await lines([
      'BT /F1 10 Tf 72 700 Td [(Region Kalmar l\xe4n inf\xf6r)( )300(platser i akutv\xe5rden)] TJ ET',
      'BT /F1 10 Tf 72 680 Td [(Nettokostnaden blir 2,5 mkr)] TJ [-278(per \xe5r fr\xe5n och med 2027.)] TJ ET',
    ]);
    expect(text).toContain('Nettokostnaden blir 2,5 mkr per år från och med 2027.');
  });

  it('keeps it when the same letters stand apart in a run drawn under horizontal scaling', async () => {
    const text = await lines([
      'BT /F1 10 Tf 80 Tz 72 700 Td [(Region Halland inf\xf6r)-120(platser i akutv\xe5rden)] TJ 100 Tz ET',
      'BT /F1 10 Tf 72 680 Td [(Nettokostnaden blir 2,5 mkr)] TJ [-278(per \xe5r fr\xe5n och med 2027.)] TJ ET',
    ]);
    expect(text).toContain('Nettokostnaden blir 2,5 mkr per år från och med 2027.');
  });
});

describe('a space glyph taken back', () => {
  const OPS = {
    setFont: 1,
    showText: 2,
    beginAnnotation: 3,
    endAnnotation: 4,
    save: 5,
    restore: 6,
    setCharSpacing: 7,
  };
  const letters = (word: string) =>
    [...word].map((unicode) => ({ unicode, width: 556, category: { isWhitespace: false } }));
  const space = { unicode: ' ', width: 278, category: { isWhitespace: true } };

  it('is counted only where the next glyph starts exactly where the space glyph did', () => {
    // pdfjs keeps the space of "inför| |platser" only when the letters land on the very spot: taken back
    // by 0.3 em the glyphs overlap, the text layer has no space there and none may be paired with it.
    const over = [...letters('inför'), space, 300, ...letters('platser'), space, ...letters('Region')];
    const exact = [...letters('inför'), space, 278, ...letters('platser'), space, ...letters('Region')];
    const at = (tj: unknown[]) =>
      spaceOccurrences([OPS.setFont, OPS.showText], [['F1', 10], [tj]], OPS).map((o) => o.key.slice(-2));
    expect(at(over)).toEqual(['rR']);
    expect(at(exact)).toEqual(['rp', 'rR']);
  });
});
