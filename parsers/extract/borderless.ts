/**
 * Borderless tables of figures by year, rebuilt from where the text stands (no ruling lines, no
 * structure tree): the idea of Nurminen's text-edge detection (Tabula) and pdfplumber's "text"
 * strategy, cut down to the one table shape board papers use — a label column (title, description
 * and sub-list of a measure over 1–15 lines), optional number and text columns (Nr, Ansvarig,
 * Status, Kommentar) and one column per year.
 *
 *  1. The header is found by its years: words that stand alone as cells ("2024", "2024 (mkr)",
 *     "Effekt 2025") in increasing order, right of the label column. Lines just above it (a spanning
 *     "Mål, ekonomisk effekt Mnkr" wrapped over several lines) and unit-only lines just below it
 *     ("(mkr)") belong to the header.
 *  2. The body runs until prose crosses from the label column into the year columns, a heading,
 *     a wide gap, or a page whose top does not continue the table (a repeated header does).
 *  3. Columns left of the years come from the x-projection of the body's words: gaps that no
 *     word crosses on any line are column edges. The column with the most text is the label.
 *  4. Lines with figures (or "–") in the year columns anchor rows. The label column is split into
 *     blocks by vertical gaps and bold title starts; when that does not give one block per anchor,
 *     each of the three alignments (figures at the top, centre or bottom of their row) partitions
 *     the lines and the one that fits the blocks best is taken, per table.
 */
import type { TextLine } from '../page-model.ts';
import { type MoneyUnit, unitFromHeader } from '../swedish/amounts.ts';
import { withoutFootnoteMark } from '../swedish/numbers.ts';
import type { DocLine, Layout } from './layout.ts';
import { joinLines, normalizeText } from './layout.ts';
// The header grammar of cell tables (parts of a year, full-year cells), read the same way here. The
// import is circular (tables.ts reads the tables found here); only functions are taken, called late.
import {
  ACCOUNT_LEVEL_RE,
  contextBefore,
  fullYearOfCell,
  GROSS_OR_COST_RE,
  joinBrokenHeaderWord,
  NET_RE,
  namedYearsOf,
  partOfCell,
  type YearPart,
  yearFromParts,
  yearOfCaption,
} from './tables.ts';

/** A word of a line with its approximate box (items are split at spaces by character share). */
export interface Word {
  text: string;
  x: number;
  right: number;
  bold: boolean;
  /**
   * Set one space after the word before it inside the same text item: its x is estimated from the
   * item's average character width, which makes that space about a digit wide.
   */
  afterSpace?: boolean;
}

/**
 * The words of the lines read last: the passes ask for one line's words again and again (as a header,
 * as the line above the next header, as a row). Callers only read the words; a few lines are kept.
 */
const recentWords = new Map<TextLine, Word[]>();

export function lineWords(line: TextLine): Word[] {
  const known = recentWords.get(line);
  if (known !== undefined) return known;
  const words = wordsOfLine(line);
  if (recentWords.size >= 64) recentWords.clear();
  recentWords.set(line, words);
  return words;
}

function wordsOfLine(line: TextLine): Word[] {
  const words: Word[] = [];
  const items = [...line.items].sort((a, b) => a.x - b.x);
  let gluable = false;
  for (const item of items) {
    const text = item.text;
    if (!text.trim()) {
      gluable = false;
      continue;
    }
    const perChar = text.length > 0 ? item.width / text.length : 0;
    // Producers that place every glyph (or syllable) as its own item ("2", "0", "2", "6"): an item
    // that touches the word before it, with no space between, goes on with that word. A word space
    // is a quarter em or more; kerning and tracking stay well under a tenth.
    const touch = Math.max(0.5, (item.height || line.fontSize) * 0.1);
    for (const m of text.matchAll(/\S+/g)) {
      const x = item.x + m.index * perChar;
      const right = x + m[0].length * perChar;
      const last = words.at(-1);
      if (m.index === 0 && gluable && last && x - last.right < touch && x >= last.x) {
        last.text += m[0];
        last.right = Math.max(last.right, right);
      } else {
        const word: Word = { text: m[0], x, right, bold: item.bold === true };
        if (m.index > 0 && text[m.index - 1] === ' ' && text[m.index - 2] !== ' ') word.afterSpace = true;
        words.push(word);
      }
    }
    gluable = !/\s$/.test(text) && item.spaceAfter !== true;
  }
  return words;
}

const YEAR_WORD_RE = /^\(?((?:19|20)\d{2})\)?[:*]?$/;
/** Two or more years as one head: "2028–2029", "2028-29". */
const YEAR_RANGE_WORD_RE = /^\(?(?:19|20)\d{2}\s?[-–—]\s?(?:(?:19|20)\d{2}|\d{2})\)?$/u;
/** The first year of a range and its dash, the cell broken there ("2026–" over "2031"). */
const OPEN_RANGE_WORD_RE = /^\(?(?:19|20)\d{2}\s?[-–—]$/u;
/** A year followed by a comma, read as a head only when its unit follows ("2026, mkr"). */
const YEAR_COMMA_WORD_RE = /^((?:19|20)\d{2}),$/;
const EFFECT_WORD_RE =
  /^(?:(?:(?:hel|halv)års)?(?:effekt|besparing|kostnadsminskning|mål|år|prognos|budget|utfall|plan)|varav)[:]?$/i;
const UNIT_WORD_RE =
  /^[([]?(?:mkr|mnkr|msek|mn\.?kr|tkr|kkr|tsek|ksek|kr|sek|miljoner|milj\.?|tusen|kronor|belopp)[)\]]?[,.:]?$/i;
/** A header word naming a column of costs, gross or net figures ("Kostnad", "Bruttoeffekt", "Netto"). */
const COST_OR_NET_WORD_RE =
  /^(?:(?:mer|engångs|brutto|netto)?kostnad(?:er)?|brutto[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|netto[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)[:]?$/iu;
const NET_WORD_RE = /^netto[A-Za-zªµºÀ-ÖØ-öø-ɏ]*[:]?$/iu;
const NUMERIC_WORD_RE = /^[([]?[-−–+]?\d[\d\s,.\u00a0\u202f]*[)\]]?%?$/;
const DASH_WORD_RE = /^[-–—−]$/;
/** A unit word after a cell's figure ("1 800 tkr", "2,5 mkr"). */
const UNIT_SUFFIX_RE = /[ \u00a0](?:mkr|mnkr|msek|tkr|kkr|tsek|ksek)$/i;
/** Page numbers the furniture filter left ("Sida 7", "7 (12)"): neither rows nor an end of the table. */
const PAGE_NUMBER_RE =
  /^(?:sida|sid\.?|s\.|page)\s*\d{1,4}(?:\s*(?:av|\/|of)\s*\d{1,4})?$|^\d{1,4}\s*\(\d{1,4}\)$/i;
/** An amount, its unit and the year it is for, as prose states it ("9,2 mkr 2027", "1,5 mnkr år 2028"). */
const AMOUNT_YEAR_RE =
  /\d(?:[,.]\d+)?\s*(?:mkr|mnkr|msek|tkr|kkr|miljoner(?:\s+kronor)?)\s+(?:år\s+|under\s+)?(?:19|20)\d{2}\b/iu;
const TOTAL_ROW_RE =
  /^(?:totalt?|summa|delsumma|s:a|summering|sammanlagt|sammanlagda?|sammantaget|totalsumma|förvaltningstotal)\b/i;
/**
 * A row that carries a long table's running sum over a page break: "Summa att överföra" at the foot of
 * one page, "Överfört från föregående sida" at the head of the next. It repeats the rows above it, so
 * it is neither a measure nor the table's total, and the table goes on past it. The bookkeeping words
 * for carrying forward are the closed grammar here, and only a label that is nothing but them (its
 * figures stripped) is such a row: one that says more is a row of its own ("Totalt inklusive överfört
 * från föregående sida" a total, "Summa att överföra till 2029" a total of what moves to a later year,
 * "Överförs till kommunerna: …" a measure). A bare "Transport" is left alone: it is also a cost
 * category's row.
 */
const CARRIED_LABEL_RE =
  /^(?:(?:summa|s:a)\s+)?(?:(?:att\s+överföra|överfört|överförs|överföres)(?:\s+(?:från\s+föregående|till\s+nästa)\s+sida)?|(?:transport\s+)?(?:från\s+föregående|till\s+nästa)\s+sida)[:.]?$/i;
/** The figures (and dashes for none) at the end of a row's text: one class, so no backtracking. */
const TRAILING_FIGURES_RE = /[\s\d,.\u00a0\u202f()[\]%+\-−–—]+$/;
/** Whether a row's text (its label, maybe followed by its figures) is a carried running sum. */
export function carriedRow(text: string): boolean {
  return CARRIED_LABEL_RE.test(text.trim().replace(TRAILING_FIGURES_RE, ''));
}

export interface YearColumn {
  /**
   * The year; or, for a money column of its own among the year columns (a half-year beside its
   * full year, a gross saving beside the net), a negative key, its header in `header`.
   */
  year: number;
  left: number;
  right: number;
  center: number;
  header?: string;
}

interface HeaderLine {
  /** The figure columns, in order: the years and the money columns among them. */
  years: YearColumn[];
  unit: MoneyUnit | null;
  effectWord: boolean;
  /** Years printed only in parts: year → the headers of its part columns (their figures are summed). */
  summed?: Map<number, string[]>;
  /** Why a year read from parts of it is unsure, or not read. */
  issues?: string[];
  /** The line is a table's caption repeated over its continued part (`OpenTable`), not a header of cells. */
  continues?: OpenTable;
  /** The years run twice on the line: two tables side by side, which this reader does not part. */
  sideBySide?: true;
  /** For tables side by side: where their lines are cut (in the gutter before the second table's first column). */
  cut?: number;
}

/** A table read from the PDF layer that a later page may go on with, under its caption repeated. */
export interface OpenTable {
  /** The table's last page. */
  page: number;
  years: number[];
  unit: MoneyUnit | null;
  /** The lines right above the table (its caption), as `captionKey` gives them. */
  captions: string[];
}

/** The name of a figure column, for issues: its year, or its header. */
const columnName = (column: YearColumn): string =>
  column.year > 0 ? String(column.year) : (column.header ?? '');

/** A header line's cells: runs of words a word space apart (a column gap is wider than an em). */
function headerCells(
  words: Word[],
  em: number,
): { text: string; left: number; right: number; from: number; to: number }[] {
  const cells: { text: string; left: number; right: number; from: number; to: number }[] = [];
  words.forEach((word, i) => {
    const last = cells.at(-1);
    if (last && word.x - last.right < em) {
      last.text = `${last.text} ${word.text}`;
      last.right = word.right;
      last.to = i;
    } else cells.push({ text: word.text, left: word.x, right: word.right, from: i, to: i });
  });
  return cells;
}

/**
 * Full-year heads set closer than a column gap ("2027 (helår) 2028 (helår)" in narrow cells) form one
 * run of words: split at each year when every piece is a full-year head of its own. Prose between
 * them ("och", a comma) leaves the run whole.
 */
function fullYearRun<C extends { text: string; left: number; right: number; from: number; to: number }>(
  cell: C,
  words: Word[],
): C[] {
  if (cell.to === cell.from || fullYearOfCell(cell.text) !== null) return [cell];
  const starts: number[] = [];
  for (let k = cell.from; k <= cell.to; k++) if (YEAR_WORD_RE.test(words[k]?.text ?? '')) starts.push(k);
  if (starts.length < 2 || starts[0] !== cell.from) return [cell];
  const pieces = starts.map((from, n) => {
    const to = (starts[n + 1] ?? cell.to + 1) - 1;
    const run = words.slice(from, to + 1);
    return {
      ...cell,
      text: run.map((w) => w.text).join(' '),
      left: run[0]?.x ?? cell.left,
      right: run.at(-1)?.right ?? cell.right,
      from,
      to,
    };
  });
  return pieces.every((p) => p.to > p.from && fullYearOfCell(p.text) !== null) ? pieces : [cell];
}

/**
 * Whether a header's year columns stand right of a narrow label column: the words left of the first
 * column form one cell (word spaces only) that starts the line, and a gap of three ems or more parts
 * it from two or more year columns.
 */
function afterNarrowLabel(words: Word[], columns: YearColumn[], years: number, em: number): boolean {
  const first = columns[0];
  if (!first || years < 2) return false;
  const left = words.filter((w) => w.right <= first.left + 0.5);
  const cells = headerCells(left, em);
  const label = cells[0];
  return cells.length === 1 && label !== undefined && first.left - label.right >= 3 * em;
}

function isYearSequence(years: number[]): boolean {
  for (let i = 1; i < years.length; i++) {
    const prev = years[i - 1] ?? 0;
    const cur = years[i] ?? 0;
    if (cur <= prev || cur - prev > 5) return false;
  }
  return years.length > 0;
}

/**
 * Whether `year` goes on the year columns already read on its line: it is one to five years after the
 * last of them, and stands a column gap (more than an em) to its right.
 */
function followsYearColumn(years: readonly YearColumn[], year: number, word: Word, em: number): boolean {
  const last = years.at(-1);
  return last !== undefined && year > last.year && year - last.year <= 5 && word.x - last.right > em;
}

/** The words that head a sum column or cell. */
const SUM_WORDS = 'summa|totalt?|sammanlagt|totalsumma';

/** A sum cell of one year ("Summa 2026", "Totalt 2026"), beside that year's parts. */
const SUM_YEAR_CELL_RE = new RegExp(`^(?:${SUM_WORDS})\\s+((?:19|20)\\d{2})$`, 'iu');

/** Heads of a sum column beside the year columns ("2026 2027 Summa"). */
const SUM_HEAD_RE = new RegExp(`^(?:${SUM_WORDS})[:]?$`, 'i');

/**
 * Whether the word at `k` opens the head of the next column of a narrow table, so that it may sit a
 * word space after a year: a sum column's head ("2029 Summa"), or an effect word before the next
 * year ("2026 Effekt 2027"), as header cells set close together print.
 */
function nextColumnHead(words: Word[], k: number, em: number): boolean {
  const word = words[k];
  if (!word) return false;
  if (SUM_HEAD_RE.test(word.text))
    return words[k + 1] === undefined || (words[k + 1]?.x ?? 0) - word.right >= em;
  const year = words[k + 1];
  return (
    EFFECT_WORD_RE.test(word.text) &&
    year !== undefined &&
    YEAR_WORD_RE.test(year.text) &&
    year.x - word.right < em
  );
}

/**
 * The year cells of a line: a year word whose neighbours within a word space are only other years,
 * a unit ("2024 (mkr)") or an effect word before it ("Effekt 2025"). "under 2024 och 2025" in prose
 * is not a header: its years have ordinary words beside them.
 */
export function yearHeaderOf(line: DocLine, noisyYear?: (text: string) => number | null): HeaderLine | null {
  const words = lineWords(line.line);
  const em = line.line.fontSize || 10;
  const years: YearColumn[] = [];
  /** Years named by a cost, gross or net word ("Kostnad 2026", "Netto 2026"): columns of their own. */
  const costOrNet: (YearColumn & { net: boolean })[] = [];
  let unit: MoneyUnit | null = null;
  let effectWord = false;
  // Cells naming a part of a year ("Halvår 1 2029", "T2 2029", "jan–jun 2029") or a full year
  // ("Helåret 2029"), as the cell tables' header grammar reads them.
  const parts: { year: number; part: YearPart; column: YearColumn }[] = [];
  const fullYears: YearColumn[] = [];
  const taken = new Set<number>();
  const cells = headerCells(words, em).flatMap((cell) => fullYearRun(cell, words));
  // "T1 | T2 | T3 | Summa 2026" (the year spanning the parts on a line above): the sum cell names the
  // full year, and the part cells left of it are that year's parts.
  const partsOfSum = new Map<number, number>();
  cells.forEach((cell, c) => {
    const sum = SUM_YEAR_CELL_RE.exec(cell.text);
    if (!sum) return;
    let k = c - 1;
    while (k >= 0 && partOfCell(`${cells[k]?.text} ${sum[1]}`) && !/\d{4}/.test(cells[k]?.text ?? '')) k--;
    if (c - 1 - k < 2) return;
    for (let j = k + 1; j <= c; j++) partsOfSum.set(j, Number(sum[1]));
  });
  for (const [c, cell] of cells.entries()) {
    if (cell.from === 0 && cell.left < line.pageWidth * 0.3) continue;
    const ofSum = partsOfSum.get(c);
    const part = partOfCell(
      ofSum !== undefined && !SUM_YEAR_CELL_RE.test(cell.text) ? `${cell.text} ${ofSum}` : cell.text,
    );
    const full = part ? null : (ofSum ?? fullYearOfCell(cell.text));
    if (!part && full === null) continue;
    const column = {
      year: full ?? 0,
      left: cell.left,
      right: cell.right,
      center: (cell.left + cell.right) / 2,
    };
    if (part) parts.push({ year: part.year, part, column: { ...column, header: normalizeText(cell.text) } });
    else fullYears.push(column);
    for (let k = cell.from; k <= cell.to; k++) taken.add(k);
  }
  for (let i = 0; i < words.length; i++) {
    if (taken.has(i)) continue;
    const word = words[i] as Word;
    const before = words[i - 1];
    const after = words[i + 1];
    const near = (a: Word | undefined, b: Word | undefined): boolean =>
      a !== undefined && b !== undefined && b.x - a.right < em;
    // "2026, mkr": the year and the column's unit set apart by a comma, as a caption-less header says it.
    const withUnit =
      YEAR_COMMA_WORD_RE.exec(word.text) && near(word, after) && after && UNIT_WORD_RE.test(after.text)
        ? YEAR_COMMA_WORD_RE.exec(word.text)
        : null;
    // "Helårseffekt 2027," ending its cell: the unit wrapped onto the header's next line ("mkr").
    const wrappedUnit =
      !withUnit && YEAR_COMMA_WORD_RE.test(word.text) && (!after || after.x - word.right >= em)
        ? YEAR_COMMA_WORD_RE.exec(word.text)
        : null;
    const m = YEAR_WORD_RE.exec(word.text) ?? withUnit ?? wrappedUnit;
    const year = m?.[1] ? Number(m[1]) : (noisyYear?.(word.text) ?? null);
    if (year === null) continue;
    let left = word.x;
    let right = word.right;
    if (near(before, word) && before) {
      if (COST_OR_NET_WORD_RE.test(before.text)) {
        const unitAfter = near(word, after) && after && UNIT_WORD_RE.test(after.text) ? after : null;
        costOrNet.push({
          year,
          left: before.x,
          right: unitAfter?.right ?? word.right,
          center: (word.x + word.right) / 2,
          net: NET_WORD_RE.test(before.text),
        });
        continue;
      }
      if (EFFECT_WORD_RE.test(before.text)) {
        effectWord = true;
        left = before.x;
      } else if (
        !YEAR_WORD_RE.test(before.text) &&
        !UNIT_WORD_RE.test(before.text) &&
        // A run of years a word space apart ("Område 2026 2027") is a header however close the
        // column before it is set; prose does not string years without a comma or "och".
        !(near(word, after) && after && YEAR_WORD_RE.test(after.text))
      )
        continue;
    }
    if (near(word, after) && after) {
      if (UNIT_WORD_RE.test(after.text)) {
        unit = unit ?? unitFromHeader(after.text);
        right = after.right;
      } else if (
        !YEAR_WORD_RE.test(after.text) &&
        !nextColumnHead(words, i + 1, em) &&
        // The last of a run of years a word space apart ("2027 2028 Helårseffekt"): the run is a
        // header already, and a capitalised word after it heads the next column, set as close.
        !(near(before, word) && before && YEAR_WORD_RE.test(before.text) && /^\p{Lu}/u.test(after.text)) &&
        // The next year of a header whose years stand a column apart ("2027 … 2028 Ansvarig"): the
        // header is one already, and the capitalised word after the year heads the next column, set a
        // word space after it. Prose names a year before a capitalised word only with the years in it.
        !(/^\p{Lu}/u.test(after.text) && followsYearColumn(years, year, word, em))
      )
        continue;
    }
    years.push({ year, left, right, center: (word.x + word.right) / 2 });
  }
  // Saving, cost and net of the same year side by side: the net is the year's effect (what the measure
  // does to the result). A year named again by a cost or gross word, with no net, cannot be told.
  // The gross and cost columns, and a plain year named again by its net ("Besparing 2028" beside
  // "Netto 2028"), are money columns of their own (amounts); so are they when no plain year stands in
  // the row at all ("Brutto 2029 | Kostnader 2029 | Netto 2029"), as in cell tables.
  const nets = costOrNet.filter((c) => c.net);
  const netYears = nets.map((n) => n.year);
  const named = new Set([...years, ...costOrNet.filter((c) => !c.net)].map((c) => c.year));
  const moneyColumns: YearColumn[] = [];
  const issues: string[] = [];
  const textOf = (c: YearColumn): string =>
    normalizeText(
      words
        .filter((w) => w.x >= c.left - 0.5 && w.right <= c.right + 0.5)
        .map((w) => w.text)
        .join(' '),
    );
  if (nets.length > 0 && new Set(netYears).size === netYears.length && netYears.every((y) => named.has(y))) {
    const alone = years.filter((y) => !netYears.includes(y.year)).map((y) => textOf(y));
    if (alone.length > 0)
      issues.push(
        `year columns without a net beside the net columns (${alone.join(', ')}): read as amounts, not as the years' effects`,
      );
    for (const column of [...years, ...costOrNet.filter((c) => !c.net)]) {
      const { net: _, ...plain } = { net: false, ...column };
      moneyColumns.push({ ...plain, header: textOf(column) });
    }
    years.splice(0, years.length, ...nets.map(({ net: _, ...column }) => column));
    effectWord = true;
  } else if (costOrNet.some((c) => years.some((y) => y.year === c.year))) return null;
  for (const full of fullYears) if (!years.some((y) => y.year === full.year)) years.push(full);
  // Parts of a year beside its full-year column are money columns of their own (amounts); a year
  // printed only in parts is the sum of them when they cover it (or may: numbered periods), told,
  // and no year at all when they do not — never one part as the year.
  const summed = new Map<number, string[]>();
  const others: YearColumn[] = [...moneyColumns, ...parts.map((p) => p.column)];
  for (const year of [...new Set(parts.map((p) => p.year))]) {
    if (years.some((y) => y.year === year)) continue;
    const list = parts.filter((p) => p.year === year);
    const verdict = yearFromParts(
      year,
      list.map((p) => p.part),
      list.map((p) => p.column.header).join(', '),
    );
    issues.push(verdict.issue);
    if (verdict.summed)
      summed.set(
        year,
        list.map((p) => p.column.header ?? ''),
      );
  }
  // A sum column right of the years ("2027 2028 2029 Summa", "Totalt (mkr)"): a money column of its
  // own, so that its figures are amounts of the paper and never taken for a year's.
  const lastYearRight = Math.max(...years.map((y) => y.right), ...fullYears.map((y) => y.right));
  let sums = 0;
  for (let k = 1; k < words.length; k++) {
    const word = words[k] as Word;
    if (taken.has(k) || !SUM_HEAD_RE.test(word.text) || word.x <= lastYearRight) continue;
    let to = k;
    while (to + 1 < words.length) {
      const next = words[to + 1] as Word;
      if (next.x - (words[to] as Word).right >= em || !UNIT_WORD_RE.test(next.text)) break;
      to++;
    }
    const right = (words[to] as Word).right;
    const header = normalizeText(
      words
        .slice(k, to + 1)
        .map((w) => w.text)
        .join(' '),
    );
    others.push({ year: 0, left: word.x, right, center: (word.x + right) / 2, header });
    sums++;
    k = to;
  }
  // A column of two or more years together ("2027 | 2028–2029"), beside a year of its own: a money
  // column (its figures are amounts), told — a range may hold each year's figure or their sum.
  if (years.length > 0) {
    for (let k = 0; k < words.length; k++) {
      const word = words[k] as Word;
      const range = YEAR_RANGE_WORD_RE.exec(word.text);
      if (taken.has(k) || !range || word.x < line.pageWidth * 0.3) continue;
      const before = words[k - 1];
      const after = words[k + 1];
      if ((before && word.x - before.right < em) || (after && after.x - word.right < em)) continue;
      others.push({
        year: 0,
        left: word.x,
        right: word.right,
        center: (word.x + word.right) / 2,
        header: word.text,
      });
      issues.push(
        `a column of the years ${word.text} together: its figures are read as amounts, not as any one year's effect`,
      );
    }
  }
  const inOrder = [...years].sort((a, b) => a.left - b.left).map((y) => y.year);
  if (inOrder.length > 0 && !isYearSequence(inOrder)) {
    // The years run twice with words between the runs ("Åtgärd 2026 2027 Åtgärd 2026 2027"): two tables
    // set side by side, whose rows share the page's lines. Not read as one table; told, not dropped.
    const restart = inOrder.findIndex((y, k) => k > 0 && y <= (inOrder[k - 1] ?? 0));
    const sorted = [...years].sort((a, b) => a.left - b.left);
    const gapLeft = sorted[restart - 1]?.right ?? 0;
    const gapRight = sorted[restart]?.left ?? 0;
    const between = words.some(
      (w) => w.x > gapLeft && w.right < gapRight && /[A-Za-zªµºÀ-ÖØ-öø-ɏ]{3}/u.test(w.text),
    );
    // The second table's first column: the first word after the first run of years that heads no column
    // of the first table (its sum or unit column, "Summa", "(mkr)", stands there too).
    const secondHead = words.find(
      (w) => w.x > gapLeft && w.right < gapRight && !SUM_HEAD_RE.test(w.text) && !UNIT_WORD_RE.test(w.text),
    );
    if (
      restart > 0 &&
      isYearSequence(inOrder.slice(0, restart)) &&
      isYearSequence(inOrder.slice(restart)) &&
      between
    )
      return {
        years: sorted.slice(0, restart),
        unit,
        effectWord,
        sideBySide: true,
        // The cut in the gutter: halfway from the first table's last head to the second's first (a
        // caption over the second table may start a little left of its first column).
        ...(secondHead
          ? {
              cut:
                (Math.max(...words.filter((w) => w.right <= secondHead.x).map((w) => w.right), gapLeft) +
                  secondHead.x) /
                2,
            }
          : {}),
      };
    return null;
  }
  const yearList = [...new Set([...inOrder, ...summed.keys()])].sort((a, b) => a - b);
  if (!isYearSequence(yearList)) return null;
  // One year with a row sum beside it ("2028 | Summa"): the last page of a sheet too wide for one page.
  const last = years.length === 1 ? years[0] : undefined;
  const sumBeside =
    last !== undefined &&
    words.filter((w) => /(?:19|20)\d{2}/.test(w.text)).length === 1 &&
    words.some((w) => w.x > last.right && SUM_HEAD_RE.test(w.text) && w.x - last.right < em * 8);
  // A sum column alone beside one year makes no table of years, unless the line holds no other year.
  if (years.length + others.length - sums < 2 && !effectWord && unit === null && !sumBeside) return null;
  const columns = [...years, ...others].sort((a, b) => a.left - b.left);
  // The money columns among the years get keys of their own, by their place in the header.
  columns.forEach((column, k) => {
    if (column.header !== undefined) column.year = -(k + 1);
  });
  // A header's years sit right of a label column: past the first 30 % of the page, or — a narrow label
  // column, as a wide (landscape, A3) page sets one — after a label cell that starts the line and
  // ends a wide column gap before two or more year columns. Prose never leaves such a gap.
  if (
    (columns[0]?.left ?? 0) < line.pageWidth * 0.3 &&
    !afterNarrowLabel(words, columns, years.length, em) &&
    !labelAfterYears(words, columns, em)
  )
    return null;
  if (others.length === 0) return { years: columns, unit, effectWord };
  return { years: columns, unit, effectWord, summed, issues };
}

/**
 * The years set first and the measure column after them ("2026 | 2027 | 2028 | Åtgärd"): two or more
 * year columns from the line's start, each a column gap from the next, and after the last a column gap
 * and a header naming the measure, ending the line. Prose never strings years a column apart.
 */
function labelAfterYears(words: Word[], columns: YearColumn[], em: number): boolean {
  if (columns.length < 2 || words[0] === undefined) return false;
  const first = columns[0] as YearColumn;
  if (Math.abs(words[0].x - first.left) > 0.5) return false;
  for (let k = 1; k < columns.length; k++)
    if ((columns[k] as YearColumn).left - (columns[k - 1] as YearColumn).right < em) return false;
  const lastRight = Math.max(...columns.map((c) => c.right));
  const after = words.filter((w) => w.x > lastRight);
  const head = normalizeText(after.map((w) => w.text).join(' '));
  return (
    after.length > 0 &&
    after.length <= 4 &&
    (after[0] as Word).x - lastRight >= em &&
    LABEL_HEADER_RE.test(head) &&
    !DESCRIPTION_HEADER_RE.test(head)
  );
}

export interface BorderlessColumn {
  kind: 'number' | 'label' | 'extra';
  left: number;
  right: number;
  header: string;
}

export interface BorderlessRow {
  page: number;
  label: string | null;
  /** Label-cell lines, in order. */
  lines: string[];
  /** The row's leading phrase as the layout sets it apart: a bold run, or a first line ended early. */
  titleHint: string | null;
  values: Map<number, string>;
  extras: { column: number; header: string; text: string }[];
  lineIndexes: number[];
}

export interface BorderlessTable {
  years: number[];
  unit: MoneyUnit | null;
  labelHeader: string;
  extraHeaders: string[];
  /** The header words over the year columns themselves ("Ekonomisk effekt", "Kumulativ besparing"). */
  yearHeader: string;
  rows: BorderlessRow[];
  pages: number[];
  firstLine: number;
  lineIndexes: Set<number>;
  /** Why the reading may be incomplete (lines no row took, figures outside any column). */
  issues: string[];
  /** Years printed only in parts: year → the headers of the part columns (extras) summed for it. */
  summed?: Map<number, string[]>;
  alignment: 'top' | 'centre' | 'bottom' | 'blocks';
  /** The table of the page before this one goes on with (its caption repeated over this part). */
  continues?: OpenTable;
}

interface BodyLine {
  /**
   * A line that may name a group of rows ("Primärvård" right under the header or after a subtotal,
   * the group's first row right under it): see `withoutGroupHeadings`.
   */
  heading?: boolean;
  doc: DocLine;
  words: Word[];
  /** Vertical middle on a continuous axis over pages. */
  mid: number;
}

const PAGE_SPAN = 100_000;

function midOf(doc: DocLine): number {
  return doc.page * PAGE_SPAN + doc.line.y + doc.line.height / 2;
}

interface Geometry {
  years: YearColumn[];
  valueLeft: number;
  valueRight: number;
}

function geometryOf(years: YearColumn[], em: number, headerWords: Word[] = []): Geometry {
  const centers = years.map((y) => y.center);
  const pitches = centers.slice(1).map((c, i) => c - (centers[i] ?? c));
  const pitch = pitches.length > 0 ? Math.min(...pitches) : em * 5;
  const first = years[0] as YearColumn;
  const last = years.at(-1) as YearColumn;
  // The zone of figures starts after the header of the column before the years ("Status").
  const before = headerWords.filter((w) => w.right < first.left - em * 0.3 && !YEAR_WORD_RE.test(w.text));
  const fence = Math.max(...before.map((w) => w.right + em * 0.3), Number.NEGATIVE_INFINITY);
  // And it ends before the header of a column after the years ("2028 | Nr", set a word space apart):
  // that column's figures (row numbers) are no year's.
  const after = headerWords.filter(
    (w) =>
      w.x > last.right &&
      !YEAR_WORD_RE.test(w.text) &&
      !UNIT_WORD_RE.test(w.text) &&
      /^[A-Za-zªµºÀ-ÖØ-öø-ɏ]/u.test(w.text),
  );
  const wall = Math.min(...after.map((w) => w.x - em * 0.15), Number.POSITIVE_INFINITY);
  return {
    years,
    valueLeft: Math.max(fence, Math.min(first.left - em * 0.5, first.center - Math.max(pitch / 2, em * 2.2))),
    valueRight: Math.min(wall, Math.max(last.right + em * 0.5, last.center + Math.max(pitch / 2, em * 2.2))),
  };
}

/** Lines of the header above the years: tight, not prose, on the same page. */
function headerAbove(lines: DocLine[], index: number, geometry: Geometry): DocLine[] {
  const out: DocLine[] = [];
  let below = lines[index] as DocLine;
  for (let i = index - 1; i >= 0 && out.length < 6; i--) {
    const line = lines[i] as DocLine;
    if (line.page !== below.page) break;
    // The first line of a page in its top band is a running header, not the table's.
    if (line.gapBefore === Number.POSITIVE_INFINITY && line.line.y < line.pageWidth * 0.12) break;
    const size = Math.max(line.line.fontSize, below.line.fontSize);
    if (below.gapBefore > size * 1.25) break;
    if (line.line.fontSize > below.line.fontSize * 1.15) break;
    const words = lineWords(line.line);
    // Figures end the header, but not the first digits of years wrapped in their cells ("202").
    if (
      words.some(
        (w) => NUMERIC_WORD_RE.test(w.text) && !YEAR_WORD_RE.test(w.text) && !YEAR_HEAD_RE.test(w.text),
      )
    )
      break;
    if (crossesIntoValues(words, geometry, line.line.fontSize)) break;
    // The end of a paragraph above the table is prose, not a header cell.
    if (/[.!?]$/.test(line.text) && !/\b(?:mkr|mnkr|tkr|kkr|msek|kronor)\.$/i.test(line.text)) break;
    out.unshift(line);
    below = line;
  }
  return out;
}

/** Prose: words run from the label side into the year columns with ordinary word spaces. */
function crossesIntoValues(words: Word[], geometry: Geometry, em: number): boolean {
  for (let i = 1; i < words.length; i++) {
    const a = words[i - 1] as Word;
    const b = words[i] as Word;
    if (a.x < geometry.valueLeft && b.right > geometry.valueLeft + em && b.x - a.right < em * 0.7) {
      // A figure just right of a long label ("… mellan 1 200") is a value, not prose.
      const figure = withoutFootnoteMark(b.text);
      if (NUMERIC_WORD_RE.test(figure) || DASH_WORD_RE.test(figure) || MARK_WORD_RE.test(b.text)) continue;
      return true;
    }
  }
  return false;
}

/** A word stands in the year columns when its middle does (a long Status word may reach into them). */
function inValueZone(word: { x: number; right: number }, geometry: Geometry): boolean {
  const middle = (word.x + word.right) / 2;
  return middle > geometry.valueLeft && middle < geometry.valueRight;
}

/** A money figure as a word of its own: "2,6", "−1,2", "(0,4)", "1 200" in groups, "14,5". */
const FIGURE_WORD_RE = /^[-−–]?\(?\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d+)?\)?$/u;

/** A thousands group after the first ("231", "202,5", "413)"): continues the figure before it. */
const GROUP_WORD_RE = /^\d{3}(?:[,.]\d+)?\)?$/;
/** A footnote mark standing as a word of its own after a figure ("³)", "¹", "*", "†"). */
const MARK_WORD_RE = /^(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}\)?|\*{1,3}|[†‡])$/u;

function isValueWord(text: string): boolean {
  return NUMERIC_WORD_RE.test(text) || DASH_WORD_RE.test(text) || /^[-−–]?\(?\d/.test(text);
}

interface ValueCell {
  text: string;
  x: number;
  right: number;
}

/** Words that qualify the figure after them ("ca 3,0", "minst 2", "upp till 4"). */
const QUALIFIER_WORD_RE =
  /^(?:ca|cirka|c:a|drygt|knappt|minst|högst|omkring|ungefär|runt|över|under|till|upp|uppemot|max|mer|mindre|än|från|mellan|och|plus|minus|mkr|mnkr|tkr|kr)\.?$/iu;

/**
 * A line whose words in the year columns are short phrases set one to a column ("ej kvantifierad |
 * tas fram", "Ingår i åtgärd 3" in each year), after a label: a row whose year cells hold text, not
 * prose running into the figures.
 */
function textCellsRow(words: Word[], geometry: Geometry, em: number): boolean {
  const inZone = words.filter((w) => inValueZone(w, geometry));
  const before = words.filter((w) => !inValueZone(w, geometry) && w.right < (inZone[0]?.x ?? 0));
  const lastBefore = before.at(-1);
  // A column gap between the label and the phrases, and no sentence ending: prose runs on.
  if (!lastBefore || inZone.length === 0 || (inZone[0] as Word).x - lastBefore.right < em * 1.5) return false;
  if (/[.!?]$/.test((inZone.at(-1) as Word).text)) return false;
  const groups: Word[][] = [];
  for (const word of inZone) {
    const group = groups.at(-1);
    const prev = group?.at(-1);
    if (group && prev && word.x - prev.right < em * 0.8) group.push(word);
    else groups.push([word]);
  }
  const years = geometry.years;
  const pitch =
    years.length > 1 ? ((years.at(-1)?.center ?? 0) - (years[0]?.center ?? 0)) / (years.length - 1) : em * 6;
  const used = new Set<number>();
  for (const group of groups) {
    if (group.length > 4) return false;
    const left = (group[0] as Word).x;
    const right = (group.at(-1) as Word).right;
    // The year column whose band holds the whole group.
    const k = years.findIndex((y) => left >= y.center - pitch * 0.62 && right <= y.center + pitch * 0.62);
    if (k < 0 || used.has(k)) return false;
    used.add(k);
  }
  return true;
}

/** Figures of a line in the year columns, grouped into cells and split into numbers. */
function valueCells(words: Word[], geometry: Geometry, em: number): { cells: ValueCell[]; text: string[] } {
  // A figure's first group may stand left of the zone when its column's figures are wider than its
  // head ("1 200" right-aligned under a narrow, centred "Effekt 2027"): a word of one to three digits
  // a word space before a thousands group in the zone is part of that figure.
  const inZone = words.filter((w, k) => {
    if (inValueZone(w, geometry)) return true;
    const next = words[k + 1];
    return (
      next !== undefined &&
      /^[-−–(]?\d{1,3}$/u.test(w.text) &&
      inValueZone(next, geometry) &&
      GROUP_WORD_RE.test(withoutFootnoteMark(next.text)) &&
      next.x - w.right < em * (next.afterSpace ? 0.7 : 0.45)
    );
  });
  const cells: ValueCell[] = [];
  const text: string[] = [];
  let current: ValueCell | null = null;
  let last: Word | null = null;
  /** "minus 6 mkr": the word minus set a word space before a figure is that figure's sign. */
  let minus: Word | null = null;
  for (const [k, word] of inZone.entries()) {
    const next = inZone[k + 1];
    if (
      /^minus$/i.test(word.text) &&
      next !== undefined &&
      /^\d/.test(next.text) &&
      isValueWord(next.text) &&
      next.x - word.right < em * 0.8
    ) {
      minus = word;
      current = null;
      continue;
    }
    // A footnote mark set a space after its figure ("9 639 ³)"): part of that figure's cell.
    if (
      current &&
      MARK_WORD_RE.test(word.text) &&
      /[\d)]$/.test(current.text) &&
      word.x - current.right < em * 0.6
    ) {
      current.text = `${current.text} ${word.text}`;
      current.right = word.right;
      continue;
    }
    // A unit set after its figure in the cell ("2,5 mkr"): part of the figure's cell, read with it.
    if (
      current &&
      UNIT_WORD_RE.test(word.text) &&
      /\d\)?$/u.test(current.text) &&
      word.x - current.right < em * 0.8
    ) {
      current.text = `${current.text} ${word.text}`;
      current.right = word.right;
      continue;
    }
    if (!isValueWord(word.text)) {
      text.push(word.text);
      current = null;
      last = word;
      continue;
    }
    // A number that goes on a phrase in the cell ("Ingår i åtgärd 3", "se punkt 2"): part of the text,
    // no figure — unless the word before it qualifies a figure ("ca 3", "minst 2").
    if (
      last !== null &&
      current === null &&
      word.x - last.right < em * 0.6 &&
      /[A-Za-zªµºÀ-ÖØ-öø-ɏ]{3,}[.:]?$/u.test(last.text) &&
      !QUALIFIER_WORD_RE.test(last.text)
    ) {
      text.push(word.text);
      last = word;
      continue;
    }
    last = word;
    const joins =
      current !== null &&
      ((word.x - current.right < em * (word.afterSpace ? 0.7 : 0.45) &&
        GROUP_WORD_RE.test(withoutFootnoteMark(word.text)) &&
        /\d$/.test(current.text)) ||
        // A minus set apart from its figure ("– 250"): a dash cell of the next column stands a
        // column gap away, not a word space.
        (DASH_WORD_RE.test(current.text) && /^\(?\d/.test(word.text) && word.x - current.right < em * 0.6));
    if (joins && current) {
      current.text = `${current.text} ${word.text}`;
      current.right = word.right;
    } else {
      current = minus
        ? { text: `-${word.text}`, x: minus.x, right: word.right }
        : { text: word.text, x: word.x, right: word.right };
      cells.push(current);
    }
    minus = null;
  }
  return { cells, text };
}

/**
 * Year columns from the figures themselves: figures of one column share an edge (right-aligned
 * mostly). When the cells' right (or left, or centre) edges fall into exactly as many clusters as
 * there are years, the clusters are the columns, in order — whatever the header's own alignment.
 */
function edgeColumns(
  cells: ValueCell[],
  header: YearColumn[],
  em: number,
): ((cell: ValueCell) => number) | null {
  const years = header.map((h) => h.year);
  const pitch =
    header.length > 1
      ? ((header.at(-1)?.center ?? 0) - (header[0]?.center ?? 0)) / (header.length - 1)
      : em * 6;
  const figures = cells.filter((c) => /\d/.test(c.text));
  if (figures.length < years.length * 2) return null;
  const edges: ((c: ValueCell) => number)[] = [(c) => c.right, (c) => c.x, (c) => (c.x + c.right) / 2];
  for (const edge of edges) {
    const sorted = figures.map(edge).sort((a, b) => a - b);
    const clusters: { sum: number; count: number; last: number }[] = [];
    for (const value of sorted) {
      const last = clusters.at(-1);
      if (last && value - last.last <= em * 0.35) {
        last.sum += value;
        last.count++;
        last.last = value;
      } else clusters.push({ sum: value, count: 1, last: value });
    }
    if (clusters.length !== years.length) continue;
    const centers = clusters.map((c) => c.sum / c.count);
    // Each cluster must stand under its own year, not a column away.
    const fits = centers.every((c, i) => {
      const h = header[i];
      return (
        h !== undefined &&
        Math.min(Math.abs(h.center - c), Math.abs(h.right - c), Math.abs(h.left - c)) < pitch * 0.6
      );
    });
    if (!fits) continue;
    return (cell) => {
      const value = /\d/.test(cell.text) ? edge(cell) : (cell.x + cell.right) / 2;
      let best = 0;
      centers.forEach((c, i) => {
        if (Math.abs(c - value) < Math.abs((centers[best] ?? 0) - value)) best = i;
      });
      return years[best] ?? 0;
    };
  }
  return null;
}

/**
 * The year column a figure stands under, by the nearest of its edges (figures are right-aligned,
 * centred or left-aligned under their year). `undecided` says why the choice is not safe: the figure
 * stands about as near to a second column, or far from every column.
 */
function nearestYear(
  geometry: Geometry,
  cell: ValueCell,
): { column: YearColumn; undecided: string | null } | null {
  const center = (cell.x + cell.right) / 2;
  const ranked = geometry.years
    .map((column) => ({
      column,
      distance: Math.min(
        Math.abs(column.center - center),
        Math.abs(column.right - cell.right),
        Math.abs(column.left - cell.x),
      ),
    }))
    .sort((a, b) => a.distance - b.distance);
  const best = ranked[0];
  if (!best) return null;
  const second = ranked[1];
  const centers = geometry.years.map((y) => y.center);
  const pitch =
    centers.length > 1
      ? ((centers.at(-1) ?? 0) - (centers[0] ?? 0)) / (centers.length - 1)
      : cell.right - cell.x + 20;
  let undecided: string | null = null;
  if (second && best.distance > pitch * 0.2 && second.distance - best.distance < pitch * 0.15) {
    const [a, b] = [best.column, second.column].sort((x, y) => x.left - y.left);
    undecided = `between ${columnName(a as YearColumn)} and ${columnName(b as YearColumn)}`;
  } else if (best.distance > pitch * 0.6) undecided = `far from ${columnName(best.column)}`;
  return { column: best.column, undecided };
}

/**
 * The year header at line `i`, also when a header cell set on two lines ("2026" over "(mkr)",
 * vertically centred beside one-line cells) leaves its year on the line just above: a line of
 * nothing but years and units, right above, is read together with this one. OCR and producers that
 * break lines by baseline give such headers.
 */
export function yearHeaderAt(
  lines: readonly DocLine[],
  i: number,
  noisyYear?: (text: string) => number | null,
): HeaderLine | null {
  const line = lines[i] as DocLine | undefined;
  if (!line) return null;
  const own = yearHeaderOf(line, noisyYear);
  // A fragment of a header whose cells wrapped unevenly ("Effekt 2027" over "Id | Åtgärd | Effekt 2028
  // (tkr)" over "(tkr)"): the header is read on the line below, with this one's years.
  const below = lines[i + 1];
  if (
    own &&
    below &&
    below.page === line.page &&
    headerFragment(line) &&
    joinsBelow(line, below) &&
    yearHeaderOf(below, noisyYear)
  )
    return null;
  if (own) {
    const above = lines[i - 1];
    if (!above || above.page !== line.page) return own;
    if (headerFragment(above) && joinsBelow(above, line))
      return yearHeaderOf(withItemsOf(above, line), noisyYear) ?? own;
    return withYearsAbove(above, line, own, noisyYear) ?? own;
  }
  const grouped = moneyRunHeader(lines, i, noisyYear);
  if (grouped) return grouped;
  const wrapped = wrappedYearHeader(lines, i);
  if (wrapped) return wrapped;
  const lone = loneYearUnderGroupHead(lines, i);
  if (lone) return lone;
  const above = lines[i - 1];
  if (!above || above.page !== line.page) return null;
  const size = Math.max(line.line.fontSize, above.line.fontSize) || 10;
  if (line.gapBefore > size * 1.5) return null;
  const aboveWords = lineWords(above.line);
  const yearsOnly =
    aboveWords.length > 0 &&
    aboveWords.some((w) => YEAR_WORD_RE.test(w.text)) &&
    aboveWords.every((w) => YEAR_WORD_RE.test(w.text) || UNIT_WORD_RE.test(w.text));
  if (!yearsOnly || !lineWords(line.line).some((w) => YEAR_WORD_RE.test(w.text))) return null;
  // The two lines' words must not stand over each other (then they would be two rows, not one).
  const mine = lineWords(line.line);
  if (aboveWords.some((a) => mine.some((b) => a.x < b.right && b.x < a.right))) return null;
  return yearHeaderOf(withItemsOf(above, line), noisyYear);
}

/**
 * One year alone on its line, right of the label column, under a group head set on the one or two header
 * lines right above it whose words right of the label column name a money unit ("Förväntad effekt," /
 * "Mkr" over "2027"): a table of one year column, whatever words name its effect. The group head's words
 * need not stand over the year (a head set from the left of its cell, the year to the right).
 */
function loneYearUnderGroupHead(lines: readonly DocLine[], i: number): HeaderLine | null {
  const line = lines[i] as DocLine;
  const words = lineWords(line.line);
  const year = words.find((w) => YEAR_WORD_RE.test(w.text));
  if (!year || year.x < line.pageWidth * 0.3) return null;
  if (!words.every((w) => w === year || UNIT_WORD_RE.test(w.text))) return null;
  const size = line.line.fontSize || 10;
  // It heads the figures right under it: the next line is a body row with a figure below the year (a
  // year over a header row of parts and later years is a group head of that row, which reads it).
  const next = lines[i + 1];
  if (
    !next ||
    next.page !== line.page ||
    !lineWords(next.line).some(
      (w) => NUMERIC_WORD_RE.test(w.text) && w.x < year.right + size && w.right > year.x - size,
    )
  )
    return null;
  let unit: MoneyUnit | null = null;
  let below = line;
  for (let k = i - 1; k >= i - 2 && k >= 0; k--) {
    const above = lines[k] as DocLine;
    if (above.page !== line.page || below.line.y - above.line.y > size * 2) break;
    const right = lineWords(above.line).filter((w) => w.x >= line.pageWidth * 0.3);
    // A body row (a figure other than a year) ends the header block.
    if (right.some((w) => /\d/.test(w.text) && !YEAR_WORD_RE.test(w.text))) break;
    for (const w of right) if (UNIT_WORD_RE.test(w.text)) unit = unit ?? unitFromHeader(w.text);
    below = above;
  }
  if (unit === null) return null;
  // A head naming a level of the accounts ("Budget, mkr", "Kostnad") heads no effect.
  const head = lines
    .slice(lines.indexOf(below), i)
    .flatMap((l) => lineWords(l.line).filter((w) => w.x >= line.pageWidth * 0.3))
    .map((w) => w.text)
    .join(' ');
  if (ACCOUNT_LEVEL_RE.test(head)) return null;
  return {
    years: [
      {
        year: Number(YEAR_WORD_RE.exec(year.text)?.[1]),
        left: year.x,
        right: year.right,
        center: (year.x + year.right) / 2,
      },
    ],
    unit,
    effectWord: true,
  };
}

/** A line of nothing but a header's year cells: years, units and effect words ("Effekt 2027", "2026 (mkr)"). */
function headerFragment(line: DocLine): boolean {
  const words = lineWords(line.line);
  return (
    words.length > 0 &&
    words.some((w) => YEAR_WORD_RE.test(w.text)) &&
    words.every((w) => YEAR_WORD_RE.test(w.text) || UNIT_WORD_RE.test(w.text) || EFFECT_WORD_RE.test(w.text))
  );
}

/**
 * A header whose cells are set from the top and wrapped unevenly: "Effekt" over "2027" in narrow cells,
 * "2029" on one line in a cell beside them ("Åtgärd | Effekt | Effekt | 2029" over "2027 | 2028"). The
 * years of this line each stand under a word of the line right above (the first lines of their cells);
 * the years of that line that stand over no word of this one are cells of one line, and belong to the
 * header too. Null unless both lines, read together, make a header of more years than this line's.
 */
function withYearsAbove(
  above: DocLine,
  line: DocLine,
  own: HeaderLine,
  noisyYear?: (text: string) => number | null,
): HeaderLine | null {
  const size = Math.max(above.line.fontSize, line.line.fontSize) || 10;
  if (line.line.y - above.line.y > size * 1.6) return null;
  const upper = lineWords(above.line);
  const lower = lineWords(line.line);
  const overlaps = (a: Word, b: Word) => a.x < b.right && b.x < a.right;
  // Every year of this line is the second line of a cell: under a word of the line above.
  const lowerYears = lower.filter((w) => YEAR_WORD_RE.test(w.text));
  if (lowerYears.length === 0 || !lowerYears.every((w) => upper.some((u) => overlaps(u, w)))) return null;
  // The line above is header text: words and years, no figure of a body row.
  if (upper.some((w) => /\d/.test(w.text) && !YEAR_WORD_RE.test(w.text))) return null;
  const alone = upper.filter(
    (w) => YEAR_WORD_RE.test(w.text) && w.x >= line.pageWidth * 0.3 && !lower.some((l) => overlaps(l, w)),
  );
  if (alone.length === 0) return null;
  const items = above.line.items.filter((item) =>
    alone.some((w) => item.x >= w.x - 0.5 && item.x + item.width <= w.right + 0.5),
  );
  if (items.length === 0) return null;
  const merged: DocLine = {
    ...line,
    line: {
      ...line.line,
      items: [...line.line.items, ...items.map((item) => ({ ...item, y: line.line.y }))].sort(
        (a, b) => a.x - b.x,
      ),
    },
  };
  const header = yearHeaderOf(merged, noisyYear);
  return header && header.years.length > own.years.length ? header : null;
}

/** Two lines of one header: close below each other, no word of one over a word of the other. */
function joinsBelow(upper: DocLine, lower: DocLine): boolean {
  const size = Math.max(upper.line.fontSize, lower.line.fontSize) || 10;
  if (lower.line.y - upper.line.y > size * 1.5) return false;
  const a = lineWords(upper.line);
  const b = lineWords(lower.line);
  return !a.some((x) => b.some((y) => x.x < y.right && y.x < x.right));
}

/** The lower line with the upper line's items set on it, as one header line. */
function withItemsOf(upper: DocLine, lower: DocLine): DocLine {
  const items = [...upper.line.items.map((item) => ({ ...item, y: lower.line.y })), ...lower.line.items];
  return { ...lower, line: { ...lower.line, items } };
}

/** Words of a group header that name figures other than money: staff, counts, shares. */
const NOT_MONEY_GROUP_RE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:årsarbet[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|åa|fte|heltid[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|tjänst[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|personell[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|antal|andel|procent|st)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])|%/iu;

/**
 * The same years printed twice or more in one header line, each run under a group header of its own
 * ("Ekonomisk effekt, mkr" over 2026 | 2027, "Personell effekt, årsarbetare" over 2026 | 2027): the run
 * whose group names a money unit is the years; the others, whose groups name staff, counts or shares,
 * are columns beside them (their figures are never money). Null unless exactly one run is money and
 * every other run is named as not money.
 */
function moneyRunHeader(
  lines: readonly DocLine[],
  i: number,
  noisyYear?: (text: string) => number | null,
): HeaderLine | null {
  const line = lines[i] as DocLine;
  const words = lineWords(line.line);
  const yearWords = words.filter((w) => YEAR_WORD_RE.test(w.text));
  if (yearWords.length < 4) return null;
  const yearOf = (w: Word): number => Number(YEAR_WORD_RE.exec(w.text)?.[1]);
  const runs: Word[][] = [];
  for (const word of yearWords) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (run && last && yearOf(word) > yearOf(last)) run.push(word);
    else runs.push([word]);
  }
  const sequence = (run: Word[]): string => run.map(yearOf).join();
  if (runs.length < 2 || runs.some((run) => sequence(run) !== sequence(runs[0] as Word[]))) return null;
  // The group header lines right above, on the same page.
  const em = line.line.fontSize || 10;
  const above: Word[] = [];
  let below = line;
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const prev = lines[k] as DocLine;
    if (prev.page !== line.page || below.gapBefore > em * 1.6) break;
    above.push(...lineWords(prev.line));
    below = prev;
  }
  const groupOf = (run: Word[]): string => {
    const left = (run[0] as Word).x - em;
    const right = (run.at(-1) as Word).right + em;
    return above
      .filter((w) => w.x < right && w.right > left)
      .map((w) => w.text)
      .join(' ');
  };
  const groups = runs.map(groupOf);
  const money = groups.flatMap((g, k) =>
    unitFromHeader(g) !== null && !NOT_MONEY_GROUP_RE.test(g) ? [k] : [],
  );
  const others = groups.filter((_, k) => !money.includes(k));
  if (money.length !== 1 || !others.every((g) => NOT_MONEY_GROUP_RE.test(g))) return null;
  const dropped = new Set(runs.filter((_, k) => k !== money[0]).flat());
  const items = words
    .filter((w) => !dropped.has(w))
    .map((w) => ({
      text: w.text,
      x: w.x,
      y: line.line.y,
      width: w.right - w.x,
      height: line.line.height,
      bold: w.bold,
    }));
  return yearHeaderOf({ ...line, line: { ...line.line, items } }, noisyYear);
}

/**
 * A header of one year's gross, cost and net figures without the year ("Bruttoeffekt |
 * Engångskostnad | Nettoeffekt" under "Åtgärdernas effekt 2027"), as cell tables read it: the net
 * column is the caption's year (`yearOfCaption`: one year, of the nearest line above naming any), the
 * gross and cost columns are money columns. Null unless every cell right of the label is such a word
 * (a unit beside it), one of them a net and one a gross or cost, and the caption gives one year.
 */
function captionYearHeader(layout: Layout, i: number): HeaderLine | null {
  const line = layout.lines[i];
  if (!line || /(?<!\d)(?:19|20)\d{2}(?!\d)/.test(line.text)) return null;
  const words = lineWords(line.line);
  const em = line.line.fontSize || 10;
  const cells = headerCells(words, em).filter((c) => c.left >= line.pageWidth * 0.3);
  if (cells.length === 1) {
    const one = oneColumnCaptionHeader(layout, i, cells[0] as HeaderCell, words, em);
    if (one) return one;
  }
  return (
    captionYearColumns(layout, i, cells) ??
    captionYearColumns(layout, i, stackedHeaderCells(layout.lines, i, em) ?? [])
  );
}

/**
 * A header line whose figure columns name their years without four digits, as cell tables read them
 * (`namedYearsOf`): "År 1   År 2   År 3" with the first year stated above the table ("(år 1 = 2027)"), or
 * two-digit years in a rising run ("år 27   år 28"). Every cell right of the label must be such a head,
 * and the next line must end in a figure under the last (a table's first row, not prose).
 */
function namedYearHeader(layout: Layout, i: number): HeaderLine | null {
  const line = layout.lines[i];
  if (!line || /(?<!\d)(?:19|20)\d{2}(?!\d)/.test(line.text)) return null;
  const words = lineWords(line.line);
  const em = line.line.fontSize || 10;
  const cells = headerCells(words, em).filter((c) => c.left >= line.pageWidth * 0.3);
  if (cells.length < 2) return null;
  const named = namedYearsOf(
    cells.map((c) => c.text),
    () => contextBefore(layout, i),
    [],
  );
  if (!named || named === 'unstated' || named.years.size !== cells.length) return null;
  const next = layout.lines[i + 1];
  if (!next || next.page !== line.page) return null;
  const figure = lineWords(next.line).at(-1);
  const last = cells.at(-1);
  if (!figure || !last || !NUMERIC_WORD_RE.test(figure.text) || figure.right < last.left - em * 2)
    return null;
  return {
    years: cells.map((c, k) => ({
      year: named.years.get(k) ?? 0,
      left: c.left,
      right: c.right,
      center: (c.left + c.right) / 2,
    })),
    unit: null,
    effectWord: false,
    summed: new Map(),
    issues: named.doubt ? [named.doubt] : [],
  };
}

/**
 * The cells of a header row taller than one line whose last line is `i` (a tall row: one head on one
 * line, centred, another wrapped over two or three — "Intäkts-" over "förändring" beside "Resultateffekt"),
 * by column: the words of the lines set close above it and of `i`, right of the label column, grouped
 * where they overlap across the lines, each column's words read top to bottom. A word a narrow cell
 * broke without a hyphen ("Intäktsförändrin" / "g") is joined again (joinBrokenHeaderWord). Null unless
 * the row is two lines at least, no line of it holds a figure, and the line under it does (the first
 * row: so the header found is anchored on its own last line, and the rows start under it).
 */
function stackedHeaderCells(lines: DocLine[], i: number, em: number): HeaderCell[] | null {
  const last = lines[i] as DocLine;
  const next = lines[i + 1];
  if (!next || next.page !== last.page || !/\d/.test(next.text)) return null;
  const block: DocLine[] = [last];
  for (let j = i - 1; j >= 0 && block.length < 4; j--) {
    const line = lines[j] as DocLine;
    const below = block[0] as DocLine;
    if (line.page !== last.page || below.gapBefore > below.line.fontSize * 1.25) break;
    if (/\d/.test(line.text) || /[.!?:]$/.test(line.text)) break;
    block.unshift(line);
  }
  if (block.length < 2 || /\d/.test(last.text)) return null;
  const words = block
    .flatMap((line) => lineWords(line.line).map((word) => ({ ...word, y: line.line.y })))
    .filter((word) => word.x >= last.pageWidth * 0.3);
  // Columns: the words' spans merged where they overlap (across lines) or stand closer than an em.
  const columns: { left: number; right: number; words: typeof words }[] = [];
  for (const word of [...words].sort((a, b) => a.x - b.x)) {
    const open = columns.at(-1);
    if (open && word.x < open.right + em * 0.3) {
      open.right = Math.max(open.right, word.right);
      open.words.push(word);
    } else columns.push({ left: word.x, right: word.right, words: [word] });
  }
  if (columns.length < 2) return null;
  return columns.map((column, k) => ({
    text: joinBrokenHeaderWord(
      column.words
        .sort((a, b) => a.y - b.y || a.x - b.x)
        .map((w) => w.text)
        .join(' ')
        // A head hyphenated where its cell wrapped ("Intäkts-" / "förändring"), not a shortened
        // compound before a conjunction ("Hälso- och sjukvård").
        .replace(
          /([A-Za-zªµºÀ-ÖØ-öø-ɏ])- (?!(?:och|eller|samt|resp)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ]))(\p{Ll})/gu,
          '$1$2',
        ),
    ),
    left: column.left,
    right: column.right,
    from: k,
    to: k,
  }));
}

/** A sub-head of a year's gross, cost or net figures: one word ("Brutto", "Kostnad", "Netto", "Resultateffekt"). */
const SUBHEAD_WORD_RE = /^[A-Za-zªµºÀ-ÖØ-öø-ɏ]+$/u;

/**
 * A header of years each spanning sub-columns of its gross, cost and net figures, read on the row of
 * sub-heads (`i`): "2026 | 2027" over "Brutto | Netto | Brutto | Netto", maybe with the label column's
 * head on a line between them ("Åtgärd", centred in the two rows). The sub-heads are cut into one run per
 * year, in order, as many under each; a run must stand under its year (the year set over its first or
 * last sub-column, or centred over them) and hold one net head: that column is the year's effect, the
 * others are money columns of their own (gross, cost), as the caption-year header has them. Null unless
 * every word right of the label column on the sub-head row is such a head or a unit, and the line or
 * the line but one above holds only years (and units) there.
 */
function subheadYearHeader(lines: readonly DocLine[], i: number): (HeaderLine & { yearLine: number }) | null {
  const line = lines[i] as DocLine | undefined;
  if (!line || /\d/.test(line.text)) return null;
  const em = line.line.fontSize || 10;
  const edge = line.pageWidth * 0.3;
  const words = lineWords(line.line);
  let unit: MoneyUnit | null = null;
  const heads: Word[] = [];
  for (const word of words) {
    if (word.x < edge) continue;
    if (UNIT_WORD_RE.test(word.text)) unit = unit ?? unitFromHeader(word.text);
    else if (SUBHEAD_WORD_RE.test(word.text) && (NET_RE.test(word.text) || GROSS_OR_COST_RE.test(word.text)))
      heads.push(word);
    else return null;
  }
  if (heads.length < 2 || !heads.some((w) => NET_RE.test(w.text))) return null;
  for (let j = i - 1, below = line; j >= i - 2 && j >= 0; j--) {
    const upper = lines[j] as DocLine;
    if (upper.page !== line.page || below.gapBefore > below.line.fontSize * 1.6) return null;
    const upperWords = lineWords(upper.line).filter((w) => w.x >= edge);
    below = upper;
    if (upperWords.length === 0) {
      // The label column's head between the two rows: a few words at the left, no figure.
      if (/\d/.test(upper.text)) return null;
      continue;
    }
    const years = upperWords.filter((w) => YEAR_WORD_RE.test(w.text));
    if (years.length === 0 || years.length !== upperWords.filter((w) => !UNIT_WORD_RE.test(w.text)).length)
      return null;
    for (const w of upperWords) if (UNIT_WORD_RE.test(w.text)) unit = unit ?? unitFromHeader(w.text);
    if (heads.length % years.length !== 0) return null;
    const per = heads.length / years.length;
    const columns: YearColumn[] = [];
    for (const [g, yearWord] of years.entries()) {
      const run = heads.slice(g * per, (g + 1) * per);
      const left = (run[0] as Word).x;
      const right = (run.at(-1) as Word).right;
      if (yearWord.right < left - em || yearWord.x > right + em) return null;
      const nets = run.filter((w) => NET_RE.test(w.text));
      if (nets.length !== 1) return null;
      const year = Number(/(?:19|20)\d{2}/.exec(yearWord.text)?.[0]);
      for (const head of run) {
        const column = { left: head.x, right: head.right, center: (head.x + head.right) / 2 };
        if (head === nets[0]) columns.push({ year, ...column });
        else columns.push({ year: -(columns.length + 1), header: `${head.text} ${year}`, ...column });
      }
    }
    const yearsRead = columns.filter((c) => c.year > 0).map((c) => c.year);
    if (!isYearSequence(yearsRead)) return null;
    return { years: columns, unit, effectWord: true, summed: new Map(), issues: [], yearLine: j };
  }
  return null;
}

/** Whether line `i` is the year row over a row of sub-heads that subheadYearHeader reads. */
function yearsOverSubheads(lines: readonly DocLine[], i: number): boolean {
  const line = lines[i] as DocLine | undefined;
  if (!line || !/(?:19|20)\d{2}/.test(line.text)) return false;
  for (const j of [i + 1, i + 2]) {
    const next = lines[j];
    if (!next || next.page !== line.page) return false;
    if (/\d/.test(next.text)) return false;
    if (subheadYearHeader(lines, j)?.yearLine === i) return true;
  }
  return false;
}

/** captionYearHeader's reading of header cells: gross, cost and net heads under a caption's one year. */
function captionYearColumns(layout: Layout, i: number, cells: HeaderCell[]): HeaderLine | null {
  if (cells.length < 2 || cells.length > 6) return null;
  let unit: MoneyUnit | null = null;
  const columns: YearColumn[] = [];
  let net: YearColumn | null = null;
  for (const cell of cells) {
    const [head, ...rest] = cell.text.split(' ');
    if (!head || rest.some((w) => !UNIT_WORD_RE.test(w))) return null;
    const column = { year: 0, left: cell.left, right: cell.right, center: (cell.left + cell.right) / 2 };
    for (const w of rest) unit = unit ?? unitFromHeader(w);
    if (NET_RE.test(head) && /^[A-Za-zªµºÀ-ÖØ-öø-ɏ]+$/u.test(head)) {
      if (net) return null;
      net = column;
      columns.push(column);
    } else if (GROSS_OR_COST_RE.test(head) && /^[A-Za-zªµºÀ-ÖØ-öø-ɏ]+$/u.test(head))
      columns.push({ ...column, header: normalizeText(cell.text) });
    else return null;
  }
  if (!net || columns.length < 2) return null;
  const caption = yearOfCaption(layout, i);
  if (caption.year === null) return null;
  net.year = caption.year;
  columns.forEach((column, k) => {
    if (column.header !== undefined) column.year = -(k + 1);
  });
  return {
    years: columns,
    unit,
    effectWord: true,
    summed: new Map(),
    issues: caption.doubt ? [caption.doubt] : [],
  };
}

type HeaderCell = ReturnType<typeof headerCells>[number];
/** The word of a lone figure column of one year's effects ("Belopp", "Effekt", "Besparing"). */
const ONE_COLUMN_WORD_RE =
  /^(?:(?:netto|resultat)?effekt(?:er)?|belopp|(?:netto)?besparing(?:ar)?|kostnadsminskning)$/iu;

/**
 * A header of a label and one figure column named by an effect or amount word without a year
 * ("Åtgärd … Belopp", "Insats … Effekt (tkr)") under a caption naming one year: the column is that
 * year's. The label's header must start the line left of the column, and the next line must have a
 * figure under the column (a table's first row, not prose).
 */
function oneColumnCaptionHeader(
  layout: Layout,
  i: number,
  cell: HeaderCell,
  words: Word[],
  em: number,
): HeaderLine | null {
  const [head, ...rest] = cell.text.split(' ');
  // The column may be headed by its unit alone ("Mkr", "(tkr)"): a money column, and the only one.
  const unitOnly = head !== undefined && rest.length === 0 && UNIT_WORD_RE.test(head);
  if (!head || (!ONE_COLUMN_WORD_RE.test(head) && !unitOnly) || rest.some((w) => !UNIT_WORD_RE.test(w)))
    return null;
  if (unitOnly) rest.push(head);
  const label = words.filter((w) => w.right < cell.left - em);
  if (label.length === 0 || label.length > 3 || label.some((w) => !/^[A-Za-zªµºÀ-ÖØ-öø-ɏ]/u.test(w.text)))
    return null;
  const next = layout.lines[i + 1];
  if (!next || next.page !== layout.lines[i]?.page) return null;
  const figure = lineWords(next.line).at(-1);
  if (!figure || !NUMERIC_WORD_RE.test(figure.text) || figure.right < cell.left - em * 2) return null;
  const caption = yearOfCaption(layout, i);
  if (caption.year === null) return null;
  let unit: MoneyUnit | null = null;
  for (const w of rest) unit = unit ?? unitFromHeader(w);
  return {
    years: [{ year: caption.year, left: cell.left, right: cell.right, center: (cell.left + cell.right) / 2 }],
    unit,
    effectWord: true,
    summed: new Map(),
    issues: caption.doubt ? [caption.doubt] : [],
  };
}

/** The first three digits of a year, a header cell too narrow for the year left on its first line. */
const YEAR_HEAD_RE = /^(?:19|20)\d$/;

/**
 * Years wrapped inside header cells too narrow for them: "202" over "6", "202" over "7" — the line at
 * `i` holds the last digits, a line one or two above (another header line may stand between, the
 * cells' other text centred in the row) the first three, each last digit under its own first three.
 * The years must follow each other as a header's do.
 */
function wrappedYearHeader(lines: readonly DocLine[], i: number): HeaderLine | null {
  const line = lines[i];
  if (!line) return null;
  const words = lineWords(line.line);
  const em = line.line.fontSize || 10;
  const digits = words.filter((w) => /^\d$/.test(w.text));
  if (digits.length < 2 || words.some((w) => /\d/.test(w.text) && !/^\d$/.test(w.text))) return null;
  for (let k = 1; k <= 2; k++) {
    const above = lines[i - k];
    if (!above || above.page !== line.page || line.line.y - above.line.y > em * 3.5) return null;
    const heads = lineWords(above.line).filter((w) => YEAR_HEAD_RE.test(w.text));
    if (heads.length !== digits.length) continue;
    const years: YearColumn[] = [];
    for (const [n, head] of heads.entries()) {
      const digit = digits[n] as Word;
      const centre = (digit.x + digit.right) / 2;
      if (centre < head.x - em || centre > head.right + em) return null;
      const left = Math.min(head.x, digit.x);
      const right = Math.max(head.right, digit.right);
      years.push({ year: Number(head.text + digit.text), left, right, center: (left + right) / 2 });
    }
    if (!isYearSequence(years.map((y) => y.year))) return null;
    if ((years[0]?.left ?? 0) < line.pageWidth * 0.3) return null;
    return { years, unit: null, effectWord: false };
  }
  return null;
}

interface Scan {
  header: DocLine[];
  /** The header lines of the table's first page (later pages repeat them). */
  firstHeader: DocLine[];
  body: BodyLine[];
  geometries: Map<number, Geometry>;
  unit: MoneyUnit | null;
  /** The table's years: its year columns' and those summed from parts. */
  headerYears: number[];
  summed: Map<number, string[]>;
  headerIssues: string[];
}

/** Header lines under the years: unit-only words over the year columns ("(mkr)", "Mnkr"). */
/**
 * Whether `words` (a line under a header) close a parenthesis the header's label cells left open: the
 * header words outside the value zone open more than they close, and the line, with no figure in it,
 * ends with the closing one.
 */
function closesOpenParenthesis(header: DocLine[], words: Word[], geometry: Geometry): boolean {
  const text = header
    .flatMap((l) => lineWords(l.line))
    .filter((w) => !inValueZone(w, geometry))
    .map((w) => w.text)
    .join(' ');
  const open = (text.match(/\(/g)?.length ?? 0) - (text.match(/\)/g)?.length ?? 0);
  const last = words.at(-1);
  return (
    open > 0 &&
    last !== undefined &&
    last.text.endsWith(')') &&
    !words.some((w) => /\d/.test(w.text)) &&
    words.every((w) => !w.text.includes('('))
  );
}

function headerBelow(lines: DocLine[], index: number, geometry: Geometry): DocLine[] {
  const out: DocLine[] = [];
  for (let i = index + 1; i < lines.length && out.length < 4; i++) {
    const line = lines[i] as DocLine;
    if (line.page !== lines[index]?.page || line.gapBefore > line.line.fontSize * 1.6) break;
    const words = lineWords(line.line);
    const over = words.filter((w) => inValueZone(w, geometry));
    const unitish = (w: Word): boolean => UNIT_WORD_RE.test(w.text) || /^[()[\],.:]+$/.test(w.text);
    // Units over the years ("(Mnkr)"), maybe with the label column's header beside them ("Insatser").
    // A unit wrapped in a narrow column leaves its closing parenthesis on a line of its own.
    const fragmentsOnly = out.length > 0 && words.every((w) => /^[()[\],.:]+$/.test(w.text));
    // The label column's header centred in a two-row header (a cell spanning the year row and the unit
    // row under it) stands on a line of its own between them: a few words, no figure, nothing over the
    // years. It belongs to the header when the next line is the row of units.
    if (over.length === 0 && labelBetweenHeaderRows(lines, i, words, geometry)) {
      out.push(line);
      continue;
    }
    // The label cell's parenthesis wrapped in a narrow column ("Åtgärd (miljoner" over "kronor)"): the
    // line that closes it, nothing over the years and no figure, is the header's, not a row's.
    if (over.length === 0 && closesOpenParenthesis([lines[index] as DocLine, ...out], words, geometry)) {
      out.push(line);
      continue;
    }
    // A header row whose cells are centred: the label heads ("Åtgärd | Ansvarig") less than a line's
    // height under the years' first lines ("2027" over "(helår)"), then the rest of the year cells —
    // parenthesised words over the years and nothing beside them. No figure on either.
    if (!words.some((w) => NUMERIC_WORD_RE.test(w.text))) {
      const prev = out.at(-1) ?? (lines[index] as DocLine);
      const em = line.line.fontSize || 10;
      const sameRow = prev.page === line.page && line.line.y - prev.line.y < em * 0.8;
      const paren = (w: Word): boolean => /^\([^()\d]*\)[,.]?$/.test(w.text) || unitish(w);
      const restOfYearCells = over.length > 0 && over.length === words.length && over.every(paren);
      if ((sameRow && over.every(paren)) || restOfYearCells) {
        out.push(line);
        continue;
      }
    }
    // The rests of header words a narrow cell broke without a hyphen ("Engångsk" / "ostnad").
    if (
      out.length === 0 &&
      finishesHeaderWords(words, headerBlockWords(lines, index), geometry, line.line.fontSize || 10)
    ) {
      out.push(line);
      continue;
    }
    if (
      over.length === 0 ||
      !over.every(unitish) ||
      (!over.some((w) => UNIT_WORD_RE.test(w.text)) && !fragmentsOnly)
    ) {
      break;
    }
    if (words.some((w) => NUMERIC_WORD_RE.test(w.text))) break;
    out.push(line);
  }
  return out;
}

/** A caption's words without its continuation mark ("forts.", "(fortsättning)") and punctuation. */
export function captionKey(text: string): string {
  return normalizeText(text)
    .toLowerCase()
    .replace(/\(?\b(?:forts(?:\.|ättning|att)?|fortsättning)\)?/gu, ' ')
    .replace(/[^A-Za-zªµºÀ-ÖØ-öø-ɏ\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Whether `line`, the first of a new page, repeats a caption line of the table starting at `first` (one
 * of the three lines above it on its page), maybe with a continuation mark.
 */
function repeatsCaption(lines: DocLine[], first: number, line: DocLine): boolean {
  const key = captionKey(line.text);
  if (key.length < 8) return false;
  const page = lines[first]?.page;
  for (let j = first - 1; j >= 0 && j >= first - 3; j--) {
    const above = lines[j] as DocLine;
    if (above.page !== page) break;
    if (captionKey(above.text) === key) return true;
  }
  return false;
}

/**
 * The year columns again, from the first rows of a continued page (two at least, up to four): each
 * ends in one figure per year after a label, and each year's figures end at one x (right-aligned).
 * Null when the rows do not show that.
 */
function refitYears(lines: DocLine[], from: number, years: YearColumn[], em: number): YearColumn[] | null {
  const page = lines[from]?.page;
  const rows: { x: number; right: number }[][] = [];
  for (let j = from; j < lines.length && lines[j]?.page === page && rows.length < 4; j++) {
    const items = (lines[j] as DocLine).line.items.filter((item) => item.text.trim() !== '');
    const tail = items.slice(-years.length);
    if (items.length <= years.length || !tail.every((item) => NUMERIC_WORD_RE.test(item.text.trim()))) break;
    rows.push(tail.map((item) => ({ x: item.x, right: item.x + item.width })));
  }
  if (rows.length < 2) return null;
  const out: YearColumn[] = [];
  for (const [k, year] of years.entries()) {
    const cells = rows.map((r) => r[k] as { x: number; right: number });
    const rights = cells.map((c) => c.right);
    if (Math.max(...rights) - Math.min(...rights) > em * 0.6) return null;
    const left = Math.min(...cells.map((c) => c.x));
    const right = Math.max(...rights);
    if (out.length > 0 && left <= (out.at(-1)?.right ?? 0)) return null;
    out.push({ ...year, left, right, center: (left + right) / 2 });
  }
  return out;
}

/**
 * The figure cells of the rows under a header (up to six with figures, lines without figures skipped),
 * each row ending in one figure per year (dash cells left out): their items' edges. Stops at the first
 * line with figures that does not end so.
 */
function figureRows(lines: DocLine[], from: number, years: YearColumn[]): { x: number; right: number }[][] {
  const page = lines[from]?.page;
  const rows: { x: number; right: number }[][] = [];
  for (let j = from; j < lines.length && j < from + 16 && lines[j]?.page === page && rows.length < 6; j++) {
    const items = (lines[j] as DocLine).line.items.filter((item) => item.text.trim() !== '');
    const figures = items.filter((item) => /\d/.test(item.text));
    if (figures.length === 0) continue;
    const tail = items.slice(-years.length);
    const cell = (item: { text: string }) => {
      // A sheet's text cell may carry its unit ("1 800 tkr"): the figure is the cell's.
      const text = withoutFootnoteMark(item.text.trim()).replace(UNIT_SUFFIX_RE, '');
      return FIGURE_WORD_RE.test(text) || DASH_WORD_RE.test(text);
    };
    if (items.length <= years.length || !tail.every(cell)) break;
    rows.push(
      tail
        .map((item) => (/\d/.test(item.text) ? { x: item.x, right: item.x + item.width } : null))
        .filter((c) => c !== null) as { x: number; right: number }[],
    );
    if ((rows.at(-1) as unknown[]).length !== years.length) rows.pop();
  }
  return rows;
}

/**
 * Whether the figures under the header are set at their cells' left edge, as their heads are: each
 * year's figures start where its head starts (within a third of an em) and at least one column's
 * figures end at different x (so they are left-aligned, not right-aligned figures of one width). Such
 * a column holds nothing left of its head's start: the zone of figures begins there, and a long label
 * cut off at the cell's border just before it (a sheet clips its text cells) stays the label's.
 */
function figuresAtHeadsLeft(lines: DocLine[], from: number, years: YearColumn[], em: number): boolean {
  const rows = figureRows(lines, from, years);
  if (rows.length < 2) return false;
  const spread = (values: number[]) => Math.max(...values) - Math.min(...values);
  let ragged = false;
  for (const [k, head] of years.entries()) {
    const cells = rows.map((r) => r[k] as { x: number; right: number });
    const lefts = cells.map((c) => c.x);
    if (spread(lefts) > em * 0.3 || Math.abs(Math.min(...lefts) - head.left) > em * 0.3) return false;
    if (spread(cells.map((c) => c.right)) > em * 0.3) ragged = true;
  }
  return ragged;
}

/**
 * The year columns when each head stands beside its figures rather than over them: a head set at its
 * cell's left edge, the figures at its right edge, in columns wide enough that the two do not overlap
 * ("2027" at the left of a 120 pt cell, "1,3" at its right) — or the mirror, heads right and figures
 * left. The rows under the header (up to six with figures, lines without figures skipped) must end in one
 * figure per year, each year's figures aligned at one edge, and heads and figure columns must alternate:
 * every head wholly on the same side of its own figures and wholly apart from the next column's, so the
 * only order-keeping pairing is head i with figure column i (a table whose figures stand a whole column
 * away from their heads, or under a head and past it, does not alternate). Each year column then spans
 * its head and its figures. Null when the rows do not show that, or when any head overlaps its figures
 * (the heads already stand over them).
 */
function headsBesideFigures(
  lines: DocLine[],
  from: number,
  years: YearColumn[],
  em: number,
): YearColumn[] | null {
  if (years.length < 2) return null;
  const rows = figureRows(lines, from, years);
  if (rows.length < 2) return null;
  type Span = { left: number; right: number };
  const columns: Span[] = [];
  const leftSet: boolean[] = [];
  for (let k = 0; k < years.length; k++) {
    const cells = rows.map((r) => r[k] as { x: number; right: number });
    const spread = (values: number[]) => Math.max(...values) - Math.min(...values);
    if (spread(cells.map((c) => c.right)) > em * 0.6 && spread(cells.map((c) => c.x)) > em * 0.6) return null;
    columns.push({ left: Math.min(...cells.map((c) => c.x)), right: Math.max(...cells.map((c) => c.right)) });
    leftSet.push(spread(cells.map((c) => c.x)) <= em * 0.6);
  }
  // Figures set at their cells' left edge under heads set at the right (a sheet's text cells under its
  // number cells, in columns of different widths): each figure column shares a left edge, which lies
  // at or before its own head's start and after the previous head's end. A cell holds its head, so the
  // cell that begins there can only be that head's: any other pairing would put a cell's left edge
  // inside or past another column's head. Figures may run under the head (they are no column away).
  const leftInCells =
    leftSet.every(Boolean) &&
    years.every((head, k) => {
      const own = columns[k] as Span;
      const previousHead = years[k - 1];
      const nextHead = years[k + 1];
      return (
        own.left < head.left - em * 0.3 &&
        (!previousHead || own.left > previousHead.right) &&
        (!nextHead || own.right < nextHead.left)
      );
    });
  if (leftInCells)
    return years.map((head, k) => {
      const own = columns[k] as Span;
      const left = own.left;
      const right = Math.max(head.right, own.right);
      return { ...head, left, right, center: (left + right) / 2 };
    });
  // Heads left of their figures: each head ends before its figures begin, and its figures end before
  // the next head begins. Or the mirror: each head begins after its figures end, and its figures begin
  // after the previous head ends.
  const headsLeft = years.every((head, k) => {
    const own = columns[k] as Span;
    const nextHead = years[k + 1];
    return head.right < own.left && (!nextHead || own.right < nextHead.left);
  });
  const headsRight = years.every((head, k) => {
    const own = columns[k] as Span;
    const previousHead = years[k - 1];
    return head.left > own.right && (!previousHead || own.left > previousHead.right);
  });
  if (!headsLeft && !headsRight) return null;
  return years.map((head, k) => {
    const own = columns[k] as { left: number; right: number };
    const left = Math.min(head.left, own.left);
    const right = Math.max(head.right, own.right);
    return { ...head, left, right, center: (left + right) / 2 };
  });
}

/** The words of the header row at `index` and of the lines set close above it (cells centred in a tall row). */
function headerBlockWords(lines: DocLine[], index: number): Word[] {
  const row = lines[index] as DocLine;
  const words = [...lineWords(row.line)];
  let below = row;
  for (let j = index - 1; j >= 0 && j >= index - 3; j--) {
    const line = lines[j] as DocLine;
    if (line.page !== row.page || below.gapBefore > below.line.fontSize * 1.6) break;
    words.push(...lineWords(line.line));
    below = line;
  }
  return words.sort((a, b) => a.x - b.x);
}

/**
 * Whether `words`, the line right under a header row (`above`: its words and those of the lines set close
 * over it), finish header words that narrow cells broke without a hyphen ("Engångsk" / "ostnad",
 * "Ackumule" / "rad 2026", "Helårseffe" / "kt"): nothing over the years, every word under a header word
 * ending in a letter, each either a word's rest (lower case) that makes one word with the head over it,
 * or a year or unit a wrapped head carries, or the end of a range of years broken after its dash, and the
 * line not starting where the header does (a row begins with its title in the first column).
 */
export function finishesHeaderWords(words: Word[], above: Word[], geometry: Geometry, em: number): boolean {
  const first = above[0];
  // The end of a range of years the cell broke after its dash ("Totalt 2026–" / "2031"), under its start.
  const endsRange = (w: Word) =>
    YEAR_WORD_RE.test(w.text) &&
    above.some(
      (a) => OPEN_RANGE_WORD_RE.test(a.text) && w.x < a.right + em * 0.5 && w.right > a.x - em * 0.5,
    );
  if (words.length === 0 || !first || words.some((w) => inValueZone(w, geometry) && !endsRange(w)))
    return false;
  if (words.some((w) => NUMERIC_WORD_RE.test(w.text) && !YEAR_WORD_RE.test(w.text))) return false;
  if ((words[0] as Word).x < first.x + em) return false;
  let rests = 0;
  for (const word of words) {
    const heads = above.filter(
      (a) =>
        word.x < a.right + em * 0.5 &&
        word.right > a.x - em * 0.5 &&
        ((!YEAR_WORD_RE.test(a.text) && /[A-Za-zªµºÀ-ÖØ-öø-ɏ]$/u.test(a.text)) ||
          OPEN_RANGE_WORD_RE.test(a.text)),
    );
    if (heads.length === 0) return false;
    if (endsRange(word)) {
      rests++;
      continue;
    }
    if (/^\p{Ll}[\p{Ll}-]*$/u.test(word.text)) {
      // The rest makes a word with the head over it (the header grammar, or a letter or two that are no
      // word): a cell's own text going on under its head ("Insats" / "vård") is no rest.
      if (!heads.some((a) => joinBrokenHeaderWord(`${a.text} ${word.text}`) === a.text + word.text))
        return false;
      rests++;
    } else if (!YEAR_WORD_RE.test(word.text) && !UNIT_WORD_RE.test(word.text)) return false;
  }
  return rests > 0;
}

function labelBetweenHeaderRows(lines: DocLine[], i: number, words: Word[], geometry: Geometry): boolean {
  if (words.length === 0 || words.length > 3 || words.some((w) => /\d/.test(w.text))) return false;
  const line = lines[i] as DocLine;
  const next = lines[i + 1];
  if (!next || next.page !== line.page || next.gapBefore > next.line.fontSize * 1.6) return false;
  const nextWords = lineWords(next.line);
  const over = nextWords.filter((w) => inValueZone(w, geometry));
  return (
    over.length > 0 &&
    over.every((w) => UNIT_WORD_RE.test(w.text)) &&
    nextWords.every((w) => inValueZone(w, geometry) || !/\d/.test(w.text))
  );
}

function scanTable(
  layout: Layout,
  start: number,
  first: HeaderLine,
  noisy: (page: number) => ((text: string) => number | null) | undefined,
): Scan & { end: number } {
  const lines = layout.lines;
  const headerLine = lines[start] as DocLine;
  const em = headerLine.line.fontSize || 10;
  const beside = first.continues ? null : headsBesideFigures(lines, start + 1, first.years, em);
  let geometry = geometryOf(beside ?? first.years, em, first.continues ? [] : lineWords(headerLine.line));
  if (!first.continues && figuresAtHeadsLeft(lines, start + 1, geometry.years, em)) {
    const firstYear = geometry.years[0] as YearColumn;
    geometry.valueLeft = Math.max(geometry.valueLeft, firstYear.left - em * 0.3);
  }
  const geometries = new Map<number, Geometry>([[headerLine.page, geometry]]);
  const above = headerAbove(lines, start, geometry);
  const header = [...above, headerLine];
  const below = headerBelow(lines, start, geometry);
  header.push(...below);
  const firstHeader = [...header];
  const years = first.years.map((y) => y.year);
  const body: BodyLine[] = [];
  let i = start + 1 + below.length;
  let lastPage = headerLine.page;
  let afterTotal = false;
  // The first body line under a repeated header: its gap is the header row's own padding, which a
  // producer may draw taller on a continued page than the first (Writer repeats the row's height).
  let afterRepeatedHeader = false;
  const tableFont = Math.max(em, 1);
  for (; i < lines.length; i++) {
    const line = lines[i] as DocLine;
    const size = line.line.fontSize || tableFont;
    if (PAGE_NUMBER_RE.test(line.text)) {
      header.push(line);
      continue;
    }
    if (line.page !== lastPage) {
      // A new page continues the table when it repeats the header (maybe under a running header
      // and a spanning header cell) or when its first line fits.
      let repeatAt = -1;
      let repeated: HeaderLine | null = null;
      for (let j = i; j < Math.min(lines.length, i + 6) && lines[j]?.page === line.page; j++) {
        const candidate = yearHeaderAt(lines, j, noisy(line.page));
        if (candidate && candidate.years.map((y) => y.year).join() === years.join()) {
          repeatAt = j;
          repeated = candidate;
          break;
        }
        if (candidate) break;
      }
      if (repeated && repeatAt >= 0) {
        const at = lines[repeatAt] as DocLine;
        geometry = geometryOf(repeated.years, size, lineWords(at.line));
        geometries.set(line.page, geometry);
        const more = headerBelow(lines, repeatAt, geometry);
        header.push(...lines.slice(i, repeatAt + 1), ...more);
        i = repeatAt + more.length;
        lastPage = line.page;
        afterRepeatedHeader = true;
        continue;
      }
      // The caption repeated over the part on this page ("Tabell 5 … (forts.)"): not a row. The rows
      // under it may be laid out anew (a narrower table): the year columns are found again from the
      // figures that end them.
      if (line.page === lastPage + 1 && repeatsCaption(lines, start - above.length, line)) {
        const refit = refitYears(lines, i + 1, geometry.years, size);
        if (refit) {
          geometry = geometryOf(refit, size);
          geometries.set(line.page, geometry);
          header.push(line);
          lastPage = line.page;
          afterRepeatedHeader = true;
          continue;
        }
      }
      const words = lineWords(line.line);
      const fits =
        line.page === lastPage + 1 &&
        !crossesIntoValues(words, geometry, size) &&
        size <= tableFont * 1.15 &&
        valueCells(words, geometry, size).text.length === 0 &&
        // It starts where the table's lines start: the first column, or the label column when a
        // cell broken over the page goes on (the number column being empty there).
        (body.length === 0 ||
          Math.abs(line.line.x - (body[0]?.doc.line.x ?? line.line.x)) < size * 2 ||
          body.some((b) => Math.abs(b.doc.line.x - line.line.x) < size * 0.8));
      if (!fits) break;
      geometries.set(line.page, geometry);
      lastPage = line.page;
    } else {
      // OCR sizes a line by its box, which a figure's descender or a speck of a removed ruling
      // stretches: a row of a scanned table may measure half again its header's size.
      if (size > tableFont * (noisy(line.page) ? 1.7 : 1.15)) break;
      const limit = afterRepeatedHeader ? 6 : body.length === 0 ? 3 : 2.2;
      const gap = line.gapBefore / Math.max(size, tableFont);
      // Tall rows (a title, a paragraph and a numbered list in the first cell, padded) leave a wider
      // gap before the next row; a line with figures under the years and nothing else there is that
      // next row, up to a gap no paragraph break between tables comes near.
      const nextRow = () => {
        const { cells, text } = valueCells(lineWords(line.line), geometry, size);
        return !afterTotal && body.length > 0 && cells.length > 0 && text.length === 0;
      };
      if (gap > limit && !(gap <= 4 && nextRow())) break;
    }
    afterRepeatedHeader = false;
    // A carried running sum ("Summa att överföra", "Överfört från föregående sida") is no row, but it
    // stands where a row would: past the page and gap checks above, so that a carried row after a
    // paragraph's gap or on a page that does not go on with the table ends it like any other line.
    if (carriedRow(line.text)) {
      header.push(line);
      continue;
    }
    const words = lineWords(line.line);
    // A row whose year cells hold short phrases ("ej kvantifierad") wider than its figures may run
    // left of the figures' zone: no prose for that.
    if (crossesIntoValues(words, geometry, size) && !textCellsRow(words, geometry, size)) break;
    const { cells, text } = valueCells(words, geometry, size);
    // Text in the year columns that is not a figure: prose, or another table.
    if (
      text.length > 0 &&
      cells.length === 0 &&
      text.join(' ').length > 12 &&
      !textCellsRow(words, geometry, size)
    )
      break;
    const subset = /^[-–]?\s*(varav|därav)\b/i.test(line.text);
    if (afterTotal && !subset && cells.length === 0 && groupHeadingAt(lines, i, geometry, size)) {
      // A subtotal closed one group; this line names the next one, whose rows follow.
      afterTotal = false;
      body.push({ doc: line, words, mid: midOf(line), heading: true });
      continue;
    }
    // One run of text from the label side into the year columns that states money by year ("… med
    // 5,5 mkr 2026, 9,2 mkr 2027 …") is a sentence under a table without a sum row, not a row: a row's
    // figure names no year after its unit, and it stands apart from its label.
    if (
      body.length > 0 &&
      line.line.segments.length === 1 &&
      (words[0]?.x ?? 0) < geometry.valueLeft &&
      (words.at(-1)?.right ?? 0) > geometry.valueLeft + size &&
      AMOUNT_YEAR_RE.test(line.text)
    )
      break;
    // After the sum row, one run of text with words among its figures in the year columns is a sentence
    // under the table ("Sammantaget beräknas åtgärderna ge 22,2 mkr år 2028."), not a row: its figure
    // only happens to stand under a year's column.
    if (afterTotal && line.line.segments.length === 1 && text.length > 0 && cells.length > 0) break;
    // A total of the subtotals above it ("Summa primärvård", "Summa psykiatri", "Totalt").
    if (afterTotal && cells.length > 0 && TOTAL_ROW_RE.test(line.text)) {
      body.push({ doc: line, words, mid: midOf(line) });
      continue;
    }
    if (afterTotal && cells.length === 0 && !subset) break;
    if (afterTotal && cells.length > 0 && !subset) {
      // Rows right after a total at the table's own row spacing are its next group (the total was a
      // subtotal: measures.ts tells them apart by their sums); after a wider gap, another table's.
      const last = body.at(-1);
      const spacing = last ? line.line.y - last.doc.line.y : Number.POSITIVE_INFINITY;
      const usual = rowSpacing(body);
      if (last?.doc.page !== line.page || usual === null || spacing > usual * 1.3 || yearHeaderAt(lines, i))
        break;
      afterTotal = false;
    }
    if (TOTAL_ROW_RE.test(line.text)) afterTotal = true;
    body.push({
      doc: line,
      words,
      mid: midOf(line),
      ...(body.length === 0 && cells.length === 0 && groupHeadingAt(lines, i, geometry, size)
        ? { heading: true }
        : {}),
    });
  }
  let unit = first.unit;
  // A label cell wrapped over the header's lines ("Insats (tusen" over "kronor)"): its words read
  // together name the unit, which no one of its lines does.
  if (!unit && header.length > 1)
    unit = unitFromHeader(
      header
        .flatMap((line) => lineWords(line.line))
        .filter((w) => !inValueZone(w, geometry))
        .map((w) => w.text)
        .join(' '),
    );
  for (const line of header) unit = unit ?? unitFromHeader(line.text);
  const summed = first.summed ?? new Map<number, string[]>();
  const headerYears = [...new Set([...years.filter((y) => y > 0), ...summed.keys()])].sort((a, b) => a - b);
  return {
    header,
    firstHeader,
    body,
    geometries,
    unit,
    headerYears,
    summed,
    headerIssues: first.issues ?? [],
    end: i,
  };
}

/**
 * Text columns beside the years from the x-projection of the body's words: a strip that no word
 * crosses on any line is a column edge. Left of the years, the column with the most text is the
 * label and narrow columns before it are number columns; every other column is an extra.
 */
function textColumns(
  body: BodyLine[],
  geometries: Map<number, Geometry>,
  headerLines: DocLine[],
): { columns: BorderlessColumn[]; doubt: string | null } {
  const em = body[0]?.doc.line.fontSize ?? 10;
  const project = (
    side: 'left' | 'right',
  ): { left: number; right: number; chars: number; words: number; letters: boolean }[] => {
    const intervals: [number, number, number, boolean][] = [];
    for (const line of body) {
      const geometry = geometries.get(line.doc.page);
      // Total rows often run over the number column ("Summa" under "Nr"): they do not set edges.
      if (!geometry || TOTAL_ROW_RE.test(line.doc.text)) continue;
      // Items, not words: an item's box is exact, and an item never spans two cells.
      for (const item of line.doc.line.items) {
        const box = { x: item.x, right: item.x + item.width };
        if (!item.text.trim() || inValueZone(box, geometry)) continue;
        const middle = (box.x + box.right) / 2;
        const inSide = side === 'left' ? middle <= geometry.valueLeft : middle >= geometry.valueRight;
        if (inSide)
          intervals.push([
            box.x,
            box.right,
            item.text.trim().length,
            /[A-Za-zªµºÀ-ÖØ-öø-ɏ]/u.test(item.text),
          ]);
      }
    }
    intervals.sort((a, b) => a[0] - b[0]);
    // A left edge that three or more cells share and that no cell crosses: the start of a column, even
    // when a right-aligned column before it ends a hair short of it (a sheet's row numbers, right-aligned
    // in their cell, set two points before the titles' cells).
    const edges = new Map<number, number>();
    for (const [left] of intervals) edges.set(Math.round(left), (edges.get(Math.round(left)) ?? 0) + 1);
    const columnEdge = (left: number): boolean =>
      [-1, 0, 1].reduce((n, d) => n + (edges.get(Math.round(left) + d) ?? 0), 0) >= 3 &&
      !intervals.some(([a, b]) => a < left - 1 && b > left + 1);
    const merged: { left: number; right: number; chars: number; words: number; letters: boolean }[] = [];
    for (const [left, right, chars, letters] of intervals) {
      const last = merged.at(-1);
      if (last && left <= last.right + em * 0.35 && !(last.right <= left + 0.5 && columnEdge(left))) {
        last.right = Math.max(last.right, right);
        last.chars += chars;
        last.words += 1;
        last.letters ||= letters;
      } else {
        merged.push({ left, right, chars, words: 1, letters });
      }
    }
    return merged;
  };
  const headersOf = (spans: { left: number; right: number }[]): string[] => {
    const headers = spans.map(() => [] as string[]);
    for (const headerLine of headerLines) {
      for (const word of lineWords(headerLine.line)) {
        const center = (word.x + word.right) / 2;
        const at = spans.findIndex((m) => center >= m.left - 2 && center <= m.right + 2);
        if (at >= 0) headers[at]?.push(word.text);
      }
    }
    return headers.map((words) => normalizeText(words.join(' ')));
  };
  const running = (m: { chars: number; words: number }) => m.chars / m.words > 4;
  const left = project('left');
  const right = project('right');
  // The years set before the titles ("2027 | 2028 | Åtgärd"): no running text left of the years, a
  // column of it right of them. That column is the label; what stands left of the years is numbering.
  // Only when nothing left of the years holds words: short words there ("HSN", "RS") are the labels,
  // and the longer words right of the years a comment or the one responsible.
  if (!left.some((m) => running(m) || m.letters) && right.some(running)) {
    const rightHeaders = headersOf(right);
    const { index, doubt } = labelIndexOf(right, rightHeaders);
    const columns: BorderlessColumn[] = [
      ...left.map((m) => ({ kind: 'number' as const, left: m.left, right: m.right, header: '' })),
      ...right.map((m, i) => ({
        kind: i === index ? ('label' as const) : ('extra' as const),
        left: m.left,
        right: m.right,
        header: '',
      })),
    ];
    return { columns, doubt };
  }
  const headerTexts = headersOf(left);
  const { index: labelIndex, doubt } = labelIndexOf(left, headerTexts);
  const columns: BorderlessColumn[] = left.map((m, i) => ({
    kind:
      i === labelIndex
        ? 'label'
        : // Narrow cells before the label are its numbering; after it only under a numbering header.
          m.chars / m.words <= 4 && (i < labelIndex || NUMBER_HEADER_RE.test(headerTexts[i] ?? ''))
          ? 'number'
          : 'extra',
    left: m.left,
    right: m.right,
    header: '',
  }));
  for (const m of right) columns.push({ kind: 'extra', left: m.left, right: m.right, header: '' });
  return { columns, doubt };
}

/** A header naming a column of row numbers ("Nr", "Id"). */
export const NUMBER_HEADER_RE = /^(nr|nummer|id|löpnr|#|ref|kod|åtgärdsnr|åtg\.?\s?nr)\.?$/i;
/** A header naming a separate description column beside the measure ("Beskrivning", "Innehåll"). */
export const DESCRIPTION_HEADER_RE = /^(beskrivning|innehåll|förklaring|kommentar till åtgärd)/i;
/** The words of a header naming the measure itself ("Åtgärd", "Insats", "Aktivitet", "Förslag"). */
const MEASURE_WORDS = 'åtgärd|insats|aktivitet|förslag|besparing|effektivisering';

/** A header naming the measure column: the measure's own words, or its group's or heading's. */
export const LABEL_HEADER_RE = new RegExp(`(${MEASURE_WORDS}|område|rubrik|benämning)`, 'i');

/** A header naming the measure itself, not the group it belongs to ("Område", "Rubrik"). */
const MEASURE_NAME_RE = new RegExp(`(${MEASURE_WORDS})`, 'i');
/** A header naming a group of measures, compounded or not ("Område", "Åtgärdsområde", "Insatsgrupp"). */
const GROUP_WORD_HEAD_RE = /(område|grupp|kategori)/i;

/**
 * The label (measure) column among the text columns left of the years: the one its header names as
 * the measure ("Åtgärd", not "Beskrivning"); else the leftmost column of running text, unless another
 * holds far more text. A column headed by a description word is the description, never the label
 * while another column of running text stands beside it. Without a naming header the choice among
 * several running-text columns is a guess, told as a doubt so every measure of the table is warned.
 */
export function labelIndexOf(
  columns: { chars: number; words: number }[],
  headers: string[],
): { index: number; doubt: string | null } {
  // Narrow cells of a few characters each are numbering ("1", "2a"), never running text.
  const running = columns.flatMap((m, i) => (m.chars / m.words > 4 ? [i] : []));
  const label = (h: string): boolean => LABEL_HEADER_RE.test(h) && !DESCRIPTION_HEADER_RE.test(h);
  // A column headed by the measure itself ("Åtgärd") over one headed by its group ("Område" merged
  // over the rows of an area, left of it): the group's name is no measure's title.
  // A group head compounded with a measure word ("Åtgärdsområde", "Insatsgrupp") names the group.
  const measureNamed = headers.findIndex(
    (h, i) => label(h) && MEASURE_NAME_RE.test(h) && !GROUP_WORD_HEAD_RE.test(h) && running.includes(i),
  );
  const named = measureNamed >= 0 ? measureNamed : headers.findIndex(label);
  if (named >= 0 && running.includes(named)) return { index: named, doubt: null };
  const pool = running.length > 0 ? running : columns.map((_, i) => i);
  const charsOf = (i: number): number => columns[i]?.chars ?? 0;
  const most = pool.reduce((best, i) => (charsOf(i) > charsOf(best) ? i : best), pool[0] ?? 0);
  const leftmost = pool.find((i) => !DESCRIPTION_HEADER_RE.test(headers[i] ?? ''));
  // The first text column is the title column unless another holds far more text (a column of whole
  // sentences beside a column of short titles still leaves the titles first).
  const index = leftmost !== undefined && charsOf(leftmost) * 4 >= charsOf(most) ? leftmost : most;
  const doubt =
    pool.length > 1
      ? `the measure column is taken to be "${headers[index] || `text column ${index + 1}`}" of ${pool.length} text columns`
      : null;
  return { index, doubt };
}

interface LineCells {
  line: BodyLine;
  label: Word[];
  number: string;
  extras: Map<number, string>;
  values: Map<number, string>;
  stray: string[];
  /** Two figures of one line that fell in the same year column. */
  collisions: string[];
  /** Figures whose column the alignment does not decide (between two years, far from any). */
  undecided: string[];
  /** The year cells hold short phrases instead of figures ("ej beräknad | tas fram"). */
  textCells?: boolean;
  /** Figures right of the year columns outside every named column (maybe a column whose head was lost). */
  unnamed: Word[];
}

function cellsOf(
  line: BodyLine,
  columns: BorderlessColumn[],
  geometry: Geometry,
  byEdges: ((cell: ValueCell) => number) | null,
): LineCells {
  const em = line.doc.line.fontSize || 10;
  const out: LineCells = {
    line,
    label: [],
    number: '',
    extras: new Map(),
    values: new Map(),
    stray: [],
    collisions: [],
    undecided: [],
    unnamed: [],
  };
  const { cells, text } = valueCells(line.words, geometry, em);
  for (const cell of cells) {
    let year: number | undefined;
    if (byEdges) year = byEdges(cell);
    else {
      const nearest = nearestYear(geometry, cell);
      year = nearest?.column.year;
      if (nearest?.undecided) out.undecided.push(`${cell.text} (${nearest.undecided})`);
    }
    if (year === undefined) continue;
    const previous = out.values.get(year);
    // A thousands group set a wide space apart ("1 950") is one figure; anything else is two.
    const group =
      previous !== undefined &&
      /(?:^|\s)[-−–(]?\d{1,3}$/.test(previous) &&
      GROUP_WORD_RE.test(withoutFootnoteMark(cell.text));
    if (previous !== undefined && !group) out.collisions.push(`${previous} | ${cell.text} (${year})`);
    out.values.set(year, previous ? `${previous} ${cell.text}` : cell.text);
  }
  out.stray.push(...text);
  if (text.length > 0 && textCellsRow(line.words, geometry, em)) out.textCells = true;
  for (const word of line.words) {
    if (inValueZone(word, geometry)) continue;
    const center = (word.x + word.right) / 2;
    let index = columns.findIndex((c) => center >= c.left - 1 && center <= c.right + 1);
    if (index < 0) {
      index = 0;
      let best = Number.POSITIVE_INFINITY;
      columns.forEach((c, i) => {
        const d = Math.min(Math.abs(c.left - word.x), Math.abs(c.right - word.right));
        if (d < best) {
          best = d;
          index = i;
        }
      });
    }
    const column = columns[index];
    // A figure right of the years, under no header cell: a column whose head was lost (set in a
    // picture, merged away, wrapped out of reach). Its figures are no year's and no named column's;
    // said, not dropped unseen.
    if (
      center > geometry.valueRight &&
      FIGURE_WORD_RE.test(word.text) &&
      (!column || column.kind === 'label' || (column.kind === 'extra' && !column.header))
    )
      out.unnamed.push(word);
    if (!column || column.kind === 'label') out.label.push(word);
    else if (column.kind === 'number' && /^(\d{1,2}(?:\.\d{1,2})*[a-z]?|[a-zåäö])[.)]?$/i.test(word.text)) {
      out.number = `${out.number} ${word.text}`.trim();
    } else if (column.kind === 'number') out.label.push(word);
    else out.extras.set(index, `${out.extras.get(index) ?? ''} ${word.text}`.trim());
  }
  return out;
}

type Alignment = 'top' | 'centre' | 'bottom';

/**
 * The column a header cell names: the one its centre stands over; else the one it overlaps most (a head
 * wider than the figures under it, set left of their right edge: "Engångsk" over "0,8"); else the
 * nearest within `reach` (the rest of a broken head set right, past the figures' edge). Null when none.
 */
export function columnUnder<C extends { left: number; right: number }>(
  cell: { left: number; right: number },
  columns: C[],
  reach = 0,
): C | null {
  const center = (cell.left + cell.right) / 2;
  const over = columns.find((c) => center >= c.left - 2 && center <= c.right + 2);
  if (over) return over;
  let best: C | null = null;
  let most = -reach;
  for (const column of columns) {
    // Positive: how far they overlap; negative: the gap between them.
    const overlap = Math.min(cell.right, column.right) - Math.max(cell.left, column.left);
    if (overlap > most) {
      most = overlap;
      best = column;
    }
  }
  return best;
}

/** Rows as lists of indexes into `cells`, for one alignment of the figures in their rows. */
function partition(cells: LineCells[], anchors: number[], alignment: Alignment, pitch: number): number[][] {
  const rows: number[][] = anchors.map(() => []);
  const tol = pitch * 0.45;
  const mid = (i: number): number => cells[i]?.line.mid ?? 0;
  if (alignment === 'top') {
    cells.forEach((_, i) => {
      let r = -1;
      anchors.forEach((a, k) => {
        if (mid(i) >= mid(a) - tol) r = k;
      });
      if (r >= 0) rows[r]?.push(i);
      else rows[0]?.push(-1 - i); // orphan before the first anchor
    });
  } else if (alignment === 'bottom') {
    cells.forEach((_, i) => {
      const r = anchors.findIndex((a) => mid(i) <= mid(a) + tol);
      if (r >= 0) rows[r]?.push(i);
      else rows[rows.length - 1]?.push(-1 - i);
    });
  } else {
    let next = 0;
    anchors.forEach((a, k) => {
      const top = mid(next);
      const bottom = mid(a) > top ? 2 * mid(a) - top : mid(a);
      const nextAnchor = anchors[k + 1];
      while (
        next < cells.length &&
        (mid(next) <= bottom + tol || next <= a) &&
        (nextAnchor === undefined || next < nextAnchor)
      ) {
        rows[k]?.push(next);
        next++;
      }
    });
    for (; next < cells.length; next++) rows[rows.length - 1]?.push(-1 - next);
  }
  return rows;
}

const OUTLINE_NUMBER_RE = /^(\d{1,2}(?:\.\d{1,2}){0,2})[.)]?$/;

/**
 * The lines of a table that head an area by the outline numbering: a number of its own ("2"), no
 * figures, and the next numbered line numbered under it ("2.1"). A wrapped title does not repeat a
 * number cell, so such a line starts no measure's title and ends none.
 */
function areaHeadingLines(cells: LineCells[]): Set<number> {
  const out = new Set<number>();
  cells.forEach((c, i) => {
    const own = OUTLINE_NUMBER_RE.exec(c.number)?.[1];
    if (!own || c.values.size > 0 || c.textCells || c.label.length === 0) return;
    const next = cells.slice(i + 1).find((d) => d.number !== '');
    const child = next ? OUTLINE_NUMBER_RE.exec(next.number)?.[1] : undefined;
    if (child?.startsWith(`${own}.`)) out.add(i);
  });
  return out;
}

/** A row's number cell: "8", "12", "3.", "4)". */
const ROW_NUMBER_RE = /^\d{1,3}[.)]?$/;

const CONTINUED_LIST_RE = /^(?:[2-9]|1\d)[.)]\s|^[•▪●◦○■►➢✓–—\-*·]\s/;

function scorePartition(
  rows: number[][],
  boundaries: Set<number>,
  cells: LineCells[],
  centred: number[] | null = null,
): number {
  let score = 0;
  for (const [k, row] of rows.entries()) {
    // Centred rows set their figures in the middle: two lines more on one side than the other are not.
    const anchor = centred?.[k];
    if (anchor !== undefined) {
      const kept = row.filter((i) => i >= 0);
      const above = kept.filter((i) => i < anchor).length;
      const below = kept.filter((i) => i > anchor).length;
      if (Math.abs(above - below) >= 2) score += 1;
    }
    // Two row numbers in one row: the partition joined two rows.
    if (row.filter((i) => i >= 0 && cells[i]?.number).length > 1) score += 1;
    score += row.filter((i) => i < 0).length * 2;
    const kept = row.filter((i) => i >= 0);
    if (kept.length === 0) score += 3;
    // A block boundary (a gap, a bold title) inside a row means the partition cut a cell wrongly;
    // a row that does not start at a boundary likewise.
    for (const i of kept.slice(1)) if (boundaries.has(i)) score += 1;
    const first = kept[0];
    if (first !== undefined && first > 0 && !boundaries.has(first)) score += 1;
    // A row does not start inside a cell's list ("2. …", "• …").
    const firstText = kept.map((i) => cells[i]?.label.map((w) => w.text).join(' ') ?? '').find(Boolean) ?? '';
    if (CONTINUED_LIST_RE.test(firstText)) score += 1;
  }
  return score;
}

/**
 * A line of the row that holds only a row number ("8", "12.") left of where the row's other label lines
 * start, and not the row's first line: the number cell set in the middle of a title wrapped over lines
 * (cells centred vertically), not a line of the title.
 */
function loneRowNumber(c: LineCells, rowCells: LineCells[]): boolean {
  const word = c.label[0];
  if (c.label.length !== 1 || !word || !ROW_NUMBER_RE.test(word.text) || rowCells[0] === c) return false;
  const others = rowCells.filter((d) => d !== c && d.label.length > 0);
  return others.length > 0 && others.every((d) => (d.label[0]?.x ?? 0) > word.right);
}

function titleHintOf(rowCells: LineCells[], labelRight: number): string | null {
  const words = rowCells.flatMap((c) => c.label);
  if (words.length < 2) return null;
  // A bold run at the start, followed by plain text.
  const firstPlain = words.findIndex((w) => !w.bold);
  if (firstPlain > 0) return joinLines(lineGroups(rowCells, firstPlain));
  // A first line followed by more, whose next word would have fitted on it: a hard break, not a wrap.
  // A row's number alone on a line beside a wrapped title is no line of the title.
  const lines = rowCells.filter((c) => c.label.length > 0 && !loneRowNumber(c, rowCells));
  if (lines.length >= 2) {
    const first = lines[0]?.label ?? [];
    const end = first.at(-1)?.right ?? labelRight;
    const next = lines[1]?.label[0];
    const em = lines[0]?.line.doc.line.fontSize ?? 10;
    if (
      next &&
      end + em * 0.5 + (next.right - next.x) < labelRight - em * 0.5 &&
      /^[A-ZÅÄÖ0-9•–-]/.test(next.text)
    ) {
      return first.map((w) => w.text).join(' ');
    }
  }
  return null;
}

/** The first `count` label words of a row, as line texts. */
function lineGroups(rowCells: LineCells[], count: number): string[] {
  const out: string[] = [];
  let left = count;
  for (const cell of rowCells) {
    if (left <= 0) break;
    const take = cell.label.slice(0, left);
    left -= take.length;
    if (take.length > 0) out.push(take.map((w) => w.text).join(' '));
  }
  return out;
}

/** The issue of a table whose title may be cut (its figures are whole: told, not unreconciled). */
export const CUT_TITLE_ISSUE = "a title may be cut at its cell's border";

/**
 * A label that may have lost its end at its cell's border: in a table whose every row's label is one
 * line (cells that do not wrap, as a sheet prints them), a label line whose last word ends less than
 * half an em before the row's first figure. A sheet clips a text cell's overflow at the border of a
 * filled neighbour — the clipped letters are not in the PDF — so a label that fills its cell to the
 * border may be cut inside a word; the text cannot tell. A wrapping table sets its long labels on more
 * lines instead. The label's text, or null.
 */
function cutLabel(cells: LineCells[], rows: BorderlessRow[]): string | null {
  if (rows.length < 2 || rows.some((r) => r.lines.length > 1)) return null;
  for (const c of cells) {
    const last = c.label.at(-1);
    if (!last || c.values.size === 0) continue;
    const em = c.line.doc.line.fontSize || 10;
    // Only against the row's first figure cell: a text column after the label (an owner "HS") is set
    // to its contents as well, and a browser or an autofit sets the longest label a padding before it.
    const next = c.line.words.filter((w) => w.x > last.right - 0.01).sort((a, b) => a.x - b.x)[0];
    const values = [...c.values.values()];
    if (!next || !values.some((v) => v.startsWith(next.text)) || !/\d|^[-–—−]$/.test(next.text)) continue;
    if (next.x - last.right < em * 0.45) return c.label.map((w) => w.text).join(' ');
  }
  return null;
}

function buildRows(scan: Scan): {
  rows: BorderlessRow[];
  issues: string[];
  alignment: BorderlessTable['alignment'];
  columns: BorderlessColumn[];
} {
  const issues: string[] = [];
  const firstGeometry = scan.geometries.values().next().value as Geometry;
  const { columns, doubt } = textColumns(scan.body, scan.geometries, scan.firstHeader);
  if (doubt) issues.push(doubt);
  // Money columns among the years (a half-year beside its full year): extras with their own header.
  const moneyColumn = new Map<number, number>();
  const em0 = scan.body[0]?.doc.line.fontSize ?? 10;
  const yearCenters = firstGeometry.years.filter((y) => y.year > 0).map((y) => y.center);
  const yearPitch =
    yearCenters.length > 1
      ? ((yearCenters.at(-1) ?? 0) - (yearCenters[0] ?? 0)) / (yearCenters.length - 1)
      : em0 * 5;
  for (const column of firstGeometry.years) {
    if (column.year > 0) continue;
    // The last money column's header may stand left of its figures (a left-set "Summa" over right-set
    // sums): the figures then make a column of their own right of the zone of the years, with no
    // header word over it. That column is the money column.
    const beside =
      column === firstGeometry.years.at(-1)
        ? columns.findIndex(
            (c) =>
              c.kind === 'extra' &&
              c.header === '' &&
              c.left > column.left &&
              c.left < column.right + Math.max(em0 * 1.5, yearPitch) &&
              c.left >= firstGeometry.valueLeft,
          )
        : -1;
    if (beside >= 0) {
      (columns[beside] as BorderlessColumn).header = column.header ?? '';
      moneyColumn.set(column.year, beside);
      continue;
    }
    moneyColumn.set(column.year, columns.length);
    columns.push({ kind: 'extra', left: column.left, right: column.right, header: column.header ?? '' });
  }
  const em = scan.body[0]?.doc.line.fontSize ?? 10;
  // Pages may set the table at different offsets: edges are clustered per page.
  const edgesByPage = new Map<number, ((cell: ValueCell) => number) | null>();
  for (const [page, geometry] of scan.geometries) {
    const pageCells = scan.body
      .filter((l) => l.doc.page === page)
      .flatMap((l) => valueCells(l.words, geometry, em).cells);
    edgesByPage.set(page, edgeColumns(pageCells, geometry.years, em));
  }
  const cells = scan.body.map((line) =>
    cellsOf(
      line,
      columns,
      scan.geometries.get(line.doc.page) ?? firstGeometry,
      edgesByPage.get(line.doc.page) ?? null,
    ),
  );
  // Lines with neither label text nor figures (a number alone, an extra cell) still join rows.
  // A line whose year cells hold phrases instead of figures ("ej kvantifierad") is a row's line of
  // cells as a line of figures is: it anchors a row (a measure without effects in those years).
  const anchors = cells.flatMap((c, i) => (c.values.size > 0 || c.textCells ? [i] : []));
  if (anchors.length === 0)
    return { rows: [], issues: ['no figures under the years'], alignment: 'blocks', columns };
  for (const c of cells) {
    if (c.stray.length > 0) issues.push(`text in a year column: "${c.stray.join(' ')}"`);
    if (c.collisions.length > 0) issues.push(`two figures in one year column: ${c.collisions.join('; ')}`);
    if (c.undecided.length > 0) issues.push(`figures between year columns: ${c.undecided.join('; ')}`);
  }
  // Figures right of everything the header says — no header text stands over them on the table's first
  // page: a column whose head was lost (set in a picture, merged away), whose figures no year takes.
  const headed = Math.max(
    ...scan.firstHeader.flatMap((line) => lineWords(line.line).map((w) => w.right)),
    Number.NEGATIVE_INFINITY,
  );
  const unnamed = cells.flatMap((c) => c.unnamed.filter((w) => w.x > headed + em).map((w) => w.text));
  if (unnamed.length > 0)
    issues.push(
      `figures right of the year columns under no header, not read: ${unnamed.slice(0, 6).join(', ')}`,
    );

  // Block boundaries in the label column: a gap wider than the cell's line spacing, a bold start,
  // a page break. Cells have several spacings (lines, paragraphs and list items, rows): the widest
  // spacing that gives one block per line of figures is the row spacing.
  const labelLines = cells.map((c, i) => ({ c, i })).filter(({ c }) => c.label.length > 0 || c.number !== '');
  const gaps: { i: number; gap: number; forced: boolean; pageBreak: boolean }[] = [];
  const pitches: number[] = [];
  for (let k = 0; k < labelLines.length; k++) {
    const cur = labelLines[k];
    const prev = labelLines[k - 1];
    if (!cur) continue;
    if (!prev) {
      gaps.push({ i: cur.i, gap: Number.POSITIVE_INFINITY, forced: true, pageBreak: false });
      continue;
    }
    const samePage = prev.c.line.doc.page === cur.c.line.doc.page;
    const gap = samePage ? cur.c.line.mid - prev.c.line.mid : Number.POSITIVE_INFINITY;
    if (samePage) pitches.push(gap);
    const curBold = cur.c.label[0]?.bold === true;
    const prevBold = prev.c.label.at(-1)?.bold === true;
    gaps.push({ i: cur.i, gap, forced: curBold && !prevBold, pageBreak: !samePage });
  }
  const sorted = [...pitches].sort((a, b) => a - b);
  const pitch = sorted[Math.floor(sorted.length * 0.2)] ?? (scan.body[0]?.doc.line.fontSize ?? 10) * 1.3;
  const anchorMid = (a: number): number => cells[a]?.line.mid ?? 0;
  /** Blocks for a threshold: start indexes into `cells`, anchors per block. */
  const blocksFor = (threshold: number): { starts: number[]; anchorBlocks: number[] } => {
    let starts = gaps.filter((g) => g.forced || g.pageBreak || g.gap >= threshold).map((g) => g.i);
    const blockOf = (i: number, list: number[]): number => {
      let b = -1;
      for (let k = 0; k < list.length; k++) if ((list[k] ?? 0) <= i) b = k;
      return b;
    };
    const assign = (list: number[]): number[] =>
      anchors.map((a) => {
        if (cells[a]?.label.length || cells[a]?.number) return blockOf(a, list);
        // A figure-only line between two label lines: the block whose lines surround it, else the nearer.
        const mid = anchorMid(a);
        const before = labelLines.filter((l) => l.c.line.mid < mid).at(-1);
        const after = labelLines.find((l) => l.c.line.mid > mid);
        if (before && after && blockOf(before.i, list) === blockOf(after.i, list))
          return blockOf(before.i, list);
        if (before && after) {
          return mid - before.c.line.mid <= after.c.line.mid - mid
            ? blockOf(before.i, list)
            : blockOf(after.i, list);
        }
        return before ? blockOf(before.i, list) : after ? blockOf(after.i, list) : -1;
      });
    let anchorBlocks = assign(starts);
    // A row broken over a page: a block at a page break without figures joins its neighbour.
    const breaks = new Set(gaps.filter((g) => g.pageBreak && !g.forced).map((g) => g.i));
    const kept = starts.filter((start, k) => {
      if (!breaks.has(start)) return true;
      const here = anchorBlocks.filter((b) => b === k).length;
      const before = anchorBlocks.filter((b) => b === k - 1).length;
      return here > 0 && before > 0;
    });
    if (kept.length !== starts.length) {
      starts = kept;
      anchorBlocks = assign(starts);
    }
    return { starts, anchorBlocks };
  };
  const oneEachOf = (blocks: { starts: number[]; anchorBlocks: number[] }): boolean =>
    new Set(blocks.anchorBlocks).size === anchors.length &&
    blocks.starts.length === anchors.length &&
    blocks.anchorBlocks.every((b) => b >= 0);
  const thresholds = [...new Set(pitches.map((p) => Math.round(p * 2) / 2))]
    .filter((t) => t > pitch * 1.05)
    .sort((a, b) => b - a);
  let blocks: { starts: number[]; anchorBlocks: number[] } | null = null;
  for (const t of [Number.POSITIVE_INFINITY, ...thresholds]) {
    const candidate = blocksFor(t - 0.25);
    if (oneEachOf(candidate)) {
      blocks = candidate;
      break;
    }
    if (candidate.starts.length > anchors.length) break;
  }
  const boundaries = new Set(blocksFor(pitch * 1.18 + 0.5).starts);
  let rowsIdx: number[][] | null = null;
  let alignment: BorderlessTable['alignment'] = 'blocks';
  if (blocks) {
    const starts = blocks.starts;
    rowsIdx = starts.map((start, k) => {
      const end = starts[k + 1] ?? cells.length;
      return cells.map((_, i) => i).filter((i) => i >= start && i < end);
    });
    // Figure-only lines before the first label line.
    const firstStart = starts[0] ?? 0;
    rowsIdx[0]?.unshift(...cells.map((_, i) => i).filter((i) => i < firstStart));
  } else {
    let best: { rows: number[][]; score: number; alignment: Alignment } | null = null;
    const tried: { rows: number[][]; score: number; alignment: Alignment }[] = [];
    for (const a of ['top', 'centre', 'bottom'] as const) {
      const rows = partition(cells, anchors, a, pitch);
      const score = scorePartition(rows, boundaries, cells, a === 'centre' ? anchors : null);
      tried.push({ rows, score, alignment: a });
      if (!best || score < best.score) best = { rows, score, alignment: a };
    }
    if (best) {
      // Another alignment that fits as well but cuts the rows elsewhere: the rows are a guess.
      const chosen = best;
      // Lines that carry only words of a text column beside the years (an owner's name centred
      // between two rows, as a merged cell sets it) change no title and no figure whichever row
      // takes them: two partitions that differ only there read the same measures.
      const bears = (i: number): boolean => {
        const c = cells[i < 0 ? -1 - i : i];
        return (
          c === undefined ||
          c.label.length > 0 ||
          c.number !== '' ||
          c.values.size > 0 ||
          c.textCells === true ||
          [...c.extras.values()].some((t) => /\d/.test(t))
        );
      };
      const keyOf = (rows: number[][]): string => JSON.stringify(rows.map((r) => r.filter(bears)));
      const rival = tried.find(
        (t) => t !== chosen && t.score === chosen.score && keyOf(t.rows) !== keyOf(chosen.rows),
      );
      if (rival && chosen.score > 0) {
        issues.push(
          `rows do not split cleanly: figures fit the ${chosen.alignment} and the ${rival.alignment} of their rows alike`,
        );
      }
      alignment = best.alignment;
      const orphans = best.rows.flat().filter((i) => i < 0);
      const orphanText = orphans
        .map((i) => cells[-1 - i]?.label.map((w) => w.text).join(' ') ?? '')
        .join(' ');
      if (orphanText.trim()) issues.push(`lines outside every row: "${orphanText.slice(0, 80)}"`);
      rowsIdx = best.rows.map((r) => r.filter((i) => i >= 0));
    }
  }
  // Area headings ("2 Lokaler" over "2.1 …", "2.2 …") are no row's lines: neither a title's last line
  // (figures at the top of their rows) nor its first (figures at the bottom).
  const headings = areaHeadingLines(cells);
  if (headings.size > 0 && rowsIdx) rowsIdx = rowsIdx.map((r) => r.filter((i) => !headings.has(i)));
  const labelColumn = columns.find((c) => c.kind === 'label');
  const rows: BorderlessRow[] = [];
  for (const indexes of rowsIdx ?? []) {
    const rowCells = indexes.map((i) => cells[i]).filter((c): c is LineCells => c !== undefined);
    if (rowCells.length === 0) continue;
    const values = new Map<number, string>();
    const extras = new Map<number, string>();
    for (const c of rowCells) {
      for (const [year, text] of c.values) {
        const money = moneyColumn.get(year);
        if (money !== undefined) {
          if (extras.has(money)) issues.push(`two figures for ${columns[money]?.header} in one row`);
          else extras.set(money, text);
        } else if (values.has(year)) issues.push(`two figures for ${year} in one row`);
        else values.set(year, text);
      }
    }
    for (const c of rowCells) {
      for (const [k, text] of c.extras) extras.set(k, `${extras.get(k) ?? ''} ${text}`.trim());
    }
    const numberText = rowCells
      .map((c) => c.number)
      .filter(Boolean)
      .join(' ');
    // The row's number centred beside its wrapped title (a line of its own between the title's lines,
    // left of them) reads first, as it does on a row whose title is one line.
    const lone = rowCells.filter((c) => loneRowNumber(c, rowCells));
    const lines = [...lone, ...rowCells.filter((c) => !lone.includes(c))]
      .map((c) => c.label.map((w) => w.text).join(' '))
      .filter(Boolean);
    rows.push({
      page: rowCells.find((c) => c.label.length > 0)?.line.doc.page ?? rowCells[0]?.line.doc.page ?? 0,
      label: numberText ? numberText.replace(/[.)]$/, '') : null,
      lines,
      titleHint: titleHintOf(rowCells, labelColumn?.right ?? 0),
      values,
      extras: [...extras.entries()].map(([column, text]) => ({ column, header: '', text })),
      lineIndexes: rowCells.map((c) => c.line.doc.index),
    });
  }
  const cut = cutLabel(cells, rows);
  if (cut) issues.push(`${CUT_TITLE_ISSUE}: "${cut.slice(0, 60)}"`);
  return { rows, issues, alignment, columns };
}

/** The usual distance from one body line's top to the next on a page (the median), or null. */
function rowSpacing(body: BodyLine[]): number | null {
  const steps: number[] = [];
  for (let k = 1; k < body.length; k++) {
    const a = body[k - 1] as BodyLine;
    const b = body[k] as BodyLine;
    if (a.doc.page === b.doc.page) steps.push(b.doc.line.y - a.doc.line.y);
  }
  if (steps.length === 0) return null;
  steps.sort((x, y) => x - y);
  return steps[Math.floor(steps.length / 2)] ?? null;
}

/**
 * Whether line `i` can name a group of a table's rows: a short line of label words only (no figure,
 * nothing in the year columns, no sentence end), right above a line with figures under the years.
 */
function groupHeadingAt(lines: DocLine[], i: number, geometry: Geometry, size: number): boolean {
  const line = lines[i];
  const next = lines[i + 1];
  if (!line || !next || next.page !== line.page || next.gapBefore > size * 2) return false;
  // A caption over the next table's header ("Tabell 2 …" / "Investering 2026 2027"), not a group.
  if (line.gapBefore > size * 2.5 || yearHeaderAt(lines, i + 1)) return false;
  const text = line.text.trim();
  if (text.length > 60 || text.split(/\s+/).length > 6 || /[.,:;]$/.test(text)) return false;
  if (TOTAL_ROW_RE.test(text)) return false;
  const own = valueCells(lineWords(line.line), geometry, size);
  if (own.cells.length > 0 || own.text.length > 0) return false;
  const below = valueCells(lineWords(next.line), geometry, size);
  return below.cells.length > 0 && below.text.length === 0;
}

/**
 * A table grouped by area: lines naming a group ("Primärvård") at the top and after each subtotal,
 * each right above a row of figures. When every other row of the table is one line (a figure on each
 * of its lines), such a line is no part of a measure's cell but the group's name: it leaves the body,
 * so that the group's first measure keeps its own title. When the table has rows of several lines, a
 * line at the top may as well be a row's first line: it stays, and the table is told as unsure.
 */
function withoutGroupHeadings(
  body: BodyLine[],
  geometries: Map<number, Geometry>,
): { body: BodyLine[]; doubt: string | null } {
  const headings = body.filter((b) => b.heading);
  if (headings.length === 0) return { body, doubt: null };
  const figures = (b: BodyLine): boolean => {
    const geometry = geometries.get(b.doc.page);
    const size = b.doc.line.fontSize || 10;
    return geometry !== undefined && valueCells(b.words, geometry, size).cells.length > 0;
  };
  const singleLineRows = body.every((b) => b.heading || figures(b));
  if (singleLineRows) return { body: body.filter((b) => !b.heading), doubt: null };
  // Rows numbered in a column of their own ("1.1", "2", "A3") before the label column: a line that
  // starts left of the label column, in the numbers' place, without a number, spans the columns as a
  // group's name does; a row's own first line starts in the label column.
  const spanning = new Set(headings.filter((b) => startsInNumberColumn(b, body, figures)));
  const kept = spanning.size > 0 ? body.filter((b) => !spanning.has(b)) : body;
  const left = headings.filter((b) => !spanning.has(b));
  if (left.length === 0) return { body: kept, doubt: null };
  if (left.length === 1 && left[0] === kept[0] && topLineOfCentredRow(kept, figures))
    return { body: kept, doubt: null };
  return {
    body: kept,
    doubt: `a line that may name a group of rows or begin a row: "${left[0]?.doc.text.slice(0, 60)}"`,
  };
}

/**
 * Whether the table's first line, without figures, is the first row's own line in a table whose figures
 * stand centred in tall rows: between any two lines of figures stand at least two lines without (the
 * end of one row, the start of the next), and the lines above the first figures are at most half as many
 * as stand between figures anywhere. A group's name over centred rows adds a line to those.
 */
function topLineOfCentredRow(body: BodyLine[], figures: (b: BodyLine) => boolean): boolean {
  const runs: number[] = [];
  let run = 0;
  let seen = false;
  let top = -1;
  for (const line of body) {
    if (TOTAL_ROW_RE.test(line.doc.text)) break;
    if (!figures(line)) {
      run++;
      continue;
    }
    if (!seen) top = run;
    else runs.push(run);
    seen = true;
    run = 0;
  }
  if (top < 1 || runs.length < 2) return false;
  const fewest = Math.min(...runs);
  return fewest >= 2 && top * 2 <= fewest;
}

const ROW_NUMBER_WORD_RE = /^(?:\d{1,2}(?:\.\d{1,2}){0,2}\.?|[A-Z]\d{1,2}|\d{1,2}\))$/;

/**
 * Whether a line starts in the column of row numbers: the table's rows with figures mostly begin with a
 * number word whose label starts clearly right of it, and this line's first word (no number) starts
 * left of where those labels start.
 */
function startsInNumberColumn(line: BodyLine, body: BodyLine[], figures: (b: BodyLine) => boolean): boolean {
  const first = line.words[0];
  if (!first || ROW_NUMBER_WORD_RE.test(first.text)) return false;
  const em = line.doc.line.fontSize || 10;
  const rows = body.filter((b) => !b.heading && figures(b) && !TOTAL_ROW_RE.test(b.doc.text));
  // A number and its row's label on one line: the label a few ems after the number (a row whose label
  // stands on other lines leaves the next column's cell, "A2 … Låg", as its second word).
  const numbered = rows.filter((b) => {
    const [number, label] = b.words;
    return number && label && ROW_NUMBER_WORD_RE.test(number.text) && label.x - number.right < em * 3;
  });
  if (numbered.length < 2 || numbered.length < rows.length * 0.6) return false;
  const middle = (values: number[]): number =>
    values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  const numberX = middle(numbered.map((b) => b.words[0]?.x ?? 0));
  const labelX = middle(numbered.map((b) => b.words[1]?.x ?? 0));
  if (labelX - numberX < em * 1.2) return false;
  return first.x < labelX - em * 0.8 && first.x > numberX - em * 2;
}

/**
 * The line that ended a table without a total row when it reads like one more of its rows: on the
 * same page right under the last row, a figure in every year column and no other text there. The
 * scan stopped on something it could not place (a producer's quirk it does not know), so the rows
 * after it, and a total under them, were not read: the table's figures are told as unsure.
 */
function rowAfterEnd(
  lines: DocLine[],
  scan: { body: BodyLine[]; end: number; headerYears: number[]; geometries: Map<number, Geometry> },
): string | null {
  const last = scan.body.at(-1)?.doc;
  const next = lines[scan.end];
  if (!last || !next || next.page !== last.page) return null;
  if (scan.body.some((b) => TOTAL_ROW_RE.test(b.doc.text))) return null;
  const geometry = scan.geometries.get(next.page);
  const size = next.line.fontSize || 10;
  if (!geometry || next.gapBefore > size * 2.5) return null;
  // A sentence stating money by year, one run of text, ended the table on purpose (scanTable).
  if (
    next.line.segments.length === 1 &&
    next.line.x + next.line.width > geometry.valueLeft + size &&
    AMOUNT_YEAR_RE.test(next.text)
  )
    return null;
  const { cells, text } = valueCells(lineWords(next.line), geometry, size);
  const figures = cells.filter((c) => /\d/.test(c.text) || DASH_WORD_RE.test(c.text));
  if (text.length > 0 || figures.length < scan.headerYears.length) return null;
  return next.text;
}

/**
 * A row of figures under the table's year columns a few lines after its end, on the same page, with
 * only label-column text between (a reading order that broke inside the table: cells of text columns
 * set out of line with their row). Its figures were read by no row; said, never dropped in silence.
 */
function figuresRowBelowEnd(
  lines: DocLine[],
  scan: { body: BodyLine[]; end: number; headerYears: number[]; geometries: Map<number, Geometry> },
): string | null {
  const last = scan.body.at(-1)?.doc;
  if (!last) return null;
  const geometry = scan.geometries.get(last.page);
  if (!geometry) return null;
  for (let k = scan.end; k < Math.min(lines.length, scan.end + 8); k++) {
    const line = lines[k] as DocLine;
    if (line.page !== last.page || /(?:19|20)\d{2}/.test(line.text)) return null;
    const size = line.line.fontSize || 10;
    const { cells, text } = valueCells(lineWords(line.line), geometry, size);
    const figures = cells.filter((c) => /\d/.test(c.text) || DASH_WORD_RE.test(c.text));
    if (figures.length >= scan.headerYears.length && scan.headerYears.length >= 2) return line.text;
    if (text.length > 0 || figures.length > 0) return null;
  }
  return null;
}

/**
 * The lines to read a table again with when its rows go on under a box or picture set across the page
 * between them (a figure and its caption, a fact box, the head not repeated): the table ended without a
 * total row; on the same page, after one to three lines of text in the label column only, a line has a
 * figure under every year column and no text there; and the space from the last row down to that line is
 * far taller than the text between needs (four lines or more besides it: the box stood there). The lines
 * between are left out (they are the box's), and the row after them follows the last row as the rows
 * before did. Null when the table does not go on so.
 */
function resumedPastBox(
  lines: DocLine[],
  scan: { body: BodyLine[]; end: number; headerYears: number[]; geometries: Map<number, Geometry> },
): { lines: DocLine[]; skipped: number } | null {
  const last = scan.body.at(-1)?.doc;
  if (!last || scan.headerYears.length === 0 || scan.body.some((b) => TOTAL_ROW_RE.test(b.doc.text)))
    return null;
  const geometry = scan.geometries.get(last.page);
  if (!geometry) return null;
  let textHeight = 0;
  for (let k = scan.end; k < Math.min(lines.length, scan.end + 4); k++) {
    const line = lines[k] as DocLine;
    if (line.page !== last.page) return null;
    const size = line.line.fontSize || 10;
    const { cells, text } = valueCells(lineWords(line.line), geometry, size);
    const figures = cells.filter((c) => /\d/.test(c.text) || DASH_WORD_RE.test(c.text));
    if (k > scan.end && figures.length >= scan.headerYears.length && text.length === 0) {
      const space = line.line.y - (last.line.y + last.line.height);
      if (space - textHeight < 4 * size) return null;
      return {
        lines: [...lines.slice(0, scan.end), { ...line, gapBefore: last.gapBefore }, ...lines.slice(k + 1)],
        skipped: k - scan.end,
      };
    }
    if (figures.length > 0 || text.length > 0 || /(?:19|20)\d{2}/.test(line.text)) return null;
    // A table's caption between: the rows under it are that table's (a figure's caption is the box's).
    if (/^(?:tabell|tab\.)\s*\d/iu.test(line.text.trim())) return null;
    textHeight += line.line.height + Math.min(line.gapBefore, 2 * size);
  }
  return null;
}

/** A table cell's figure: "1 200", "−1,6", "–" (none, 0); null for anything else. */
function cellFigure(text: string): number | null {
  const t = text.replace(/\s+/gu, '');
  if (DASH_WORD_RE.test(t) || /^[-−–—]$/u.test(t)) return 0;
  if (!/^[-−–]?\d+(?:,\d+)?$/u.test(t)) return null;
  return Number(t.replace(/^[−–]/u, '-').replace(',', '.'));
}

/**
 * Whether rows read on under a box end in a sum row whose figures are the sums of all the rows above it,
 * both parts: what ties the rows under the box to the table. Without it they may be another table's.
 */
function sumRowAddsUp(scan: Scan): boolean {
  const { rows } = buildRows({ ...scan, body: withoutGroupHeadings(scan.body, scan.geometries).body });
  const total = rows.at(-1);
  if (!total || !TOTAL_ROW_RE.test((total.label ?? total.lines[0] ?? '').trim())) return false;
  const parts = rows.slice(0, -1);
  if (parts.length < 2 || scan.headerYears.length === 0) return false;
  return scan.headerYears.every((year) => {
    const stated = cellFigure(total.values.get(year) ?? '');
    if (stated === null) return false;
    let sum = 0;
    for (const row of parts) {
      const figure = cellFigure(row.values.get(year) ?? '–');
      if (figure === null) return false;
      sum += figure;
    }
    return Math.abs(sum - stated) <= 0.051 + 0.001 * Math.abs(stated);
  });
}

/** Every borderless year table of the document. */
/**
 * The caption of a table of the page before repeated at the top of this page, over rows laid out
 * without the table's structure (a producer tags a part without header cells as no table): the part
 * goes on with that table, its year columns found from the figures that end its first rows.
 */
function continuedHeader(lines: DocLine[], i: number, open: OpenTable[]): HeaderLine | null {
  const line = lines[i] as DocLine;
  let onPage = 0;
  for (let j = i - 1; j >= 0 && lines[j]?.page === line.page; j--) onPage++;
  if (onPage > 2) return null;
  const key = captionKey(line.text);
  const table = open.find((t) => t.page === line.page - 1 && t.captions.includes(key));
  if (!table || key.length < 8) return null;
  const em = line.line.fontSize || 10;
  const columns = table.years.map((year) => ({ year, left: 0, right: 0, center: 0 }));
  const years = refitYears(lines, i + 1, columns, em);
  if (!years) return null;
  return { years, unit: table.unit, effectWord: true, continues: table };
}

/**
 * Two borderless tables set side by side, whose rows share the page's lines (the years run twice on the
 * header line `i`): each line from the tables' captions down to the last line with words right of `cut`
 * (where the second table's first column starts) is cut in two there, when no word crosses the cut. The
 * lines for reading them again, as a column reader would: the left halves, then the lines after the cut
 * block on that page (the left table may go on below the right one), then the right halves. Each half keeps
 * its line's index, so the rows read mark the whole line as read. Null when a word crosses the cut on a
 * line of the block, or the cut leaves nothing on one side of the header.
 */
function sideBySideHalves(
  layout: Layout,
  i: number,
  cut: number,
): { layout: Layout; from: number; to: number; lastSplit: number } | null {
  const lines = layout.lines;
  const header = lines[i] as DocLine;
  const em = header.line.fontSize || 10;
  const crosses = (line: DocLine) =>
    line.line.items.some((item) => item.x < cut - em * 0.2 && item.x + item.width > cut + em * 0.2);
  let first = i;
  // The captions over both tables ("Tabell 1 …   Tabell 2 …"), set close above the header.
  for (let j = i - 1; j >= 0 && j >= i - 2; j--) {
    const line = lines[j] as DocLine;
    const below = lines[j + 1] as DocLine;
    if (line.page !== header.page || below.gapBefore > em * 2.5 || crosses(line)) break;
    if (!line.line.items.some((item) => item.x >= cut - em * 0.2)) break;
    first = j;
  }
  let last = i;
  let crossed = false;
  for (let j = i + 1; j < lines.length; j++) {
    const line = lines[j] as DocLine;
    if (line.page !== header.page || line.gapBefore > em * 3) break;
    // A line across the cut ends the block (prose under both tables); a half after it is no block's.
    if (crosses(line)) crossed = true;
    else if (line.line.items.some((item) => item.x >= cut - em * 0.2)) {
      if (crossed) return null;
      last = j;
    }
  }
  const half = (line: DocLine, side: 'left' | 'right'): DocLine | null => {
    const items = line.line.items.filter((item) =>
      side === 'left' ? item.x < cut - em * 0.2 : item.x >= cut - em * 0.2,
    );
    if (items.length === 0) return null;
    const segments = line.line.segments.filter((s) =>
      side === 'left' ? s.x < cut - em * 0.2 : s.x >= cut - em * 0.2,
    );
    const x = Math.min(...items.map((item) => item.x));
    const right = Math.max(...items.map((item) => item.x + item.width));
    const text = segments.map((s) => s.text).join('  ');
    return {
      ...line,
      text: normalizeText(text),
      line: { ...line.line, items, segments, text, x, width: right - x },
    };
  };
  const block = lines.slice(first, last + 1);
  const left = block.map((line) => half(line, 'left')).filter((line): line is DocLine => line !== null);
  const right = block.map((line) => half(line, 'right')).filter((line): line is DocLine => line !== null);
  const headerLeft = half(header, 'left');
  const headerRight = half(header, 'right');
  if (!headerLeft || !headerRight || right.length < 3) return null;
  // Each table is read with the unit of the caption over both (the lines above its first line): only
  // when the two sides name the same units, or none, is that the unit of each.
  const unitsOf = (side: DocLine[]) =>
    [
      ...new Set(
        side
          .filter((line) => line.index <= header.index)
          .flatMap((line) => line.text.split(/\s+/).map((w) => unitFromHeader(w.replace(/[(),.:]/g, ''))))
          .filter((unit) => unit !== null),
      ),
    ]
      .sort()
      .join();
  if (unitsOf(left) !== unitsOf(right)) return null;
  const after: DocLine[] = [];
  for (let j = last + 1; j < lines.length && lines[j]?.page === header.page; j++)
    after.push(lines[j] as DocLine);
  const before = lines.slice(0, first);
  const reordered = [
    ...before,
    ...left,
    ...after,
    // The right table starts a column of its own: no line above it is its header.
    ...right.map((line, k) => (k === 0 ? { ...line, gapBefore: Number.POSITIVE_INFINITY } : line)),
    ...lines.slice(last + 1 + after.length),
  ];
  return {
    layout: { ...layout, lines: reordered },
    from: header.index - (i - first),
    to: header.index + (last - i),
    lastSplit: last,
  };
}

export function findBorderlessTables(
  layout: Layout,
  noisyYear: (text: string) => number | null,
  skipPages: Set<number>,
  open: OpenTable[] = [],
  /** Set when reading the halves of tables side by side: no pair is cut again (one level only). */
  halvesOnly = false,
): BorderlessTable[] {
  const ocrPages = new Set(layout.pages.filter((p) => p.source !== 'text').map((p) => p.number));
  const noisy = (page: number): ((text: string) => number | null) | undefined =>
    ocrPages.has(page) ? noisyYear : undefined;
  const tables: BorderlessTable[] = [];
  const lines = layout.lines;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as DocLine;
    // A page with a cell table is read by its cells; a picture's lines read by OCR on a text page
    // (confidence set) are none of those cells: a table pasted as a picture beside a real table.
    if (skipPages.has(line.page) && (ocrPages.has(line.page) || line.line.confidence === undefined)) continue;
    // A year row over sub-heads ("2026 | 2027" over "Brutto | Netto | Brutto | Netto") is read from the
    // sub-head row, under which the rows start.
    if (yearsOverSubheads(lines, i)) continue;
    const header =
      subheadYearHeader(lines, i) ??
      yearHeaderAt(lines, i, noisy(line.page)) ??
      captionYearHeader(layout, i) ??
      namedYearHeader(layout, i) ??
      (open.length > 0 ? continuedHeader(lines, i, open) : null);
    if (!header) continue;
    if (header.sideBySide) {
      const halves = header.cut === undefined || halvesOnly ? null : sideBySideHalves(layout, i, header.cut);
      if (halves) {
        const found = findBorderlessTables(halves.layout, noisyYear, skipPages, open, true).filter(
          (table) => table.firstLine >= halves.from && table.firstLine <= halves.to,
        );
        if (found.length === 2) {
          tables.push(...found);
          i = halves.lastSplit;
          continue;
        }
      }
      tables.push({
        years: header.years.map((y) => y.year),
        unit: header.unit,
        labelHeader: '',
        extraHeaders: [],
        yearHeader: '',
        rows: [],
        pages: [line.page],
        firstLine: line.index,
        lineIndexes: new Set([line.index]),
        issues: [
          `the years run twice on one line ("${line.text.slice(0, 80)}"): two tables side by side, not read`,
        ],
        alignment: 'blocks',
      });
      continue;
    }
    let scanned = scanTable(layout, i, header, noisy);
    // The rows may go on under a box across the page: read again without the box's lines.
    let skipped = 0;
    const resumed = resumedPastBox(lines, scanned);
    if (resumed) {
      const again = scanTable({ ...layout, lines: resumed.lines }, i, header, noisy);
      if (again.body.length > scanned.body.length && sumRowAddsUp(again)) {
        scanned = again;
        skipped = resumed.skipped;
      }
    }
    const scanLines = skipped > 0 && resumed ? resumed.lines : lines;
    const grouped = withoutGroupHeadings(scanned.body, scanned.geometries);
    const scan = { ...scanned, body: grouped.body };
    const { rows, issues, alignment, columns } = buildRows(scan);
    if (grouped.doubt) issues.push(grouped.doubt);
    const cutShort = rowAfterEnd(scanLines, scan);
    if (cutShort)
      issues.push(`the table ends before a line that reads like one of its rows: "${cutShort.slice(0, 80)}"`);
    else {
      const below = figuresRowBelowEnd(scanLines, scan);
      if (below)
        issues.push(
          `figures under the table's year columns a few lines after its end were read by no row: "${below.slice(0, 80)}"`,
        );
    }
    const lineIndexes = new Set<number>([
      ...scan.header.map((l) => l.index),
      ...scanned.body.map((l) => l.doc.index),
    ]);
    const firstGeometry = scan.geometries.values().next().value as Geometry;
    // Header words left of the years name the columns they stand over.
    const labelParts: string[] = [];
    const yearParts: string[] = [];
    for (const headerLine of scan.firstHeader) {
      const outside: Word[] = [];
      for (const word of lineWords(headerLine.line)) {
        // A head only partly over the years' zone, its middle beside it, names the column beside.
        const center = (word.x + word.right) / 2;
        const beside =
          (center < firstGeometry.valueLeft || center > firstGeometry.valueRight) &&
          !YEAR_WORD_RE.test(word.text);
        if (word.right > firstGeometry.valueLeft && word.x < firstGeometry.valueRight && !beside)
          yearParts.push(word.text);
        else outside.push(word);
      }
      // Word by word (heads of two columns may stand closer than a word space); a word over no column
      // goes with the nearest word of its run that is over one ("rad" of "rad 2027").
      const size = headerLine.line.fontSize || 10;
      const under = outside.map((word) =>
        columnUnder({ left: word.x, right: word.right }, columns, size * 2),
      );
      const spread = new Set<number>();
      for (const cell of headerCells(outside, size)) {
        // A group head over two or more columns beside the years ("Personell effekt, årsarbetare" over
        // two staff columns) names each of them, not the one its first word happens to stand over.
        const over = columns.filter((c) => c.kind === 'extra' && c.left < cell.right && c.right > cell.left);
        if (over.length >= 2) {
          for (const column of over) column.header = `${column.header} ${cell.text}`.trim();
          for (let k = cell.from; k <= cell.to; k++) spread.add(k);
          continue;
        }
        for (let k = cell.from; k <= cell.to; k++) {
          if (under[k]) continue;
          for (let d = 1; d <= cell.to - cell.from && !under[k]; d++) {
            const near = [k + d, k - d].find((j) => j >= cell.from && j <= cell.to && under[j]);
            if (near !== undefined) under[k] = under[near] ?? null;
          }
        }
      }
      outside.forEach((word, k) => {
        if (spread.has(k)) return;
        const column = under[k];
        if (!column || column.kind === 'label') labelParts.push(word.text);
        else column.header = `${column.header} ${word.text}`.trim();
      });
    }
    const labelHeader = normalizeText(labelParts.join(' '));
    for (const column of columns) column.header = joinBrokenHeaderWord(column.header);
    for (const row of rows) {
      for (const extra of row.extras) extra.header = columns[extra.column]?.header ?? '';
    }
    const pages = [...new Set([...scan.header, ...scan.body.map((b) => b.doc)].map((l) => l.page))];
    tables.push({
      years: scan.headerYears,
      unit: scan.unit,
      labelHeader,
      extraHeaders: columns.filter((c) => c.kind === 'extra').map((c) => c.header),
      yearHeader: normalizeText(yearParts.join(' ')),
      rows,
      pages,
      firstLine: (scan.header[0] ?? line).index,
      lineIndexes,
      issues: [...scan.headerIssues, ...issues],
      ...(scan.summed.size > 0 ? { summed: scan.summed } : {}),
      ...(header.continues ? { continues: header.continues } : {}),
      alignment,
    });
    i = Math.max(i, scan.end + skipped - 1);
  }
  return tables;
}
