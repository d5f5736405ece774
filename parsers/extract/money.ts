/**
 * Every money figure in the running text (amounts[]): the sentence it stands in, its page, its year.
 * Bare numbers in table value columns are not here; they are measure effects and totals.
 */
import type { Amount } from '../schema.ts';
import { findAmounts, yearNear } from '../swedish/amounts.ts';
import { runTogetherYear } from '../swedish/statements.ts';
import { sentenceAround } from '../swedish/text.ts';
import { clip } from './evidence.ts';
import type { DocLine, Layout } from './layout.ts';

/**
 * `lineText` gives the text to read of a line (a year table's line without its figures in the value
 * columns: those are effects and totals, not amounts of the running text); `years` are the paper's years,
 * for a figure that a year ran into ("effekt 20249 mkr").
 */
export function extractAmounts(
  layout: Layout,
  options: { years?: readonly number[]; lineText?: (line: DocLine) => string } = {},
): Amount[] {
  const lineText = options.lineText ?? ((line: DocLine) => line.text);
  const amounts: Amount[] = [];
  // Blocks by page in one pass (filtering all blocks per page was quadratic in a long paper's length).
  const blocksByPage = new Map<number, Layout['blocks']>();
  for (const block of layout.blocks) {
    const list = blocksByPage.get(block.page);
    if (list) list.push(block);
    else blocksByPage.set(block.page, [block]);
  }
  for (const page of layout.pages) {
    const blocks = blocksByPage.get(page.number) ?? [];
    if (blocks.length === 0) continue;
    // One text per page: lines of a block joined by a space, blocks by a blank line, so a figure whose
    // unit wrapped into the next block ("effekt 128" / "mkr kommer …") is still read, while sentences
    // do not run across blocks. Offsets map back to lines (for the year of a figure in a table-like line).
    let text = '';
    const lineStarts: { offset: number; text: string; page: number }[] = [];
    for (const block of blocks) {
      block.lines.forEach((line, i) => {
        if (text) text += i === 0 ? '\n\n' : ' ';
        const own = lineText(line);
        lineStarts.push({ offset: text.length, text: own, page: line.page });
        text += own;
      });
    }
    for (const found of findAmounts(text)) {
      // "effekt 20249 mkr" where the paper's year 2024 ran into the figure: the figure is 9 mkr (warned
      // where it is read as a measure's effect).
      const split = runTogetherYear(text, found, options.years ?? []);
      const match = split?.amount ?? found;
      let line = lineStarts[0];
      for (const start of lineStarts) if (start.offset <= match.index) line = start;
      const sentence = sentenceAround(text, match.index, match.end);
      // The year stated on the figure's own line wins ("Kostnad 2022 ack dec: 268 mkr"), then its sentence.
      const local =
        line && match.end <= line.offset + line.text.length
          ? yearNear(line.text, { ...match, index: match.index - line.offset, end: match.end - line.offset })
          : null;
      amounts.push({
        amountMsek: match.amountMsek,
        raw: match.raw.replace(/\s+/g, ' ').trim(),
        qualifier: match.qualifier,
        // …then its sentence; never a year from another block of the page.
        year:
          split?.year ??
          local ??
          yearNear(sentence.text, {
            ...match,
            index: match.index - sentence.start,
            end: match.end - sentence.start,
          }),
        context: contextAround(sentence.text, match.index - sentence.start, match.end - sentence.start),
        page: line?.page ?? page.number,
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
