/**
 * Tesseract's lines as rows of the page: one tesseract line may hold words that sit on different
 * baselines. In a table row whose first cell wraps to two lines, the single-line cells (the
 * responsible person, the figures, the row number) are centred between the title's two lines;
 * tesseract's page layout then takes the title's first line and the centred cells as one line
 * with the title's baseline. The figures end up half a line above where they are, the line's font
 * size is taken from glyphs measured against the wrong baseline (a 10 pt row came out at 2 or
 * 17 pt), and the table reader sees one odd row instead of the title line, the figure row and
 * the title's second line that the text layer of the same page gives.
 *
 * Each word's own baseline comes from its glyphs (the bottom of those that do not descend: digits,
 * capitals, most lowercase letters); words whose baselines differ by more than a third of the cap
 * height are put on lines of their own, each with the original line's slope moved to its words.
 */

export interface Bbox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
export interface OcrSymbol {
  text: string;
  bbox: Bbox;
  confidence?: number;
}
export interface OcrWord {
  text: string;
  confidence: number;
  bbox: Bbox;
  symbols?: OcrSymbol[];
}
export interface OcrLine {
  words: OcrWord[];
  bbox: Bbox;
  baseline?: Bbox;
  rowAttributes?: { rowHeight?: number; row_height?: number };
  /** Cut out of a line tesseract read with words of other baselines (its reading may suffer). */
  split?: boolean;
}

/** Glyphs that reach below the baseline (or float above it): no evidence of where it is. */
const OFF_BASELINE = /[gjpqyQ,;()[\]{}/|$§'"‘’`´*^~°\-–—−_=+:]/u;
/** Words read with less confidence (0..100) than this do not say where a baseline is. */
const MIN_PLACING_CONFIDENCE = 30;
/** Glyphs that reach cap height: capitals, digits, letters with ascenders. */
const TALL = /^[\p{Lu}\p{N}bdfhklt]$/u;

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Where the word's glyphs stand: the lower quartile of the bottoms of its glyphs that neither
 * descend nor float. Glyph boxes err downwards, not upwards: a comma glued to a digit's box, or a
 * rule's remnant under a letter, makes a box reach lower, never shorter. Undefined when the word
 * has no such glyph (a dash, "gj").
 */
export function wordBaseline(word: OcrWord): number | undefined {
  const symbols = word.symbols ?? [];
  if (symbols.length > 0) {
    const bottoms = symbols
      .filter((s) => s.text.trim() !== '' && !OFF_BASELINE.test(s.text))
      .map((s) => s.bbox.y1)
      .sort((a, b) => a - b);
    return bottoms[Math.floor(bottoms.length / 4)];
  }
  const text = word.text.trim();
  return text !== '' && !OFF_BASELINE.test(text) ? word.bbox.y1 : undefined;
}

/** Height of the word's tall glyphs above its baseline (cap height), when it has any. */
function capHeight(word: OcrWord, base: number): number | undefined {
  const symbols = word.symbols ?? [];
  const tall = symbols.filter((s) => TALL.test(s.text)).map((s) => base - s.bbox.y0);
  if (tall.length > 0) return median(tall);
  return /[\p{Lu}\p{N}]/u.test(word.text) && symbols.length === 0 ? base - word.bbox.y0 : undefined;
}

function lineBaselineAt(line: OcrLine, x: number): number | undefined {
  const b = line.baseline;
  if (!b) return undefined;
  if (b.x1 === b.x0) return b.y0;
  return b.y0 + ((b.y1 - b.y0) * (x - b.x0)) / (b.x1 - b.x0);
}

function boxOf(words: OcrWord[]): Bbox {
  return {
    x0: Math.min(...words.map((w) => w.bbox.x0)),
    y0: Math.min(...words.map((w) => w.bbox.y0)),
    x1: Math.max(...words.map((w) => w.bbox.x1)),
    y1: Math.max(...words.map((w) => w.bbox.y1)),
  };
}

/**
 * The line as one or more lines, one per baseline its words stand on. A line whose words share a
 * baseline (nearly every line) comes back as it is.
 */
export function splitAtBaselines(line: OcrLine): OcrLine[] {
  if (line.words.length < 2) return [line];
  // Offsets from the line's own baseline (so a skewed line's slope is not taken for a step).
  // Noise (specks and rule remnants read as "ee" at a few per cent) places no line of its own.
  const offsets = line.words.map((word) => {
    const own = word.confidence >= MIN_PLACING_CONFIDENCE ? wordBaseline(word) : undefined;
    if (own === undefined) return undefined;
    const middle = (word.bbox.x0 + word.bbox.x1) / 2;
    return own - (lineBaselineAt(line, middle) ?? own);
  });
  const caps = line.words
    .map((word) => {
      const own = wordBaseline(word);
      return own === undefined ? undefined : capHeight(word, own);
    })
    .filter((h): h is number => h !== undefined && h > 0);
  const cap = median(caps);
  if (cap === undefined) return [line];
  const tolerance = cap / 3;
  const known = offsets.filter((o): o is number => o !== undefined).sort((a, b) => a - b);
  if (known.length < 2 || (known.at(-1) as number) - (known[0] as number) <= tolerance) return [line];
  // Bands of offsets: a new band where consecutive offsets step by more than the tolerance.
  const bands: number[][] = [];
  for (const offset of known) {
    const band = bands.at(-1);
    if (band && offset - (band.at(-1) as number) <= tolerance) band.push(offset);
    else bands.push([offset]);
  }
  const centres = bands.map((band) => median(band) as number);
  const nearest = (offset: number): number => {
    let best = 0;
    for (let i = 1; i < centres.length; i++)
      if (Math.abs(offset - (centres[i] as number)) < Math.abs(offset - (centres[best] as number))) best = i;
    return best;
  };
  // Words without a baseline of their own stay with the band nearest the line's baseline.
  const home = nearest(0);
  const groups: OcrWord[][] = centres.map(() => []);
  line.words.forEach((word, i) => {
    const offset = offsets[i];
    groups[offset === undefined ? home : nearest(offset)]?.push(word);
  });
  const out: OcrLine[] = [];
  groups.forEach((words, i) => {
    if (words.length === 0) return;
    const shift = centres[i] as number;
    const baseline = line.baseline
      ? { ...line.baseline, y0: line.baseline.y0 + shift, y1: line.baseline.y1 + shift }
      : undefined;
    out.push({ words, bbox: boxOf(words), split: true, ...(baseline ? { baseline } : {}) });
  });
  if (out.length === 1) return [line];
  return out.sort((a, b) => a.bbox.y0 - b.bbox.y0 || a.bbox.x0 - b.bbox.x0);
}

function area(box: Bbox): number {
  return Math.max(0, box.x1 - box.x0) * Math.max(0, box.y1 - box.y0);
}

function overlap(a: Bbox, b: Bbox): number {
  return area({
    x0: Math.max(a.x0, b.x0),
    y0: Math.max(a.y0, b.y0),
    x1: Math.min(a.x1, b.x1),
    y1: Math.min(a.y1, b.y1),
  });
}

/**
 * A box less than half as tall as another's, within its width and reaching into it from above:
 * the rings and dots of a large heading's letters ("Åtgärder … sjukvården") read as a line of
 * their own ("T) D [ed]") — lines of text do not overlap.
 */
function isMarkAbove(box: Bbox, other: Bbox): boolean {
  const height = box.y1 - box.y0;
  const width = box.x1 - box.x0;
  if (height <= 0 || width <= 0 || height > 0.5 * (other.y1 - other.y0)) return false;
  const across = Math.min(box.x1, other.x1) - Math.max(box.x0, other.x0);
  return across >= 0.8 * width && box.y0 < other.y0 && box.y1 > other.y0;
}

/**
 * The lines without words that read ink another line's word already read. Around a two-row table
 * header tesseract now and then reads a word twice, in two lines: "Helårs-" also as "åre.", a
 * letter pair of "Åtgärd" also as "9", which then stand in the header as a column of their own. A
 * word lying mostly (60 %) inside a longer word of another line is such a second reading, as is
 * a small mark reaching into a longer word from above (isMarkAbove).
 */
export function dropDoubleReadings(lines: OcrLine[]): OcrLine[] {
  const all = lines.flatMap((line, index) => line.words.map((word) => ({ word, index })));
  const doubles = new Set<OcrWord>();
  for (const { word, index } of all) {
    const own = area(word.bbox);
    if (own <= 0) continue;
    const length = word.text.trim().length;
    for (const other of all) {
      if (other.index === index || other.word.text.trim().length <= length) continue;
      if (overlap(word.bbox, other.word.bbox) >= 0.6 * own || isMarkAbove(word.bbox, other.word.bbox)) {
        doubles.add(word);
        break;
      }
    }
  }
  if (doubles.size === 0) return lines;
  return lines
    .map((line) =>
      line.words.some((word) => doubles.has(word))
        ? { ...line, words: line.words.filter((word) => !doubles.has(word)) }
        : line,
    )
    .filter((line) => line.words.length > 0);
}

/**
 * A split line's words with the text and confidence of a fresh reading of the line alone (its
 * words, left to right), when that reading has as many words and is on the whole at least as
 * sure: tesseract read the merged line as one tall line, scaled down, and lost small marks
 * ("Ändrad" → "Andrad"); alone, the line reads as what it is. Boxes and glyph positions stay.
 */
export function adoptReread(line: OcrLine, reread: Array<{ text: string; confidence: number }>): OcrLine {
  const words = reread.filter((word) => word.text.trim() !== '');
  if (words.length !== line.words.length || words.length === 0) return line;
  const mean = (list: Array<{ confidence: number }>): number =>
    list.reduce((sum, word) => sum + word.confidence, 0) / list.length;
  if (mean(words) < mean(line.words)) return line;
  return {
    ...line,
    words: line.words.map((word, i) => {
      const fresh = words[i] as { text: string; confidence: number };
      return fresh.text === word.text && fresh.confidence <= word.confidence
        ? word
        : { ...word, text: fresh.text, confidence: fresh.confidence };
    }),
  };
}

/**
 * The strip of the page a line's glyphs occupy, from its baseline and cap height: ascenders and
 * accents above (1.4 cap heights), descenders below (0.45). Word boxes of a merged line can reach
 * into the line below; this strip does not.
 */
export function lineStrip(line: OcrLine): Bbox {
  const middle = (line.bbox.x0 + line.bbox.x1) / 2;
  const base = lineBaselineAt(line, middle);
  const caps = line.words
    .map((word) => {
      const own = wordBaseline(word);
      return own === undefined ? undefined : capHeight(word, own);
    })
    .filter((h): h is number => h !== undefined && h > 0);
  const cap = median(caps);
  if (base === undefined || cap === undefined) return line.bbox;
  return { x0: line.bbox.x0, x1: line.bbox.x1, y0: base - 1.4 * cap, y1: base + 0.45 * cap };
}

/**
 * Bands of a tesseract line that none of its words cover: a line box stretched over two rows of text
 * (a table's header cell "2026" over "(mkr)", both rows wrapped in one line) whose words are all on one
 * of the rows. A band above or below the words at least half a word tall, across the line's width, and
 * clear of every other line's words, is ink the recognizer skipped; it is worth reading again alone.
 */
export function unreadBands(lines: readonly OcrLine[]): Array<{ line: number; band: Bbox; above: boolean }> {
  const out: Array<{ line: number; band: Bbox; above: boolean }> = [];
  lines.forEach((line, index) => {
    // A word's ink is where its glyphs are: tesseract may stretch a word's box over a row it did not
    // read ("(mkr)" boxed together with the "2026" above it).
    const words = line.words
      .filter((w) => w.text.trim() !== '' && area(w.bbox) > 0)
      .map((w) => {
        const glyphs = (w.symbols ?? []).filter((g) => area(g.bbox) > 0);
        // The median glyph: one glyph's box can be stretched as the word's is ("k" over "2026").
        const median = (values: number[]): number =>
          values.sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
        return glyphs.length > 0
          ? {
              y0: median(glyphs.map((g) => g.bbox.y0)),
              y1: median(glyphs.map((g) => g.bbox.y1)),
              box: w.bbox,
            }
          : { y0: w.bbox.y0, y1: w.bbox.y1, box: w.bbox };
      });
    if (words.length === 0) return;
    const heights = words.map((w) => w.y1 - w.y0).sort((a, b) => a - b);
    const wordHeight = heights[Math.floor(heights.length / 2)] as number;
    const top = Math.min(...words.map((w) => w.y0));
    const bottom = Math.max(...words.map((w) => w.y1));
    const candidates: Array<{ band: Bbox; above: boolean }> = [];
    // Only over the words whose own box was stretched a row's height past their glyphs: the ink was
    // swallowed there, not beside an accent or a descender of another word.
    const over = (stretched: (w: (typeof words)[number]) => boolean): { x0: number; x1: number } | null => {
      const hit = words.filter(stretched);
      return hit.length === 0
        ? null
        : { x0: Math.min(...hit.map((w) => w.box.x0)), x1: Math.max(...hit.map((w) => w.box.x1)) };
    };
    const upward = over((w) => w.y0 - w.box.y0 >= 0.6 * wordHeight);
    if (upward && top - line.bbox.y0 >= 0.6 * wordHeight)
      candidates.push({
        // The stretched box ends where the skipped glyphs were touched, not where they start.
        band: { ...upward, y0: line.bbox.y0 - 0.5 * wordHeight, y1: top - 1 },
        above: true,
      });
    const downward = over((w) => w.box.y1 - w.y1 >= 0.6 * wordHeight);
    if (downward && line.bbox.y1 - bottom >= 0.6 * wordHeight)
      candidates.push({
        band: { ...downward, y0: bottom + 1, y1: line.bbox.y1 + 0.5 * wordHeight },
        above: false,
      });
    for (const candidate of candidates) {
      const clear = lines.every(
        (other, j) =>
          j === index ||
          other.words.every((w) => overlap(w.bbox, candidate.band) <= 0.2 * area(candidate.band)),
      );
      if (clear) out.push({ line: index, ...candidate });
    }
  });
  return out;
}

/** A line read from a crop whose top left corner lies at (dx, dy) of the page, in page coordinates. */
export function shiftLine(line: OcrLine, dx: number, dy: number): OcrLine {
  const shift = (b: Bbox): Bbox => ({ x0: b.x0 + dx, y0: b.y0 + dy, x1: b.x1 + dx, y1: b.y1 + dy });
  return {
    ...line,
    bbox: shift(line.bbox),
    ...(line.baseline ? { baseline: shift(line.baseline) } : {}),
    words: line.words.map((w) => ({
      ...w,
      bbox: shift(w.bbox),
      ...(w.symbols ? { symbols: w.symbols.map((s) => ({ ...s, bbox: shift(s.bbox) })) } : {}),
    })),
  };
}
