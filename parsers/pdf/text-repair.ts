/**
 * Repairs of text layers that a producer wrote wrongly, applied to every text item as it is read.
 *
 * Byte-swapped letters. Ghostscript's pdfwrite (used by "print to PDF" drivers and PDF/A converters)
 * writes the ToUnicode entry of a ligature glyph with its UTF-16 bytes swapped: "ff" (U+0066 U+0066)
 * becomes U+6600 U+6600, which every reader shows as "昀昀", so "effekt" reads "e昀昀ekt" — in poppler
 * and pdf.js alike. The swapped form of an ASCII letter is a code point whose high byte is that letter
 * and whose low byte is zero (U+4100–U+5A00, U+6100–U+7A00: CJK ideographs), which Swedish board papers
 * never contain; in a run of Latin text it is unambiguous. A swapped code point is turned back only
 * when the item also holds a Latin letter or consists of swapped code points alone, so genuine CJK
 * text (other ideographs around it) is left as it is.
 *
 * Symbol-font bullets. Word sets list bullets in the Symbol or Wingdings font, and its PDF export maps
 * them to the private-use code points of those fonts (U+F0B7 for Symbol's bullet, U+F0A7 for
 * Wingdings' small square, U+F0D8 and U+F0E8 for its arrowheads, U+F076, U+F0FC …), which no text
 * means. They are read as "•", so lists, sub-measures and "• att …" decision points are recognised
 * whatever font the bullet was drawn in.
 */

const SWAPPED = /[\u4100-\u5a00\u6100-\u7a00]/;
const LATIN = /[A-Za-z\u00c0-\u024f]/;

function isSwappedLetter(code: number): boolean {
  if ((code & 0xff) !== 0) return false;
  const high = code >> 8;
  return (high >= 0x41 && high <= 0x5a) || (high >= 0x61 && high <= 0x7a);
}

/** Private-use code points of Symbol and Wingdings that Word's bullets arrive as. */
const PUA_BULLET_RE = /[\uf06e\uf071\uf076\uf09f\uf0a7\uf0a8\uf0b7\uf0d8\uf0e0\uf0e8\uf0f0\uf0fc]/g;

/** `text` with its producer's known mis-encodings repaired, or `text` itself when it has none. */
export function repairTextLayer(text: string): string {
  const bullets = text.replace(PUA_BULLET_RE, '•');
  return SWAPPED.test(bullets) ? repairSwapped(bullets) : bullets;
}

/** `text` with byte-swapped ASCII letters turned back, or `text` itself when it has none. */
function repairSwapped(text: string): string {
  let swapped = 0;
  let other = 0;
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    if (isSwappedLetter(code)) swapped++;
    else if (code >= 0x2e80 && code <= 0x9fff) other++; // other CJK: genuine ideographs
  }
  if (swapped === 0 || other > 0) return text;
  if (!LATIN.test(text) && swapped !== [...text.trim()].length) return text;
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    out += isSwappedLetter(code) ? String.fromCharCode(code >> 8) : char;
  }
  return out;
}
