/**
 * A run that spaces its words with the space glyph and places every glyph by a spacing number (a paper
 * printed again through cairo, its fonts substituted): a small gap inside a word is positioning, not a
 * word space, though pdfjs puts a space there ("V ärdering"). Told by the font's space glyph, or where the
 * font never shows one, by the median of its word gaps.
 */
import { describe, expect, it } from 'vitest';
import { spaceOccurrences, withoutSpuriousSpaces } from '../../parsers/pdf/text-repair.ts';

const OPS = {
  setFont: 1,
  showText: 2,
  beginAnnotation: 3,
  endAnnotation: 4,
  save: 5,
  restore: 6,
  setCharSpacing: 7,
};
const letter = (unicode: string) => ({ unicode, width: 520, category: { isWhitespace: false } });
const space = { unicode: ' ', width: 300, category: { isWhitespace: true } };
/** A TJ array: each word's letters with the given spacing numbers after them, words parted by `parting`. */
function run(
  words: string[],
  kerns: Record<string, number> = {},
  parting: 'glyph' | number = 'glyph',
): unknown[] {
  const out: unknown[] = [];
  words.forEach((word, w) => {
    if (w > 0) out.push(...(parting === 'glyph' ? [space] : [parting]));
    [...word].forEach((ch, i) => {
      out.push(letter(ch));
      const kern = kerns[`${word}:${i}`];
      if (kern !== undefined) out.push(kern);
      else if (i < word.length - 1) out.push(i % 2 === 0 ? 20 : -30);
    });
  });
  return out;
}
const texts = (items: unknown[]) => items.map((item) => (item as { str: string }).str);

describe('gaps inside a word that the text layer took for spaces', () => {
  it("closes a gap alone in its word and narrower than the font's space glyph", () => {
    // "V|ärdering" stands 0.14 em apart, "inv|entarier" 0.12 em; the space glyph is 0.3 em.
    const tj = run(['Värdering', 'av', 'inventarier'], { 'Värdering:0': -140, 'inventarier:2': -120 });
    const occurrences = spaceOccurrences([OPS.setFont, OPS.showText], [['C1', 9], [tj]], OPS);
    expect(occurrences.filter((o) => o.spurious).map((o) => o.key.slice(-2))).toEqual(['Vä', 've']);
    const items = [{ str: 'V ärdering av inv entarier', fontName: 'C1' }];
    expect(texts(withoutSpuriousSpaces(items, occurrences))).toEqual(['Värdering av inventarier']);
  });

  it('takes the median word gap for the space of a font that never shows its space glyph', () => {
    const tj = run(
      ['Ny', 'jourlinje', 'för', 'länets', 'vårdcentraler', 'och', 'kommunerna', 'i', 'norr'],
      {
        'jourlinje:0': -150,
      },
      -330,
    );
    const occurrences = spaceOccurrences([OPS.setFont, OPS.showText], [['C2', 10], [tj]], OPS);
    expect(occurrences.filter((o) => o.spurious).map((o) => o.key.slice(-2))).toEqual(['jo']);
  });

  it('leaves letter-spaced words, figures and gaps as wide as a space alone', () => {
    // Every pair of "BUDGET" spaced (tracking), a gap inside "2 450" and a gap of a space's width.
    const tracked = run(['BUDGET', '2450', 'plan'], {
      'BUDGET:0': -150,
      'BUDGET:1': -150,
      'BUDGET:2': -150,
      'BUDGET:3': -150,
      'BUDGET:4': -150,
      '2450:0': -150,
      'plan:1': -290,
    });
    const occurrences = spaceOccurrences([OPS.setFont, OPS.showText], [['C3', 9], [tracked]], OPS);
    expect(occurrences.some((o) => o.spurious)).toBe(false);
  });

  it('leaves a pair alone where the text layer shows it more often than the runs tell', () => {
    const tj = run(['Värdering'], { 'Värdering:0': -140 });
    const occurrences = spaceOccurrences([OPS.setFont, OPS.showText], [['C1', 9], [tj]], OPS);
    // A second "V ä" made across two runs: the count differs, nothing is changed.
    const items = [
      { str: 'V ärdering', fontName: 'C1' },
      { str: 'V ä', fontName: 'C1' },
    ];
    expect(texts(withoutSpuriousSpaces(items, occurrences))).toEqual(['V ärdering', 'V ä']);
  });

  it('closes a space glyph whose advance a spacing number takes back (a soft hyphen drawn as nothing)', () => {
    // "Läkemedels|genomgångar" with a soft hyphen set as the space glyph and then 300 back; "i" then a
    // plain space stays a space.
    const tj = [...run(['Läkemedels']), space, 300, ...run(['genomgångar']), space, ...run(['i', 'Kalmar'])];
    const occurrences = spaceOccurrences([OPS.setFont, OPS.showText], [['C4', 9], [tj]], OPS);
    expect(occurrences.filter((o) => o.spurious).map((o) => o.key.slice(-2))).toEqual(['sg']);
    const items = [{ str: 'Läkemedels genomgångar i Kalmar', fontName: 'C4' }];
    expect(texts(withoutSpuriousSpaces(items, occurrences))).toEqual(['Läkemedelsgenomgångar i Kalmar']);
  });
});
