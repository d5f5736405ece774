// Characters of the text layer that look right on the page but do not read right: decomposed letters,
// accents drawn over their letter, a figure dash as minus, footnote marks after a unit or with
// superscript parentheses, thousands set apart by a gap the width of a digit.
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../parsers/page-model.ts';
import { attachSpacingAccents, buildLines, withAccentOver } from '../../parsers/pdf/lines.ts';
import { repairTextLayer } from '../../parsers/pdf/text-repair.ts';
import { findAmounts } from '../../parsers/swedish/amounts.ts';
import { withoutFootnoteMark } from '../../parsers/swedish/numbers.ts';

const item = (text: string, x: number, width: number, y = 100, height = 10): TextItem => ({
  text,
  x,
  y,
  width,
  height,
});

describe('repairTextLayer: decomposed letters are composed (NFC)', () => {
  it('a + U+030A, o + U+0308 read as å, ö', () => {
    expect(repairTextLayer('Landstinget i Va\u0308rmland')).toBe('Landstinget i Värmland');
    expect(repairTextLayer('Tandva\u030Ardsenheten i O\u0308rnsko\u0308ldsvik')).toBe(
      'Tandvårdsenheten i Örnsköldsvik',
    );
  });
  it('text without combining marks is returned as it is', () => {
    const plain = 'Kostnad för tolktjänst 2,2 mkr';
    expect(repairTextLayer(plain)).toBe(plain);
  });
});

describe('repairTextLayer: a figure dash before a figure is a minus', () => {
  it('U+2012, U+FE63 and U+FF0D at a cell start or after a space read as U+2212', () => {
    expect(repairTextLayer('\u201212,4')).toBe('\u221212,4');
    expect(repairTextLayer('Avvikelse \u2012 3,05')).toBe('Avvikelse \u2212 3,05');
    expect(repairTextLayer('(\uFF0D0,8)')).toBe('(\u22120,8)');
  });
  it('between figures (a range, a telephone number) it stays', () => {
    expect(repairTextLayer('vecka 12\u201214')).toBe('vecka 12\u201214');
    expect(repairTextLayer('tel. 010\u2012123 45')).toBe('tel. 010\u2012123 45');
  });
});

describe('spacing accents drawn over the letter before them', () => {
  it('a letter, its spacing accent and the word going on are one word', () => {
    expect(attachSpacingAccents('Vi sta°r fast vid bedo¨ mningen')).toBe('Vi står fast vid bedömningen');
    // After a word that ends in the accented letter, the space is the word space.
    expect(attachSpacingAccents('Sjukhuset i Va¨ xjo¨ har la°nga ko¨ er pa° natten')).toBe(
      'Sjukhuset i Växjö har långa köer på natten',
    );
    expect(attachSpacingAccents('O ¨ verskott')).toBe('Överskott');
    expect(attachSpacingAccents('ra˚d')).toBe('råd');
  });
  it('a degree sign after a figure, or an accent no letter takes, stays', () => {
    expect(attachSpacingAccents('förvaras vid 8°C')).toBe('förvaras vid 8°C');
    expect(attachSpacingAccents('x¨y')).toBe('x¨y');
  });
  it('an accent run drawn back over the last letter of the run before joins it', () => {
    const before = item('Lokalvårdsavtal fo', 50, 90);
    const accent = item('¨ rlängs', 136, 40);
    expect(withAccentOver(before, accent)?.text).toBe('Lokalvårdsavtal förlängs');
    // A run that starts after the letter (a word of its own) is no accent over it.
    expect(withAccentOver(before, item('¨ rlängs', 150, 40))).toBeNull();
    // Nor one on another line.
    expect(withAccentOver(before, item('¨ rlängs', 136, 40, 130))).toBeNull();
  });
  it('buildLines reads such a line whole', () => {
    const lines = buildLines([item('Hyrsjuksko', 60, 50), item('¨ terskor', 106, 40)]);
    expect(lines[0]?.text).toBe('Hyrsjuksköterskor');
  });
});

describe('thousands set apart by a gap the width of a digit (a figure space drawn as a gap)', () => {
  it('"2" and "345,6" a digit apart are one figure; two columns a cell apart stay two', () => {
    // 10 pt type: a digit is about 5.6 pt wide.
    const grouped = buildLines([
      item('Lönekostnader', 60, 70),
      item('2', 200, 5.6),
      item('345,6', 211.2, 25),
    ]);
    expect(grouped[0]?.segments.map((s) => s.text)).toEqual(['Lönekostnader', '2\u2009345,6']);
    const apart = buildLines([item('Lönekostnader', 60, 70), item('2', 200, 5.6), item('345,6', 225, 25)]);
    expect(apart[0]?.segments.map((s) => s.text)).not.toContain('2\u2009345,6');
  });
});

describe('footnote marks after a unit or with superscript parentheses', () => {
  it('"mkr³⁾" and "mnkr⁴" end their unit: the amount is read', () => {
    expect(
      findAmounts('Underskottet för tandvården blev 12,3 mkr³⁾ i fjol.').map((a) => a.amountMsek),
    ).toEqual([-12.3]);
    expect(findAmounts('Intäkterna ökade med 0,9 mnkr⁴ under hösten.').map((a) => a.amountMsek)).toEqual([
      0.9,
    ]);
  });
  it('a cell "7,25¹⁾" or "(7,25⁽²⁾)" is the figure without its mark', () => {
    expect(withoutFootnoteMark('7,25¹⁾')).toBe('7,25');
    expect(withoutFootnoteMark('(7,25⁽²⁾)')).toBe('(7,25)');
    expect(withoutFootnoteMark('7,25⁽²⁾')).toBe('7,25');
  });
});

describe("repairTextLayer: Word's Symbol-font minus (private use U+F02D)", () => {
  it('before a figure, or as an item of its own, reads as U+2212', () => {
    expect(repairTextLayer('\uF02D0,7')).toBe('\u22120,7');
    expect(repairTextLayer('Netto \uF02D 12,5 tkr')).toBe('Netto \u2212 12,5 tkr');
    expect(repairTextLayer('\uF02D')).toBe('\u2212');
  });
  it('inside a word or between figures it stays', () => {
    expect(repairTextLayer('a\uF02Db')).toBe('a\uF02Db');
    expect(repairTextLayer('7\uF02D9')).toBe('7\uF02D9');
  });
  it('the sign item and the figure item beside it make one negative figure', () => {
    const line = buildLines([item(repairTextLayer('\uF02D'), 300, 5.5), item('0,7', 305.5, 14)])[0];
    expect(findAmounts(line?.text ?? '', { defaultUnit: 'mkr' }).map((a) => a.amountMsek)).toEqual([-0.7]);
  });
});
