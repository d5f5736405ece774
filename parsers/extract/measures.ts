/**
 * Measures (åtgärder, insatser) in the shapes board papers use:
 *  - rows of a year table ("Sjukresor (6 insatser): 3,5 8,9 8,9"), title/description/sub-measures in one cell;
 *  - list items with the amount in the line ("a) Minskad hyrbemanning 50 mkr mindre 2024 än 2023");
 *  - unquantified list items or sub-headings under a heading about measures ("Åtgärder för ekonomi i balans").
 * Totals ("Totalt", "Summa", "Förvaltningstotal") are collected beside them and reconciled later.
 */
import { DECIMAL_ROUNDING_MSEK, reconciles, tableTolerance } from '../reconcile.ts';
import type { Amount, Effect, EffectType, MeasureCategory } from '../schema.ts';
import { type AmountMatch, findAmounts, unitFromHeader } from '../swedish/amounts.ts';
import { categorize } from '../swedish/categories.ts';
import { amountsWithStatedUnit, effectsFromWording, isEffectWording } from '../swedish/effects.ts';
import {
  amountsByYear,
  hasEffectLead,
  hasTotalWord,
  isEffectStatement,
  runTogetherYear,
  sentencesOf,
  statedTotal,
} from '../swedish/statements.ts';
import { foldAccents } from '../swedish/text.ts';
import { CUT_TITLE_ISSUE, carriedRow } from './borderless.ts';
import { cellQuote, clip } from './evidence.ts';
import { type Block, type DocLine, joinLines, type Layout, normalizeText } from './layout.ts';
import { statesCostSigns, tableSignConvention } from './sign-convention.ts';
import { parseValue, partOfCell, type TableRow, type YearTable } from './tables.ts';

export interface MeasureDraft {
  label: string | null;
  title: string;
  category: MeasureCategory;
  subMeasureCount: number | null;
  subMeasures: string[];
  description: string | null;
  effects: Effect[];
  page: number;
  evidence: string;
  source: 'table' | 'list' | 'heading';
  /** Measures listed together (one table, one list) share a group; totals reconcile per group. */
  group: number;
  /** The document line it starts on, when known: a total stated in prose sums the measures before it. */
  line?: number;
}

export interface TotalDraft {
  label: string;
  year: number;
  amountMsek: number;
  page: number;
  evidence: string;
  /** The group of measures the total sums up; null when it stands alone (prose, breakdown table). */
  group: number | null;
  /** Stated in a sentence of prose rather than a total row or line: it sums the measures before it. */
  line?: number;
  /** The figure as printed (a table's sum row), for when the total turns out to be a subtotal. */
  raw?: string;
  /** A sum row of a table that prints cost changes: it sums the measures' effects negated. */
  costSigned?: boolean;
}

const TOTAL_RE =
  /^(?:[-–]\s*)?(totalt?|summa|sammanlagt|totalsumma|total effekt|total besparing|förvaltningstotal|samtliga åtgärder|totalt för)\b/i;
/**
 * A table row's label cell that sums: the total words and the other summing words a label cell
 * may start with ("Sammanlagd effekt", "Sammantaget", "Summering"). In a table cell they name the
 * row; in prose ("Sammantaget beräknas …") they begin a sentence that may sum something else.
 */
export const TOTAL_ROW_RE =
  /^(?:[-–]\s*)?(totalt?|summa|delsumma|s:a|summering|sammanlagt|sammanlagda?|sammantaget|totalsumma|total effekt|total besparing|förvaltningstotal|samtliga åtgärder|totalt för)\b/i;

/**
 * A row that sums the measure rows above it, year by year, is a total row whatever its label says
 * ("Hela planen", "Effekt totalt", or a label the reader lost): two or more measures above, and
 * every figure of the row equal to its column's sum within rounding.
 */
export function sumsRowsAbove(
  values: readonly { year: number; amountMsek: number }[],
  above: readonly { effects: readonly { year: number; amountMsek: number }[] }[],
): boolean {
  if (values.length === 0 || above.length < 2) return false;
  const step = stepOf(values, above);
  return values.every((v) => {
    const parts = above.flatMap((m) => m.effects.filter((e) => e.year === v.year));
    if (parts.length < 2) return false;
    const sum = parts.reduce((s, e) => s + e.amountMsek, 0);
    // Printed parts and the printed total are each rounded: allow less than one step of the
    // table's last digit (never a whole step, so a row off by one step is no total).
    return Math.abs(sum - v.amountMsek) < 0.99 * step;
  });
}

/** The step of the last digit the figures are written in (0.1 for "2,5" mkr, 0.001 for tkr). */
function stepOf(
  values: readonly { amountMsek: number }[],
  above: readonly { effects: readonly { amountMsek: number }[] }[],
): number {
  const all = [
    ...values.map((v) => v.amountMsek),
    ...above.flatMap((m) => m.effects.map((e) => e.amountMsek)),
  ];
  const decimals = Math.max(0, ...all.map((x) => (String(Math.abs(x)).split('.')[1] ?? '').length));
  return 10 ** -Math.min(decimals, 3);
}
const SUBSET_RE = /^[-–]?\s*(varav|därav|varav:)\b/i;
/**
 * A label header naming a rate — money per unit of activity ("Kostnad per DRG-poäng, kronor", "Ersättning
 * per besök", "kr per invånare") — heads unit costs, not what measures change, whatever the prose above
 * speaks of. "Per år" and the like name a period, not a rate.
 * An investment plan's label header ("Investering", "Investeringsobjekt") heads what is bought, a level of
 * spending like a budget, not what measures change.
 */
const RATE_HEADER_RE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]*kostnad(?:er)?|intäkt(?:er)?|ersättning|pris|kr|kronor|tkr|mkr|sek)\s+per\s+(?!(?:år|året|månad|kvartal|tertial|halvår|helår)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ]))[A-Za-zªµºÀ-ÖØ-öø-ɏ]|investering[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)/iu;
const MEASURE_TABLE_RE =
  /(åtgärd|insats|aktivitet|besparing|effekt|förslag|sparbeting|kostnadsminsk|kostnadsreducer|handlingsplan|effektivisering)/i;
/**
 * Words over year columns that make them levels — what a budget, an outcome or a forecast amounts to
 * in a year ("Budget 2026", "Utfall 2024", "Prognos", "Bokslut") — not what a measure changes.
 */
const LEVEL_YEAR_WORD_RE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:års)?(?:budget|utfall|bokslut|prognos)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/iu;
/**
 * Year columns headed by a level and by no word of effects ("Budget 2025 | Budget 2026 | Förändring"),
 * in a table whose label column does not name measures ("Åtgärd | Prognos 2026" stays a measure table).
 */
function levelYearColumns(table: YearTable): boolean {
  const header = table.yearHeader ?? '';
  return (
    LEVEL_YEAR_WORD_RE.test(header) &&
    !MEASURE_TABLE_RE.test(header) &&
    !MEASURE_TABLE_RE.test(table.labelHeader)
  );
}
const BREAKDOWN_HEADER_RE =
  /^(kategori|typ|genomförbarhet|fördelning|nivå|prioritet|division|förvaltning|verksamhet)/i;
export const MEASURE_CONTEXT_RE =
  /(åtgärd|insats|besparing|kostnadsminsk|kostnadsreducer|effektivisering|sparförslag|sparåtgärd|handlingsplan|förslag på|ekonomi i balans)/i;
/** The verb or noun of a sentence that introduces causes: "… förklaras av", "… beror på", "Orsakerna är". */
const CAUSE_LEAD_IN_RE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:förklaras|förklaringen|förklaringar(?:na)?|beror|berodde|orsak(?:en|er|erna)?|orsakas|orsakades|på grund av)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/iu;
/** The sentence that introduces a list: the last of a paragraph that ends in a colon, else nothing. */
function leadInSentence(text: string): string {
  if (!/:\s*$/.test(text)) return '';
  const sentences = text.split(/(?<=[.!?])\s+(?=[A-ZÅÄÖ])/u);
  return sentences.at(-1) ?? text;
}
export const EXCLUDED_CONTEXT_RE =
  /(exkluder|avstått|avstår|inte gå vidare|ej gå vidare|ej aktuell|inte aktuell|inte är aktuella|utgår|avslag|avvisa|inte genomför)/i;
const SAVING_PHRASE_RE =
  /(mindre|lägre|minskn|minskad|minska|besparing|spar|sänk|reducer|effekt|mer\s+(?:19|20)\d{2}\s+än|ökade intäkter|intäktsökning|kostnadsminsk)/i;
/**
 * The standing sections of a Swedish case paper or item of minutes ("Sammanfattning", "Ärendebeskrivning",
 * "Ekonomisk bedömning", "Beslutsunderlag" …), numbered or not: a sub-heading so named under a heading
 * about measures is a chapter of the paper, never a measure, and it heads no measures of its own.
 */
const CASE_SECTION_RE =
  /^(?:\d+(?:\.\d+)*\.?\s+)?(?:sammanfattning|ärendebeskrivning|ärendet|beskrivning av ärendet|bakgrund|inledning|syfte|ekonomisk(?:a)?\s+(?:bedömning|konsekvenser|förutsättningar|analys)|förvaltningens\s+(?:bedömning|synpunkter|förslag)|bedömning|överväganden|konsekvenser|beslutsunderlag|förslag till beslut|beslut|yttrande|juridisk bedömning|barnperspektiv|jämställdhetsperspektiv|miljöperspektiv|expedieras till|beslutet skickas till|skickas till)\s*:?$/iu;
const SUB_COUNT_RE =
  /\((\d{1,3})\s+(?:st\.?\s+)?(insatser|åtgärder|aktiviteter|delåtgärder|delinsatser|förslag)\)/i;

/**
 * Words that lead up to the amount rather than name the measure: "Hyrbemanning, besparing ca" 12 mkr,
 * "Samlad nattjour minskar kostnaderna med" 2 mkr, "Egen tolkförmedling beräknas ge" fyra miljoner.
 */
const TRAILING_LEAD_RE =
  /(?:[\s,:;–—-]+|\s+(?:beräknad|uppskattad|förväntad|bedömd|total|årlig)?\s*(?:besparing|effekt|helårseffekt|kostnadsminskning|minskning|ca|cirka|drygt|knappt|med|om|på|totalt|motsvarande)|\s+(?:(?:beräknas|bedöms|väntas|förväntas)\s+)?(?:ge|ger|spara|sparar|(?:minska|minskar|sänka|sänker)\s+(?:kostnaderna|kostnaden)))+$/i;

function cleanTitle(text: string): string {
  return normalizeText(text)
    .replace(/^[-–—•▪:,;.\s]+/, '')
    .replace(/\*+/g, '')
    .replace(TRAILING_LEAD_RE, '');
}

function titleKey(title: string): string {
  return foldAccents(title)
    .replace(/\(\d+\s+\w+\)/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function effectTypeFor(category: MeasureCategory, text: string): EffectType {
  if (category === 'revenue' || /(intäkt|avgift|fakturer|debiter)/i.test(text)) {
    return /(kostnad|minsk|lägre|mindre)/i.test(text) && !/(intäkt|avgift|fakturer|debiter)/i.test(text)
      ? 'cost_reduction'
      : 'revenue_increase';
  }
  return 'cost_reduction';
}

/* ------------------------------------------------------------------ table rows */

interface RowParts {
  title: string;
  description: string | null;
  subMeasures: string[];
  subMeasureCount: number | null;
}

/** Numbered sub-measures "1. … 2. … 3. …": only a run that counts 1, 2, 3 … is accepted. */
function splitNumbered(text: string): { head: string; items: string[] } {
  const re = /(?:^|\s)(\d{1,2})[.)]\s+(?=[A-ZÅÄÖa-zåäö0-9])/g;
  const starts: { index: number; bodyStart: number; n: number }[] = [];
  let expected = 1;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const n = Number(m[1]);
    if (n === expected) {
      starts.push({ index: m.index, bodyStart: m.index + m[0].length, n });
      expected++;
    }
  }
  if (starts.length < 2) return { head: text, items: [] };
  const items = starts.map((s, i) =>
    normalizeText(text.slice(s.bodyStart, starts[i + 1]?.index ?? text.length)),
  );
  return { head: normalizeText(text.slice(0, starts[0]?.index ?? 0)), items };
}

/** Bulleted sub-measures, one per line of the cell ("• Gemensam jour …", "– Översyn av …"). */
function splitBulleted(lines: string[]): { head: string; items: string[] } | null {
  const marker = /^[•▪●◦○■►➢✓–—\-*·]\s+/;
  const first = lines.findIndex((l) => marker.test(l));
  if (first < 0) return null;
  const items: string[] = [];
  for (const line of lines.slice(first)) {
    if (marker.test(line)) items.push(line.replace(marker, ''));
    else if (items.length > 0) items[items.length - 1] = joinLines([items.at(-1) ?? '', line]);
  }
  if (items.length < 2) return null;
  return { head: joinLines(lines.slice(0, first)), items: items.map(normalizeText) };
}

/**
 * A list the reader ran into one line of the cell: drawn bullets ("… • Ny rutin • Utbildning"), letters
 * counting a), b), c) …, or a dash before a capital that repeats ("… – Ny rutin – Utbildning"; one
 * dash alone parts a title from its description). Two items or more, after the measure's own words.
 */
function splitInlineList(text: string): { head: string; items: string[] } | null {
  const list = (parts: string[]) => {
    const [head, ...items] = parts.map(normalizeText);
    return items.length >= 2 && items.every(Boolean) ? { head: head ?? '', items } : null;
  };
  const bullets = text.split(/(?:^|\s)[•▪●◦○■►➢✓]\s+/);
  if (bullets.length >= 3) return list(bullets);
  const re = /(?:^|\s)([a-h])\)\s+(?=\S)/g;
  const starts: { index: number; body: number }[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[1] === 'abcdefgh'[starts.length]) starts.push({ index: m.index, body: m.index + m[0].length });
  }
  if (starts.length >= 2)
    return list([
      text.slice(0, starts[0]?.index ?? 0),
      ...starts.map((st, i) => text.slice(st.body, starts[i + 1]?.index ?? text.length)),
    ]);
  const dashes = text.split(/\s[–—]\s+(?=[A-ZÅÄÖ])/);
  if (dashes.length >= 3 && dashes.slice(1).every((d) => !/\d/.test(d) && d.split(/\s+/).length <= 10))
    return list(dashes);
  return null;
}

/** Short lead-ins that name the row rather than the measure: "Åtgärd 3:", "Förslag:". */
const GENERIC_LEAD_RE = /^(?:åtgärd|insats|aktivitet|förslag|område)(?:\s+\d+[a-z]?)?$/i;

/**
 * Where a measure's title ends: its leading phrase or sentence, whatever the punctuation. A colon
 * ends it when a new sentence (capital, digit, list) follows ("Sjukresor (6 insatser): 1. …"), not
 * when the phrase goes on in lower case ("Läkemedel: byte till biosimilarer."); a sentence end
 * ends it; without either, a capitalised word after ordinary lower-case words starts the description.
 */
export function titleEnd(head: string): { end: number; resume: number } | null {
  const re = /([.!?])(?=\s+\S|$)|:(?=\s|$)|\s[–—]\s/g;
  for (let m = re.exec(head); m; m = re.exec(head)) {
    const before = head.slice(0, m.index).trim();
    const after = head.slice(m.index + m[0].length).trimStart();
    if (m[0] === ':') {
      if (GENERIC_LEAD_RE.test(before)) continue;
      // "Läkemedel: byte till biosimilarer." (one word, then a short phrase) is one title; "Minskad hyrbemanning: avtalen
      // med bemanningsföretagen fasas ut …" is a title and its description.
      const phrase = after.split(/[.!?](?:\s|$)/)[0] ?? after;
      if (/^[a-zåäöé]/.test(after) && before.split(' ').length === 1 && phrase.split(' ').length <= 8)
        continue;
      return { end: m.index, resume: m.index + 1 };
    }
    if (m[0].trim() === '–' || m[0].trim() === '—') {
      if (before.length < 3) continue;
      return { end: m.index, resume: m.index + m[0].length };
    }
    // "t.ex." and "ca." do not end a sentence; "1." at the start is a list number. Abbreviations that
    // stand before a number ("v. 27–32", "avd. 34", "jfr. 2025", "fr.o.m. 2027") do not either —
    // only short forms: after a whole word ("per vecka. 3 undersköterskor …") the period ends a sentence.
    if (/(?:\b(?:t\.ex|bl\.a|ca|resp|inkl|exkl|dvs|s\.k|m\.m|kap|nr|st)|\d)$/i.test(before)) continue;
    if (/\b(?:v|avd|jfr|enl|tel|kl|fr\.o\.m|t\.o\.m|p\.g\.a)$/i.test(before) && /^\d/.test(after)) continue;
    if (before.length < 3) continue;
    return { end: m.index, resume: m.index + 1 };
  }
  // No punctuation: "Minskad hyrbemanning Avtalen med bemanningsföretag sägs upp …".
  const words = head.split(' ');
  if (head.length > 90) {
    for (let i = 2; i < Math.min(words.length, 16); i++) {
      const word = words[i] ?? '';
      const prev = words[i - 1] ?? '';
      if (
        /^[A-ZÅÄÖ][a-zåäöé]{2,}$/.test(word) &&
        /^[a-zåäöé]{3,}$/.test(prev) &&
        !/^(och|av|i|för|till|med|på|vid|inom|från|samt)$/.test(prev)
      ) {
        const end = words.slice(0, i).join(' ').length;
        return { end, resume: end + 1 };
      }
    }
  }
  return null;
}

export function splitRowText(text: string, hint: string | null = null, lines: string[] = []): RowParts {
  const normalized = normalizeText(text);
  const bulleted = splitBulleted(lines);
  const numbered = splitNumbered(normalized);
  const { head, items } =
    bulleted ?? (numbered.items.length > 0 ? numbered : (splitInlineList(normalized) ?? numbered));
  let title = head;
  let description: string | null = null;
  const hinted = hint ? normalizeText(hint).replace(/[:.]$/, '') : '';
  if (hinted && head.startsWith(hinted) && hinted.length >= 3) {
    title = hinted;
    description =
      head
        .slice(hinted.length)
        .replace(/^[\s:.,;–—-]+/, '')
        .trim() || null;
  } else {
    const end = titleEnd(head);
    if (end && end.end > 0 && end.end < 260) {
      title = head.slice(0, end.end);
      description = head.slice(end.resume).trim() || null;
    } else if (head.length > 200) {
      title = clip(head, 160);
      description = head;
    }
  }
  const count = SUB_COUNT_RE.exec(title) ?? SUB_COUNT_RE.exec(head);
  const subMeasureCount = count?.[1] ? Number(count[1]) : items.length >= 2 ? items.length : null;
  return { title: cleanTitle(title), description, subMeasures: items, subMeasureCount };
}

function rowEvidence(row: TableRow, lines: DocLine[]): string {
  const label = normalizeText(row.labelLines[0] ?? row.text).toLowerCase();
  if (label) {
    // The page line where the row starts: its first segment begins the row's label cell
    // (a ruled cell's text runs over several lines, so compare the line against the cell, not the reverse).
    let best: DocLine | null = null;
    for (const line of lines) {
      if (line.page !== row.page) continue;
      const head = normalizeText(line.line.segments[0]?.text ?? line.text).toLowerCase();
      if (
        head.length >= 4 &&
        label.startsWith(head) &&
        (!best || head.length > (best.line.segments[0]?.text.length ?? 0))
      ) {
        best = line;
      }
    }
    if (best) return clip(best.text);
  }
  return clip(row.labelLines[0] ?? row.text);
}

/**
 * A summary across a paper's tables (one row per förvaltning, sjukhus or area with its sum, then a
 * "Totalt" row): every row with figures, at least two, repeats in every year a sum row of another
 * table of the paper — each row a different sum row. Its rows restate sums, they are no measures,
 * whatever its label column is headed (the header words of such tables are many: "Enhet", "Område",
 * none).
 */
function restatesTableSums(table: YearTable, tables: readonly YearTable[]): boolean {
  const sums = tables
    .filter((t) => t !== table)
    .flatMap((t) => t.rows.filter((r) => r.values.length > 0 && TOTAL_ROW_RE.test(normalizeText(r.text))))
    .map((r) => r.values);
  const rows = table.rows.filter((r) => r.values.length > 0 && !TOTAL_ROW_RE.test(normalizeText(r.text)));
  if (rows.length < 2 || sums.length < rows.length) return false;
  const used = new Set<number>();
  return rows.every((row) => {
    const at = sums.findIndex(
      (values, i) =>
        !used.has(i) &&
        row.values.every((v) =>
          values.some(
            (s) => s.year === v.year && reconciles(s.amountMsek, v.amountMsek, DECIMAL_ROUNDING_MSEK),
          ),
        ),
    );
    if (at < 0) return false;
    used.add(at);
    return true;
  });
}

export function tableMeasures(
  tables: YearTable[],
  layout: Layout,
  nextGroup: () => number,
): {
  measures: MeasureDraft[];
  totals: TotalDraft[];
  figureTables: YearTable[];
  /** Groups whose table was not read whole: their totals must not reconcile. */
  incomplete: Map<number, string>;
  /** Tables about measures that gave none. */
  unparsed: { page: number; reason: string }[];
  /** Tables whose sign convention is unsure, or a title maybe cut (told as warnings). */
  doubts: { page: number; reason: string; code?: 'AMBIGUOUS_TABLE' }[];
} {
  const doubts: { page: number; reason: string; code?: 'AMBIGUOUS_TABLE' }[] = [];
  const incomplete = new Map<number, string>();
  const unparsed: { page: number; reason: string }[] = [];
  const measures: MeasureDraft[] = [];
  const totals: TotalDraft[] = [];
  const figureTables: YearTable[] = [];
  // Year tables hold measures only when their header or caption speaks of measures or effects; a
  // budget table ("Resultaträkning mnkr 2023 2024") has rows that are not measures: its figures are
  // mkr amounts of the document.
  // Year columns headed only by a level ("Budget 2025 | Budget 2026") hold no effects, whatever the
  // prose around the table speaks of: a budget per activity is a table of amounts.
  const aboutMeasures = (t: YearTable): boolean =>
    !levelYearColumns(t) &&
    !RATE_HEADER_RE.test(t.labelHeader) &&
    MEASURE_TABLE_RE.test(`${t.labelHeader} ${t.context}`);
  const hasMeasureTable = tables.some((t) => aboutMeasures(t) && !BREAKDOWN_HEADER_RE.test(t.labelHeader));
  let headingLines: Set<number> | undefined;
  for (const table of tables) {
    if (!aboutMeasures(table)) {
      figureTables.push(table);
      continue;
    }
    const group = nextGroup();
    const breakdown =
      hasMeasureTable && (BREAKDOWN_HEADER_RE.test(table.labelHeader) || restatesTableSums(table, tables));
    if (breakdown) figureTables.push(table);
    // A title maybe cut at its cell's border leaves the row's figures whole: the table is told unsure
    // (below), but its sums still reconcile.
    const cutTitles = table.issues.filter((issue) => issue.startsWith(CUT_TITLE_ISSUE));
    const issues = table.issues.filter((issue) => !cutTitles.includes(issue));
    const before = measures.length;
    const totalsBefore = totals.length;
    const hasTotalRow = table.rows.some((r) => TOTAL_ROW_RE.test(normalizeText(r.text)));
    // Measures since the table's start or its last total row: what an unlabelled total would sum.
    let sinceTotal = before;
    // Measures since the last group heading or total row: what a group's subtotal would sum.
    let sinceHeading = before;
    const sumRows: { row: TableRow; text: string; part: MeasureDraft[] }[] = [];
    /** The row each measure of this table was read from. */
    const rowOfMeasure = new Map<MeasureDraft, TableRow>();
    const lastWithFigures = table.rows.findLastIndex((r) => r.values.length > 0);
    // Parent rows that sum the rows under them are no measures (their figures are amounts of the paper);
    // "varav" rows that make up the whole of their parent are its measures.
    const { families, headings } = rowFamilies(table.rows);
    const parents = new Set(families.filter((f) => !f.listed).map((f) => f.parent));
    const promoted = new Set(
      families
        .filter((f) => !f.listed && f.kids.some((k) => SUBSET_RE.test(normalizeText(k.text))))
        .flatMap((f) => f.kids),
    );
    const listedUnder = new Map(
      families.filter((f) => f.listed).flatMap((f) => f.kids.map((k) => [k, f.parent])),
    );
    const measureOfRow = new Map<TableRow, MeasureDraft>();
    const cellParents = new Set<TableRow>();
    for (const f of families) {
      if (f.listed || f.fit === 'exact') continue;
      issues.push(
        `the figures of "${clip(normalizeText(f.parent.text), 60)}" are not the sum of the rows under it (read as its parts)`,
      );
    }
    for (const [rowIndex, row] of table.rows.entries()) {
      const raw = normalizeText(row.text);
      // A promoted "varav" row is a measure of its own: its title without the lead, as a title begins.
      const bare = raw.replace(SUBSET_RE, '').trim();
      const text = promoted.has(row) ? `${bare.charAt(0).toUpperCase()}${bare.slice(1)}` : raw;
      if (!text || (SUBSET_RE.test(text) && !promoted.has(row)) || parents.has(row)) continue;
      // "Summa att överföra" / "Överfört från föregående sida": the running sum carried over a page
      // break repeats the rows above; it neither closes the table nor is a measure.
      if (carriedRow(text)) continue;
      const listedParent = listedUnder.get(row);
      if (listedParent) {
        const parent = measureOfRow.get(listedParent);
        if (parent) {
          parent.subMeasures.push(cleanTitle(text));
          if (!SUB_COUNT_RE.test(parent.title)) parent.subMeasureCount = parent.subMeasures.length;
        }
        continue;
      }
      if (headings.has(row)) {
        sinceHeading = measures.length;
        continue;
      }
      // Only the last row with figures, and one without a row number: a total inside a table, or
      // a numbered one, says so in words.
      const sumsAbove =
        rowIndex === lastWithFigures &&
        row.label === null &&
        sumsRowsAbove(row.values, measures.slice(sinceTotal));
      if (TOTAL_ROW_RE.test(text) || sumsAbove) {
        sumRows.push({ row, text, part: measures.slice(sinceHeading) });
        sinceTotal = measures.length;
        sinceHeading = measures.length;
        continue;
      }
      if (breakdown) continue;
      // A group's heading: one cell across the table ("Primärvård" over the rows of its area), or a
      // row of a single word cell whose group a subtotal closes (groupHeading). It names the rows
      // under it; it is no measure.
      if (row.values.length === 0 && (row.spanning === true || groupHeading(table.rows, rowIndex))) {
        sinceHeading = measures.length;
        continue;
      }
      // A row without figures that is a list counting from 1 ("1. Utbilda … 2. Ta fram …") is the
      // numbered sub-measures of the measure above it, its cell split over two rows by the reader.
      const previous = measures.length > before ? measures.at(-1) : undefined;
      if (previous && row.values.length === 0 && (row.unreadCells?.length ?? 0) === 0) {
        const list = splitNumbered(text);
        if (list.head === '' && list.items.length >= 2) {
          previous.subMeasures.push(...list.items);
          if (!SUB_COUNT_RE.test(previous.title)) previous.subMeasureCount = previous.subMeasures.length;
          continue;
        }
      }
      // A row without figures that starts in lower case ("vårdplatser på avdelning 68 …") goes on with
      // the label of the row above — over a page break, the table above — whose title stopped mid-phrase.
      const above = measures.at(-1);
      if (
        above &&
        row.values.length === 0 &&
        (row.unreadCells?.length ?? 0) === 0 &&
        /^[a-zåäö]/.test(text) &&
        above.description === null &&
        !/[.!?:]$/.test(above.title)
      ) {
        above.title = cleanTitle(`${above.title} ${text}`);
        continue;
      }
      // "1. Minskad hyrbemanning …" numbered inside the label cell: the number is the row's label.
      const inCell = row.label === null ? /^(\d{1,2}[a-z]?|[a-zåäö])[.)]\s+(?=\S)/i.exec(text) : null;
      const rowLabel = row.label ?? inCell?.[1] ?? null;
      const parts = splitRowText(
        inCell ? text.slice(inCell[0].length) : text,
        row.titleHint ?? null,
        row.labelLines,
      );
      if (!parts.title && row.values.length > 0) issues.push(`figures without a title on page ${row.page}`);
      if (hasTotalRow && row.values.length === 0 && (row.unreadCells?.length ?? 0) === 0) {
        issues.push(`a row without figures: "${clip(parts.title, 60)}"`);
      }
      if (row.description)
        parts.description = parts.description ? `${parts.description} ${row.description}` : row.description;
      if (!parts.title) continue;
      // The label cell lists the row's measures, each with its own figures ("Tolk på distans: 1,8 mkr
      // 2027, 2,7 mkr 2028"), and the row's figures are their sums: the items are the measures, the
      // row's figures (a group's sums) amounts of the paper.
      const items = row.values.length > 0 ? cellItems(parts, row.values, table.years, row.labelLines) : null;
      if (items) {
        cellParents.add(row);
        for (const item of items)
          measures.push({
            label: null,
            title: item.title,
            category: item.category,
            subMeasureCount: null,
            subMeasures: [],
            description: null,
            effects: item.effects,
            page: row.page,
            evidence: clip(item.text),
            source: 'table',
            group,
          });
        continue;
      }
      const category = categorize(parts.title, parts.description ?? undefined);
      const type = effectTypeFor(category, parts.title);
      measures.push({
        label: rowLabel,
        title: parts.title,
        category,
        subMeasureCount: parts.subMeasureCount,
        subMeasures: parts.subMeasures,
        description: parts.description,
        effects: row.values.map((v) => ({
          year: v.year,
          amountMsek: v.amountMsek,
          type,
          baselineYear: null,
          raw: v.raw,
        })),
        page: row.page,
        evidence: cellQuote(row.labelLines, parts.title) ?? rowEvidence(row, layout.lines),
        source: 'table',
        group,
      });
      rowOfMeasure.set(measures.at(-1) as MeasureDraft, row);
      measureOfRow.set(row, measures.at(-1) as MeasureDraft);
    }
    // A bridge from a starting position to a result ("Resultat före åtgärder −305", the measures, "Summa
    // åtgärder 117", "Resultat efter åtgärder −188"): its first and last rows are no measures.
    const bridge = bridgeRows(table.rows, measures.slice(before), sumRows.at(-1)?.row ?? null, rowOfMeasure);
    if (bridge.size > 0) {
      for (let k = measures.length - 1; k >= before; k--) {
        const row = rowOfMeasure.get(measures[k] as MeasureDraft);
        if (row && bridge.has(row)) measures.splice(k, 1);
      }
      for (const s of sumRows) s.part = s.part.filter((m) => !bridge.has(rowOfMeasure.get(m) as TableRow));
    }
    // Sum rows: the last is the table's total. One before it that sums its own group's measures is a
    // subtotal when the last sums them all (or sums the subtotals): an amount of the paper, no total.
    const subtotals = subtotalRows(sumRows, measures.slice(before));
    for (const { row, text } of sumRows) {
      if (subtotals.has(row)) continue;
      for (const value of row.values) {
        // A year read as the sum of its printed parts has no printed total (the parts are amounts).
        if (table.summedYears?.includes(value.year)) continue;
        totals.push({
          label: cleanTitle(text.split(/\s{2,}|:/)[0] ?? text),
          year: value.year,
          amountMsek: value.amountMsek,
          raw: value.raw,
          page: row.page,
          evidence: rowEvidence(row, layout.lines),
          group: breakdown ? null : group,
        });
      }
    }
    // No total row: a sentence right above the table may state its total ("Planens totala effekt uppgår
    // till 19,6 mkr 2026 och 19,1 mkr 2027." before "Tabell 1. Åtgärder …").
    if (!breakdown && totals.length === totalsBefore && measures.length > before) {
      headingLines ??= new Set(
        layout.blocks.filter((b) => b.kind === 'heading').flatMap((b) => b.lines.map((l) => l.index)),
      );
      for (const stated of totalSentenceAbove(table, layout, headingLines, measures.slice(before)))
        totals.push({ ...stated, group });
    }
    if (!breakdown && measures.length === before && totals.length === totalsBefore && table.rows.length > 0) {
      unparsed.push({
        page: table.pages[0] ?? 1,
        reason: 'a table of figures by year about measures gave no measure',
      });
    }
    if (issues.length > 0) incomplete.set(group, issues.join('; '));
    // Money figures of a measure table that are no year's effect — the "varav …" share of a row and
    // the money columns beside the years (a row sum "Summa", "Helårseffekt", "Ackumulerad effekt",
    // "Engångskostnad") — are amounts of the document all the same.
    // A cumulative column's printed figures (the year's effect is their difference) and the upper ends
    // of range cells are amounts too.
    const money = moneyColumns(table);
    const asAmounts = table.rows.flatMap((row) => {
      if (
        (SUBSET_RE.test(normalizeText(row.text)) && !promoted.has(row)) ||
        parents.has(row) ||
        cellParents.has(row) ||
        subtotals.has(row) ||
        bridge.has(row)
      )
        return [row];
      const printed = [
        ...(row.cumulative ?? []).filter(
          (p) => !row.values.some((v) => v.year === p.year && v.amountMsek === p.amountMsek),
        ),
        // The upper end of a range cell ("6–8": 6 is the year's effect).
        ...(row.rangeEnds ?? []),
        // The gross figures of a measure whose net row is its effect.
        ...(row.grossValues ?? []),
      ];
      return printed.length > 0 || (row.extras ?? []).some((e) => money.has(e.header))
        ? [{ ...row, values: printed }]
        : [];
    });
    if (!breakdown && asAmounts.length > 0)
      figureTables.push({ ...table, rows: asAmounts, moneyHeaders: [...money] });
    // A table that prints cost changes (a saving as a negative figure, as its notes say): its figures
    // turned to effects; its sum rows stay as printed and reconcile against the negated sum.
    const own = measures.slice(before);
    const sign = tableSignConvention(
      table,
      layout,
      own.flatMap((m) => m.effects.map((e) => e.amountMsek)),
    );
    if (sign.flip) {
      for (const m of own) m.effects = m.effects.map(asCostChange);
      for (const t of totals.slice(totalsBefore)) t.costSigned = true;
    }
    if (sign.doubt && own.length > 0)
      doubts.push({ page: own[0]?.page ?? table.pages[0] ?? 1, reason: sign.doubt });
    for (const reason of cutTitles) {
      const quoted = normalizeText(/"(.*)"$/.exec(reason)?.[1] ?? '');
      const cut = own.find((m) => quoted !== '' && normalizeText(m.title).startsWith(quoted)) ?? own[0];
      doubts.push({ page: cut?.page ?? table.pages[0] ?? 1, reason, code: 'AMBIGUOUS_TABLE' });
    }
  }
  return { measures, totals, figureTables, incomplete, unparsed, doubts };
}

/** A printed cost change as the effect it has on the result: a lower cost improves it. */
function asCostChange(e: Effect): Effect {
  const amountMsek = e.amountMsek === 0 ? 0 : -e.amountMsek;
  const type: EffectType =
    e.type === 'revenue_increase'
      ? 'revenue_decrease'
      : e.type === 'revenue_decrease'
        ? 'revenue_increase'
        : amountMsek < 0
          ? 'cost_increase'
          : 'cost_reduction';
  return { ...e, amountMsek, type };
}

/** How a row's figures stand to the sum of the rows under it. */
type SumFit = 'exact' | 'rounding' | 'off';

/**
 * The figures of `values` against the per-year sums of `kids`: equal within the rounding of one printed
 * digit ('exact'); off by no more than the kids' own rounding could make it, half a step per kid
 * ('rounding'); or not their sum ('off'). Every year of the kids must be a year of the row.
 */
function sumFit(
  values: readonly { year: number; amountMsek: number }[],
  kids: readonly { values: readonly { year: number; amountMsek: number }[] }[],
): SumFit {
  if (values.length === 0 || kids.length === 0) return 'off';
  if (kids.some((k) => k.values.some((e) => !values.some((v) => v.year === e.year)))) return 'off';
  const step = stepOf(
    values,
    kids.map((k) => ({ effects: k.values })),
  );
  let fit: SumFit = 'exact';
  for (const v of values) {
    const parts = kids.flatMap((k) => k.values.filter((e) => e.year === v.year));
    if (parts.length === 0) return 'off';
    const off = Math.abs(parts.reduce((sum, e) => sum + e.amountMsek, 0) - v.amountMsek);
    if (off < 0.99 * step) continue;
    if (off <= (Math.ceil(parts.length / 2) + 0.01) * step) fit = 'rounding';
    else return 'off';
  }
  return fit;
}

/**
 * The measures a label cell lists with figures of their own — bullets, or "Titel: 1,8 mkr 2027, 2,7 mkr
 * 2028" run on one after another — when there are two or more, each states an effect, and their sums
 * are the row's figures in every year (else the cell is the row's description, as before).
 */
function cellItems(
  parts: { subMeasures: string[]; description: string | null },
  values: readonly { year: number; amountMsek: number }[],
  years: readonly number[],
  lines: readonly string[],
): { title: string; text: string; category: MeasureCategory; effects: Effect[] }[] | null {
  // Items run on one after another part where a figure is followed by a capital; the cell's first line
  // names the row when nothing else set the title apart.
  const runOn = (text: string): string[] =>
    text
      .split(/(?<=\d)\s+(?=\p{Lu})/u)
      .map(normalizeText)
      .filter(Boolean);
  const candidates = [
    parts.subMeasures,
    runOn(parts.description ?? ''),
    lines.length > 1 ? runOn(lines.slice(1).join(' ')) : [],
  ];
  for (const texts of candidates) {
    const items = itemsWithFigures(texts, values, years);
    if (items) return items;
  }
  return null;
}

function itemsWithFigures(
  texts: readonly string[],
  values: readonly { year: number; amountMsek: number }[],
  years: readonly number[],
): { title: string; text: string; category: MeasureCategory; effects: Effect[] }[] | null {
  if (texts.length < 2) return null;
  const items: { title: string; text: string; category: MeasureCategory; effects: Effect[] }[] = [];
  for (const text of texts) {
    const first = amountsWithStatedUnit(text)[0];
    if (!first) return null;
    const title = cleanTitle(text.slice(0, first.index).replace(/[\s:;,–—-]+$/u, ''));
    if (title.length < 3) return null;
    const category = categorize(title);
    const effects = effectsFromWording(text, { fallbackYear: null, category, years });
    if (effects.length === 0) return null;
    items.push({ title, text, category, effects });
  }
  return sumFit(
    values,
    items.map((i) => ({ values: i.effects })),
  ) === 'exact'
    ? items
    : null;
}

/** A parent row of a table and the rows under it that make it up. */
export interface RowFamily {
  parent: TableRow;
  kids: TableRow[];
  /** Whether the parent's figures are the kids' sum; anything but 'exact' is told as unsure. */
  fit: SumFit;
  /** The kids carry no figures: they name the parent's sub-measures, the parent is the measure. */
  listed: boolean;
}

const LEVEL_NUMBER_RE = /^\d{1,2}(?:\.\d{1,2})*$/;

/**
 * The hierarchy of a measure table, where a row's figures are those of the rows under it: a parent
 * counted beside its children would count the plan twice. A parent is told by
 * - numbering in levels: the rows right under "2" numbered "2.1", "2.2" (their figures need not add up:
 *   the numbering says they are its parts, and a sum that is off is told as unsure); a numbered row
 *   without figures whose rows are numbered under it heads a group (`headings`); a parent with figures
 *   whose numbered rows have none is a measure listing its sub-measures;
 * - "varav" rows under it that add up to it in every year: then they are all of it, its measures (varav
 *   rows that do not add up are details of the measure above, as before);
 * - arithmetic alone (no numbers; the hierarchy shown by indentation or bold, which the rows do not
 *   keep): the smallest run of two or more rows right under it whose sums equal its figures in every
 *   year. A coincidence is possible, so this holds only over two or more years, and only in a table of
 *   three or more years or with another such parent in it; a run off by rounding only beside parents
 *   that add up exactly (and is told as unsure).
 */
export function rowFamilies(rows: readonly TableRow[]): { families: RowFamily[]; headings: Set<TableRow> } {
  const families: RowFamily[] = [];
  const headings = new Set<TableRow>();
  const arithmetic: RowFamily[] = [];
  const plain = (r: TableRow): boolean => {
    const t = normalizeText(r.text);
    return t !== '' && !TOTAL_ROW_RE.test(t) && !SUBSET_RE.test(t) && r.spanning !== true;
  };
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as TableRow;
    if (!plain(row)) continue;
    const label = row.label;
    if (label && LEVEL_NUMBER_RE.test(label)) {
      const depth = label.split('.').length;
      const under: TableRow[] = [];
      // Index walks, not slices: a long table is walked once per row without copying its rest.
      for (let j = i + 1; j < rows.length; j++) {
        const next = rows[j] as TableRow;
        if (!next.label?.startsWith(`${label}.`)) break;
        under.push(next);
      }
      const direct = under.filter((r) => r.label?.split('.').length === depth + 1);
      if (direct.length > 0) {
        const withFigures = direct.filter((r) => r.values.length > 0);
        if (row.values.length === 0) headings.add(row);
        else if (withFigures.length === 0)
          families.push({ parent: row, kids: direct, fit: 'exact', listed: true });
        else if (withFigures.length === direct.length && direct.length >= 2)
          families.push({ parent: row, kids: direct, fit: sumFit(row.values, direct), listed: false });
        continue;
      }
    }
    if (row.values.length === 0) continue;
    const varav: TableRow[] = [];
    for (let j = i + 1; j < rows.length; j++) {
      const next = rows[j] as TableRow;
      if (!SUBSET_RE.test(normalizeText(next.text)) || next.values.length === 0) break;
      varav.push(next);
    }
    if (varav.length > 0) {
      if (varav.length >= 2 && sumFit(row.values, varav) === 'exact')
        families.push({ parent: row, kids: varav, fit: 'exact', listed: false });
      continue;
    }
    if (row.label !== null || row.values.length < 2) continue;
    let found: RowFamily | null = null;
    for (let n = 2; n <= 6 && i + n < rows.length; n++) {
      const kids = rows.slice(i + 1, i + 1 + n);
      if (kids.some((k) => !plain(k) || k.label !== null || k.values.length === 0)) break;
      const fit = sumFit(row.values, kids);
      if (fit === 'exact') {
        found = { parent: row, kids, fit, listed: false };
        break;
      }
      if (fit === 'rounding' && !found) found = { parent: row, kids, fit, listed: false };
    }
    if (found) {
      arithmetic.push(found);
      i += found.kids.length;
    }
  }
  const exact = [...families, ...arithmetic].filter((f) => f.fit === 'exact' && !f.listed).length;
  const years = new Set(rows.flatMap((r) => r.values.map((v) => v.year))).size;
  for (const f of arithmetic) {
    if (f.fit === 'exact' ? years >= 3 || exact >= 2 : exact >= 2) families.push(f);
  }
  return { families, headings };
}

/**
 * A row of one word cell (no number, no figures, no other column) that heads a group: the rows under
 * it have figures, and the first sum row below them sums just those rows and is a subtotal, the
 * table's total standing further down ("Psykiatri" … "Summa psykiatri" … "Totalt"). Without such a
 * subtotal the row may be a measure whose figures are not given, and stays one.
 */
function groupHeading(rows: readonly TableRow[], index: number): boolean {
  const row = rows[index];
  if (!row || row.label !== null || (row.unreadCells?.length ?? 0) > 0) return false;
  if ((row.extras ?? []).length > 0 || row.description) return false;
  const text = normalizeText(row.text);
  if (!text || text.length > 80 || /[.:;]$/.test(text) || TOTAL_ROW_RE.test(text)) return false;
  const part: TableRow[] = [];
  for (const [offset, next] of rows.slice(index + 1).entries()) {
    const t = normalizeText(next.text);
    if (TOTAL_ROW_RE.test(t)) {
      if (part.length === 0 || next.values.length === 0) return false;
      // A subtotal: the table's total still stands below it.
      const later = rows
        .slice(index + offset + 2)
        .some((r) => r.values.length > 0 && TOTAL_ROW_RE.test(normalizeText(r.text)));
      return (
        later &&
        sumsGroup(
          next.values,
          part.map((r) => ({ effects: r.values })),
        )
      );
    }
    if (next.values.length === 0) return false;
    part.push(next);
  }
  return false;
}

/**
 * Every figure of a labelled sum row equal to its group's sum within rounding. Unlike an unlabelled
 * total (sumsRowsAbove), a year may have a single figure in the group (a measure that starts later):
 * the row's label already says it sums.
 */
function sumsGroup(
  values: readonly { year: number; amountMsek: number }[],
  part: readonly { effects: readonly { year: number; amountMsek: number }[] }[],
): boolean {
  if (values.length === 0 || part.length === 0) return false;
  const step = stepOf(values, part);
  return values.every((v) => {
    const parts = part.flatMap((m) => m.effects.filter((e) => e.year === v.year));
    if (parts.length === 0) return false;
    const sum = parts.reduce((s, e) => s + e.amountMsek, 0);
    return Math.abs(sum - v.amountMsek) < 0.99 * step;
  });
}

/**
 * The sum rows of a table that are subtotals: every one but the last that sums its own group, when the
 * last sums all the table's measures or the sum rows before it. One sum row, or a last row that sums
 * neither, leaves every sum row a total.
 */
/**
 * The rows of a bridge table that are positions, not measures: a first row that the total does not
 * sum (the measures after it make the total, with it they do not) and whose figures have the other
 * sign in every year, or whose figures with the total give a row after the total (the result after the
 * measures: first + total, or first − total for a gap to close). Such a table opens with the forecast
 * before the measures and closes with the result after them; both are amounts of the paper.
 */
export function bridgeRows(
  rows: readonly TableRow[],
  drafts: readonly MeasureDraft[],
  total: TableRow | null,
  rowOf: ReadonlyMap<MeasureDraft, TableRow>,
): Set<TableRow> {
  const out = new Set<TableRow>();
  if (!total || total.values.length === 0) return out;
  const at = new Map(rows.map((row, i) => [row, i]));
  const totalAt = at.get(total) ?? -1;
  const rowAt = (m: MeasureDraft): number => at.get(rowOf.get(m) as TableRow) ?? -1;
  // The measures above the total row, and the rows after it (which the total does not sum).
  const above = drafts.filter((m) => rowAt(m) < totalAt);
  const after = drafts.filter((m) => rowAt(m) > totalAt);
  const first = above[0];
  const firstRow = first ? rowOf.get(first) : undefined;
  if (!first || !firstRow || above.length < 3) return out;
  const effectIn = (m: MeasureDraft, year: number): number | undefined =>
    m.effects.find((e) => e.year === year)?.amountMsek;
  const sum = (ms: readonly MeasureDraft[], year: number): number =>
    ms.reduce((acc, m) => acc + (effectIn(m, year) ?? 0), 0);
  const near = (a: number, b: number): boolean => reconciles(a, b, tableTolerance(above.length, b));
  const years = total.values.map((v) => v.year);
  const totalOf = (year: number): number => total.values.find((v) => v.year === year)?.amountMsek ?? 0;
  const opening = (y: number): number => effectIn(first, y) ?? 0;
  // The total sums the measures after the first row, and not with it.
  if (!years.every((y) => effectIn(first, y) !== undefined && near(sum(above.slice(1), y), totalOf(y))))
    return out;
  if (years.every((y) => near(sum(above, y), totalOf(y)))) return out;
  const results = after.filter((m) =>
    [1, -1].some((sign) =>
      years.every((y) => {
        const v = effectIn(m, y);
        return v !== undefined && near(v, opening(y) + sign * totalOf(y));
      }),
    ),
  );
  const otherSign = years.every((y) => Math.sign(opening(y)) === -Math.sign(totalOf(y)) && totalOf(y) !== 0);
  if (results.length === 0 && !otherSign) return out;
  out.add(firstRow);
  for (const m of results) {
    const row = rowOf.get(m);
    if (row) out.add(row);
  }
  return out;
}

function subtotalRows(
  sumRows: readonly { row: TableRow; part: readonly MeasureDraft[] }[],
  all: readonly MeasureDraft[],
): Set<TableRow> {
  const out = new Set<TableRow>();
  const last = sumRows.at(-1);
  if (!last || sumRows.length < 2) return out;
  const earlier = sumRows.slice(0, -1).filter((s) => s.part.length > 0 && sumsGroup(s.row.values, s.part));
  if (earlier.length === 0) return out;
  const grand =
    sumsRowsAbove(last.row.values, all) ||
    sumsRowsAbove(
      last.row.values,
      earlier.map((s) => ({ effects: s.row.values })),
    );
  if (!grand) return out;
  for (const s of earlier) out.add(s.row);
  return out;
}

/** A column of full-year effects beside the years ("Helårseffekt", "Effekt helår"). */
const FULL_YEAR_RE = /hel\W*års|helår|full\W*effekt|årseffekt/i;

/**
 * Headers of columns beside the years that hold no money whatever their cells: counts ("Antal",
 * "Årsarbetare", "st"), shares ("%", "Andel"), row numbers, dates and periods, grades.
 */
const NOT_MONEY_HEADER_RE =
  /antal|årsarbet|heltid|tjänst|personer|personell|platser|procent|%|andel|nummer|prio|datum|period|kvartal|status|ansvar|kommentar|risk|bedömning|poäng|(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:st|fte|åa|nr|id|start|klart?|år)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/iu;

/**
 * The columns beside the years whose cells are money (by header): a full-year column always; any
 * other named column when every cell of it is a figure in the table's unit — not a year ("2027"),
 * a share or a count — and its header names no count, share, number or date.
 */
export function moneyColumns(table: YearTable): Set<string> {
  const cells = new Map<string, string[]>();
  // Beside year columns of levels (budget, outcome) a column of figures whose header stood over the
  // years' header line ("Budget 2025 | Budget 2026 | Förändring") is one more money column of the table.
  const levels = levelYearColumns(table);
  for (const row of table.rows) {
    for (const extra of row.extras ?? []) {
      if (!extra.header && !levels) continue;
      const list = cells.get(extra.header) ?? [];
      list.push(normalizeText(extra.text));
      cells.set(extra.header, list);
    }
  }
  const money = new Set<string>();
  for (const [header, texts] of cells) {
    if (FULL_YEAR_RE.test(header)) {
      money.add(header);
      continue;
    }
    // A part of a year ("Period 1 2026", "Kvartal 2 2026") is money like the year it is part of.
    if ((NOT_MONEY_HEADER_RE.test(header) && !namesPartOfYear(header)) || table.years.length === 0) continue;
    // A column headed by nothing but one of the table's own years, beside that year's column (the year
    // printed twice, its group head not over it): what its figures count cannot be told.
    if (/^(?:19|20)\d{2}$/.test(header) && table.years.includes(Number(header))) continue;
    // A dash is an empty cell ("–": no one-off cost for that measure).
    const filled = texts.filter((t) => t && !/^[-–—−]$/.test(t));
    if (filled.length === 0) continue;
    const figures = filled.every(
      (t) =>
        !/%|\b(?:19|20)\d{2}\b/.test(t) &&
        /^[-–—−+(]?\s?\d/.test(t) &&
        parseValue(t, table.unit) !== 'unread',
    );
    if (figures) money.add(header);
  }
  return money;
}

/**
 * A column header that ends in a part of a year ("Kvartal 2 2026"; under a header row over several
 * columns, "Per kvartal (mkr) Kv1 2026"): the header or one of its word-final stretches is a part.
 */
function namesPartOfYear(header: string): boolean {
  const words = header.split(' ');
  for (let k = 0; k < words.length - 1; k++) if (partOfCell(words.slice(k).join(' '))) return true;
  return false;
}

/**
 * The figures of tables that are not lists of measures (budget tables, breakdowns), as amounts;
 * and the figures of their money columns beside the years (year unknown: a row sum, a full-year or
 * one-off figure is no fiscal year's).
 */
export function tableAmounts(tables: YearTable[], layout: Layout): Amount[] {
  const amounts: Amount[] = [];
  for (const table of tables) {
    const money = new Set(table.moneyHeaders ?? moneyColumns(table));
    for (const row of table.rows) {
      const label = normalizeText(row.text);
      if (!label) continue;
      const evidence = rowEvidence(row, layout.lines);
      for (const extra of row.extras ?? []) {
        if (!money.has(extra.header)) continue;
        // A column whose header names a unit of its own ("Engångskostnad, kr" beside year columns in
        // mkr) is read in that unit.
        const value = parseValue(extra.text, unitFromHeader(extra.header) ?? table.unit);
        if (value === null || value === 'unread') continue;
        // The column says what kind of figure it is (a row sum, a one-off cost): no fiscal year's.
        const context = FULL_YEAR_RE.test(extra.header) ? evidence : clip(`${extra.header}: ${evidence}`);
        amounts.push({ ...value, qualifier: null, year: null, context, page: row.page });
      }
      for (const value of row.values) {
        amounts.push({
          amountMsek: value.amountMsek,
          raw: value.raw,
          qualifier: null,
          year: value.year,
          context: evidence,
          page: row.page,
        });
      }
    }
  }
  return amounts;
}

/* ------------------------------------------------------------ lists and headings */

const YEAR_RE = /\b((?:19|20)\d{2})\b/g;

function contextYear(text: string | null): number | null {
  if (!text) return null;
  const years = [...text.matchAll(YEAR_RE)].map((m) => Number(m[1]));
  return years.length === 1 ? (years[0] ?? null) : null;
}

/** Figures and their years only: "2027, 0,9 mkr 2028", "(2027) och 1,2 mkr (2028)". */
const FIGURES_ONLY_RE =
  /^(?:[\s\d,.;()\u00a0\u202f+\-−–]|mkr|mnkr|msek|tkr|kkr|miljoner|kronor|kr|år|per|och|samt|respektive|resp\.)*$/iu;

function splitItemTitle(
  text: string,
  amount: AmountMatch | null,
): { title: string; description: string | null } {
  let head = amount ? text.slice(0, amount.index) : text;
  if (amount && cleanTitle(head).length < 3) {
    head = text.slice(amount.end);
    // "0,6 mkr 2027, 0,9 mkr 2028 – Återanvändning av …": the figures first, then a dash or a colon,
    // then the title. Between the first figure and the dash stand only figures, years, units and "och".
    const dash = /\s[-–—]\s|:\s/.exec(head);
    if (dash && FIGURES_ONLY_RE.test(head.slice(0, dash.index))) {
      const title = text.slice(amount.end + dash.index + dash[0].length);
      const stop = /[.!?]\s+(?=\p{Lu})/u.exec(title);
      return { title: cleanTitle(stop ? title.slice(0, stop.index) : title), description: null };
    }
  }
  // "Ombyggnad (2026: 3,1 mkr, 2027: 3,1 mkr)", "Samåkning (−0,4 mkr 2026; …)": a parenthesis still open
  // before the figure holds the effects, and the title ends before it.
  const open = head.lastIndexOf('(');
  if (amount && open >= 3 && !head.slice(open).includes(')')) head = head.slice(0, open);
  // "Översyn av administrativa tjänster - minskad budget 58 mkr": the title stops at the dash or colon.
  const dash = /\s[-–—]\s|:\s/.exec(head);
  if (dash && dash.index >= 3) head = head.slice(0, dash.index);
  // "Samordnad nattbemanning, som beräknas ge …", "Färre hyrläkare, vilket minskar …": a relative clause
  // after the title says what the measure gives; the title ends before it.
  const clause =
    /,\s+(?:som|vilket|vilken|vilka|där)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])|\s+som\s+(?:beräknas|bedöms|förväntas|väntas|uppskattas|ger|minskar|sparar|sänker)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u.exec(
      head,
    );
  if (amount && clause && clause.index >= 3) head = head.slice(0, clause.index);
  const sentence = /[.!?](?=\s|$)/.exec(head);
  if (!amount && sentence && sentence.index > 8 && sentence.index < head.length - 1) {
    return {
      title: cleanTitle(head.slice(0, sentence.index)),
      description: normalizeText(text.slice(sentence.index + 1)) || null,
    };
  }
  // "Taxifria resor. Planerat utfall 2031: 0,6 mkr": with an amount the title is the first sentence, the
  // label of the figure after it is no part of the title (a new sentence: a stop, then a capital).
  const stop = amount ? /[.!?]\s+(?=\p{Lu})/u.exec(head) : null;
  if (stop && stop.index > 8) head = head.slice(0, stop.index);
  const title = cleanTitle(head.length > 200 ? clip(head, 160) : head);
  // A quantified item's text is title and amount: it has no description of its own (a section about
  // it may supply one later). An unquantified item's text beyond its title is its description.
  const rest = normalizeText(text.slice(head.length)).replace(/^[\s,:;–—-]+/, '');
  const description = amount || !rest ? null : rest;
  return { title, description };
}

interface HeadingFrame {
  level: number;
  text: string;
  /** Lists under it are measures. */
  qualifies: boolean;
  /** Its sub-headings name measures (never the document title: "Analys och åtgärder …" has chapters). */
  headsMeasures: boolean;
  isTitle: boolean;
}

/**
 * A paragraph stating the effects by year of the measure it stands under (a sub-heading's, a bold lead
 * item's): the measure takes those effects, the paragraph's other sentences become its description when
 * it has none, and the statement's doubts are kept. False when the paragraph states no effect.
 */
function takeStatedEffects(
  measure: MeasureDraft,
  text: string,
  years: readonly number[],
  page: number,
  doubts: { page: number; reason: string }[],
): boolean {
  const stated = sectionEffects(text, measure.category, years);
  if (stated.effects.length === 0) return false;
  measure.effects = stated.effects;
  for (const reason of stated.doubts) doubts.push({ page, reason });
  let rest = text;
  for (const sentence of stated.sentences) rest = rest.replace(sentence, ' ');
  rest = normalizeText(rest);
  if (measure.description === null && rest) measure.description = clip(rest, 600);
  return true;
}

/**
 * A paragraph's run-in heading: the bold words its first line starts with, plain text following on
 * the line, ending in "." or ":" ("**Översyn av sjukresor.** Reglerna …"). Taken from the paragraph's
 * text by the bold words' count of characters (spaces aside), so glyph-by-glyph items give the same
 * phrase. Null when the line has no such run.
 */
function runInLead(block: Block, text: string): string | null {
  const items = block.lines[0]?.line.items.filter((item) => item.text.trim()) ?? [];
  const plain = items.findIndex((item) => !item.bold);
  if (plain <= 0) return null;
  const chars = items.slice(0, plain).reduce((n, item) => n + item.text.replace(/\s+/gu, '').length, 0);
  let seen = 0;
  let end = 0;
  while (end < text.length && seen < chars) {
    if (!/\s/u.test(text[end] ?? '')) seen++;
    end++;
  }
  const lead = text.slice(0, end).trim();
  if (lead.length < 6 || lead.length > 120 || !/[.:]$/u.test(lead) || !/^\p{Lu}/u.test(lead)) return null;
  return lead;
}

/** A measure named by a heading (or a run-in phrase) of `block`, its effects still to be read. */
function headingMeasure(block: Block, title: string, category: MeasureCategory, group: number): MeasureDraft {
  return {
    label: null,
    title,
    category,
    subMeasureCount: null,
    subMeasures: [],
    description: null,
    effects: [],
    page: block.page,
    evidence: blockEvidence(block),
    source: 'heading',
    group,
  };
}

/** Evidence for a block: its lines' verbatim text (not hyphen-repaired), clipped. */
function blockEvidence(block: Block): string {
  return clip(block.lines.map((l) => l.text).join(' '));
}

/** A line of the letterhead set like a heading ("Datum 2025-12-10 Dnr RS 2025/573"): it names no measure. */
const LETTERHEAD_RE = /\d{4}-\d{2}-\d{2}|^(?:dnr|diarienummer|datum)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/iu;
/** A table's or figure's caption ("Tabell 1. …", "Figur 3:", "Diagram 2 –"): it labels, it names no measure. */
const CAPTION_RE = /^(?:tabell|tab\.|figur|fig\.|diagram|bild|graf)\s*\d{1,3}[a-z]?(?:[.:)]|\s+[–—-]|\s|$)/iu;

/** A sentence that introduces a proposal's points: "… föreslår:", "… yrkar att:", "… hemställer om följande:". */
const PROPOSAL_LEAD_RE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:föreslår|föreslås|yrkar|yrkade|yrkandet|hemställer|begär|motionären|motionärerna)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])[^.]*:\s*$/u;

export function listMeasures(
  layout: Layout,
  options: {
    consumed: Set<number>;
    titleLine: number | null;
    documentYear: number | null;
    nextGroup: () => number;
    /** The paper's years (a figure run together with one of them is split). */
    years?: readonly number[];
    /** First line of a measure read by an earlier pass (tables, sections); null when none. */
    firstMeasureLine?: number | null;
  },
): { measures: MeasureDraft[]; totals: TotalDraft[]; doubts: { page: number; reason: string }[] } {
  const years = options.years ?? [];
  const doubts: { page: number; reason: string }[] = [];
  const firstMeasureLine = options.firstMeasureLine ?? null;
  const measures: MeasureDraft[] = [];
  const totals: TotalDraft[] = [];
  const stack: HeadingFrame[] = [];
  let leadIn: { qualifies: boolean; excluded: boolean; year: number | null; costSigned?: boolean } | null =
    null;
  let group: number | null = null;
  let lastWasItem = false;
  let lastHeadingMeasure: MeasureDraft | null = null;
  let lastItemMeasure: MeasureDraft | null = null;
  let lastItemBold = false;
  let lastItemX = Number.POSITIVE_INFINITY;
  // The last paragraph introduced someone's proposal ("I en skrivelse föreslår personalföreträdarna:").
  let proposalLead = false;

  const nearest = (): HeadingFrame | undefined => stack.at(-1);
  const contextQualifies = (): boolean => {
    if (leadIn?.excluded) return false;
    if (leadIn?.qualifies) return true;
    const frame = nearest();
    return frame?.qualifies ?? false;
  };
  const contextYearNow = (): number | null =>
    leadIn?.year ?? contextYear(nearest()?.text ?? null) ?? options.documentYear;

  const blocks = joinItemContinuations(
    splitMarkerlessList(withoutDecisionLeadIn(layout.blocks, options.consumed)),
    options.consumed,
  );
  for (const [at, block] of blocks.entries()) {
    if (block.lines.some((l) => options.consumed.has(l.index))) {
      lastWasItem = false;
      continue;
    }
    // "1. Personal och bemanning" followed by "1.1 …", "1.2 …": the item heads the items numbered
    // under it (an area of the programme), it is no measure itself.
    const next = blocks[at + 1];
    if (
      block.kind === 'item' &&
      block.marker?.kind === 'number' &&
      next?.kind === 'item' &&
      next.marker?.label.startsWith(`${block.marker.label}.`) &&
      findAmounts(block.text).length === 0
    ) {
      lastWasItem = false;
      continue;
    }
    const text = block.text;
    if (block.kind === 'heading') proposalLead = false;
    if (block.kind === 'paragraph') proposalLead = PROPOSAL_LEAD_RE.test(text);
    if (block.kind === 'heading') {
      const isTitle = block.lines.some((l) => l.index === options.titleLine);
      const level = block.headingLevel ?? 9;
      while ((stack.at(-1)?.level ?? 0) >= level) stack.pop();
      const parent = stack.at(-1);
      // "(7 insatser)" after a title counts its sub-measures; it does not make the heading a chapter of measures.
      const count = SUB_COUNT_RE.exec(text);
      const qualifies =
        MEASURE_CONTEXT_RE.test(text.replace(SUB_COUNT_RE, '')) && !EXCLUDED_CONTEXT_RE.test(text);
      // A sub-heading under a heading about measures names a measure (e.g. "### Anskaffande av …").
      lastHeadingMeasure = null;
      const caseSection = CASE_SECTION_RE.test(text.trim());
      if (
        parent?.headsMeasures &&
        !qualifies &&
        !caseSection &&
        !CAPTION_RE.test(text.trim()) &&
        !LETTERHEAD_RE.test(text) &&
        !EXCLUDED_CONTEXT_RE.test(text) &&
        text.length <= 160
      ) {
        const title = cleanTitle(text);
        const category = categorize(title);
        lastHeadingMeasure = headingMeasure(block, title, category, group ?? options.nextGroup());
        lastHeadingMeasure.subMeasureCount = count?.[1] ? Number(count[1]) : null;
        measures.push(lastHeadingMeasure);
      }
      // A section inherits "about measures" from its parent section, but not from the document title
      // ("Kostnadsminskningar … 2024" is about measures; its chapter "Ärendebeskrivning" is not a list of them).
      const inherited =
        parent?.qualifies === true &&
        !parent.isTitle &&
        lastHeadingMeasure === null &&
        !EXCLUDED_CONTEXT_RE.test(text);
      stack.push({
        level,
        text,
        qualifies: qualifies || inherited,
        headsMeasures:
          !isTitle && !caseSection && (qualifies || (parent?.headsMeasures === true && inherited)),
        isTitle,
      });
      leadIn = EXCLUDED_CONTEXT_RE.test(text) ? { qualifies: false, excluded: true, year: null } : null;
      group = null;
      lastWasItem = false;
      continue;
    }

    const allText = normalizeText(block.lines.map((l) => l.text).join(' '));
    // A sub-heading that names a measure, then a paragraph stating its effect by year ("Effekt 2027:
    // 2,2 mkr.", "Besparingen beräknas till …"): the effect is the heading measure's, as in a numbered
    // section (sectionEffects), and no total of the paper.
    const underHeading =
      lastHeadingMeasure !== null &&
      nearest()?.text === lastHeadingMeasure.evidence.slice(0, nearest()?.text.length);
    if (
      block.kind === 'paragraph' &&
      lastHeadingMeasure &&
      underHeading &&
      lastHeadingMeasure.effects.length === 0
    ) {
      if (takeStatedEffects(lastHeadingMeasure, allText, years, block.page, doubts)) {
        lastWasItem = false;
        continue;
      }
    }
    // "3. Gemensam tvättupphandling" set as a bold numbered lead line with no figure, then a paragraph
    // stating its effect by year ("Effekten beräknas till 1,2 mkr (2027)."): the effect is the item's,
    // as under a sub-heading.
    if (
      block.kind === 'paragraph' &&
      lastItemMeasure &&
      lastWasItem &&
      lastItemBold &&
      lastItemMeasure.effects.length === 0 &&
      lastItemMeasure.description === null
    ) {
      if (takeStatedEffects(lastItemMeasure, allText, years, block.page, doubts)) {
        lastWasItem = false;
        continue;
      }
    }
    // "**Samordnad nattbemanning.** Nattbemanningen … Effekt 2027: 3,2 mkr.": a paragraph under a heading
    // about measures, run in under a bold phrase of its own, that states an effect by year is a measure
    // titled by the phrase, as a sub-heading and its paragraph would be.
    const runIn = block.kind === 'paragraph' && contextQualifies() ? runInLead(block, allText) : null;
    if (runIn) {
      const title = cleanTitle(runIn.replace(/[.:]$/u, ''));
      const measure = headingMeasure(
        block,
        title,
        categorize(title, allText.slice(runIn.length)),
        group ?? options.nextGroup(),
      );
      measure.line = block.lines[0]?.index ?? 0;
      if (
        title.length >= 3 &&
        takeStatedEffects(measure, allText.slice(runIn.length), years, block.page, doubts)
      ) {
        group = measure.group;
        measures.push(measure);
        lastItemMeasure = measure;
        lastItemBold = false;
        lastItemX = block.x;
        lastWasItem = true;
        continue;
      }
    }
    if (block.kind === 'paragraph') {
      // "a) Minskad hyrbemanning, 50 mkr …" set as a bold lead line, then a paragraph about it.
      if (lastItemMeasure && lastItemMeasure.description === null && lastWasItem && lastItemBold) {
        lastItemMeasure.description = clip(text, 600);
      }
      if (lastHeadingMeasure && lastHeadingMeasure.description === null) {
        lastHeadingMeasure.description = clip(text, 600);
        lastHeadingMeasure.category =
          lastHeadingMeasure.category === 'other'
            ? categorize(lastHeadingMeasure.title, text)
            : lastHeadingMeasure.category;
      }
      const statedTotals = totalsInParagraph(block, allText, {
        years,
        afterList: lastWasItem,
        afterMeasures:
          measures.length > 0 ||
          (firstMeasureLine !== null && (block.lines[0]?.index ?? 0) > firstMeasureLine),
      });
      if (statedTotals.length > 0) {
        for (const stated of statedTotals) {
          const year =
            stated.year ?? (group !== null ? groupYear(measures, group) : null) ?? contextYearNow();
          if (year === null) continue;
          totals.push({
            label: stated.label,
            year,
            amountMsek: stated.amountMsek,
            page: block.page,
            evidence: blockEvidence(block),
            group: lastWasItem || group !== null ? group : null,
            ...(stated.prose ? { line: block.lines[0]?.index ?? 0 } : {}),
          });
        }
        lastWasItem = false;
        continue;
      }
      const shortOrIntro =
        /:$/.test(text) ||
        /(nedan|följande|enligt nedan|vilket kan gälla|bland annat|exempelvis)/i.test(text) ||
        text.length < 120;
      // A list introduced by a sentence of causes ("Underskottet beror på följande:") lists causes, not
      // measures, whatever the rest of its paragraph or its section speaks of.
      const lead = leadInSentence(text);
      const causes = CAUSE_LEAD_IN_RE.test(lead) && !MEASURE_CONTEXT_RE.test(lead);
      leadIn = {
        qualifies:
          MEASURE_CONTEXT_RE.test(text) && shortOrIntro && !EXCLUDED_CONTEXT_RE.test(text) && !causes,
        excluded: EXCLUDED_CONTEXT_RE.test(text) || causes,
        year: contextYear(text),
        costSigned: statesCostSigns(text),
      };
      if (!lastWasItem) group = null;
      lastWasItem = false;
      continue;
    }

    // A bullet indented under the previous measure's item is one of its sub-measures.
    if (lastWasItem && lastItemMeasure && block.x > lastItemX + 6 && findAmounts(text).length === 0) {
      lastItemMeasure.subMeasures.push(text);
      if (lastItemMeasure.subMeasures.length >= 2 && !SUB_COUNT_RE.test(lastItemMeasure.title)) {
        lastItemMeasure.subMeasureCount = lastItemMeasure.subMeasures.length;
      }
      continue;
    }
    // A list item under a sub-heading that names a measure is one of its sub-measures.
    if (
      lastHeadingMeasure &&
      nearest()?.text === lastHeadingMeasure.evidence.slice(0, nearest()?.text.length)
    ) {
      lastHeadingMeasure.subMeasures.push(text);
      if (lastHeadingMeasure.subMeasures.length >= 2 && !SUB_COUNT_RE.test(lastHeadingMeasure.title))
        lastHeadingMeasure.subMeasureCount = lastHeadingMeasure.subMeasures.length;
      lastWasItem = true;
      continue;
    }
    // "• Summa åtgärder 2026: 11,4 mkr" set as the list's last bullet: a total label with its amount
    // after measure items is the list's total, not one more measure.
    if (measures.length > 0 && lastWasItem && lastItemMeasure && TOTAL_RE.test(text)) {
      const stated = totalsInParagraph(block, text, { years, afterList: true, afterMeasures: true });
      if (stated.length > 0) {
        for (const st of stated) {
          const year = st.year ?? (group !== null ? groupYear(measures, group) : null) ?? contextYearNow();
          if (year === null) continue;
          totals.push({
            label: st.label,
            year,
            amountMsek: st.amountMsek,
            page: block.page,
            evidence: blockEvidence(block),
            group,
          });
        }
        lastWasItem = false;
        continue;
      }
    }
    const amounts = amountsWithStatedUnit(allText).filter((a) => a.amountMsek !== 0);
    const amount = amounts[0] ?? null;
    // "1. att regionen inför …", "– att en utredning tillsätts": an "att" clause with no figure is a
    // proposal's point (a motion's, a referral's), worded as what someone wants done — no measure,
    // whose title names the measure as a noun ("Minskad övertid").
    // Only a list a proposal introduces ("… föreslår:", "… yrkar att:") and only an item with no figure at
    // all: a plan words its own measures as "att" clauses too, with the effect in a column.
    if (proposalLead && !/\p{Nd}/u.test(text) && /^att\s/u.test(text.trim())) {
      lastWasItem = true;
      continue;
    }
    const quantifiedSaving = amount !== null && (SAVING_PHRASE_RE.test(allText) || isEffectWording(allText));
    if (!contextQualifies() && !quantifiedSaving) {
      lastWasItem = true;
      continue;
    }
    if (group === null) group = options.nextGroup();
    // "f) … (2025: 3,1 mkr). Sammanlagt beräknas åtgärderna ge 31,8 mkr 2025 och 30,9 mkr 2026.": a
    // stated total run on after the last item is the list's total, not more of the item.
    const { item: itemText, totals: runOn } = splitRunOnTotal(text, years);
    for (const stated of runOn) {
      const year = stated.year ?? contextYearNow();
      if (year === null) continue;
      totals.push({
        label: stated.label,
        year,
        amountMsek: stated.amountMsek,
        page: block.page,
        evidence: blockEvidence(block),
        group,
        line: block.lines[0]?.index ?? 0,
      });
    }
    const found = amount ? (amountsWithStatedUnit(itemText)[0] ?? null) : null;
    const split = found ? runTogetherYear(itemText, found, years) : null;
    const itemAmount = split?.amount ?? found;
    if (split)
      doubts.push({
        page: block.page,
        reason: `"${clip(itemText, 80)}": a year and a figure run together, read as ${split.year}: ${split.amount.raw}`,
      });
    const { title, description } = splitItemTitle(itemText, itemAmount);
    if (!title || title.length < 3) {
      lastWasItem = true;
      continue;
    }
    const category = categorize(title, description ?? undefined);
    // The wording's grammar (parsers/swedish/effects.ts): years, comparisons, periods, signs.
    const effects = itemAmount
      ? effectsFromWording(itemText, {
          fallbackYear: contextYearNow(),
          category,
          years,
          onDoubt: (reason) => {
            // The lead-in says which way a minus goes: no doubt about it.
            if (leadIn?.costSigned && /a written minus read as the size of a saving/.test(reason)) return;
            doubts.push({ page: block.page, reason: `"${clip(itemText, 80)}": ${reason}` });
          },
        })
      : [];
    // The lead-in says the figures are cost changes ("minus = lägre kostnad, plus = högre kostnad"): a
    // printed minus is a saving, a printed plus or an unsigned figure a higher cost.
    if (leadIn?.costSigned && !isEffectWording(itemText))
      for (const e of effects) {
        // The figure's own written sign ("−1,8 mkr", "ca −1,2"), wherever it stands before the digits.
        const printedMinus = /^[^\d]*[-−–—]\s?\d/u.test((e.raw ?? '').trim());
        e.amountMsek = printedMinus ? Math.abs(e.amountMsek) : -Math.abs(e.amountMsek);
        e.type = printedMinus ? 'cost_reduction' : 'cost_increase';
      }
    const count = SUB_COUNT_RE.exec(title);
    lastItemBold = block.lines.every((l) => l.line.bold);
    lastItemX = block.x;
    lastItemMeasure = {
      label:
        block.marker && block.marker.kind !== 'bullet' && block.marker.kind !== 'att'
          ? block.marker.label
          : null,
      title,
      category,
      subMeasureCount: count?.[1] ? Number(count[1]) : null,
      subMeasures: [],
      description,
      effects,
      page: block.page,
      evidence: blockEvidence(block),
      source: 'list',
      group,
      line: block.lines[0]?.index ?? 0,
    };
    measures.push(lastItemMeasure);
    lastWasItem = true;
  }
  dropListParents(measures, doubts);
  return { measures, totals, doubts };
}

/**
 * "1. Vårdplatser – 2,4 mkr 2026" over "1.1 … – 0,7 mkr 2026" and "1.2 … – 1,7 mkr 2026": the items
 * numbered under an item are its parts and the measures, as in a table numbered in levels; the item
 * above them is no measure beside them (its figures would count the plan twice). Parts that do not add
 * up to it are still its parts by their numbers, with a doubt.
 */
function dropListParents(measures: MeasureDraft[], doubts: { page: number; reason: string }[]): void {
  for (let i = measures.length - 1; i >= 0; i--) {
    const parent = measures[i] as MeasureDraft;
    const label = parent.label;
    if (!label || !LEVEL_NUMBER_RE.test(label) || parent.effects.length === 0) continue;
    const depth = label.split('.').length;
    const kids: MeasureDraft[] = [];
    for (let j = i + 1; j < measures.length; j++) {
      const next = measures[j] as MeasureDraft;
      if (!next.label?.startsWith(`${label}.`) || next.label.split('.').length !== depth + 1) break;
      kids.push(next);
    }
    if (kids.length < 2 || kids.some((k) => k.effects.length === 0)) continue;
    const fit = sumFit(
      parent.effects,
      kids.map((k) => ({ values: k.effects })),
    );
    if (fit !== 'exact')
      doubts.push({
        page: parent.page,
        reason: `"${clip(parent.title, 80)}": its figures are not the sum of the items numbered under it (read as its parts)`,
      });
    measures.splice(i, 1);
  }
}

/**
 * A bullet list whose markers are drawn, not written (browsers paint the discs of `<ul>` as shapes):
 * the layout sees one paragraph indented under a lead-in that ends with ":". Its lines are items again
 * where a line ends a sentence and the next begins with a capital — a wrapped item goes on with its
 * sentence. Only when that gives two items or more; otherwise the paragraph stays as it is.
 */
export function splitMarkerlessList(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    const prev = out.at(-1);
    const indented =
      prev?.kind === 'paragraph' &&
      block.kind === 'paragraph' &&
      block.page === prev.page &&
      /:$/.test(prev.text.trim()) &&
      block.x >= prev.x + 8 &&
      block.lines.length >= 2;
    // A slide's list under a heading about measures, its discs drawn or absent: lines that each end
    // with a figure and its unit (and a year) are items where the next line begins with a capital.
    const underHeading =
      !indented &&
      prev?.kind === 'heading' &&
      block.kind === 'paragraph' &&
      block.page === prev.page &&
      block.lines.length >= 2 &&
      MEASURE_CONTEXT_RE.test(prev.text);
    if (!indented && !underHeading) {
      out.push(block);
      continue;
    }
    // An item that ends with its figure and unit ("… inom medicin: −1,8 mkr") ends where the next
    // line begins with a capital, as one that ends a sentence does. The figure's year may follow it, or
    // have wrapped onto a line of its own ("… 19,5 mkr år" / "2027"): such an item ends there only when
    // the part after it has an item's shape too — a figure at its end and no sentence stop; a sentence
    // after it ("Helårseffekt från 2028 beräknas till 1,6 mkr.", "Tvätten tas över …") is its description.
    const group = (yearEnds: boolean): { groups: DocLine[][]; byYear: boolean[] } => {
      const groups: DocLine[][] = [];
      const byYear: boolean[] = [];
      let current: DocLine[] = [];
      for (const [i, line] of block.lines.entries()) {
        current.push(line);
        const next = block.lines[i + 1];
        const plain = !unfinished(line.text) || endsWithFigure(line.text, false);
        const ends = underHeading
          ? endsWithFigure(line.text, true)
          : plain ||
            (yearEnds &&
              (endsWithFigure(line.text, true) ||
                (current.length > 1 && endsWithFigure(joinLines(current.map((l) => l.text))))));
        if (!next || (ends && /^\p{Lu}/u.test(next.text.trim()))) {
          groups.push(current);
          byYear.push(!underHeading && !plain && next !== undefined);
          current = [];
        }
      }
      return { groups, byYear };
    };
    const itemShaped = (g: DocLine[] | undefined): boolean => {
      const text = joinLines((g ?? []).map((l) => l.text));
      return unfinished(text) && endsWithFigure(text);
    };
    const byYearRule = group(true);
    let groups = byYearRule.groups;
    if (byYearRule.byYear.some((split, k) => split && !itemShaped(groups[k + 1])))
      groups = group(false).groups;
    // Under a heading every item states its figure; lines after the last such item stay a paragraph.
    let tail: DocLine[] = [];
    if (underHeading) {
      const item = (g: DocLine[]) => g.length <= 2 && endsWithFigure(g.at(-1)?.text ?? '', true);
      const lastWithFigure = groups.findLastIndex(item);
      if (groups.slice(0, lastWithFigure + 1).some((g) => !item(g))) {
        out.push(block);
        continue;
      }
      tail = groups.slice(lastWithFigure + 1).flat();
      groups.length = lastWithFigure + 1;
    }
    if (groups.length < 2) {
      out.push(block);
      continue;
    }
    for (const lines of groups)
      out.push({
        ...block,
        kind: 'item',
        marker: { kind: 'bullet', label: '•', length: 0 },
        text: joinLines(lines.map((l) => l.text)),
        lines,
        x: lines[0]?.line.x ?? block.x,
      });
    if (tail.length > 0)
      out.push({
        ...block,
        text: joinLines(tail.map((l) => l.text)),
        lines: tail,
        x: tail[0]?.line.x ?? block.x,
      });
  }
  return out;
}

/**
 * A line that ends with a money figure and its unit, and perhaps the figure's year ("… 4,0 mkr 2026");
 * with `withYear`, only with the year (the shape of an item of effects, not of a sentence of prose).
 */
function endsWithFigure(text: string, withYear?: boolean): boolean {
  const trimmed = text.trim().replace(/[.;]$/u, '');
  const last = findAmounts(trimmed).at(-1);
  if (!last || last.unit === '') return false;
  const rest = trimmed.slice(last.end);
  // The figure's year may follow it, plain or in parentheses ("2,0 mkr 2027", "2,0 mkr (2027)").
  const year = /^(?:\s+(?:år\s+)?(?:19|20)\d\d|\s*\((?:år\s+)?(?:19|20)\d\d\))\s*$/u;
  // `withYear` false: the unit ends the line (no year after it); unset: either.
  if (withYear === false) return /^\s*$/u.test(rest);
  return withYear ? year.test(rest) : /^\s*$/u.test(rest) || year.test(rest);
}

/** Whether a list item's text stops mid-sentence: no full stop, "!" or "?" at its end (a closing bracket or quote may follow). */
function unfinished(text: string): boolean {
  return !/[.!?][)"”]*$/u.test(text.trim());
}

/**
 * A paragraph whose last lines are a decision block's lead-in ("Beslutsförslag" / "Nämnden föreslås
 * besluta"), run into it where the heading is not set apart (OCR gives no bold): its lines before the
 * lead-in are a paragraph of their own, so a total stated there is still read. Blocks whose lines
 * are all free or that start consumed are left as they are.
 */
function withoutDecisionLeadIn(blocks: readonly Block[], consumed: ReadonlySet<number>): Block[] {
  return blocks.map((block) => {
    if (block.kind !== 'paragraph') return block;
    const first = block.lines.findIndex((l) => consumed.has(l.index));
    if (first <= 0 || block.lines.slice(first).some((l) => !consumed.has(l.index))) return block;
    const lines = block.lines.slice(0, first);
    return { ...block, lines, text: normalizeText(joinLines(lines.map((l) => l.text))) };
  });
}

/**
 * List items whose wrapped lines the layout set apart as paragraphs ("a) Översyn av tolkkostnader
 * (2025: 3,9 mkr," then "2026: 5,2 mkr)."), joined again: the item stops mid-sentence and the
 * paragraph goes on it — it begins with a figure, a sign, a bracket or a lower-case word.
 */
export function joinItemContinuations(blocks: readonly Block[], consumed: ReadonlySet<number>): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    const prev = out.at(-1);
    if (
      prev?.kind === 'item' &&
      block.kind === 'paragraph' &&
      block.page === prev.page &&
      unfinished(prev.text) &&
      /^[\p{N}\p{Ll}(),;:\u2212-]/u.test(block.text.trim()) &&
      !block.lines.some((l) => consumed.has(l.index)) &&
      !prev.lines.some((l) => consumed.has(l.index))
    ) {
      out[out.length - 1] = {
        ...prev,
        text: `${prev.text} ${block.text.trim()}`,
        lines: [...prev.lines, ...block.lines],
      };
      continue;
    }
    out.push(block);
  }
  return out;
}

/** An item's text and the stated totals of sentences after its first (only when one is a total). */
function splitRunOnTotal(
  text: string,
  years: readonly number[],
): { item: string; totals: { label: string; year: number | null; amountMsek: number }[] } {
  const sentences = sentencesOf(text);
  for (let i = 1; i < sentences.length; i++) {
    const sentence = sentences[i];
    if (!sentence) continue;
    const amounts = statedTotal(sentence.text, { years, afterMeasures: true });
    if (!amounts) continue;
    const label = clip(cleanTitle(sentence.text.slice(0, amounts[0]?.index ?? 0)), 80) || 'Totalt';
    return {
      item: text.slice(0, sentence.start).trim(),
      totals: amounts.map((a) => ({ label, year: a.year, amountMsek: a.amountMsek })),
    };
  }
  return { item: text, totals: [] };
}

/**
 * The totals a paragraph states: a line that starts with a total label ("Totalt: 77 mkr", "Summa
 * åtgärder 2025: 12 mkr") — only right after a list, or anywhere after measures — or a sentence of
 * prose with a total word and amounts by year ("Sammantaget beräknas åtgärderna ge 45,2 mkr 2024 och
 * 77,5 mkr 2025") once measures have been read before it. Every amount by year is a total, not only
 * the first.
 */
function totalsInParagraph(
  block: Block,
  text: string,
  context: { years: readonly number[]; afterList: boolean; afterMeasures: boolean },
): { label: string; year: number | null; amountMsek: number; prose: boolean }[] {
  const out: { label: string; year: number | null; amountMsek: number; prose: boolean }[] = [];
  if (TOTAL_RE.test(text)) {
    const amounts = statedTotal(text, { years: context.years, afterMeasures: true }) ?? [];
    const first = amounts[0];
    const label = first
      ? cleanTitle(text.slice(0, first.index)).replace(/\s*(?:19|20)\d{2}$/, '') || 'Totalt'
      : '';
    for (const a of amounts) out.push({ label, year: a.year, amountMsek: a.amountMsek, prose: false });
    return out;
  }
  if (!context.afterMeasures || block.kind !== 'paragraph') return out;
  for (const sentence of sentencesOf(text)) {
    const amounts = statedTotal(sentence.text, { years: context.years, afterMeasures: context.afterList });
    if (!amounts) continue;
    const label = clip(cleanTitle(sentence.text.slice(0, amounts[0]?.index ?? 0)), 80) || 'Totalt';
    for (const a of amounts) out.push({ label, year: a.year, amountMsek: a.amountMsek, prose: true });
  }
  return out;
}

/**
 * The total a sentence right above a measure table states, when the table has no total row of its own:
 * the prose between the table and the heading (or other table) above it, a sentence of it that states a
 * total by year (statedTotal: a total word, words about measures or effects, no budget or result), for
 * the table's years only — and, as nothing ties a sentence before the rows to them but its place, only
 * when each figure is its year's sum of the table's measures. A sentence that states other figures is left
 * to be an amount; no total is claimed on a guess.
 */
function totalSentenceAbove(
  table: YearTable,
  layout: Layout,
  headingLines: ReadonlySet<number>,
  part: MeasureDraft[],
): Omit<TotalDraft, 'group'>[] {
  let first = Number.POSITIVE_INFINITY;
  for (const index of table.lineIndexes) first = Math.min(first, index);
  const above: DocLine[] = [];
  for (let i = first - 1; i >= 0 && i >= first - 8; i--) {
    const line = layout.lines[i];
    if (!line || headingLines.has(line.index) || line.line.segments.length >= 2) break;
    above.unshift(line);
  }
  if (above.length === 0) return [];
  const page = above.at(-1)?.page ?? 1;
  return (totalBySums(joinLines(above.map((l) => l.text)), part) ?? []).map((t) => ({ ...t, page }));
}

/**
 * The first sentence of `text` that states a total by year whose every figure is its year's sum of the
 * measures in `part` (within the tolerance of totals), read as that total; null when none does.
 */
function totalBySums(
  text: string,
  part: readonly MeasureDraft[],
  options: { nameless?: boolean } = {},
): Omit<TotalDraft, 'group' | 'page'>[] | null {
  const years = new Set(part.flatMap((m) => m.effects.map((e) => e.year)));
  for (const sentence of sentencesOf(text)) {
    // `nameless`: the sentence may speak of the measures without naming them ("Sammantaget bedöms de …").
    const amounts = statedTotal(sentence.text, {
      years: [...years],
      afterMeasures: options.nameless === true,
    });
    if (!amounts || amounts.length === 0) continue;
    const sums = amounts.map((a) => {
      const effects = part.flatMap((m) => m.effects.filter((e) => e.year === a.year));
      return { a, sum: effects.reduce((acc, e) => acc + e.amountMsek, 0), count: effects.length };
    });
    const all = sums.every(
      ({ a, sum, count }) =>
        a.year !== null &&
        years.has(a.year) &&
        count > 0 &&
        reconciles(sum, a.amountMsek, tableTolerance(count)),
    );
    if (!all || new Set(amounts.map((a) => a.year)).size !== amounts.length) continue;
    const label = clip(cleanTitle(sentence.text.slice(0, amounts[0]?.index ?? 0)), 80) || 'Totalt';
    return amounts.map((a) => ({
      label,
      year: a.year as number,
      amountMsek: a.amountMsek,
      raw: a.raw,
      evidence: sentence.text,
    }));
  }
  return null;
}

/**
 * A paper's total stated before its measures, in a summary ("Förvaltningen föreslår sex åtgärder som
 * sammantaget förbättrar resultatet med 46 mkr 2027 och 71 mkr 2028."), when no total was read
 * elsewhere: the first sentence of a paragraph above the first measure whose every figure is its
 * year's sum of all the paper's measures (within the tolerance of totals). As nothing but the sums ties
 * such a sentence to the measures, a sentence with any other figure by year is left alone.
 */
export function summaryTotals(
  layout: Layout,
  drafts: readonly MeasureDraft[],
  consumed: ReadonlySet<number>,
  /** The first line of the paper's measures when the drafts do not all tell theirs (table rows). */
  firstMeasureLine?: number,
): Omit<TotalDraft, 'group'>[] {
  const quantified = drafts.filter((m) => m.effects.length > 0);
  if (quantified.length < 2) return [];
  const lines = quantified.map((m) => m.line).filter((l): l is number => l !== undefined);
  const first = lines.length === quantified.length ? Math.min(...lines) : firstMeasureLine;
  if (first === undefined || !Number.isFinite(first)) return [];
  for (const block of layout.blocks) {
    const start = block.lines[0]?.index ?? Number.POSITIVE_INFINITY;
    if (start >= first) break;
    if (block.kind === 'heading' || block.lines.some((l) => consumed.has(l.index))) continue;
    const stated = totalBySums(normalizeText(block.text), quantified, { nameless: true });
    if (stated) return stated.map((t) => ({ ...t, page: block.page }));
  }
  return [];
}

function groupYear(measures: MeasureDraft[], group: number): number | null {
  const years = new Set(
    measures.filter((m) => m.group === group).flatMap((m) => m.effects.map((e) => e.year)),
  );
  return years.size === 1 ? ([...years][0] ?? null) : null;
}

/**
 * One measure per thing: the same measure listed twice (a summary list, then a section per measure) is
 * merged; the first mention keeps its title, later mentions may add a description.
 */
export function dedupeMeasures(measures: MeasureDraft[]): MeasureDraft[] {
  const kept: MeasureDraft[] = [];
  // Indexes instead of pairwise comparison: a 100-page compilation lists thousands of measures.
  const byTitle = new Map<string, MeasureDraft[]>();
  const byLabel = new Map<string, MeasureDraft>();
  for (const measure of measures) {
    const title = titleKey(measure.title);
    const effects = effectsKey(measure);
    const labelKey =
      measure.label !== null && measure.source === 'list' && effects !== ''
        ? `${measure.label}|${effects}`
        : null;
    const earlier = byTitle.get(title) ?? [];
    // A later mention in prose or a section (not a table row) that states other figures than the first
    // is the same measure stated again: the first mention's figures stand, and restatedEffectDoubts
    // warns on both pages. Kept apart, it came out as a second measure of the same title.
    const sameTitle =
      earlier.find(
        (k) => effectsCompatible(k, measure) && (k.source !== 'table' || measure.source !== 'table'),
      ) ?? (measure.source !== 'table' ? earlier.find((k) => k.effects.length > 0) : undefined);
    // A table too wide for its page, set in pieces (2026–2028, then 2029–2031 under it or overleaf), each
    // piece repeating the rows' numbers and titles: the row of the later piece (another table, the same
    // number and title, none of the same years) goes on with the earlier one's years.
    const split = earlier.find(
      (k) =>
        k.source === 'table' &&
        measure.source === 'table' &&
        k.label !== null &&
        k.label === measure.label &&
        k.group !== measure.group &&
        k.effects.length > 0 &&
        measure.effects.length > 0 &&
        !k.effects.some((e) => measure.effects.some((f) => f.year === e.year)),
    );
    if (split) {
      split.effects = [...split.effects, ...measure.effects].sort((a, b) => a.year - b.year);
      continue;
    }
    // "a) Minskad hyrbemanning 50 mkr …" in the summary and "a) Minskad hyrbemanning, 50 mkr …" as a section.
    const twin = sameTitle ?? (labelKey ? byLabel.get(labelKey) : undefined);
    if (twin) {
      if (!twin.description && measure.description) twin.description = measure.description;
      if (measure.effects.length > twin.effects.length && effectsCompatible(twin, measure))
        twin.effects = measure.effects;
      if (twin.subMeasureCount === null) twin.subMeasureCount = measure.subMeasureCount;
      continue;
    }
    kept.push(measure);
    byTitle.set(title, [...(byTitle.get(title) ?? []), measure]);
    if (labelKey) byLabel.set(labelKey, measure);
  }
  return kept;
}

/**
 * A figure printed as an approximation, a bound, a range or with a note on how sure it is ("ca 3,4",
 * "≈ 2,2", "> 2,1", "<1,5", "2–4", "1,4 à 2,8", "1,1 (uppskattat)"): the effect is the printed figure
 * (the lower end of a range), as docs/extraction-rules.md says, but it is not a sure number — one doubt
 * per page names the effects so read.
 */
const APPROXIMATE_RAW_RE =
  /^(?:ca\.?|c:a|cirka|omkring|ungefär|runt|drygt|knappt|minst|upp\s+till|högst|>=?|≥|<=?|≤|≈|≃|~|∼)\s*\d|\d\s*\(\s*[A-Za-zªµºÀ-ÖØ-öø-ɏ][A-Za-zªµºÀ-ÖØ-öø-ɏ.\s-]*\)$|\d\s*(?:[-–—−]|till|à)\s*\d/iu;
const CHANGE_RAW_RE = /^från\s+\S*\d[\s\S]*\btill\s/iu;
export function approximateEffectDoubts(
  measures: readonly MeasureDraft[],
): { reason: string; page: number }[] {
  const byPage = new Map<number, string[]>();
  const changes = new Map<number, string[]>();
  for (const m of measures) {
    for (const e of m.effects) {
      const raw = e.raw?.trim();
      if (!raw) continue;
      // "från 14,2 till 11,8 mkr": a level before and after; the effect is the change between them.
      const map = CHANGE_RAW_RE.test(raw) ? changes : APPROXIMATE_RAW_RE.test(raw) ? byPage : null;
      if (!map) continue;
      const list = map.get(m.page) ?? [];
      list.push(`${clip(m.title, 50)} ${e.year}: "${raw}"`);
      map.set(m.page, list);
    }
  }
  return [
    ...[...byPage].map(([page, items]) => ({
      page,
      reason: `effects read as the printed figure of an approximate, bounded or ranged value (a range as its lower end): ${clip(items.join('; '), 300)}`,
    })),
    ...[...changes].map(([page, items]) => ({
      page,
      reason: `effects read as the change between a level before and after: ${clip(items.join('; '), 300)}`,
    })),
  ];
}

/**
 * A measure stated twice — a summary table, then a section that repeats its title and effect — is one
 * measure (dedupeMeasures keeps the first mention's figures). Where the later mention states another
 * figure for a year than the first, which one holds cannot be told: a doubt on both pages.
 */
export function restatedEffectDoubts(
  measures: readonly MeasureDraft[],
  years: readonly number[],
): { page: number; reason: string }[] {
  const doubts: { page: number; reason: string }[] = [];
  const first = new Map<string, MeasureDraft>();
  for (const m of measures) {
    const key = titleKey(m.title);
    if (m.effects.length > 0 && !first.has(key)) first.set(key, m);
  }
  for (const m of measures) {
    const stated = first.get(titleKey(m.title));
    // Rows of tables (a plan's own sub-rows, a second table per year) are not restatements.
    if (!stated || stated === m || m.source === 'table') continue;
    const again =
      m.effects.length > 0
        ? m.effects
        : m.description
          ? effectsFromWording(m.description, { fallbackYear: null, years })
          : [];
    for (const e of again) {
      const f = stated.effects.find((x) => x.year === e.year);
      if (!f || Math.abs(Math.abs(f.amountMsek) - Math.abs(e.amountMsek)) < 0.001) continue;
      const reason = `"${clip(m.title, 60)}": ${e.year} stated as ${f.amountMsek} mkr and again as ${e.amountMsek} mkr`;
      doubts.push({ page: stated.page, reason });
      if (m.page !== stated.page) doubts.push({ page: m.page, reason });
    }
  }
  return doubts;
}

/** One mention's effects are a subset of the other's: a bullet with the first year, a table with all years. */
function effectsCompatible(a: MeasureDraft, b: MeasureDraft): boolean {
  const [fewer, more] = a.effects.length <= b.effects.length ? [a, b] : [b, a];
  return fewer.effects.every((e) =>
    more.effects.some((f) => f.year === e.year && Math.abs(f.amountMsek - e.amountMsek) < 0.001),
  );
}

function effectsKey(measure: MeasureDraft): string {
  return measure.effects
    .map((e) => `${e.year}:${e.amountMsek}`)
    .sort()
    .join('|');
}

/** Measures that only name an area without an effect are dropped when a quantified table lists the measures. */
export function preferQuantified(measures: MeasureDraft[]): MeasureDraft[] {
  const hasTable = measures.some((m) => m.source === 'table' && m.effects.length > 0);
  if (!hasTable) return measures;
  const quantifiedGroups = new Set(measures.filter((m) => m.effects.length > 0).map((m) => m.group));
  return measures.filter((m) => m.source === 'table' || quantifiedGroups.has(m.group));
}

/* ------------------------------------------------------------ numbered sections */

const SECTION_HEADING_RE = /^(\d{1,2}(?:\.\d{1,2})+)\.?\s+(\S.{2,})$/;
/**
 * A section headed by a noun and its number or letter: "Åtgärd 3: Översyn av …", "Insats B – Samlad
 * …", "Förslag 2. Färre …". The label is the number or letter; whatever the noun, only a section whose
 * body states an effect is a measure.
 */
const NOUN_SECTION_HEADING_RE = /^\p{Lu}\p{Ll}{2,}\s+(\d{1,2}|\p{Lu})\s*(?::|\.|\s[–—-])\s+(\S.{2,})$/u;
/** A noun leads the statement ("Effekt …", "Beräknad besparing …"): surer than a verb ("… beräknas ge …"). */
const EFFECT_NOUN_LEAD_RE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:effekt[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|helårseffekt[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|nettoeffekt[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|besparing[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|kostnadsminskning[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|intäktsökning[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)/iu;

/**
 * A block that heads a numbered section: a heading, or (when the layout took it for a list item or
 * a paragraph) a single line "4.1 Taligenkänning …" set apart by its font — bold or larger than the
 * body text — as headings are.
 */
function sectionHeading(block: Block, bodyFontSize: number): RegExpExecArray | null {
  const text = normalizeText(block.lines.map((l) => l.text).join(' '));
  const m = SECTION_HEADING_RE.exec(text) ?? NOUN_SECTION_HEADING_RE.exec(text);
  if (!m) return null;
  if (block.kind === 'heading') return m;
  if (block.lines.length !== 1) return null;
  const line = block.lines[0]?.line;
  const set = block.bold || line?.bold === true || block.fontSize > bodyFontSize + 0.4;
  // A heading names; it does not end like a sentence or carry figures.
  if (!set || /[.:;]$/.test(text) || findAmounts(text).length > 0) return null;
  return m;
}

/** Between a comparison and a figure: a comma or a verb of change ends the comparison's phrase. */
const CLAUSE_TURN_RE =
  /[,;]|(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:minskar|ökar|sänker|höjer|ger|blir|beräknas|bedöms|förväntas|uppgår|sparar)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/iu;
/** The preposition of a comparison: what follows is the level compared with. */
const BASELINE_RE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:jämfört\s+med|i\s+jämförelse\s+med|i\s+förhållande\s+till)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/iu;

export interface SectionEffects {
  effects: Effect[];
  /** Statement sentences, to take out of the description. */
  sentences: string[];
  /** Why a figure's reading is in doubt ("20249 mkr" split into 2024 and 9). */
  doubts: string[];
}

/**
 * The effects a section's body states: every sentence that leads with an effect word and gives
 * amounts by year (parsers/swedish/statements.ts). Sentences led by a noun ("Effekt …",
 * "Förväntad besparing …") win over those led by a verb ("… beräknas ge …"), which may be about a
 * cost of introducing the measure. A figure keeps its written sign: "2024: −2,1 mkr" is a start-up
 * cost, a worsening of the result.
 */
export function sectionEffects(
  body: string,
  category: MeasureCategory,
  years: readonly number[],
): SectionEffects {
  const sentences = sentencesOf(body);
  const statements = sentences.filter((s) => isEffectStatement(s.text, years));
  const nounLed = statements.filter((s) => EFFECT_NOUN_LEAD_RE.test(s.text));
  // Without an effect statement, a sentence in the wording of effects that gives money by year
  // ("Åtgärden ger 1 250 kkr lägre kostnader 2027", "… förbättrar resultatet med 2 mkr per år
  // 2026–2028") states the effect; only the wording grammar reads it (periods, comparisons).
  const worded =
    statements.length > 0
      ? []
      : sentences.filter(
          (s) =>
            (isEffectWording(s.text) || (hasEffectLead(s.text) && !statesLevel(s.text))) &&
            effectsFromWording(s.text, { fallbackYear: null, category, years }).length > 0,
        );
  const chosen = nounLed.length > 0 ? nounLed : statements.length > 0 ? statements : worded;
  const effects: Effect[] = [];
  const doubts: string[] = [];
  for (const statement of chosen) {
    const entries = amountsByYear(statement.text, { years });
    // "2,5 mkr per år från 2027" holds for the later years of the paper too: its year is no sure one
    // ('near'), so the wording grammar reads it.
    const sure =
      !worded.includes(statement) && entries.every((e) => e.yearBy !== null && e.yearBy !== 'near');
    if (!sure) {
      // Periods, comparisons, "från 2025": the fuller grammar of list wordings.
      const told = (reason: string) => doubts.push(`"${clip(statement.text, 80)}": ${reason}`);
      for (const e of effectsFromWording(statement.text, {
        fallbackYear: null,
        category,
        years,
        onDoubt: told,
      }))
        if (!effects.some((f) => f.year === e.year)) effects.push(e);
      continue;
    }
    const revenue = category === 'revenue' || /intäkt|avgift/i.test(statement.text);
    // "… jämfört med en kostnad på 31,2 mkr 2025": a figure after the comparison is the level compared
    // with, not an effect.
    const comparison = BASELINE_RE.exec(statement.text);
    const baselineEnd = comparison ? comparison.index + comparison[0].length : Number.POSITIVE_INFINITY;
    for (const entry of entries) {
      if (entry.year === null || effects.some((e) => e.year === entry.year)) continue;
      // Only the figure inside the comparison's phrase is the level: a clause boundary or a verb after
      // "jämfört med 2025" starts the statement's own figures ("Jämfört med 2025 minskar kostnaderna med …").
      if (entry.index > baselineEnd && !CLAUSE_TURN_RE.test(statement.text.slice(baselineEnd, entry.index)))
        continue;
      if (entry.runTogether)
        doubts.push(
          `"${clip(statement.text, 80)}": a year and a figure run together, read as ${entry.year}: ${entry.raw}`,
        );
      const worse = entry.amountMsek < 0;
      effects.push({
        year: entry.year,
        amountMsek: entry.amountMsek,
        type: revenue
          ? worse
            ? 'revenue_decrease'
            : 'revenue_increase'
          : worse
            ? 'cost_increase'
            : 'cost_reduction',
        baselineYear: null,
        raw: entry.raw,
      });
    }
  }
  // "… ger en besparing om 2,0 mkr 2027, netto 1,2 mkr … År 2028 ger den netto 1,6 mkr.": a sentence after
  // the statement that goes on about the same measure (a pronoun or "åtgärden" as its subject, a verb of
  // giving) states the effect of a year the statement left out.
  const added: string[] = [];
  if (effects.length > 0) {
    const after = Math.max(...chosen.map((c) => sentences.indexOf(c)));
    for (const sentence of sentences.slice(after + 1)) {
      if (chosen.includes(sentence) || !GOES_ON_RE.test(sentence.text)) continue;
      const told = (reason: string) => doubts.push(`"${clip(sentence.text, 80)}": ${reason}`);
      for (const e of effectsFromWording(sentence.text, {
        fallbackYear: null,
        category,
        years,
        onDoubt: told,
      })) {
        if (effects.some((f) => f.year === e.year)) continue;
        effects.push(e);
        if (!added.includes(sentence.text)) added.push(sentence.text);
      }
    }
  }
  effects.sort((a, b) => a.year - b.year);
  return { effects, sentences: [...chosen.map((s) => s.text), ...added], doubts };
}

/**
 * A sentence that goes on about the measure a statement before it named: "År 2028 ger den netto 1,6
 * mkr", "Därefter blir effekten 2,1 mkr per år", "Den ger 0,4 mkr 2029".
 */
const GOES_ON_RE =
  /^(?:(?:år|under|för|från)\s+(?:19|20)\d{2},?\s+|därefter\s+|sedan\s+)?(?:(?:ger|blir|uppgår|beräknas|bedöms)\s+(?:den|åtgärden|effekten|besparingen|förändringen)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])|(?:den|åtgärden|effekten|besparingen|förändringen)\s+(?:ger|blir|uppgår|beräknas|bedöms))/iu;

/**
 * The measures together as the subject ("Åtgärderna beräknas förbättra resultatet med …", "Insatserna
 * ger …"): the plural definite of the nouns that name measures speaks of their sum, not of one.
 */
const ALL_MEASURES_RE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:åtgärderna|insatserna|förslagen|besparingarna|aktiviteterna|effektiviseringarna|effekterna)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/iu;
const speaksOfAll = (sentence: string): boolean => ALL_MEASURES_RE.test(sentence);

/**
 * A level, not a change, before the sentence's first figure ("Prognosen visar ett underskott på
 * 45,4 mkr för 2026", "Budgeten uppgår till …"): a result, budget or forecast the paper reports.
 */
const LEVEL_RE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:budget[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|(?:kostnads|netto|drifts?|budget)?ram(?:en|ar|arna)?|omslutning[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|underskott[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|överskott[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|utfall[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|prognos[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|avvikelse[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/iu;
const statesLevel = (sentence: string): boolean =>
  LEVEL_RE.test(sentence.slice(0, findAmounts(sentence)[0]?.index ?? sentence.length));

/**
 * Sections headed without a number: a heading over paragraphs, the next heading of the same size ending
 * it. Such a heading heads a measure only in a run of two or more sibling sections (headings of one
 * size, each right after the last one's body) whose bodies each state an effect by year, and not one
 * that states a total: a lone heading over an effect sentence ("Ekonomiska konsekvenser") sums or
 * describes the paper, not one of its measures. Returns, per heading block, the key of its run.
 */
function plainSectionRuns(
  blocks: readonly Block[],
  bodyFontSize: number,
  years: readonly number[],
  isUsed: (block: Block) => boolean,
): Map<number, string> {
  const found: { b: number; end: number; size: number; stated: boolean }[] = [];
  for (let b = 0; b < blocks.length; b++) {
    const heading = blocks[b];
    if (heading?.kind !== 'heading' || isUsed(heading) || heading.lines.length > 2) continue;
    if (sectionHeading(heading, bodyFontSize)) continue;
    const title = normalizeText(heading.lines.map((l) => l.text).join(' '));
    // A heading names; it does not end like a sentence or carry figures.
    if (/[.:;]$/.test(title) || findAmounts(title).length > 0 || !/[A-Za-zªµºÀ-ÖØ-öø-ɏ]{3}/u.test(title))
      continue;
    if (LETTERHEAD_RE.test(title)) continue;
    let end = b + 1;
    const body: Block[] = [];
    for (; end < blocks.length; end++) {
      const next = blocks[end];
      if (!next || next.kind === 'heading' || isUsed(next) || sectionHeading(next, bodyFontSize)) break;
      body.push(next);
    }
    const bodyText = normalizeText(body.map((block) => block.text).join(' '));
    // A heading over a list heads the list's items (their measures), not a measure of its own.
    if (!bodyText || body.filter((block) => block.marker !== null).length >= 2) continue;
    const stated = sectionEffects(bodyText, categorize(title, bodyText), years);
    const sums = (st: string) => TOTAL_RE.test(st) || hasTotalWord(st) || speaksOfAll(st) || statesLevel(st);
    if (stated.effects.length === 0) {
      // A sibling of measures' sections with figures by year but no effect read ("halverar kostnaden på
      // 6 mkr under 2027"): a measure of the run whose effect is not read, told as such.
      const sentences = sentencesOf(bodyText).map((st) => st.text);
      if (
        !sentences.some(sums) &&
        amountsByYear(bodyText, { years }).some(
          (a) => a.year !== null && (years.length === 0 || years.includes(a.year)),
        )
      )
        found.push({ b, end, size: heading.fontSize, stated: false });
      continue;
    }
    if (stated.sentences.some(sums)) continue;
    // Two statements of the same year's effect under one heading: a chapter of several measures
    // ("Åtgärder" over run-in measures), not one measure's section.
    const yearsStated = stated.sentences.flatMap((st) => [
      ...new Set(amountsByYear(st, { years }).flatMap((a) => (a.year === null ? [] : [a.year]))),
    ]);
    if (new Set(yearsStated).size < yearsStated.length) continue;
    found.push({ b, end, size: heading.fontSize, stated: true });
  }
  const runs = new Map<number, string>();
  let run: typeof found = [];
  const close = () => {
    // A sibling whose figures by year gave no effect stays in the run (told, not read), at its ends too:
    // its body states no level and no sum, so it is a measure the grammar missed, not a report.
    if (run.filter((f) => f.stated).length >= 2) for (const f of run) runs.set(f.b, `plain:${run[0]?.b}`);
    run = [];
  };
  for (const f of found) {
    const last = run.at(-1);
    if (last && (last.end !== f.b || Math.abs(last.size - f.size) > 0.5)) close();
    run.push(f);
  }
  close();
  return runs;
}

/**
 * Measures laid out as numbered sections: a heading "3.2 Översyn av …", paragraphs about it, and a
 * sentence giving its effect per year. The section number is the label. Only sections that state an
 * effect are measures (a chapter "3.1 Bakgrund" is not); a sibling section whose body has figures
 * by year but no effect statement makes its group incomplete, so a stated total does not reconcile
 * over it.
 */
export function sectionMeasures(
  layout: Layout,
  options: { consumed: Set<number>; nextGroup: () => number; years?: readonly number[] },
): {
  measures: MeasureDraft[];
  totals: TotalDraft[];
  consumed: Set<number>;
  incomplete: Map<number, string>;
  doubts: { page: number; reason: string }[];
} {
  const measures: MeasureDraft[] = [];
  const totals: TotalDraft[] = [];
  const consumed = new Set<number>();
  const incomplete = new Map<number, string>();
  const doubts: { page: number; reason: string }[] = [];
  const unreadByParent = new Map<string, string[]>();
  const groupByParent = new Map<string, number>();
  const years = options.years ?? [];
  const blocks = layout.blocks;
  let group: number | null = null;
  let lastParent: string | null = null;
  /** The block of each group's first section heading. */
  const firstHeadingOf = new Map<number, number>();
  const isUsed = (block: Block) => block.lines.some((l) => options.consumed.has(l.index));
  const plain = plainSectionRuns(blocks, layout.bodyFontSize, years, isUsed);
  for (let b = 0; b < blocks.length; b++) {
    const heading = blocks[b];
    if (!heading || isUsed(heading)) continue;
    const numbered = sectionHeading(heading, layout.bodyFontSize);
    const plainParent = plain.get(b);
    // An unnumbered heading in a run of such sections: no label; the run is its group.
    const m: (string | null)[] | null =
      numbered ??
      (plainParent === undefined
        ? null
        : ['', null, normalizeText(heading.lines.map((l) => l.text).join(' '))]);
    if (!m?.[2] || (numbered && !m[1])) continue;
    const body: Block[] = [];
    for (let k = b + 1; k < blocks.length; k++) {
      const next = blocks[k];
      if (!next || next.kind === 'heading' || isUsed(next) || sectionHeading(next, layout.bodyFontSize))
        break;
      // "Total besparing 10 mnkr 2025." after the last section's effect line sums the sections; it is not theirs.
      body.push(next);
    }
    const parent = m[1] ? m[1].split('.').slice(0, -1).join('.') : (plainParent ?? '');
    const title = cleanTitle(m[2]);
    let bodyText = normalizeText(body.map((block) => block.text).join(' '));
    // A total sentence after the section's effect line sums the sections ("Total besparing 10 mnkr 2025.").
    // The effect line may be led by an effect word ("Effekt 2026: …") or be a sentence in the wording of
    // effects ("Förändringen minskar kostnaderna med 2 mkr per år från 2026.").
    const sentences = sentencesOf(bodyText);
    const firstEffect = sentences.findIndex(
      (st) =>
        isEffectStatement(st.text, years) ||
        (isEffectWording(st.text) && effectsFromWording(st.text, { fallbackYear: null, years }).length > 0),
    );
    const trailing =
      firstEffect < 0
        ? []
        : sentences
            .slice(firstEffect + 1)
            .filter((st) => TOTAL_RE.test(st.text) || statedTotal(st.text, { years }) !== null);
    for (const st of trailing) {
      const last = body.at(-1) ?? heading;
      for (const a of statedTotal(st.text, { years, afterMeasures: true }) ?? []) {
        if (a.year === null) continue;
        totals.push({
          label: clip(cleanTitle(st.text.slice(0, a.index)), 80) || 'Totalt',
          year: a.year,
          amountMsek: a.amountMsek,
          page: last.page,
          evidence: clip(st.text),
          group: null,
          line: last.lines[0]?.index ?? 0,
        });
      }
      bodyText = bodyText.replace(st.text, ' ');
    }
    bodyText = normalizeText(bodyText);
    const category = categorize(title, bodyText || undefined);
    const stated = sectionEffects(bodyText, category, years);
    if (stated.effects.length === 0) {
      if (amountsByYear(bodyText, { years }).some((a) => a.year !== null))
        unreadByParent.set(parent, [
          ...(unreadByParent.get(parent) ?? []),
          `section ${m[1] ?? m[2]} has figures by year but no effect statement read`,
        ]);
      continue;
    }
    let description = bodyText;
    for (const sentence of stated.sentences) description = description.replace(sentence, ' ');
    description = normalizeText(description);
    if (group === null || parent !== lastParent) group = options.nextGroup();
    lastParent = parent;
    groupByParent.set(parent, group);
    // The section's own list (bullets, numbers, letters: blocks with a list marker) is its sub-measures;
    // a count in the heading ("(5 insatser)") wins.
    const listed = body.filter((block) => block.marker !== null).map((block) => normalizeText(block.text));
    const count = SUB_COUNT_RE.exec(m[2]);
    measures.push({
      label: m[1] ?? null,
      title,
      category,
      subMeasureCount: count?.[1] ? Number(count[1]) : listed.length >= 2 ? listed.length : null,
      subMeasures: listed.length >= 2 ? listed : [],
      description: description ? clip(description, 600) : null,
      effects: stated.effects,
      page: heading.page,
      evidence: blockEvidence(heading),
      source: 'list',
      group,
      line: heading.lines[0]?.index ?? 0,
    });
    for (const reason of stated.doubts) doubts.push({ page: heading.page, reason });
    for (const block of [heading, ...body]) for (const line of block.lines) consumed.add(line.index);
    if (!firstHeadingOf.has(group)) firstHeadingOf.set(group, b);
  }
  // No total after the sections: the paragraph right before the first of them may state it ("Sammantaget
  // bedöms åtgärderna minska kostnaderna med 21,5 mkr 2027 och 33 mkr 2028."), when each figure is its
  // year's sum of the sections' effects.
  if (totals.length === 0) {
    for (const [g, b] of firstHeadingOf) {
      const part = measures.filter((m) => m.group === g);
      if (part.length < 2) continue;
      const before: Block[] = [];
      for (let k = b - 1; k >= 0 && before.length < 3; k--) {
        const block = blocks[k];
        if (!block || block.kind === 'heading' || isUsed(block) || consumed.has(block.lines[0]?.index ?? -1))
          break;
        before.unshift(block);
      }
      const stated = totalBySums(normalizeText(before.map((block) => block.text).join(' ')), part, {
        nameless: true,
      });
      const last = before.at(-1);
      if (!stated || !last) continue;
      for (const t of stated)
        totals.push({ ...t, page: last.page, group: g, line: last.lines[0]?.index ?? 0 });
    }
  }
  for (const [parent, reasons] of unreadByParent) {
    const g = groupByParent.get(parent);
    if (g !== undefined) incomplete.set(g, reasons.join('; '));
  }
  return { measures, totals, consumed, incomplete, doubts };
}
