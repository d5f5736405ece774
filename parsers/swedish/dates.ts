/**
 * Dates and § references as Swedish board papers write them: "30 september 2025", "2025-09-30",
 * "den 25 november", "21-22 oktober 2025", "05-mar", "24/10/2025", "(§114)", "§§ 12-13".
 */

export interface DateMatch {
  /** YYYY-MM-DD when year, month and day are all known. */
  iso: string | null;
  year: number | null;
  month: number | null;
  day: number | null;
  raw: string;
  index: number;
  end: number;
}

export interface DateOptions {
  /** Year for dates written without one ("27 maj"), e.g. the document's own year. */
  defaultYear?: number;
  /**
   * Also read "yy-mm-dd" ("19-11-05" → 2019-11-05). Only where a date is expected (after a board's
   * name in a reference, in a header block): elsewhere two-digit triples are too often other things.
   */
  shortYears?: boolean;
}

const MONTHS: [RegExp, number][] = [
  [/^jan(?:uari)?$/, 1],
  [/^feb(?:ruari)?$/, 2],
  [/^mar(?:s)?$/, 3],
  [/^apr(?:il)?$/, 4],
  [/^maj$/, 5],
  [/^jun(?:i)?$/, 6],
  [/^jul(?:i)?$/, 7],
  [/^aug(?:usti)?$/, 8],
  [/^sep(?:t(?:ember)?)?$/, 9],
  [/^okt(?:ober)?$/, 10],
  [/^nov(?:ember)?$/, 11],
  [/^dec(?:ember)?$/, 12],
];

/** Month names and abbreviations, longest first so "september" wins over "sep". */
export const MONTH_NAME_SRC =
  'januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|sept|jan|feb|mar|apr|jun|jul|aug|sep|okt|nov|dec';

/** The month number of a Swedish month name or abbreviation ("okt", "Sept.", "december"), else null. */
export function monthFromName(name: string): number | null {
  const n = name.toLowerCase().replace(/\.$/, '');
  for (const [re, month] of MONTHS) if (re.test(n)) return month;
  return null;
}

function daysInMonth(year: number | null, month: number): number {
  // Without a year, allow 29 February.
  return new Date(Date.UTC(year ?? 2024, month, 0)).getUTCDate();
}

function isoOf(year: number | null, month: number | null, day: number | null): string | null {
  if (year === null || month === null || day === null) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const DASH = '[-\\u2010-\\u2015\\u2212]';
const SP = '[ \\u00A0\\u2009\\u202F]';

// "2025-09-30"; "2023-12" (year and month) only when the month is 01–12 and it is not a range.
// Any hyphen (U+2010, the non-breaking U+2011, figure dash U+2012) or en dash, the same twice.
const ISO_RE =
  /(?<![\p{N}A-Za-zªµºÀ-ÖØ-öø-ɏ/\-\u2010-\u2013])(\d{4})([-\u2010-\u2013])(\d{1,2})\2(\d{1,2})(?![\p{N}])/gu;
const SHORT_ISO_RE =
  /(?<![\p{N}A-Za-zªµºÀ-ÖØ-öø-ɏ/\-\u2010-\u2013.,])(\d{2})([-\u2010-\u2013])(\d{2})\2(\d{2})(?![\p{N}\-\u2010-\u2013])/gu;
const YEAR_MONTH_RE = /(?<![\p{N}A-Za-zªµºÀ-ÖØ-öø-ɏ/-])((?:19|20)\d{2})-(0[1-9]|1[0-2])(?![\p{N}-])/gu;
// "30 september 2025", "den 25 november", "21-22 oktober 2025", "1 dec.", "14 juni"
const DAY_MONTH_RE = new RegExp(
  `(?<![\\p{N}A-Za-zªµºÀ-ÖØ-öø-ɏ])(\\d{1,2})(?:${SP}?${DASH}${SP}?(\\d{1,2}))?\\.?${SP}*(${MONTH_NAME_SRC})(?:(?<=jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec)\\.)?(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:,?${SP}+(\\d{4})(?![\\p{N}]))?`,
  'giu',
);
// "05-mar", "04-apr" (report calendars)
const DAY_ABBR_RE = new RegExp(
  `(?<![\\p{N}A-Za-zªµºÀ-ÖØ-öø-ɏ])(\\d{1,2})-(${MONTH_NAME_SRC})(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])`,
  'giu',
);
// "24/10/2025", "24/10 2025", "24.10.2025"
const NUMERIC_DMY_RE =
  /(?<![\p{N}A-Za-zªµºÀ-ÖØ-öø-ɏ/.])(\d{1,2})([/.])(\d{1,2})(?:\2|\s)(\d{4})(?![\p{N}/])/gu;
// "oktober 2025", "december 2021" without a day; not after a day number ("32 maj 2025" is no date).
const MONTH_YEAR_RE = new RegExp(
  `(?<![\\p{N}A-Za-zªµºÀ-ÖØ-öø-ɏ])(?<!\\d[\\s.\\-]*)(${MONTH_NAME_SRC})\\.?${SP}+(\\d{4})(?![\\p{N}])`,
  'giu',
);

const HAS_LETTER_RE = /[A-Za-zªµºÀ-ÖØ-öø-ɏ]/u;
const HAS_DIGIT_RE = /\d/;
const DIGITS_RE = /\d/g;

function validDay(year: number | null, month: number, day: number): boolean {
  return day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Every date in `text`, in reading order, with offsets into `text`. A day range takes its first
 * day ("21-22 oktober 2025" → 2025-10-21). Dates without a year take `defaultYear` (or null).
 */
export function findDates(text: string, options: DateOptions = {}): DateMatch[] {
  // Every form above has a digit (a day or a year): prose without one has no date.
  if (!HAS_DIGIT_RE.test(text)) return [];
  // Every form above has a month name (letters) or six digits: table cells ("4,2", "-1,8") have neither.
  if (!HAS_LETTER_RE.test(text) && (text.match(DIGITS_RE)?.length ?? 0) < 6) return [];
  const found: DateMatch[] = [];
  const defaultYear = options.defaultYear ?? null;
  const push = (
    year: number | null,
    month: number | null,
    day: number | null,
    index: number,
    end: number,
  ) => {
    found.push({ iso: isoOf(year, month, day), year, month, day, raw: text.slice(index, end), index, end });
  };

  for (const m of text.matchAll(ISO_RE)) {
    const year = Number(m[1]);
    const month = Number(m[3]);
    const day = Number(m[4]);
    if (month < 1 || month > 12 || !validDay(year, month, day)) continue;
    push(year, month, day, m.index, m.index + m[0].length);
  }
  if (options.shortYears) {
    for (const m of text.matchAll(SHORT_ISO_RE)) {
      const year = 2000 + Number(m[1]);
      const month = Number(m[3]);
      const day = Number(m[4]);
      if (month < 1 || month > 12 || !validDay(year, month, day)) continue;
      push(year, month, day, m.index, m.index + m[0].length);
    }
  }
  for (const m of text.matchAll(DAY_MONTH_RE)) {
    const month = monthFromName(m[3] ?? '');
    const day = Number(m[1]);
    const year = m[4] ? Number(m[4]) : defaultYear;
    if (month === null || !validDay(year, month, day)) continue;
    if (m[2] !== undefined && Number(m[2]) <= day) continue;
    push(year, month, day, m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(DAY_ABBR_RE)) {
    const month = monthFromName(m[2] ?? '');
    const day = Number(m[1]);
    if (month === null || !validDay(defaultYear, month, day)) continue;
    push(defaultYear, month, day, m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(NUMERIC_DMY_RE)) {
    const day = Number(m[1]);
    const month = Number(m[3]);
    const year = Number(m[4]);
    if (month < 1 || month > 12 || !validDay(year, month, day)) continue;
    push(year, month, day, m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(MONTH_YEAR_RE)) {
    const month = monthFromName(m[1] ?? '');
    if (month === null) continue;
    // "inför jul 2025" is Christmas, not July.
    if (/^jul$/i.test(m[1] ?? '') && !m[0].includes('.')) continue;
    push(Number(m[2]), month, null, m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(YEAR_MONTH_RE)) {
    push(Number(m[1]), Number(m[2]), null, m.index, m.index + m[0].length);
  }

  // Keep the longest match where patterns overlap ("30 september 2025" over "september 2025").
  found.sort((a, b) => a.index - b.index || b.end - b.index - (a.end - a.index));
  const out: DateMatch[] = [];
  for (const d of found) {
    const last = out.at(-1);
    if (last && d.index < last.end) continue;
    out.push(d);
  }
  return out;
}

export interface ParagraphRef {
  /** Normalised "§147"; for "§§ 12-13" the first paragraph. */
  paragraph: string;
  /** The year of "§ 112/2023" (the minutes' year), else null. */
  year: number | null;
  index: number;
  end: number;
}

// "§ 112/2023", "§ 41/25": the number of the paragraph in that year's minutes. The sign may be
// written as the word ("den 2025-04-08, paragraf 53").
const PARAGRAPH_RE =
  /(?:§§?|(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])[Pp]aragraf(?:en)?(?=[ \u00A0]\d))[ \u00A0\u2009\u202F]*(\d{1,4})(?:[ \u00A0]?\/[ \u00A0]?((?:19|20)?\d{2}))?(?![\p{N}])/gu;

// A law's or an agreement's clause, no decision's §: "enligt § 12", "3 kap. paragraf 5" before it, or
// "i" and the name of a law, an agreement, a set of rules after it ("§ 12 i samverkansavtalet", "§ 5 i
// hälso- och sjukvårdslagen") — the name read by its Swedish ending (-avtal, -lag, -reglemente,
// -förordning, -ordning, -balk, -stadga, bare or definite). "-slag", "bolag", "underlag" are no laws.
const CLAUSE_BEFORE_RE = /(?:(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])enligt|kap\.)\s*$/iu;
const CLAUSE_OF_RE =
  /^\s+i\s+(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+-\s+(?:och|eller)\s+)?([A-Za-zªµºÀ-ÖØ-öø-ɏ]*(?:avtal(?:et)?|lag(?:en)?|reglemente(?:t)?|förordning(?:en)?|ordning(?:en)?|balk(?:en)?|stadga(?:n)?))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/iu;
const NOT_A_LAW_RE = /^(?:(?:för|an|be|ut|in|på)s|bo|under)lag(?:en)?$/iu;
// The word "paragraf" stands for a decision's § only where the sign would: right after the decision's
// date, its board's name or abbreviation, or its case number ("den 2025-04-08, paragraf 53", "HSN
// paragraf 53", "RS 2025/77, paragraf 9"), or opening the text a caller has cut there.
const WORD_AFTER_RE =
  /(?:\d|(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])[A-ZÅÄÖ]{2,6}|nämnd(?:en)?|styrelse(?:n)?|fullmäktige|utskott(?:et)?|beredning(?:en)?|presidi(?:um|et)|direktion(?:en)?)[\s,(]*$/u;

/** "§147", "§ 82", "(§114)", "§§ 12-13" → "§147", "§82", "§114", "§12". */
export function findParagraphRefs(text: string): ParagraphRef[] {
  const out: ParagraphRef[] = [];
  for (const m of text.matchAll(PARAGRAPH_RE)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (CLAUSE_BEFORE_RE.test(before)) continue;
    const of = CLAUSE_OF_RE.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 60));
    if (of?.[1] && !NOT_A_LAW_RE.test(of[1])) continue;
    if (!m[0].startsWith('§') && m.index > 0 && !WORD_AFTER_RE.test(before)) continue;
    const y = m[2] ? Number(m[2]) : null;
    const year = y === null ? null : y < 100 ? 2000 + y : y;
    out.push({ paragraph: `§${Number(m[1])}`, year, index: m.index, end: m.index + m[0].length });
  }
  return out;
}
