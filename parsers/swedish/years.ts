/**
 * The fiscal years a paper's title or period statement names: "Årsredovisning 2023" → 2023,
 * "Budget 2025 med plan 2026–2027" → 2025, 2026, 2027, "Handlingsplan 2025–2028" → every year from
 * 2025 to 2028, "Delårsrapport per april 2024" → 2024, "Utfall ack dec 2023" → 2023. Years inside
 * dates ("2024-03-12"), case numbers ("HSN 2023/412") and § numbers ("§ 112/2023") are not
 * fiscal years.
 */
import { MONTH_NAME_SRC } from './dates.ts';

const DASH = '[-\\u2010-\\u2015\\u2212]';
const YEAR = '(?:19[5-9]\\d|20\\d\\d)';
/** A year, or a range of years; not glued to other digits, slashes or date hyphens. */
const YEAR_OR_RANGE_RE = new RegExp(
  `(?<![\\p{N}/§.:]|${DASH}|§\\s?\\d{1,4}\\s?/\\s?)(${YEAR})(?:\\s*(?:${DASH}|till|t\\.o\\.m\\.?)\\s*(${YEAR}))?(?![\\p{N}]|\\s?/\\s?\\d|${DASH}\\d)`,
  'giu',
);
/** Longest span a range may cover: "1990–2030" in a chart axis is no fiscal period. */
const MAX_RANGE = 15;

/** Every fiscal year named in a short text such as a title, ranges expanded, in order of first mention. */
export function fiscalYearsIn(text: string | null): number[] {
  if (!text) return [];
  const out: number[] = [];
  const add = (y: number) => {
    if (!out.includes(y)) out.push(y);
  };
  for (const m of text.matchAll(YEAR_OR_RANGE_RE)) {
    // Inside a case number "RS 2021/317" or a date: skip.
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 3);
    if (/^\s?\/\s?\d/.test(after) || /^[-\u2010-\u2013]\d{1,2}(?:[-\u2010-\u2013]|$)/.test(after)) continue;
    const from = Number(m[1]);
    const to = m[2] ? Number(m[2]) : from;
    if (to >= from && to - from <= MAX_RANGE) for (let y = from; y <= to; y++) add(y);
    else add(from);
  }
  return out;
}

/**
 * A statement of the reporting period on the first lines: "Utfall ack dec 2023", "Period: jan–aug 2024",
 * "per april 2024", "t.o.m. oktober 2025", "Perioden januari–juni 2024".
 */
const PERIOD_RE = new RegExp(
  `(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:ack(?:\\.|umulerat)?|per|perioden?|t\\.?\\s?o\\.?\\s?m\\.?|till\\s+och\\s+med|(?:${MONTH_NAME_SRC})\\.?\\s*${DASH})\\s*:?\\s*(?:(?:${MONTH_NAME_SRC})\\.?(?:\\s*${DASH}\\s*(?:${MONTH_NAME_SRC})\\.?)?\\s+)?(${YEAR})(?![\\p{N}])`,
  'giu',
);

/** Fiscal years stated as a reporting period in the given lines (the first lines of a paper). */
export function periodYearsIn(lines: string[]): number[] {
  const out: number[] = [];
  for (const line of lines) {
    for (const m of line.matchAll(PERIOD_RE)) {
      const y = Number(m[1]);
      if (!out.includes(y)) out.push(y);
    }
  }
  return out;
}
