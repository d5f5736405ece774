/**
 * A ligature glyph the text layer calls "f", in a font whose i and l are equally wide: "fi" stands
 * before a vowel as often as "fl" does ("identifierade", "verifiera"), so one glyph is read the same in
 * all its occurrences, and only a consonant or a word's end after it, or another glyph known as "fi",
 * tells it.
 */
import { describe, expect, it } from 'vitest';
import { applyGlyphRepairs, ligatureGlyphRepairs, type PlainLetters } from '../../parsers/pdf/text-repair.ts';

const OPS = { setFont: 1, showText: 2, beginAnnotation: 3, endAnnotation: 4 };
// A sans font with i and l of one width (as DejaVu Sans): f 352, i = l = 278; "fi" and "fl" both 627.
const WIDTHS: Record<string, number> = { f: 352, i: 278, l: 278, ' ': 318, '.': 318 };
const FI = '\u2460'; // the "fi" glyph in the strings below
const FL = '\u2461'; // the "fl" glyph

function glyphsOf(text: string) {
  return [...text].map((char) => {
    if (char === FI) return { unicode: 'f', fontChar: 'L1', width: 627 };
    if (char === FL) return { unicode: 'f', fontChar: 'L2', width: 627 };
    return { unicode: char, fontChar: char, width: WIDTHS[char] ?? 600 };
  });
}

/** The page's lines as the text layer reads them after the repair. */
function read(lines: string[], letters = new Map<string, PlainLetters>()): string[] {
  const fnArray = [OPS.setFont, ...lines.map(() => OPS.showText)];
  const argsArray = [['D1', 10], ...lines.map((line) => [glyphsOf(line)])];
  const repairs = ligatureGlyphRepairs(fnArray, argsArray, OPS, () => undefined, letters);
  const items = lines.map((line) => ({ str: line.replaceAll(FI, 'f').replaceAll(FL, 'f'), fontName: 'D1' }));
  return applyGlyphRepairs(items, repairs).map((item) => (item as { str: string }).str);
}

describe('a tied-width ligature before a vowel', () => {
  it('is "fi" in all its occurrences when one stands before a consonant', () => {
    expect(
      read([
        'Region Jämtland Härjedalen: identi\u2460erade åtgärder ska veri\u2460eras.',
        'Certi\u2460erad vård \u2460nns i länet, en fråga från of\u2460ce.',
      ]),
    ).toEqual([
      'Region Jämtland Härjedalen: identifierade åtgärder ska verifieras.',
      'Certifierad vård finns i länet, en fråga från office.',
    ]);
  });

  it('is left as "f" when nothing but vowels follows it, rather than read as "fl"', () => {
    const lines = ['Region Uppsala: fem identi\u2460erade åtgärder ska modi\u2460eras och veri\u2460eras.'];
    expect(read(lines)).toEqual(['Region Uppsala: fem identiferade åtgärder ska modiferas och veriferas.']);
  });

  it('is "fl" beside another glyph known as "fi", on this page or an earlier one', () => {
    const letters = new Map<string, PlainLetters>();
    expect(read(['Region Gotland: för vården \u2460nns en plan.'], letters)).toEqual([
      'Region Gotland: för vården finns en plan.',
    ]);
    expect(read(['Personalen ska \u2461ytta och veri\u2460era.'], letters)).toEqual([
      'Personalen ska flytta och verifiera.',
    ]);
  });

  it('is "fl" before a vowel "fi" never precedes, and then the other glyph is "fi"', () => {
    expect(read(['Region Uppsala: fem patient\u2461öden och identi\u2460erade ambulans\u2461yg.'])).toEqual([
      'Region Uppsala: fem patientflöden och identifierade ambulansflyg.',
    ]);
  });

  it('does not take a "ffi" glyph known as "ffi" for a sign that a "fi" glyph is "fl"', () => {
    const lines = ['Region Gotland: fem o\u2462cer och identi\u2460erade åtgärder.'];
    const fnArray = [OPS.setFont, OPS.showText];
    const glyphs = [...lines[0]!].map((char) =>
      char === '\u2462' ? { unicode: 'f', fontChar: 'L3', width: 979 } : glyphsOf(char)[0],
    );
    const repairs = ligatureGlyphRepairs(fnArray, [['D1', 10], [glyphs]], OPS, () => undefined);
    const items = [{ str: lines[0]!.replaceAll('\u2462', 'f').replaceAll(FI, 'f'), fontName: 'D1' }];
    expect(applyGlyphRepairs(items, repairs).map((item) => (item as { str: string }).str)).toEqual([
      'Region Gotland: fem officer och identiferade åtgärder.',
    ]);
  });

  it('after "e" or "a", the next letter tells: "fl" in "flera", "flexibel", "inflammation"', () => {
    expect(
      read(['Region Gotland: för \u2461era planer, \u2461exibel bemanning och in\u2461ammation.']),
    ).toEqual(['Region Gotland: för flera planer, flexibel bemanning och inflammation.']);
    // Inside a word before "r", "fi" as often: nothing told, left as it is.
    expect(read(['Region Uppsala: fem veri\u2460erade och modi\u2460erade.'])).toEqual([
      'Region Uppsala: fem veriferade och modiferade.',
    ]);
  });
});
