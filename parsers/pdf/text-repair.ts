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

import type { GlyphBox } from './glyph-shapes.ts';

const SWAPPED = /[\u4100-\u5a00\u6100-\u7a00]/;
const LATIN = /[A-Za-z\u00c0-\u024f]/;

function isSwappedLetter(code: number): boolean {
  if ((code & 0xff) !== 0) return false;
  const high = code >> 8;
  return (high >= 0x41 && high <= 0x5a) || (high >= 0x61 && high <= 0x7a);
}

/** Private-use code points of Symbol and Wingdings that Word's bullets arrive as. */
const PUA_BULLET_RE = /[\uf06e\uf071\uf076\uf09f\uf0a7\uf0a8\uf0b7\uf0d8\uf0e0\uf0e8\uf0f0\uf0fc]/g;

/** A combining mark (U+0300–U+036F and the other mark blocks). */
const COMBINING_RE = /\p{M}/u;
/**
 * Minus signs in the forms of other dashes: the figure dash U+2012 (a dash the width of a digit, set by
 * typographers in tables), the small and the full-width hyphen-minus (U+FE63, U+FF0D). Before a figure,
 * at the start of a cell or after a space or parenthesis, they are a minus: read as U+2212, the minus
 * every reader of figures knows ("‒7,7" is −7.7). Between figures ("2026‒2027") they stay as they are.
 */
const FIGURE_DASH_RE = /[\u2012\uFE63\uFF0D\uF02D]/u;
const FIGURE_DASH_MINUS_RE = /(?<=^|[\s(])[\u2012\uFE63\uFF0D\uF02D](?=\s?\d)/gu;
/**
 * Word's "Insert Symbol" minus: the Symbol font's minus (its code 0x2D), which the export maps to the
 * private-use U+F02D like the Symbol bullets. Before a figure it is a minus as above; drawn as a run of
 * its own (Word writes a Symbol glyph in a text object of its own, the figure after it in another), the
 * item is the sign alone, which the line joins to the figure beside it.
 */
const PUA_MINUS_ALONE_RE = /^\s*\uF02D\s*$/u;
/**
 * An em dash or horizontal bar glued to the figure after it ("—1 350"): a minus whose glyph the text
 * layer names wrongly (a Ghostscript rewrite maps the minus of some fonts to U+2014) or a typist's minus.
 * Set as a dash in prose, an em dash stands apart from the words beside it ("besparingen — 500 tkr"), and
 * between figures ("2026—2027") it follows a digit: both stay as they are.
 */
const EM_DASH_MINUS_RE = /(?<=^|[\s(])[\u2014\u2015](?=\d)/gu;
const EM_DASH_RE = /[\u2014\u2015]/u;

/**
 * `text` with its producer's known mis-encodings repaired, or `text` itself when it has none.
 *
 * Decomposed letters. Some producers write "å" as "a" + U+030A and "ö" as "o" + U+0308 (text from macOS
 * file systems, NFD strings handed to a PDF library, Writer with such input): it looks the same on the
 * page, but no word, region name or title the extraction compares it with matches. The text is composed
 * (Unicode NFC), which changes nothing in text without combining marks.
 *
 * Other minus forms: see FIGURE_DASH_MINUS_RE and EM_DASH_MINUS_RE.
 */
export function repairTextLayer(text: string): string {
  const composed = COMBINING_RE.test(text) ? text.normalize('NFC') : text;
  const dashed = !FIGURE_DASH_RE.test(composed)
    ? composed
    : PUA_MINUS_ALONE_RE.test(composed)
      ? composed.replace('\uF02D', '\u2212')
      : composed.replace(FIGURE_DASH_MINUS_RE, '\u2212');
  const signed = EM_DASH_RE.test(dashed) ? dashed.replace(EM_DASH_MINUS_RE, '\u2212') : dashed;
  const bullets = signed.replace(PUA_BULLET_RE, '•');
  const ligatures = LOST_LIGATURE_RE.test(bullets)
    ? bullets.replace(LOST_LIGATURE_RE, (char) => LOST_LIGATURES[char] ?? char)
    : bullets;
  return SWAPPED.test(ligatures) ? repairSwapped(ligatures) : ligatures;
}

/**
 * Ligatures whose ToUnicode range lost its high byte. Ghostscript's pdfwrite, rewriting a Chromium PDF
 * whose font maps its ligature glyphs as one range from U+FB00 ("ﬀ", "ﬁ", …), writes each glyph's entry
 * as U+00FB, U+00FC, …: "effekt" reads "eûekt", "befintlig" "beüntlig", in poppler and pdf.js alike.
 * Of those letters, Swedish (and the names a board paper holds) never has "û", "þ" or "ÿ" between two
 * letters of a word: there they are read as the ligatures "ff", "ffi" and "ffl". ("ü" and "ý", which
 * names do hold, are left as they are.)
 */
const LOST_LIGATURE_RE = /(?<=[A-Za-zåäöÅÄÖ])[ûþÿ](?=[a-zåäö])/gu;
const LOST_LIGATURES: Record<string, string> = { û: 'ff', þ: 'ffi', ÿ: 'ffl' };

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

/**
 * Dashes that the text layer calls letters or digits. Ghostscript's pdfwrite (10.0), rewriting a pdfkit
 * PDF, turns the ToUnicode entry of the en dash into "3" (pdfkit writes its map as one bfrange with an
 * array of destinations; gs regenerates it per glyph), so "– 25,2 mkr" reads "3 25,2 mkr" and
 * "2026–2028" reads "202632028", in poppler and pdf.js alike. The glyph's advance width cannot tell:
 * fonts give the en dash the width of a figure (500 in Liberation Serif, 556 in Liberation Sans, as "3").
 * Its outline can: a dash is a thin horizontal bar above the baseline, which no letter or figure is.
 * So a glyph whose text is one Latin letter or figure but whose outline is such a bar is read as the
 * dash its advance width says (hyphen, en dash, em dash). Only TrueType outlines are read (glyph-shapes.ts).
 */

/** The least of pdfjs's operator ids that the repair reads. */
export interface GlyphOps {
  setFont: number;
  showText: number;
  beginAnnotation: number;
  endAnnotation: number;
}

/** Outline box of a glyph in em units, by font loaded name and pdfjs `fontChar` (parsers/pdf/pdfjs.ts glyphBox). */
export type GlyphBoxOf = (font: string, fontChar: string) => GlyphBox | undefined;

/** Characters whose glyph is never a bar: Latin letters and figures. */
const BARLESS = /^[0-9A-Za-z\u00c0-\u024f]$/;

/** Characters a lost dash is named by: Latin letters, figures and ASCII punctuation. */
const NAMED = /^[!-~\u00c0-\u024f]$/;

/**
 * Characters a lost bullet is named by: the straight double quote and letters (Ghostscript names the
 * bullet '"' and the white bullet "ç"). Never other punctuation or symbols: "*", "^", "=", "+", "<",
 * ">", "×" and "÷" are blobs at mid height in some fonts (Liberation, Noto Sans Mono) and stand for
 * themselves in footnotes and amounts ("0,8*", "Effekt 2028 = 3,8 mkr", "3 × 0,6 mkr").
 */
const BULLET_NAMED = /^["A-Za-zªµºÀ-ÖØ-öø-ɏ]$/;

/**
 * A round or square blob between the baseline and the cap height, about as high as wide and at least a
 * sixth of an em: a list bullet ("•", or "◦" when it is a ring of two contours). No letter, figure or
 * ASCII mark has that shape: letters stand on the baseline, quotes and the degree sign sit at the top,
 * the middle dot and the period are smaller. Ghostscript's rewrite of a pdfkit PDF names the bullet '"'
 * and the white bullet "ç", so list items lose their mark and run together.
 */
export function isBulletShape(box: GlyphBox): boolean {
  const height = box.yMax - box.yMin;
  const width = box.xMax - box.xMin;
  // Lifted clear of the baseline (no letter's bowl starts at 0.18 em) and below the cap height's
  // reach of the quotes: a scan of DejaVu, Liberation and Noto finds no ASCII or Latin glyph in it.
  return (
    width >= 0.15 &&
    width <= 0.6 &&
    height >= 0.15 &&
    height <= 0.6 &&
    height >= 0.8 * width &&
    width >= 0.8 * height &&
    box.yMin >= 0.18 &&
    box.yMax <= 0.62
  );
}

/** A thin horizontal bar above the baseline and below the x-height's top: a hyphen or dash. */
export function isDashShape(box: GlyphBox): boolean {
  const height = box.yMax - box.yMin;
  const width = box.xMax - box.xMin;
  return (
    height > 0 && height <= 0.15 && width >= 0.2 && width >= 3 * height && box.yMin >= 0.1 && box.yMax <= 0.65
  );
}

/** The dash a bar glyph of this advance width (text space, 1000 = 1 em) is. */
function dashOfWidth(width: number): string {
  if (width < 420) return '-';
  return width <= 800 ? '–' : '—';
}

interface ShownGlyph {
  unicode?: unknown;
  fontChar?: unknown;
  width?: unknown;
}

/**
 * For each font and character (key `font + "\0" + char`) that some drawn glyph shaped as a dash is
 * mapped to, the text of every occurrence of that character drawn in that font, in drawing order:
 * the dash, or null where the glyph really is the character. Empty when the page has no such glyph.
 * Annotation appearances are skipped: getTextContent does not read them.
 */
export function dashGlyphRepairs(
  fnArray: ArrayLike<number>,
  argsArray: ArrayLike<unknown>,
  ops: GlyphOps,
  boxOf: GlyphBoxOf,
): Map<string, Array<string | null>> {
  // What each glyph is, by font and fontChar: its dash, or null. Most pages have no bar glyph named a
  // letter, so the first pass only looks glyphs up (once each) and the page costs no more than that.
  const shapes = new Map<string, Map<string, string | null>>();
  let found = false;
  let font = '';
  let byChar: Map<string, string | null> | undefined;
  let inAnnotation = 0;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    if (fn === ops.setFont) {
      const name = (argsArray[i] as unknown[] | null | undefined)?.[0];
      font = typeof name === 'string' ? name : '';
      byChar = shapes.get(font);
      if (!byChar) {
        byChar = new Map();
        shapes.set(font, byChar);
      }
    } else if (fn === ops.beginAnnotation) inAnnotation++;
    else if (fn === ops.endAnnotation) inAnnotation = Math.max(0, inAnnotation - 1);
    if (fn !== ops.showText || inAnnotation > 0 || !byChar) continue;
    const glyphs = (argsArray[i] as unknown[] | null | undefined)?.[0];
    if (!Array.isArray(glyphs)) continue;
    for (const glyph of glyphs) {
      const fontChar = (glyph as ShownGlyph | null)?.fontChar;
      if (typeof fontChar !== 'string' || byChar.has(fontChar)) continue;
      const { unicode, width } = glyph as ShownGlyph;
      let dash: string | null = null;
      if (typeof unicode === 'string' && NAMED.test(unicode)) {
        const box = boxOf(font, fontChar);
        if (box && BARLESS.test(unicode) && isDashShape(box))
          dash = dashOfWidth(typeof width === 'number' ? width : 500);
        else if (box && BULLET_NAMED.test(unicode) && isBulletShape(box))
          dash = box.contours === 2 ? '◦' : '•';
      }
      byChar.set(fontChar, dash);
      if (dash !== null) found = true;
    }
  }
  const repairs = new Map<string, Array<string | null>>();
  if (!found) return repairs;
  const sequences = new Map<string, Array<string | null>>();
  eachShownGlyph(fnArray, argsArray, ops, (font, glyph) => {
    const { unicode, fontChar } = glyph;
    if (typeof unicode !== 'string' || typeof fontChar !== 'string' || !NAMED.test(unicode)) return;
    const dash = shapes.get(font)?.get(fontChar) ?? null;
    const key = `${font}\u0000${unicode}`;
    if (dash !== null && !repairs.has(key)) repairs.set(key, []);
    const sequence = sequences.get(key);
    if (sequence) sequence.push(dash);
    else sequences.set(key, [dash]);
  });
  for (const key of repairs.keys()) repairs.set(key, sequences.get(key) ?? []);
  return repairs;
}

/** Calls `visit` with the current font's loaded name for every glyph shown outside annotations. */
function eachShownGlyph(
  fnArray: ArrayLike<number>,
  argsArray: ArrayLike<unknown>,
  ops: GlyphOps,
  visit: (font: string, glyph: ShownGlyph) => void,
): void {
  let font = '';
  let inAnnotation = 0;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    if (fn === ops.beginAnnotation) inAnnotation++;
    else if (fn === ops.endAnnotation) inAnnotation = Math.max(0, inAnnotation - 1);
    else if (fn === ops.setFont) {
      const name = (argsArray[i] as unknown[] | null | undefined)?.[0];
      font = typeof name === 'string' ? name : '';
    }
    if (fn !== ops.showText || inAnnotation > 0) continue;
    const glyphs = (argsArray[i] as unknown[] | null | undefined)?.[0];
    if (!Array.isArray(glyphs)) continue;
    for (const glyph of glyphs) {
      if (typeof glyph === 'object' && glyph !== null) visit(font, glyph as ShownGlyph);
    }
  }
}

interface FontTextItem {
  str: string;
  fontName: string;
}

function isFontTextItem(item: unknown): item is FontTextItem {
  return (
    typeof item === 'object' &&
    item !== null &&
    typeof (item as FontTextItem).str === 'string' &&
    typeof (item as FontTextItem).fontName === 'string'
  );
}

/**
 * getTextContent items with the repairs of `dashGlyphRepairs` applied: the n-th occurrence of a
 * character in a font's items is the n-th glyph drawn for it. Where the counts differ (the text
 * content and the operator list disagree), that character is left as it is.
 */
export function applyGlyphRepairs(items: unknown[], repairs: Map<string, Array<string | null>>): unknown[] {
  if (repairs.size === 0) return items;
  const counts = new Map<string, number>();
  for (const item of items) {
    if (!isFontTextItem(item)) continue;
    for (const char of item.str) {
      const key = `${item.fontName}\u0000${char}`;
      if (repairs.has(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const aligned = new Set([...repairs.keys()].filter((key) => counts.get(key) === repairs.get(key)?.length));
  if (aligned.size === 0) return items;
  const seen = new Map<string, number>();
  return items.map((item) => {
    if (!isFontTextItem(item)) return item;
    let changed = false;
    let str = '';
    for (const char of item.str) {
      const key = `${item.fontName}\u0000${char}`;
      if (!aligned.has(key)) {
        str += char;
        continue;
      }
      const index = seen.get(key) ?? 0;
      seen.set(key, index + 1);
      const dash = repairs.get(key)?.[index];
      if (dash) changed = true;
      str += dash ?? char;
    }
    return changed ? { ...item, str } : item;
  });
}

/**
 * A font's plain letters f, i and l as drawn: advance width and pdfjs `fontChar`; and, under `ends`,
 * the last letter ("i" or "l") decided for a ligature glyph of tied width, by prefix ("f", "ff") and
 * `fontChar` joined by a NUL.
 */
export type PlainLetters = Partial<Record<'f' | 'i' | 'l', { width: number; fontChar: string }>> & {
  ends?: Record<string, 'i' | 'l'>;
};

/**
 * Ligatures the text layer calls "f". Ghostscript's pdfwrite, rewriting a PDF whose ToUnicode maps a
 * ligature glyph to two or three letters (pdfkit's "ﬁ" → "fi"), keeps only the first: "finns" reads
 * "fnns", "flyg" "fyg", "effekt" "efekt" — in poppler and pdf.js alike, so titles and decisions are
 * misspelt and match nothing. The glyph's advance width tells: a ligature is as wide as its letters, and
 * the same font on the page (or an earlier page) shows the plain "f", "i" and "l" with their own widths.
 * A glyph named "f" whose width is not the plain f's but nearest that of "ff", "fi", "fl", "ffi" or "ffl"
 * (within 3 % and clearly nearer than the next reading: a ligature is kerned a little tighter than its
 * letters) is read as those letters; where the outline shows that the glyph ends as the plain f or the
 * plain i does (its right side bearing), that decides between "ff" and the rest. Where i and l are
 * equally wide (most fonts), the outline affirms "fi" when it holds the contours of f and i drawn apart
 * (the i's dot among them) — a merged ligature says nothing, for a serif "fi" has no dot — and otherwise
 * the letters drawn after the glyph decide, over all its occurrences (one glyph is one ligature): in
 * Swedish (and the loan words of board papers) "fl" begins a syllable and a vowel always follows it
 * ("flytt", "inflation"), so a consonant or a word's end after any occurrence makes the glyph "fi";
 * "fi" stands only before "e" and "a" of the vowels ("identifierade", "verifiera", "Sofia"), so any
 * other vowel after it makes the glyph "fl" ("flöde", "ambulansflyg"). A glyph seen only before "e" and
 * "a" takes the other letter of a glyph of its width known in the font, and is otherwise left as it is —
 * a misspelt word matches nothing, a wrong letter reads as another word.
 */
export function ligatureGlyphRepairs(
  fnArray: ArrayLike<number>,
  argsArray: ArrayLike<unknown>,
  ops: GlyphOps,
  boxOf: GlyphBoxOf,
  letters: Map<string, PlainLetters> = new Map(),
): Map<string, Array<string | null>> {
  // Per font: the narrowest "f" and the first "i" and "l" (kept in `letters` from page to page, for a
  // page may set a font's ligatures without its plain f); whether this page shows a wider "f".
  const wide = new Set<string>();
  eachShownGlyph(fnArray, argsArray, ops, (font, glyph) => {
    const { unicode, width, fontChar } = glyph;
    if ((unicode !== 'f' && unicode !== 'i' && unicode !== 'l') || typeof width !== 'number' || width <= 0)
      return;
    if (typeof fontChar !== 'string') return;
    let plain = letters.get(font);
    if (!plain) {
      plain = {};
      letters.set(font, plain);
    }
    const known = plain[unicode];
    if (unicode === 'f' && known && width > known.width * 1.3) wide.add(font);
    else if (unicode === 'f' && known && known.width > width * 1.3) wide.add(font);
    if (!known || (unicode === 'f' && width < known.width)) plain[unicode] = { width, fontChar };
  });
  const repairs = new Map<string, Array<string | null>>();
  if (wide.size === 0) return repairs;
  const plainBox = (font: string, letter: 'f' | 'i' | 'l') => {
    const fontChar = letters.get(font)?.[letter]?.fontChar;
    return fontChar === undefined ? undefined : boxOf(font, fontChar);
  };
  const plainContours = (font: string, letter: 'f' | 'i' | 'l') => plainBox(font, letter)?.contours;
  const sequence: Array<string | null> = [];
  const fonts: string[] = [];
  // Ligature glyphs of tied i/l width whose last letter the outline did not tell, by font and fontChar:
  // where they stand in `sequence`, their prefix, and whether a consonant or word end followed one.
  const undecided = new Map<
    string,
    { font: string; fontChar: string; prefix: string; at: number[]; fi: boolean; fl: boolean }
  >();
  // The tied glyph just drawn, waiting for the next characters: whether it begins a word, and the
  // "e" or "a" after it.
  let pending: { entry: { fi: boolean; fl: boolean }; start: boolean; vowel?: string } | undefined;
  let previous = '';
  eachShownGlyph(fnArray, argsArray, ops, (font, glyph) => {
    const { unicode, width, fontChar } = glyph;
    if (typeof unicode !== 'string' || unicode === '') return;
    const before = previous;
    previous = unicode;
    if (pending) {
      // "fl" comes before every vowel, "fi" before a consonant, a word's end, "e" or "a" ("-fiera",
      // "Sofia"): any vowel but those makes the glyph "fl" ("flytt", "flöde", "fluktuation"). After
      // "e" or "a", "fi" stands inside a word before "r" ("identifierade") or "n", or ends the word
      // ("Sofia"); any other letter, or "r" at a word's start ("flera"), makes it "fl" ("flexibel",
      // "inflammation").
      const { entry, start, vowel } = pending;
      pending = undefined;
      if (vowel !== undefined) {
        if (/^[A-Za-zåäöÅÄÖéü]$/u.test(unicode) && (unicode === 'r' ? start : unicode !== 'n'))
          entry.fl = true;
      } else if (!/^[aeiouyåäöAEIOUYÅÄÖéü]$/u.test(unicode)) entry.fi = true;
      else if (/^[iouyåäöIOUYÅÄÖü]$/u.test(unicode)) entry.fl = true;
      else pending = { entry, start, vowel: unicode };
    }
    if (unicode !== 'f' || typeof width !== 'number') return;
    const plain = letters.get(font);
    const f = plain?.f?.width;
    let read: string | null = null;
    if (plain && f !== undefined && wide.has(font) && width > f * 1.3) {
      const i = plain.i?.width ?? plain.l?.width;
      const l = plain.l?.width ?? plain.i?.width;
      const sums: Array<[string, number]> = [['ff', 2 * f]];
      if (i !== undefined && l !== undefined) {
        sums.push(['fi', f + i], ['fl', f + l], ['ffi', 2 * f + i], ['ffl', 2 * f + l]);
      }
      // Ligatures are kerned tighter than their letters set apart (DejaVu Sans Bold's "ff" by 7 %), so
      // the sums alone decide only when one is near and clearly nearer than the next.
      const off = (sum: number) => Math.abs(width - sum);
      const ranked = [...sums].sort((a, b) => off(a[1]) - off(b[1]));
      const twin = (text: string) => text.replace('l', 'i'); // fi and fl are told apart below
      const second = ranked.find((sum) => twin(sum[0]) !== twin(ranked[0]?.[0] ?? ''));
      let best: [string, number] | undefined =
        ranked[0] && off(ranked[0][1]) <= 0.03 * width && (!second || off(second[1]) >= 2 * off(ranked[0][1]))
          ? ranked[0]
          : undefined;
      // The outline tells the last letter better: the ligature's right side bearing is its last letter's.
      const ending = typeof fontChar === 'string' ? rightBearing(boxOf(font, fontChar), width) : undefined;
      const endF = rightBearing(plainBox(font, 'f'), f);
      const endI = rightBearing(plainBox(font, 'i') ?? plainBox(font, 'l'), i ?? 0);
      if (ending !== undefined && endF !== undefined && endI !== undefined && Math.abs(endF - endI) > 0.02) {
        const last = Math.abs(ending - endF) < Math.abs(ending - endI) ? 'f' : 'i';
        const fitting = sums.filter((sum) => (last === 'f' ? sum[0] === 'ff' : sum[0] !== 'ff'));
        best = fitting.reduce<[string, number] | undefined>(
          (a, b) => (!a || off(b[1]) < off(a[1]) ? b : a),
          undefined,
        );
        if (best && off(best[1]) > 0.1 * width) best = undefined;
      }
      if (best) {
        const prefix = best[0].slice(0, -1);
        const tied = best[0] !== 'ff' && Math.abs((i ?? 0) - (l ?? 0)) <= 0.01 * width;
        if (best[0] === 'ff' || !tied) read = best[0];
        else {
          // i and l equally wide: the outline, else the letters after the glyph (below).
          const contours = typeof fontChar === 'string' ? boxOf(font, fontChar)?.contours : undefined;
          const cf = plainContours(font, 'f');
          const ci = plainContours(font, 'i');
          const cl = plainContours(font, 'l');
          if (contours !== undefined && contours > 0 && ci !== undefined && cl !== undefined && ci > cl) {
            if (cf !== undefined && contours >= prefix.length * cf + ci) read = `${prefix}i`;
          }
          if (read !== null && typeof fontChar === 'string') {
            plain.ends ??= {};
            plain.ends[`${prefix}\u0000${fontChar}`] = 'i';
          } else if (typeof fontChar === 'string') {
            const key = `${font}\u0000${fontChar}`;
            let entry = undecided.get(key);
            if (!entry) {
              entry = { font, fontChar, prefix, at: [], fi: false, fl: false };
              undecided.set(key, entry);
            }
            entry.at.push(sequence.length);
            pending = { entry, start: !/^[A-Za-zªµºÀ-ÖØ-öø-ɏ]$/.test(before) };
          }
        }
      }
    }
    sequence.push(read);
    fonts.push(font);
  });
  // Each tied glyph's last letter, once for all its occurrences: "i" where a consonant or word end
  // followed it, "l" where "o", "u", "y", "å", "ä", "ö" or "i" did (here or on an earlier page; both:
  // neither); else the other letter of another glyph of the font and prefix whose letter is known.
  for (const entry of undecided.values()) {
    const plain = letters.get(entry.font);
    if (!plain) continue;
    plain.ends ??= {};
    const key = `${entry.prefix}\u0000${entry.fontChar}`;
    if (entry.fi !== entry.fl && plain.ends[key] === undefined) plain.ends[key] = entry.fi ? 'i' : 'l';
  }
  for (const entry of undecided.values()) {
    const ends = letters.get(entry.font)?.ends ?? {};
    const key = `${entry.prefix}\u0000${entry.fontChar}`;
    let end = entry.fi && entry.fl ? undefined : ends[key];
    if (end === undefined && !(entry.fi && entry.fl)) {
      const others = Object.entries(ends).filter(
        ([other]) => other !== key && other.startsWith(`${entry.prefix}\u0000`),
      );
      const known = new Set(others.map(([, e]) => e));
      if (known.size === 1) end = known.has('i') ? 'l' : 'i';
      if (end !== undefined) ends[key] = end;
    }
    if (end === undefined) continue;
    for (const k of entry.at) sequence[k] = `${entry.prefix}${end}`;
  }
  if (!sequence.some((read) => read !== null)) return repairs;
  for (let k = 0; k < sequence.length; k++) {
    const key = `${fonts[k]}\u0000f`;
    const list = repairs.get(key);
    if (list) list.push(sequence[k] ?? null);
    else repairs.set(key, [sequence[k] ?? null]);
  }
  for (const [key, list] of repairs) if (!list.some((read) => read !== null)) repairs.delete(key);
  return repairs;
}

/** A glyph's right side bearing in em units (advance `width` in text space, 1000 = 1 em), or undefined. */
function rightBearing(box: GlyphBox | undefined, width: number): number | undefined {
  return box && width > 0 ? width / 1000 - box.xMax : undefined;
}

/** The operators `spuriousSpaceRepairs` follows besides the glyphs' (text state kept across save/restore). */
export interface SpacingOps extends GlyphOps {
  save: number;
  restore: number;
  setCharSpacing: number;
  /** Horizontal scaling (Tz): pdfjs measures gaps scaled, these runs do not; a font drawn scaled is left. */
  setHScale?: number;
}

/** pdfjs's getTextContent puts a space into a run at a gap between this share of the font size… */
const FAKE_SPACE_MIN_EM = 0.102;
/** …and this one (a wider gap ends the run). */
const FAKE_SPACE_MAX_EM = 0.6;

/**
 * A pair of characters either side of a gap that may be closed: two letters only. A gap next to a dash is
 * left, for closed between a dash and a figure it reads as a minus ("2,5 – 4,5" as "2,5 –4,5").
 */
const CLOSABLE_PAIR = /^[A-Za-zªµºÀ-ÖØ-öø-ɏ]{2}$/;

/** How many word gaps a font without a space glyph must show for their median to stand for its space. */
const MIN_GAPS_FOR_SPACE = 8;

/** A space glyph taken back to within this many ems is taken back exactly (float rounding). */
const TAKEN_BACK_EM = 1e-6;

/** A gap narrower than this share of the font's space glyph is no word space (see spaceOccurrences). */
const WORD_GAP_OF_SPACE = 0.6;

/** One place where the text layer has "X Y" inside a run: a space glyph there, or a gap. */
export interface SpaceOccurrence {
  /** `font + "\0" + X + Y`: the characters either side of the space. */
  key: string;
  /** The gap in ems of the font size, or null where a space glyph is drawn. */
  gap: number | null;
  /**
   * A gap that is no word space: narrower than 0.6 of the font's space glyph, the only such gap of its
   * word (the glyphs between space glyphs or word-wide gaps), whose other glyphs are set tight, between
   * two letters.
   */
  spurious: boolean;
}

/** A pair of glyphs shown one after the other in a run, and what stands between them. */
interface GlyphPair {
  key: string;
  gap: number;
  spaced: boolean;
  /** The last glyph of one run and the first of the next: pdfjs may space them, these runs cannot tell. */
  between?: boolean;
}

/**
 * Every "X Y" the text layer makes inside one shown run of the page, in drawing order: where a space
 * glyph stands between two glyphs, and where the glyphs stand apart by a spacing number (or character
 * spacing) wide enough for pdfjs to put a space there (0.102 to 0.6 of the font size), with that gap.
 *
 * Why: pdfjs (like poppler) takes any gap of a tenth of an em inside a run for a word space. A producer
 * that spaces its words with the space glyph and positions every glyph by a spacing number — cairo
 * rewriting a paper ("print to file"), whose substitute for a font the paper did not embed is narrower
 * or wider than the original letter by letter — leaves such gaps inside words: "F lytt", "S amlokalisering",
 * "å t". A gap that is narrower than the font's own space, alone in its word, between letters whose
 * neighbours are set tight is positioning, not a space. Letter-spaced text (every pair gapped), leaders,
 * figures and fonts that never show a space glyph are left as they are.
 */
export function spaceOccurrences(
  fnArray: ArrayLike<number>,
  argsArray: ArrayLike<unknown>,
  ops: SpacingOps,
  fontMatrixOf: (font: string) => number[] | undefined = () => undefined,
): SpaceOccurrence[] {
  const runs: { font: string; pairs: GlyphPair[] }[] = [];
  const spaceEm = new Map<string, number>();
  let state = { font: '', size: 0, charSpacing: 0, scale: 0.001, hScale: 100 };
  const stack: (typeof state)[] = [];
  let inAnnotation = 0;
  // Fonts drawn under a horizontal scaling other than 100 %: their gaps are not what pdfjs measures.
  const scaledFonts = new Set<string>();
  // The last glyph of the run before, in its font: pdfjs joins runs into one item and spaces them.
  let lastRun = { font: '', char: '' };
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null | undefined;
    if (fn === ops.beginAnnotation) inAnnotation++;
    else if (fn === ops.endAnnotation) inAnnotation = Math.max(0, inAnnotation - 1);
    else if (fn === ops.save) stack.push(state);
    else if (fn === ops.restore) state = stack.pop() ?? state;
    else if (fn === ops.setFont) {
      const name = args?.[0];
      const size = args?.[1];
      const font = typeof name === 'string' ? name : '';
      state = {
        ...state,
        font,
        size: typeof size === 'number' ? Math.abs(size) : 0,
        scale: fontMatrixOf(font)?.[0] ?? 0.001,
      };
    } else if (fn === ops.setCharSpacing) {
      const value = args?.[0];
      state = { ...state, charSpacing: typeof value === 'number' ? value : 0 };
    } else if (ops.setHScale !== undefined && fn === ops.setHScale) {
      const value = args?.[0];
      state = { ...state, hScale: typeof value === 'number' ? value : 100 };
    }
    if (fn !== ops.showText || inAnnotation > 0 || state.size <= 0) continue;
    const elements = args?.[0];
    if (!Array.isArray(elements)) continue;
    const { font, size, charSpacing, scale } = state;
    if (state.hScale !== 100) scaledFonts.add(font);
    const tracking = charSpacing / size;
    // The last glyph that was not a space, the gap since its end (em) and whether a space glyph followed.
    let previous = lastRun.font === font ? lastRun.char : '';
    let between = previous !== '';
    let gap = 0;
    let spaced = false;
    const pairs: GlyphPair[] = [];
    for (const element of elements) {
      if (typeof element === 'number') {
        gap -= element / 1000;
        continue;
      }
      const glyph = element as (ShownGlyph & { category?: { isWhitespace?: boolean } }) | null;
      if (!glyph || typeof glyph.unicode !== 'string') continue;
      const width = typeof glyph.width === 'number' ? glyph.width * scale : 0;
      if (glyph.category?.isWhitespace || glyph.unicode.trim() === '') {
        if (width > 0 && !spaceEm.has(font)) spaceEm.set(font, width);
        gap += width + tracking;
        spaced = true;
        continue;
      }
      // The text layer's characters are NFKC ("ﬂ" reads "fl").
      const chars = glyph.unicode.normalize('NFKC');
      if (previous !== '')
        pairs.push({
          key: `${font}\u0000${previous}${chars[0] ?? ''}`,
          gap,
          spaced,
          ...(between ? { between } : {}),
        });
      between = false;
      previous = chars.at(-1) ?? '';
      gap = tracking;
      spaced = false;
    }
    if (pairs.length > 0) runs.push({ font, pairs });
    lastRun = { font, char: previous };
  }
  // A font that never shows its space glyph spaces its words by gaps: the median of its gaps wide enough
  // for pdfjs to space (most of them word spaces where letters are set tight) stands for its space.
  const gapsOf = new Map<string, number[]>();
  for (const { font, pairs } of runs) {
    if (spaceEm.has(font)) continue;
    for (const pair of pairs) {
      if (pair.spaced || pair.gap < FAKE_SPACE_MIN_EM || pair.gap > FAKE_SPACE_MAX_EM) continue;
      const gaps = gapsOf.get(font);
      if (gaps) gaps.push(pair.gap);
      else gapsOf.set(font, [pair.gap]);
    }
  }
  for (const [font, gaps] of gapsOf) {
    if (gaps.length < MIN_GAPS_FOR_SPACE) continue;
    gaps.sort((a, b) => a - b);
    spaceEm.set(font, gaps[Math.floor(gaps.length / 2)] as number);
  }
  const occurrences: SpaceOccurrence[] = [];
  for (const { font, pairs } of runs) {
    const space = spaceEm.get(font);
    // pdfjs keeps "X Y" in one item for a gap (space glyph included) of 0.102 to 0.6 em; a wider one ends
    // the item, a narrower space glyph too.
    const spacedByPdfjs = (pair: GlyphPair): boolean =>
      pair.gap >= FAKE_SPACE_MIN_EM && pair.gap <= FAKE_SPACE_MAX_EM;
    // A word ends at a space glyph, a gap as wide as a space, one too wide for pdfjs to keep the run, and
    // where a run ends.
    const ends = (pair: GlyphPair): boolean =>
      pair.between === true ||
      pair.spaced ||
      pair.gap > FAKE_SPACE_MAX_EM ||
      (space !== undefined && pair.gap >= WORD_GAP_OF_SPACE * space);
    let start = 0;
    for (let k = 0; k <= pairs.length; k++) {
      if (k < pairs.length && !ends(pairs[k] as GlyphPair)) continue;
      const word = pairs.slice(start, k);
      const gapped = word.filter(spacedByPdfjs).length;
      for (const pair of word) {
        if (!spacedByPdfjs(pair) || pair.spaced) continue;
        const spurious =
          space !== undefined &&
          !scaledFonts.has(font) &&
          gapped === 1 &&
          word.length > 1 &&
          CLOSABLE_PAIR.test(pair.key.slice(-2));
        occurrences.push({ key: pair.key, gap: pair.gap, spurious });
      }
      const end = pairs[k];
      // Where two runs meet, pdfjs may put a space ("mkr" and "per" shown apart): counted, never closed,
      // so that a gap of the runs is not paired with a space the text layer made between runs.
      if (end?.between) occurrences.push({ key: end.key, gap: null, spurious: false });
      // A space glyph whose advance a spacing number takes back (pdfkit's soft hyphen: the space glyph,
      // then minus its width) leaves the letters touching: no word space, though the text layer has one.
      // pdfjs keeps that space only where the next glyph starts exactly where the space glyph did; taken
      // back more or less, it has none in the item (or a whitespace item of its own): nothing to count.
      else if (end?.spaced && end.gap < FAKE_SPACE_MIN_EM) {
        if (Math.abs(end.gap) < TAKEN_BACK_EM)
          occurrences.push({
            key: end.key,
            gap: null,
            spurious: !scaledFonts.has(font) && CLOSABLE_PAIR.test(end.key.slice(-2)),
          });
      } else if (end && spacedByPdfjs(end))
        occurrences.push({ key: end.key, gap: end.spaced ? null : end.gap, spurious: false });
      start = k + 1;
    }
  }
  return occurrences;
}

/**
 * getTextContent items without the spaces `spaceOccurrences` found spurious: the n-th "X Y" in a font's
 * items is its n-th occurrence in the runs drawn. A pair whose count differs (the text layer made "X Y"
 * where the runs do not tell it, such as across two runs) is left as it is.
 */
export function withoutSpuriousSpaces(items: unknown[], occurrences: SpaceOccurrence[]): unknown[] {
  const drawn = new Map<string, boolean[]>();
  for (const { key, spurious } of occurrences) {
    const list = drawn.get(key);
    if (list) list.push(spurious);
    else drawn.set(key, [spurious]);
  }
  for (const [key, list] of drawn) if (!list.includes(true)) drawn.delete(key);
  if (drawn.size === 0) return items;
  const keyAt = (item: FontTextItem, i: number): string =>
    `${item.fontName}\u0000${item.str[i - 1]}${item.str[i + 1]}`;
  const counts = new Map<string, number>();
  for (const item of items) {
    if (!isFontTextItem(item)) continue;
    for (let i = item.str.indexOf(' '); i > 0 && i < item.str.length - 1; i = item.str.indexOf(' ', i + 1)) {
      const key = keyAt(item, i);
      if (drawn.has(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const seen = new Map<string, number>();
  return items.map((item) => {
    if (!isFontTextItem(item) || !item.str.includes(' ')) return item;
    let str = '';
    let changed = false;
    for (let i = 0; i < item.str.length; i++) {
      const char = item.str[i] as string;
      if (char !== ' ' || i === 0 || i === item.str.length - 1) {
        str += char;
        continue;
      }
      const key = keyAt(item, i);
      const list = drawn.get(key);
      if (!list || counts.get(key) !== list.length) {
        str += char;
        continue;
      }
      const index = seen.get(key) ?? 0;
      seen.set(key, index + 1);
      if (list[index]) changed = true;
      else str += char;
    }
    return changed ? { ...item, str } : item;
  });
}
