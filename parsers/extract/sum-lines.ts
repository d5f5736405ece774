/**
 * A sum line of its own after measures read outside a table: the measures stand as numbered sections or a
 * list, each with its effects in a sentence, and the plan closes with a small table of one row — the
 * years as its header, "Summa åtgärder, mkr" and a figure under each year. No measure table holds that
 * row, so no table reader takes it for a total; it is the stated total of the measures before it, year by
 * year, and is reconciled against them like a total stated in prose.
 */
import { unitFromHeader } from '../swedish/amounts.ts';
import type { DocLine, Layout } from './layout.ts';
import { normalizeText } from './layout.ts';
import { type MeasureDraft, TOTAL_ROW_RE, type TotalDraft } from './measures.ts';
import { FIGURE_CELL_RE, YEAR_CELL_RE } from './money.ts';
import { parseValue } from './tables.ts';

/** A unit named after the label ("Summa åtgärder, mkr", "Totalt (tkr)"): not part of the label. */
const TRAILING_UNIT_RE = /[,:]?\s*\(?(?:mkr|mnkr|tkr|mdkr|msek|miljoner kronor|tusen kronor)\)?\s*:?$/iu;

/**
 * The line of years over `line`: one of the lines just above it, with nothing between but text without
 * figures or smaller type (a footnote at the foot of the page when the row went on to the next page).
 */
function yearHeaderAbove(lines: DocLine[], line: DocLine, count: number): DocLine | null {
  for (let k = 1; k <= 3; k++) {
    const above = lines[line.index - k];
    if (!above || line.page - above.page > 1) return null;
    const segments = above.line.segments.map((s) => normalizeText(s.text));
    if (segments.length === count && segments.every((s) => YEAR_CELL_RE.test(s))) return above;
    if (above.line.fontSize < line.line.fontSize * 0.9) continue;
    if (/\d/u.test(above.text)) return null;
  }
  return null;
}

export function sumLinesAfterMeasures(
  layout: Layout,
  measures: readonly MeasureDraft[],
  skip: ReadonlySet<number>,
): { totals: TotalDraft[]; lines: Set<number> } {
  const totals: TotalDraft[] = [];
  const read = new Set<number>();
  const placed = measures.filter((m) => m.line !== undefined && m.effects.length > 0);
  if (placed.length === 0) return { totals, lines: read };
  const lines = layout.lines;
  for (const line of lines) {
    if (skip.has(line.index)) continue;
    const [label, ...figures] = line.line.segments;
    if (!label || figures.length === 0 || !TOTAL_ROW_RE.test(normalizeText(label.text))) continue;
    if (!figures.every((f) => FIGURE_CELL_RE.test(normalizeText(f.text)))) continue;
    const header = yearHeaderAbove(lines, line, figures.length);
    if (!header) continue;
    const before = placed.filter((m) => (m.line ?? Number.POSITIVE_INFINITY) < line.index);
    if (before.length === 0) continue;
    const caption = lines[header.index - 1];
    const unit =
      unitFromHeader(label.text) ??
      unitFromHeader(header.text) ??
      (caption && caption.page === header.page ? unitFromHeader(caption.text) : null);
    if (!unit) continue;
    const size = line.line.fontSize;
    const drafts: TotalDraft[] = [];
    for (let i = 0; i < figures.length; i++) {
      const figure = figures[i];
      const year = header.line.segments[i];
      if (!figure || !year) break;
      // Each figure stands under its year (right- or centre-aligned under it).
      const centre = figure.x + figure.width / 2;
      const yearCentre = year.x + year.width / 2;
      if (Math.abs(centre - yearCentre) > Math.max(figure.width, year.width) + size) break;
      const yearNumber = Number(normalizeText(year.text));
      // A sum of the measures before it: some of them have an effect in that year.
      if (!before.some((m) => m.effects.some((e) => e.year === yearNumber))) break;
      const value = parseValue(figure.text, unit);
      if (value === null || value === 'unread' || value.rangeEnd !== undefined) break;
      drafts.push({
        label: normalizeText(label.text).replace(TRAILING_UNIT_RE, '').trim(),
        year: yearNumber,
        amountMsek: value.amountMsek,
        raw: value.raw,
        page: line.page,
        evidence: line.text,
        group: null,
        line: line.index,
      });
    }
    if (drafts.length !== figures.length) continue;
    totals.push(...drafts);
    read.add(line.index);
  }
  return { totals, lines: read };
}
