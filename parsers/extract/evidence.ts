/**
 * Evidence is verbatim text of the page a fact stands on: a run of its lines, or of the lines of one table
 * cell (a row's label cell read down, not across the row's figures). Everything compared here is
 * whitespace-normalized, so a phrase wrapped over two lines still "occurs" on its page.
 */
import type { Page } from '../page-model.ts';
import { normalizeText } from './layout.ts';

export function matchKey(text: string): string {
  return normalizeText(text).toLowerCase();
}

export class PageTexts {
  /** The pages by number (a later page of the same number wins, in the first one's place). */
  private readonly pages = new Map<number, Page>();
  /** A page's text is made when it is first asked for: most facts are found on their own page. */
  private readonly texts = new Map<number, string>();

  constructor(pages: Page[]) {
    for (const page of pages) this.pages.set(page.number, page);
  }

  private textOf(number: number): string | undefined {
    let text = this.texts.get(number);
    if (text === undefined) {
      const page = this.pages.get(number);
      if (page === undefined) return undefined;
      // U+241E keeps one reading's end from running into the next one's start.
      text = matchKey(pageReadings(page).join(' \u241e '));
      this.texts.set(number, text);
    }
    return text;
  }

  occursOn(page: number, text: string): boolean {
    const key = matchKey(text);
    return key.length > 0 && (this.textOf(page)?.includes(key) ?? false);
  }

  /** The page where `text` occurs, trying `preferred` first; null when it occurs nowhere. */
  pageOf(text: string, preferred: number): number | null {
    const key = matchKey(text);
    if (key.length === 0) return null;
    if (this.textOf(preferred)?.includes(key)) return preferred;
    for (const page of this.pages.keys()) {
      if (this.textOf(page)?.includes(key)) return page;
    }
    return null;
  }
}

/** Cut evidence to a readable length at a word boundary (it stays a verbatim prefix). */
export function clip(text: string, max = 300): string {
  const normalized = normalizeText(text);
  if (normalized.length <= max) return normalized;
  const cut = normalized.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return space > max * 0.6 ? cut.slice(0, space) : cut;
}

/**
 * The evidence of a table row: the lines of its label cell as they stand, from the first up to the one
 * where the title ends ("Reducerad användning av inhyrd personal (5" + "insatser)"). The page's own lines
 * run across the row's cells ("… personal (5  5,3  18,5  19,5"), so they are no quote of what the cell
 * says; the figures are quoted per effect (`raw`) instead. Null when the cell has no lines.
 */
export function cellQuote(labelLines: readonly string[], title: string): string | null {
  const lines = labelLines.map(normalizeText).filter(Boolean);
  if (lines.length === 0) return null;
  const wanted = normalizeText(title);
  const quoted: string[] = [];
  for (const line of lines) {
    quoted.push(line);
    if (quoted.join(' ').length >= wanted.length) break;
  }
  const text = quoted.join(' ');
  // A cell given as one text (ruled tables) runs on into the description: keep the title and the
  // punctuation that closes it, a verbatim prefix of the cell.
  if (wanted.length > 0 && text.toLowerCase().startsWith(wanted.toLowerCase())) {
    const end = wanted.length + (/^[:.]/.test(text.slice(wanted.length)) ? 1 : 0);
    return text.slice(0, end);
  }
  return clip(text);
}

/**
 * The texts of a page as a reader follows them: each line, and each column of a table read down its
 * cells (segments that start at the same x on consecutive lines). Evidence taken from a cell stands in
 * the second reading even when the line reading runs across other cells.
 */
export function pageReadings(page: Page): string[] {
  const chains: { x: number; last: number; parts: string[] }[] = [];
  const open: typeof chains = [];
  page.lines.forEach((line, index) => {
    for (const segment of line.segments.length > 0
      ? line.segments
      : [{ text: line.text, x: line.x, width: line.width }]) {
      const chain = open.find((c) => c.last === index - 1 && Math.abs(c.x - segment.x) <= 3);
      if (chain) {
        chain.parts.push(segment.text);
        chain.last = index;
      } else {
        const created = { x: segment.x, last: index, parts: [segment.text] };
        chains.push(created);
        open.push(created);
      }
    }
    // Chains not continued on this line are closed.
    for (let i = open.length - 1; i >= 0; i--) if (open[i]!.last < index) open.splice(i, 1);
  });
  return [page.lines.map((line) => line.text).join(' '), ...chains.map((chain) => chain.parts.join(' '))];
}
