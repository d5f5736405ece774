/**
 * Money amounts in Swedish text: "knappt 7 miljarder kronor", "- 210 mkr", "850 tkr", "5 mkr/år".
 *
 * Only a number followed by a money unit (or, in a table whose header gives the unit, a bare
 * number with `defaultUnit`) is an amount. Percentages, dates, years, § numbers and counts of
 * visits or patients are never amounts. Values come out in million SEK, signed per the contract:
 * negative when a minus sign (or the word "minus") stands right before the number, when the
 * amount is the object of "underskott", "negativ budgetavvikelse", "försämring" in the same
 * clause, or when it is stated "sämre än" (worse than) budget; an explicit plus stays positive.
 */
import type { Qualifier } from '../schema.ts';
import { findDates } from './dates.ts';
import { numberWordsBefore } from './number-words.ts';
import {
  FOOTNOTE_MARK_SRC,
  scaleDecimal,
  swedishNumberToDecimalString,
  withoutFootnoteMark,
} from './numbers.ts';
import { foldAccents, sentenceAround } from './text.ts';

export type MoneyUnit = 'sek' | 'tkr' | 'mkr' | 'mdkr';

export interface AmountMatch {
  /** Signed, in million SEK. */
  amountMsek: number;
  /** Exact substring of the input: qualifier + sign + number + unit (+ "/år"). */
  raw: string;
  index: number;
  end: number;
  qualifier: Qualifier | null;
  /** The unit as written ("mkr", "miljoner kronor", "Mnkr", …), or '' when defaultUnit applied. */
  unit: string;
  /** The unit the value was scaled from. */
  unitKind: MoneyUnit;
  negative: boolean;
  /** What made the amount negative: a minus sign, or a word such as "underskott" in its clause. */
  signCue: 'minus' | 'context' | null;
  perYear: boolean;
}

export interface AmountOptions {
  /** Unit for bare numbers, e.g. from a table header "Mnkr". Without it bare numbers are not money. */
  defaultUnit?: MoneyUnit;
}

/** Power of ten from the unit to million SEK. */
const UNIT_EXPONENT: Record<MoneyUnit, number> = { sek: -6, tkr: -3, mkr: 0, mdkr: 3 };

const SP = '[ \\u00A0\\u2007\\u2009\\u202F]';
const KRONOR = '(?:\\s+(?:svenska\\s+)?(?:kronor|kr|SEK))';

/** Units in the order they are tried (longer spellings first). Sticky, so they match at a position. */
const UNIT_PATTERNS: { re: RegExp; unit: MoneyUnit; bareWord?: boolean }[] = [
  { re: new RegExp(`miljarder${KRONOR}?`, 'iuy'), unit: 'mdkr', bareWord: true },
  { re: new RegExp(`miljard${KRONOR}?`, 'iuy'), unit: 'mdkr', bareWord: true },
  { re: /(?:mdkr|mdsek|md\.?\s?kr|mdr\.?\s?kr|mrd\.?\s?kr|mdr|mrd)/iuy, unit: 'mdkr' },
  { re: new RegExp(`miljoner${KRONOR}?`, 'iuy'), unit: 'mkr', bareWord: true },
  { re: new RegExp(`miljon${KRONOR}?`, 'iuy'), unit: 'mkr', bareWord: true },
  { re: /(?:mnkr|mkr|msek|mn\.?\s?kr|mn\s?sek|mio\.?\s?kr|milj\.?\s?(?:kronor|kr)|milj\.)/iuy, unit: 'mkr' },
  { re: new RegExp(`(?:tkr|kkr|tsek|ksek|tusen${KRONOR})`, 'iuy'), unit: 'tkr' },
  { re: /(?:kronor|kr)/iuy, unit: 'sek' },
  // Case-sensitive: lower-case "sek" is usually seconds.
  { re: /SEK/uy, unit: 'sek' },
];
/**
 * A unit ends where no letter or digit follows — or where a footnote mark set after it does
 * ("−19,8 mkr²", "4,5 mkr¹⁾", "mkr⁽³⁾"): superscript digits are never a further part of a money unit.
 */
const UNIT_END_RE =
  /(?![A-Za-zªµºÀ-ÖØ-öø-ɏ\p{N}])|(?=\u207D?[\u2070\u00B9\u00B2\u00B3\u2074-\u2079]{1,2}[)\u207E]?(?![A-Za-zªµºÀ-ÖØ-öø-ɏ\p{N}]))/uy;
const PER_YEAR_RE = /(?:\s*\/\s*år|\s+per\s+år|\s+om\s+året|\s+årligen)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/iuy;
/** "en årlig besparing på 5 mkr", "helårseffekt om 12 mkr": annual amounts named before the number. */
const ANNUAL_BEFORE_RE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:årlig(?:a|t|en)?|helårseffekt(?:en)?)\s+(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+\s+){0,3}$/iu;
/** What may stand between a number and its unit: spaces, a line break, bold markers. */
const GAP_RE = /(?:\s|\*\*)*/uy;

/** Nouns that make "3 miljoner …" a count rather than money. */
const COUNT_NOUNS = new Set(
  [
    'besök',
    'invånare',
    'patienter',
    'personer',
    'människor',
    'kunder',
    'resor',
    'doser',
    'vaccinationer',
    'ton',
    'liter',
    'kilometer',
    'km',
    'timmar',
    'år',
    'användare',
    'samtal',
    'recept',
    'prover',
    'analyser',
    'kontakter',
    'vårdkontakter',
    'vårdtillfällen',
    'läkarbesök',
    'svenskar',
    'euro',
    'dollar',
    'usd',
    'eur',
    'nok',
    'dkk',
    'kubikmeter',
    'kwh',
    'kvadratmeter',
    'kvm',
  ].map((w) => foldAccents(w)),
);

// Besides space and dot grouping: apostrophe grouping ("1'250 tkr", spreadsheets of other locales) and
// English grouping with a decimal point ("1,250.5 tkr"; the comma groups alone are a Swedish decimal).
const NUMBER_SRC = `\\d{1,3}(?:${SP}\\d{3})+(?:,\\d+)?|\\d{1,3}(?:['\u2019]\\d{3})+(?:,\\d+)?|\\d{1,3}(?:,\\d{3})+\\.\\d+|\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:[.,]\\d+)?`;
// "minus27" is a number glued to a word; so is "hyrbemanning50 mkr", where a producer lost the space
// between a word and its figure (only with a written unit after it: see collectCandidates).
// The leading (?=\d) changes nothing matched (every number starts with a digit): the lookbehinds are
// tried only where a digit stands, not at every position of the page.
// A superscript digit after a number is a footnote mark ("2,6² mkr"), not a further digit: the
// number ends before it (SUPERSCRIPT excludes them from \p{N} in the lookaheads).
const NOT_SUPERSCRIPT = '(?![\\u2070\\u00B9\\u00B2\\u00B3\\u2074-\\u2079])';
const NUMBER_RE = new RegExp(
  `(?=\\d)(?:(?<=[Mm][Ii][Nn][Uu][Ss])|(?<=\\p{Ll}{3})|(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ\\p{N}_]|\\d[.,'\u2019]))(?:${NUMBER_SRC})(?!${NOT_SUPERSCRIPT}\\p{N}|[.,]\\d)`,
  'gu',
);
/** A footnote mark right after a number, before its unit ("−43,7² mkr", "12,5 ¹) mnkr", "8,1* mkr"). */
const MARK_AT_RE = new RegExp(FOOTNOTE_MARK_SRC, 'uy');
const GLUED_RE = /\p{Ll}$/u;
const MINUS_GLUED_RE = /minus$/iu;
const NUMBER_AT_RE = new RegExp(`(?:${NUMBER_SRC})(?!${NOT_SUPERSCRIPT}\\p{N}|[.,]\\d)`, 'uy');

// Number words before "miljon(er)"/"miljard(er)" ("fem miljoner kronor", "tvåhundrafemtio miljoner",
// "två och en halv miljard", "en dryg halv miljard") are read by a small grammar in ./number-words.ts.
// Found by the unit word first, then the words before it: a lookahead regex tried at every
// position of a page was the slowest part of findAmounts.
const MILJ_RE = /milj(?:on|ard)/giu;

const DASH_CHARS = '-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D';
const isDash = (ch: string | undefined): boolean => ch !== undefined && DASH_CHARS.includes(ch);
const isHSpace = (ch: string | undefined): boolean =>
  ch !== undefined && /[ \u00A0\u2007\u2009\u202F]/.test(ch);

const QUALIFIER_RE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(ca\.|ca|c:a|cirka|knappt|drygt|omkring|ungefär|runt|nästan|närmare|över|mer än|minst|mindre än|under|upp till|uppemot|upp mot|högst|maximalt)\s+$/iu;
const QUALIFIER_MAP: Record<string, Qualifier> = {
  'ca.': 'ca',
  ca: 'ca',
  'c:a': 'ca',
  cirka: 'cirka',
  knappt: 'knappt',
  drygt: 'drygt',
  omkring: 'omkring',
  ungefär: 'omkring',
  runt: 'omkring',
  nästan: 'nästan',
  närmare: 'nästan',
  över: 'över',
  'mer än': 'över',
  'mindre än': 'under',
  under: 'under',
  'upp till': 'upp till',
  uppemot: 'upp till',
  'upp mot': 'upp till',
  minst: 'över',
  högst: 'upp till',
  maximalt: 'upp till',
};

/** Words whose object is a negative amount ("ett underskott på 90 mkr"). Matched on folded text. */
// Worsening the result: a deficit, a negative deviation (also said of it: "avvikelsen är negativ och
// uppgår till …"), lower revenue, higher cost — also said by a verb ("kostnaderna ökar med …"), but not
// of levels ("kostnaderna ökar från 140 till 152 mkr": the effects reader takes their difference).
const NEGATIVE_CUE_RE =
  /negativ(?:a|t)?\s+(?:budget)?avvikelse|(?:avvikelse|resultat|utfall|prognos)[A-Za-zªµºÀ-ÖØ-öø-ɏ]{0,4}(?:\s+[A-Za-zªµºÀ-ÖØ-öø-ɏ-]+){0,3}?\s+(?:ar|blir|blev|var|(?:beraknas|vantas|bedoms)\s+bli)\s+negativ[at]?(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])|budgetunderskott|underskott|negativt\s+(?:resultat|utfall|ekonomiskt\s+resultat)|forsamr[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|budgetoverskridande|kostnadsoverskridande|(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:minskade|minskad|lagre|sankta|uteblivna|forlorade)\s+intakter|(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])intaktsminskning(?:en|ar)?|intaktsbortfall(?:et)?|(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:okade|okad|hogre)\s+kostnader|(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])kostnadsokning(?:en|ar)?|(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])fordyring(?:en|ar)?(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])|(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:okar|hojer)\s+kostnad(?:en|erna)?(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?!\s+(?:fran|till)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ]))|(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])kostnad(?:en|erna)\s+(?:(?:for|inom|av|i|pa)\s+(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+\s+){1,2}?)?(?:okar|hojs|stiger)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?!\s+(?:fran|till)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ]))/gu;
const NEGATIVE_STEM_RE = /avvikelse|underskott|negativ|forsamr|overskridande|intakt|kostnad|fordyr/u;
const MINUS_WORD_RE = /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])minus\s*$/iu;
const POSITIVE_CUE_RE =
  /overskott|positiv(?:a|t)?\s+(?:budget)?avvikelse|positivt\s+(?:resultat|utfall)|(?:okade|okad|hogre)\s+intakter|intaktsokning|(?:minskade|minskad|lagre|sankta)\s+kostnader|kostnadsminskning|besparing|forbattring/gu;
/** Between the cue and the amount: words saying the amount reduces the deficit, not is it. */
const REDUCER_RE = /minsk|forbattr|halver|reducer|lagre(?!t)|(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])vand|eliminer/u;
const MAX_CUE_DISTANCE = 120;
/** Between two figures of one per-year list: the first one's year, then a comma or conjunction (no year:
 * "… 1,1 miljarder, 40 mkr bättre …" is a figure of its own). */
const PER_YEAR_LIST_RE = /^\s*(?:år\s+)?(?:19|20)\d\d\s*(?:,|och|samt|respektive)\s*(?:år\s+)?$/u;
/** "180 MSEK sämre än budget": a deviation stated after the amount. */
const WORSE_AFTER_RE =
  /^(?:\s+(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+\s+){0,2}sämre\s+än(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])|\s*\(\s*negativ[at]?\s*\)|[ \u00A0]+(?:i[ \u00A0]+)?(?:underskott|minskade\s+intäkter|lägre\s+intäkter|intäktsbortfall|ökade\s+kostnader|högre\s+kostnader)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ]))/iu;

interface Candidate {
  numStart: number;
  numEnd: number;
  decimal: string;
  unitKind: MoneyUnit;
  unit: string;
  end: number;
  perYear: boolean;
  /** Set for the lower end of a range "10–15 mkr": no sign may be read from the dash after it. */
  rangeStart?: boolean;
  /** A qualifier inside number words ("en dryg halv miljard"). */
  qualifier?: Qualifier;
}

/**
 * The first letter of every unit in UNIT_PATTERNS in any case, with the letters their case-insensitive
 * Unicode matching also takes (ſ for s, the Kelvin sign for k): a number followed by anything else has no unit.
 */
const UNIT_FIRST_CHARS = 'mMkKtTsS\u017F\u212A';

function matchUnitAt(text: string, pos: number): { unit: MoneyUnit; written: string; end: number } | null {
  GAP_RE.lastIndex = pos;
  const gap = GAP_RE.exec(text);
  const at = pos + (gap ? gap[0].length : 0);
  if (at >= text.length || !UNIT_FIRST_CHARS.includes(text.charAt(at))) return null;
  for (const { re, unit, bareWord } of UNIT_PATTERNS) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) continue;
    const end = at + m[0].length;
    // "milj." and "md." keep their dot; otherwise a dot is the sentence's.
    UNIT_END_RE.lastIndex = end;
    if (!UNIT_END_RE.test(text)) continue;
    const written = m[0];
    if (bareWord && !/\s(?:kronor|kr|sek)$/iu.test(written)) {
      const next = /^\s*([A-Za-zªµºÀ-ÖØ-öø-ɏ]+)/u.exec(text.slice(end, end + 40));
      if (next?.[1] && COUNT_NOUNS.has(foldAccents(next[1]))) return null;
    }
    return { unit, written, end };
  }
  return null;
}

function perYearAt(text: string, pos: number): number {
  PER_YEAR_RE.lastIndex = pos;
  const m = PER_YEAR_RE.exec(text);
  return m ? pos + m[0].length : pos;
}

const YEAR_LIKE_RE = /^(?:19\d\d|20\d\d|2100)$/;
const HEADER_WORD_BEFORE_RE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:budget|utfall|prognos|bokslut|plan|mål|år|helår)\s*$/iu;

const YEAR_BEFORE_RE = /(?:^|[^\d.,])(?:19\d\d|20\d\d|2100)\s+$/u;

/** Whether a year followed by a unit is a table header rather than an amount of 2 024 mkr. */
function yearHeaderBefore(text: string, numStart: number, numEnd: number, unitEnd: number): boolean {
  const before = text.slice(Math.max(0, numStart - 12), numStart);
  if (HEADER_WORD_BEFORE_RE.test(before)) return true;
  // Another year just before it ("2024  2025 Mnkr"), or the unit on the next line.
  if (YEAR_BEFORE_RE.test(before)) return true;
  return text.slice(numEnd, unitEnd).includes('\n');
}

/** Spans that a bare number must not be taken from when defaultUnit applies: dates. */
function dateSpans(text: string): [number, number][] {
  return findDates(text).map((d) => [d.index, d.end]);
}

const PHONE_BEFORE_RE =
  /(?:(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:tel|telefon|tfn|växel|mobil|fax)\.?:?|\+\s?\d{2})[\s\d-]*$/iu;

/** Whether a bare number (no unit) may be money under defaultUnit. */
function bareNumberIsMoney(
  text: string,
  start: number,
  end: number,
  raw: string,
  dates: [number, number][],
): boolean {
  if (YEAR_LIKE_RE.test(raw)) return false;
  // Area codes and number groups of a phone number ("063-14 70 00", "08-123 45 67", "+46 63 …").
  if (/^0\d/.test(raw) || PHONE_BEFORE_RE.test(text.slice(Math.max(0, start - 30), start))) return false;
  if (dates.some(([s, e]) => start < e && end > s)) return false;
  const after = text.slice(end, end + 24);
  // Percent, count nouns or any word after the number: not money ("6 insatser", "4 vårdplatser", "8 timmar").
  if (/^\s*(?:%|‰|[A-Za-zªµºÀ-ÖØ-öø-ɏ])/u.test(after)) return false;
  // Case numbers, fractions, times and dates written with separators.
  if (/^[/:]\d/.test(after)) return false;
  const before = text.slice(Math.max(0, start - 3), start);
  if (/§\s*$/.test(before) || /[/:]$/.test(before)) return false;
  // "1. Förskjutning …", "2) …": list markers at a line start.
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (/^[\s(]*$/.test(text.slice(lineStart, start)) && /^[.)](?:\s|$)/.test(after)) return false;
  return true;
}

function signBefore(text: string, numStart: number): { negative: boolean; plus: boolean; start: number } {
  let i = numStart - 1;
  let spaces = 0;
  while (i >= 0 && isHSpace(text[i]) && spaces < 2) {
    i--;
    spaces++;
  }
  const ch = text[i];
  if (ch !== '+' && !isDash(ch)) {
    // The word "minus" right before the number: "landar på minus 30 mkr".
    const word = MINUS_WORD_RE.exec(text.slice(Math.max(0, numStart - 8), numStart));
    if (word) return { negative: true, plus: false, start: numStart - word[0].length };
    return { negative: false, plus: false, start: numStart };
  }
  // A dash two spaces before the figure is still its minus: a PDF line joins its text runs with two
  // spaces, and a spreadsheet's accounting format sets the minus as a run of its own ("−  2,5 mkr").
  // A dash cell under another year's column is set three spaces apart (extract/money.ts), so the
  // scan above stops at a space and reads no sign.
  // What stands before the sign: a number means a range ("10–15"), a letter a compound ("AI-5").
  // A year is no range start: "Utfall 2023 – 210 mkr" is minus 210.
  let j = i - 1;
  while (j >= 0 && isHSpace(text[j])) j--;
  const prev = text[j];
  if (prev !== undefined && /\d/.test(prev)) {
    const before = /(?<![\d.,])\d+$/.exec(text.slice(Math.max(0, j - 8), j + 1));
    const gapBefore = i - 1 - j;
    const gapAfter = numStart - 1 - i;
    // A range is written symmetrically ("10–15", "10 – 15"). A dash glued to its number after a
    // space ("4,0 -3,2"), or after a column gap of two or more spaces, is the next figure's minus.
    const signOfNext = gapBefore >= 2 || (gapBefore >= 1 && gapAfter === 0);
    if (!signOfNext && !(before && YEAR_LIKE_RE.test(before[0]) && j < i - 1))
      return { negative: false, plus: false, start: numStart };
  }
  if (j === i - 1 && prev !== undefined && /[A-Za-zªµºÀ-ÖØ-öø-ɏ]/u.test(prev)) {
    return { negative: false, plus: false, start: numStart };
  }

  return { negative: ch !== '+', plus: ch === '+', start: i };
}

/** The last word before a dash names a level a minus is written for (folded text). */
const LEVEL_WORD_BEFORE_RE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]*(?:resultat|prognos|avvikelse|utfall|underskott|overskott|budget|netto|saldo|helar|ack|totalt?|summa)[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|pa|om|med|till|blir|ar|var)[.:]?\s*$/u;

/**
 * "Minskad hyrbemanning – 12 mkr lägre kostnad 2025": an en or em dash with one space on each side
 * after a word, before a figure whose own words give its direction (lägre, högre, mindre, mer, …),
 * is punctuation between a title and its figure, not a minus. A minus stands glued to its number
 * ("–12 mkr") or alone in a column ("Primärvård  – 45 mkr").
 */
function dashIsPunctuation(text: string, dashAt: number, numStart: number, end: number): boolean {
  const ch = text[dashAt];
  if (ch !== '\u2013' && ch !== '\u2014') return false;
  if (numStart - dashAt !== 2 || !isHSpace(text[dashAt + 1]) || !isHSpace(text[dashAt - 1])) return false;
  if (!/[A-Za-zªµºÀ-ÖØ-öø-ɏ)]/u.test(text[dashAt - 2] ?? '')) return false;
  // "Stänga sommarvårdplatser tidigare – 3,2 mkr 2026": a figure with its unit and then only its
  // year, ending the line or followed by the next year's figure (", 8 mkr 2027", "och 8 mkr 2027"), after a title that names no level (a result, forecast, deviation or
  // budget is what a minus is written for: "Prognos helår – 12 mkr 2025" stays negative).
  if (
    // The year may stand in parentheses after the unit ("– 3,9 mkr (2026), 5,8 mkr (2027)").
    /^(?:[ \u00A0]+(?:år[ \u00A0]+)?(?:19|20)\d\d|[ \u00A0]*\((?:år[ \u00A0]+)?(?:19|20)\d\d\))[ \u00A0]*(?:[.;]?[ \u00A0]*(?:\n|$)|[ \u00A0]+\p{Lu}|,[ \u00A0]*\d|och[ \u00A0]+\d)/u.test(
      text.slice(end, end + 18),
    ) &&
    !LEVEL_WORD_BEFORE_RE.test(foldAccents(text.slice(Math.max(0, dashAt - 40), dashAt)))
  )
    return true;
  return /^\s+(?:lägre|högre|mindre|mer|minskad[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|ökad[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|besparing[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|i\s+(?:minskade|lägre|ökade|högre))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/iu.test(
    text.slice(end, end + 30),
  );
}

/**
 * "(12,5)" in a table column is minus 12,5 (accountants' negative); the parentheses become part of
 * the figure. Only for bare numbers: "(12 mkr)" in prose is an aside, not a sign.
 */
function accountingParentheses(
  text: string,
  c: Candidate,
): { negative: boolean; plus: boolean; start: number } | null {
  const open = /\(\s?$/u.exec(text.slice(Math.max(0, c.numStart - 2), c.numStart));
  const close = /^\s?\)/u.exec(text.slice(c.end, c.end + 2));
  if (!open || !close) return null;
  c.end += close[0].length;
  return { negative: true, plus: false, start: c.numStart - open[0].length };
}

function qualifierBefore(text: string, pos: number): { qualifier: Qualifier; start: number } | null {
  const window = text.slice(Math.max(0, pos - 24), pos);
  const m = QUALIFIER_RE.exec(window);
  if (!m?.[1]) return null;
  const q = QUALIFIER_MAP[m[1].toLowerCase()];
  if (!q) return null;
  return { qualifier: q, start: pos - window.length + m.index };
}

/** Whether the amount is the object of a deficit word in its clause. */
function negativeByContext(text: string, start: number, end: number, previous: AmountMatch[]): boolean {
  const clause = sentenceAround(text, start, end);
  const from = Math.max(clause.start, start - MAX_CUE_DISTANCE);
  const prefix = foldAccents(text.slice(from, start));
  // Every cue of NEGATIVE_CUE_RE has one of these stems; most clauses have none (one plain test
  // instead of a scan for every cue).
  if (!NEGATIVE_STEM_RE.test(prefix)) return false;
  let lastNeg = -1;
  let lastNegEnd = -1;
  for (const m of prefix.matchAll(NEGATIVE_CUE_RE)) {
    lastNeg = m.index;
    lastNegEnd = m.index + m[0].length;
  }
  if (lastNeg < 0) return false;
  for (const m of prefix.matchAll(POSITIVE_CUE_RE)) if (m.index > lastNeg) return false;
  const between = prefix.slice(lastNegEnd);
  if (REDUCER_RE.test(between)) return false;
  // Another amount between the cue and this one took the cue — unless this one only continues its list
  // of per-year figures ("… med 0,8 mkr 2031 och 1,2 mkr 2032"): the cue's object is each year's figure.
  const cueAbs = from + lastNegEnd;
  const took = previous.filter((p) => p.index >= cueAbs && p.index < start);
  const last = took[took.length - 1];
  if (!last) return true;
  return last.signCue === 'context' && PER_YEAR_LIST_RE.test(text.slice(last.end, start));
}

function collectCandidates(text: string, options: AmountOptions): Candidate[] {
  const out: Candidate[] = [];
  let dates: [number, number][] | null = null;
  NUMBER_RE.lastIndex = 0;
  for (let m = NUMBER_RE.exec(text); m !== null; m = NUMBER_RE.exec(text)) {
    const numStart = m.index;
    const numEnd = numStart + m[0].length;
    let unit = matchUnitAt(text, numEnd);
    if (!unit) {
      MARK_AT_RE.lastIndex = numEnd;
      const mark = MARK_AT_RE.exec(text);
      if (mark) unit = matchUnitAt(text, numEnd + mark[0].length);
    }
    // Glued to a lower-case word: a figure only with its money unit written right after it.
    const glued = numStart > 0 && GLUED_RE.test(text.charAt(numStart - 1));
    if (glued && !MINUS_GLUED_RE.test(text.slice(Math.max(0, numStart - 5), numStart))) {
      if (!unit || unit.end - numEnd > 1 + unit.written.length) continue;
    }
    // Column headers naming a year and its unit: "Budget 2024 mkr", "2023  2024  2025\nMnkr".
    if (unit && YEAR_LIKE_RE.test(m[0]) && yearHeaderBefore(text, numStart, numEnd, unit.end)) unit = null;
    // Parsing the number is the costly part; most numbers on a page (dates, counts) have no unit.
    const decimal =
      unit || options.defaultUnit || isRangeStart(text, numEnd) ? swedishNumberToDecimalString(m[0]) : null;
    if (decimal === null) continue;
    if (unit) {
      const end = perYearAt(text, unit.end);
      out.push({
        numStart,
        numEnd,
        decimal,
        unitKind: unit.unit,
        unit: unit.written,
        end,
        perYear: end > unit.end,
      });
      continue;
    }
    const range = rangeAt(text, numStart, numEnd, m[0], decimal);
    if (range) {
      out.push(range);
      continue;
    }
    if (options.defaultUnit) {
      dates ??= dateSpans(text);
      if (bareNumberIsMoney(text, numStart, numEnd, m[0], dates)) {
        out.push({
          numStart,
          numEnd,
          decimal,
          unitKind: options.defaultUnit,
          unit: '',
          end: numEnd,
          perYear: false,
        });
      }
    }
  }
  return out;
}

const RANGE_SEP_RE = new RegExp(`${SP}*(?:[${DASH_CHARS}]|till|à)${SP}*`, 'iuy');
const MELLAN_OCH_RE = new RegExp(`${SP}+och${SP}+`, 'iuy');

function isRangeStart(text: string, numEnd: number): boolean {
  RANGE_SEP_RE.lastIndex = numEnd;
  if (RANGE_SEP_RE.test(text)) return true;
  MELLAN_OCH_RE.lastIndex = numEnd;
  return MELLAN_OCH_RE.test(text);
}

/** "10–15 mkr", "2 till 3 miljarder", "mellan 10 och 15 mkr": the lower end takes the upper end's unit. */
function rangeAt(
  text: string,
  numStart: number,
  numEnd: number,
  raw: string,
  decimal: string,
): Candidate | null {
  if (YEAR_LIKE_RE.test(raw)) return null;
  RANGE_SEP_RE.lastIndex = numEnd;
  let sep = RANGE_SEP_RE.exec(text);
  if (!sep && /mellan\s+$/iu.test(text.slice(Math.max(0, numStart - 10), numStart))) {
    MELLAN_OCH_RE.lastIndex = numEnd;
    sep = MELLAN_OCH_RE.exec(text);
  }
  if (!sep) return null;
  const secondStart = numEnd + sep[0].length;
  NUMBER_AT_RE.lastIndex = secondStart;
  const second = NUMBER_AT_RE.exec(text);
  if (!second) return null;
  const secondDecimal = swedishNumberToDecimalString(second[0]);
  // "från 210 till 145 mkr" is a change, not a range: its two figures may fall as well as rise.
  const change =
    /^\s*till\s*$/iu.test(sep[0]) &&
    /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])från\s+$/iu.test(text.slice(Math.max(0, numStart - 6), numStart));
  if (secondDecimal === null || (!change && Number(secondDecimal) <= Number(decimal))) return null;
  // Ends more than a thousandfold apart are no range ("Kvartal 1 – 5 961 000 kr": a quarter, an empty
  // cell's dash and a figure; "Nr 2 – 1 490 000 kr"): the first number is not money.
  const [low, high] = [Number(decimal), Number(secondDecimal)].sort((a, b) => a - b) as [number, number];
  if (high > low * 1000) return null;
  const unit = matchUnitAt(text, secondStart + second[0].length);
  if (!unit) return null;
  const end = perYearAt(text, unit.end);
  return {
    numStart,
    numEnd,
    decimal,
    unitKind: unit.unit,
    unit: unit.written,
    end,
    perYear: end > unit.end,
    rangeStart: true,
  };
}

/** "en miljard kronor", "en halv miljard", "två och en halv miljard", "tvåhundrafemtio miljoner kronor". */
function wordCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const u of text.matchAll(MILJ_RE)) {
    const unitPos = u.index;
    // The unit word must start a word ("femmiljonersprojekt" is no amount).
    if (/[A-Za-zªµºÀ-ÖØ-öø-ɏ]/u.test(text[unitPos - 1] ?? '')) continue;
    const windowStart = Math.max(0, unitPos - 60);
    const words = numberWordsBefore(text.slice(windowStart, unitPos));
    if (!words) continue;
    const unit = matchUnitAt(text, unitPos);
    if (!unit || unit.end <= unitPos) continue;
    // Only the spelled-out units: "en mkr" is not a phrase anyone writes.
    if (!/^milj/iu.test(unit.written)) continue;
    const end = perYearAt(text, unit.end);
    out.push({
      numStart: windowStart + words.start,
      numEnd: unitPos,
      decimal: words.decimal,
      unitKind: unit.unit,
      unit: unit.written,
      end,
      perYear: end > unit.end,
      ...(words.qualifier ? { qualifier: words.qualifier } : {}),
    });
  }
  return out;
}

/**
 * Every money amount in `text`, in reading order. Offsets are into `text` as given, so callers
 * can cite `raw` verbatim. Lines may be joined with spaces or newlines; a unit on the next line
 * ("128 \nmkr") still belongs to its number.
 */
export function findAmounts(text: string, options: AmountOptions = {}): AmountMatch[] {
  const candidates = [...collectCandidates(text, options), ...wordCandidates(text)].sort(
    (a, b) => a.numStart - b.numStart,
  );
  const out: AmountMatch[] = [];
  let lastEnd = -1;
  for (const c of candidates) {
    // A word amount overlapping a numeric one (or the second read of the same number).
    if (c.numStart < lastEnd) continue;
    let sign =
      c.unit === ''
        ? (accountingParentheses(text, c) ?? signBefore(text, c.numStart))
        : signBefore(text, c.numStart);
    if (sign.negative && dashIsPunctuation(text, sign.start, c.numStart, c.end)) {
      sign = { negative: false, plus: false, start: c.numStart };
    }
    const q = c.qualifier ? { qualifier: c.qualifier, start: c.numStart } : qualifierBefore(text, sign.start);
    const index = q ? q.start : sign.start;
    let negative = sign.negative;
    let signCue: AmountMatch['signCue'] = negative ? 'minus' : null;
    if (
      !negative &&
      !sign.plus &&
      (negativeByContext(text, index, c.end, out) || WORSE_AFTER_RE.test(text.slice(c.end, c.end + 40)))
    ) {
      negative = true;
      signCue = 'context';
    }
    const value = scaleDecimal(c.decimal, UNIT_EXPONENT[c.unitKind]);
    out.push({
      amountMsek: negative && value !== 0 ? -value : value,
      raw: text.slice(index, c.end),
      index,
      end: c.end,
      qualifier: q ? q.qualifier : null,
      unit: c.unit,
      unitKind: c.unitKind,
      negative: negative && value !== 0,
      signCue: negative && value !== 0 ? signCue : null,
      perYear: c.perYear || ANNUAL_BEFORE_RE.test(text.slice(Math.max(0, index - 40), index)),
    });
    lastEnd = Math.max(lastEnd, c.rangeStart ? c.numEnd : c.end);
  }
  return out;
}

/**
 * The whole (trimmed) string as one amount: a table cell "8,9" under a "Mnkr" header with
 * defaultUnit 'mkr', or "ca 150 mkr". Trailing full stops and bold markers are tolerated.
 */
export function parseAmount(text: string, options: AmountOptions = {}): AmountMatch | null {
  const trimmed = withoutFootnoteMark(
    text
      .replace(/\*\*/g, '')
      .trim()
      .replace(/[.;:]+$/, '')
      .trim(),
  );
  if (!trimmed) return null;
  const matches = findAmounts(trimmed, options);
  if (matches.length !== 1) return null;
  const m = matches[0];
  if (m?.index !== 0 || m.end !== trimmed.length) return null;
  return m;
}

const HEADER_UNITS: [RegExp, MoneyUnit][] = [
  [/(?<![a-z])(?:tkr|kkr|tsek|ksek|tusentals?|tusen(?:\s+svenska)?\s+(?:kronor|kr|sek))(?![a-z])/u, 'tkr'],
  [/(?<![a-z])(?:mdkr|md\.?\s?kr|mdr|mrd|miljarder|miljard)(?![a-z])/u, 'mdkr'],
  [/(?<![a-z])(?:mnkr|mkr|msek|mn\.?\s?kr|mn\s?sek|milj\.?(?:\s?kr)?|miljoner|miljon|mio)(?![a-z])/u, 'mkr'],
  [/(?<![a-z])(?:kronor|kr|sek)(?![a-z])/u, 'sek'],
];

/**
 * The money unit a table header states: "Mnkr", "Mål, ekonomisk effekt Mnkr", "2023 (Mkr)",
 * "tkr", "Belopp i tusen kronor" or "i tusentals kronor" (→ 'tkr'), "Belopp, kr" (→ 'sek'). Null when it
 * states none.
 */
export function unitFromHeader(header: string): MoneyUnit | null {
  const folded = foldAccents(header);
  for (const [re, unit] of HEADER_UNITS) if (re.test(folded)) return unit;
  return null;
}

/**
 * A clause folded and its amounts, for yearNear: the figures of one clause (and of its line) ask for the
 * same clause one after another. A few recent clauses are kept; the matches are only read, never changed.
 */
const clauseReadings = new Map<string, { folded: string; amounts: AmountMatch[] }>();
function clauseReading(text: string): { folded: string; amounts: AmountMatch[] } {
  let reading = clauseReadings.get(text);
  if (!reading) {
    if (clauseReadings.size >= 32) clauseReadings.clear();
    reading = { folded: foldAccents(text), amounts: findAmounts(text) };
    clauseReadings.set(text, reading);
  }
  return reading;
}

// A superscript after the year is a footnote mark ("2027²"), not a further digit: `\p{Nd}` only.
const YEAR_IN_CLAUSE_RE = /(?<![\p{N}.,/\-–])(19\d{2}|20\d{2}|2100)(?![\p{Nd}]|\s?[-–]\s?\d|\/)/gu;
const MONTH_BEFORE_RE =
  /(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|okt|nov|dec)\.?\s+$/u;
const BASELINE_BEFORE_RE =
  /(?:an|jamfort\s+med(?:\s+ar)?|jmf\.?(?:\s+med)?|mot|sedan|fran|i\s+forhallande\s+till)\s+$/u;

/**
 * A fiscal year (1990–2100) stated in the same clause as the amount: "58 miljoner kronor 2024"
 * → 2024, "för år 2023 till 355 mkr" → 2023, "Kostnad 2022 ack dec: 268 mkr" → 2022. The
 * nearest year wins; years of comparison ("än 2023", "jämfört med 2022"), of dates and of
 * ranges ("2025–2030") only count when nothing else is there. Null when no year is stated.
 * `othersYears: 'skip'` (a part of the sentence, such as one line of it, is read) drops a year that
 * stands right after another amount instead of only ranking it last.
 */
export function yearNear(
  text: string,
  match: AmountMatch,
  options: { othersYears?: 'penalise' | 'skip' } = {},
): number | null {
  const clause = sentenceAround(text, match.index, match.end);
  const { folded, amounts } = clauseReading(clause.text);
  // Other amounts of the clause, in the clause's own offsets.
  const others = amounts.filter((a) => clause.start + a.index !== match.index);
  let best: { year: number; score: number } | null = null;
  for (const m of folded.matchAll(YEAR_IN_CLAUSE_RE)) {
    const abs = clause.start + m.index;
    const absEnd = abs + m[0].length;
    if (abs < match.end && absEnd > match.index) continue;
    const year = Number(m[1]);
    if (year < 1990 || year > 2100) continue;
    const after = folded.slice(m.index + m[0].length, m.index + m[0].length + 12);
    // The year is itself an amount ("2024 mkr") or a range start ("2025–2030").
    if (matchUnitAt(clause.text, m.index + m[0].length)) continue;
    if (/^\s?[-–]\s?\d/.test(after)) continue;
    const before = folded.slice(Math.max(0, m.index - 30), m.index);
    if (/\d\s?[-–]\s?$/.test(before)) continue;
    const distance = abs >= match.end ? abs - match.end : match.index - absEnd;
    let score = distance;
    if (MONTH_BEFORE_RE.test(before)) score += 1000;
    if (BASELINE_BEFORE_RE.test(before)) score += 500;
    // A line break between them: usually another table row or statement.
    const lo = Math.min(abs, match.index);
    const hi = Math.max(absEnd, match.end);
    score += 40 * (text.slice(lo, hi).match(/\n/g)?.length ?? 0);
    // "68 miljoner kronor under 2023 och 186 miljoner kronor …": a year right after another
    // amount (no amount between them) is that amount's.
    const ownEnd = match.end - clause.start;
    let nearestEndBefore = ownEnd <= m.index ? ownEnd : -1;
    let nearestIsOther = false;
    for (const o of others) {
      if (o.end <= m.index && o.end > nearestEndBefore) {
        nearestEndBefore = o.end;
        nearestIsOther = true;
      }
    }
    // …unless the year is a label for what follows ("2025: 8,9 mkr").
    const labelsNext = /^\s*:/.test(after);
    if (
      nearestIsOther &&
      !labelsNext &&
      m.index - nearestEndBefore <= 30 &&
      !clause.text.slice(nearestEndBefore, m.index).includes('\n')
    ) {
      // Read on a part of the sentence (one line of it), the year of another amount is no answer: the
      // whole sentence may hold this amount's own.
      if (options.othersYears === 'skip') continue;
      score += 300;
    }
    if (!best || score < best.score) best = { year, score };
  }
  return best ? best.year : null;
}
