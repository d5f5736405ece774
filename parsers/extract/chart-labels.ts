/**
 * The data labels of a chart drawn as text and vector shapes (a slide's bar or line chart): the figures
 * printed on the bars or at the points under a caption that names a money unit ("Resultat per månad,
 * mkr") are amounts in that unit, as a table's caption makes its cells amounts. The axis ticks printed
 * beside the plot are a scale, not money.
 *
 * The text alone tells the two apart: a chart's category labels (months, years, units) stand on one row
 * under the plot, and a data label is centred over its category (over the bar or point it labels),
 * while a tick stands in a column beside the plot, over no category. So a chart is read here only when
 * its shape is plain: a caption naming mkr, tkr or mdkr; below it nothing but lines of bare figures;
 * then a row of at least three category labels set apart by gaps. A figure centred over a category
 * (within a third of the categories' spacing) is a data label; every other figure is left unread.
 */
import type { Amount } from '../schema.ts';
import { findAmounts, unitFromHeader } from '../swedish/amounts.ts';
import { clip } from './evidence.ts';
import { type DocLine, type Layout, linesOfPage, normalizeText } from './layout.ts';
import { parseValue } from './tables.ts';

/**
 * A bare figure as charts print them: a sign or parentheses, grouped thousands, a decimal comma. A run of
 * four digits (a year: "2026") is none, nor is any part of it.
 */
const FIGURE_RE = /(?<![\d,])[-−–+]?\(?\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})*(?:,\d+)?\)?(?![\d,])/gu;
/** A category label: a word (month, unit, "T1") or a year; no figure of money. */
const CATEGORY_RE = /^(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ][A-Za-zªµºÀ-ÖØ-öø-ɏ0-9.\-/ ]{0,29}|(?:19|20)\d{2})$/u;

/** A money word of the caption's unit (kr, SEK, kronor, miljon, miljard and their short forms). */
const MONEY_WORD_RE = /kr|sek|kronor|miljon|miljard|milj\.|mdr|mrd|mio/iu;

/**
 * A caption naming a second quantity ("Personalkostnad (mkr) och antal årsarbetare", "…, mkr och
 * procent"): the chart then draws two series over the same categories, a bar in money and a line of
 * counts or shares, and the text alone cannot tell whose label a figure is. Such a chart is left unread.
 * The words are the closed grammar of a second quantity: a conjunction, or a count or share word.
 */
const SECOND_QUANTITY_RE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:och|samt|respektive|resp\.|antal|procent|andel(?:en)?|st|per\s+(?:invånare|capita))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/iu;

interface Placed {
  text: string;
  center: number;
}

interface Run {
  text: string;
  x: number;
  width: number;
}

/**
 * A line's items with those that touch joined: a producer may draw a figure's sign apart from its
 * digits ("−" then "1,4"), or a label word by word.
 */
function runsOf(line: DocLine): Run[] {
  const em = line.line.fontSize || 8;
  const runs: Run[] = [];
  const items = line.line.items.filter((item) => item.text.trim() !== '').sort((a, b) => a.x - b.x);
  let last: (Run & { spaceAfter: boolean }) | undefined;
  for (const item of items) {
    const gap = last ? item.x - (last.x + last.width) : Number.POSITIVE_INFINITY;
    if (last && gap < 0.3 * em) {
      last.text += `${last.spaceAfter || gap > 0.15 * em ? ' ' : ''}${item.text.trim()}`;
      last.width = item.x + item.width - last.x;
      last.spaceAfter = item.spaceAfter === true;
      continue;
    }
    last = { text: item.text.trim(), x: item.x, width: item.width, spaceAfter: item.spaceAfter === true };
    runs.push(last);
  }
  return runs;
}

/** The figures of a line, each with its centre, or null when the line holds anything but figures. */
function figuresOf(line: DocLine): Placed[] | null {
  const out: Placed[] = [];
  for (const item of runsOf(line)) {
    const text = item.text.trim();
    if (!text) continue;
    const matches = [...text.matchAll(FIGURE_RE)];
    // Figures and the spaces between them only; anything else is text.
    if (matches.length === 0 || text.replace(FIGURE_RE, '').trim() !== '') return null;
    for (const m of matches) {
      const start = m.index ?? 0;
      const share = text.length > 0 ? item.width / text.length : 0;
      out.push({ text: m[0], center: item.x + share * (start + m[0].length / 2) });
    }
  }
  return out.length > 0 ? out : null;
}

/** The centres of a category row: at least three labels, each its own item, set apart by gaps. */
function categoriesOf(line: DocLine): Placed[] | null {
  const sorted = runsOf(line);
  if (sorted.length < 3) return null;
  const em = line.line.fontSize || 8;
  let previous: Run | undefined;
  for (const item of sorted) {
    if (!CATEGORY_RE.test(item.text.trim())) return null;
    if (previous && item.x - (previous.x + previous.width) < em) return null;
    previous = item;
  }
  return sorted.map((item) => ({ text: item.text.trim(), center: item.x + item.width / 2 }));
}

/** The median of the gaps between neighbouring centres. */
function spacing(categories: readonly Placed[]): number {
  const gaps = categories.slice(1).map((c, k) => c.center - (categories[k] as Placed).center);
  gaps.sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)] ?? 0;
}

/**
 * The data labels of the charts of the paper's pages as amounts. Lines in `skip` (read as anything
 * else) end a chart unread.
 */
export function chartLabelAmounts(layout: Layout, options: { skip: ReadonlySet<number> }): Amount[] {
  const out: Amount[] = [];
  for (const page of layout.pages) {
    const lines = linesOfPage(layout, page.number);
    for (let c = 1; c < lines.length; c++) {
      const row = lines[c] as DocLine;
      if (options.skip.has(row.index)) continue;
      const categories = categoriesOf(row);
      if (!categories) continue;
      // Upwards from the category row: lines of bare figures, then the caption.
      const body: Placed[] = [];
      let k = c - 1;
      let blocked = false;
      for (; k >= 0; k--) {
        const line = lines[k] as DocLine;
        const figures = figuresOf(line);
        if (!figures) break;
        if (options.skip.has(line.index)) blocked = true;
        body.push(...figures);
      }
      const caption = lines[k];
      if (blocked || !caption || body.length === 0 || options.skip.has(caption.index)) continue;
      const text = normalizeText(caption.text);
      const unit = unitFromHeader(text);
      if (unit !== 'mkr' && unit !== 'tkr' && unit !== 'mdkr') continue;
      // "tusental" alone is a count's scale ("Antal resor, tusental"), not money.
      if (!MONEY_WORD_RE.test(text)) continue;
      if (text.length > 160 || text.includes('%') || findAmounts(text).length > 0) continue;
      if (SECOND_QUANTITY_RE.test(text)) continue;
      const tolerance = spacing(categories) / 3;
      if (tolerance <= 0) continue;
      const labels: { figure: Placed; category: Placed }[] = [];
      for (const figure of body) {
        const category = categories.find((cat) => Math.abs(cat.center - figure.center) <= tolerance);
        if (category) labels.push({ figure, category });
      }
      if (labels.length < 2) continue;
      // Two labels over one category are two series (a bar and a line): whose unit each is, the text
      // does not say, so the chart is left unread rather than guessed.
      const perCategory = new Set(labels.map((l) => l.category));
      if (perCategory.size < labels.length) continue;
      for (const { figure, category } of labels) {
        const value = parseValue(figure.text, unit);
        if (!value || value === 'unread') continue;
        out.push({
          amountMsek: value.amountMsek,
          raw: value.raw,
          qualifier: null,
          year: null,
          context: clip(`${text} · ${category.text}: ${value.raw}`, 400),
          page: page.number,
        });
      }
    }
  }
  return out;
}
