/**
 * The effect of a measure as list items and measure sections word it:
 *   "… 50 mkr mindre 2024 än 2023", "… lägre kostnad 2026 jämfört med 2025",
 *   "… högre intäkter med 3 mkr från 2025", "… minskar kostnaderna med 6 mkr per år",
 *   "(effekt 2025: 2,5 mkr)", "Beräknad effekt: 4,5 mkr 2025 och 9 mkr 2026".
 *
 * Grammar, not phrases: each amount takes its year from a label before it ("2025: 2,5 mkr"), a
 * comparison of two years ("mindre/lägre/högre … 2024 än/jämfört med 2023"), "från (och med) 2025",
 * the year nearest in its clause, or, for an amount per year, every year of a stated period
 * ("6 mkr per år 2025–2028"). Its direction comes from the pair of a money noun (kostnad, intäkt,
 * avgift) and a direction word (minska, lägre, öka, högre) nearest to it, or a compound
 * ("kostnadsminskning", "intäktsbortfall"). An effect that worsens the result — higher cost, lower
 * revenue — is negative and typed cost_increase / revenue_decrease; a saving or added revenue is
 * positive.
 */

import { roundMsek } from '../reconcile.ts';
import type { Effect, EffectType, MeasureCategory } from '../schema.ts';
import { type AmountMatch, findAmounts, unitFromHeader, yearNear } from './amounts.ts';
import { runTogetherYear } from './statements.ts';
import { foldAccents, sentenceAround } from './text.ts';

const YEAR = '((?:19|20)\\d{2})';
const DASH = '[-\\u2010-\\u2015\\u2212]';

/** "mindre 2024 än 2023", "lägre kostnad 2026 jämfört med 2025", "högre intäkter år 2025 mot år 2024". */
// The comparative may stand before the years ("mindre 2024 än 2023") or before the amount
// ("lägre kostnader … 10 mkr 2025 jämfört med 2024"): the pair of years is what matters.
const COMPARISON_RE = new RegExp(
  `(?:(?:mindre|lagre|mer|hogre|minskning|okning|battre|samre)(?:\\s+(?:kostnad(?:er)?|intakt(?:er)?|resultat))?\\s+)?(?<![\\p{N}])(?:ar\\s+)?${YEAR}\\s+(?:an|jamfort\\s+med|jmf\\.?\\s+med|mot|i\\s+forhallande\\s+till)\\s+(?:ar\\s+)?${YEAR}`,
  'gu',
);
/** "från 2025", "fr.o.m. 2025", "från och med 2025", "med start 2025". */
const FROM_YEAR_RE = new RegExp(
  `(?:fran(?:\\s+och\\s+med)?|fr\\.?\\s?o\\.?\\s?m\\.?|med\\s+start(?:\\s+ar)?)\\s+(?:ar\\s+)?${YEAR}(?!\\s*${DASH}\\s*\\d)`,
  'gu',
);
/** "netto 1,2 mkr", "netto ca 1,2 mkr", "nettoeffekt på 1,2 mkr" right before a figure. */
const NET_BEFORE_RE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])netto(?:effekt(?:en)?\s+(?:pa|om|av))?\s+(?:ca\.?\s+|cirka\s+)?$/u;
/** After a year: "2027 och framåt", "2027 och därefter", "2027 och senare", "2027 framöver". */
const ONWARD_RE =
  /^\s*(?:och\s+)?(?:framat|framover|darefter|senare|alla\s+foljande\s+ar)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/**
 * The paper's own period named as such ("under planperioden", "varje år under perioden", "under
 * budgetperiodens samtliga år"): a figure per year in a clause that names no year holds for each of them.
 */
const WHOLE_PERIOD_RE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:under|for|i)\s+(?:hela\s+|samtliga\s+ar\s+(?:i|under)\s+)?(?:plan|budget|verksamhets)?perioden?s?(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/** "därefter", "sedan", "åren därefter" right before a figure: the years after the one named before it. */
const THEREAFTER_RE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:darefter|sedan|aren\s+darefter|for\s+aren\s+darefter)\s+(?:med\s+|till\s+|ca\s+|cirka\s+)?$/u;
/** "2025: 2,5 mkr", "effekt 2026: 12 mnkr", "2025 – 4 mkr" is not a label (a minus or a range). */
const LABEL_BEFORE_RE = new RegExp(`${YEAR}\\s*:\\s*$`, 'u');
/** "0,5 mkr 2025", "0,5 mkr (2025)", "0,5 mkr år/under 2025" — not "0,5 mkr 2025: 1 mkr" nor a period "2025–2027". */
const YEAR_AFTER_RE = new RegExp(
  `^\\s*(?:(?:ar|under|for|i)\\s+|\\(\\s*(?:ar\\s+)?)?${YEAR}(?![\\p{N}])(?!\\s*[:=])(?!\\s*${DASH}\\s*\\d)`,
  'u',
);
/**
 * "2025 −1,2 mkr": a year, then only space, then the figure (its sign belongs to the figure); or the year
 * then "med"/"på" ("… fullt genomslag 2028 med 2,5 mkr", "minskar 2027 med 3 mkr").
 */
const YEAR_BEFORE_RE = new RegExp(
  `(?<![\\p{N}\\u2010-\\u2015\\u2212-])${YEAR}\\s+(?:(?:med|pa)\\s+(?:ca\\.?\\s+|cirka\\s+)?)?$`,
  'u',
);
type YearBy = 'label' | 'comparison' | 'period' | 'after' | 'before' | 'from' | 'near' | 'fallback';
const PERIOD_RE = new RegExp(`(?<![\\p{N}])${YEAR}\\s*(?:${DASH}|till)\\s*${YEAR}(?![\\p{N}])`, 'gu');

type Noun = 'cost' | 'revenue';
type Direction = 'down' | 'up';

/**
 * A money noun, alone or as the head of a compound ("personalkostnaderna", "biljettintäkter",
 * "patientavgifter"): Swedish puts the head last, so what the compound names is still a cost or an income.
 */
const NOUN_RE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])[A-Za-zªµºÀ-ÖØ-öø-ɏ]{0,24}?(kostnad|utgift|intakt|avgift)[A-Za-zªµºÀ-ÖØ-öø-ɏ]*/gu;
const DOWN_RE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:minsk[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|lagre|mindre|sank[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|reducer[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|uteblivna|forlorade|bortfall[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|tapp[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/gu;
const UP_RE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:ok(?:a|ar|ade|ad|at|ning[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)|hogre|mer|hoj[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|stig[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|steg)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/gu;
/** Compounds that carry noun and direction in one word. */
const COMPOUNDS: [RegExp, Noun, Direction][] = [
  [/kostnadsminskning|kostnadsreduktion|kostnadssankning|besparing|inbesparing/u, 'cost', 'down'],
  [/kostnadsokning|merkostnad|kostnadsoverskridande|fordyring/u, 'cost', 'up'],
  [/intaktsokning|merintakt|intaktsforstarkning|okade\s+intakter/u, 'revenue', 'up'],
  [/intaktsminskning|intaktsbortfall/u, 'revenue', 'down'],
];

/**
 * "förbättrar resultatet med", "stärker nämndens resultat med": a measure's effect as what it does
 * to the result (an improvement, so the figure stays positive). Worsening verbs are left out: their
 * figure would need its sign turned, which the cue grammar does not do.
 */
const IMPROVES_RESULT_RE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:forbattr|stark)[A-Za-zªµºÀ-ÖØ-öø-ɏ]*\s+(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+\s+){0,2}?(?:resultat|utfall|ekonomi)[A-Za-zªµºÀ-ÖØ-öø-ɏ]*\s+(?:med|om)\s/u;

/** COMPOUNDS to scan a whole clause with (built once, not per clause). */
const COMPOUNDS_GLOBAL: [RegExp, Noun, Direction][] = COMPOUNDS.map(([re, noun, direction]) => [
  new RegExp(re.source, 'gu'),
  noun,
  direction,
]);
/** Two words or fewer between spaces (what trim/split counted, without the arrays). */
const AT_MOST_TWO_WORDS_RE = /^\s*(?:\S+(?:\s+\S+)?)?\s*$/u;
/** COMPARISON_RE without its g flag, for a plain test. */
const COMPARISON_TEST_RE = new RegExp(COMPARISON_RE.source, 'u');

interface Cue {
  noun: Noun;
  direction: Direction;
  index: number;
}

/** Every noun–direction pair of a folded clause: a direction word within two words of a money noun. */
function cuesIn(folded: string): Cue[] {
  const cues: Cue[] = [];
  const directions = [
    ...[...folded.matchAll(DOWN_RE)].map((m) => ({
      d: 'down' as const,
      index: m.index,
      end: m.index + m[0].length,
    })),
    ...[...folded.matchAll(UP_RE)].map((m) => ({
      d: 'up' as const,
      index: m.index,
      end: m.index + m[0].length,
    })),
  ];
  for (const n of folded.matchAll(NOUN_RE)) {
    const word = n[0];
    const noun: Noun = n[1] === 'intakt' || n[1] === 'avgift' ? 'revenue' : 'cost';
    const nEnd = n.index + word.length;
    // The compound carries its own direction: "kostnadsminskning", "intäktsökning".
    // From the money noun on: "avbokningsavgift" holds "okning" before its noun, no direction.
    const inner = /(minsk|sank|reducer|bortfall)|(okning|hojning)/u.exec(
      word.slice(word.indexOf(n[1] ?? '')),
    );
    if (inner) {
      cues.push({ noun, direction: inner[1] ? 'down' : 'up', index: n.index });
      continue;
    }
    let best: { d: Direction; distance: number } | null = null;
    // A compound's head ("läkemedelskostnaderna") with a past-tense verb after it ("… ökade med 71 mkr")
    // reports what happened; before it ("ökade biljettintäkter") or in the present it words a change.
    const compound = word.indexOf(n[1] ?? '') > 0;
    for (const d of directions) {
      const between = d.end <= n.index ? folded.slice(d.end, n.index) : folded.slice(nEnd, d.index);
      if (d.index < nEnd && d.end > n.index) continue;
      if (
        compound &&
        d.index >= nEnd &&
        /(?:ade|ades|te|tes|de|des|steg|sjonk)$/u.test(folded.slice(d.index, d.end))
      )
        continue;
      // Within two words, in the same clause.
      if (/[.;:]/.test(between) || !AT_MOST_TWO_WORDS_RE.test(between)) continue;
      // "avgift för uteblivna besök": an adjective right after a preposition qualifies the preposition's
      // noun (the visits), not the money noun before it ("kostnaden för tolkar ökar" still pairs).
      if (
        d.index >= nEnd &&
        /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:for|av|vid|inom|till|fran|pa|om|i)\s*$/u.test(between)
      )
        continue;
      const distance = between.length;
      if (!best || distance < best.distance) best = { d: d.d, distance };
    }
    if (best) cues.push({ noun, direction: best.d, index: n.index });
  }
  for (const [re, noun, direction] of COMPOUNDS_GLOBAL) {
    re.lastIndex = 0;
    for (let m = re.exec(folded); m !== null; m = re.exec(folded))
      cues.push({ noun, direction, index: m.index });
  }
  return cues;
}

function typeOf(cue: Cue | null, category: MeasureCategory | undefined, folded: string): EffectType {
  if (cue) {
    if (cue.noun === 'cost') return cue.direction === 'down' ? 'cost_reduction' : 'cost_increase';
    return cue.direction === 'up' ? 'revenue_increase' : 'revenue_decrease';
  }
  if (category === 'revenue') return 'revenue_increase';
  if (/besparing|spar|mindre|lagre|effektiviser|minsk|sank|reducer/u.test(folded)) return 'cost_reduction';
  return 'unspecified';
}

/** "Effekt (mnkr):", "Besparing (tkr):": a unit in parentheses that a colon hands to the figures after it. */
const UNIT_LABEL_RE = /\(\s*([A-Za-zªµºÀ-ÖØ-öø-ɏ .]{2,20})\s*\)\s*:/u;

/**
 * The amounts of a text, and where a label states the unit for what follows ("Effekt (mnkr): 2025 1,5 /
 * 2026 3,0"), the bare figures after it in that unit — as a table header's unit counts for its column.
 */
export function amountsWithStatedUnit(text: string): AmountMatch[] {
  const found = findAmounts(text);
  const label = UNIT_LABEL_RE.exec(text);
  const unit = label?.[1] ? unitFromHeader(label[1]) : null;
  if (!label || !unit) return found;
  const from = label.index + label[0].length;
  if (found.some((a) => a.index >= from)) return found;
  const tail = findAmounts(text.slice(from), { defaultUnit: unit }).map((a) => ({
    ...a,
    index: a.index + from,
    end: a.end + from,
  }));
  return [...found, ...tail];
}

const EFFECT_SUBJECT_RE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:(?:hel|halv)ars)?effekt(?:en|erna)?\s+(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+\s+)?(?:ar|blir|beraknas|bedoms|uppskattas|uppgar)\s+(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+\s+)?(?:till\s+)?(?:ca\s+|cirka\s+)?[-\u2212]?\d/u;

/**
 * The measure itself as the subject of "ge" with a figure: "Åtgärden ger 0,8 mkr 2026", "Insatsen
 * beräknas ge ca 1,2 mkr", "Förändringen väntas ge en besparing på 2 mkr".
 */
const MEASURE_GIVES_RE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:atgarden|insatsen|forandringen|forslaget|projektet)\s+(?:(?:beraknas|bedoms|vantas|forvantas|uppskattas|kommer\s+att)\s+)?ger?\s+(?:en\s+[A-Za-zªµºÀ-ÖØ-öø-ɏ]+\s+(?:pa|om)\s+)?(?:ca\s+|cirka\s+)?[-\u2212]?\d/u;

/** Whether the text words a measure's effect (so a list item with an amount is a measure). */
export function isEffectWording(text: string): boolean {
  const folded = foldAccents(text);
  if (COMPARISON_TEST_RE.test(folded)) return true;
  if (IMPROVES_RESULT_RE.test(folded)) return true;
  if (/(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])effekt(?:en)?\s*(?:(?:19|20)\d{2})?\s*:/u.test(folded)) return true;
  // "Helårseffekten är 1,8 mkr från 2027", "effekten beräknas till 0,9 mkr": an effect noun as the subject
  // of a verb that states its size.
  if (EFFECT_SUBJECT_RE.test(folded)) return true;
  if (MEASURE_GIVES_RE.test(folded)) return true;
  return cuesIn(folded).length > 0;
}

export interface EffectOptions {
  /** Year when the wording states none (the list's heading, the paper's one fiscal year). */
  fallbackYear: number | null;
  category?: MeasureCategory;
  /** The paper's years: a figure that begins with one of them where a year is expected ("effekt 20249 mkr") is split. */
  years?: readonly number[];
  /** Told why a figure's year or sign is a guess (the caller warns on the effect's page). */
  onDoubt?: (reason: string) => void;
}

/**
 * The effects the text states, one per year (the first statement of a year wins), in million SEK,
 * signed by what they do to the result.
 */
export function effectsFromWording(text: string, options: EffectOptions): Effect[] {
  const splitYears = new Map<number, number>();
  const amounts = amountsWithStatedUnit(text)
    .map((a) => {
      const split = runTogetherYear(text, a, options.years ?? []);
      if (split) splitYears.set(split.amount.index, split.year);
      return split?.amount ?? a;
    })
    .filter((a) => a.amountMsek !== 0);
  const folded = foldAccents(text);
  const pairs = beforeAfterPairs(folded, amounts);
  for (const pair of pairs) {
    const [from, to] = pair;
    amounts.splice(amounts.indexOf(from), 2, {
      ...to,
      index: from.index,
      // "från 14,2 till 11,8 mkr": the raw text keeps "från", so that it reads as a change, not a range.
      raw: text.slice(folded.lastIndexOf('fran', from.index), to.end),
      // A unit-less first figure read as a range start already carries the second one's unit.
      // Rounded to the kronor the figures can carry: 14,2 − 11,8 is 2,4, not 2,3999999999999986.
      amountMsek: roundMsek(from.amountMsek - to.amountMsek),
    });
    options.onDoubt?.(
      `"${text.slice(from.index, to.end)}": a level before and after, read as the change between them`,
    );
  }
  const out: Effect[] = [];
  // "(2026: −0,4 mkr, 2027: 6,4 mkr)": where the figures of one item differ in written sign, the
  // minus tells the years apart and is kept; a lone "-3 mkr" in a savings list is only a size.
  // A dash with a space on either side right after a word ("Byte till biosimilarer – 8,8 mkr 2025,
  // 3,7 mkr 2026") may part the title from its figures as well as be a minus: it tells no years apart.
  // The amount grammar may already have read such a dash as punctuation (the figure then stands
  // after it unsigned): the doubt is told all the same.
  const separatorDash = (a: AmountMatch) =>
    (a.amountMsek < 0 &&
      /^[-\u2010-\u2015\u2212]\s/u.test(a.raw) &&
      /[A-Za-zªµºÀ-ÖØ-öø-ɏ][)]?\s$/u.test(text.slice(Math.max(0, a.index - 3), a.index))) ||
    (a.amountMsek > 0 &&
      /[A-Za-zªµºÀ-ÖØ-öø-ɏ][)]?\s[\u2013\u2014]\s$/u.test(text.slice(Math.max(0, a.index - 5), a.index)));
  for (const a of amounts)
    if (separatorDash(a))
      options.onDoubt?.(
        `"${text.slice(Math.max(0, a.index - 20), a.end)}": a dash after a word, read as a separator, not a minus`,
      );
  const mixedSigns =
    amounts.some((a) => a.amountMsek < 0 && !separatorDash(a)) && amounts.some((a) => a.amountMsek > 0);
  /** Years whose figure was given as a net one. */
  const nets = new Set<number>();
  for (const amount of amounts) {
    const clause = sentenceAround(text, amount.index, amount.end);
    const clauseFolded = folded.slice(clause.start, clause.end);
    const at = amount.index - clause.start;
    const split = splitYears.get(amount.index);
    const read = yearsFor(
      text,
      folded,
      amount,
      clause.start,
      clauseFolded,
      at,
      options.fallbackYear,
      options.years,
    );
    // The year split off the figure is its year; a comparison naming the same year adds the baseline.
    const years =
      split === undefined || (read.length === 1 && read[0]?.year === split)
        ? read
        : [{ year: split, baselineYear: null, by: 'label' as YearBy }];
    if (years.length === 0) continue;
    // Two or more figures, and this one's year is only the nearest year or the list's: the pairing is a guess.
    if (amounts.length > 1 && read.some((r) => r.by === 'near' || r.by === 'fallback') && split === undefined)
      options.onDoubt?.(
        `${amount.raw}: the year ${years[0]?.year} is a guess (no year label or year after it)`,
      );
    const cues = cuesIn(clauseFolded);
    const cue = cues.sort((a, b) => Math.abs(a.index - at) - Math.abs(b.index - at))[0] ?? null;
    const type = typeOf(cue, options.category, clauseFolded);
    // A listed measure's figure is a size; its sign is what it does to the result ("-3 mkr" in a
    // savings list is a 3 mkr saving, "ökade kostnader 2 mkr" makes the result 2 mkr worse).
    const magnitude = Math.abs(amount.amountMsek);
    const worsens = type === 'cost_increase' || type === 'revenue_decrease';
    const amountMsek = worsens || (mixedSigns && amount.amountMsek < 0) ? -magnitude : magnitude;
    if (amount.amountMsek < 0 && amountMsek > 0 && cue === null)
      options.onDoubt?.(
        `${amount.raw}: a written minus read as the size of a saving (no word says which way)`,
      );
    // "en besparing om 2,0 mkr 2027, netto 1,2 mkr efter kostnader för …": the net figure of a year is
    // what the measure does to the result; it takes the place of the gross one stated first.
    const net = NET_BEFORE_RE.test(folded.slice(Math.max(0, amount.index - 24), amount.index));
    for (const { year, baselineYear } of years) {
      const earlier = out.findIndex((e) => e.year === year);
      if (earlier >= 0) {
        if (net && !nets.has(year)) out[earlier] = { year, amountMsek, type, baselineYear, raw: amount.raw };
        if (net) nets.add(year);
        continue;
      }
      if (net) nets.add(year);
      out.push({ year, amountMsek, type, baselineYear, raw: amount.raw });
    }
  }
  return out;
}

/**
 * "minskas från 328 miljoner kronor – till 194 miljoner", "ökar från 10 till 12 mkr": two figures that are
 * a level before and after, not two effects (and not a subtraction written with a dash). The change is
 * the difference of the two; the caller reads it in place of both, with a doubt (a derived figure).
 * Found on the folded text (same offsets): "från" right before the first figure, and only a dash and
 * "till" between the two.
 */
function beforeAfterPairs(folded: string, amounts: AmountMatch[]): [AmountMatch, AmountMatch][] {
  const pairs: [AmountMatch, AmountMatch][] = [];
  for (let i = 0; i + 1 < amounts.length; i++) {
    const from = amounts[i] as AmountMatch;
    const to = amounts[i + 1] as AmountMatch;
    if (!/(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])fran\s+$/u.test(folded.slice(Math.max(0, from.index - 8), from.index)))
      continue;
    // "från 140 till 152 miljoner kronor": the first figure, unit-less, is read as a range that holds the
    // second; what lies between is then its own number and "till".
    const overlapping = to.index < from.end && to.end === from.end;
    const between = overlapping
      ? folded
          .slice(from.index, to.index)
          .replace(/^[\d\s\u00a0,.]+?(?=\s*(?:till|[-\u2010-\u2015\u2212]))/u, '')
      : folded.slice(from.end, to.index);
    if (!new RegExp(`^\\s*(?:${DASH}\\s*)?till\\s+$`, 'u').test(between)) continue;
    if (from.negative || to.negative || from.amountMsek === to.amountMsek) continue;
    pairs.push([from, to]);
    i++;
  }
  return pairs;
}

function yearsFor(
  text: string,
  folded: string,
  amount: AmountMatch,
  clauseStart: number,
  clauseFolded: string,
  at: number,
  fallbackYear: number | null,
  paperYears: readonly number[] = [],
): { year: number; baselineYear: number | null; by: YearBy }[] {
  // "2025: 2,5 mkr", "(effekt 2025: 2,5 mkr)"
  const label = LABEL_BEFORE_RE.exec(folded.slice(Math.max(0, amount.index - 12), amount.index));
  if (label?.[1]) return [{ year: Number(label[1]), baselineYear: null, by: 'label' }];
  // A comparison of two years in the clause, nearest to the amount.
  const comparisons = [...clauseFolded.matchAll(COMPARISON_RE)].sort(
    (a, b) => Math.abs(a.index - at) - Math.abs(b.index - at),
  );
  const comparison = comparisons[0];
  if (comparison?.[1] && comparison[2])
    return [{ year: Number(comparison[1]), baselineYear: Number(comparison[2]), by: 'comparison' }];
  // Per year over a stated period: every year of it.
  if (amount.perYear) {
    const period = [...clauseFolded.matchAll(PERIOD_RE)][0];
    if (period?.[1] && period[2]) {
      const from = Number(period[1]);
      const to = Number(period[2]);
      if (to > from && to - from <= 15) {
        const all: { year: number; baselineYear: number | null; by: YearBy }[] = [];
        for (let y = from; y <= to; y++) all.push({ year: y, baselineYear: null, by: 'period' });
        return all;
      }
    }
  }
  // "0,5 mkr 2025", "0,5 mkr (2025)", "0,5 mkr år 2025": a year right after the figure is its year.
  const after = YEAR_AFTER_RE.exec(folded.slice(amount.end, amount.end + 16));
  if (after?.[1]) {
    const year = Number(after[1]);
    // "0,8 mkr 2027 och framåt": that year and the paper's later years.
    const rest = amount.end + after[0].length;
    // "… 2028 och därefter helårseffekt 1,1 mnkr": a figure after the phrase is the later years' own.
    const onwardWord = ONWARD_RE.exec(folded.slice(rest, rest + 24));
    const clauseEnd = clauseStart + clauseFolded.length;
    const onward =
      onwardWord !== null && !/\d/.test(folded.slice(rest + onwardWord[0].length, Math.max(rest, clauseEnd)));
    return [year, ...(onward ? paperYears.filter((y) => y > year) : [])].map((y) => ({
      year: y,
      baselineYear: null,
      by: 'after' as YearBy,
    }));
  }
  // "2025 −1,2 mkr och 2026 −2,0 mkr": a year standing right before the figure, nothing between.
  const before = YEAR_BEFORE_RE.exec(folded.slice(Math.max(0, amount.index - 20), amount.index));
  if (before?.[1]) return [{ year: Number(before[1]), baselineYear: null, by: 'before' }];
  // "1,2 mkr 2026 och därefter 1,7 mkr per år": a figure per year after "därefter" holds for every year
  // of the paper after the last year the clause names before it (that year has its own figure).
  if (amount.perYear && THEREAFTER_RE.test(clauseFolded.slice(Math.max(0, at - 24), at))) {
    const named = [...clauseFolded.slice(0, at).matchAll(/(?<![\p{N}])((?:19|20)\d{2})(?![\p{N}])/gu)].at(-1);
    if (named?.[1]) {
      const last = Number(named[1]);
      const later = paperYears.filter((y) => y > last);
      return (later.length > 0 ? later : [last + 1]).map((year) => ({
        year,
        baselineYear: null,
        by: 'from' as YearBy,
      }));
    }
  }
  const from = [...clauseFolded.matchAll(FROM_YEAR_RE)][0];
  if (from?.[1]) {
    const start = Number(from[1]);
    // "helårseffekt 4 mnkr från 2027", "4 mkr per år från 2027": the same figure every later year of
    // the paper too.
    // A figure stated per year ("per år", "/år", "årligen", "om året") from a year lasts as well: it names
    // no end, so it holds for the paper's later years.
    const later = paperYears.filter((y) => y > start);
    const lasting =
      amount.perYear ||
      /helarseffekt|(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])helar(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u.test(clauseFolded.slice(0, at));
    return [start, ...(lasting ? later : [])].map((year) => ({
      year,
      baselineYear: null,
      by: 'from' as YearBy,
    }));
  }
  // "1,3 mkr årligen under planperioden": a figure per year over the period the paper plans for, in a
  // clause that names no year of its own. Only when the clause names that period: a figure per year
  // alone may be a level ("kostar 3 mkr per år") or hold from a year the paper gives elsewhere.
  if (
    amount.perYear &&
    paperYears.length >= 2 &&
    WHOLE_PERIOD_RE.test(clauseFolded) &&
    !/(?<![\p{N}])(?:19|20)\d{2}(?![\p{N}])/u.test(clauseFolded)
  )
    return paperYears.map((year) => ({ year, baselineYear: null, by: 'period' as YearBy }));
  const near = yearNear(text, amount);
  if (near !== null && near >= clauseStart - 10000) return [{ year: near, baselineYear: null, by: 'near' }];
  return fallbackYear === null ? [] : [{ year: fallbackYear, baselineYear: null, by: 'fallback' }];
}
