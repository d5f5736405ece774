/**
 * A tesseract line that holds words on two baselines: a table row whose title wraps to two lines,
 * with the responsible person and the figures centred between them. Tesseract gives the title's
 * first line and the centred cells as one line on the title's baseline; the page model must give
 * the title line, then the figure row (at its own height, at the body's font size), then the
 * title's second line — as the text layer of the same table does. Synthetic words at 300 dpi.
 */
import type Tesseract from 'tesseract.js';
import { describe, expect, it } from 'vitest';
import {
  adoptReread,
  dropDoubleReadings,
  lineStrip,
  type OcrLine,
  splitAtBaselines,
  wordBaseline,
} from '../../parsers/ocr/baselines.ts';
import { ocrPageFromTesseract } from '../../parsers/ocr/tesseract.ts';

const DESCENDING = /[gjpqy,]/;
/** A word whose glyphs stand on `base` (30 px cap height, 7 px descenders, 22 px x-height). */
function word(text: string, x0: number, base: number, confidence = 95) {
  const width = 17;
  const symbols = [...text].map((ch, i) => {
    const top = /[\p{Lu}\p{N}bdfhklt]/u.test(ch) ? base - 30 : base - 22;
    const bottom = DESCENDING.test(ch) ? base + 8 : base;
    return {
      text: ch,
      confidence,
      bbox: { x0: x0 + i * width, y0: top, x1: x0 + (i + 1) * width, y1: bottom },
    };
  });
  return {
    text,
    confidence,
    symbols,
    bbox: {
      x0,
      y0: Math.min(...symbols.map((s) => s.bbox.y0)),
      x1: x0 + width * text.length,
      y1: Math.max(...symbols.map((s) => s.bbox.y1)),
    },
  };
}
function line(base: number, words: ReturnType<typeof word>[]): OcrLine {
  return {
    words,
    baseline: { x0: 0, y0: base, x1: 2400, y1: base },
    rowAttributes: { rowHeight: 40 },
    bbox: {
      x0: Math.min(...words.map((w) => w.bbox.x0)),
      y0: Math.min(...words.map((w) => w.bbox.y0)),
      x1: Math.max(...words.map((w) => w.bbox.x1)),
      y1: Math.max(...words.map((w) => w.bbox.y1)),
    },
  };
}

// Title lines at 1771 and 1821; the centred cells at 1796; one digit's box reaches 5 px lower
// where a comma was glued to it.
const merged = line(1771, [
  word('1', 285, 1796),
  word('Ändrad', 361, 1771),
  word('indikation', 505, 1771),
  word('Förvaltningschef', 1299, 1796),
  {
    ...word('1322', 1731, 1796),
    symbols: word('1322', 1731, 1796).symbols.map((s, i) =>
      i === 1 ? { ...s, bbox: { ...s.bbox, y1: 1801 } } : s,
    ),
  },
  word('7,7', 1892, 1796),
]);
const second = line(1821, [word('specialistvården', 361, 1821)]);

describe('splitAtBaselines', () => {
  it("takes a word's baseline from glyphs that neither descend nor carry a glued comma", () => {
    expect(wordBaseline(merged.words[4] as never)).toBe(1796);
    expect(wordBaseline(word('planering', 565, 1953))).toBe(1953);
  });

  it('splits a line whose words stand on two baselines, and leaves a plain line alone', () => {
    const parts = splitAtBaselines(merged);
    expect(parts.map((p) => p.words.map((w) => w.text).join(' '))).toEqual([
      'Ändrad indikation',
      '1 Förvaltningschef 1322 7,7',
    ]);
    expect(parts[1]?.baseline?.y0).toBe(1796);
    expect(splitAtBaselines(second)).toEqual([second]);
    // A skewed line is one line: its words follow the line's sloped baseline.
    const skewed: OcrLine = {
      ...line(1000, [word('Summa', 300, 1000), word('42,6', 1800, 1015)]),
      baseline: { x0: 300, y0: 1000, x1: 1868, y1: 1015 },
    };
    expect(splitAtBaselines(skewed)).toHaveLength(1);
  });

  it('gives the page the title line, the figure row and the title line after it, at body size', () => {
    const result = { blocks: [{ paragraphs: [{ lines: [merged, second] }] }] } as unknown as Tesseract.Page;
    const page = ocrPageFromTesseract(result, { number: 1, width: 595, height: 842, scale: 300 / 72 });
    expect(page.lines.map((l) => l.text)).toEqual([
      'Ändrad indikation',
      '1  Förvaltningschef  1322  7,7',
      'specialistvården',
    ]);
    const sizes = page.lines.map((l) => l.fontSize);
    expect(Math.max(...sizes) / Math.min(...sizes)).toBeLessThan(1.2);
  });
});

describe('dropDoubleReadings', () => {
  it('drops a word that reads again part of a longer word of another line', () => {
    // Around a two-row header: "Helårs-" also read as "åre.", a letter pair of "Åtgärd" as "9".
    const header = line(1643, [word('Nr', 284, 1643), word('Åtgärd', 750, 1643), word('åre.', 1721, 1649)]);
    const years = line(1678, [word('9', 789, 1651), word('Helårs-', 1660, 1657), word('2026', 1860, 1678)]);
    const kept = dropDoubleReadings([header, years]);
    expect(kept.map((l) => l.words.map((w) => w.text).join(' '))).toEqual(['Nr Åtgärd', 'Helårs- 2026']);
    // The rings and dots of a large heading read as a line of their own above it.
    const heading = line(468, [
      word('Åtgärder', 236, 468),
      { ...word('sjukvården', 1213, 468), bbox: { x0: 1213, y0: 417, x1: 1621, y1: 483 } },
    ]);
    const marks = line(427, [{ ...word('ed', 1421, 427), bbox: { x0: 1421, y0: 409, x1: 1469, y1: 427 } }]);
    expect(dropDoubleReadings([marks, heading]).map((l) => l.words.map((w) => w.text).join(' '))).toEqual([
      'Åtgärder sjukvården',
    ]);
    // Lines that do not overlap come back as they are.
    expect(dropDoubleReadings([header, second])[1]).toBe(second);
  });
});

describe('a split line read again alone', () => {
  const title = splitAtBaselines(merged)[0] as OcrLine;

  it('is cut out by its baseline and cap height, not by word boxes that reach the next line', () => {
    expect(title.split).toBe(true);
    const tall = { ...title, words: title.words.map((w) => ({ ...w, bbox: { ...w.bbox, y1: 1798 } })) };
    const strip = lineStrip(tall);
    expect(strip.y0).toBeCloseTo(1771 - 1.4 * 30, 5);
    expect(strip.y1).toBeCloseTo(1771 + 0.45 * 30, 5);
  });

  it('takes the fresh words when they match one to one and are as sure', () => {
    const worse = {
      ...title,
      words: title.words.map((w, i) => (i === 0 ? { ...w, text: 'Andrad', confidence: 70 } : w)),
    };
    const adopted = adoptReread(worse, [r('Ändrad', 99), r('indikation', 99)]);
    expect(adopted.words.map((w) => w.text)).toEqual(['Ändrad', 'indikation']);
    expect(adopted.words[0]?.bbox).toEqual(worse.words[0]?.bbox);
    // Another word count, or a less sure reading: the first reading stays.
    expect(adoptReread(worse, [r('Ändrad', 99), r('indi', 99), r('kation', 99)])).toBe(worse);
    expect(adoptReread(worse, [r('Ändrad', 40), r('indikation', 40)])).toBe(worse);
  });
});

function r(text: string, confidence: number) {
  return { text, confidence };
}
