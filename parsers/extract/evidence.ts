/**
 * Evidence is verbatim text of the page a fact stands on. Everything compared here is
 * whitespace-normalized, so a phrase wrapped over two lines still "occurs" on its page.
 */
import type { Page } from '../page-model.ts';
import { normalizeText } from './layout.ts';

export function matchKey(text: string): string {
  return normalizeText(text).toLowerCase();
}

export class PageTexts {
  private readonly texts = new Map<number, string>();

  constructor(pages: Page[]) {
    for (const page of pages) {
      this.texts.set(page.number, matchKey(page.lines.map((l) => l.text).join(' ')));
    }
  }

  occursOn(page: number, text: string): boolean {
    const key = matchKey(text);
    return key.length > 0 && (this.texts.get(page)?.includes(key) ?? false);
  }

  /** The page where `text` occurs, trying `preferred` first; null when it occurs nowhere. */
  pageOf(text: string, preferred: number): number | null {
    if (this.occursOn(preferred, text)) return preferred;
    for (const page of this.texts.keys()) {
      if (this.occursOn(page, text)) return page;
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
