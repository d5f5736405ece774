/**
 * Document metadata: title, date, type, the board the paper is for, and the region.
 */
import type { DocumentInfo, Page } from '../page-model.ts';
import type { DocumentType, Region, RegionCode } from '../schema.ts';
import { findDates } from '../swedish/dates.ts';
import { detectRegion, regionName } from '../swedish/regions.ts';
import { type Layout, linesOfPage } from './layout.ts';
import { findBodies } from './references.ts';

export interface TitleGuess {
  title: string | null;
  /** Doc line index of the title's first line, so passes can tell the title from section headings. */
  lineIndex: number | null;
}

/**
 * A title that stops on a dash ("Budget 2025 med plan 2026–" / "2027") ran over its line: the next
 * line in the same size, set apart from the title's block by the layout, is the rest of it.
 */
function withDanglingTail(layout: Layout, block: Layout['blocks'][number]): string {
  const last = block.lines.at(-1);
  if (!last) return block.text;
  if (!/[-\u2010-\u2015\u2212]$/u.test(block.text.trim())) return withWrappedTail(layout, block, last);
  const next = layout.lines[last.index + 1];
  if (!next || next.page !== last.page) return block.text;
  // OCR estimates sizes from glyph boxes ("2027" has no descenders): a quarter's difference is the same size.
  const size = last.line.fontSize;
  if (Math.abs(next.line.fontSize - size) > Math.max(0.5, size * 0.25)) return block.text;
  // The rest of a title goes on in digits or lower case; a capital opens a heading of its own.
  if (next.text.trim().length > 40 || !/^[\p{N}\p{Ll}]/u.test(next.text.trim())) return block.text;
  return `${block.text.trim()}${next.text.trim()}`;
}

/**
 * A title wrapped at the page's width leaves its last word (often its year) on the next line, set in the
 * title's own size right under it: "Ekonomiskt läge och åtgärder" over "2026". A short line in the same
 * size, as close as the title's line spacing, going on in digits or lower case, is the title's end.
 */
function withWrappedTail(
  layout: Layout,
  block: Layout['blocks'][number],
  last: Layout['blocks'][number]['lines'][number],
): string {
  const next = layout.lines[last.index + 1];
  if (!next || next.page !== last.page) return block.text;
  const size = last.line.fontSize;
  if (size < layout.bodyFontSize * 1.15 || Math.abs(next.line.fontSize - size) > 0.5) return block.text;
  if (next.gapBefore > size * 0.8) return block.text;
  const tail = next.text.trim();
  if (tail.length > 40 || !/^[\p{N}\p{Ll}]/u.test(tail)) return block.text;
  return `${block.text.trim()} ${tail}`;
}

export function guessTitle(layout: Layout, info: DocumentInfo, cover = 0): TitleGuess {
  // The paper's first page: after a meeting's cover sheet, when one is bound before it.
  const start = (cover > 0 ? layout.pages[cover]?.number : undefined) ?? layout.lines[0]?.page ?? 1;
  const firstPage = linesOfPage(layout, start).slice(0, 25);
  const largest = Math.max(0, ...firstPage.map((l) => l.line.fontSize));
  if (largest >= layout.bodyFontSize * 1.15) {
    const block = layout.blocks.find(
      (b) =>
        b.kind === 'heading' && b.lines.some((l) => firstPage.includes(l) && l.line.fontSize === largest),
    );
    if (block) return { title: withDanglingTail(layout, block), lineIndex: block.lines[0]?.index ?? null };
  }
  const bold = layout.blocks.find((b) => b.kind === 'heading' && b.lines.every((l) => firstPage.includes(l)));
  if (bold) return { title: bold.text, lineIndex: bold.lines[0]?.index ?? null };
  const metaTitle = info.title?.trim();
  return {
    title: metaTitle && !/^(untitled|dokument\d*|microsoft word)/i.test(metaTitle) ? metaTitle : null,
    lineIndex: null,
  };
}

const DATE_LABEL_RE =
  /^(?:datum|sammanträdesdatum|sammanträde|beslutsdatum|daterad|upprättad|dnr|diarienummer)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/iu;
/** Labels of dates that belong to another event than the paper itself. */
const OTHER_EVENT_DATE_RE =
  /^(?:justera|justering|justerat|anslag|nästa|kommande|expedier|skickat|inkom|återremitter|sista\s+dag)[A-Za-zªµºÀ-ÖØ-öø-ɏ]*/iu;
/** Something written like a date that is none ("2023-13-45", "31/02/2024"). */
const MALFORMED_DATE_RE =
  /(?<![\p{N}])(?:\d{4}[-\u2010-\u2013]\d{1,2}[-\u2010-\u2013]\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{4}|\d{2}-\d{2}-\d{2})(?![\p{N}])/u;

/**
 * The year of a header date written wrongly ("Datum 2025-08-35"): the paper has no date, but the year
 * it was written in still stands there, and day-and-month dates in its text ("den 4 januari") take it.
 */
export function malformedDateYear(pages: Page[]): number | null {
  for (const line of pages[0]?.lines.slice(0, 40) ?? []) {
    const text = line.text.replace(/\s+/g, ' ').trim();
    const cells = text.split(/\s{2,}|\s+[·•|]\s+/u);
    for (const cell of [...cells, text]) {
      if (!DATE_LABEL_RE.test(cell)) continue;
      const m = MALFORMED_DATE_RE.exec(cell);
      const year = m ? /^(\d{4})[-\u2010-\u2013]/u.exec(m[0])?.[1] : undefined;
      if (year && Number(year) >= 1990 && Number(year) <= 2100) return Number(year);
    }
  }
  return null;
}

/**
 * The paper's own date: a header line "Datum 2023-10-02", "Sammanträdesdatum" over its date, "Dnr …"
 * beside it, a title "Protokoll 2024-03-12", or a date alone near the top of the first page.
 */
export function guessDate(pages: Page[]): string | null {
  const first = pages[0];
  if (!first) return null;
  const lines = withWrappedDates(first.lines.slice(0, 40));
  // A slide's body placeholder sets its lines as bullets ("• Sammanträde 2026-06-21"): the bullet glyph is
  // the list's mark, not a word beside the date.
  const flat = (t: string): string =>
    t
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^[•▪◦‣●■►]\s*/u, '');
  // A date its label names ("Datum: …", "Sammanträdesdatum") first, then one standing alone near the
  // top: a received-stamp over the top margin ("INKOM" / its date) is above the letterhead's date.
  // A tagged PDF marks a word processor's page header as an artifact, and the letterhead of a first-page
  // header ("Datum 2025-10-18" under the region's name) goes with it: its labelled date is the paper's
  // when the content has none, before any unlabelled date of the text.
  const header = (first.artifacts ?? []).filter((line) => line.y < first.height * 0.2);
  for (const [source, labelsOnly] of [
    [lines, true],
    [header, true],
    [lines, false],
  ] as const) {
    const found = dateIn(source, first, flat, labelsOnly);
    if (found !== undefined) return found;
  }
  return placeAndDate(pages, flat);
}

/** A date cut at one of its hyphens at the end of a cell ("2026-" or "2026-04-"). */
const DATE_HEAD_RE = /(?<![\p{N}])\d{4}-(?:\d{1,2}-)?$/u;
const DATE_TAIL_RE = /^\d{1,2}(?:-\d{1,2})?(?![\p{N}])/u;

/**
 * A date that a narrow table cell wrapped at a hyphen ("Datum 2026-" over "04-03" in the cell under it):
 * where a line's segment ends with the head of a date and one of the next two lines has a segment at
 * the same left edge opening with the rest, the segment gets the whole date back.
 */
export function withWrappedDates(lines: Page['lines']): Page['lines'] {
  return lines.map((line, k) => {
    if (!line.segments.some((segment) => DATE_HEAD_RE.test(segment.text.trim()))) return line;
    const segments = line.segments.map((segment) => {
      const text = segment.text.trim();
      if (!DATE_HEAD_RE.test(text)) return segment;
      const below = lines
        .slice(k + 1, k + 3)
        .flatMap((l) => l.segments)
        .find((s) => Math.abs(s.x - segment.x) <= 2);
      const tail = below ? DATE_TAIL_RE.exec(below.text.trim())?.[0] : undefined;
      return tail ? { ...segment, text: `${text}${tail}` } : segment;
    });
    return { ...line, segments, text: segments.map((segment) => segment.text).join('  ') };
  });
}

/** A cell that ends with a date's label ("Datum:", "… Sammanträdesdatum"): its value is the next cell. */
const LABEL_END_RE = /(?:^|\s)(?:datum|sammanträdesdatum|beslutsdatum|daterad|upprättad)\s*:?$/iu;

/** "Östersund den 22 april 2025", "Falun, 2025-04-22": a place and a date alone on their line. */
const PLACE_DATE_LINES = 12;
const PLACE_BEFORE_DATE_RE = /^\p{Lu}[A-Za-zªµºÀ-ÖØ-öø-ɏ-]+(?: \p{Lu}[A-Za-zªµºÀ-ÖØ-öø-ɏ-]+)?,?(?: den)?$/u;

/**
 * With no date in the header, the place and date written above the signature at the end of the paper
 * (the Swedish letter's "Ort den …") date it. The last such line counts; a date with any other words
 * beside it is not one. Only the last lines of the last page are read: the signature block.
 */
function placeAndDate(pages: Page[], flat: (t: string) => string): string | null {
  const last = pages[pages.length - 1];
  if (last) {
    for (const line of last.lines.slice(-PLACE_DATE_LINES).reverse()) {
      const text = flat(line.text);
      if (text.length > 60) continue;
      const date = findDates(text, { shortYears: false })[0];
      if (!date?.iso) continue;
      const place = (text.slice(0, date.index) + text.slice(date.end)).trim();
      if (PLACE_BEFORE_DATE_RE.test(place) && !DATE_LABEL_RE.test(place) && !OTHER_EVENT_DATE_RE.test(place))
        return date.iso;
    }
  }
  return null;
}

/** A line's words are a board's name and nothing else ("Regionala sjukvårdsnämnden", "Nämnden för …"). */
const BOARD_ONLY_RE =
  /^(?:(?:[\p{Lu}][A-Za-zªµºÀ-ÖØ-öø-ɏ]*-?\s+(?:och\s+|för\s+)?){0,5}[A-Za-zªµºÀ-ÖØ-öø-ɏ-]*(?:nämnd|styrelse|fullmäktige)(?:en)?|(?:Nämnden|Styrelsen|Utskottet)\s+för\s+[\p{Ll}-]+(?:\s+(?:och\s+)?[\p{Ll}-]+){0,4})[,:]?$/u;

/**
 * A letterhead's case-number field, "Dnr HSN 2024/292" (also cut at the line's end, "Dnr HSN"): a header
 * word like the region's name and the paper's kind beside a date, however long the number is.
 */
const CASE_NUMBER_FIELD_RE =
  /(?:^|\s)(?:[Dd]nr|DNR|[Dd]iarienummer)\.?:?(?:\s+\p{Lu}{1,8})?(?:\s+\d{2,4}[/-]\d{1,6}(?:[-.:/]\d{1,6})*)?(?=\s|$)/gu;
const withoutCaseNumber = (text: string): string =>
  text.replace(CASE_NUMBER_FIELD_RE, ' ').replace(/\s+/g, ' ').trim();

function dateIn(
  lines: Page['lines'],
  first: Page,
  flat: (t: string) => string,
  labelsOnly: boolean,
): string | null | undefined {
  for (const [k, line] of lines.entries()) {
    const whole = flat(line.text);
    // A header block is often two columns on one line ("Hälso- och sjukvårdsförvaltningen  Sammanträdesdatum
    // 2023-06-17"): each cell is read on its own, the whole line last.
    // A one-line letterhead joins its fields with a separator ("Region X · Nämnden · Datum: 2025-05-08 ·
    // Dnr …", "… | 2025-05-08 | …"): those are cells as much as a wide gap is.
    // A letterhead run into one sentence-like line ("Region X, nämnden. Dnr 2026/41. Datum 2026-10-14.")
    // starts a field at each capitalised label after a full stop, comma or semicolon.
    // Fields set apart by spaces the text layer lost ("Handlingsplan Datum 2025-10-27 Diarienummer …"):
    // a capitalised date label with a full date right after it starts a field anywhere in the line.
    const cells = line.text
      .split(
        /\s{2,}|\s+[·•|]\s+|(?<=[.;,])\s+(?=(?:Datum|Sammanträdesdatum|Beslutsdatum|Dnr|Diarienummer)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ]))|\s+(?=(?:Datum|Sammanträdesdatum|Beslutsdatum):?\s+(?:19|20)\d{2}-\d{2}-\d{2}\b)/u,
      )
      .map(flat)
      .filter(Boolean);
    const nearTop = line.y < first.height * 0.2;
    // "Justeras  2025-03-11" (two cells), or "Justeras" over its date: the line's date is another event's.
    const above = k > 0 ? flat(lines[k - 1]?.text ?? '') : '';
    if (OTHER_EVENT_DATE_RE.test(whole) || (OTHER_EVENT_DATE_RE.test(above) && !/\d/u.test(above))) continue;
    // A grid of labels and values ("Ärende:  …  Datum:  2026-01-16"): the value in the cell after its label.
    for (const [c, cell] of cells.entries()) {
      const value = cells[c + 1];
      if (!value || !LABEL_END_RE.test(cell) || OTHER_EVENT_DATE_RE.test(cell)) continue;
      const date = findDates(value, { shortYears: true })[0];
      if (date?.iso && date.index === 0) return date.iso;
    }
    for (const text of cells.length > 1 ? [...cells, whole] : [whole]) {
      const isCell = text !== whole;
      // A date its words give to another event (the minutes checked, posted, sent, a coming meeting) is
      // not the paper's own, however near the top it stands.
      if (OTHER_EVENT_DATE_RE.test(text)) continue;
      const labelled = DATE_LABEL_RE.test(text);
      if (isCell && !labelled && !nearTop) continue;
      // "Sammanträdesdatum" alone, the date on the next line.
      const next = lines[k + 1];
      const labelOnly =
        /^(?:datum|sammanträdesdatum|sammanträde|beslutsdatum|daterad|upprättad)\s*:?$/iu.test(text);
      if (labelsOnly && !labelled && !labelOnly) continue;
      const probe = labelOnly && next ? `${text} ${flat(next.text)}` : text;
      const dates = findDates(probe, { shortYears: true });
      const date = dates[0];
      if (!date?.iso) {
        // "Datum 2023-13-45": the paper states its date, wrongly; no other date may stand in for it.
        if ((labelled || labelOnly) && MALFORMED_DATE_RE.test(probe)) return null;
        continue;
      }
      if (labelOnly) return date.iso;
      const rest = (text.slice(0, date.index) + text.slice(date.end))
        .replace(/^(datum|date|daterad|upprättad|sammanträdesdatum|sammanträde)\s*:?/i, '')
        .trim();
      // The date stands alone on its line or cell, or beside short header words (a case number, a place).
      if (
        rest.length <= 3 ||
        /^(datum|dnr|diarienummer|sammanträdesdatum|sammanträde)/i.test(text) ||
        (nearTop && withoutCaseNumber(rest).length < 40) ||
        // "Hälso- och sjukvårdsnämnden 2025-10-14" on a line of its own (a slide deck's title slide, lower
        // than a letterhead): the meeting the paper is for, whose date is the paper's.
        BOARD_ONLY_RE.test(rest)
      ) {
        return date.iso;
      }
    }
  }
  return undefined;
}

const TYPE_RULES: { type: DocumentType; re: RegExp }[] = [
  {
    type: 'protokoll',
    re: /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(sammanträdesprotokoll|protokoll(?:sutdrag)?|justerandes signatur|justerare)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/iu,
  },
  {
    type: 'handlingsplan',
    re: /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(handlingsplan|åtgärdsplan|besparingsplan|omställningsplan)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/iu,
  },
  {
    type: 'tjansteskrivelse',
    re: /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(tjänsteskrivelse|tjänsteutlåtande|ärendebeskrivning|beslutsunderlag|missiv)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/iu,
  },
  { type: 'bilaga', re: /^\s*(?:#\s*)?bilaga\b/im },
  {
    type: 'rapport',
    // Compounds name reports too ("månadsuppföljning", "ekonomirapport").
    re: /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])([A-Za-zªµºÀ-ÖØ-öø-ɏ]*rapport|[A-Za-zªµºÀ-ÖØ-öø-ɏ]*uppföljning|årsredovisning|verksamhetsberättelse|bokslut)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/iu,
  },
];

// "Utdrag ur protokoll" (an extract of minutes, as a diarium labels it in its head) names minutes too.
const MINUTES_WORD_RE =
  /^(?:utdrag\s+ur\s+(?:sammanträdes)?protokoll(?:et)?|sammanträdesprotokoll|protokoll(?:sutdrag)?|justerandes signatur|justerare)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/iu;

/**
 * A line where minutes name themselves: a cell of the header that opens with "Protokoll",
 * "Justerandes signatur" …, or a short line holding such a word. A sentence that cites minutes
 * ("Se protokollsutdrag, Regionstyrelsen 2024-09-04 § 138.") does not.
 */
function minutesLine(line: string): boolean {
  if (line.split(/\s{2,}/u).some((cell) => MINUTES_WORD_RE.test(cell.trim()))) return true;
  return line.trim().split(/\s+/u).length <= 4 && (TYPE_RULES[0]?.re.test(line) ?? false);
}

/** A meeting's cover sheet names itself: "Kallelse", "Kallelse och föredragningslista", "Föredragningslista". */
const COVER_NAME_RE =
  /^(?:kallelse(?:\s+(?:och|med)\s+föredragningslista|\s+till\s+[A-Za-zªµºÀ-ÖØ-öø-ɏ]+.*)?|föredragningslista)\s*:?$/iu;
/** A line of an agenda: an item's number and its name ("3. Handlingsplan …", "§ 4 Månadsrapport"). */
const AGENDA_LINE_RE = /^(?:\d{1,2}[.)]|§\s*\d{1,4})\s+[A-Za-zªµºÀ-ÖØ-öø-ɏ]/u;

/**
 * Leading pages that are a meeting's cover sheet bound before the paper (0 or 1): the first page names
 * itself "Kallelse" or "Föredragningslista" on a line of its own near its top and lists the items, the
 * paper follows on the next page. Its meeting time, its title and its list of items are the meeting's,
 * not the paper's. Minutes that open with their agenda ("Protokoll" in the head) are the paper itself.
 */
export function coverPages(layout: Layout): number {
  if (layout.pages.length < 2) return 0;
  const lines = (layout.pages[0]?.lines ?? []).map((l) => l.text.replace(/\s+/g, ' ').trim());
  if (!lines.slice(0, 8).some((t) => COVER_NAME_RE.test(t))) return 0;
  if (lines.some((t) => minutesLine(t))) return 0;
  return lines.filter((t) => AGENDA_LINE_RE.test(t)).length >= 2 ? 1 : 0;
}

/** A line that is only a case memo's label: "Tjänsteskrivelse", "TJÄNSTEUTLÅTANDE", "Tjänsteskrivelse 1 (3)". */
function memoLabelLine(line: string): boolean {
  return /^\s*(?:tjänsteskrivelse|tjänsteutlåtande)(?:\s+\d+\s*\(\d+\))?\s*$/iu.test(line);
}

/**
 * A line that carries a memo's label as a word of its own, capitalised as a label is ("Tjänsteskrivelse
 * 2026-09-15 Diarienummer …", "Region Gotland Beslutsunderlag"), in no sentence (a sentence ends in a
 * full stop: "… enligt tjänsteskrivelsen."). Not a section heading's word such as "Ärendebeskrivning".
 */
function memoLabelInLine(line: string): boolean {
  return (
    /(?:^|\s)(?:Tjänsteskrivelse|Tjänsteutlåtande|Beslutsunderlag|Missiv)(?=\s|$)/u.test(line) &&
    !/\.\s*$/u.test(line)
  );
}

/**
 * A line that is only the label of a paper put before a board: a case memo's ("Tjänsteskrivelse"), or
 * the other names regions give it ("Ärendebeskrivning", "Beslutsunderlag"), alone or with a page count.
 */
function caseLabelLine(line: string): boolean {
  return (
    memoLabelLine(line) || /^\s*(?:ärendebeskrivning|beslutsunderlag)(?:\s+\d+\s*\(\d+\))?\s*$/iu.test(line)
  );
}

/**
 * A title that names a plan: "Plan för ekonomi i balans 2026–2027", "Sparplan 2026", "Plan 2025–2027",
 * "Effektiviseringsplan för …" — the word "plan" on its own or ending a compound, not "planering"
 * nor "planen" (which follows a plan up rather than being one). "Verksamhetsplan med budget" names
 * the year's plan of the whole business, not a plan of measures, and is left to the other rules.
 */
const PLAN_TITLE_RE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:plan|[A-Za-zªµºÀ-ÖØ-öø-ɏ]{2,}plan)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/iu;
/**
 * Plans that are no action plans: a budget's plan years ("Budget 2026 med plan 2027–2028", "… och
 * plan för 2027–2028") name the years of a multi-year budget, not measures.
 */
const NOT_A_MEASURE_PLAN_RE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:verksamhetsplan|budgetplan|detaljplan|översiktsplan|(?:med|och|samt)\s+plan(?:\s+för)?(?:\s+åren)?\s+(?:19|20)\d{2})(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/iu;

/** "program" on its own or ending a compound ("åtgärdsprogram", "sparprogram"), not "programmering". */
const PROGRAMME_TITLE_RE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:program|[A-Za-zªµºÀ-ÖØ-öø-ɏ]{2,}program)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/iu;

/**
 * A title that opens with a follow-up of something ("Uppföljning av handlingsplan …", "Åtgärdsuppföljning
 * 2026 – handlingsplan …", "Återrapportering av åtgärdsplanen"): the paper follows the plan up, it is
 * not the plan, whatever plan its title names.
 */
const FOLLOW_UP_TITLE_RE =
  /^\s*(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]*uppföljning|återrapportering|redovisning)(?:en)?(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/iu;

export function titleNamesPlan(title: string | null): boolean {
  if (!title) return false;
  return PLAN_TITLE_RE.test(title) && !NOT_A_MEASURE_PLAN_RE.test(title);
}

/** Lines that open with "§ <n>" and a capitalised title, counted while their numbers ascend. */
function agendaItems(layout: Layout): number {
  let count = 0;
  let last = -1;
  for (const line of layout.lines) {
    const m = /^§\s*(\d{1,4})\s+\p{Lu}\p{Ll}/u.exec(line.text.trim());
    if (!m) continue;
    const n = Number(m[1]);
    if (n > last) count += 1;
    last = n;
  }
  return count;
}

/** A line that is only an appendix's label: "Bilaga", "Bilaga 2", "BILAGA 3 (4)". */
const APPENDIX_LABEL_LINE_RE = /^\s*bilaga(?:\s+\d{1,2}[a-z]?)?(?:\s+\d+\s*\(\d+\))?\s*$/iu;

/** A case memo's own fields, as labels in its head: the officer handling it and who receives it. */
const MEMO_FIELD_RE =
  /(?:^|\s{2,}|\n)(?:handläggare|ansvarig\s+handläggare|föredragande)\s*:?(?:\s{2,}|\s*\n|\s*:)/iu;
const RECIPIENT_FIELD_RE = /(?:^|\s{2,}|\n)(?:mottagare|till)\s*:?(?:\s{2,}|\s*\n|\s*:)/iu;

export function guessDocumentType(
  layout: Layout,
  title: string | null,
  hasProposal: boolean,
  shape: { measuresWithEffects?: number; cover?: number } = {},
): DocumentType {
  const firstPageText = layout.pages[shape.cover ?? 0]?.lines.map((l) => l.text).join('\n') ?? '';
  const head = `${title ?? ''}\n${firstPageText.slice(0, 600)}`;
  // The title and the page head speak first.
  // "Bilaga 2 Handlingsplan …" is an action plan filed as an appendix: the plan is what it is.
  if (title && /^\s*bilaga\b/i.test(title)) {
    return /(handlingsplan|åtgärdsplan|besparingsplan|omställningsplan)/i.test(title)
      ? 'handlingsplan'
      : 'bilaga';
  }
  // A title that names its kind ("Handlingsplan 2026–2027") outweighs words in the text beneath it.
  const hasParagraphs = /§\s*\d+/.test(layout.lines.map((l) => l.text).join('\n'));
  // A title opening with its own § ("§ 153 Handlingsplan för …") is an item of minutes when the head
  // names the paper minutes on a line of its own ("Protokollsutdrag"): the item's subject is not the
  // paper's kind.
  if (
    title &&
    /^\s*§\s*\d+\s+[A-Za-zªµºÀ-ÖØ-öø-ɏ]/u.test(title) &&
    hasParagraphs &&
    head.split('\n').some(minutesLine)
  )
    return 'protokoll';
  for (const rule of TYPE_RULES) {
    if (rule.type === 'rapport' || rule.type === 'bilaga') continue;
    if (rule.type === 'protokoll' && !hasParagraphs) continue;
    if (rule.type === 'handlingsplan' && title && FOLLOW_UP_TITLE_RE.test(title)) continue;
    // "Handlingsplan för kortare väntetider …" as the subject of a paper labelled a case memo in its head
    // ("Ärendebeskrivning" under the letterhead), proposing a decision and listing no measures with
    // effects: the memo that puts the plan before the board, not the plan.
    if (
      rule.type === 'handlingsplan' &&
      title &&
      rule.re.test(title) &&
      hasProposal &&
      (shape.measuresWithEffects ?? 0) < 2 &&
      head.split('\n').some(caseLabelLine)
    )
      return 'tjansteskrivelse';
    // "Beslutshistorik – Handlingsplan för …" under a head that labels the paper an appendix on a line of
    // its own ("Bilaga 2"), with no measures with effects and no proposal: an appendix about the plan
    // (its decisions, its background), not the plan.
    if (
      rule.type === 'handlingsplan' &&
      title &&
      rule.re.test(title) &&
      !hasProposal &&
      (shape.measuresWithEffects ?? 0) < 2 &&
      head.split('\n').some((line) => APPENDIX_LABEL_LINE_RE.test(line))
    )
      return 'bilaga';
    if (title && rule.re.test(title)) return rule.type;
  }
  // A paper titled as a plan whose body lists measures with effects by year is an action plan, whatever
  // word its title uses for the plan; a plan without measures (a "plan för uppföljning") is not one.
  // A follow-up of a plan ("Uppföljning av plan för …") is a report and is left to the rules below.
  // A paper that labels itself a case memo on a line of its own in its head ("Tjänsteskrivelse" under
  // the letterhead) and proposes a decision is the memo that carries the plan, often filed with the
  // plan's table as its appendix.
  if (
    titleNamesPlan(title) &&
    (shape.measuresWithEffects ?? 0) >= 2 &&
    !(title && TYPE_RULES[4]?.re.test(title)) &&
    !(hasProposal && head.split('\n').some(memoLabelLine))
  )
    return 'handlingsplan';
  // "Åtgärdsprogram 2026–2027", "Sparprogram …", "Program för ekonomisk återhämtning …" over measures
  // with effects is a plan of measures too — unless the paper proposes a decision on it, when it is the
  // case memo that carries the programme.
  if (
    title &&
    PROGRAMME_TITLE_RE.test(title) &&
    !hasProposal &&
    (shape.measuresWithEffects ?? 0) >= 2 &&
    !TYPE_RULES[4]?.re.test(title)
  )
    return 'handlingsplan';
  // Agenda items in ascending order at the start of lines ("§ 31 Avtal …", "§ 32 Riktlinje …") are
  // the structure of minutes, whatever the title calls them ("Beslut i korthet"), unless the head
  // says it is a case memo or an appendix quoting them.
  // An appendix that lists earlier decisions by their § ("Bilaga 2" over "§ 112 Budget 2024 …") is one.
  if (
    agendaItems(layout) >= 2 &&
    !TYPE_RULES[2]?.re.test(head) &&
    !/^\s*bilaga\b/im.test(firstPageText.slice(0, 300))
  )
    return 'protokoll';
  for (const rule of TYPE_RULES) {
    if (rule.type === 'rapport' || rule.type === 'bilaga') continue;
    if (rule.type === 'protokoll') {
      // Minutes say so in a heading or a label at the start of a line ("Protokoll", "Justerandes
      // signatur"); a sentence that cites minutes ("Se protokollsutdrag, Regionstyrelsen …") does not.
      const ownLine = head.split('\n').some(minutesLine);
      if (!ownLine || !hasParagraphs) continue;
      return rule.type;
    }
    // A report's title ("Delårsrapport per augusti", "Månadsuppföljning mars") outweighs a plan named in
    // its text ("… i uppdrag att ta fram en handlingsplan"): the report tells of the plan, it is not one.
    if (
      rule.type === 'handlingsplan' &&
      title &&
      ((TYPE_RULES[4]?.re.test(title) && !titleNamesPlan(title)) || FOLLOW_UP_TITLE_RE.test(title))
    )
      continue;
    // A plan named in a sentence of the head ("… ska en åtgärdsplan redovisas …") under a head that labels
    // the paper a case memo on a line of its own, proposing a decision: the memo that puts the plan
    // before the board (its title, tested above, did not name a plan).
    if (rule.type === 'handlingsplan' && hasProposal && head.split('\n').some(memoLabelLine)) continue;
    // A report's title ("Tertialrapport 2", "Delårsrapport per augusti") is named by a memo's label only
    // where the label stands above it (the letterhead's "Tjänsteskrivelse" over the report it carries);
    // the same word below the title is a section of the report ("Ärendebeskrivning" over its first text).
    if (
      rule.type === 'tjansteskrivelse' &&
      title &&
      TYPE_RULES[4]?.re.test(title) &&
      !titleNamesPlan(title)
    ) {
      const at = firstPageText.indexOf(title);
      if (at >= 0) {
        if (rule.re.test(firstPageText.slice(0, at))) return rule.type;
        // A memo's label on a line of the head below the title ("Tjänsteskrivelse 2026-09-15 Dnr …",
        // a letterhead's "Region Gotland Beslutsunderlag") still names the paper: only a section
        // heading word ("Ärendebeskrivning") is the report's own.
        if (head.split('\n').some(memoLabelInLine)) return rule.type;
        continue;
      }
    }
    if (rule.re.test(head)) return rule.type;
  }
  if (/^\s*bilaga\b/im.test(firstPageText.slice(0, 300))) return 'bilaga';
  // A sheet's title block sets the region or the board above the title in larger type, so the title
  // guessed may be that letterhead: a short line of the page's head that names a plan ("Plan för
  // effektiviseringar 2027–2028"), over measures with effects and with no proposal, makes it a plan —
  // landscape pages of a wide table are no slides.
  // The line is a title, not a sentence of the text ("… fick i uppdrag att ta fram en åtgärdsplan."), and
  // a title guessed as a report's ("Månadsuppföljning oktober") keeps the report.
  const titleLike = (line: string): boolean =>
    line.length <= 90 && !/[.!?,;]$/u.test(line) && /^[\p{Lu}\p{N}]/u.test(line);
  if (
    !hasProposal &&
    (shape.measuresWithEffects ?? 0) >= 2 &&
    !(title && TYPE_RULES[4]?.re.test(title)) &&
    firstPageText
      .split('\n')
      .slice(0, 6)
      .some((line) => titleLike(line.trim()) && titleNamesPlan(line.trim()) && !TYPE_RULES[4]?.re.test(line))
  )
    return 'handlingsplan';
  const slides = layout.landscapePages > layout.pages.length / 2;
  // A head that addresses the paper as a case memo does — its officer and its recipient as labelled
  // fields ("Handläggare", "Mottagare") — over a proposal is the memo, whatever it follows up.
  if (!slides && hasProposal && MEMO_FIELD_RE.test(head) && RECIPIENT_FIELD_RE.test(head))
    return 'tjansteskrivelse';
  if (slides || TYPE_RULES[4]?.re.test(head)) return 'rapport';
  if (hasProposal) return 'tjansteskrivelse';
  return 'okand';
}

/** The board the paper is for: the body named in the title, else the one most named on the first pages. */
export function guessBody(layout: Layout, title: string | null): string | null {
  const fromTitle = title ? findBodies(title)[0]?.body : undefined;
  if (fromTitle) return fromTitle;
  // A labelled recipient field in the head ("Till: …", "Mottagare   …") names the board the paper is for.
  for (const line of layout.lines) {
    if (line.page > 1) break;
    // The label is a segment of its own, or ends in a colon.
    const segments = line.line.segments;
    const labelled =
      segments.length > 1 && /^(?:till|mottagare)\s*:?$/iu.test(segments[0]?.text.trim() ?? '');
    const value = labelled
      ? segments
          .slice(1)
          .map((g) => g.text)
          .join(' ')
      : /^(?:till|mottagare)\s*:\s*(.+)$/iu.exec(line.text)?.[1];
    const named = value ? findBodies(value.trim())[0] : undefined;
    if (named && named.index === 0) return named.body;
  }
  const counts = new Map<string, { count: number; first: number }>();
  layout.lines.forEach((line, i) => {
    if (line.page > 3) return;
    for (const { raw, body } of findBodies(line.text)) {
      if (/^(nämnden|regeringen|fullmäktige)$/i.test(raw)) continue;
      const entry = counts.get(body) ?? { count: 0, first: i };
      entry.count += 1;
      counts.set(body, entry);
    }
  });
  const ranked = [...counts.entries()].sort((a, b) => b[1].count - a[1].count || a[1].first - b[1].first);
  return ranked[0]?.[0] ?? null;
}

/**
 * A word processor puts the letterhead — the region's name — in the page header, and its tagged export
 * marks the header as an artifact, so it is no content of the page. When the content names no region,
 * the first page's header band (its artifacts in the top fifth) is the letterhead and may: nothing else
 * of the artifacts (a footer's address line may name a supplier's region, a running title another's).
 */
function headerRegion(pages: Page[]): ReturnType<typeof detectRegion> {
  const first = pages[0];
  const header = (first?.artifacts ?? []).filter((line) => first && line.y < first.height * 0.2);
  if (!first || header.length === 0) return null;
  return detectRegion([{ number: first.number, text: header.map((l) => l.text).join('\n') }]);
}

export function resolveRegion(
  pages: Page[],
  stated: RegionCode | undefined,
): { region: Region | null; conflict: string | null } {
  const detected =
    detectRegion(pages.map((p) => ({ number: p.number, text: p.lines.map((l) => l.text).join('\n') }))) ??
    headerRegion(pages);
  if (stated) {
    const conflict =
      detected && detected.code !== stated
        ? `the uploader stated ${stated} but the text points to ${detected.code} (${detected.evidence})`
        : null;
    return {
      region: {
        code: stated,
        name: regionName(stated),
        evidence: 'stated by the uploader',
        page: null,
        source: 'uploader',
      },
      conflict,
    };
  }
  if (!detected) return { region: null, conflict: null };
  return {
    region: {
      code: detected.code,
      name: detected.name,
      evidence: detected.evidence.replace(/\s+/g, ' ').trim(),
      page: detected.page,
      source: 'detected',
    },
    conflict: null,
  };
}
