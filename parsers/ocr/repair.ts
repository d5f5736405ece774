/**
 * Repairs of glyphs that OCR gets wrong in a way the words around them give away. Tesseract's Swedish
 * model reads the section sign of a citation as "8", "$" or "S" ("sammanträdet 2025-01-17 (8 129)",
 * "Regionstyrelsen 8 203/2025"), which loses the paragraph of every reference on a scan. Only the
 * citation's own shapes are repaired — a lone glyph after a full date, or before "nnn/yyyy" — never a
 * figure of a table or a sentence ("(8 129)" without a date before it stays a number).
 *
 * "$" is the exception that may go further: Swedish board papers state money in kronor ("kr",
 * "mkr", "tkr"), never with a dollar sign, so a lone "$" before a paragraph number ("$ 129",
 * "$" / "203/2025." across a line break) is a section sign unless the words after the number make
 * it an amount ("$ 1 200", "$ 5 miljoner").
 */
import type { TextItem, TextLine } from '../page-model.ts';

/** The misread sign alone, perhaps inside an opening parenthesis: "8", "(8", "$", "(S", "&". */
const MISREAD_SIGN_RE = /^(\(?)[8$S&]$/u;
/** The paragraph number after it: "129", "129).", "203/2025", "45,". */
const PARAGRAPH_RE = /^\d{1,3}(?:\/(?:19|20)\d{2})?[).,;:]*$/u;
const WITH_YEAR_RE = /^\d{1,3}\/(?:19|20)\d{2}/u;
/** A full date that a citation's paragraph follows: "2025-01-17", "2025-01-17,". */
const DATE_RE = /^(?:19|20)\d{2}-\d{2}-\d{2},?$/u;
/** Words after a number that make it an amount: a digit group ("1 200"), a unit or a currency. */
const AMOUNT_TAIL_RE =
  /^(?:\d{3}\b|%|procent|miljon(?:er)?|miljard(?:er)?|md|mdkr|mkr|mnkr|msek|tkr|kkr|kr|kronor|sek|usd|dollar|cent)/iu;

/** Whether `item` is a misread section sign, judged by the words before and after it. */
function isSectionSign(
  item: TextItem,
  previous: TextItem | undefined,
  next: TextItem | undefined,
  afterNext: TextItem | undefined,
): RegExpExecArray | null {
  const sign = MISREAD_SIGN_RE.exec(item.text);
  if (!sign || !next || !PARAGRAPH_RE.test(next.text)) return null;
  if (previous !== undefined && DATE_RE.test(previous.text)) return sign;
  if (WITH_YEAR_RE.test(next.text)) return sign;
  // "$" before a bare paragraph number, unless the number ends a sentence of an amount.
  if (!item.text.endsWith('$')) return null;
  const ended = /[).,;:]$/u.test(next.text);
  if (!ended && afterNext !== undefined && AMOUNT_TAIL_RE.test(afterNext.text)) return null;
  return sign;
}

/** Repairs the section signs among words in reading order (one line, or a page's lines run together). */
export function repairSectionSigns(items: TextItem[]): TextItem[] {
  return items.map((item, i) => {
    const sign = isSectionSign(item, items[i - 1], items[i + 1], items[i + 2]);
    return sign ? { ...item, text: `${sign[1] ?? ''}§` } : item;
  });
}

/**
 * The same repair over lines in reading order, so a sign that ends one line and its paragraph that
 * starts the next ("Regionstyrelsen $" / "203/2025.") are judged together. Lines keep their
 * geometry; only the items' text changes (callers derive the lines' text from the items).
 */
export function repairSectionSignsInLines(lines: TextLine[]): TextLine[] {
  const stream = lines.flatMap((line) => line.items);
  const repaired = repairSectionSigns(stream);
  let at = 0;
  return lines.map((line) => {
    const items = repaired.slice(at, at + line.items.length);
    at += line.items.length;
    return items.every((item, i) => item === line.items[i]) ? line : { ...line, items };
  });
}

/** A list marker opening a point: "2.", "4)", "b)". */
const LIST_MARKER_RE = /^(?:\d{1,2}|[A-Za-zªµºÀ-ÖØ-öø-ɏ])[.)]$/u;

/**
 * A handwritten tick or check mark in the margin before a numbered point reads as a short word of
 * no digits ("Vv", "/", "J") far to the left of the point's marker: it would keep the marker from
 * opening the line, and the point would be lost or run into the one before. Dropped when it is at most
 * three characters, holds no digit and no §, and stands more than two of the marker's font heights before a list
 * marker (words of one sentence stand a space apart).
 */
export function dropMarginMark(items: TextItem[]): TextItem[] {
  const [mark, marker] = items;
  if (!mark || !marker || !LIST_MARKER_RE.test(marker.text)) return items;
  if (mark.text.length > 3 || /[\p{N}§]/u.test(mark.text)) return items;
  const gap = marker.x - (mark.x + mark.width);
  return gap > 2 * marker.height ? items.slice(1) : items;
}

/**
 * An agenda item's § misread as "&" or "$" where it opens a line of minutes: "& 79 Ekonomisk
 * uppföljning". Neither sign stands before a number and a capitalised word at the start of a Swedish
 * line ("Ernst & Young" has words around it); the § is what the page printed.
 */
export function repairAgendaSign(items: TextItem[], firstDescends = false): TextItem[] {
  const [sign, number, word] = items;
  if (!sign || !number || !word) return items;
  if (!/^\d{1,3}$/u.test(number.text) || !/^\p{Lu}/u.test(word.text)) return items;
  if (/^[&$]$/u.test(sign.text) || (firstDescends && eightForSign(sign, items.slice(2))))
    return [{ ...sign, text: '§' }, ...items.slice(1)];
  return items;
}

/**
 * The § read as the digit "8" ("8 88 Åtgärdsplan …"): the sign reaches below the baseline, which no
 * digit does (`firstDescends`, from the glyph's box). Only in a heading line: words follow and none holds
 * a digit (a count, "8 200 besökare 2027", or a table row has figures).
 */
function eightForSign(sign: TextItem, rest: TextItem[]): boolean {
  if (sign.text !== '8' || rest.length < 2) return false;
  return !rest.some((item) => /\d/u.test(item.text));
}

/** A year as a column head prints it: four digits, 1900–2099. */
const BARE_YEAR_RE = /^(?:19|20)\d{2}$/u;
/**
 * The same year with a speck read as a quote or guillemet glued to it ("«2027", "2028'", "„2026"): a
 * scan's dust or a rule's end beside a column head; so is a closing bracket without its opening one
 * ("2025)": a cell's vertical rule). "(2027)" and "2027," are printed so and stay.
 */
const SPECKED_YEAR_RE =
  /^[«»„“”"'‘’`´~^]{1,2}((?:19|20)\d{2})[«»„“”"'‘’`´~^]{0,2}$|^((?:19|20)\d{2})[«»„“”"'‘’`´~^]{1,2}$|^((?:19|20)\d{2})\)$/u;

/**
 * A row of year column heads ("Åtgärd  2026 «2027 2028") where OCR glued a speck to one year: the year
 * is not taken for a column, and the table's figures in that column — or the whole table — are lost.
 * Repaired only where the line holds another year (a row of heads), so a quoted year in a sentence
 * stays quoted; the word keeps its confidence (its digits are what OCR read).
 */
export function repairYearHeads(items: TextItem[]): TextItem[] {
  const years = items.filter((item) => BARE_YEAR_RE.test(item.text) || SPECKED_YEAR_RE.test(item.text));
  if (years.length < 2) return items;
  let changed = false;
  const out = items.map((item) => {
    const m = SPECKED_YEAR_RE.exec(item.text);
    if (!m) return item;
    changed = true;
    return { ...item, text: (m[1] ?? m[2] ?? m[3]) as string };
  });
  // A year read as its neighbour's ("2025 2025 2027" for "2025 2026 2027": a 6 read as a 5 on a coarse
  // scan): a row of column heads never prints one bare year twice side by side, and between y and y + 2
  // only y + 1 fits. Its confidence is lowered: the year is inferred, not read.
  for (let k = 1; k + 1 < out.length; k++) {
    const before = out[k - 1] as TextItem;
    const item = out[k] as TextItem;
    const after = out[k + 1] as TextItem;
    if (![before, item, after].every((x) => BARE_YEAR_RE.test(x.text))) continue;
    const [a, b, c] = [Number(before.text), Number(item.text), Number(after.text)];
    if (c !== a + 2 || (b !== a && b !== c)) continue;
    out[k] = { ...item, text: String(a + 1), confidence: Math.min(item.confidence ?? 1, 0.3) };
    changed = true;
  }
  return changed ? out : items;
}

/**
 * The money unit "mkr" (and "mnkr") with its "m" read as "rn" or "ro" ("rnkr", "rokr", "rnnkr"), as OCR
 * splits an m on a coarse or blocky scan: no Swedish word is spelt so, and the unit is what a table's
 * caption or header states its figures in — without it the whole table is left unread ("states no
 * unit"). Punctuation after the word stays.
 */
const MISREAD_MKR_RE = /^(\(?)(?:rn|ro)(n?kr)([.,;:)]*)$/u;

export function repairUnitWords(items: TextItem[]): TextItem[] {
  let changed = false;
  const out = items.map((item) => {
    const m = MISREAD_MKR_RE.exec(item.text);
    if (!m) return item;
    changed = true;
    return { ...item, text: `${m[1] ?? ''}m${m[2] ?? ''}${m[3] ?? ''}` };
  });
  return changed ? out : items;
}
