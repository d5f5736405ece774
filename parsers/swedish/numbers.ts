/**
 * Swedish number notation: decimal comma, thousands grouped by (no-break, thin) spaces,
 * minus written as hyphen, en/em dash or U+2212, sometimes followed by a space.
 */
import { DASH_CLASS, HORIZONTAL_SPACE_CLASS } from './text.ts';

const SIGNED_RE = new RegExp(`^(?:(${DASH_CLASS})|(\\+))?${HORIZONTAL_SPACE_CLASS}*(.+)$`, 'u');
const GROUP_SEP_RE = new RegExp(HORIZONTAL_SPACE_CLASS, 'gu');

// Body forms, tried in order. Space grouping means groups of exactly three digits.
const SPACE_GROUPED_RE = new RegExp(`^\\d{1,3}(?:${HORIZONTAL_SPACE_CLASS}\\d{3})+(?:,\\d+)?$`, 'u');
const PLAIN_COMMA_RE = /^\d+(?:,\d+)?$/;
const LEADING_COMMA_RE = /^,\d+$/;
// "1.234" / "1.234.567" / "1.234,5": dots are grouping only when every group has three digits.
const DOT_GROUPED_RE = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const DOT_DECIMAL_RE = /^\d+\.\d+$/;
// "1'250" / "1’250,5": Swiss- and spreadsheet-style apostrophe grouping, groups of exactly three digits.
const APOSTROPHE_GROUPED_RE = /^\d{1,3}(?:['\u2019]\d{3})+(?:,\d+)?$/;
// "1,250.5": English-locale grouping — comma groups of three AND a decimal point. Both marks must be
// there: "1,250" alone is a Swedish decimal and stays one.
const COMMA_GROUPED_POINT_RE = /^\d{1,3}(?:,\d{3})+\.\d+$/;

/**
 * The number as a plain decimal string ("-1234.5"), or null. Keeping the decimal string lets
 * callers scale by powers of ten without binary rounding noise (850 tkr → "850e-3" → 0.85).
 */
export function swedishNumberToDecimalString(s: string): string | null {
  const trimmed = s.replace(/[\u200B\u2060\uFEFF]/g, '').trim();
  const m = SIGNED_RE.exec(trimmed);
  if (!m) return null;
  const negative = m[1] !== undefined;
  const body = (m[3] ?? '').trim();
  let plain: string;
  if (SPACE_GROUPED_RE.test(body)) {
    plain = body.replace(GROUP_SEP_RE, '').replace(',', '.');
  } else if (PLAIN_COMMA_RE.test(body)) {
    plain = body.replace(',', '.');
  } else if (LEADING_COMMA_RE.test(body)) {
    plain = `0${body.replace(',', '.')}`;
  } else if (DOT_GROUPED_RE.test(body)) {
    plain = body.replace(/\./g, '').replace(',', '.');
  } else if (DOT_DECIMAL_RE.test(body)) {
    plain = body;
  } else if (APOSTROPHE_GROUPED_RE.test(body)) {
    plain = body.replace(/['\u2019]/g, '').replace(',', '.');
  } else if (COMMA_GROUPED_POINT_RE.test(body)) {
    plain = body.replace(/,/g, '');
  } else {
    return null;
  }
  // Canonical form: no leading zeros, no trailing decimal zeros ("20,0" → "20").
  let [intPart = '0', fracPart = ''] = plain.split('.');
  intPart = intPart.replace(/^0+(?=\d)/, '');
  fracPart = fracPart.replace(/0+$/, '');
  const magnitude = fracPart ? `${intPart}.${fracPart}` : intPart;
  if (/^0(?:\.0*)?$/.test(magnitude)) return '0';
  return negative ? `-${magnitude}` : magnitude;
}

/**
 * A footnote mark set right after a figure, as typeset reports print them: superscript digits
 * ("12,5¹", "12,5 ¹)", "12,5¹⁾" or "12,5⁽¹⁾" with superscript parentheses, a raised small digit the page
 * model turned into one), or asterisks and daggers ("12,5*", "12,5†"), or a small letter and a
 * parenthesis set a space after it ("12,5 b)", as notes lettered a) b) c) under a table are marked).
 * Plain digits are never a mark: "12,5 1)" stays ambiguous and unread.
 */
export const FOOTNOTE_MARK_SRC =
  '(?:[ \\u00A0\\u2009\\u202F]?\u207D?[\u2070\u00B9\u00B2\u00B3\u2074-\u2079]{1,2}[)\u207E]?|[ \\u00A0]?(?:\\*{1,3}|[\u2020\u2021])|[ \\u00A0][a-f]\\))';
const TRAILING_MARK_RE = new RegExp(`(?<=[\\d\\-\u2013\u2014\u2212)])${FOOTNOTE_MARK_SRC}$`, 'u');
const PAREN_MARK_RE = /^\((.*?\d)\s?\u207D?[\u2070\u00B9\u00B2\u00B3\u2074-\u2079]{1,2}\u207E?\)$/u;

/**
 * A figure cell without the footnote mark set after it ("12,5¹", "–²", "3,0*", "10,9 ³)",
 * "(4,2³)"): the mark must neither hide the figure nor become one of its digits. Text that is not a
 * marked figure ("Kvm²", "17,5") comes back unchanged.
 */
export function withoutFootnoteMark(cell: string): string {
  const paren = PAREN_MARK_RE.exec(cell);
  if (paren) return `(${paren[1]})`;
  return cell.replace(TRAILING_MARK_RE, '');
}

/**
 * "1 234,5" → 1234.5, "−210" / "– 210" / "- 210" → -210, "+ 56" → 56, "8,9" → 8.9, "20,0" → 20,
 * "1.234" → 1234 (dot grouping: exactly three digits after each dot), "3.5" → 3.5, "1'234" → 1234,
 * "1,234.5" → 1234.5 (English grouping: only with both the comma groups and the decimal point).
 * Anything that is not just a number (units, percent, letters, dates) gives null.
 */
export function parseSwedishNumber(s: string): number | null {
  const decimal = swedishNumberToDecimalString(s);
  if (decimal === null) return null;
  const n = Number(decimal);
  return Number.isFinite(n) ? n : null;
}

/**
 * Multiplies a decimal string by 10^exponent exactly as written (no 0.1+0.2 noise):
 * scaleDecimal("850", -3) → 0.85, scaleDecimal("9.7", 3) → 9700.
 */
export function scaleDecimal(decimal: string, exponent: number): number {
  const n = Number(`${decimal}e${exponent}`);
  return Object.is(n, -0) ? 0 : n;
}

const swedishFormats = new Map<string, Intl.NumberFormat>();

/** Intl's sv-SE formatter: the reference, and the path for what the fast one does not handle. */
function intlSwedish(value: number, maxDecimals: number, minDecimals: number): string {
  const key = `${minDecimals}|${maxDecimals}`;
  let format = swedishFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat('sv-SE', {
      minimumFractionDigits: minDecimals,
      maximumFractionDigits: maxDecimals,
    });
    swedishFormats.set(key, format);
  }
  return format.format(value);
}

/** A plain decimal string ("1234.5", no exponent), as JavaScript's shortest round-trip form gives it. */
const PLAIN_DECIMAL = /^(\d+)(?:\.(\d+))?$/;

/** Adds one unit in the last place of a string of digits ("1299" → "1300", "99" → "100"). */
function incrementDigits(digits: string): string {
  const out = digits.split('');
  let i = out.length - 1;
  while (i >= 0 && out[i] === '9') out[i--] = '0';
  if (i < 0) return `1${out.join('')}`;
  out[i] = String(Number(out[i]) + 1);
  return out.join('');
}

/**
 * A number as Swedish readers write it: digits grouped by a no-break space, decimal comma, minus sign
 * U+2212 (`1 234,5`, `−973`). The project's one number formatter; money goes through `formatMsek`.
 *
 * Exactly what `Intl.NumberFormat('sv-SE', …)` gives (a test compares them over many values), without
 * it: creating the first sv-SE formatter loads ICU's locale data, ~15 ms of every CLI command and cold
 * API start that prints an amount. Like ICU it rounds the shortest decimal form of the double half away
 * from zero (1.005 → 1,01, although the double is just below 1.005), and keeps the sign of a negative
 * value that rounds to zero (−0). Exponent forms (below 1e-6, from 1e21) and non-finite values go to Intl.
 */
export function formatSwedishNumber(value: number, maxDecimals: number, minDecimals = 0): string {
  const plain = Number.isFinite(value) ? PLAIN_DECIMAL.exec(String(Math.abs(value))) : null;
  if (!plain || maxDecimals > 20 || minDecimals > maxDecimals)
    return intlSwedish(value, maxDecimals, minDecimals);
  let whole = plain[1]!;
  let fraction = plain[2] ?? '';
  if (fraction.length > maxDecimals) {
    const roundUp = fraction.charCodeAt(maxDecimals) >= 53; // '5'
    fraction = fraction.slice(0, maxDecimals);
    if (roundUp) {
      const bumped = incrementDigits(whole + fraction);
      whole = bumped.slice(0, bumped.length - fraction.length);
      fraction = bumped.slice(bumped.length - fraction.length);
    }
  }
  let end = fraction.length;
  while (end > minDecimals && fraction.charCodeAt(end - 1) === 48) end--; // trailing '0'
  fraction = fraction.slice(0, end).padEnd(minDecimals, '0');
  let grouped = '';
  for (let i = whole.length; i > 0; i -= 3) {
    const group = whole.slice(Math.max(0, i - 3), i);
    grouped = grouped ? `${group}\u00a0${grouped}` : group;
  }
  const negative = value < 0 || Object.is(value, -0);
  return `${negative ? '\u2212' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}

/** Million SEK for people: `1 234,5` (grouped, decimal comma, at most two decimals, none when whole). */
export function formatMsek(value: number): string {
  return formatSwedishNumber(value, 2);
}

/** Million SEK with its unit, as a sentence states it: `1 234,5 mkr`. */
export function formatMkr(value: number): string {
  return `${formatMsek(value)} mkr`;
}

/**
 * A number with a decimal comma and nothing else (`1234,5`): what Swedish Excel reads as a number in a CSV
 * cell, and how a paper's table prints a figure. No grouping and no rounding; `formatMsek` is for people.
 */
export function swedishDecimal(value: number): string {
  return String(value).replace('.', ',');
}
