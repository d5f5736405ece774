/**
 * Every money figure in the running text (amounts[]): the sentence it stands in, its page, its year.
 * Bare numbers in table value columns are not here; they are measure effects and totals.
 */
import type { Amount } from '../schema.ts';
import { findAmounts, yearNear } from '../swedish/amounts.ts';
import { sentenceAround } from '../swedish/text.ts';
import { clip } from './evidence.ts';
import type { Layout } from './layout.ts';

export function extractAmounts(layout: Layout): Amount[] {
  const amounts: Amount[] = [];
  for (const block of layout.blocks) {
    // Join the block's lines verbatim (no hyphen repair) so offsets map back to lines and pages.
    let text = '';
    const starts: { offset: number; page: number }[] = [];
    for (const line of block.lines) {
      if (text) text += ' ';
      starts.push({ offset: text.length, page: line.page });
      text += line.text;
    }
    for (const match of findAmounts(text)) {
      let page = block.page;
      for (const start of starts) if (start.offset <= match.index) page = start.page;
      const sentence = sentenceAround(text, match.index, match.end);
      amounts.push({
        amountMsek: match.amountMsek,
        raw: match.raw.replace(/\s+/g, ' ').trim(),
        qualifier: match.qualifier,
        year: yearNear(text, match),
        context: contextAround(sentence.text, match.index - sentence.start, match.end - sentence.start),
        page,
      });
    }
  }
  return amounts;
}

/** The sentence, cut to a readable window around the figure (still verbatim text). */
function contextAround(sentence: string, start: number, end: number): string {
  const flat = sentence.replace(/\s+/g, ' ');
  if (flat.length <= 400) return flat.trim();
  const from = Math.max(0, flat.lastIndexOf(' ', Math.max(0, start - 180)));
  return clip(flat.slice(from, Math.max(end + 180, from + 200)), 400);
}
