/**
 * A second reading of the figures on a scanned page. Tesseract's LSTM recognizer reads a line at a
 * time and, in table rows, drops decimal commas ("13,22" → "1322", "7,7" → "77"), misreads a 7 as
 * a 1 ("7,4" → "1,4" at 82 % confidence) or gives "T,.1" — the first two are valid numbers, 100 or
 * 10 times too large, that nothing in the text gives away. Each figure word is therefore cut out of
 * the page image and read again by tesseract's other engine (the legacy, shape-matching one,
 * restricted to digits and number punctuation, one line per crop), which reads small punctuation
 * in isolation well and errs differently from the LSTM.
 *
 * The two readings are then reconciled (pure, below): the same digits with other separators take
 * the second reading's separators (the comma the first reading dropped); different digits are a
 * conflict — the better-formed, more confident reading is kept and its confidence is lowered under
 * the trust threshold, so the fact built on it carries OCR_LOW_CONFIDENCE. A figure is never made
 * to look surer than either reading was.
 */

import type { Bbox, OcrLine, OcrWord } from './baselines.ts';
import type { GreyImage } from './preprocess.ts';

/** What the second reader may answer: digits and the punctuation of Swedish figures. */
export const FIGURE_WHITELIST = '0123456789,.-−()';

/** A word that is a figure, or a figure misread with a letter or two ("T,.1", "1O,5"). */
const FIGURE_LIKE = /^[(\-−–]?[\dOoIlTS|,.]*\d[\dOoIlTS|,.]*\)?$/u;
const DIGITS = /\d/gu;
/** A well-formed Swedish figure: digits, at most one decimal comma or point, optional sign. */
const WELL_FORMED = /^[(\-−–+]?\d+(?:[,.]\d+)?\)?[.,;:]?$/u;
/** Under the trust check's threshold (0.8), so a conflicting figure is always flagged. */
export const CONFLICT_CONFIDENCE = 50;
/** A second reading less sure than this (0..100) has no opinion. */
export const MIN_SECOND_CONFIDENCE = 60;

export interface Reading {
  text: string;
  /** 0..100, as tesseract gives it. */
  confidence: number;
}

/** Whether the word is a figure the second reader should see. */
export function isFigureWord(text: string): boolean {
  const core = text.trim();
  return core.length <= 12 && FIGURE_LIKE.test(core) && !/^\d{4}-/.test(core);
}

function digitsOf(text: string): string {
  return (text.match(DIGITS) ?? []).join('');
}

/**
 * The word's text and confidence after a second reading. `second` undefined, without digits, or
 * read with little confidence: the first reading stands as it was.
 */
export function reconcileReadings(first: Reading, second: Reading | undefined): Reading {
  if (!second) return first;
  const text = second.text.replace(/\s+/gu, '');
  if (second.confidence < MIN_SECOND_CONFIDENCE || digitsOf(text) === '') return first;
  const secondCore = coreOf(text);
  const firstCore = coreOf(first.text);
  if (secondCore === firstCore) return first;
  const confidence = Math.min(first.confidence, second.confidence);
  // The second reader sees one word without the line around it: it may miss a minus sign or a
  // bracket that the first reading has (its whitelist has "-", not every dash a font draws). The
  // first reading's sign and trailing marks stay; only what lies between the digits is settled.
  const [start, end] = digitSpan(first.text);
  const prefix = first.text.slice(0, start);
  const suffix = first.text.slice(end);
  if (digitsOf(text) === digitsOf(first.text)) {
    // Same digits: the separators are the question. A list number or paragraph ("170.", "2.")
    // is left alone: the second reading only adds or changes a separator between digits.
    // Where both readings have a separator and one is a comma, the comma stands: either engine
    // takes a comma for a point now and then, and a Swedish decimal is a comma.
    const settled = `${prefix}${keepFirstSeparators(firstCore, secondCore)}${suffix}`;
    if (!WELL_FORMED.test(settled)) return first;
    return { text: settled, confidence };
  }
  // Different digits: a conflict. Keep the reading that is a well-formed figure (the other may
  // hold letters or doubled separators), the more confident one if both are; flag it either way.
  const firstFormed = WELL_FORMED.test(first.text);
  const fromSecond = SIGN.test(text) || !SIGN.test(prefix) ? text : `${prefix.match(SIGN)?.[0]}${text}`;
  const secondFormed = WELL_FORMED.test(fromSecond);
  const keepSecond = secondFormed && (!firstFormed || second.confidence > first.confidence);
  return {
    text: keepSecond ? fromSecond : first.text,
    confidence: Math.min(confidence, CONFLICT_CONFIDENCE),
  };
}

const SIGN = /^[(\-−–+]/u;

/**
 * The second core with each separator that the first core also has at the same place (after the
 * same number of digits) written as the first has it, unless the second reads a comma there: of a
 * comma and a point read at one place, the comma (the Swedish decimal sign) is taken.
 */
function keepFirstSeparators(first: string, second: string): string {
  const firstSeparators = new Map<number, string>();
  let digits = 0;
  for (const ch of first) {
    if (/\d/u.test(ch)) digits++;
    else firstSeparators.set(digits, ch);
  }
  digits = 0;
  let out = '';
  for (const ch of second) {
    if (/\d/u.test(ch)) {
      digits++;
      out += ch;
    } else {
      const own = firstSeparators.get(digits);
      out += own === undefined ? ch : ch === ',' ? ',' : own;
    }
  }
  return out;
}

/** Where the text's digits start and end (end exclusive); [0, 0] without digits. */
function digitSpan(text: string): [number, number] {
  const start = text.search(/\d/u);
  if (start < 0) return [0, 0];
  let end = text.length;
  while (end > start && !/\d/u.test(text[end - 1] as string)) end--;
  return [start, end];
}

/** The text from its first digit to its last: the part a second reading may settle. */
function coreOf(text: string): string {
  const [start, end] = digitSpan(text);
  return text.slice(start, end);
}

/**
 * The word cut out of the page (its box, a few pixels of margin for glyphs the box clipped, and a
 * white border the recognizer needs around a line), as a binary PGM.
 */
export function cropWord(image: GreyImage, box: Bbox, margin: number, border: number): Buffer {
  const x0 = Math.max(0, Math.floor(box.x0 - margin));
  const y0 = Math.max(0, Math.floor(box.y0 - margin));
  const x1 = Math.min(image.width, Math.ceil(box.x1 + margin));
  const y1 = Math.min(image.height, Math.ceil(box.y1 + margin));
  const width = Math.max(1, x1 - x0) + 2 * border;
  const height = Math.max(1, y1 - y0) + 2 * border;
  const pixels = new Uint8Array(width * height).fill(255);
  for (let y = y0; y < y1; y++) {
    const from = y * image.width;
    pixels.set(image.pixels.subarray(from + x0, from + x1), (y - y0 + border) * width + border);
  }
  const header = Buffer.from(`P5\n${width} ${height}\n255\n`, 'ascii');
  return Buffer.concat([header, pixels]);
}

/** A lone letter that a digit is often read as: 4 → A, 5 → S, 1 → I or l, 0 → O, 8 → B, 7 → T. */
const DIGIT_LOOKALIKE = /^[AIlOoSBTZG]$/u;
const ROW_NUMBER = /^\d{1,2}\.?$/u;

/**
 * Lone letters that open a line in a column of row numbers: at least two other lines open with
 * a number at the same left edge (within a glyph's width). "A" for the "4" of a numbered table
 * row loses the row its number; a lettered list ("A", "B", "C") has no numbers in its column.
 */
function rowNumberLookalikes(lines: OcrLine[]): OcrWord[] {
  const openers = lines.map((line) => line.words[0]).filter((word): word is OcrWord => word !== undefined);
  const numbers = openers.filter((word) => ROW_NUMBER.test(word.text.trim()));
  return openers.filter((word) => {
    if (!DIGIT_LOOKALIKE.test(word.text.trim())) return false;
    const width = Math.max(1, word.bbox.x1 - word.bbox.x0);
    return numbers.filter((number) => Math.abs(number.bbox.x0 - word.bbox.x0) <= width).length >= 2;
  });
}

/** The figure words of the lines, in order, and lone letters standing in a column of row numbers. */
export function figureWords(lines: OcrLine[]): OcrWord[] {
  const lookalikes = new Set(rowNumberLookalikes(lines));
  return lines.flatMap((line) =>
    line.words.filter((word) => isFigureWord(word.text) || lookalikes.has(word)),
  );
}

/**
 * The lines with every figure word's text and confidence reconciled with its second reading
 * (`second` maps a word to its reading; words it does not hold keep their first). Symbols are kept:
 * they say where the glyphs are, which stays true whatever they were read as.
 */
export function applySecondReadings(lines: OcrLine[], second: Map<OcrWord, Reading>): OcrLine[] {
  if (second.size === 0) return lines;
  return lines.map((line) => {
    let changed = false;
    const words = line.words.map((word) => {
      const reading = second.get(word);
      if (!reading) return word;
      const settled = reconcileReadings(word, reading);
      if (settled.text === word.text && settled.confidence === word.confidence) return word;
      changed = true;
      return { ...word, text: settled.text, confidence: settled.confidence };
    });
    return changed ? { ...line, words } : line;
  });
}
