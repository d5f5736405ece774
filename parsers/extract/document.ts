/**
 * The extraction passes over one document's pages, in order: layout, decisions (so their points are not
 * read as measures), year tables, listed measures, totals and their reconciliation, amounts, references,
 * metadata. Every fact keeps its page and verbatim evidence.
 */
import type { DocumentInfo, Page } from '../page-model.ts';
import { reconciles, tableTolerance } from '../reconcile.ts';
import type {
  Amount,
  Decision,
  ExtractedDocument,
  ExtractionWarning,
  Measure,
  Reference,
  RegionCode,
  Total,
} from '../schema.ts';
import { formatMkr } from '../swedish/numbers.ts';
import { fiscalYearsIn, periodYearsIn } from '../swedish/years.ts';
import { cardMeasures, tablesOutsideCards } from './cards.ts';
import { chartLabelAmounts } from './chart-labels.ts';
import { withoutScaledCopies } from './copies.ts';
import { extractDecisions } from './decisions.ts';
import { PageTexts } from './evidence.ts';
import { buildLayout, type Layout, normalizeText } from './layout.ts';
import {
  approximateEffectDoubts,
  dedupeMeasures,
  listMeasures,
  type MeasureDraft,
  preferQuantified,
  restatedEffectDoubts,
  sectionMeasures,
  summaryTotals,
  TOTAL_ROW_RE,
  type TotalDraft,
  tableAmounts,
  tableMeasures,
} from './measures.ts';
import {
  coverPages,
  guessBody,
  guessDate,
  guessDocumentType,
  guessTitle,
  malformedDateYear,
  resolveRegion,
} from './metadata.ts';
import { drawnTableAmounts, extractAmounts, figureTableAmounts } from './money.ts';
import { extractReferences, withOwnBody, withoutStrayStyrelsen } from './references.ts';
import { sumLinesAfterMeasures } from './sum-lines.ts';
import { findYearTables, labelTextOf } from './tables.ts';

export interface AnalyzeOptions {
  fileName: string;
  info: DocumentInfo;
  statedRegion?: RegionCode;
}

export interface Analysis {
  document: ExtractedDocument['document'];
  measures: Measure[];
  totals: Total[];
  amounts: Amount[];
  decisions: Decision[];
  references: Reference[];
  warnings: ExtractionWarning[];
}

/** A title that is only the paper's kind, set over its subject: "Tjänsteskrivelse", "PROMEMORIA". */
const KIND_LABEL_TITLE_RE =
  /^(?:tjänsteskrivelse|tjänsteutlåtande|promemoria|pm|missiv|protokoll|protokollsutdrag|utdrag\s+ur\s+protokoll|kallelse|beslutsunderlag)$/iu;

/**
 * The fiscal years the title names, else the reporting period stated on the first lines ("ack dec 2023").
 * A title that only names the paper's kind leaves its subject to the first heading under it on the
 * page ("Tjänsteskrivelse" over "Budget och verksamhetsplan 2027"): that heading's years are the title's.
 */
function documentYears(
  title: string | null,
  pages: Page[],
  layout: Layout,
  titleLine: number | null,
): number[] {
  const fromTitle = fiscalYearsIn(title);
  if (fromTitle.length > 0) return fromTitle;
  if (title && titleLine !== null && KIND_LABEL_TITLE_RE.test(title.trim())) {
    const page = layout.lines[titleLine]?.page;
    const subject = layout.blocks.find(
      (b) =>
        b.kind === 'heading' &&
        b.lines[0] !== undefined &&
        b.lines[0].index > titleLine &&
        b.lines[0].page === page,
    );
    const fromSubject = fiscalYearsIn(subject?.text ?? null);
    if (fromSubject.length > 0) return fromSubject;
  }
  return periodYearsIn((pages[0]?.lines ?? []).slice(0, 15).map((l) => l.text));
}

/**
 * The years a table's header line runs across ("Åtgärd  2025  2026", "Nr  Insats  Ansvar  2026  2027  2028"):
 * two or more consecutive years standing as cells of their own beside a few label words. A paper
 * written the year before its plan (dated 2024, a table for 2025–2026) names its fiscal years there
 * even when the table's figures could not be read; the letter's own year is no fiscal year of it.
 */
function headerYears(pages: Page[]): number[] {
  for (const page of pages.slice(0, 3)) {
    for (const line of page.lines) {
      const cells = line.text.split(/\s{2,}|\t/u).map((c) => c.trim());
      const years = cells.filter((c) => /^(?:19|20)\d{2}$/u.test(c)).map(Number);
      if (years.length < 2) continue;
      const consecutive = years.every((y, i) => i === 0 || y === (years[i - 1] ?? 0) + 1);
      const label = cells.filter((c) => c && !/^(?:19|20)\d{2}$/u.test(c)).join(' ');
      if (consecutive && label.length <= 60 && !/\d/u.test(label)) return years;
    }
  }
  return [];
}

export function analyzePages(allPages: Page[], options: AnalyzeOptions): Analysis {
  // A thumbnail of an earlier page (a notes page's slide, a handout's page) repeats facts read already.
  const pages = withoutScaledCopies(allPages);
  const layout = buildLayout(pages);
  const texts = new PageTexts(pages);
  const warnings: ExtractionWarning[] = [];
  const cover = coverPages(layout);
  const titleGuess = guessTitle(layout, options.info, cover);
  const titleYears = documentYears(titleGuess.title, pages, layout, titleGuess.lineIndex);
  const documentYear = titleYears.length === 1 ? (titleYears[0] ?? null) : null;

  const decisionResult = extractDecisions(layout, { bodyFontSize: layout.bodyFontSize });
  const { tables, unread } = findYearTables(layout, { paperYears: titleYears });
  const consumed = new Set<number>(decisionResult.consumed);
  for (const table of tables) for (const index of table.lineIndexes) consumed.add(index);

  let groups = 0;
  const nextGroup = (): number => ++groups;
  // Measure cards are read first (their group number is given after the tables' and sections', as
  // before): a year table standing wholly inside the cards (a card's grid "År  Effekt (mnkr)" read as a
  // table of its own) is the cards' content, and its rows no measures.
  const fromCards = cardMeasures(layout, {
    nextGroup: () => 0,
    years: titleYears,
    skip: decisionResult.consumed,
  });
  const ownTables = tablesOutsideCards(tables, fromCards);
  const fromTables = tableMeasures(ownTables, layout, nextGroup);
  const fromSections = sectionMeasures(layout, { consumed, nextGroup, years: titleYears });
  for (const index of fromSections.consumed) consumed.add(index);
  if (fromCards.measures.length > 0) {
    const group = nextGroup();
    for (const m of fromCards.measures) m.group = group;
  }
  for (const index of fromCards.consumed) consumed.add(index);
  // A sentence of prose is read as a stated total only after the first measure of the paper.
  let firstMeasureLine = Number.POSITIVE_INFINITY;
  for (const m of fromSections.measures)
    firstMeasureLine = Math.min(firstMeasureLine, m.line ?? firstMeasureLine);
  if (fromTables.measures.length > 0)
    for (const t of tables) for (const i of t.lineIndexes) firstMeasureLine = Math.min(firstMeasureLine, i);
  const fromLists = listMeasures(layout, {
    consumed,
    titleLine: titleGuess.lineIndex,
    documentYear,
    nextGroup,
    years: titleYears,
    firstMeasureLine: Number.isFinite(firstMeasureLine) ? firstMeasureLine : null,
  });
  for (const doubt of [
    ...fromTables.doubts,
    ...fromSections.doubts,
    ...fromCards.doubts,
    ...fromLists.doubts,
  ]) {
    // A table's doubt about a title, not a figure, is told as the table's.
    const code = (doubt as { code?: 'AMBIGUOUS_TABLE' }).code ?? 'AMBIGUOUS_AMOUNT';
    warnings.push({ code, message: doubt.reason, page: doubt.page });
  }
  const mentions = [
    ...fromTables.measures,
    ...fromSections.measures,
    ...fromCards.measures,
    ...fromLists.measures,
  ];
  for (const doubt of restatedEffectDoubts(mentions, titleYears))
    warnings.push({ code: 'AMBIGUOUS_AMOUNT', message: doubt.reason, page: doubt.page });
  const drafts = preferQuantified(dedupeMeasures(mentions));
  for (const doubt of approximateEffectDoubts(drafts))
    warnings.push({ code: 'AMBIGUOUS_AMOUNT', message: doubt.reason, page: doubt.page });
  for (const table of [...unread, ...fromTables.unparsed]) {
    warnings.push({
      code: 'TABLE_UNPARSED',
      message: `figures by year that were not read as measures: ${table.reason}`,
      page: table.page,
    });
  }
  const tableLines = new Set(tables.flatMap((t) => [...t.lineIndexes]));
  // A one-row sum table after measures read from sections or lists ("Summa åtgärder, mkr" under the years).
  // A year table of nothing but sum rows that is about no measures of its own is open to that reading.
  const sumOnlyLines = new Set(
    fromTables.figureTables
      .filter((t) => t.rows.length > 0 && t.rows.every((r) => TOTAL_ROW_RE.test(normalizeText(r.text))))
      .flatMap((t) => [...t.lineIndexes]),
  );
  const sumLines = sumLinesAfterMeasures(
    layout,
    drafts,
    new Set([...consumed, ...tableLines].filter((index) => !sumOnlyLines.has(index))),
  );
  for (const index of sumLines.lines) tableLines.add(index);
  const figureTablesLeft = fromTables.figureTables.filter(
    (t) => ![...t.lineIndexes].some((index) => sumLines.lines.has(index)),
  );
  const stated = [...fromTables.totals, ...fromSections.totals, ...fromLists.totals, ...sumLines.totals];
  // No total anywhere after the measures — or only each table's own sum, none summing the paper (a
  // memo's prose quoting its appendix's tables): a summary above them may state it (by the sums alone).
  if (stated.length === 0 || onlyTableSums(stated, drafts))
    stated.push(
      ...summaryTotals(
        layout,
        drafts,
        new Set([...consumed, ...tableLines]),
        Number.isFinite(firstMeasureLine) ? firstMeasureLine : undefined,
      ).map((t) => ({
        ...t,
        group: null,
      })),
    );
  const { totals: statedTotals, subtotals: crossSubtotals } = subtotalsAcrossTables(stated);
  const totals = reconcileTotals(
    statedTotals,
    drafts,
    warnings,
    new Map([...fromTables.incomplete, ...fromSections.incomplete]),
  );

  warnIncompleteTables(fromTables.incomplete, drafts, warnings);
  // A section among measures' sections whose figures by year gave no effect: a measure not read.
  warnIncompleteTables(fromSections.incomplete, drafts, warnings, 'the measures laid out as sections');

  // The paper's own date stands on its first page, after a meeting's cover sheet.
  const paperPages = pages.slice(cover);
  const date = guessDate(paperPages);
  const defaultYear = date ? Number(date.slice(0, 4)) : (malformedDateYear(paperPages) ?? documentYear);
  const references = extractReferences(layout, {
    consumed: decisionResult.consumed,
    defaultYear,
    documentDate: date,
  });
  const amounts = [
    ...extractAmounts(layout, {
      years: titleYears,
      lineText: (line) => (tableLines.has(line.index) ? labelTextOf(line) : line.text),
    }),
    ...tableAmounts(figureTablesLeft, layout),
    ...crossSubtotals.map((t) => ({
      amountMsek: t.amountMsek,
      raw: t.raw ?? formatMkr(t.amountMsek),
      qualifier: null,
      year: t.year,
      context: t.evidence,
      page: t.page,
    })),
  ];
  // Tables of figures that are neither year tables nor measures (a deviation table on a slide): their
  // money figures are amounts too. Lines read as anything else are left to that reading.
  const readElsewhere = new Set<number>([...consumed, ...tableLines]);
  for (const draft of drafts) if (draft.line !== undefined) readElsewhere.add(draft.line);
  const figureTables = figureTableAmounts(layout, { skip: readElsewhere });
  amounts.push(...figureTables.amounts);
  // Drawn tables (ruled, tagged) of figures that neither reading took: their figures by the cell grid.
  const drawnTables = drawnTableAmounts(layout, { skip: new Set([...readElsewhere, ...figureTables.lines]) });
  amounts.push(...drawnTables.amounts);
  // The data labels of charts drawn as text under a caption naming a money unit (not their axis ticks).
  amounts.push(
    ...chartLabelAmounts(layout, {
      skip: new Set([...readElsewhere, ...figureTables.lines, ...drawnTables.lines]),
    }),
  );
  // A table the year-table readers already told as unread is not told again by this pass.
  const toldUnread = new Set(warnings.filter((w) => w.code === 'TABLE_UNPARSED').map((w) => w.page));
  warnings.push(
    ...[...figureTables.warnings, ...drawnTables.warnings].filter(
      (w) => w.code !== 'TABLE_UNPARSED' || !toldUnread.has(w.page),
    ),
  );
  const hasProposal = decisionResult.decisions.some((d) => d.kind === 'proposal');
  const documentType = guessDocumentType(layout, titleGuess.title, hasProposal, {
    measuresWithEffects: drafts.filter((m) => m.effects.length > 0).length,
    cover,
  });
  const { region, conflict } = resolveRegion(pages, options.statedRegion);
  if (conflict) warnings.push({ code: 'REGION_CONFLICT', message: conflict });
  // A region that cannot be told is null, never a guess; say so, so the uploader can state it.
  if (!region)
    warnings.push({
      code: 'REGION_UNKNOWN',
      message:
        'no region could be told from the text (no name, letterhead, hospital or town outweighs the others)',
    });

  const effectYears = drafts.flatMap((m) => m.effects.map((e) => e.year));
  const totalYears = totals.map((t) => t.year);
  let years = [...new Set([...effectYears, ...totalYears, ...titleYears])];
  if (years.length === 0) years = headerYears(pages);
  if (years.length === 0)
    years = [...new Set(amounts.map((a) => a.year).filter((y): y is number => y !== null))];
  if (years.length === 0 && date) years = [Number(date.slice(0, 4))];
  years.sort((a, b) => a - b);

  const measures: Measure[] = drafts.map((draft, i) => toMeasure(draft, i, texts));
  warnRedFigures(pages, measures, totals, amounts, warnings);
  const body = guessBody(layout, titleGuess.title);
  return {
    document: {
      region,
      body,
      documentType,
      title: titleGuess.title,
      date,
      years,
    },
    measures,
    totals,
    amounts: amounts.map((a) => ({ ...a, page: texts.pageOf(a.raw, a.page) ?? a.page })),
    decisions: decisionResult.decisions,
    references: withOwnBody(withoutStrayStyrelsen(references, body), body),
    warnings,
  };
}

/**
 * A page whose figures are printed in red without a sign (a spreadsheet's red negatives, see
 * parsers/pdf/red-figures.ts) warns on its facts with figures: the text layer carries no colour, so a
 * deficit printed in red reads as a positive figure. Signs are not changed on a guess.
 */
function warnRedFigures(
  pages: readonly Page[],
  measures: readonly Measure[],
  totals: readonly Total[],
  amounts: readonly { page: number }[],
  warnings: ExtractionWarning[],
): void {
  for (const page of pages) {
    const red = page.redFigures ?? 0;
    if (red === 0) continue;
    const facts =
      measures.some((m) => m.page === page.number && m.effects.length > 0) ||
      totals.some((t) => t.page === page.number) ||
      amounts.some((a) => a.page === page.number);
    if (!facts) continue;
    warnings.push({
      code: 'AMBIGUOUS_AMOUNT',
      message: `${red} run${red === 1 ? '' : 's'} of figures on page ${page.number} ${red === 1 ? 'is' : 'are'} printed in red without a minus sign or parentheses: red may mark a negative figure that the text does not sign, so the signs of this page's figures may be wrong`,
      page: page.number,
    });
  }
}

/**
 * A table the reader was unsure of (a figure between two year columns, rows that do not split
 * cleanly, cells that are not figures) warns on every page that holds its measures, whether or not
 * the table states a total: its figures may be wrong, and the measure is where the reader looks.
 */
function warnIncompleteTables(
  incomplete: Map<number, string>,
  measures: MeasureDraft[],
  warnings: ExtractionWarning[],
  what = 'a table of measures',
): void {
  for (const [group, reason] of incomplete) {
    const warned = new Set(
      warnings.filter((w) => w.code === 'AMBIGUOUS_TABLE' && w.message.includes(reason)).map((w) => w.page),
    );
    const pages = [...new Set(measures.filter((m) => m.group === group).map((m) => m.page))].sort(
      (a, b) => a - b,
    );
    for (const page of pages) {
      if (warned.has(page)) continue;
      warnings.push({
        code: 'AMBIGUOUS_TABLE',
        message: `${what} ${what.startsWith('the') ? 'were' : 'was'} not read with certainty (${reason}); check the figures of its measures on this page`,
        page,
      });
    }
  }
}

function toMeasure(draft: MeasureDraft, index: number, texts: PageTexts): Measure {
  // Evidence must stand on the measure's page; if layout moved it, trust where the text really is.
  const page = texts.pageOf(draft.evidence, draft.page) ?? draft.page;
  return {
    id: `m${index + 1}`,
    label: draft.label,
    title: draft.title,
    category: draft.category,
    subMeasureCount: draft.subMeasureCount,
    subMeasures: draft.subMeasures,
    description: draft.description,
    effects: draft.effects,
    page,
    evidence: draft.evidence,
  };
}

/**
 * The stated totals are only the sums of two or more separate tables (each its own group), and none of
 * them sums all the paper's measures of its year: the paper's total, if stated, is elsewhere.
 */
function onlyTableSums(stated: readonly TotalDraft[], drafts: readonly MeasureDraft[]): boolean {
  if (stated.some((t) => t.group === null)) return false;
  if (new Set(stated.map((t) => t.group)).size < 2) return false;
  return stated.every((t) => {
    const effects = drafts.flatMap((m) => m.effects.filter((e) => e.year === t.year));
    const sum = effects.reduce((acc, e) => acc + e.amountMsek, 0);
    return !reconciles(sum, t.amountMsek, tableTolerance(effects.length));
  });
}

/**
 * Totals of separate tables under a grand total (cost reductions, then revenue increases, each table
 * with its own sum, then "Totalt" for both as a row, a line or a sentence): when, for every year it
 * states, one total equals the sum of all the paper's other table totals for that year — at least two,
 * of at least two tables — those are subtotals (amounts of the paper, no totals) and the grand total
 * sums the measures of the whole paper. A total stated twice (a row and a sentence) counts once.
 */
export function subtotalsAcrossTables(drafts: readonly TotalDraft[]): {
  totals: TotalDraft[];
  subtotals: TotalDraft[];
} {
  const tableTotals = drafts.filter((d) => d.group !== null && d.line === undefined);
  // Sentences of prose, each an area's sum ("Området ger sammantaget 3,9 mkr 2026 …") under a statement
  // that sums the plan: the same, one statement per sentence.
  const proseTotals = drafts.filter((d) => d.line !== undefined);
  for (const grand of drafts) {
    // The grand total's figures: the drafts of one statement (its label, on its page — or its sentence),
    // one a year.
    const statement = drafts.filter((d) =>
      grand.line !== undefined
        ? d.line === grand.line && d.page === grand.page
        : d.label === grand.label && d.page === grand.page && d.group === grand.group,
    );
    for (const prose of [false, true]) {
      const parts = new Set<TotalDraft>();
      const sumsOthers = statement.every((stated) => {
        const pool = (prose ? proseTotals : tableTotals).filter(
          (d) =>
            d.year === stated.year &&
            !statement.includes(d) &&
            Math.abs(d.amountMsek - stated.amountMsek) >= 0.001,
        );
        // A sentence read by two passes is one statement: its figure counts once in the sum.
        const others = prose
          ? pool.filter(
              (d, i) =>
                pool.findIndex(
                  (o) => o.page === d.page && o.line === d.line && o.amountMsek === d.amountMsek,
                ) === i,
            )
          : pool;
        const statements = new Set(others.map((d) => (prose ? `${d.page}|${d.line}` : d.group)));
        if (others.length < 2 || statements.size < 2) return false;
        const sum = others.reduce((acc, d) => acc + d.amountMsek, 0);
        if (!reconciles(sum, stated.amountMsek, tableTolerance(others.length))) return false;
        for (const d of pool) parts.add(d);
        return true;
      });
      if (!sumsOthers) continue;
      return {
        totals: drafts
          .filter((d) => !parts.has(d))
          .map((d) => (statement.includes(d) ? { ...d, group: null } : d)),
        subtotals: [...parts],
      };
    }
  }
  return { totals: [...drafts], subtotals: [] };
}

export function reconcileTotals(
  drafts: TotalDraft[],
  measures: MeasureDraft[],
  warnings: ExtractionWarning[],
  incomplete: Map<number, string> = new Map(),
): Total[] {
  const told = new Set<number>();
  const seen = new Set<string>();
  const totals: Total[] = [];
  // Measures in reading order, for a total stated in prose: it sums the measures before it.
  const placed = measures.filter((m) => m.line !== undefined).sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const sumOf = (pool: MeasureDraft[], year: number) => {
    const effects = pool.flatMap((m) => m.effects.filter((e) => e.year === year));
    const sum =
      effects.length > 0 ? Math.round(effects.reduce((acc, e) => acc + e.amountMsek, 0) * 1000) / 1000 : null;
    return { sum, count: effects.length };
  };
  // A long paper has hundreds of totals and measures: what is asked per total of all measures (their
  // groups, the sum of a year over the whole paper) is worked out once, not once per total.
  const byGroup = new Map<number, MeasureDraft[]>();
  for (const m of measures) {
    const list = byGroup.get(m.group);
    if (list) list.push(m);
    else byGroup.set(m.group, [m]);
  }
  const wholePaperSums = new Map<number, { sum: number | null; count: number }>();
  const sumOfPaper = (year: number) => {
    let found = wholePaperSums.get(year);
    if (!found) {
      found = sumOf(measures, year);
      wholePaperSums.set(year, found);
    }
    return found;
  };
  const brokenInPaper = [...byGroup.keys()].find((g) => incomplete.has(g));
  for (const draft of drafts) {
    const key = `${draft.label}|${draft.year}|${draft.amountMsek}|${draft.page}|${draft.group}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // The same total stated twice (a total row, then a sentence of prose) is one total.
    if (
      draft.line !== undefined &&
      totals.some((t) => t.year === draft.year && Math.abs(t.amountMsek - draft.amountMsek) < 0.001)
    )
      continue;
    let group = draft.group;
    if (group === null && draft.line !== undefined) group = groupBefore(placed, draft.line);
    const grouped = group === null ? [] : (byGroup.get(group) ?? []);
    const pool = grouped.some((m) => m.effects.some((e) => e.year === draft.year)) ? grouped : measures;
    let { sum, count } = pool === measures ? sumOfPaper(draft.year) : sumOf(pool, draft.year);
    // A total in prose may sum several lists (chapters of sections): all the paper's measures.
    let wholePaper = pool === measures;
    if (
      draft.line !== undefined &&
      !wholePaper &&
      (sum === null || !reconciles(sum, draft.amountMsek, tableTolerance(count)))
    ) {
      const all = sumOfPaper(draft.year);
      if (all.sum !== null && reconciles(all.sum, draft.amountMsek, tableTolerance(all.count))) {
        ({ sum, count } = all);
        wholePaper = true;
      }
    }
    // A total reconciles only against measures read whole: a sum that matches by accident must not
    // hide rows or sections that were lost or split.
    const brokenGroup = wholePaper
      ? brokenInPaper
      : group === null
        ? undefined
        : incomplete.has(group)
          ? group
          : undefined;
    const broken = brokenGroup === undefined ? undefined : incomplete.get(brokenGroup);
    if (broken !== undefined && brokenGroup !== undefined && !told.has(brokenGroup)) {
      told.add(brokenGroup);
      warnings.push({
        code: 'AMBIGUOUS_TABLE',
        message: `the measures behind ${draft.label} were not read whole (${broken}); its totals are not reconciled`,
        page: draft.page,
      });
    }
    // A sum row of printed cost changes sums the effects negated (a saving printed with a minus).
    const statedSum = draft.costSigned === true ? -draft.amountMsek : draft.amountMsek;
    const reconciled =
      sum === null || broken !== undefined
        ? null
        : reconciles(sum, statedSum, tableTolerance(count, statedSum));
    if (reconciled === false) {
      warnings.push({
        code: 'TOTAL_MISMATCH',
        message: `${draft.label} ${draft.year} states ${formatMkr(draft.amountMsek)} but the ${count} measures sum to ${formatMkr(sum ?? 0)}`,
        page: draft.page,
      });
    }
    totals.push({
      label: draft.label,
      year: draft.year,
      amountMsek: draft.amountMsek,
      sumOfMeasures: sum,
      reconciled,
      page: draft.page,
      evidence: draft.evidence,
    });
  }
  return totals;
}

/** The group of the last measure that starts before `line` (binary search over measures in reading order). */
function groupBefore(placed: MeasureDraft[], line: number): number | null {
  let lo = 0;
  let hi = placed.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((placed[mid]?.line ?? 0) < line) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? (placed[lo - 1]?.group ?? null) : null;
}
