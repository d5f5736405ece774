/**
 * Plain-text helpers shared by the Swedish-language parsers. Pure functions, no I/O.
 */

/**
 * Every horizontal space character a PDF text layer or OCR engine hands us: NBSP, figure space,
 * thin and narrow no-break spaces, the other U+2000 block spaces, ideographic space, tab.
 */
export const HORIZONTAL_SPACE_CLASS = '[ \\t\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000]';

/** Characters used as a minus or dash in Swedish documents (hyphen-minus, hyphen, en, em, minus sign, …). */
export const DASH_CLASS = '[-\\u2010\\u2011\\u2012\\u2013\\u2014\\u2015\\u2212\\uFE58\\uFE63\\uFF0D]';

const ANY_SPACE_RE = /[\s\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\uFEFF]+/g;
const INVISIBLE_RE = /\u200B|\u200C|\u200D|\u2060|\u00AD/g;
const DASH_RE = new RegExp(DASH_CLASS, 'g');

/**
 * Turns every kind of whitespace (NBSP, thin spaces, tabs, line breaks) into one ASCII space,
 * drops zero-width characters and soft hyphens, and trims.
 */
export function normalizeSpaces(s: string): string {
  return s.replace(INVISIBLE_RE, '').replace(ANY_SPACE_RE, ' ').trim();
}

const HYPHENATED_END_RE = /[a-zåäöé][-\u00AD\u2010]$/;
/** Two or more capitals, an abbreviation, ending the line with a hyphen ("ST-", "(IVA-"). */
const ABBREVIATION_HYPHEN_END_RE = /(?:^|[\s("'«»”/])\p{Lu}{2,}[-\u2010]$/u;
const CONTINUED_WORD_RE = /^([a-zåäöé]+)/;
/** Words after which a line-end hyphen is a compound's shared part ("hälso- och sjukvård"), not a break. */
const KEEP_HYPHEN_BEFORE_RE = /^(och|eller|samt|till|respektive|resp)$/;
/** A line ending in a web address ("https://…/", "www.regionuppsala.se/"). */
const WEB_ADDRESS_END_RE = /(?:^|\s)\S*(?::\/\/|www\.)\S*$/iu;
/**
 * Word parts that Swedish joins to the next word with a written hyphen, so a hyphen after them at a line
 * end is part of the word: "icke-" (icke-faktureringsbara) and a single letter (e-tjänst, x-axel).
 * A soft hyphen (U+00AD) is never one: it exists only to break a line.
 */
const HYPHEN_PREFIX_RE = /(?:^|[\s("'«»”/])(?:icke|[a-zåäö])[-\u2010]$/iu;
/**
 * A word that already holds a written hyphen before the one at the line's end ("hjärt-kärl-" over
 * "mottagningen", "tand-mun-" over "käke") is a chain of parts written with hyphens: the hyphen at the end
 * is one of them, not a break (a cell that wraps at a hyphen, as a spreadsheet does, adds none).
 */
const HYPHEN_CHAIN_RE = /(?:^|[\s("'«»”/])[a-zåäöé]+[-\u2010][a-zåäöé]+[-\u2010]$/iu;
/** The same chain seen from the next line: its first word holds a written hyphen ("öron-" over "näsa-hals"). */
const CHAIN_CONTINUES_RE = /^[a-zåäöé]+[-\u2010][a-zåäöé]/iu;

/**
 * Two lines of one wrapped text joined: a word hyphenated at the line's end ("kostnads-" over
 * "minskning"; a hyphen, U+2010 or a soft hyphen a producer kept) is one word again; a shared
 * compound part before "och", "eller" ("hälso-" over "och sjukvård") keeps its hyphen and space; a part
 * written with its hyphen ("icke-" over "faktureringsbara") or a word that already holds one
 * ("hjärt-kärl-" over "mottagningen", "hjärt-" over "kärl-mottagningen") keeps the hyphen, without a space.
 */
export function joinWrapped(left: string, right: string): string {
  if (!left) return right;
  if (!right) return left;
  // A compound on an abbreviation takes a written hyphen ("ST-" over "läkare", "BUP-" over
  // "mottagningen"): the hyphen is the word's, the line broke after it — no space, the hyphen kept.
  // Not before "och", "eller" … : "AT-" over "och ST-läkare" is a shared compound part, its space kept.
  const nextWord = CONTINUED_WORD_RE.exec(right)?.[1] ?? '';
  if (
    ABBREVIATION_HYPHEN_END_RE.test(left) &&
    /^\p{Ll}/u.test(right) &&
    !KEEP_HYPHEN_BEFORE_RE.test(nextWord)
  )
    return left + right;
  // A slash set between two words without spaces ("AT/" over "ST-läkare", "HSN 2025/" over "1234"):
  // the line broke after it, no space was there. A web address ending the line is no such word.
  if (/[^\s/]\/$/u.test(left) && /^[^\s/]/u.test(right) && !WEB_ADDRESS_END_RE.test(left))
    return left + right;
  if (HYPHENATED_END_RE.test(left) && nextWord && !KEEP_HYPHEN_BEFORE_RE.test(nextWord))
    return HYPHEN_PREFIX_RE.test(left) || HYPHEN_CHAIN_RE.test(left) || CHAIN_CONTINUES_RE.test(right)
      ? left + right
      : left.slice(0, -1) + right;
  return `${left} ${right}`;
}

/** Replaces every dash or minus variant with an ASCII hyphen-minus. */
export function normalizeDashes(s: string): string {
  return s.replace(DASH_RE, '-');
}

/**
 * The project's one accent fold: lower case without diacritics, so `hyrlakare` finds `Hyrläkare` and
 * `Ostersund` finds `Östersund`. Marks are removed after canonical decomposition, so a PDF that stores `å` as
 * `a` + ring folds like one that stores `å`. Search (query/), paper identity (parsers/paper.ts) and the
 * parsers' word matching (foldAccents, below) all fold with this.
 */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const foldCache = new Map<string, string>();
const NON_ASCII_RE = /[\u0080-\uffff]/g;

function foldChar(ch: string): string {
  const cached = foldCache.get(ch);
  if (cached !== undefined) return cached;
  const folded = fold(ch);
  // Keep a 1:1 length so offsets found in folded text are offsets in the original.
  const out =
    folded.length === ch.length ? folded : ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch;
  foldCache.set(ch, out);
  return out;
}

/**
 * `fold` that keeps offsets: lower-cases and strips diacritics (å→a, ä→a, ö→o, é→e, ü→u) character by
 * character, leaving a character whose fold would change the length as it is. The result has exactly the
 * length of the input, so an index found in the folded text is the same index in the original.
 */
export function foldAccents(s: string): string {
  const lower = s.toLowerCase();
  // Fast path: lower-casing kept the length (true for Swedish text), so only non-ASCII letters
  // need folding one by one.
  if (lower.length === s.length) return lower.replace(NON_ASCII_RE, foldChar);
  let out = '';
  for (const ch of s) out += foldChar(ch);
  return out;
}

/** A span of text with its offsets in the string it was cut from. */
export interface TextSpan {
  text: string;
  start: number;
  end: number;
}

/**
 * A clause or sentence boundary: sentence punctuation followed by whitespace and something that
 * starts a new sentence (capital, bullet, dash), a semicolon, a blank line, or a bullet.
 * A single line break is not a boundary: PDF text wraps sentences across lines.
 */
const BOUNDARY_RE = /[.!?](?=\s+[\p{Lu}•▪●◦■\-–—])|;(?=\s)|\n[^\S\n]*\n|\n(?=[^\S\n]*[•▪●◦■])|[•▪●◦■]/gu;

/** How far from the amount a sentence boundary is looked for; keeps the search local on long pages. */
const SENTENCE_WINDOW = 1500;

/** The sentence around text[start, end): from the previous boundary to the next one. */
export function sentenceAround(text: string, start: number, end: number = start): TextSpan {
  const windowStart = Math.max(0, start - SENTENCE_WINDOW);
  const windowEnd = Math.min(text.length, end + SENTENCE_WINDOW);
  const window = text.slice(windowStart, windowEnd);
  const relStart = start - windowStart;
  const relEnd = end - windowStart;
  let from = 0;
  let to = window.length;
  BOUNDARY_RE.lastIndex = 0;
  for (let m = BOUNDARY_RE.exec(window); m !== null; m = BOUNDARY_RE.exec(window)) {
    const boundaryEnd = m.index + m[0].length;
    if (boundaryEnd <= relStart) {
      from = boundaryEnd;
    } else if (m.index >= relEnd) {
      // Keep the sentence's own full stop.
      to = /^[.!?;]/.test(m[0]) ? m.index + 1 : m.index;
      break;
    }
  }
  let s = from;
  let e = to;
  while (s < e && /\s/.test(window[s] ?? '')) s++;
  while (e > s && /\s/.test(window[e - 1] ?? '')) e--;
  return { text: window.slice(s, e), start: windowStart + s, end: windowStart + e };
}
