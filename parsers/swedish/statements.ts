/**
 * Statements of amounts per year in running text, as effect lines and stated totals word them:
 *   "Ekonomisk effekt: 2025: 3,0 mkr, 2026: 4,5 mkr", "Effekt 2025: 3,0 mkr; 2026: 4,5 mkr",
 *   "Effekten beräknas till 11,2 Mkr 2024 och 18,1 Mkr 2025", "Förväntad besparing: 23,6 mnkr (2025)",
 *   "Total besparing 12 mnkr 2025", "Sammantaget beräknas åtgärderna ge 45,2 mkr 2024 och 77,5 mkr 2025",
 *   "Tillsammans ger förslagen en besparing på 30 mkr år 2026".
 *
 * Grammar, not phrases: an amount takes its year from a label before it ("2025: 3 mkr", "år 2025 =
 * 3 mkr"), a year right after it ("3 mkr 2025", "3 mkr (2025)", "3 mkr år 2025", "3 mkr under 2025"),
 * a year standing right before it ("2025 3 mkr och 2026 4 mkr"), the year of the statement's lead ("Effekt 2026: 12 mnkr"), or the nearest year of its sentence.
 * A total is a sentence with a total word — a noun or adjective of summing (total, summa,
 * sammanlagd, sammantaget, tillsammans, samlad, i sin helhet, sammanräknat …) — and amounts by year.
 *
 * A writer that loses the space or colon between a year and a figure ("effekt 20249 mkr" for
 * "effekt 2024: 9 mkr") leaves a number that begins with one of the paper's years; where the
 * grammar expects a year, it is split and the split is reported, so the caller can warn.
 */
import { type AmountMatch, findAmounts, yearNear } from './amounts.ts';
import { foldAccents } from './text.ts';

const YEAR_SRC = '((?:19|20)\\d{2})';
/** "2025: ", "år 2025: ", "2025 = " right before the amount. */
const LABEL_BEFORE_RE = new RegExp(`(?<![\\p{N}])${YEAR_SRC}\\s*[:=]\\s*$`, 'u');
/**
 * "3 mkr 2025", "3 mkr (2025)", "3 mkr år 2025", "3 mkr under 2025", "3 mkr för 2025" — not "3 mkr 2025: 4 mkr".
 * A footnote mark after the year ("3 mkr 2025²") ends the year: only a decimal digit goes on a number.
 */
const YEAR_AFTER_RE = new RegExp(
  `^\\s*(?:(?:ar|under|for|i)\\s+|\\(\\s*(?:ar\\s+)?)?${YEAR_SRC}(?![\\p{Nd}])(?!\\s*[:=])(?!\\s*[-–]\\s*\\d)`,
  'u',
);
/** "2025 23,8 mkr och 2026 30,6 mkr": a year, then only space, then the figure. */
const YEAR_BEFORE_RE = new RegExp(`(?<![\\p{N}\\u2010-\\u2015\\u2212-])${YEAR_SRC}\\s+$`, 'u');
/** The year a statement's lead names for what follows: "Effekt 2026: 12 mnkr", "Besparing år 2025 – 4 mkr". */
const LEAD_YEAR_RE = new RegExp(
  `^[^.!?\\d]{0,60}?(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:effekt[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|besparing[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|total[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|summa)\\s+(?:ar\\s+)?${YEAR_SRC}(?![\\p{N}])`,
  'iu',
);
/** Words before a figure that expect a year next: "effekt 2024", "besparing år 2025", "under 2025". */
const EXPECTS_YEAR_RE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:effekt[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|besparing[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|helårseffekt[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|år|under|fr\.?o\.?m\.?|från|till\s+och\s+med|t\.o\.m\.?)\s*$/iu;

export interface YearAmount {
  /** The year the grammar gives it; null when the statement names none. */
  year: number | null;
  /** Signed as written, in million SEK. */
  amountMsek: number;
  /** The figure as the text writes it (after a split year: its figure part). */
  raw: string;
  index: number;
  end: number;
  /** How the year was found: a label or a year after the figure is sure; "near" is a guess. */
  yearBy: 'label' | 'after' | 'before' | 'lead' | 'near' | 'run-together' | null;
  /** The figure began with a year run together with it ("20249 mkr"); it was split. */
  runTogether: boolean;
}

/**
 * A figure that begins with one of `years` followed directly by more digits ("20249 mkr"), standing
 * where a year is expected ("effekt 20249 mkr"): the year and the amount it hides. Null when the
 * figure is an ordinary number (it has thousands separators or decimals, its head is no known year,
 * or nothing before it asks for a year).
 */
export function runTogetherYear(
  text: string,
  amount: AmountMatch,
  years: readonly number[],
): { year: number; amount: AmountMatch } | null {
  if (years.length === 0) return null;
  const number = /^([-−–]?\s*)(\d{5,7})(?:,(\d+))?(?=\s|$|[A-Za-zªµºÀ-ÖØ-öø-ɏ])/u.exec(amount.raw);
  if (!number?.[2]) return null;
  const digits = number[2];
  const year = Number(digits.slice(0, 4));
  if (!years.includes(year)) return null;
  if (!EXPECTS_YEAR_RE.test(text.slice(Math.max(0, amount.index - 30), amount.index))) return null;
  const rest = `${digits.slice(4)}${number[3] ? `.${number[3]}` : ''}`;
  const scale = amount.amountMsek / Number(`${digits}${number[3] ? `.${number[3]}` : ''}`);
  const offset = (number[1]?.length ?? 0) + 4;
  return {
    year,
    amount: {
      ...amount,
      amountMsek: Number(rest) * scale,
      raw: amount.raw.slice(offset),
      index: amount.index + offset,
    },
  };
}

/** Every amount of a statement with the year the grammar gives it, in reading order. */
export function amountsByYear(text: string, options: { years?: readonly number[] } = {}): YearAmount[] {
  const out: YearAmount[] = [];
  const folded = foldAccents(text);
  const lead = LEAD_YEAR_RE.exec(folded);
  for (const found of findAmounts(text)) {
    if (found.amountMsek === 0) continue;
    const split = runTogetherYear(text, found, options.years ?? []);
    const amount = split?.amount ?? found;
    let year: number | null = null;
    let yearBy: YearAmount['yearBy'] = null;
    const label = LABEL_BEFORE_RE.exec(folded.slice(Math.max(0, found.index - 14), found.index));
    const after = YEAR_AFTER_RE.exec(folded.slice(amount.end, amount.end + 16));
    const before = YEAR_BEFORE_RE.exec(folded.slice(Math.max(0, amount.index - 12), amount.index));
    if (split) {
      year = split.year;
      yearBy = 'run-together';
    } else if (label?.[1]) {
      year = Number(label[1]);
      yearBy = 'label';
    } else if (after?.[1]) {
      year = Number(after[1]);
      yearBy = 'after';
    } else if (before?.[1]) {
      year = Number(before[1]);
      yearBy = 'before';
    } else if (lead?.[1] && lead.index + lead[0].length <= amount.index) {
      year = Number(lead[1]);
      yearBy = 'lead';
    } else {
      year = yearNear(text, amount);
      yearBy = year === null ? null : 'near';
    }
    out.push({
      year,
      amountMsek: amount.amountMsek,
      raw: amount.raw,
      index: amount.index,
      end: amount.end,
      yearBy,
      runTogether: split !== null,
    });
  }
  return out;
}

/** Sentences of a text with their offsets: a full stop, "!" or "?" followed by a space ends one. */
export function sentencesOf(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let start = 0;
  // "t.ex. Region", "ca. 3 mkr": an abbreviation's dot before a lower-case word or digit ends nothing.
  for (const m of text.matchAll(/[.!?](?=\s+[\p{Lu}"”(]|\s*$)/gu)) {
    const end = m.index + 1;
    const piece = text.slice(start, end);
    if (piece.trim())
      out.push({ text: piece.trim(), start: start + (piece.length - piece.trimStart().length) });
    start = end;
  }
  const tail = text.slice(start);
  if (tail.trim()) out.push({ text: tail.trim(), start: start + (tail.length - tail.trimStart().length) });
  return out;
}

/**
 * The nouns and adjectives of summing: "Totalt", "total effekt", "summa", "sammanlagd/sammanlagt",
 * "sammantaget", "sammanräknat", "tillsammans", "samlad effekt", "i sin helhet", "allt som allt",
 * "totalsumma". Matched on folded text.
 */
const TOTAL_WORD_RE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:total[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|summa[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|summerat|sammanlag[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|sammantag[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|sammanrakna[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|tillsammans|samlad[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|i\s+sin\s+helhet|allt\s+som\s+allt|sammataget)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/** "Totalt minskade kostnaderna med …" speaks of a sum; "den totala budgetramen 2024 uppgår till …" of something else. */
const NOT_A_SUM_RE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:budget[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|ram[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|omslutning[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|underskott[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|overskott[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|resultat[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|utfall[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|prognos[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|avvikelse[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|kostnadsutveckling[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|nettokostnad[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|bruttokostnad[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/** A finite verb of change after a total word (folded): "förbättrar", "minskar", "sänker", "ger", "beräknas". */
const FINITE_VERB_RE =
  /^(?:forbattra|forsamra|minska|sanka|oka|hoja|reducera|paverka|starka|beraknas|bedoms|vantas|forvantas|ger|gav|gor)(?:r|de|t|s)?$/u;
/** What a total of measures sums: the measures, their effect or saving. */
const SUMS_MEASURES_RE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:atgard[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|insats[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|forslag[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|aktivitet[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|effekt[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|helarseffekt[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|besparing[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|inbesparing[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|kostnadsminskning[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|kostnadsreducering[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|sparbeting[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|effektivisering[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|intaktsokning[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|forstarkning[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

export function hasTotalWord(sentence: string): boolean {
  return TOTAL_WORD_RE.test(foldAccents(sentence));
}

/**
 * A sentence that states the total of measures, with its amounts by year: a total word, words
 * about measures or their effect (or `afterMeasures`: the sentence follows the list directly), no
 * budget or result it could be the total of instead, and at least one amount. Years may be null
 * (the caller knows the list's year).
 */
export function statedTotal(
  sentence: string,
  options: { years?: readonly number[]; afterMeasures?: boolean } = {},
): YearAmount[] | null {
  const folded = foldAccents(sentence);
  const word = TOTAL_WORD_RE.exec(folded);
  if (!word) return null;
  if (!SUMS_MEASURES_RE.test(folded) && !options.afterMeasures) return null;
  // "Den totala budgetramen …", "Totalt underskott …": the total word sums something else (a noun
  // right after it); "tillsammans förbättrar åtgärderna resultatet med …" is still a sum of measures.
  // A verb right after the total word makes it an adverb ("sammantaget förbättrar resultatet med …"):
  // the noun after the verb is what the sum changes, not what is summed.
  const [first = '', second = ''] = folded
    .slice(word.index + word[0].length)
    .split(/\s+/)
    .filter(Boolean);
  if (NOT_A_SUM_RE.test(first)) return null;
  if (NOT_A_SUM_RE.test(second) && !FINITE_VERB_RE.test(first)) return null;
  const amounts = amountsByYear(sentence, options);
  if (amounts.length === 0) return null;
  // "Totalt 3 av de 12 åtgärderna ger 4 mkr" is no total; a total is about all of them.
  if (
    /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:varav|darav|av\s+dessa)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u.test(
      folded.slice(0, amounts[0]?.index ?? 0),
    )
  )
    return null;
  return amounts;
}

/** Words that lead an effect statement: "Effekt …", "Beräknad besparing …", "… beräknas ge …". */
const EFFECT_LEAD_RE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:effekt[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|helarseffekt[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|nettoeffekt[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|resultateffekt[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|besparing[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|inbesparing[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|kostnadsminskning[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|kostnadsreducering[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|intaktsokning[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|merintakt[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|(?:beraknas|bedoms|forvantas|vantas|uppskattas|antas|kalkyleras)\s+(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+\s+){0,3}?(?:ge|till|uppga|minska|spara|sanka|oka|medfora|innebara|leda))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

/** Whether a sentence has a word that leads an effect statement ("besparing", "beräknas minska"). */
export function hasEffectLead(sentence: string): boolean {
  return EFFECT_LEAD_RE.test(foldAccents(sentence));
}

/** Whether a sentence states an effect by year: an effect lead and an amount whose year the grammar gives. */
export function isEffectStatement(sentence: string, years: readonly number[] = []): boolean {
  if (!EFFECT_LEAD_RE.test(foldAccents(sentence))) return false;
  return amountsByYear(sentence, { years }).some((a) => a.yearBy !== null && a.yearBy !== 'near');
}
