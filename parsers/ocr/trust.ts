/**
 * Trust checks for figures read by OCR (tesseract or Textract). OCR misreads table decimals now
 * and then (8,9 → 3,9, "8,9]") and nothing in the text says so; every figure the extraction
 * reports from a recognized page is therefore checked:
 *  - against the recognizer's confidence in the word it stands in (OCR_LOW_CONFIDENCE), and
 *  - against the stated totals of its year: when a total does not reconcile, every recognized
 *    figure of that year is flagged on its own page (TOTAL_MISMATCH), as are measures on
 *    recognized pages that lack a figure for that year (a number OCR could not read at all).
 * Figures are never changed: the warning names the raw text, the page and the fact it feeds.
 */
import type { Page, TextItem, TextLine } from '../page-model.ts';
import type { Amount, ExtractionWarning, Measure, Total } from '../schema.ts';
import { parseSwedishNumber } from '../swedish/numbers.ts';

export interface OcrTrustOptions {
  /** Words read with less confidence (0..1) than this are flagged. */
  minConfidence?: number;
}

export const DEFAULT_MIN_CONFIDENCE = 0.8;

/** What the checks read from the extraction. */
export interface OcrCheckedFacts {
  measures: Measure[];
  totals: Total[];
  amounts: Amount[];
}

interface NumberToken {
  page: number;
  line: TextLine;
  raw: string;
  value: number;
  confidence: number;
}

const NUMBER_CORE = /[-−–+]?\d[\d.,]*/u;

function itemValue(item: TextItem): number | null {
  const core = NUMBER_CORE.exec(item.text)?.[0];
  if (!core) return null;
  return parseSwedishNumber(core.replace(/[.,]$/, ''));
}

/** Numbers on a recognized page, with thousands groups that OCR split into words joined back. */
function tokensOf(page: Page): NumberToken[] {
  const tokens: NumberToken[] = [];
  for (const line of page.lines) {
    const items = line.items;
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as TextItem;
      const value = itemValue(item);
      if (value === null) continue;
      const confidence = item.confidence ?? 1;
      tokens.push({ page: page.number, line, raw: item.text, value, confidence });
      const next = items[i + 1];
      if (next && /^\d{1,3}$/.test(item.text) && /^\d{3}\b/.test(next.text)) {
        const grouped = parseSwedishNumber(`${item.text} ${NUMBER_CORE.exec(next.text)?.[0] ?? ''}`);
        if (grouped !== null) {
          tokens.push({
            page: page.number,
            line,
            raw: `${item.text} ${next.text}`,
            value: grouped,
            confidence: Math.min(confidence, next.confidence ?? 1),
          });
        }
      }
    }
  }
  return tokens;
}

const SPACES = /\s+/g;

function squash(text: string): string {
  return text.replace(SPACES, ' ').trim().toLowerCase();
}

/** The amount as it may stand in the text: mkr as written, or mdkr (÷1000) or tkr (×1000). */
function matchesAmount(token: number, amountMsek: number): boolean {
  const candidates = [amountMsek, amountMsek / 1000, amountMsek * 1000];
  return candidates.some((candidate) => Math.abs(Math.abs(token) - Math.abs(candidate)) < 1e-6);
}

/**
 * The words a fact's figure was read from: numbers of that value on its page, preferring those on
 * lines that belong to the fact's evidence text.
 */
function sourceTokens(
  tokens: NumberToken[],
  page: number,
  amountMsek: number,
  evidence: string | undefined,
): NumberToken[] {
  const candidates = tokens.filter((token) => token.page === page && matchesAmount(token.value, amountMsek));
  if (!evidence || candidates.length <= 1) return candidates;
  const wanted = squash(evidence);
  const inEvidence = candidates.filter((token) => {
    const line = squash(token.line.text);
    return (
      line !== '' &&
      (wanted.includes(line) ||
        line.includes(wanted) ||
        token.line.segments.some(
          (s) => wanted.includes(squash(s.text)) && /[A-Za-zªµºÀ-ÖØ-öø-ɏ]/u.test(s.text),
        ))
    );
  });
  return inEvidence.length > 0 ? inEvidence : candidates;
}

function percent(confidence: number): string {
  return `${Math.round(confidence * 100)} %`;
}

function shorten(text: string, max = 80): string {
  const flat = text.replace(SPACES, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * Warnings for the figures the extraction took from recognized pages. Call it with the pages the
 * extraction read (text-layer pages are skipped) and the extracted facts.
 */
export function checkOcrNumbers(
  pages: Page[],
  facts: OcrCheckedFacts,
  options: OcrTrustOptions = {},
): ExtractionWarning[] {
  const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  const recognized = new Set(pages.filter((page) => page.source !== 'text').map((page) => page.number));
  if (recognized.size === 0) return [];
  const tokens = pages.filter((page) => recognized.has(page.number)).flatMap(tokensOf);
  const warnings: ExtractionWarning[] = [];
  const flagged = new Set<string>();

  const checkConfidence = (
    page: number,
    amountMsek: number,
    evidence: string | undefined,
    what: string,
  ): void => {
    const sources = sourceTokens(tokens, page, amountMsek, evidence);
    if (sources.length === 0) return;
    const weakest = sources.reduce((low, token) => (token.confidence < low.confidence ? token : low));
    if (weakest.confidence >= minConfidence) return;
    const key = `${page}|${weakest.raw}|${what}`;
    if (flagged.has(key)) return;
    flagged.add(key);
    warnings.push({
      code: 'OCR_LOW_CONFIDENCE',
      message: `"${weakest.raw}" (${what}) was read by OCR with ${percent(weakest.confidence)} confidence on page ${page}, in "${shorten(weakest.line.text)}": check it against the page`,
      page,
    });
  };

  for (const measure of facts.measures) {
    if (!recognized.has(measure.page)) continue;
    for (const effect of measure.effects) {
      checkConfidence(
        measure.page,
        effect.amountMsek,
        measure.evidence,
        `${effect.year} effect of "${shorten(measure.title, 50)}"`,
      );
    }
  }
  for (const total of facts.totals) {
    if (!recognized.has(total.page)) continue;
    checkConfidence(total.page, total.amountMsek, total.evidence, `${total.label} ${total.year}`);
  }
  for (const amount of facts.amounts) {
    if (!recognized.has(amount.page)) continue;
    checkConfidence(amount.page, amount.amountMsek, amount.raw, `amount "${shorten(amount.raw, 40)}"`);
  }

  // Totals that do not reconcile put every recognized figure of their year under suspicion.
  const yearsWithEffects = new Set(
    facts.measures.flatMap((measure) => measure.effects.map((effect) => effect.year)),
  );
  for (const total of facts.totals) {
    if (total.reconciled !== false) continue;
    const byPage = new Map<number, string[]>();
    for (const measure of facts.measures) {
      if (!recognized.has(measure.page)) continue;
      const effect = measure.effects.find((candidate) => candidate.year === total.year);
      let note: string;
      if (effect) {
        const source = sourceTokens(tokens, measure.page, effect.amountMsek, measure.evidence)[0];
        note = `"${source?.raw ?? effect.amountMsek}" for "${shorten(measure.title, 50)}"`;
      } else if (measure.effects.length > 0 && yearsWithEffects.has(total.year)) {
        note = `no figure read for "${shorten(measure.title, 50)}"`;
      } else {
        continue;
      }
      const list = byPage.get(measure.page) ?? [];
      list.push(note);
      byPage.set(measure.page, list);
    }
    for (const [page, notes] of byPage) {
      warnings.push({
        code: 'TOTAL_MISMATCH',
        message: `${total.label} ${total.year} states ${total.amountMsek} mkr but the measures sum to ${total.sumOfMeasures ?? '?'} mkr; figures for ${total.year} read by OCR on page ${page} may be wrong: ${notes.join('; ')}`,
        page,
      });
    }
  }
  return warnings;
}

/** A year standing as a word of its own (a column head), not inside a date or a case number. */
const HEAD_YEAR_RE = /(?<![\d/-])(?:19|20)\d{2}(?![\d/-])/g;
/** A figure with decimals, as the cells of a table in mkr print them ("13,9", "4,4"). */
const DECIMAL_FIGURE_RE = /(?<![\d,.])\d{1,4}[,.]\d{1,2}(?![\d,.])/;
const DECIMAL_FIGURES_RE = new RegExp(DECIMAL_FIGURE_RE.source, 'g');

/**
 * Warnings for tables OCR could not make rows of: on a recognized page from which no measure or total
 * was read and no unread table is told already, a line whose right part holds two or more years as
 * words of their own and little else (a header "Åtgärd  2025  2026", whatever junk of a letter or two
 * stands among them) followed, within the next twelve lines, by three or more lines with a figure with
 * decimals in their right part. Such a page lost a table of figures by year — a heavily speckled fax, a
 * blurred copy — and says so instead of reading as a page without measures. Prose naming years and
 * figures runs across the line, so its years and figures stand in one long segment from the left.
 */
export function unreadOcrTables(
  pages: Page[],
  facts: { measures: Measure[]; totals: Total[]; warnings: ExtractionWarning[] },
): ExtractionWarning[] {
  const read = new Set([...facts.measures.map((m) => m.page), ...facts.totals.map((t) => t.page)]);
  const told = new Set(
    facts.warnings
      .filter((w) => w.code === 'TABLE_UNPARSED' || w.code === 'AMBIGUOUS_TABLE')
      .map((w) => w.page),
  );
  const warnings: ExtractionWarning[] = [];
  for (const page of pages) {
    if (page.source === 'text' || read.has(page.number) || told.has(page.number)) continue;
    const right = (x: number): boolean => x >= 0.35 * page.width;
    const yearHead = (line: TextLine): boolean => {
      const segments = line.segments.filter((s) => right(s.x));
      const years = new Set(segments.flatMap((s) => s.text.match(HEAD_YEAR_RE) ?? []));
      const rest = segments
        .map((s) => s.text.replace(HEAD_YEAR_RE, ' '))
        .join(' ')
        .split(/\s+/)
        .filter(Boolean);
      return years.size >= 2 && rest.length <= 2 && rest.every((w) => w.length <= 3);
    };
    const figureRow = (line: TextLine): boolean =>
      line.segments.some((s) => right(s.x) && DECIMAL_FIGURE_RE.test(s.text));
    const lines = page.lines;
    // The rest of a table from the page before, continued at the top of this page without its head
    // (a producer that does not repeat it): two or more of the page's first lines hold two or more
    // decimal figures in their right part, and the page before had measures read.
    if (read.has(page.number - 1)) {
      const cells = (line: TextLine): number =>
        line.segments
          .filter((seg) => right(seg.x))
          .reduce((n, seg) => n + (seg.text.match(DECIMAL_FIGURES_RE) ?? []).length, 0);
      const rows = lines.slice(0, 6).filter((line) => cells(line) >= 2);
      if (rows.length >= 2) {
        warnings.push({
          code: 'TABLE_UNPARSED',
          message: `page ${page.number} was read by OCR and opens with ${rows.length} lines of figures ("${shorten(rows[0]?.text ?? '', 60)}") that look like the rest of the table of page ${page.number - 1}, but no measure or total could be read from them: its figures are missing`,
          page: page.number,
        });
        continue;
      }
    }
    for (let i = 0; i < lines.length; i++) {
      const head = lines[i] as TextLine;
      if (!yearHead(head)) continue;
      const rows = lines.slice(i + 1, i + 13).filter(figureRow);
      if (rows.length < 3) continue;
      warnings.push({
        code: 'TABLE_UNPARSED',
        message: `page ${page.number} was read by OCR and has lines that look like a table of figures by year ("${shorten(head.text, 60)}" and ${rows.length} lines of figures under it), but no measure or total could be read from them: its figures are missing`,
        page: page.number,
      });
      break;
    }
  }
  return warnings;
}
