/**
 * Text items whose advance width cannot be what the page shows. A font's widths (/W of a CID font,
 * /Widths of a simple one) are the producer's claim, not the glyphs': a producer that places every
 * glyph or word by its own text matrix draws a readable page whatever the widths say, and some write
 * them as zero or as several ems per glyph. pdfjs measures items by those widths, so a zero-width glyph
 * seems followed by a gap as wide as itself (a word space after every letter) and an over-wide one
 * swallows the glyphs after it (no word space anywhere). Such an item gets the width a proportional
 * sans font gives its characters instead — an estimate near enough for the line's gaps to tell letter
 * spacing (a glyph's side bearings) from word spacing (a third of an em more).
 */

/** Advance widths of Helvetica (thousandths of an em), grouped by width: a typical proportional sans. */
const GROUPS: ReadonlyArray<[number, string]> = [
  [191, "'"],
  [222, 'ijl'],
  [260, '|'],
  [278, '!,./:;I[\\]ft'],
  [333, '()-`r'],
  [334, '{}'],
  [355, '"'],
  [389, '*'],
  [469, '^'],
  [500, 'Jcksvxyz'],
  [556, '#$0123456789?L_abdeghnopquåäöéü–§'],
  [584, '+<=>~'],
  [611, 'FTZ'],
  [667, '&ABEKPSVXYÅÄÉ'],
  [722, 'CDHNRUwÜ'],
  [778, 'GOQÖ'],
  [833, 'Mm'],
  [889, '%'],
  [944, 'W'],
  [1015, '@'],
];
const WIDTH = new Map<string, number>();
for (const [w, chars] of GROUPS) for (const ch of chars) WIDTH.set(ch, w / 1000);
/** Characters the table lacks (other letters and signs): a digit's width, the commonest. */
const OTHER = 0.556;
const SPACE = 0.278;

/** The width `text` takes at `fontSize` in a typical proportional sans font. */
export function typicalWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += ch === ' ' ? SPACE : (WIDTH.get(ch) ?? WIDTH.get(ch.toLowerCase()) ?? OTHER);
  return em * fontSize;
}

/**
 * Whether an item's width cannot be its text's: visible characters with (almost) no width, or more than
 * two ems per character (wider than any letter, even letter-spaced or scaled for a heading).
 */
export function implausibleWidth(text: string, width: number, fontSize: number): boolean {
  const chars = [...text.trim()].length;
  if (chars === 0 || !(fontSize > 0)) return false;
  const perChar = width / (chars * fontSize);
  return perChar < 0.05 || perChar > 2;
}

/** A left-to-right item in stream order, its font, and whether `typicalWidth` replaced its width. */
export interface PlacedItem {
  item: { text: string; x: number; y: number; width: number; height: number };
  font: string;
  estimated: boolean;
}

const singleGlyph = (p: PlacedItem) => [...p.item.text].length === 1;
const sameBaseline = (a: PlacedItem, b: PlacedItem) =>
  Math.abs(a.item.y + a.item.height - (b.item.y + b.item.height)) <=
  0.2 * Math.min(a.item.height, b.item.height);

/**
 * Widths the page contradicts, repaired: (1) a font whose glyphs, placed one by one, each run a quarter em
 * or more past the start of the glyph written next to its right (most of its pairs; text never overlaps so
 * — a font without widths whose glyphs all take the default em) gets typical widths for its single-glyph
 * items; (2) the estimated widths are fitted to the font (`calibrate`). Double-struck glyphs (a fifth of
 * an em apart or less) are no pair.
 */
export function repairFalseWidths(placed: readonly PlacedItem[]): void {
  const pairs = new Map<string, { all: number; overlapping: number }>();
  for (let k = 1; k < placed.length; k++) {
    const a = placed[k - 1] as PlacedItem;
    const b = placed[k] as PlacedItem;
    if (a.estimated || a.font !== b.font || !singleGlyph(a) || !singleGlyph(b) || !sameBaseline(a, b))
      continue;
    const em = a.item.height;
    const advance = b.item.x - a.item.x;
    if (advance <= 0.2 * em || advance > 3 * em) continue;
    const count = pairs.get(a.font) ?? { all: 0, overlapping: 0 };
    count.all += 1;
    if (a.item.x + a.item.width - b.item.x > 0.25 * em) count.overlapping += 1;
    pairs.set(a.font, count);
  }
  const falseFonts = new Set<string>();
  for (const [font, count] of pairs)
    if (count.all >= 8 && count.overlapping >= 0.6 * count.all) falseFonts.add(font);
  if (falseFonts.size > 0) {
    for (const p of placed) {
      if (p.estimated || !falseFonts.has(p.font) || !singleGlyph(p)) continue;
      p.item.width = typicalWidth(p.item.text, p.item.height);
      p.estimated = true;
    }
  }
  calibrate(placed.filter((p) => p.estimated));
}

/**
 * The typical widths fitted to the font the glyphs were set in. A producer that places every glyph on its
 * own tells each glyph's real advance by where it puts the next one: within a word the next glyph stands
 * one advance on, at a word's end a space further. The median ratio of advance to typical width over a
 * font's single-glyph items (most pairs lie within words) is how much wider or narrower than the typical
 * sans the font is (a wide sans, a bold one, a serif); their widths are scaled by it, within 0.7–1.5.
 * Fonts with fewer than eight such pairs, and items of more than one character (whose successor is always
 * a word or a cell away), keep the typical widths.
 */
function calibrate(estimated: readonly PlacedItem[]): void {
  const ratios = new Map<string, number[]>();
  for (let k = 1; k < estimated.length; k++) {
    const a = estimated[k - 1] as PlacedItem;
    const b = estimated[k] as PlacedItem;
    if (a.font !== b.font || !singleGlyph(a) || !singleGlyph(b) || !sameBaseline(a, b)) continue;
    const typical = a.item.width;
    const advance = b.item.x - a.item.x;
    if (!(typical > 0) || advance <= 0 || advance > 3 * typical) continue;
    const list = ratios.get(a.font);
    if (list) list.push(advance / typical);
    else ratios.set(a.font, [advance / typical]);
  }
  const scale = new Map<string, number>();
  for (const [font, list] of ratios) {
    if (list.length < 8) continue;
    list.sort((x, y) => x - y);
    const median = list[Math.floor(list.length / 2)] as number;
    scale.set(font, Math.min(1.5, Math.max(0.7, median)));
  }
  if (scale.size === 0) return;
  for (const p of estimated) {
    const factor = scale.get(p.font);
    if (factor !== undefined && singleGlyph(p)) p.item.width *= factor;
  }
}
