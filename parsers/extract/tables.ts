/**
 * Tables of measures × year columns ("Insatser | 2023 | 2024 | 2025", unit in a header such as
 * "Mål, ekonomisk effekt Mnkr" or in the caption "Belopp i tkr"). Two sources give the same logical rows:
 *  - tables whose cells the PDF layer knows (ruling lines, Textract, the structure tree): `PageTable`;
 *  - borderless tables, rebuilt from where the text stands (borderless.ts).
 * Both go through the same reading of the header: which columns are years, which is the label (the
 * measure), which is a number column (its label), which are other text columns (Ansvarig, Status,
 * Kommentar — kept apart, never merged into the title), and the unit wherever header or caption states it.
 * A table may continue over several pages; its header is then usually repeated.
 */
import type { Page, PageTable, PageTableCell } from '../page-model.ts';
import { roundMsek } from '../reconcile.ts';
import { type MoneyUnit, parseAmount, unitFromHeader } from '../swedish/amounts.ts';
import { swedishDecimal, withoutFootnoteMark } from '../swedish/numbers.ts';
import {
  type BorderlessTable,
  captionKey,
  DESCRIPTION_HEADER_RE,
  findBorderlessTables,
  LABEL_HEADER_RE,
  lineWords,
  NUMBER_HEADER_RE,
  type OpenTable,
} from './borderless.ts';
import type { DocLine, Layout } from './layout.ts';
import { firstLineFrom, joinLines, linesOfPage, normalizeText } from './layout.ts';

export interface TableValue {
  year: number;
  amountMsek: number;
  raw: string;
}

export interface TableRow {
  page: number;
  /** The document's own numbering of the row, from a number column ("1", "2a"). */
  label: string | null;
  /** The row's label cell: title, description and sub-measures as one text. */
  text: string;
  /** The text lines of the row's label cell, in order (for evidence). */
  labelLines: string[];
  /** The row's leading phrase when the layout sets it apart (bold run, a line ended early). */
  titleHint?: string | null;
  /** A separate description column ("Beskrivning"), when the table has one. */
  description?: string | null;
  /** Other text columns of the row (Ansvarig, Status, Kommentar), by header. */
  extras?: { header: string; text: string }[];
  values: TableValue[];
  /**
   * The figures as printed, when `values` are derived from them: the differences of cumulative year
   * columns, or the running sums of increments.
   */
  cumulative?: TableValue[];
  /** The upper ends of range cells ("2–3": 2 is the year's effect, 3 an amount of the paper). */
  rangeEnds?: TableValue[];
  /** Year cells whose text is not a figure nor empty ("se ovan", "ej beräknad"). */
  unreadCells?: string[];
  /**
   * The gross figures of a measure whose gross and net stand on two rows under one (merged) title,
   * told apart by a sub-head cell ("Brutto" / "Netto"): the net row's figures are `values`, these are
   * amounts of the paper.
   */
  grossValues?: TableValue[];
  /**
   * The row is one cell spanning the table (its text read into every column, the year columns too):
   * the name of the group of rows under it ("Primärvård"), not a measure and no unread figure.
   */
  spanning?: boolean;
}

export interface YearTable {
  source: PageTable['source'] | 'layout';
  /** The header of the label column ("Insatser", "Kategori", "Åtgärd"). */
  labelHeader: string;
  unit: MoneyUnit;
  years: number[];
  rows: TableRow[];
  pages: number[];
  /** Doc line indexes the table consumed (layout tables), so prose passes can skip them. */
  lineIndexes: Set<number>;
  /** The caption and nearest heading above the table: tells a table of measures from a budget table. */
  context: string;
  /** Why the reading may be incomplete; a non-empty list keeps its totals from reconciling. */
  issues: string[];
  /** Headers of the money columns beside the years, when told from the whole table (measures.ts). */
  moneyHeaders?: string[];
  /** The words over the year columns themselves ("Budget 2025 Budget 2026" gives "Budget Budget"). */
  yearHeader?: string;
  /** Years read as the sum of printed parts ("jan–jun" + "jul–dec"): a sum row's figure for them is no printed total. */
  summedYears?: number[];
}

/** A block that looked like figures by year but gave no table: reported, never dropped silently. */
export interface UnreadTable {
  page: number;
  reason: string;
  context: string;
}

/**
 * A row number: "3", "3.2", "3.2.1" (a list numbered in three levels), "4b", "c", or a code of letters and a
 * number ("A1", "ÅP 12", "E-3", "B2.1").
 */
const NUMBERING_CELL_RE =
  /^(\d{1,2}(?:\.\d{1,2}){0,2}[a-z]?|[a-zåäö]|[a-zåäö]{1,3}[\s-]?\d{1,3}(?:\.\d{1,2})?)[.)]?$/i;

/**
 * A year header cell: "2026", "Effekt 2026 (tkr)", "2026, mkr" (the unit after a comma, often wrapped).
 * "Halvårseffekt 2026" is the effect of the half of 2026 a measure runs (no part of a year printed beside
 * its whole, as "H1 2026" is), and "varav 2026" the share of a full-year effect that falls in 2026: both
 * that year's effect.
 */
const YEAR_CELL_RE =
  /^(?<word>(?:(?:hel|halv)års)?effekt|besparing|kostnadsminskning|mål|ekonomisk effekt|år|varav)?\s*(?<year>(?:19|20)\d{2})(?:\s*,?\s*\(?\s*(?<unit>[a-zA-Z]+)\s*\)?)?$/i;
/**
 * The same cell headed by a phrase of other words ("Nettoeffekt 2027", "Beräknad effekt 2027",
 * "Resultatförbättring 2026", "Bedömd besparing 2027 (mkr)"): templates name an effect column in words
 * no list holds, and the year over a column of figures is what makes it one. A phrase of up to three words
 * is read so unless one of its words names something other than a measure's effect (LEVEL_WORD_RE) —
 * and only in a header row read as such (cellHeader: no later header row holds plain year cells, and no
 * cell of the row names a gross or cost figure of a year, which netColumns reads).
 */
const WORDED_YEAR_CELL_RE =
  /^(?<word>(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ][A-Za-zªµºÀ-ÖØ-öø-ɏ-]*\.?\s+){0,2}[A-Za-zªµºÀ-ÖØ-öø-ɏ][A-Za-zªµºÀ-ÖØ-öø-ɏ-]*)\s*,?\s*(?<year>(?:19|20)\d{2})(?:\s*,?\s*\(?\s*(?<unit>[a-zA-Z]+)\s*\)?)?$/iu;
/** A header cell naming a year's gross figure or cost ("Bruttobesparing 2027", "Merkostnad 2027"). */
const GROSS_YEAR_CELL_RE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:brutto[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|[A-Za-zªµºÀ-ÖØ-öø-ɏ]*kostnad(?:er|en|erna)?)\s*,?\s*(?:19|20)\d{2}/iu;
/**
 * Words of a head or caption that name a level of the accounts — a cost, a revenue, a budget or frame, a
 * result, a closing or a deviation — never a measure's effect (an outcome or forecast: FOLLOW_UP_LEVEL_RE).
 * LEVEL_WORD_RE holds the same words among its own.
 */
const ACCOUNT_LEVEL_WORDS =
  '[A-Za-zªµºÀ-ÖØ-öø-ɏ]*kostnad(?:er|en|erna)?|[A-Za-zªµºÀ-ÖØ-öø-ɏ]*intäkt(?:er|en|erna)?|budget(?:erad|erat|en)?|resultat(?:et)?|ram(?:en|ar|arna)?|avvikelse[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|bokslut[A-Za-zªµºÀ-ÖØ-öø-ɏ]*';
export const ACCOUNT_LEVEL_RE = new RegExp(
  `(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:${ACCOUNT_LEVEL_WORDS})(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])`,
  'iu',
);

/**
 * Words of a header that make its year column something other than an effect: a level of the accounts
 * (cost, revenue, budget, result, investment), a follow-up (outcome, forecast, deviation, closing), a
 * count, a sum of columns, a comparison or a plan (PLANNED_YEAR_CELL_RE reads those).
 */
const LEVEL_WORD_RE = new RegExp(
  `(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:${ACCOUNT_LEVEL_WORDS}|investering(?:ar|en)?|utfall[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|uppföljning[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|kvar[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|återstå[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|[A-Za-zªµºÀ-ÖØ-öø-ɏ]*prognos[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|ack[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|antal|summa|total(?:t|en)?|årsarbet[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|heltid[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|tjänst[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|anställ[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|personal|invånar[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|skuld[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|underskott[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|överskott[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|behov[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|nivå[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|fte|åa|procent|andel[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|jämfört|jmf|mot|förändring|plan(?:en)?|beslutad[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|planerad[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|fastställd[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|från|till|per|t\\.?o\\.?m|före|efter|och|eller|varav|inkl|exkl)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])`,
  'iu',
);

/**
 * OCR garbles header years now and then ("032024", "|2024", "2024."): on OCR'd pages a short token of
 * mostly digits that ends (or starts) with a plausible year is read as that year.
 */
export function noisyYear(text: string): number | null {
  const token = normalizeText(text);
  if (token.length > 8 || /\s/.test(token)) return null;
  const digits = token.replace(/\D/g, '');
  if (digits.length < 4 || digits.length < token.length - 2) return null;
  const m = /((?:19|20)\d{2})$/.exec(digits) ?? /^((?:19|20)\d{2})/.exec(digits);
  return m?.[1] ? Number(m[1]) : null;
}

/**
 * Words that make a year column's figures cumulative — each the sum of the effects so far, not the
 * year's own effect: "Ackumulerad effekt" over the years, "2027 (ack.)", "Ack. 2027", "kumulativt".
 */
export const CUMULATIVE_RE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:ackumuler[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|ack(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])\.?|kumul[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)/iu;

/**
 * A year reached "through" ("t.o.m. 2027", "till och med 2027"): a column headed so sums the effects up
 * to and including that year, as a cumulative one does ("Effekt t.o.m. 2027 | Effekt t.o.m. 2028").
 */
export const THROUGH_YEAR_RE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:t\.?\s?o\.?\s?m\.?|till\s+och\s+med)\s*(?=(?:19|20)\d{2}(?!\d))/iu;

/** Every year a header line names is reached "through" ("Effekt t.o.m. 2027  Effekt t.o.m. 2028"). */
export function throughEveryYear(text: string): boolean {
  const t = normalizeText(text);
  const years = [...t.matchAll(/(?<!\d)(?:19|20)\d{2}(?!\d)/g)];
  return (
    years.length > 0 &&
    years.every((m) => THROUGH_YEAR_RE.test(t.slice(Math.max(0, (m.index ?? 0) - 14), (m.index ?? 0) + 4)))
  );
}

/**
 * Words that make a table's year columns increments — what each year adds to the year before, not the
 * year's effect: "Tillkommande effekt per år", "förändring mot föregående år", "utöver året före".
 */
export const INCREMENT_RE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:tillkommande|tillkommer|(?:jämfört\s+med|mot|utöver)\s+(?:närmast\s+)?(?:föregående\s+år|året\s+(?:före|innan)))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/iu;

export const INCREMENT_ISSUE =
  "the year columns hold what each year adds to the year before: each year's effect is read as the sum of the increments up to it";

/**
 * A row's figures read from increment columns, as the effect of each year: the sum of the increments
 * up to and including it (a year with no figure adds nothing, but keeps the effect reached).
 */
export function levelsFromIncrements(values: readonly TableValue[], years: readonly number[]): TableValue[] {
  const byYear = new Map(values.map((v) => [v.year, v]));
  const out: TableValue[] = [];
  let level = 0;
  let raw: string | null = null;
  for (const year of [...years].sort((a, b) => a - b)) {
    const v = byYear.get(year);
    if (v) {
      level = roundMsek(level + v.amountMsek);
      raw = v.raw;
    }
    if (raw !== null && level !== 0) out.push({ year, amountMsek: level, raw: v?.raw ?? raw });
  }
  return out;
}

/** A year cell that says its figures are cumulative ("2027 (ack.)", "Ack. 2027", "Ackumulerat 2027"). */
function cumulativeYearOfCell(text: string): { year: number; unit: MoneyUnit | null } | null {
  const t = normalizeText(text);
  if (!CUMULATIVE_RE.test(t) && !THROUGH_YEAR_RE.test(t)) return null;
  const rest = normalizeText(
    t
      .replace(new RegExp(CUMULATIVE_RE.source, 'giu'), ' ')
      .replace(
        /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:effekt|t\.?\s?o\.?\s?m\.?|till\s+och\s+med)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/giu,
        ' ',
      )
      .replace(/\(\s*\)|[,]/g, ' '),
  );
  return yearOfCell(rest);
}

/**
 * A row's figures read from cumulative columns, as the effect of each year: the difference from the
 * figure of the year before in the row (a year with no figure yet starts from nothing). A difference of
 * nothing is no effect, as a 0 in an annual column is.
 */
export function annualFromCumulative(values: readonly TableValue[]): TableValue[] {
  const out: TableValue[] = [];
  let before = 0;
  for (const v of [...values].sort((a, b) => a.year - b.year)) {
    const amountMsek = roundMsek(v.amountMsek - before);
    before = v.amountMsek;
    if (amountMsek !== 0) out.push({ ...v, amountMsek });
  }
  return out;
}

/**
 * The net columns of a header row without a plain year, when every year a net column names is named by
 * another cell of the row too (a gross saving, a cost): column → year. Null when there is none, or two
 * nets name one year.
 */
function netColumns(row: readonly string[], yearFromCaption = false): Map<number, number> | null {
  const nets = new Map<number, number>();
  const others = new Set<number>();
  let yearless = false;
  row.forEach((cell, c) => {
    const text = normalizeText(cell);
    const m = NAMED_YEAR_RE.exec(text);
    // With the year from the caption, the gross and cost columns name none ("Bruttoeffekt").
    if (yearFromCaption && c > 0 && !m && GROSS_OR_COST_RE.test(text) && !NET_RE.test(text)) yearless = true;
    if (c === 0 || !m?.[1] || CUMULATIVE_RE.test(text)) return;
    if (NET_RE.test(text)) nets.set(c, Number(m[1]));
    else others.add(Number(m[1]));
  });
  const years = [...nets.values()];
  if (nets.size === 0 || new Set(years).size !== years.length) return null;
  return years.every((y) => others.has(y) || yearless) ? nets : null;
}

/** A gross figure or a cost beside a net: "Bruttoeffekt", "Besparing", "Engångskostnad", "Merkostnad". */
export const GROSS_OR_COST_RE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:brutto[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|[A-Za-zªµºÀ-ÖØ-öø-ɏ]*kostnad[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|[A-Za-zªµºÀ-ÖØ-öø-ɏ]*besparing[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|[A-Za-zªµºÀ-ÖØ-öø-ɏ]*intäkt[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)/iu;

/** The year a table's caption gives its figures, when its header gives none; a doubt when more could be meant. */
export interface CaptionYear {
  year: number | null;
  doubt: string | null;
  /** The caption line that names the year. */
  text?: string;
}

/**
 * A header row of one year's gross, cost and net figures without the year ("Bruttoeffekt |
 * Engångskostnad | Nettoeffekt" under "Åtgärdernas effekt 2027"): the rows with the caption's year put
 * into the net column's header, for cellHeader to read the net as that year's effect. Null when the row
 * has no net column beside a gross or cost column, names a year itself, or the caption gives no year.
 */
function withCaptionYear(
  rows: string[][],
  captionOf: () => CaptionYear,
): { rows: string[][]; doubt: string | null } | null {
  const single = oneEffectColumn(rows);
  if (single) {
    const caption = captionOf();
    if (caption.year === null) return null;
    return {
      rows: rows.map((cells, i) =>
        i === single.row
          ? cells.map((cell, c) => (c === single.column ? `${caption.year} ${single.unit}`.trim() : cell))
          : cells,
      ),
      doubt: caption.doubt,
    };
  }
  const r = rows.findIndex((cells) => cells.some((cell, c) => c > 0 && NET_RE.test(normalizeText(cell))));
  const row = rows[r];
  if (!row || r > 2) return null;
  if (row.some((cell) => /(?<!\d)(?:19|20)\d{2}(?!\d)/.test(cell))) return null;
  const nets = row.flatMap((cell, c) => (c > 0 && NET_RE.test(normalizeText(cell)) ? [c] : []));
  const gross = row.some(
    (cell, c) => c > 0 && !NET_RE.test(cell) && GROSS_OR_COST_RE.test(normalizeText(cell)),
  );
  if (nets.length !== 1 || !gross) return null;
  const caption = captionOf();
  if (caption.year === null) return null;
  return {
    rows: rows.map((cells, i) =>
      i === r
        ? cells.map((cell, c) => (nets.includes(c) ? `${normalizeText(cell)} ${caption.year}` : cell))
        : cells,
    ),
    doubt: caption.doubt,
  };
}

/** "År 1", "år 2 (mkr)": the k-th year of a plan, whose first year the paper states elsewhere. */
const RELATIVE_YEAR_CELL_RE = /^år\s*(\d{1,2})(?:\s*,?\s*\(?\s*(?:mkr|mnkr|msek|tkr|kkr|tsek)\s*\)?)?$/iu;
/**
 * A year written with two digits: "’27", "År -26", "år 26", "Plan -28" (a word or an apostrophe must
 * stand before the digits: a bare "26" is a count or a row number, and a bare "-26" a negative figure as
 * often as a year).
 */
const SHORT_YEAR_CELL_RE =
  /^(?:(?:år|budget|plan|prognos)\s*[-–’']?\s*|[’'])(\d{2})(?:\s*,?\s*\(?\s*(?:mkr|mnkr|msek|tkr|kkr|tsek)\s*\)?)?$/iu;
/** "Innevarande år", "Nästa år", "Året därpå": years counted from the year the paper is written in. */
const CURRENT_YEAR_CELL_RE = /^(?:innevarande|detta|i)\s+år(?:et)?$/iu;
const NEXT_YEAR_CELL_RE = /^(?:nästa|kommande|följande)\s+år(?:et)?$|^året\s+därpå$/iu;
/**
 * The first year of "År 1", as the paper states it around the table: "år 1 avser 2026", "år 1 = 2027",
 * "År 1 motsvarar budgetåret 2027", "år 1 (2026)".
 */
const FIRST_YEAR_STATED_RE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])år\s*1\s*(?:=|:|avser|motsvarar|är|gäller|utgörs\s+av)?\s*\(?\s*(?:(?:budget|plan|verksamhets|räkenskaps)?året\s+)?((?:19|20)\d{2})(?!\d)/iu;

/**
 * A header row whose years are named without four digits — "År 1 | År 2 | År 3" with the first year stated
 * around the table (caption, the text above, a note under it), two-digit years in a rising run ("År -26 |
 * År -27", "år 26 | år 27"), or "Innevarande år | Nästa år" in a paper whose title names one year: the rows
 * with those cells written as plain years, for cellHeader to read. Counted years rest on the paper's one
 * title year, so they come with a doubt. Null when no row names its years so, or the first year is not
 * stated (then nothing is read as a year: a guessed year is worse than none).
 */
function withNamedYears(
  rows: string[][],
  contextOf: () => string,
  paperYears: readonly number[],
): { rows: string[][]; doubt: string | null } | null {
  for (let r = 0; r < Math.min(3, rows.length); r++) {
    const row = rows[r] ?? [];
    const named = namedYearsOf(
      row.map((cell, c) => (c === 0 ? '' : cell)),
      contextOf,
      paperYears,
    );
    if (named === 'unstated') return null;
    if (!named) continue;
    const { years } = named;
    return {
      rows: rows.map((cells, i) =>
        i === r ? cells.map((cell, c) => (years.has(c) ? String(years.get(c)) : cell)) : cells,
      ),
      doubt: named.doubt,
    };
  }
  return null;
}

/**
 * The years a row of header cells names without four digits (see withNamedYears), by cell index, and
 * the doubt to tell; 'unstated' when the cells count years ("År 1 | År 2") from a first year the
 * paper does not state; null when they name no years so. Empty cells are passed over.
 */
export function namedYearsOf(
  texts: readonly string[],
  contextOf: () => string,
  paperYears: readonly number[],
): { years: Map<number, number>; doubt: string | null } | 'unstated' | null {
  const cells = texts.map((cell) => normalizeText(joinBrokenHeaderWord(cell)));
  const relative = new Map<number, number>();
  const short = new Map<number, number>();
  const counted = new Map<number, number>();
  cells.forEach((cell, c) => {
    if (!cell) return;
    const rel = RELATIVE_YEAR_CELL_RE.exec(cell);
    const yy = SHORT_YEAR_CELL_RE.exec(cell);
    // "år 26" may be either: the run decides (a relative run starts at 1).
    if (rel?.[1]) relative.set(c, Number(rel[1]));
    if (yy?.[1]) short.set(c, 2000 + Number(yy[1]));
    else if (rel?.[1]) return;
    else if (CURRENT_YEAR_CELL_RE.test(cell)) counted.set(c, 0);
    else if (NEXT_YEAR_CELL_RE.test(cell)) counted.set(c, 1);
  });
  const rising = (values: number[]) => values.every((v, k) => k === 0 || v === (values[k - 1] ?? 0) + 1);
  if (relative.size >= 2 && rising([...relative.values()]) && relative.values().next().value === 1) {
    const first = FIRST_YEAR_STATED_RE.exec(contextOf());
    if (!first?.[1]) return 'unstated';
    const base = Number(first[1]);
    return { years: new Map([...relative].map(([c, k]) => [c, base + k - 1])), doubt: null };
  }
  if (short.size >= 2 && rising([...short.values()])) return { years: short, doubt: null };
  if (counted.size >= 1 && counted.size === new Set(counted.values()).size) {
    if (paperYears.length !== 1) return null;
    const base = paperYears[0] as number;
    const years = new Map([...counted].map(([c, k]) => [c, base + k]));
    return {
      years,
      doubt: `the year columns are named relative to the paper's year ("${[...counted.keys()].map((c) => cells[c]).join('", "')}"); read as ${[...years.values()].join(', ')} from the year in its title`,
    };
  }
  return null;
}

/**
 * A header row of a year's parts and its whole without the year ("Tertial 1 | Tertial 2 | Tertial 3 |
 * Helår", "Kv 1 | … | Kv 4 | Summa") under a caption naming one year ("Effekt per tertial 2026"): the
 * rows with the caption's year written into those cells, for cellHeader to read the whole as the year's
 * effect and the parts as amounts (or, with no whole, the year from its parts as it does). Null unless two
 * cells or more name parts, at most one other cell after the label column names the whole, no cell after
 * the second column holds other words, no cell names a year, and the caption names an effect, not a level
 * of the accounts ("Budget per kvartal 2026").
 */
function withCaptionYearParts(
  rows: string[][],
  captionOf: () => CaptionYear,
): { rows: string[][]; doubt: string | null } | null {
  const r = rows.findIndex((cells) => cells.some((cell) => normalizeText(cell) !== ''));
  const row = rows[r];
  if (!row || r > 2) return null;
  if (row.some((cell) => /(?<!\d)(?:19|20)\d{2}(?!\d)/.test(cell))) return null;
  const parts: number[] = [];
  const wholes: number[] = [];
  for (const [c, cell] of row.entries()) {
    const text = normalizeText(joinBrokenHeaderWord(cell)).toLowerCase();
    if (c === 0 || !text) continue;
    if (partOfCell(`${text} 2000`)) parts.push(c);
    else if (FULL_YEAR_WORD_RE.test(text) || /^(?:summa|totalt)$/u.test(text)) wholes.push(c);
    else if (parseAmount(text, { defaultUnit: 'mkr' }) === null && c > 1) return null;
  }
  if (parts.length < 2 || wholes.length > 1) return null;
  const caption = captionOf();
  if (caption.year === null) return null;
  // The parts are a measure's effect only where the caption says so ("Effekt per tertial 2026"); a
  // budget, an outcome or a cost per quarter is no effect.
  const words = caption.text ?? '';
  if (!EFFECT_STEM_RE.test(words) || ACCOUNT_LEVEL_RE.test(words) || FOLLOW_UP_LEVEL_RE.test(words))
    return null;
  const year = caption.year;
  return {
    rows: rows.map((cells, i) =>
      i === r
        ? cells.map((cell, c) =>
            parts.includes(c)
              ? `${normalizeText(cell)} ${year}`
              : wholes.includes(c)
                ? `Helår ${year}`
                : cell,
          )
        : cells,
    ),
    doubt: caption.doubt,
  };
}

/** A figure column named by what it does to the result: better ("Minskade kostnader", "Ökade intäkter"). */
const BETTER_COLUMN_RE =
  /^(?:(?:minskade?|lägre|sänkta?)\s*(?:netto)?kostnader?|kostnadsminskning(?:ar)?|(?:ökade?|högre)\s*intäkter?|intäktsökning(?:ar)?|merintäkter?)$/iu;
/** …or worse ("Ökade kostnader", "Merkostnad", "Minskade intäkter", "Intäktsbortfall"). */
const WORSE_COLUMN_RE =
  /^(?:(?:ökade?|högre)\s*(?:netto)?kostnader?|kostnadsökning(?:ar)?|merkostnad(?:er)?|(?:minskade?|lägre)\s*intäkter?|intäktsminskning(?:ar)?|intäktsbortfall)$/iu;

/**
 * A header row of one year's figures split by direction, the year only in the caption ("Minskade
 * kostnader | Ökade intäkter | Ökade kostnader" under "Åtgärdernas effekt 2026"): each figure is printed
 * unsigned and its column says what it does to the result. The rows rewritten to one column of the
 * caption's year holding each row's signed sum, for cellHeader to read as that year's effects. Null
 * unless every figure column of the header is such a column (two at least) and the caption gives a year.
 */
function withDirectionColumns(
  rows: string[][],
  captionOf: () => CaptionYear,
): { rows: string[][]; doubt: string | null } | null {
  const r = rows.findIndex((cells) => cells.some((cell) => normalizeText(cell) !== ''));
  const row = rows[r];
  if (!row || r > 2 || row.length < 3) return null;
  const signs = new Map<number, 1 | -1>();
  let unit = '';
  for (const [c, cell] of row.entries()) {
    if (c === 0) continue;
    const text = normalizeText(joinBrokenHeaderWord(cell));
    if (!text) continue;
    const m = /^(.*?)(?:\s*[,(]\s*(mkr|mnkr|msek|tkr|kkr|tsek)\s*\)?)?$/iu.exec(text);
    const words = m?.[1] ?? text;
    unit ||= m?.[2] ?? '';
    if (BETTER_COLUMN_RE.test(words)) signs.set(c, 1);
    else if (WORSE_COLUMN_RE.test(words)) signs.set(c, -1);
    else return null;
  }
  if (signs.size < 2) return null;
  const caption = captionOf();
  if (caption.year === null) return null;
  const columns = [...signs.keys()];
  const out = rows.map((cells, i) => {
    const rest = cells.filter((_, c) => !signs.has(c));
    if (i < r) return [...rest, ''];
    if (i === r) return [...rest, `${caption.year} ${unit}`.trim()];
    let sum = 0;
    let any = false;
    for (const c of columns) {
      const v = parseValue(cells[c] ?? '', 'mkr');
      if (v === 'unread') return null;
      if (v === null) continue;
      any = true;
      sum += (signs.get(c) ?? 1) * Math.abs(v.amountMsek);
    }
    const net = roundMsek(sum);
    return [...rest, any ? swedishDecimal(net).replace('-', '−') : ''];
  });
  if (out.some((cells) => cells === null)) return null;
  return { rows: out as string[][], doubt: caption.doubt };
}

/** The one word a lone figure column of one year's effects is named by ("Belopp", "Effekt", "Besparing"). */
const ONE_EFFECT_WORD_RE =
  /^(?:(?:netto|resultat|ekonomisk\s)?effekt(?:er)?|belopp|(?:netto)?besparing(?:ar)?|kostnadsminskning)$/iu;
/** That word and a unit beside it ("Effekt (tkr)", "Belopp mkr", "Besparing i mkr"). */
const ONE_EFFECT_CELL_RE =
  /^(?<word>.+?)(?:,?\s+(?:i\s+)?[([]?(?<unit>mkr|mnkr|msek|tkr|kkr|tsek|ksek)[)\]]?)?$/iu;

/**
 * A header row (of the first three) with a label and one figure column named by an effect or amount
 * word and no year ("Åtgärd | Belopp", "Insats | Effekt (tkr)"): the row, the column and the unit the
 * cell states. The body below must hold figures in that column and nothing in others beside it.
 */
function oneEffectColumn(rows: string[][]): { row: number; column: number; unit: string } | null {
  const r = rows.findIndex((cells) => cells.some((cell) => normalizeText(cell) !== ''));
  const row = rows[r];
  if (!row || r > 2 || row.length < 2) return null;
  if (row.some((cell) => /(?<!\d)(?:19|20)\d{2}(?!\d)/.test(cell))) return null;
  const filled = row.flatMap((cell, c) => (c > 0 && normalizeText(cell) ? [c] : []));
  if (filled.length === 0 || !normalizeText(row[0] ?? '')) return null;
  const body = rows.slice(r + 1).filter((cells) => cells.some((cell) => normalizeText(cell)));
  // Beside it, columns of words only ("Ansvarig", "Status"): no figure in any body cell.
  const wordsOnly = (c: number) =>
    body.every((cells) => {
      const text = normalizeText(cells[c] ?? '');
      return !/\d/.test(text);
    });
  const figureColumns = filled.filter((c) => !wordsOnly(c));
  if (figureColumns.length !== 1) return null;
  const column = figureColumns[0] as number;
  const m = ONE_EFFECT_CELL_RE.exec(normalizeText(joinBrokenHeaderWord(row[column] ?? '')));
  if (!m?.groups?.['word'] || !ONE_EFFECT_WORD_RE.test(m.groups['word'])) return null;
  const unit = m.groups['unit'] ?? '';
  const figures = body.filter(
    (cells) => parseAmount(normalizeText(cells[column] ?? ''), { defaultUnit: 'mkr' }) !== null,
  );
  if (figures.length < 2 || figures.length < body.length / 2) return null;
  return { row: r, column, unit };
}

/**
 * The words of a header's grammar: what a figure column of a measure table is named ("Besparing",
 * "Nettoeffekt", "Merkostnad", "Engångskostnad", "Helår", "Intäkter").
 */
const HEADER_WORD_RE =
  /^(?:(?:brutto|netto|mer|engångs|helårs|års|total)?(?:besparing(?:ar)?|kostnad(?:er)?|kostnadsminskning|effekt(?:er)?|intäkt(?:er)?|resultat|belopp)|netto|brutto|helår|totalt|summa|ackumulerad|ackumulerat)$/iu;

/** Words of one or two letters a header may hold ("i", "av", "år", "kr", "ca"). */
const SHORT_WORD_RE = /^(?:i|å|ö|av|på|år|om|ej|kr|st|nr|ca|de|en|nu|så|ny|mn|md)$/u;

/**
 * A header cell whose word a narrow cell broke without a hyphen, its lines joined by a space
 * ("Besparin g 2026", "Nettoeffek t 2027"): one word again when the two parts make a word of the header
 * grammar and the first alone does not, or when the second is a letter or two that make no word after a
 * long first ("Startkostna d"). The geometry of drawn cells joins most such breaks before
 * (grid.ts, cellText); this reads the cells of sources that keep no geometry.
 */
export function joinBrokenHeaderWord(cell: string): string {
  // A range of years broken after its dash ("Totalt 2026–" over "2031"): one range again.
  const ranged = cell.replace(/((?:19|20)\d{2})\s?([-–—])\s+((?:19|20)\d{2})(?!\d)/gu, '$1$2$3');
  if (ranged !== cell) return joinBrokenHeaderWord(ranged);
  const words = normalizeText(cell).split(' ');
  let joined = false;
  for (let i = 0; i + 1 < words.length; i++) {
    const [a, b] = [words[i] ?? '', words[i + 1] ?? ''];
    if (!/^[A-Za-zªµºÀ-ÖØ-öø-ɏ]+$/u.test(a) || !/^\p{Ll}+$/u.test(b)) continue;
    // The last letter or two of a long word ("Startkostna d", "Helårseffek t"): no word of a header.
    const tail = b.length <= 2 && a.length >= 6 && !SHORT_WORD_RE.test(b);
    if ((HEADER_WORD_RE.test(a + b) && !HEADER_WORD_RE.test(a)) || tail) {
      words.splice(i, 2, a + b);
      joined = true;
    }
  }
  return joined ? words.join(' ') : cell;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
const MONTH = '(jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[A-Za-zªµºÀ-ÖØ-öø-ɏ]*\\.?';
const YEAR = '((?:19|20)\\d{2})';
/** Parts of a year by their marks: halves, tertials, quarters, numbered periods. */
const PART_MARKS: [RegExp, YearPart['kind']][] = [
  [/^(?:h|halvår(?:et)?|hå)\s?([12])$|^([12]):?[ae]?\s+halvåret$/u, 'half'],
  [/^(?:t|tertial)\s?([1-3])$|^([1-3]):?[ae]?\s+tertialet$/u, 'tertial'],
  [/^(?:q|kv|kvartal)\s?([1-4])$|^([1-4]):?[ae]?\s+kvartalet$/u, 'quarter'],
  [/^(?:period|delperiod|del)\s?(\d{1,2})$/u, 'period'],
];
const MONTH_SPAN_RE = new RegExp(`^${MONTH}\\s*[-–—]\\s*${MONTH}$`, 'u');
const FULL_YEAR_WORD_RE = /^(?:helår(?:et)?|helårs(?:effekt)?|hela\s+året)$/u;
const YEAR_PART_IN_PARENS_RE =
  /^(?:(?:ekonomisk\s+)?(?:effekt|besparing|kostnadsminskning)\s+)?((?:19|20)\d{2})\s*\(([^()]+)\)(?:[,\s]*\(?(?:mkr|mnkr|msek|tkr|kkr|tsek)\)?\.?|,)?$/u;
const YEAR_AND_MARK_RE = new RegExp(`^${YEAR}\\s+(.+)$|^(.+?)\\s+${YEAR}$`, 'u');

/** A part of one year as a column header names it ("2026 H1", "H2 2026", "jan–jun 2026", "Period 1 2026"). */
export interface YearPart {
  year: number;
  kind: 'half' | 'tertial' | 'quarter' | 'months' | 'period';
  /** The part's number (1 for H1); for months, the first month (1–12). */
  index: number;
  /** For months, the last month (1–12); else the same as index. */
  last: number;
}

/** A header cell's year and the words beside it, before or after ("2026 H1", "Helår 2026"). */
function yearAndMark(text: string): { year: number; mark: string } | null {
  const plain = normalizeText(text).toLowerCase().replace(/[:*]/g, '');
  // "Effekt 2026 (sep–dec), mkr": the part in parentheses after the year; the effect word before and
  // the unit after say nothing of it.
  const inParens = YEAR_PART_IN_PARENS_RE.exec(plain);
  if (inParens?.[1] && inParens[2]) return { year: Number(inParens[1]), mark: normalizeText(inParens[2]) };
  const m = YEAR_AND_MARK_RE.exec(plain);
  if (!m) return null;
  return { year: Number(m[1] ?? m[4]), mark: normalizeText(m[2] ?? m[3] ?? '') };
}

/** The year and part a header cell names, with the year before or after the part. */
export function partOfCell(text: string): YearPart | null {
  const found = yearAndMark(text);
  if (!found) return null;
  const { year, mark } = found;
  for (const [re, kind] of PART_MARKS) {
    const p = re.exec(mark);
    if (p) {
      const index = Number(p[1] ?? p[2]);
      return { year, kind, index, last: index };
    }
  }
  const months = MONTH_SPAN_RE.exec(mark);
  if (months?.[1] && months[2]) {
    const index = MONTHS.indexOf(months[1]) + 1;
    const last = MONTHS.indexOf(months[2]) + 1;
    if (index >= 1 && last > index) return { year, kind: 'months', index, last };
  }
  return null;
}

/** A full-year header cell ("Helår 2026", "2026 helår", "Helåret 2027"): that year. */
export function fullYearOfCell(text: string): number | null {
  const found = yearAndMark(text);
  return found && FULL_YEAR_WORD_RE.test(found.mark) ? found.year : null;
}

/**
 * Whether the parts of one year cover it once: both halves, the three tertials, the four quarters, or
 * month spans from January to December without overlap. Numbered periods say nothing of what they cover:
 * null (unknown).
 */
export function partsCoverYear(parts: readonly YearPart[]): boolean | null {
  if (parts.some((p) => p.kind === 'period')) return parts.every((p) => p.kind === 'period') ? null : false;
  const months = new Array<number>(12).fill(0);
  for (const p of parts) {
    const size = p.kind === 'half' ? 6 : p.kind === 'tertial' ? 4 : p.kind === 'quarter' ? 3 : 1;
    const [from, to] = p.kind === 'months' ? [p.index, p.last] : [(p.index - 1) * size + 1, p.index * size];
    for (let month = from; month <= to; month++) months[month - 1] = (months[month - 1] ?? 0) + 1;
  }
  return months.every((n) => n === 1);
}

/**
 * Whether a year printed only in parts (`names`: their headers) is read as the sum of them, and what to
 * tell: two parts or more that cover the year (or may) are summed; any other parts give the year no effect.
 */
export function yearFromParts(
  year: number,
  parts: readonly YearPart[],
  names: string,
): { summed: boolean; issue: string } {
  const covers = partsCoverYear(parts);
  if (covers === false || parts.length < 2)
    return {
      summed: false,
      issue: `${year} is printed only in parts that do not make the whole year (${names}): no effect read for it`,
    };
  return {
    summed: true,
    issue: `${year} is printed only in parts (${names})${covers === null ? ', which may not cover the whole year' : ''}: its effect is read as their sum`,
  };
}

/** A header cell of words and one year ("Kostnad 2026", "Nettoeffekt 2027 (tkr)"). */
const NAMED_YEAR_RE =
  /^[A-Za-zªµºÀ-ÖØ-öø-ɏ][A-Za-zªµºÀ-ÖØ-öø-ɏ.\s-]*?\s((?:19|20)\d{2})(?:\s*\(\s*[A-Za-zªµºÀ-ÖØ-öø-ɏ]+\s*\))?$/u;
/** A net figure: what is left of a saving once its cost is paid; beside revenue and cost changes, their result. */
export const NET_RE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:netto[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|resultat(?:effekt|påverkan)[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)/iu;

export const CUMULATIVE_ISSUE =
  "the year columns hold cumulative figures: each year's effect is read as the difference from the year before";

/** A mark after a year that the figure covers only the part of it a measure runs ("(del av år)", "(delår)"). */
const PART_OF_YEAR_MARK_RE = /\s*\(\s*(?:del\s+av\s+år(?:et)?|delår|ej\s+helår)\s*\)/iu;

/**
 * A money unit set before the year of its cell ("Effekt, Mkr 2026", "(tkr) 2027"): a spanning head's text
 * that a grid without the rule under it joins to the first year cell below, or a template's own order.
 * Read as the year with its unit after it ("Effekt 2026 (Mkr)").
 */
const UNIT_BEFORE_YEAR_RE =
  /^(?<head>.*?)\s*,?\s*[([]?(?<unit>mkr|mnkr|msek|tkr|kkr|tsek|ksek)[)\]]?\s*,?\s+(?<year>(?:19|20)\d{2})$/iu;

function yearOfCell(
  text: string,
  worded = false,
): { year: number; unit: MoneyUnit | null; phrase?: string } | null {
  // A column too narrow for its year wraps the number itself ("202" over "5", which a grid whose cell
  // lines are joined reads "202 5"): two or three digits, a break, one or two digits — never a
  // thousands group, which has three — are one number.
  const unbroken = normalizeText(text.replace(/(\d)[ \t]*\n[ \t]*(?=\d)/g, '$1')).replace(
    /^(\d{2,3}) (\d{1,2})(?![\d,.])/u,
    (whole, a: string, b: string) => (a.length + b.length === 4 ? `${a}${b}` : whole),
  );
  // "Effekt 2026 (del av år)": the effect of the part of the year a measure runs — the year's effect, as
  // "Halvårseffekt 2026" is (no part printed beside its whole: a full-year figure beside it names no year).
  const plain = unbroken.replace(/[:*]/g, '').replace(PART_OF_YEAR_MARK_RE, '');
  const unitFirst = UNIT_BEFORE_YEAR_RE.exec(plain)?.groups;
  const cell = unitFirst
    ? `${unitFirst['head'] ?? ''} ${unitFirst['year']} (${unitFirst['unit']})`.trim()
    : plain;
  const phrase = !worded || YEAR_CELL_RE.test(cell) ? null : WORDED_YEAR_CELL_RE.exec(cell);
  const byPhrase = Boolean(phrase?.groups?.['word'] && !LEVEL_WORD_RE.test(phrase.groups['word']));
  const m = byPhrase ? phrase : YEAR_CELL_RE.exec(cell);
  const groups = m?.groups;
  if (!groups?.['year']) return null;
  const unit = groups['unit'] ? unitFromHeader(groups['unit']) : null;
  if (groups['unit'] && !unit) return null;
  return { year: Number(groups['year']), unit, ...(byPhrase ? { phrase: groups['word'] ?? '' } : {}) };
}

/** A word of a measure's effect in a phrase over a year ("Nettoeffekt", "Bedömd besparing", "Resultatförbättring"). */
const EFFECT_STEM_RE = /effekt|bespar|minsk|sänk|reduc|förbättr|netto|påverkan|helår/iu;

/**
 * A header cell naming a period of years ("2027–2028", "Effekt 2027-2029", "2027–28 (mkr)", "2027 till
 * 2028", "Totalt 2027–2028"), up to four words before it: one figure for several years. The cell does not say whether the figure holds for each year or
 * for the period as a whole; the paper may (PER_YEAR_RE). Years rising, at most ten of them.
 */
const PERIOD_CELL_RE =
  /^(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ][A-Za-zªµºÀ-ÖØ-öø-ɏ.]*\s+){0,4}(?<from>(?:19|20)\d{2})\s*(?:[-–—‑]|till)\s*(?<to>(?:19|20)?\d{2})(?!\d)(?:\s*,?\s*\(?\s*(?<unit>[a-zA-Z]+)\s*\)?)?$/iu;

export function periodOfCell(text: string): { years: number[]; unit: MoneyUnit | null } | null {
  const groups = PERIOD_CELL_RE.exec(normalizeText(text).replace(/[:*]/g, ''))?.groups;
  if (!groups?.['from'] || !groups['to']) return null;
  const from = Number(groups['from']);
  const to =
    groups['to'].length === 2 ? Math.floor(from / 100) * 100 + Number(groups['to']) : Number(groups['to']);
  if (to <= from || to - from > 9) return null;
  const unit = groups['unit'] ? unitFromHeader(groups['unit']) : null;
  if (groups['unit'] && !unit) return null;
  return { years: Array.from({ length: to - from + 1 }, (_, k) => from + k), unit };
}

/**
 * What makes a period column's figure hold for each of its years: the paper says the figures are per
 * year ("Effekt per år", "mkr/år", "årlig effekt", "gäller för vart och ett av åren", "varje år").
 * Words of a sum over the period ("totalt", "sammanlagt", "under perioden") say the opposite.
 */
export const PER_YEAR_RE =
  /(?:\/\s*år|(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:per\s+år|om\s+året|årlig[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|vart\s+och\s+ett\s+av\s+(?:åren|dessa\s+år)|varje\s+år|respektive\s+år|för\s+var\s+och\s+en\s+av\s+åren))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/iu;
const PERIOD_SUM_RE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:totalt?|sammanlagt|summa|ackumuler[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|under\s+perioden|för\s+perioden)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/iu;

/** Whether a period column's figure holds for each of its years, by its header and what the paper says about the table. */
/**
 * A column of a measure's full-year effect that names no year ("Helårseffekt", "Årseffekt (mkr)", "Effekt
 * helår") beside the years a measure starts in ("varav 2026").
 */
const FULL_YEAR_EFFECT_RE =
  /^(?:hel\s?års\s?effekt(?:er)?|full\s+(?:helårs|års)?effekt|årseffekt|effekt\s+(?:på\s+)?helår(?:sbasis)?|helår)(?:\s*,?\s*\(?\s*[A-Za-zªµºÀ-ÖØ-öø-ɏ]+\s*\)?)?$/iu;
/** A figure per year from a year on ("Årlig besparing från 2027", "Effekten gäller fr.o.m. år 2028"). */
const FROM_YEAR_RE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:från(?:\s+och\s+med)?|fr\.?\s?o\.?\s?m\.?)\s+(?:år\s+)?((?:19|20)\d{2})(?!\d)/iu;
/**
 * The year a full-year effect holds from, as the paper says it beside the table ("Helårseffekten gäller
 * från 2027", "full effekt fr.o.m. 2028", "årseffekt från och med år 2027").
 */
const FULL_YEAR_FROM_RE = new RegExp(
  `(?:hel\\s?års|års\\s?effekt|full\\s+effekt)[^.]*?${FROM_YEAR_RE.source}`,
  'iu',
);

/**
 * The years a yearless full-year effect column holds for: from the year the caption or the note under
 * the table gives, when that is after every year of the table, through the last year of the paper (its
 * title's period). Null when the paper gives no such year.
 */
export function fullYearEffectYears(
  header: string,
  context: string,
  tableYears: readonly number[],
  paperYears: readonly number[],
): number[] | null {
  if (!FULL_YEAR_EFFECT_RE.test(normalizeText(header))) return null;
  const from = Number(FULL_YEAR_FROM_RE.exec(normalizeText(context))?.[1] ?? Number.NaN);
  if (!Number.isFinite(from) || tableYears.some((y) => y >= from)) return null;
  const last = Math.max(from, ...paperYears);
  if (last - from > 9) return null;
  return Array.from({ length: last - from + 1 }, (_, k) => from + k);
}

/** An effect word: what a per-year header must name to be an effect column ("Besparing per år"). */
const EFFECT_WORD_RE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]*effekt[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|besparing[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|kostnadsminskning[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)/iu;

/**
 * A table of one figure column that gives each measure's steady yearly effect and no year: a full-year
 * effect ("Helårseffekt (mkr)") or an effect per year ("Årlig besparing, tkr", "Effekt per år"), with
 * the year it holds from in the header itself, the caption or the note under the table ("Helårseffekten
 * gäller från 2027"). The rows with that year put into the column's header, for cellHeader to read it as
 * the year's column, and the later years of the paper (the title's period) it holds for too. Null when
 * the table has no such column (exactly one), its cells are not figures, or no year is given.
 */
function withSteadyEffectYear(
  rows: readonly string[][],
  context: () => string,
  paperYears: readonly number[],
): { rows: string[][]; column: number; later: number[]; header: string } | null {
  for (let r = 0; r < Math.min(3, rows.length - 1); r++) {
    const row = rows[r] ?? [];
    const steady = row.flatMap((cell, c) => {
      const text = normalizeText(cell);
      const kind =
        c > 0 &&
        !/(?:19|20)\d{2}(?!\d)/.test(text.replace(FROM_YEAR_RE, '')) &&
        (FULL_YEAR_EFFECT_RE.test(text) ||
          (PER_YEAR_RE.test(text) && EFFECT_WORD_RE.test(text)) ||
          (FROM_YEAR_RE.test(text) && EFFECT_WORD_RE.test(text) && text.split(' ').length <= 6));
      return kind ? [{ c, text }] : [];
    });
    if (steady.length !== 1) continue;
    const { c, text } = steady[0] as { c: number; text: string };
    const body = rows
      .slice(r + 1)
      .map((cells) => normalizeText(cells[c] ?? ''))
      .filter((t) => t && !/^[-–—−]$/.test(t));
    if (body.length === 0 || body.some((t) => !/\d/.test(t)) || body.filter(wordCell).length > 0) return null;
    const from = Number(
      FROM_YEAR_RE.exec(text)?.[1] ?? FROM_YEAR_RE.exec(normalizeText(context()))?.[1] ?? Number.NaN,
    );
    if (!Number.isFinite(from)) return null;
    const last = Math.max(from, ...paperYears.filter((y) => y - from <= 9));
    const unit = unitFromHeader(text);
    const out = rows.map((cells) => [...cells]);
    (out[r] as string[])[c] = unit ? `${from} (${unit})` : String(from);
    return {
      rows: out,
      column: c,
      later: Array.from({ length: last - from }, (_, k) => from + 1 + k),
      header: text,
    };
  }
  return null;
}

export function periodIssue(headers: readonly string[]): string {
  return `a column for a period of years (${headers.join('; ')}) gives one figure for several years, and the paper does not say it holds for each of them: it is read as no year's effect`;
}

export function periodPerYear(header: string, context: string): boolean {
  if (PERIOD_SUM_RE.test(header)) return false;
  return PER_YEAR_RE.test(header) || PER_YEAR_RE.test(context);
}

/**
 * A header cell naming the effect a plan decided for a year, as a follow-up of the plan prints it beside
 * the outcome and forecast: "Beslutad effekt 2026", "Planerad besparing 2026", "Effekt enligt plan
 * 2026", "Budgeterad effekt 2026" (strong: they name an effect), or "Plan 2026" alone (weak: a budget
 * table's plan column reads the same, so it counts only beside follow-up columns under a label header
 * that names measures). The unit may follow as in a plain year cell. A narrow cell's lines may come
 * joined without their space ("Beslutadeffekt 2026"): the words may stand glued.
 */
const PLANNED_YEAR_CELL_RE =
  /^(?:(?<strong>(?:beslutad|beslutat|planerad|planerat|budgeterad|budgeterat|fastställd|fastställt)e?\s*(?:ekonomisk\s*)?(?:effekt|besparing|kostnadsminskning|nettoeffekt)|(?:effekt|besparing)\s*(?:enl\.?|enligt)\s*(?:handlings)?plan(?:en)?|plan\.?\s*effekt)|(?<weak>plan(?:en)?))\s*,?\s*(?<year>(?:19|20)\d{2})(?:\s*,?\s*\(?\s*(?<unit>[a-zA-Z]+)\s*\)?)?$/iu;
/** A follow-up column's level: what was reached or is expected, or the gap to the plan. */
export const FOLLOW_UP_LEVEL_RE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:utfall[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|prognos[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|helårsprognos[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|avvikelse[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|bokslut[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)/iu;
/** A label header that names measures ("Åtgärd", "Insatser", "Aktivitet", "Besparingsförslag"). */
const MEASURE_LABEL_RE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:åtgärd|insats|aktivitet|[A-Za-zªµºÀ-ÖØ-öø-ɏ]*förslag)/iu;

function plannedYearOfCell(text: string): { year: number; unit: MoneyUnit | null; weak: boolean } | null {
  const m = PLANNED_YEAR_CELL_RE.exec(normalizeText(text).replace(/[:*]/g, ''));
  const groups = m?.groups;
  if (!groups?.['year']) return null;
  const unit = groups['unit'] ? unitFromHeader(groups['unit']) : null;
  if (groups['unit'] && !unit) return null;
  return { year: Number(groups['year']), unit, weak: groups['weak'] !== undefined };
}

/**
 * The columns of a header row that hold a plan's decided effect per year, beside the plan's follow-up
 * ("Åtgärd | Beslutad effekt 2026 | Utfall jan–sep | Prognos helår | Avvikelse"): column → year. A weak
 * "Plan 2026" counts only when another cell of the row is a follow-up level and a cell before it names
 * measures.
 */
function plannedColumns(row: readonly string[]): Map<number, { year: number; unit: MoneyUnit | null }> {
  const out = new Map<number, { year: number; unit: MoneyUnit | null }>();
  // A follow-up column of the plan's year, or of no year ("Utfall jan–sep", "Prognos 2026" beside "Plan
  // 2026"); "Budget 2027 | Prognos 2028 | Plan 2029" is a multi-year plan whose columns are each a year.
  // The years each follow-up cell of the row names (none: any year), read once for the row.
  const followUps = row
    .map(normalizeText)
    .filter((text) => FOLLOW_UP_LEVEL_RE.test(text))
    .map((text) => [...text.matchAll(/(?<![\p{N}])((?:19|20)\d{2})(?![\p{N}])/gu)].map((m) => Number(m[1])));
  const followsUp = (year: number): boolean =>
    followUps.some((named) => named.length === 0 || named.includes(year));
  row.forEach((cell, c) => {
    if (c === 0) return;
    const planned = plannedYearOfCell(cell);
    if (!planned) return;
    if (
      planned.weak &&
      !(followsUp(planned.year) && row.slice(0, c).some((x) => MEASURE_LABEL_RE.test(normalizeText(x))))
    )
      return;
    out.set(c, { year: planned.year, unit: planned.unit });
  });
  return out;
}

function isYearSequence(years: number[]): boolean {
  if (years.length < 1) return false;
  for (let i = 1; i < years.length; i++) {
    const prev = years[i - 1] ?? 0;
    const cur = years[i] ?? 0;
    if (cur <= prev || cur - prev > 5) return false;
  }
  return true;
}

export { withoutFootnoteMark };

/**
 * A bound or an approximation written as a sign before the figure: "> 2,0", "≥ 1,5" read as "minst",
 * "< 1", "≤ 1" as "upp till", "≈ 2,2", "~ 2,2" as "ca" — each gives the printed figure.
 */
const BOUND_SIGN_RE = /^(?:>=?|≥|=>|<=?|≤|=<|≈|≃|~|∼)\s*(?=\d)/u;
/**
 * A minus set after the figure, as ERP exports and spreadsheet formats print negatives ("2,6-",
 * "1 300-"): a hyphen or U+2212 right after the last digit (an en dash there is left unread).
 */
const TRAILING_MINUS_RE = /^(\d[\d\s.,'\u2019]*\d|\d)\s?[-\u2212]$/u;
/**
 * A note in parentheses after the figure that says how sure it is ("1,1 (uppskattat)", "2,0 (prel.)",
 * "3 (bedömning)"): words only — a unit ("2,0 (mkr)") or a figure in the parentheses is no such note.
 */
const TRAILING_NOTE_RE = /^(.*\d)\s*\(\s*([A-Za-zªµºÀ-ÖØ-öø-ɏ][A-Za-zªµºÀ-ÖØ-öø-ɏ.\s-]*)\)$/u;
/**
 * A range in one cell: two figures parted by a dash written the same on both sides ("2–3", "6 - 8",
 * "1 250–1 500") or by "till" or "à" ("2 till 3", "0,5 à 1,0"). A dash glued to the second figure after a space ("4,0 -3,2")
 * is that figure's minus, no range.
 */
const RANGE_CELL_RE = /^(?<low>.*?\d)(?<before>\s*)(?<sep>[-–—−]|till|à)(?<after>\s*)(?<high>\d.*)$/u;

/**
 * Glyphs that may say something of the figure beside them, so that they are never taken off it as a
 * light: arrows (a trend, a direction), the heavy plus, minus and division signs (a sign), crosses and a
 * warning sign (not decided, at risk). The cell is then left unread, and said so.
 */
const NOT_STATUS_GLYPH =
  '[\\u2190-\\u21FF\\u2794-\\u27BF\\u2795-\\u2797\\u27F0-\\u27FF\\u2900-\\u297F\\u2B00-\\u2BFF\\u2716-\\u2718\\u274C\\u274E\\u26A0]';

/**
 * A status light or check mark drawn as a glyph beside the figure in its cell ("7,3 ●", "■ 2,0",
 * "1,5 ✔"): geometric shapes, symbols, dingbats, emoji and a symbol font's private-use glyphs
 * (Wingdings through ToUnicode). An icon is no text; the figure beside it is read. Arrows are left
 * alone (a trend arrow may say which way the figure goes).
 */
const STATUS_GLYPH = `(?:(?!${NOT_STATUS_GLYPH})[\\u2022\\u25A0-\\u25FF\\u2600-\\u27BF\\uE000-\\uF8FF\\p{Extended_Pictographic}]|\\uFE0F)+`;
const STATUS_GLYPH_RE = new RegExp(`^${STATUS_GLYPH}\\s*|\\s*${STATUS_GLYPH}$`, 'gu');

/**
 * A year cell's figure: "–", "-" and blank are no effect, and so is 0; "(12,5)" is negative. A bound
 * ("ca 2,9", "minst 2", "upp till 3", "> 2,0", "≥ 1,5") gives the printed figure; a range ("2–3") its
 * lower end, with the upper end as `rangeEnd` (an amount of the paper, no year's effect).
 */
export function parseValue(
  cell: string,
  unit: MoneyUnit,
): { amountMsek: number; raw: string; rangeEnd?: number } | null | 'unread' {
  const printed = withoutFootnoteMark(normalizeText(cell).replace(STATUS_GLYPH_RE, ''));
  let text = printed;
  if (!text || /^[-–—−]$/.test(text)) return null;
  const note = TRAILING_NOTE_RE.exec(text);
  if (note?.[1] && note[2] && !unitFromHeader(note[2])) text = note[1].trim();
  const suffixed = signedBeforeUnit(text);
  if (suffixed) text = suffixed.figure;
  const trailing = TRAILING_MINUS_RE.exec(text);
  if (trailing?.[1]) text = `-${trailing[1]}`;
  const paren = /^\((.+)\)$/.exec(text);
  const inner = (paren?.[1] ? paren[1].trim() : text).replace(BOUND_SIGN_RE, '');
  const match = parseAmount(suffixed ? `${inner} ${suffixed.unit}` : inner, { defaultUnit: unit });
  if (!match) {
    const range = paren ? null : rangeOfCell(inner, unit);
    if (!range) return 'unread';
    return { amountMsek: range.low, raw: printed, rangeEnd: range.high };
  }
  if (match.amountMsek === 0) return null;
  const amountMsek = paren && match.amountMsek > 0 ? -match.amountMsek : match.amountMsek;
  return { amountMsek, raw: printed };
}

/**
 * A figure whose sign or parentheses close before its unit ("1,4- mkr", "(6,2) tkr", "2,5− mkr"): the
 * figure as printed and the unit word apart, so that the sign is read as in a cell without a unit.
 * Null for any other cell ("7,6 mkr" reads as it is).
 */
function signedBeforeUnit(text: string): { figure: string; unit: string } | null {
  const m = /^(.*\d[,.]?\d*\s?[)\-\u2212])\s+([A-Za-zªµºÀ-ÖØ-öø-ɏ]{2,6}\.?)$/u.exec(text);
  if (!m?.[1] || !m[2] || !unitFromHeader(m[2])) return null;
  return { figure: m[1].trim(), unit: m[2] };
}

/** The two ends of a range cell ("2–3", "ca 1,5–2 mkr"), in million SEK; null unless both are positive and rising. */
function rangeOfCell(text: string, unit: MoneyUnit): { low: number; high: number } | null {
  const m = RANGE_CELL_RE.exec(text)?.groups;
  if (!m?.['low'] || !m['high']) return null;
  const dash = m['sep'] !== 'till' && m['sep'] !== 'à';
  if (dash ? m['before'] !== m['after'] : !m['before'] || !m['after']) return null;
  // A period of years ("2026–2028") is no range of money.
  if (/^(?:19|20)\d{2}$/.test(m['low'].trim()) && /^(?:19|20)\d{2}$/.test(m['high'].trim())) return null;
  const high = parseAmount(m['high'], { defaultUnit: unit });
  if (!high) return null;
  // The lower end takes the upper end's unit when it writes none ("1,5–2 mkr").
  const low =
    parseAmount(`${m['low']}${high.unit ? ` ${high.unit}` : ''}`, { defaultUnit: unit }) ??
    parseAmount(m['low'], { defaultUnit: unit });
  if (!low || low.amountMsek <= 0 || high.amountMsek <= low.amountMsek) return null;
  if (high.amountMsek > low.amountMsek * 1000) return null;
  return { low: low.amountMsek, high: high.amountMsek };
}

/**
 * The unit the year cells carry themselves when header and caption state none ("14 838 000 kr",
 * "2,5 mkr" in every cell): every figure cell must name a unit, and the same one, so that a table
 * of bare numbers is still refused rather than read in a guessed unit.
 */
/**
 * The unit every row states at the end of its label — "Summa åtgärder, mkr", "Totalt (tkr)",
 * "Totalt mkr": a sum line set apart under a line of years carries its unit in its own label. Null
 * unless every row states one and all agree.
 */
export function unitOfRowLabels(labels: readonly string[]): MoneyUnit | null {
  let unit: MoneyUnit | null = null;
  if (labels.length === 0) return null;
  for (const label of labels) {
    const tail = /(?:,\s*|\(\s*|\s)([A-Za-zªµºÀ-ÖØ-öø-ɏ]+)\s*\)?\s*$/u.exec(normalizeText(label))?.[1];
    const found = tail ? unitFromHeader(tail) : null;
    if (!found || (unit !== null && unit !== found)) return null;
    unit = found;
  }
  return unit;
}

export function unitOfCells(cells: readonly string[]): MoneyUnit | null {
  // Each cell may name its own unit ("850 tkr" beside "1,2 mkr"): every one is then read in its own,
  // and the table's unit is the one most cells name.
  const counts = new Map<MoneyUnit, number>();
  // A cell that reads as no amount at all (a unit the text layer broke, "51 519,2 tk r") names no other
  // unit: a few are passed over among many that name one. A bare figure still refuses the table.
  let unreadable = 0;
  let named = 0;
  for (const cell of cells) {
    const text = normalizeText(cell);
    if (!text || /^[-–—−]$/.test(text)) continue;
    const suffixed = signedBeforeUnit(text);
    const figure = suffixed ? suffixed.figure.replace(/[-\u2212]$/, '') : text;
    const inner = /^\((.+)\)$/.exec(figure)?.[1]?.trim() ?? figure;
    const match = parseAmount(suffixed ? `${inner} ${suffixed.unit}` : inner);
    if (!match) {
      unreadable += 1;
      continue;
    }
    if (match.unit === '') return null;
    named += 1;
    counts.set(match.unitKind, (counts.get(match.unitKind) ?? 0) + 1);
  }
  if (unreadable > 0 && (named < 3 || unreadable * 4 > named)) return null;
  let unit: MoneyUnit | null = null;
  for (const [kind, n] of counts) if (unit === null || n > (counts.get(unit) ?? 0)) unit = kind;
  return unit;
}

/**
 * A column that gives each row its unit ("Enhet": mkr on one row, tkr on the next) under year headers
 * that name none: the body rows with figures each hold a unit alone in that column. The year cells get
 * their row's unit written after the figure (inside accountants' parentheses), so that each is read
 * in its own; null when the table has no such column.
 */
export function withRowUnits(
  rows: readonly string[][],
  headerRows: number,
  yearColumns: readonly number[],
  labelColumn: number,
): string[][] | null {
  const body = rows.slice(headerRows);
  const hasFigure = (row: readonly string[]) => yearColumns.some((c) => /\d/.test(row[c] ?? ''));
  const width = Math.max(0, ...rows.map((row) => row.length));
  for (let c = 0; c < width; c++) {
    if (c === labelColumn || yearColumns.includes(c)) continue;
    const withFigures = body.filter(hasFigure);
    if (withFigures.length < 2 || !withFigures.every((row) => unitOnly(row[c] ?? ''))) continue;
    return rows.map((row, r) => {
      const word = normalizeText(row[c] ?? '').replace(/[()[\],.:]/g, '');
      if (r < headerRows || !unitOnly(word)) return [...row];
      return row.map((cell, k) => {
        const text = normalizeText(cell);
        if (!yearColumns.includes(k) || !/\d/.test(text)) return cell;
        const paren = /^\((.+)\)$/.exec(text);
        return paren ? `(${paren[1]} ${word})` : `${text} ${word}`;
      });
    });
  }
  return null;
}

/* ------------------------------------------------------------ cell tables */

interface CellHeader {
  headerRows: number;
  /** Column index → year. */
  years: Map<number, number>;
  /** The year columns' figures are cumulative (a header over them or their own cell says so). */
  cumulative: boolean;
  /** The year columns' figures are increments over the year before (the header or the caption says so). */
  incremental?: boolean;
  unit: MoneyUnit | null;
  /**
   * Year columns whose own header cell names a unit ("Effekt 2026, tkr" beside "Effekt 2027, mkr"): each
   * is read in its own unit, not the table's (the first one named).
   */
  columnUnits?: Map<number, MoneyUnit>;
  labelColumn: number;
  numberColumn: number | null;
  descriptionColumn: number | null;
  /** Other text columns, by index, with their header. */
  extras: Map<number, string>;
  labelHeader: string;
  /** Why the column reading is a guess, when it is. */
  doubt: string | null;
  /** Years printed only in parts (no full-year column): year → the part columns, summed with a warning. */
  partSums: Map<number, number[]>;
  /** Why a year read from parts of it is unsure, or not read. */
  partIssues: string[];
  /**
   * Columns headed by a period of years ("2027–2028"), by index, with the years and the header text.
   * cellTables keeps them only when the paper says the figures hold per year (periodPerYear); then each
   * figure is the effect of every year of its period.
   */
  periods: Map<number, { years: number[]; header: string; sure?: boolean }>;
}

/** Sub-heads of a revised year: the superseded assessment and the one that replaces it. */
const OLD_ASSESSMENT_RE =
  /^(?:tidigare|ursprunglig[at]?|föregående|gammal|gamla|förra|före revidering(?:en)?)(?:\s|$)/i;
const NEW_ASSESSMENT_RE =
  /^(?:ny|nya|nytt|reviderad|reviderat|reviderade|uppdaterad|uppdaterat|uppdaterade|aktuell|aktuellt|aktuella|efter revidering(?:en)?)(?:\s|$)/i;

/**
 * Year columns of a revised table: every year stands over a pair of columns whose cells on the row under
 * the years are a superseded and a new assessment, side by side, the other column of the pair with no
 * year of its own. Gives, per year column, the column of its new assessment (itself when the year stands
 * over it); null when the row under the years is not such a row for every year.
 */
function revisedYearColumns(
  yearRow: readonly string[],
  below: readonly string[],
  years: ReadonlyMap<number, number>,
): Map<number, number> | null {
  if (years.size === 0) return null;
  const out = new Map<number, number>();
  const cell = (c: number) => normalizeText(below[c] ?? '');
  const free = (c: number) => c > 0 && c < below.length && !years.has(c) && !normalizeText(yearRow[c] ?? '');
  for (const c of years.keys()) {
    const here = cell(c);
    if (
      NEW_ASSESSMENT_RE.test(here) &&
      [c - 1, c + 1].some((o) => free(o) && OLD_ASSESSMENT_RE.test(cell(o)))
    )
      out.set(c, c);
    else if (OLD_ASSESSMENT_RE.test(here)) {
      const to = [c + 1, c - 1].find((o) => free(o) && NEW_ASSESSMENT_RE.test(cell(o)));
      if (to === undefined) return null;
      out.set(c, to);
    } else return null;
  }
  // Two years may not take one column.
  if (new Set(out.values()).size !== out.size) return null;
  for (const [from, to] of [...out]) if (from === to) out.delete(from);
  return out;
}

/** A sub-head of a year's gross figure or cost, nothing else ("Brutto", "Kostnad", "Bruttoeffekt"). */
const GROSS_SUBHEAD_RE =
  /^(?:brutto[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|[A-Za-zªµºÀ-ÖØ-öø-ɏ]*kostnad(?:er)?|[A-Za-zªµºÀ-ÖØ-öø-ɏ]*besparing(?:ar)?)(?:\s*\([A-Za-zªµºÀ-ÖØ-öø-ɏ]+\))?$/iu;
/** A sub-head of a year's net figure, nothing else ("Netto", "Nettoeffekt", "Netto (mkr)"). */
const NET_SUBHEAD_RE = /^netto[A-Za-zªµºÀ-ÖØ-öø-ɏ]*(?:\s*\([A-Za-zªµºÀ-ÖØ-öø-ɏ]+\))?$/iu;

/**
 * Year columns over gross and net sub-columns: every year stands over a group of columns (the spanning
 * year cell, copied into each column it spans or set over one of them, the others blank) whose cells on
 * the row under the years are one net and at least one gross figure or cost ("2027" over "Brutto |
 * Netto"). The net is what the measure does to the result: gives, per year column, its net column;
 * null when the row under the years is not such a row for every year.
 */
function netSubColumns(
  yearRow: readonly string[],
  below: readonly string[],
  years: ReadonlyMap<number, number>,
): Map<number, number> | null {
  if (years.size === 0) return null;
  const out = new Map<number, number>();
  const width = Math.max(yearRow.length, below.length);
  const cell = (c: number) => normalizeText(below[c] ?? '');
  const yearColumns = [...years.keys()].sort((a, b) => a - b);
  for (const c of yearColumns) {
    const head = normalizeText(yearRow[c] ?? '');
    // The group: the columns left and right of the year that repeat it or are blank, up to another year.
    const inGroup = (o: number) =>
      o > 0 && o < width && !years.has(o) && ['', head].includes(normalizeText(yearRow[o] ?? ''));
    let lo = c;
    let hi = c;
    while (inGroup(lo - 1) && normalizeText(yearRow[lo - 1] ?? '') === head) lo--;
    while (inGroup(hi + 1)) hi++;
    // A blank column on the left belongs to the year before it, unless it is the first year's.
    if (lo === c) while (c === yearColumns[0] && inGroup(lo - 1) && cell(lo - 1)) lo--;
    const group = Array.from({ length: hi - lo + 1 }, (_, k) => lo + k);
    const nets = group.filter((o) => NET_SUBHEAD_RE.test(cell(o)));
    const gross = group.filter((o) => GROSS_SUBHEAD_RE.test(cell(o)));
    if (nets.length !== 1 || gross.length === 0) return null;
    out.set(c, nets[0] as number);
  }
  if (new Set(out.values()).size !== out.size) return null;
  for (const [from, to] of [...out]) if (from === to) out.delete(from);
  return out;
}

/**
 * Whether a table row is the other half of the row before it, a gross and a net row of one measure: the
 * same title (or one of them blank: a merged title set on one row) and, in one column beside the title,
 * a gross sub-head on one row and a net sub-head on the other. 'net' when this row is the net one.
 */
function grossNetPair(
  last: TableRow,
  text: string,
  extras: readonly { header: string; text: string }[],
): 'net' | 'gross' | null {
  const lastText = normalizeText(last.text);
  if (lastText && text && lastText !== text) return null;
  if (!lastText && !text) return null;
  if (last.grossValues) return null;
  for (const extra of extras) {
    const other = (last.extras ?? []).find((e) => e.header === extra.header)?.text ?? '';
    if (NET_SUBHEAD_RE.test(extra.text) && GROSS_SUBHEAD_RE.test(other)) return 'net';
    if (GROSS_SUBHEAD_RE.test(extra.text) && NET_SUBHEAD_RE.test(other)) return 'gross';
  }
  return null;
}

/** The sum of a year's parts in the cell under the year ("Summa", "Totalt 2026", "Helår"): the whole year. */
const PARTS_SUM_RE = /^(?:summa|s:a|totalt?|helår(?:et)?|hela\s+året)(?:\s+(?:19|20)\d{2})?$/iu;

/**
 * A year cell spanning its parts, read into each column ("2026 | 2026 | 2026 | 2026" over "Kv 1 | Kv 2 |
 * Kv 3 | Helår", "T1 | T2 | T3 | Summa 2026"): each column is headed by its part of that year ("Kv 1
 * 2026"), a sum of the parts by the whole year ("Helår 2026"), written into the year's row; the row
 * of parts is then header and says nothing more (its cells under one-row heads are those heads again,
 * a cell spanning both rows). Rows are copied, never changed in place.
 */
function yearOverItsParts(rows: string[][], maxHeaderRows: number): string[][] {
  const out = rows.map((cells) => [...cells]);
  for (let r = 0; r + 1 < maxHeaderRows; r++) {
    const row = [...(out[r] ?? [])];
    const below = [...(out[r + 1] ?? [])];
    const plainYear = (t: string): number | null => (/^(?:19|20)\d{2}$/.test(t) ? Number(t) : null);
    // Each column's year and what it is of that year: a part, the sum of the parts, or nothing.
    const slots = row.map((_, c) => {
      const above = normalizeText(row[c] ?? '');
      const sub = normalizeText(below[c] ?? '');
      const over = plainYear(above);
      if (c === 0 || (above !== '' && over === null) || sub === '') return null;
      const own = partOfCell(sub);
      if (own && (over === null || own.year === over)) return { year: own.year, text: sub, own: true };
      if (over !== null && partOfCell(`${sub} ${over}`)) return { year: over, text: `${sub} ${over}` };
      const sum = PARTS_SUM_RE.exec(sub);
      const sumYear = sum ? Number(/(?:19|20)\d{2}/.exec(sub)?.[0] ?? over ?? Number.NaN) : Number.NaN;
      if (sum && !Number.isNaN(sumYear) && (over === null || over === sumYear))
        return { year: sumYear, text: `Helår ${sumYear}`, sum: true };
      return null;
    });
    let changed = false;
    for (let c = 1; c < row.length; c++) {
      const first = slots[c];
      if (!first) continue;
      let end = c;
      while (end + 1 < row.length && slots[end + 1]?.year === first.year) end++;
      // A sum right after the parts that names no year ("Helår", "Summa") is their year's.
      const next = end + 1;
      const aboveNext = normalizeText(row[next] ?? '');
      if (
        next < row.length &&
        !slots[next] &&
        PARTS_SUM_RE.test(normalizeText(below[next] ?? '')) &&
        (aboveNext === '' || plainYear(aboveNext) === first.year)
      ) {
        slots[next] = { year: first.year, text: `Helår ${first.year}`, sum: true };
        end = next;
      }
      const run = slots.slice(c, end + 1);
      const sums = run.filter((x) => x?.sum).length;
      // The year stands over the parts, or in the parts' own cells (spread there already).
      const stated =
        row.slice(c, end + 1).some((t) => plainYear(normalizeText(t)) === first.year) ||
        run.some((x) => x && 'own' in x);
      if (run.length - sums >= 2 && sums <= 1 && stated) {
        run.forEach((x, k) => {
          row[c + k] = x?.text ?? '';
          below[c + k] = '';
        });
        changed = true;
      }
      c = end;
    }
    if (!changed) continue;
    // The rest of the row of parts: heads spanning both rows, or heads set on it alone.
    below.forEach((t, c) => {
      if (!normalizeText(row[c] ?? '')) row[c] = t;
      if (normalizeText(t) === normalizeText(row[c] ?? '')) below[c] = '';
    });
    if (below.some((t) => normalizeText(t) !== '')) continue;
    out[r] = row;
    out[r + 1] = below;
  }
  return out;
}

/**
 * The header of a table of cells: the first row (of four) whose cells after the first are years; the
 * rows above it are header too ("Ekonomisk effekt" spanning the years), and so are unit-only rows
 * under it ("(mkr)"). Columns that are not years are told apart by their header and their cells.
 */
/** A cell holding one figure: "2,5", "−1,2", "(0,4)", "1 250". */
const FIGURE_CELL_RE = /^[-−–(]?\s?\d{1,3}(?:[ \u00a0\u202f]\d{3})*(?:,\d+)?\)?$/u;

function cellHeader(drawnRows: string[][], yearFromCaption = false): CellHeader | null {
  const maxHeaderRows = Math.min(4, drawnRows.length);
  const rows = yearOverItsParts(
    drawnRows.map((cells, r) => (r < maxHeaderRows ? cells.map(joinBrokenHeaderWord) : cells)),
    maxHeaderRows,
  );
  // The last header row with a plain year cell: a phrase over a year above it ("Uppföljning 2026" over
  // "2026 | 2027 | 2028 | Utfall") is a group head, not the years.
  let lastPlainRow = -1;
  for (let r = 0; r < maxHeaderRows; r++)
    if ((rows[r] ?? []).some((cell, c) => c > 0 && yearOfCell(cell) !== null)) lastPlainRow = r;
  // A header holds no figures: a phrase over a year below the first row with one ("Start 2027" in an
  // owner's column beside "3,0") is a cell of the body, never a head.
  const firstFigureRow = rows.findIndex(
    (cells, r) =>
      r < maxHeaderRows &&
      cells.some(
        (cell, c) =>
          c > 0 &&
          yearOfCell(cell) === null &&
          parseAmount(normalizeText(cell), { defaultUnit: 'mkr' }) !== null,
      ),
  );
  for (let r = 0; r < maxHeaderRows; r++) {
    const row = rows[r] ?? [];
    // A phrase before a year names the year's effect column only where no later row holds the plain
    // years and no cell names a year's gross figure or cost (a gross / cost / net row: netColumns).
    const worded =
      r >= lastPlainRow &&
      (firstFigureRow === -1 || r < firstFigureRow) &&
      !row.some((cell, c) => c > 0 && GROSS_YEAR_CELL_RE.test(normalizeText(cell)));
    // Year columns read from a phrase, by column: a plain year cell of the same year takes its place
    // ("Ram 2027 | Besparing 2027"), and a phrase with no word of an effect is told.
    const phrased = new Map<number, string>();
    const years = new Map<number, number>();
    const cumulativeColumns = new Set<number>();
    let unit: MoneyUnit | null = null;
    const columnUnits = new Map<number, MoneyUnit>();
    const parts = new Map<number, { column: number; part: YearPart; text: string }[]>();
    // A plan's decided effect per year beside its follow-up: those columns are the years.
    const planned = plannedColumns(row);
    for (const [c, y] of planned) {
      if ([...years.values()].includes(y.year)) continue;
      years.set(c, y.year);
      unit = unit ?? y.unit;
      if (y.unit) columnUnits.set(c, y.unit);
    }
    row.forEach((cell, c) => {
      if (planned.has(c)) return;
      const part = c > 0 ? partOfCell(cell) : null;
      if (part) {
        parts.set(part.year, [
          ...(parts.get(part.year) ?? []),
          { column: c, part, text: normalizeText(cell) },
        ]);
        return;
      }
      const full = fullYearOfCell(cell);
      const plain = yearOfCell(cell, worded) ?? (full === null ? null : { year: full, unit: null });
      const y = plain ?? cumulativeYearOfCell(cell);
      const taken = y ? [...years].find(([, year]) => year === y.year)?.[0] : undefined;
      if (y && c > 0 && taken !== undefined && phrased.has(taken) && !plain?.phrase) {
        years.delete(taken);
        phrased.delete(taken);
        columnUnits.delete(taken);
      }
      if (y && c > 0 && ![...years.values()].includes(y.year)) {
        years.set(c, y.year);
        if (plain?.phrase !== undefined) phrased.set(c, plain.phrase);
        if (!plain) cumulativeColumns.add(c);
        unit = unit ?? y.unit;
        if (y.unit) columnUnits.set(c, y.unit);
      }
    });
    // No plain year, but net columns of years that other cells of the row name with a word of their
    // own ("Bruttobesparing 2027 | Merkostnad 2027 | Nettoeffekt 2027"): the nets are the years.
    const netYears = years.size === 0 ? netColumns(row, yearFromCaption) : null;
    if (netYears) for (const [c, year] of netYears) years.set(c, year);
    // A period of years beside the years ("2026 | 2027–2028 | 2029"): a column of its own, unless
    // it overlaps a year column (a sum column "2026–2028" beside each year's).
    const periods = new Map<number, { years: number[]; header: string }>();
    if (years.size > 0)
      row.forEach((cell, c) => {
        const period = c > 0 && !years.has(c) && !planned.has(c) ? periodOfCell(cell) : null;
        if (!period || period.years.some((y) => [...years.values()].includes(y))) return;
        periods.set(c, { years: period.years, header: normalizeText(cell) });
        unit = unit ?? period.unit;
      });
    // Parts of a year beside its full-year column are amounts (money columns of their own); a year
    // printed only in parts is the sum of them when they cover it (or may: numbered periods), warned,
    // and no year at all when they do not.
    const partSums = new Map<number, number[]>();
    const partIssues: string[] = [];
    const unnamed = [...phrased].filter(([c, phrase]) => years.has(c) && !EFFECT_STEM_RE.test(phrase));
    if (unnamed.length > 0)
      partIssues.push(
        `the year columns are headed by words that name no effect (${unnamed.map(([c]) => `"${normalizeText(row[c] ?? '')}"`).join(', ')}): their figures are read as the years' effects`,
      );
    for (const [year, all] of parts) {
      if ([...years.values()].includes(year)) continue;
      // A part over a column of words ("Klart Q3 2029" as a status) holds no figures of the year.
      const list = all.filter(({ column }) => {
        const texts = rows
          .slice(r + 1)
          .map((cells) => normalizeText(cells[column] ?? ''))
          .filter((t) => t && !/^[-–—−]$/.test(t));
        return texts.length > 0 && texts.filter(wordCell).length * 2 <= texts.length;
      });
      if (list.length === 0) continue;
      const { summed, issue } = yearFromParts(
        year,
        list.map((p) => p.part),
        list.map((p) => p.text).join(', '),
      );
      partIssues.push(issue);
      if (summed)
        partSums.set(
          year,
          list.map((p) => p.column),
        );
    }
    const periodYears = (): number[] => [...periods.values()].flatMap((p) => p.years);
    const yearList = [...years.values(), ...partSums.keys(), ...periodYears()].sort((a, b) => a - b);
    if (yearList.length < 1 || !isYearSequence(yearList)) continue;
    let headerRows = r + 1;
    while (
      headerRows < rows.length &&
      (rows[headerRows] ?? []).every((cell) => !normalizeText(cell) || unitOnly(cell))
    ) {
      headerRows++;
    }
    // A revised table: each year over two columns, headed on the row below by the superseded and the new
    // assessment ("Tidigare bedömning | Ny bedömning"). The new one is the year's effect, wherever the
    // spanning year cell was set; that row is header.
    const revised =
      headerRows === r + 1
        ? (revisedYearColumns(row, rows[headerRows] ?? [], years) ??
          netSubColumns(row, rows[headerRows] ?? [], years))
        : null;
    if (revised) {
      for (const [from, to] of revised) {
        const year = years.get(from) as number;
        years.delete(from);
        years.set(to, year);
        const u = columnUnits.get(from);
        if (u) {
          columnUnits.delete(from);
          columnUnits.set(to, u);
        }
      }
      headerRows++;
    }
    // A year over a column of words is no year header: a period cell ("2026–" / "2029") broken by
    // a page, over "Från 2026", "Q3 2026" below it. Year columns hold figures, dashes or nothing.
    // A group's heading row (one cell spanning the table, read into every column) is no cell of it.
    for (const c of [...years.keys()]) {
      const texts = rows
        .slice(headerRows)
        .filter((cells) => !spanningRow(cells))
        .map((cells) => normalizeText(cells[c] ?? ''))
        .filter((t) => t && !/^[-–—−]$/.test(t));
      const words = texts.filter(wordCell).length;
      if (texts.length > 0 && words * 2 > texts.length) years.delete(c);
    }
    for (const c of [...periods.keys()]) {
      const texts = rows
        .slice(headerRows)
        .map((cells) => normalizeText(cells[c] ?? ''))
        .filter((t) => t && !/^[-–—−]$/.test(t));
      if (texts.length > 0 && texts.filter(wordCell).length * 2 > texts.length) periods.delete(c);
    }
    // A header above a year column that calls it cumulative ("Ackumulerad effekt" spanning the years).
    for (const c of years.keys()) {
      if (rows.slice(0, r).some((cells) => CUMULATIVE_RE.test(normalizeText(cells[c] ?? ''))))
        cumulativeColumns.add(c);
    }
    // Cumulative columns beside annual ones are money columns of their own, not the years' effects.
    if (cumulativeColumns.size > 0 && cumulativeColumns.size < years.size)
      for (const c of cumulativeColumns) years.delete(c);
    const cumulative = cumulativeColumns.size > 0 && [...years.keys()].every((c) => cumulativeColumns.has(c));
    // Other cells of the row that name one of the years with a word of their own ("Kostnad 2026",
    // "Netto 2026" beside "Besparing 2026"): saving, cost and net of the same year side by side. The
    // net is what the measure does to the result, so its columns are the years' effects; without a
    // net column the year columns are told as unsure.
    const named = new Map<number, { year: number; text: string }>();
    if (!netYears)
      row.forEach((cell, c) => {
        const text = normalizeText(cell);
        const m = NAMED_YEAR_RE.exec(text);
        if (c > 0 && m?.[1] && !years.has(c) && !CUMULATIVE_RE.test(text) && !partOfCell(text))
          named.set(c, { year: Number(m[1]), text });
      });
    const yearSet = new Set(years.values());
    const nets = [...named].filter(([, n]) => NET_RE.test(n.text) && yearSet.has(n.year));
    let yearDoubt: string | null = null;
    if (nets.length > 0 && new Set(nets.map(([, n]) => n.year)).size === nets.length) {
      years.clear();
      for (const [c, n] of nets) years.set(c, n.year);
    } else {
      // Beside a plan's decided effect, the same year's outcome, forecast or deviation ("Prognos 2026")
      // is the follow-up of that effect: an amount, no doubt about which column is the effect.
      const same = [...named]
        .filter(([, n]) => yearSet.has(n.year) && !(planned.size > 0 && FOLLOW_UP_LEVEL_RE.test(n.text)))
        .map(([, n]) => n.text);
      if (same.length > 0)
        yearDoubt = `other columns name the same years (${same.join('; ')}): the figures read may not be each year's effect`;
    }
    const allYears = [...years.values(), ...partSums.keys(), ...periodYears()].sort((a, b) => a - b);
    if (allYears.length < 1 || !isYearSequence(allYears)) continue;
    for (const text of rows.slice(0, headerRows).flat()) unit = unit ?? unitFromHeader(text);
    const width = Math.max(...rows.map((cells) => cells.length));
    const headerOf = (c: number): string =>
      normalizeText(
        [...new Set(rows.slice(0, headerRows).map((cells) => normalizeText(cells[c] ?? '')))]
          // A year cell is no header of its own, unless it names a figure of that year beside the
          // year columns ("Besparing 2026" beside the net "Netto 2026": the gross saving).
          .filter((t) => t && (!yearOfCell(t) || (!years.has(c) && /[A-Za-zªµºÀ-ÖØ-öø-ɏ]{2,}/u.test(t))))
          .join(' '),
      );
    const body = rows.slice(headerRows);
    const others = [...Array(width).keys()].filter((c) => !years.has(c) && !periods.has(c));
    const textOf = (c: number): string[] =>
      body.map((cells) => normalizeText(cells[c] ?? '')).filter(Boolean);
    // A cell spanning several columns ("Summa åtgärder" over Område, Nr and Åtgärd) is read into each
    // of them: it tells nothing of what the narrow column holds.
    const ownTextOf = (c: number): string[] =>
      body
        .filter((cells) => !spannedCell(cells, c))
        .map((cells) => normalizeText(cells[c] ?? ''))
        .filter(Boolean);
    // Its header without a caption cell spanning it and its neighbours ("Åtgärder och effekt, mkr" set
    // over Nr and Åtgärd): such a cell says nothing of the narrow column either.
    const ownHeaderOf = (c: number): string =>
      normalizeText(
        [
          ...new Set(
            rows
              .slice(0, headerRows)
              .filter((cells) => !spannedCell(cells, c))
              .map((cells) => normalizeText(cells[c] ?? '')),
          ),
        ].join(' '),
      );
    const numberColumn =
      others.find((c) => {
        const texts = ownTextOf(c);
        return (
          (NUMBER_HEADER_RE.test(ownHeaderOf(c)) || ownHeaderOf(c) === '') &&
          texts.length > 0 &&
          texts.every((t) => NUMBERING_CELL_RE.test(t))
        );
      }) ?? null;
    const candidates = others.filter((c) => c !== numberColumn);
    const chars = (c: number): number => textOf(c).reduce((sum, t) => sum + t.length, 0);
    const withText = candidates.filter((c) => chars(c) > 0);
    const firstYear = Math.min(...years.keys());
    const label = labelColumnOf(withText, headerOf, textOf, firstYear);
    const labelColumn = label.column ?? candidates[0] ?? 0;
    // A description column beside the label ("Åtgärd | Beskrivning"), never the label itself: a
    // lone "Beskrivning av åtgärd" column is where the measure stands.
    const descriptionColumn =
      withText.find((c) => c > labelColumn && DESCRIPTION_HEADER_RE.test(headerOf(c))) ?? null;
    const extras = new Map<number, string>();
    for (const c of candidates) {
      if (c !== labelColumn && c !== descriptionColumn && chars(c) > 0) extras.set(c, headerOf(c));
    }
    // A column of figures whose header names a year next to the years read, yet was not read as that
    // year (a head no form here knows, "Effekt, Mkr 2026" before its unit was read): told, never lost unseen.
    for (const c of extras.keys()) {
      const year = /(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(ownHeaderOf(c))?.[1];
      if (!year || allYears.includes(Number(year))) continue;
      // A year's outcome, budget, forecast or count beside the effects is read as what it is, not lost.
      if (LEVEL_WORD_RE.test(ownHeaderOf(c))) continue;
      if (Number(year) < (allYears[0] as number) - 1 || Number(year) > (allYears.at(-1) as number) + 1)
        continue;
      const texts = ownTextOf(c).filter((t) => !/^[-–—−]$/.test(t));
      const figures = texts.filter((t) => FIGURE_CELL_RE.test(withoutFootnoteMark(t)));
      if (figures.length > 0 && figures.length * 2 >= texts.length)
        partIssues.push(
          `a column headed "${ownHeaderOf(c)}" holds figures under ${year} that were not read as that year's effects`,
        );
    }
    const incremental =
      !cumulative &&
      rows.slice(0, headerRows).some((cells) => cells.some((c) => INCREMENT_RE.test(normalizeText(c))));
    return {
      headerRows,
      years,
      cumulative,
      incremental,
      unit,
      ...(new Set(columnUnits.values()).size > 1 ? { columnUnits } : {}),
      labelColumn,
      numberColumn,
      descriptionColumn,
      extras,
      labelHeader: headerOf(labelColumn),
      doubt: [label.doubt, yearDoubt].filter(Boolean).join('; ') || null,
      partSums,
      partIssues,
      periods,
    };
  }
  return null;
}

/**
 * A column of short tags: every cell a few words without sentence punctuation, and the same tag
 * recurring or the cells shorter than a title usually is (Ansvarig "Verksamhetschef", Status
 * "Pågår", Kommentar "Klar"). Such a column is never the measure.
 */
export function isTagColumn(texts: string[]): boolean {
  if (texts.length === 0) return false;
  const short = texts.every((t) => t.length <= 32 && t.split(' ').length <= 4 && !/[.:;!?]\s/.test(`${t} `));
  if (!short) return false;
  const distinct = new Set(texts.map((t) => t.toLowerCase())).size;
  const meanLength = texts.reduce((sum, t) => sum + t.length, 0) / texts.length;
  return distinct < texts.length || meanLength <= 14;
}

/**
 * The label (measure) column among the text columns: the one its header names as the measure
 * ("Åtgärd", "Beskrivning av åtgärd"), else the first column of running text left of the years,
 * else the one with most text. Tag columns (Ansvarig, Status) are passed over whatever their place.
 */
function labelColumnOf(
  columns: number[],
  headerOf: (c: number) => string,
  textOf: (c: number) => string[],
  firstYear: number,
): { column: number | undefined; doubt: string | null } {
  const chars = (c: number): number => textOf(c).reduce((sum, t) => sum + t.length, 0);
  const named = columns.filter((c) => LABEL_HEADER_RE.test(headerOf(c)));
  // "Åtgärd | Beskrivning": the named column that is not the description; a lone named description
  // column ("Beskrivning av åtgärd") is the label.
  const title = named.find((c) => !DESCRIPTION_HEADER_RE.test(headerOf(c))) ?? named[0];
  const prose = columns.filter((c) => !isTagColumn(textOf(c)));
  if (title !== undefined && (prose.length === 0 || prose.includes(title)))
    return { column: title, doubt: null };
  const pool = prose.length > 0 ? prose : columns;
  const most = pool.reduce<number | undefined>(
    (best, c) => (best === undefined || chars(c) > chars(best) ? c : best),
    undefined,
  );
  const leftmost = pool.find((c) => c < firstYear && !DESCRIPTION_HEADER_RE.test(headerOf(c)));
  // The first text column is the title column unless another holds far more text (a "Kommentar"
  // column of whole sentences beside a column of titles still leaves the titles first).
  const column =
    leftmost !== undefined && most !== undefined && chars(leftmost) * 4 >= chars(most)
      ? leftmost
      : (most ?? title);
  // Without a header naming it, a choice among several columns of running text is a guess.
  const doubt =
    pool.length > 1 && column !== undefined
      ? `the measure column is taken to be "${headerOf(column) || `column ${column + 1}`}" of ${pool.length} text columns`
      : null;
  return { column, doubt };
}

/**
 * A row of one cell spanning the table (a group's heading "Lokaler", maybe after its number), read
 * into every column: all its cells but the first hold one text, in three or more columns.
 */
function spanningRow(cells: readonly string[]): boolean {
  const texts = cells.slice(1).map((t) => normalizeText(t));
  const first = texts.find(Boolean);
  return (
    first !== undefined &&
    texts.filter((t) => t === first).length >= 3 &&
    texts.every((t) => !t || t === first)
  );
}

/** Whether column `c`'s text in a row is a neighbour's too: one cell spanning both, read into each. */
export function spannedCell(cells: readonly string[], c: number): boolean {
  const text = normalizeText(cells[c] ?? '');
  return (
    text !== '' && (normalizeText(cells[c - 1] ?? '') === text || normalizeText(cells[c + 1] ?? '') === text)
  );
}

/**
 * A cell of words, not a figure: letters left once units, qualifiers and footnote marks are taken
 * out, or a period or quarter ("Från 2026", "2026–2028", "Q3 2026", "Löpande" are words; "– 1 250",
 * "ca 3,5 mkr", "2,5*" are figures).
 */
function wordCell(text: string): boolean {
  // A period ("2026–2028", "2026- 2029") or a quarter ("Q3 2026") is a date, not a figure.
  if (/(?:^|\s)(?:19|20)\d{2}\s*[-–—]\s*(?:(?:19|20)\d{2})?(?:\s|$)|\bq[1-4]\b/i.test(text)) return true;
  const rest = text
    .toLowerCase()
    .replace(
      /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:mkr|mnkr|mn\.?kr|msek|mdkr|tkr|kkr|tsek|ksek|kr|sek|kronor|ca|cirka|drygt|knappt|omkring|minst|över|upp till|uppemot|högst|mer än|mindre än|till)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/gu,
      '',
    )
    .replace(/[*¹²³]|\b[a-z]\)/g, '');
  return /[A-Za-zªµºÀ-ÖØ-öø-ɏ]{2,}/u.test(rest);
}

function unitOnly(cell: string): boolean {
  const text = normalizeText(cell)
    .replace(/[()[\],.:]/g, '')
    .trim();
  // A figure with its unit ("9,1 mkr", a row sum beside the years) is no unit alone.
  return text !== '' && !/\d/.test(text) && unitFromHeader(text) !== null && text.split(' ').length <= 3;
}

/**
 * The drawn boxes each cell table was read from, by page. Only the lines inside its own boxes are
 * consumed: a page may hold another drawn table (a deviation table above the action plan) whose
 * figures are no year table's and are read as amounts of their own.
 */
const OWN_BOXES = new WeakMap<YearTable, { page: number; box: PageTable['box'] }[]>();
function ownBoxes(table: YearTable): { page: number; box: PageTable['box'] }[] {
  let boxes = OWN_BOXES.get(table);
  if (!boxes) {
    boxes = [];
    OWN_BOXES.set(table, boxes);
  }
  return boxes;
}

function cellTables(
  pages: Page[],
  captionUnit: (page: Page, table: PageTable) => MoneyUnit | null,
  captionText: (page: Page, table: PageTable) => string,
  captionYear: (page: Page, table: PageTable) => CaptionYear,
  unread: UnreadTable[],
  textAbove: (page: Page, table: PageTable) => boolean = () => false,
  increments: (page: Page, table: PageTable) => boolean = () => false,
  noteBelow: (page: Page, table: PageTable) => string = () => '',
  paperYears: readonly number[] = [],
): YearTable[] {
  const tables: YearTable[] = [];
  let previous: { table: YearTable; header: CellHeader; blankLead: number; sparse: number[] } | null = null;
  for (const page of pages) {
    for (const drawn of page.tables.flatMap(sideBySide)) {
      let base = labelColumnFirst(withPeriodYears(withoutFootNotes(drawn)));
      if (!cellHeader(base.rows) && !transposed(base)) base = belowTitleBlock(drawn) ?? base;
      let table: PageTable = cellHeader(base.rows) ? base : (transposed(base) ?? base);
      let found = cellHeader(table.rows);
      // The rows written with their years named another way, taken when they have a header.
      const adopt = (reading: { rows: string[][]; doubt: string | null } | null, yearFromCaption = false) => {
        const header = reading ? cellHeader(reading.rows, yearFromCaption) : null;
        if (!reading || !header) return;
        table = { ...table, rows: reading.rows };
        found = { ...header, doubt: [header.doubt, reading.doubt].filter(Boolean).join('; ') || null };
      };
      // One year's gross, cost and net with the year only in the caption: the net is that year's effect.
      if (!found) {
        const current = table;
        adopt(
          withCaptionYear(current.rows, () => captionYear(page, current)) ??
            withCaptionYearParts(current.rows, () => captionYear(page, current)) ??
            withDirectionColumns(current.rows, () => captionYear(page, current)),
          true,
        );
      }
      // Years named without four digits ("År 1" with its first year stated, "år 26", "Nästa år").
      if (!found) {
        const current = table;
        adopt(
          withNamedYears(
            current.rows,
            () => `${captionText(page, current)} ${noteBelow(page, current)}`,
            paperYears,
          ),
        );
      }
      if (!found) {
        // One column of each measure's steady yearly effect ("Helårseffekt") that the paper says holds
        // from a year on: that year's effect and every later year's of the paper.
        const current = table;
        const steady = withSteadyEffectYear(
          current.rows,
          () => `${captionText(page, current)} ${noteBelow(page, current)}`,
          paperYears,
        );
        const header = steady ? cellHeader(steady.rows) : null;
        if (steady && header && header.years.get(steady.column) !== undefined) {
          table = { ...table, rows: steady.rows };
          found = {
            ...header,
            periods:
              steady.later.length > 0
                ? new Map([[steady.column, { years: steady.later, header: steady.header, sure: true }]])
                : header.periods,
          };
        }
      }
      let header: CellHeader;
      let target: YearTable;
      let bodyStart: number;
      if (found) {
        // A period column's figure is each of its years' effect when the paper says the figures are
        // per year (in the column's header, the caption or a note under the table); else no year's.
        const fullYearHeads = [...found.extras].filter(([, name]) => FULL_YEAR_EFFECT_RE.test(name));
        const periodContext =
          found.periods.size > 0 || fullYearHeads.length > 0
            ? `${captionText(page, table)} ${noteBelow(page, table)}`
            : '';
        const periods = new Map(
          [...found.periods].filter(([, p]) => p.sure === true || periodPerYear(p.header, periodContext)),
        );
        const unsurePeriods = [...found.periods].filter(([c]) => !periods.has(c)).map(([, p]) => p.header);
        // A full-year effect column beside the years a measure starts in ("varav 2026 | Helårseffekt"),
        // which the paper says holds from a later year ("Helårseffekten gäller från 2027"): that year's
        // effect and every later year's of the paper.
        const extras = new Map(found.extras);
        for (const [c, name] of fullYearHeads) {
          const tableYears = [...found.years.values(), ...[...periods.values()].flatMap((p) => p.years)];
          const years = fullYearEffectYears(name, periodContext, tableYears, paperYears);
          if (!years || fullYearHeads.length > 1) continue;
          periods.set(c, { years, header: name });
          extras.delete(c);
        }
        header = {
          ...found,
          incremental: !found.cumulative && (found.incremental || increments(page, table)),
          periods,
          extras,
        };
        const years = [
          ...new Set([
            ...header.years.values(),
            ...header.partSums.keys(),
            ...[...periods.values()].flatMap((p) => p.years),
          ]),
        ].sort((a, b) => a - b);
        // A table with its header repeated at the top of the next page goes on with the one before; a
        // table under text of its own on that page (a heading, a caption, prose) is a new table, even
        // with the same years and a unit stated in its caption.
        const continues: boolean =
          previous !== null &&
          previous.table.years.join() === years.join() &&
          previous.table.pages.at(-1) === page.number - 1 &&
          (header.labelHeader === '' ||
            header.labelHeader === previous.table.labelHeader ||
            (header.unit === null && !textAbove(page, table)));
        const rowUnits =
          header.unit === null
            ? withRowUnits(table.rows, found.headerRows, [...header.years.keys()], header.labelColumn)
            : null;
        if (rowUnits) table = { ...table, rows: rowUnits };
        const unit =
          header.unit ??
          (continues ? previous?.table.unit : null) ??
          captionUnit(page, table) ??
          unitOfCells(
            table.rows
              .slice(found.headerRows)
              .flatMap((row) => [...header.years.keys()].map((c) => row[c] ?? '')),
          );
        if (!unit) {
          unread.push({
            page: page.number,
            reason: `a table with years ${years.join(', ')} states no unit (mkr, tkr) in its header or caption`,
            context: captionText(page, table),
          });
          continue;
        }
        bodyStart = header.headerRows;
        if (continues && previous) {
          target = previous.table;
          target.pages.push(page.number);
        } else {
          target = {
            source: table.source,
            labelHeader: header.labelHeader,
            unit,
            years,
            rows: [],
            pages: [page.number],
            lineIndexes: new Set(),
            context: captionText(page, table),
            issues: [
              ...(header.doubt ? [header.doubt] : []),
              ...header.partIssues,
              ...(header.cumulative ? [CUMULATIVE_ISSUE] : []),
              ...(header.incremental ? [INCREMENT_ISSUE] : []),
              ...(unsurePeriods.length > 0 ? [periodIssue(unsurePeriods)] : []),
            ],
            ...(header.partSums.size > 0 ? { summedYears: [...header.partSums.keys()] } : {}),
          };
          tables.push(target);
        }
      } else if (
        previous &&
        previous.table.pages.at(-1) === page.number - 1 &&
        continuationGaps(table, previous.header, previous.blankLead, previous.sparse) !== null
      ) {
        // A continuation without a repeated header: same column count as the table it follows, or
        // fewer by the leading columns that held nothing below the header there (a blank "Nr"
        // column a producer leaves out of the next page's table), or by a merged column whose cell
        // stayed on the page before (an "Område" spanning rows there: blank in most of its rows).
        const gaps = continuationGaps(table, previous.header, previous.blankLead, previous.sparse) ?? [];
        if (gaps.length > 0)
          table = { ...table, rows: table.rows.map((row) => withGaps(row, gaps)), cells: [] };
        header = { ...previous.header, headerRows: 0 };
        bodyStart = 0;
        target = previous.table;
        target.pages.push(page.number);
      } else {
        continue;
      }
      ownBoxes(target).push({ page: page.number, box: drawn.box });
      const continuing = target.pages.length > 1 && target.pages.at(-1) === page.number;
      let first = true;
      // The label cells' leading phrases, by row (structure tree and drawn grids know them).
      const leads = new Map<number, string>();
      for (const cell of table.cells ?? []) {
        const covers = cell.col <= header.labelColumn && header.labelColumn < cell.col + cell.colSpan;
        if (covers && cell.lead) leads.set(cell.row, cell.lead);
      }
      for (const [offset, cells] of table.rows.slice(bodyStart).entries()) {
        const labelCell = cells[header.labelColumn] ?? '';
        const lead = leads.get(bodyStart + offset) ?? null;
        // Empty rows (a structure tree's empty TR at a page break) do not count as the first.
        if (cells.every((cell) => !normalizeText(cell))) continue;
        const isFirst = first;
        first = false;
        const last = target.rows.at(-1);
        if (
          continuing &&
          isFirst &&
          last &&
          [...header.years.keys()].every((c) => !normalizeText(cells[c] ?? '')) &&
          // A row without figures at the top of a continued table: the broken row's cell going on
          // (a new row there would have its figures on it).
          !/^(?:totalt?|summa)\b/i.test(normalizeText(labelCell))
        ) {
          last.text = joinLines([last.text, ...labelCell.split('\n')]);
          last.labelLines.push(...labelCell.split('\n').map(normalizeText).filter(Boolean));
          continue;
        }
        const values: TableValue[] = [];
        const unreadCells: string[] = [];
        const text = normalizeText(labelCell);
        // One cell across the whole row, the year columns too: a group's heading, not a row of figures.
        const spanning =
          text !== '' && [...header.years.keys()].every((c) => normalizeText(cells[c] ?? '') === text);
        const rangeEnds: TableValue[] = [];
        for (const [c, year] of spanning ? [] : header.years) {
          const value = parseValue(cells[c] ?? '', header.columnUnits?.get(c) ?? target.unit);
          if (value === 'unread') unreadCells.push(normalizeText(cells[c] ?? ''));
          else if (value) {
            values.push({ year, amountMsek: value.amountMsek, raw: value.raw });
            if (value.rangeEnd !== undefined)
              rangeEnds.push({ year, amountMsek: value.rangeEnd, raw: value.raw });
          }
        }
        // A year printed only in parts: the sum of its parts (each part is an amount of its own).
        for (const [year, columns] of spanning ? [] : header.partSums) {
          const read = columns.map((c) => parseValue(cells[c] ?? '', target.unit));
          const unread = columns.filter((_, i) => read[i] === 'unread');
          if (unread.length > 0) {
            unreadCells.push(...unread.map((c) => normalizeText(cells[c] ?? '')));
            continue;
          }
          const figures = read.filter(
            (v): v is { amountMsek: number; raw: string } => v !== null && v !== 'unread',
          );
          const sum = roundMsek(figures.reduce((total, v) => total + v.amountMsek, 0));
          if (sum !== 0) values.push({ year, amountMsek: sum, raw: figures.map((v) => v.raw).join(' + ') });
        }
        // A period's figure that holds per year: each year of the period's effect.
        for (const [c, period] of spanning ? [] : header.periods) {
          const value = parseValue(cells[c] ?? '', header.columnUnits?.get(c) ?? target.unit);
          if (value === 'unread') unreadCells.push(normalizeText(cells[c] ?? ''));
          else if (value)
            for (const year of period.years)
              values.push({ year, amountMsek: value.amountMsek, raw: value.raw });
        }
        values.sort((a, b) => a.year - b.year);
        if (!text && values.length === 0) continue;
        const printed = header.cumulative || header.incremental ? [...values] : [];
        if (header.cumulative) values.splice(0, values.length, ...annualFromCumulative(values));
        else if (header.incremental)
          values.splice(0, values.length, ...levelsFromIncrements(values, [...header.years.values()]));
        const numberCell =
          header.numberColumn === null || spannedCell(cells, header.numberColumn)
            ? ''
            : normalizeText(cells[header.numberColumn] ?? '');
        const extras = [...header.extras].map(([c, name]) => ({
          header: name,
          text: normalizeText(cells[c] ?? ''),
        }));
        // A gross row and a net row under one merged title (the title copied into both rows, or set on
        // one of them), told apart by a sub-head column: one measure, the net its effect.
        const pair = last && !spanning && !last.spanning ? grossNetPair(last, text, extras) : null;
        if (last && pair) {
          const gross = pair === 'net' ? last.values : values;
          if (pair === 'net') {
            last.values = values;
            last.extras = extras.filter((e) => e.text);
          }
          if (!last.text) {
            last.text = joinLines(labelCell.split('\n'));
            last.labelLines = labelCell.split('\n').map(normalizeText).filter(Boolean);
          }
          if (gross.length > 0) last.grossValues = [...(last.grossValues ?? []), ...gross];
          continue;
        }
        target.rows.push({
          page: page.number,
          label: numberCell ? numberCell.replace(/[.)]$/, '') : null,
          text: joinLines(labelCell.split('\n')),
          labelLines: labelCell.split('\n').map(normalizeText).filter(Boolean),
          titleHint: lead,
          description:
            header.descriptionColumn === null
              ? null
              : normalizeText(cells[header.descriptionColumn] ?? '') || null,
          extras: spanning ? [] : extras.filter((e) => e.text),
          values,
          ...(printed.length > 0 ? { cumulative: printed } : {}),
          unreadCells,
          ...(rangeEnds.length > 0 ? { rangeEnds } : {}),
          ...(spanning ? { spanning } : {}),
        });
        if (unreadCells.length > 0)
          target.issues.push(`year cells that are not figures: ${unreadCells.join('; ')}`);
      }
      previous = {
        table: target,
        header,
        blankLead: blankLeadingColumns(table.rows.slice(bodyStart)),
        sparse: sparseColumns(table.rows.slice(bodyStart), header),
      };
    }
  }
  return tables;
}

/**
 * Two tables set side by side whose rules the reader took for one grid ("Åtgärd | 2026 | 2027 | Åtgärd |
 * 2026 | 2027"): a header row among the first three whose years run twice, each run after a word column
 * of its own, is two tables. The grid is cut before the second word column; each part keeps its columns'
 * rows, a row repeated in a row slot the other table's rules added read once. The grid itself otherwise.
 */
export function sideBySide(table: PageTable): PageTable[] {
  const yearAt = (cell: string) => yearOfCell(cell)?.year ?? null;
  for (const row of table.rows.slice(0, 3)) {
    const years = row.map(yearAt);
    const first = years.findIndex((y) => y !== null);
    if (first < 1) continue;
    // The first run of years, then a word column (the second table's labels), then the same years again.
    let end = first;
    while (years[end + 1] !== null && years[end + 1] !== undefined) end++;
    const cut = end + 1;
    const label = normalizeText(row[cut] ?? '');
    if (!/[A-Za-zªµºÀ-ÖØ-öø-ɏ]{3}/u.test(label) || yearAt(label) !== null) continue;
    const run = years.slice(first, end + 1);
    const again = years.slice(cut + 1, cut + 1 + run.length);
    if (run.length < 1 || again.length !== run.length || again.some((y, i) => y !== run[i])) continue;
    if (!isYearSequence(run as number[])) continue;
    const part = (from: number, to: number): PageTable => {
      const rows: string[][] = [];
      for (const r of table.rows) {
        const cells = r.slice(from, to);
        const last = rows.at(-1);
        if (last?.every((c, i) => c === cells[i])) continue;
        rows.push(cells);
      }
      return { source: table.source, rows, ...(table.box ? { box: table.box } : {}) };
    };
    return [part(0, cut), part(cut, row.length)];
  }
  return [table];
}

/**
 * A table whose year columns come first and whose measure column follows them ("2026 | 2027 | Åtgärd",
 * a producer's column order, not the reading's): the words column moved to the front, where every
 * reading of a table of cells looks for its labels. Only when no column left of the years holds words
 * (a "Nr" column or none) and the column after them is running text, not tags (Ansvarig, Status).
 * The table itself otherwise.
 */
export function labelColumnFirst(table: PageTable): PageTable {
  const rows = table.rows;
  // Years down the first column ("År | Sjukresor | Kommentar" over "2025 | 12,4 | …") are read by
  // `transposed`; a body row's single year is no head of year columns.
  if (transposed(table)) return table;
  for (let r = 0; r < Math.min(3, rows.length); r++) {
    const row = rows[r] ?? [];
    const isYear = (c: number) => yearOfCell(row[c] ?? '') !== null;
    const first = row.findIndex((_, c) => isYear(c));
    if (first < 0) continue;
    let end = first;
    while (end + 1 < row.length && isYear(end + 1)) end++;
    // A head of year columns holds at least two years side by side; one year is a row's label.
    if (end === first) return table;
    const body = rows.slice(r + 1);
    const texts = (c: number) => body.map((cells) => normalizeText(cells[c] ?? '')).filter(Boolean);
    const wordy = (c: number) => {
      const t = texts(c);
      return t.length > 0 && t.filter(wordCell).length * 2 > t.length;
    };
    for (let c = 0; c < first; c++) if (wordy(c)) return table;
    let label = -1;
    for (let c = end + 1; c < row.length && label < 0; c++)
      if (wordy(c) && !isTagColumn(texts(c).filter(wordCell))) label = c;
    if (label < 0) return table;
    const order = [label, ...row.map((_, c) => c).filter((c) => c !== label)];
    const at = new Map(order.map((c, k) => [c, k]));
    const moved = rows.map((cells) => order.map((c) => cells[c] ?? ''));
    const cells = table.cells?.every((cell) => cell.colSpan <= 1)
      ? table.cells.map((cell) => ({ ...cell, col: at.get(cell.col) ?? cell.col }))
      : undefined;
    return {
      source: table.source,
      rows: moved,
      ...(table.box ? { box: table.box } : {}),
      ...(cells ? { cells } : {}),
      ...(table.headerRows !== undefined ? { headerRows: table.headerRows } : {}),
    };
  }
  return table;
}

/**
 * Period headers under a merged cell that names their year ("Effekt 2026 (mkr)" spanning "Kv 1 … Kv 4 |
 * Helår", beside "Effekt (mkr)" over "2027 | 2028"): each period cell without a year of its own gets the
 * year of the cell above it, when that cell spans more than one column (its text repeated in a
 * neighbour's slot) and names one year, and the two read as a part or the full year ("Kv 1 2026",
 * "Helår 2026"); the cell above keeps its other words. The table itself when no cell changes.
 */
export function withPeriodYears(table: PageTable): PageTable {
  const rows = table.rows;
  let changed: string[][] | null = null;
  for (let r = 1; r < Math.min(4, rows.length); r++) {
    const upper = rows[r - 1] ?? [];
    const row = rows[r] ?? [];
    row.forEach((cell, c) => {
      const lower = normalizeText(cell);
      if (!lower || /\b(?:19|20)\d{2}\b/.test(lower)) return;
      const above = normalizeText(upper[c] ?? '');
      const merged =
        above !== '' &&
        (normalizeText(upper[c - 1] ?? '') === above || normalizeText(upper[c + 1] ?? '') === above);
      const years = above.match(/\b(?:19|20)\d{2}\b/g) ?? [];
      if (!merged || years.length !== 1) return;
      const candidate = `${lower} ${years[0]}`;
      if (!partOfCell(candidate) && fullYearOfCell(candidate) === null) return;
      changed ??= rows.map((cells) => [...cells]);
      const target = changed[r];
      if (target) target[c] = candidate;
      // The year has moved down into the periods: the merged cell keeps its words ("Effekt (mkr)"), so
      // that it no longer reads as a row of years itself.
      const over = changed[r - 1];
      if (over) over[c] = normalizeText(above.replace(years[0] as string, ''));
    });
  }
  return changed ? { ...table, rows: changed } : table;
}

/**
 * A grid that runs on under its table (a spreadsheet printed with gridlines): rows at its foot that hold
 * one sentence each ("Prognosen visar ett resultat på −4,1 mkr mot budget."), run on over empty cells,
 * are notes under the table, no rows of it. The table itself when it has none.
 */
export function withoutFootNotes(table: PageTable): PageTable {
  const rows = table.rows;
  let end = rows.length;
  const note = (row: readonly string[]) => {
    const texts = [...new Set(row.map((cell) => normalizeText(cell)).filter(Boolean))];
    return texts.length === 1 && /[.!?]$/.test(texts[0] ?? '') && (texts[0] ?? '').split(' ').length >= 4;
  };
  while (end > 2 && note(rows[end - 1] ?? [])) end--;
  if (end === rows.length) return table;
  const { cells, box, ...kept } = table;
  const below = cells?.filter((cell) => cell.row < end);
  const bottoms = (cells ?? [])
    .filter((cell) => cell.row === end - 1 && cell.box)
    .map((cell) => (cell.box?.y ?? 0) + (cell.box?.height ?? 0));
  return {
    ...kept,
    rows: rows.slice(0, end),
    ...(below ? { cells: below } : {}),
    ...(box ? { box: bottoms.length > 0 ? { ...box, height: Math.max(...bottoms) - box.y } : box } : {}),
  };
}

/**
 * A grid whose first rows are a sheet's title block: a spreadsheet printed with its gridlines rules
 * every cell of the used range, so the region, the title, "Datum" and "Dnr" above the table stand in
 * the same grid. The table from the first row (of the first twelve) under which a year header is found;
 * the rows above hold a figure in at most one cell each (a title block, never table rows). Rows at the
 * foot holding one text each (a note under the table) are left out too. Its box and cells start and
 * end there, so that the title block's lines are text above it (a unit stated there counts as the
 * caption's) and the note's below. Null when no such row is found.
 */
export function belowTitleBlock(table: PageTable): PageTable | null {
  const rows = table.rows;
  for (let r = 0; r < Math.min(12, rows.length - 2); r++) {
    const texts = (rows[r] ?? []).map((cell) => normalizeText(cell)).filter(Boolean);
    const figures = new Set(texts.filter((t) => /^[-−–(]?\d[\d\s.,]*\)?-?$/u.test(t) && !yearOfCell(t)));
    if (figures.size > 1) return null;
    // A title block's row holds one or two texts (a label and its value; a text run on over empty
    // cells repeats in their slots); the table's first row names three columns or more.
    if (new Set(texts).size < 3) continue;
    if (r === 0) return null;
    // The grid runs on under the table too: text below it (a note, a sentence with a figure run on over
    // empty cells) is one text a row, no row of the table.
    let end = rows.length;
    while (
      end > r + 2 &&
      new Set((rows[end - 1] ?? []).map((cell) => normalizeText(cell)).filter(Boolean)).size < 2
    )
      end--;
    const rest = withPeriodYears({ ...table, rows: rows.slice(r, end) });
    if (!cellHeader(rest.rows)) return null;
    const { headerRows, cells, box, ...kept } = table;
    const below = cells
      ?.filter((cell) => cell.row >= r && cell.row < end)
      .map((cell) => ({ ...cell, row: cell.row - r }));
    const edge = (row: number, f: (b: NonNullable<PageTableCell['box']>) => number) => {
      const xs = (cells ?? [])
        .filter((cell) => cell.row === row && cell.box)
        .map((cell) => f(cell.box as NonNullable<PageTableCell['box']>));
      return xs.length > 0 ? xs : null;
    };
    const tops = edge(r, (b) => b.y);
    const bottoms = end < rows.length ? edge(end - 1, (b) => b.y + b.height) : null;
    const top = tops ? Math.min(...tops) : (box?.y ?? 0);
    const bottom = bottoms ? Math.max(...bottoms) : box ? box.y + box.height : 0;
    return {
      ...kept,
      rows: rest.rows,
      ...(below ? { cells: below } : {}),
      ...(box ? { box: { ...box, y: top, height: bottom - top } } : {}),
      ...(headerRows !== undefined && headerRows > r ? { headerRows: headerRows - r } : {}),
    };
  }
  return null;
}

/**
 * A table set the other way round: years down the first column, measures across the header row
 * ("År | Sjukresor | Tolkar | Summa", then "2026 | 1,2 | …"). Read as its transpose, so the measures
 * become rows and a "Summa" column the total row. Only when the first column below the header is a
 * run of years (two or more, nothing else but a sum row) and the header cells beside it are text;
 * the cells' geometry is dropped (it no longer matches the rows).
 */
export function transposed(table: PageTable): PageTable | null {
  const rows = table.rows;
  const head = rows[0] ?? [];
  if (rows.length < 3 || head.length < 2) return null;
  const firstColumn = rows.slice(1).map((cells) => normalizeText(cells[0] ?? ''));
  const years = firstColumn.flatMap((t) => {
    const y = yearOfCell(t);
    return y ? [y.year] : [];
  });
  if (years.length < 2 || !isYearSequence(years)) return null;
  const others = firstColumn.filter((t) => t && !yearOfCell(t));
  if (others.some((t) => !/^(?:totalt?|summa|total)\b/i.test(t))) return null;
  const names = head.slice(1).map(normalizeText);
  if (names.filter(Boolean).length < 1 || names.some((t) => t && (yearOfCell(t) || parseAmount(t))))
    return null;
  const width = Math.max(...rows.map((cells) => cells.length));
  const out: string[][] = [];
  for (let c = 0; c < width; c++) out.push(rows.map((cells) => cells[c] ?? ''));
  return { source: table.source, rows: out, ...(table.box ? { box: table.box } : {}) };
}

/** How many leading columns are blank in every row (a "Nr" column nothing was written in). */
function blankLeadingColumns(rows: string[][]): number {
  // No body rows (a header alone at the foot of its page): nothing is blank, and Math.min() of no
  // widths is Infinity, which kept the count below from ever stopping.
  if (rows.length === 0) return 0;
  const width = Math.min(...rows.map((row) => row.length));
  let n = 0;
  while (n < width - 1 && rows.every((row) => !normalizeText(row[n] ?? ''))) n += 1;
  return rows.length === 0 ? 0 : n;
}

/**
 * The columns before the label column that are blank in most body rows but not in all (a merged column:
 * its text stands in the first row of each span, the rows it covers are empty).
 */
function sparseColumns(rows: string[][], header: CellHeader): number[] {
  const body = rows.filter((row) => row.some((cell) => normalizeText(cell)));
  if (body.length < 3) return [];
  const out: number[] = [];
  for (let c = 0; c < header.labelColumn; c++) {
    if (header.years.has(c)) continue;
    const filled = body.filter((row) => normalizeText(row[c] ?? '')).length;
    if (filled > 0 && filled * 2 <= body.length) out.push(c);
  }
  return out;
}

/** `row` with an empty cell put in at each of `gaps` (column indexes of the full width, ascending). */
function withGaps(row: string[], gaps: number[]): string[] {
  const out = [...row];
  for (const c of gaps) out.splice(c, 0, '');
  return out;
}

/**
 * Whether `table` continues a table with `header` on the next page without repeating the header: the
 * columns it lacks, as the indexes where blanks go in ([] when it has them all), or null when its width
 * does not fit. Lacking columns are leading blank ones or, when exactly as many are lacking, the
 * page before's merged (sparse) columns — and only if with them filled in every row's year cells hold
 * figures (or nothing) and its label cell is no figure.
 */
function continuationGaps(
  table: PageTable,
  header: CellHeader,
  blankLead: number,
  sparse: number[],
): number[] | null {
  const width = table.rows[0]?.length ?? 0;
  const missing = widthOf(header) - width;
  if (missing === 0) return [];
  if (missing <= 0 || width === 0) return null;
  if (missing <= blankLead) return Array.from({ length: missing }, (_, k) => k);
  if (sparse.length !== missing) return null;
  const fits = table.rows.every((row) => {
    if (row.length !== width) return false;
    const full = withGaps(row, sparse);
    const label = normalizeText(full[header.labelColumn] ?? '');
    if (label && parseAmount(label, { defaultUnit: 'mkr' })) return false;
    return [...header.years.keys()].every((c) => {
      const cell = normalizeText(full[c] ?? '');
      return !cell || /^[–—-]$/.test(cell) || parseAmount(cell, { defaultUnit: 'mkr' }) !== null;
    });
  });
  return fits ? sparse : null;
}

function widthOf(header: CellHeader): number {
  const columns = [
    header.labelColumn,
    ...header.years.keys(),
    ...header.extras.keys(),
    ...(header.numberColumn === null ? [] : [header.numberColumn]),
    ...(header.descriptionColumn === null ? [] : [header.descriptionColumn]),
  ];
  return Math.max(...columns) + 1;
}

/* ------------------------------------------------------------ borderless tables */

const CAPTION_YEAR_RE = /(?<![\d/]|\d[.,]|-)((?:19|20)\d{2})(?!\d|[.,/]\d|-\d)/g;

/**
 * The year a caption gives the table under it ("Tabell 1. Åtgärdernas effekt 2027 (mkr)"): the one year
 * of the nearest line above that names any (of three lines, and the heading over them). A line naming
 * several ("2026–2028", "2026 och 2027") gives none; other years named above the table make it a doubt.
 */
export function yearOfCaption(layout: Layout, lineIndex: number): CaptionYear {
  const texts: string[] = [];
  for (let i = lineIndex - 1; i >= 0 && i >= lineIndex - 3; i--) {
    const line = layout.lines[i];
    if (!line || line.page !== layout.lines[lineIndex]?.page) break;
    texts.push(line.text);
  }
  const heading = layout.blocks.findLast(
    (b) => b.kind === 'heading' && (b.lines[0]?.index ?? Number.POSITIVE_INFINITY) < lineIndex,
  );
  if (heading && !texts.includes(heading.text)) texts.push(heading.text);
  const yearsOf = (text: string): number[] => [
    ...new Set([...text.matchAll(CAPTION_YEAR_RE)].map((m) => Number(m[1]))),
  ];
  const nearest = texts.find((text) => yearsOf(text).length > 0);
  const years = nearest ? yearsOf(nearest) : [];
  const year =
    years.length === 1 && !/(?:19|20)\d{2}\s*[-–—]\s*(?:19|20)?\d{2}/.test(nearest ?? '')
      ? (years[0] ?? null)
      : null;
  if (year === null) return { year: null, doubt: null };
  const others = [...new Set(texts.flatMap(yearsOf))].filter((y) => y !== year);
  return {
    year,
    ...(nearest ? { text: nearest } : {}),
    doubt:
      others.length > 0
        ? `the year of the figures is taken from the caption (${year}); the text above the table names ${others.join(', ')} too`
        : null,
  };
}

/** The three lines before a table and the nearest heading above it. */
export function contextBefore(layout: Layout, lineIndex: number): string {
  const parts: string[] = [];
  for (let i = lineIndex - 1; i >= 0 && i >= lineIndex - 3; i--) parts.push(layout.lines[i]?.text ?? '');
  // The last heading before the line, searched from the end without copying the blocks (per table).
  const heading = layout.blocks.findLast(
    (b) => b.kind === 'heading' && (b.lines[0]?.index ?? Number.POSITIVE_INFINITY) < lineIndex,
  );
  if (heading) parts.push(heading.text);
  return normalizeText(parts.join(' '));
}

/**
 * Whether the caption right above a table (its one or two lines, short and holding no amount of their
 * own) or its year header says the year columns are increments over the year before. Prose further up
 * ("… ökade med 5 mkr jämfört med föregående år") does not.
 */
export function incrementTable(
  layout: Layout,
  lineIndex: number,
  yearHeader = '',
  bodyLine = lineIndex,
): boolean {
  if (INCREMENT_RE.test(normalizeText(yearHeader))) return true;
  const page = layout.lines[lineIndex]?.page;
  const caption = (text: string): boolean => text.length <= 160 && withoutAmounts(text) === text;
  // The table's own header lines (a caption a text-layer table took into its header) …
  for (let i = lineIndex; i < bodyLine; i++) {
    const text = normalizeText(layout.lines[i]?.text ?? '');
    if (caption(text) && INCREMENT_RE.test(text)) return true;
  }
  // … and the one or two caption lines right above it.
  for (let i = lineIndex - 1; i >= 0 && i >= lineIndex - 2; i--) {
    const line = layout.lines[i];
    if (!line || (page !== undefined && line.page !== page)) break;
    const text = normalizeText(line.text);
    // A line ending a sentence is prose above the caption ("… har ökat jämfört med föregående år."), not it.
    if (!caption(text) || /[.!?]$/.test(text)) break;
    if (INCREMENT_RE.test(text)) return true;
  }
  return false;
}

/**
 * A caption whose last word is whole kronor, set apart as its unit ("Kostnad per enhet, kr",
 * "Insatser och belopp (kronor)"): the caption names the unit as surely as a statement does.
 */
const CAPTION_KRONOR_RE = /(?:,|\()\s*(kr|kronor|SEK)\s*\)?\s*$/u;
const UNIT_STATEMENT_RE =
  /(?:belopp|beloppen|siffror|siffrorna|alla belopp|tabellen|tabellerna|värden)\b[^.]{0,40}?\b(?:i|anges i|redovisas i|uttryckt i)\s+(tkr|kkr|tusen(?:tals?)? kronor|mkr|mnkr|miljoner kronor|msek|mdkr|kronor|kr)\b/i;

/**
 * The unit a table's surroundings state: its caption (three lines above), the heading it stands
 * under, or a statement for the whole document ("Alla belopp anges i tkr").
 */
/**
 * A figure with its unit ("−68,5 mkr", "27,5 miljoner kronor") is an amount of a sentence, not a
 * statement of the unit the table beneath is written in: taken out before a unit word is looked for.
 */
const AMOUNT_WITH_UNIT_RE =
  /[−–-]?\d[\d\s\u00a0\u2009\u202f]*(?:[,.]\d+)?\s*(?:mkr|mnkr|msek|tkr|kkr|tsek|mdkr|miljoner(?:\s+kronor)?|tusen(?:tals?)?(?:\s+kronor)?)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/giu;
const withoutAmounts = (text: string) => text.replace(AMOUNT_WITH_UNIT_RE, ' ');

export function surroundingUnit(layout: Layout, lineIndex: number, context: string): MoneyUnit | null {
  for (let i = lineIndex - 1; i >= 0 && i >= lineIndex - 3; i--) {
    const text = withoutAmounts(layout.lines[i]?.text ?? '');
    // A caption stating the unit ("Belopp i kronor", "Belopp i tusentals kronor") names it as a
    // statement; whole kronor count only so, never as a word of a nearby sentence.
    const stated = UNIT_STATEMENT_RE.exec(text) ?? (text.length <= 160 ? CAPTION_KRONOR_RE.exec(text) : null);
    if (stated?.[1]) return unitFromHeader(stated[1]);
    if (text.length <= 160) {
      const unit = /\b(mkr|mnkr|msek|tkr|kkr|tsek|miljoner|tusen(?:tals?)?|mdkr)\b/i.test(text)
        ? unitFromHeader(text)
        : null;
      if (unit) return unit;
    }
  }
  const heading = /\b(mkr|mnkr|msek|tkr|kkr|tsek|miljoner kronor|tusen(?:tals?)? kronor|mdkr)\b/i.exec(
    withoutAmounts(context),
  );
  if (heading) return unitFromHeader(heading[0]);
  for (const line of layout.lines) {
    if (line.index >= lineIndex) break;
    const m = UNIT_STATEMENT_RE.exec(line.text);
    if (m?.[1]) return unitFromHeader(m[1]);
  }
  return null;
}

/**
 * A line that reads as a table's row, not a sentence: two years or more ("Biljettslag 2027 2028"), or
 * two figure cells at its end ("Enkelbiljett 96 300 97 100", "– 1,6"); no full stop at its end.
 */
function tableRowLike(text: string): boolean {
  const t = text.trim();
  if (t === '' || t.endsWith('.')) return false;
  if (/(?<!\d)(?:19|20)\d{2}(?!\d)\D+(?<!\d)(?:19|20)\d{2}(?!\d)/u.test(t)) return true;
  return /(?:^|\s)(?:[-−–]?\d+(?:,\d+)?|[-−–])\s+(?:[-−–]?\d[\d ]*(?:,\d+)?|[-−–])$/u.test(t);
}

/** A caption's label: "Tabell 3.", "Tabell 3:", "Tab. 3 –". */
const CAPTION_LABEL_RE = /^(?:tabell|tab\.)\s*\d+[a-z]?\s*[.:–-]?\s/iu;

/**
 * The unit a caption set UNDER its table names ("Tabell 3. Åtgärder, mkr"), or a statement of the unit
 * there ("Belopp i tkr"), from the first lines under the table (after footnotes to its rows, up to three
 * lines). Only for a table with no caption over it: a paper that sets its captions over its tables puts
 * the next table's caption under this one. So does one whose caption is followed by a year header or
 * figure rows (`below` holds a few lines more than the three for that).
 */
export function unitUnderTable(
  layout: Layout,
  firstLine: number,
  below: readonly string[],
): MoneyUnit | null {
  for (let i = firstLine - 1; i >= 0 && i >= firstLine - 3; i--) {
    if (CAPTION_LABEL_RE.test(normalizeText(layout.lines[i]?.text ?? ''))) return null;
  }
  for (const [k, raw] of below.slice(0, 3).entries()) {
    const text = withoutAmounts(normalizeText(raw));
    const stated = UNIT_STATEMENT_RE.exec(text);
    if (stated?.[1]) return unitFromHeader(stated[1]);
    if (text.length <= 160 && CAPTION_LABEL_RE.test(text)) {
      // A year header or rows of figures right under the caption: it is the next table's caption over it.
      if (below.slice(k + 1, k + 4).some((next) => tableRowLike(normalizeText(next)))) return null;
      return /\b(mkr|mnkr|msek|tkr|kkr|tsek|miljoner|tusen(?:tals?)?|mdkr)\b/i.test(text)
        ? unitFromHeader(text)
        : null;
    }
  }
  return null;
}

/** An outcome or forecast named over a year ("Prognos 2026", "Utfall 2026"). */
const FOLLOW_UP_YEAR_RE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:utfall|prognos|helårsprognos)[A-Za-zªµºÀ-ÖØ-öø-ɏ]*\s+(?:19|20)\d{2}/iu;
/** A word of effects or of a plan in a header ("Effekt", "Besparing", "Beslutad", "Plan"). */
const EFFECT_OR_PLAN_WORD_RE =
  /effekt|besparing|kostnadsminskning|beslutad|planerad|(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])plan(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/iu;

/**
 * The unit a table's header repeated on the next page carries over: the table starts among the first
 * lines of its page (a running header may stand above), with the same years as a table already read
 * (of cells, or borderless) that ended on the page before. The caption naming the unit is printed only over the first part.
 */
function repeatedHeaderUnit(
  layout: Layout,
  table: BorderlessTable,
  read: readonly YearTable[],
): MoneyUnit | null {
  const page = table.pages[0];
  if (table.unit || page === undefined) return null;
  const previous = read.find((t) => t.pages.at(-1) === page - 1 && t.years.join() === table.years.join());
  if (!previous) return null;
  let above = 0;
  for (let j = table.firstLine - 1; j >= 0 && layout.lines[j]?.page === page; j--) above++;
  return above <= 2 ? previous.unit : null;
}

function fromBorderless(
  layout: Layout,
  table: BorderlessTable,
  unread: UnreadTable[],
  /**
   * The unit of the table this one goes on with (its header repeated at the top of the next page),
   * after a caption or heading of its own, which names another table's unit.
   */
  carried: MoneyUnit | null = null,
): YearTable | null {
  const context = contextBefore(layout, table.firstLine);
  const lastLine = Math.max(...table.lineIndexes);
  const under = () =>
    unitUnderTable(
      layout,
      table.firstLine,
      [1, 2, 3, 4, 5, 6]
        .map((k) => layout.lines[lastLine + k])
        .filter((l) => l && l.page === layout.lines[lastLine]?.page)
        .map((l) => l?.text ?? ''),
    );
  const unit =
    table.unit ??
    surroundingUnit(layout, table.firstLine, context) ??
    carried ??
    under() ??
    unitOfCells(table.rows.flatMap((row) => [...row.values.values()])) ??
    unitOfRowLabels(table.rows.map((row) => row.lines.join(' ')));
  const page = layout.lines[table.firstLine]?.page ?? table.pages[0] ?? 1;
  if (table.rows.length === 0) {
    // A header of years with nothing under it that reads as rows: only worth telling when figures
    // follow, which the scan reports as its issue.
    if (table.issues.length > 0 && !table.issues.includes('no figures under the years')) {
      unread.push({ page, reason: table.issues.join('; '), context });
    }
    return null;
  }
  if (!unit) {
    unread.push({
      page,
      reason: `a table with years ${table.years.join(', ')} states no unit (mkr, tkr) in its header or caption`,
      context,
    });
    return null;
  }
  // A column for a period of years ("2027–2028", a money column of the scan, told as such): each of its
  // years' effect when the paper says the figures are per year (in its header, the caption or the
  // note under the table), as in tables of cells.
  const periodHeads = [...new Set(table.rows.flatMap((row) => row.extras.map((e) => e.header)))].flatMap(
    (header) => {
      const period = periodOfCell(header);
      return period && !period.years.some((y) => table.years.includes(y))
        ? [{ header, years: period.years }]
        : [];
    },
  );
  const last = Math.max(...table.lineIndexes);
  const note = [1, 2]
    .map((k) => layout.lines[last + k])
    .filter((l) => l && l.page === layout.lines[last]?.page)
    .map((l) => l?.text ?? '')
    .join(' ');
  const perYear =
    periodHeads.length > 0 ? periodHeads.filter((p) => periodPerYear(p.header, `${context} ${note}`)) : [];
  const perYearHeads = new Set(perYear.map((p) => p.header));
  const issues = table.issues.filter(
    (issue) =>
      !(issue.startsWith('a column of the years ') && [...perYearHeads].some((h) => issue.includes(h))),
  );
  const cumulative = CUMULATIVE_RE.test(table.yearHeader) || throughEveryYear(table.yearHeader);
  if (cumulative) issues.push(CUMULATIVE_ISSUE);
  // Years named only by an outcome or a forecast ("Utfall per juni | Prognos 2026"): what has come or is
  // expected of the year, maybe not the effect a plan decided for it. Read as the year, told as unsure.
  const level = FOLLOW_UP_YEAR_RE.exec(table.yearHeader);
  if (level && !EFFECT_OR_PLAN_WORD_RE.test(table.yearHeader))
    issues.push(
      `the year column is named by an outcome or a forecast ("${level[0]}"): its figures are read as the year's effect, but they may be a follow-up of the effect decided`,
    );
  const incremental =
    !cumulative &&
    incrementTable(
      layout,
      table.firstLine,
      table.yearHeader,
      table.rows[0]?.lineIndexes[0] ?? table.firstLine,
    );
  if (incremental) issues.push(INCREMENT_ISSUE);
  const rows: TableRow[] = table.rows.map((row) => {
    const values: TableValue[] = [];
    const unreadCells: string[] = [];
    const rangeEnds: TableValue[] = [];
    for (const year of table.years) {
      // A year printed only in parts: the sum of its parts (each part is an amount of its own).
      const parts = table.summed?.get(year);
      if (parts) {
        const cells = row.extras.filter((e) => parts.includes(e.header)).map((e) => e.text);
        const read = cells.map((cell) => parseValue(cell, unit));
        if (read.includes('unread')) {
          unreadCells.push(...cells.filter((_, k) => read[k] === 'unread'));
          continue;
        }
        const figures = read.filter(
          (v): v is { amountMsek: number; raw: string } => v !== null && v !== 'unread',
        );
        const sum = roundMsek(figures.reduce((total, v) => total + v.amountMsek, 0));
        if (sum !== 0) values.push({ year, amountMsek: sum, raw: figures.map((v) => v.raw).join(' + ') });
        continue;
      }
      const cell = row.values.get(year);
      if (cell === undefined) continue;
      const value = parseValue(cell, unit);
      if (value === 'unread') unreadCells.push(cell);
      else if (value) {
        values.push({ year, amountMsek: value.amountMsek, raw: value.raw });
        if (value.rangeEnd !== undefined)
          rangeEnds.push({ year, amountMsek: value.rangeEnd, raw: value.raw });
      }
    }
    for (const period of perYear) {
      const cell = row.extras.find((e) => e.header === period.header)?.text;
      const value = cell === undefined ? null : parseValue(cell, unit);
      if (value === 'unread') unreadCells.push(cell ?? '');
      else if (value)
        for (const year of period.years) values.push({ year, amountMsek: value.amountMsek, raw: value.raw });
    }
    values.sort((a, b) => a.year - b.year);
    if (unreadCells.length > 0) issues.push(`year cells that are not figures: ${unreadCells.join('; ')}`);
    const printed = cumulative || incremental ? [...values] : [];
    if (cumulative) values.splice(0, values.length, ...annualFromCumulative(values));
    else if (incremental) values.splice(0, values.length, ...levelsFromIncrements(values, table.years));
    return {
      page: row.page,
      label: row.label,
      text: joinLines(row.lines),
      labelLines: row.lines.map(normalizeText).filter(Boolean),
      titleHint: row.titleHint,
      // A column headed "Beskrivning" beside the label is the measure's description, as in cell tables.
      description: row.extras.find((e) => DESCRIPTION_HEADER_RE.test(e.header))?.text || null,
      extras: row.extras.filter((e) => !DESCRIPTION_HEADER_RE.test(e.header) && !perYearHeads.has(e.header)),
      values,
      ...(printed.length > 0 ? { cumulative: printed } : {}),
      unreadCells,
      ...(rangeEnds.length > 0 ? { rangeEnds } : {}),
    };
  });
  // A year of the header whose figures went to another column, headed by that year among other words
  // ("Kv1 2026 … Helår 2026" run together by a rewrite of the PDF): no row has the year, the column has
  // figures. Told, never lost unseen (a year read from its own column is not: a part beside its whole).
  for (const year of table.years) {
    if (rows.some((row) => row.values.some((v) => v.year === year))) continue;
    const headers = [...new Set(table.rows.flatMap((row) => row.extras.map((e) => e.header)))].filter(
      (header) => new RegExp(`(?<!\\d)${year}(?!\\d)`).test(header),
    );
    const filled = headers.filter(
      (header) =>
        table.rows.filter((row) =>
          FIGURE_CELL_RE.test(
            withoutFootnoteMark(normalizeText(row.extras.find((e) => e.header === header)?.text ?? '')),
          ),
        ).length *
          2 >=
        table.rows.length,
    );
    if (filled.length > 0)
      issues.push(
        `a column headed "${filled[0]}" holds figures under ${year} that were not read as that year's effects`,
      );
  }
  return {
    source: 'layout',
    labelHeader: table.labelHeader,
    unit,
    years: [...new Set([...table.years, ...perYear.flatMap((p) => p.years)])].sort((a, b) => a - b),
    rows,
    pages: table.pages,
    lineIndexes: table.lineIndexes,
    context,
    issues,
    yearHeader: table.yearHeader,
    ...(table.summed ? { summedYears: [...table.summed.keys()] } : {}),
  };
}

const FIGURE_SEGMENT_RE = /^[([]?[-−–+]?\s?\d[\d\s,.\u00a0\u202f]*[)\]]?%?$|^[-–—−]$/;

/**
 * A table line's text without its figures in the value columns: the trailing segments that are
 * figures or "–" alone. A label cell's prose ("… i Dalarna var 223" / "mnkr under 2022") then
 * reads as prose even when the row's figures stand on the same line (vertically centred rows).
 */
export function labelTextOf(line: DocLine): string {
  const segments = line.line.segments;
  let end = segments.length;
  while (end > 1 && FIGURE_SEGMENT_RE.test(withoutFootnoteMark(normalizeText(segments[end - 1]?.text ?? ''))))
    end--;
  if (end === segments.length) return line.text;
  return normalizeText(
    segments
      .slice(0, end)
      .map((s) => s.text)
      .join('  '),
  );
}

/** Every year table of the document: tables of cells from the PDF layer, borderless ones from the layout. */
export function findYearTables(
  layout: Layout,
  options: { paperYears?: readonly number[] } = {},
): { tables: YearTable[]; unread: UnreadTable[] } {
  const unread: UnreadTable[] = [];
  const captionText = (page: Page, table: PageTable): string => {
    const top = table.box?.y ?? 0;
    const first = firstLineFrom(layout, page.number, top);
    return first ? contextBefore(layout, first.index) : '';
  };
  const captionUnit = (page: Page, table: PageTable): MoneyUnit | null => {
    const top = table.box?.y ?? 0;
    const first = firstLineFrom(layout, page.number, top);
    if (first) {
      const bottom = (table.box?.y ?? 0) + (table.box?.height ?? 0);
      const below = linesOfPage(layout, page.number)
        .filter((l) => l.line.y >= bottom - 1)
        .slice(0, 6)
        .map((l) => l.text);
      return (
        surroundingUnit(layout, first.index, captionText(page, table)) ??
        unitUnderTable(layout, first.index, below)
      );
    }
    for (const line of linesOfPage(layout, page.number)) {
      const unit = /\b(mkr|mnkr|msek|tkr|kkr|miljoner|tusen(?:tals?)?)\b/i.test(line.text)
        ? unitFromHeader(line.text)
        : null;
      if (unit) return unit;
    }
    return null;
  };
  const captionYear = (page: Page, table: PageTable): CaptionYear => {
    const top = table.box?.y ?? 0;
    const first = firstLineFrom(layout, page.number, top);
    return first ? yearOfCaption(layout, first.index) : { year: null, doubt: null };
  };
  // Body text above a table on its page (running headers and footers are no layout lines).
  const textAbove = (page: Page, table: PageTable): boolean => {
    const top = table.box?.y ?? 0;
    return linesOfPage(layout, page.number).some((l) => l.line.y + l.line.height / 2 < top - 1);
  };
  // The lines right under a table (a note on its figures: "Beloppen i kolumnen 2027–2028 gäller för
  // vart och ett av åren.").
  const noteBelow = (page: Page, table: PageTable): string => {
    const bottom = (table.box?.y ?? 0) + (table.box?.height ?? 0);
    return linesOfPage(layout, page.number)
      .filter((l) => l.line.y >= bottom - 1)
      .slice(0, 2)
      .map((l) => l.text)
      .join(' ');
  };
  const increments = (page: Page, table: PageTable): boolean => {
    const top = table.box?.y ?? 0;
    const first = firstLineFrom(layout, page.number, top);
    return first ? incrementTable(layout, first.index) : false;
  };
  const cells = cellTables(
    layout.pages,
    captionUnit,
    captionText,
    captionYear,
    unread,
    textAbove,
    increments,
    noteBelow,
    options.paperYears ?? [],
  );
  const cellPages = new Set(cells.flatMap((t) => t.pages));
  // The cell tables a later page may go on with under their caption repeated, and the lines above them.
  const open = new Map<OpenTable, YearTable>();
  for (const table of cells) {
    const box = OWN_BOXES.get(table)?.[0];
    if (!box) continue;
    const top = box.box?.y ?? 0;
    const first = firstLineFrom(layout, box.page, top);
    const captions: string[] = [];
    for (let j = (first?.index ?? 0) - 1; first && j >= first.index - 3 && j >= 0; j--) {
      const line = layout.lines[j];
      if (!line || line.page !== first.page) break;
      captions.push(captionKey(line.text));
    }
    const last = table.pages.at(-1);
    if (captions.length > 0 && last !== undefined)
      open.set({ page: last, years: table.years, unit: table.unit, captions }, table);
  }
  const parts: YearTable[] = [];
  const readSoFar: YearTable[] = [...cells];
  const borderless = findBorderlessTables(layout, noisyYear, cells.length > 0 ? cellPages : new Set(), [
    ...open.keys(),
  ])
    .map((t) => {
      const read: YearTable | null = fromBorderless(
        layout,
        titledByGeometry(layout, t) ?? t,
        unread,
        repeatedHeaderUnit(layout, t, readSoFar),
      );
      if (read) readSoFar.push(read);
      const before = t.continues ? open.get(t.continues) : undefined;
      if (read && before && read.rows.length > 0) {
        // The part under the repeated caption: rows of the table it goes on with.
        before.rows.push(...read.rows);
        before.pages.push(...read.pages.filter((p) => !before.pages.includes(p)));
        for (const index of read.lineIndexes) before.lineIndexes.add(index);
        before.issues.push(...read.issues.filter((issue) => !before.issues.includes(issue)));
        parts.push(read);
      }
      return read;
    })
    .filter((t): t is YearTable => t !== null && t.rows.length > 0 && !parts.includes(t));
  // Lines inside a cell table's box are consumed too, so prose passes skip them.
  // The boxes of each page are gathered once (looking the page up per line and table was cubic).
  const boxesByPage = new Map<number, Array<PageTable['box']>>();
  for (const page of layout.pages) {
    if (!boxesByPage.has(page.number))
      boxesByPage.set(
        page.number,
        page.tables.map((t) => t.box),
      );
  }
  for (const table of cells) {
    for (const line of layout.lines) {
      if (!table.pages.includes(line.page)) continue;
      const own = OWN_BOXES.get(table)?.filter((b) => b.page === line.page);
      const boxes = own && own.length > 0 ? own.map((b) => b.box) : (boxesByPage.get(line.page) ?? []);
      const middle = line.line.y + line.line.height / 2;
      const inside = boxes.some(
        (box) =>
          box !== undefined &&
          middle >= box.y - 1 &&
          middle <= box.y + box.height + 1 &&
          line.line.x >= box.x - 2,
      );
      if (inside) table.lineIndexes.add(line.index);
    }
  }
  const joined = joinSheetPages([...cells, ...borderless]);
  // A table whose rows are named only by a comment column holds figures whose measures stand elsewhere
  // (the years of a sheet too wide for one page, printed beside its last text column): refused, told.
  const tables = joined.filter((table) => {
    if (!COMMENT_HEADER_RE.test(normalizeText(table.labelHeader)) || table.rows.some((r) => r.label))
      return true;
    unread.push({
      page: table.pages[0] ?? 1,
      reason: `a table with years ${table.years.join(', ')} names its rows only by a comment column ("${normalizeText(table.labelHeader)}"): the measures' titles stand elsewhere (a sheet too wide for one page?), its figures are not read`,
      context: table.context,
    });
    return false;
  });
  return { tables, unread };
}

/**
 * The years of a sheet too wide for one page, printed on the next page beside a comment column only (the
 * number and title columns stand on the page before and are not repeated): the rows take the titles of
 * the page before when the two pages match row by row — the header on the same line as a header of a
 * number and a title column there, each row ending at the height of a numbered row (the total row at
 * that of a total line), as many rows as numbers. Null when anything does not match (then the table is
 * refused, told).
 */
function titledByGeometry(layout: Layout, table: BorderlessTable): BorderlessTable | null {
  const page = table.pages[0];
  const header = layout.lines[table.firstLine];
  if (page === undefined || table.pages.length !== 1 || !header || header.page !== page) return null;
  if (!COMMENT_HEADER_RE.test(normalizeText(table.labelHeader)) || table.rows.length < 2) return null;
  const em = header.line.fontSize || 10;
  const near = (a: number, b: number) => Math.abs(a - b) < em * 0.15;
  const before = linesOfPage(layout, page - 1);
  const head = before.find((l) => near(l.line.y, header.line.y));
  if (!head) return null;
  const words = lineWords(head.line);
  const nr = words.findIndex((w) => NUMBER_HEADER_RE.test(w.text));
  const title = words[nr + 1];
  const number = words[nr];
  if (nr < 0 || !number || !title || !LABEL_HEADER_RE.test(title.text)) return null;
  const titleRight = (words[nr + 2]?.x ?? Number.POSITIVE_INFINITY) - em * 0.3;
  const inTitle = (l: DocLine) =>
    lineWords(l.line).filter((w) => w.x >= title.x - em && w.right <= titleRight + em * 0.3);
  // Each row of the year page ends at its lowest line.
  const bottoms = table.rows.map((row) =>
    Math.max(...row.lineIndexes.map((i) => layout.lines[i]?.line.y ?? Number.NaN)),
  );
  const below = before.filter((l) => l.line.y > head.line.y + em * 0.5);
  const anchors = below.filter((l) => {
    const first = lineWords(l.line)[0];
    if (first && /^\d{1,3}[.)]?$/.test(first.text) && Math.abs(first.x - number.x) < em * 1.5) return true;
    return TOTAL_ROW_LABEL_RE.test(
      normalizeText(
        inTitle(l)
          .map((w) => w.text)
          .join(' '),
      ),
    );
  });
  if (
    anchors.length !== table.rows.length ||
    anchors.some((a, k) => !near(a.line.y, bottoms[k] ?? Number.NaN))
  )
    return null;
  const unit = table.unit ?? surroundingUnit(layout, head.index, contextBefore(layout, head.index));
  if (!unit) return null;
  const rows = table.rows.map((row, k) => {
    const anchor = anchors[k] as DocLine;
    const top = k === 0 ? head.line.y : (anchors[k - 1] as DocLine).line.y;
    const lines = below
      .filter((l) => l.line.y > top + em * 0.5 && l.line.y <= anchor.line.y + em * 0.15)
      .map((l) =>
        normalizeText(
          inTitle(l)
            .map((w) => w.text)
            .join(' '),
        ),
      )
      .filter(Boolean);
    const first = lineWords(anchor.line)[0];
    const label = first && /^\d/.test(first.text) ? first.text.replace(/[.)]$/, '') : null;
    const comment = normalizeText(row.lines.join(' '));
    return {
      ...row,
      label,
      lines,
      titleHint: null,
      extras: [...row.extras, ...(comment ? [{ column: -1, header: table.labelHeader, text: comment }] : [])],
    };
  });
  return {
    ...table,
    unit,
    labelHeader: normalizeText(title.text),
    rows,
    pages: [page - 1, page],
    firstLine: head.index,
    lineIndexes: new Set([
      ...table.lineIndexes,
      head.index,
      ...below.filter((l) => l.line.y <= (anchors.at(-1)?.line.y ?? 0) + 1).map((l) => l.index),
    ]),
  };
}
const TOTAL_ROW_LABEL_RE = /^(?:totalt?|summa|total effekt|sammanlagt)\b/i;

/** The header of a column of remarks, never of a measure's title. */
const COMMENT_HEADER_RE = /^(?:kommentar(?:er)?|anmärkning(?:ar)?|not(?:er)?)$/iu;

/**
 * Whether the year columns of `next` name nothing that those of `table` do not ("2028 | Summa" after
 * "Effekt 2027"): a page of budget or outcome years beside the same rows is another table.
 */
function sameKindOfYears(table: YearTable, next: YearTable): boolean {
  const words = (t: YearTable) =>
    normalizeText(t.yearHeader ?? '')
      .toLowerCase()
      .split(/[^A-Za-zªµºÀ-ÖØ-öø-ɏ]+/u)
      .filter((w) => w && !SHEET_NEUTRAL_WORD_RE.test(w));
  const mine = new Set(words(table));
  return words(next).every((w) => mine.has(w));
}
/** Header words any page of a sheet may add: a row sum, a unit. */
const SHEET_NEUTRAL_WORD_RE = /^(?:summa|totalt?|sammanlagt|mkr|mnkr|msek|tkr|kkr|kr|i)$/u;

/** A row's key for matching the same row on another page of a sheet: its number, else its text. */
function rowKey(row: TableRow): string {
  return row.label ? `#${row.label.toLowerCase()}` : normalizeText(row.text).toLowerCase();
}

/**
 * The pages of one sheet too wide for a page: a table whose years stand on the next page beside the
 * same rows again (the sheet's first columns repeated there: the same numbers or the same titles, in the
 * same order, the total row at the same place), with years of its own. Its figures join the rows of the
 * table before it, which then reads all the years; the repeated table is no table of its own. Tables
 * whose rows do not match one by one are left apart.
 */
export function joinSheetPages(tables: YearTable[]): YearTable[] {
  const out: YearTable[] = [];
  for (const table of tables) {
    const first = table.pages[0] ?? 0;
    const before = out.find(
      (t) =>
        t.pages.at(-1) === first - 1 &&
        t.unit === table.unit &&
        normalizeText(t.labelHeader).toLowerCase() === normalizeText(table.labelHeader).toLowerCase() &&
        sameKindOfYears(t, table) &&
        t.years.every((y) => !table.years.includes(y)) &&
        t.rows.length === table.rows.length &&
        t.rows.length >= 2 &&
        t.rows.every((row, k) => {
          const other = table.rows[k] as TableRow;
          return rowKey(row) === rowKey(other) && (row.label !== null || normalizeText(row.text) !== '');
        }),
    );
    if (!before) {
      out.push(table);
      continue;
    }
    before.rows.forEach((row, k) => {
      const other = table.rows[k] as TableRow;
      row.values = [...row.values, ...other.values].sort((a, b) => a.year - b.year);
      if (other.extras?.length) row.extras = [...(row.extras ?? []), ...other.extras];
      if (other.unreadCells?.length) row.unreadCells = [...(row.unreadCells ?? []), ...other.unreadCells];
      if (other.rangeEnds?.length) row.rangeEnds = [...(row.rangeEnds ?? []), ...other.rangeEnds];
    });
    before.years = [...before.years, ...table.years].sort((a, b) => a - b);
    before.pages.push(...table.pages);
    for (const index of table.lineIndexes) before.lineIndexes.add(index);
    before.issues.push(...table.issues.filter((issue) => !before.issues.includes(issue)));
  }
  return out;
}
