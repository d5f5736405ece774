/**
 * Scaled copies of earlier pages: a notes page shows its slide as a thumbnail above the speaker's notes,
 * a handout or a cover sheet shows a page it reproduces in small. The copy's text is the earlier page's
 * text again, each line at one common scale and shifted by one common offset; its facts were read on the
 * page it copies, and read twice they become a second decision block or measures titled by a slide's
 * heading. Such a copy is found by geometry alone: lines of the same text as an earlier page's, whose
 * font sizes, widths and positions all map onto that page's by one scale below 0.9 and one offset. The
 * lines inside the mapped box of the earlier page are then dropped from the later page; the rest of the
 * page (the notes) is kept.
 */
import { extentOf, type Page, type TableBox, type TextLine } from '../page-model.ts';
import { normalizeText } from './layout.ts';

/** A line's text as compared between pages: spaces folded, case folded. Short texts prove nothing. */
function keyOf(line: TextLine): string | null {
  const text = normalizeText(line.text).toLowerCase();
  return text.replace(/\s/g, '').length >= 6 ? text : null;
}

interface Match {
  source: number;
  scale: number;
  dx: number;
  dy: number;
  line: TextLine;
}

/** Scales smaller than this are a thumbnail; a copy at about full size is a repeated page, not handled here. */
const MAX_SCALE = 0.9;
const MIN_SCALE = 0.1;

/**
 * The region of `page` that is a scaled copy of an earlier page, when there is one: the earlier page's
 * text box mapped by the scale and offset that most of the matching lines agree on.
 */
function copyRegion(page: Page, earlier: Map<string, { source: number; line: TextLine }[]>, pages: Page[]) {
  const matches: Match[] = [];
  for (const line of page.lines) {
    const key = keyOf(line);
    if (key === null) continue;
    for (const seen of earlier.get(key) ?? []) {
      const original = seen.line;
      if (original.fontSize <= 0 || original.width <= 0) continue;
      const scale = line.fontSize / original.fontSize;
      if (scale >= MAX_SCALE || scale <= MIN_SCALE) continue;
      // The text's width shrinks with its size: a line merely set smaller elsewhere is set at another width.
      if (Math.abs(line.width / original.width - scale) > 0.15 * scale) continue;
      matches.push({
        source: seen.source,
        scale,
        dx: line.x - scale * original.x,
        dy: line.y - scale * original.y,
        line,
      });
    }
  }
  let best: Match[] = [];
  for (const anchor of matches) {
    const tolerance = Math.max(2, 0.3 * anchor.line.fontSize);
    const agreeing = matches.filter(
      (m) =>
        m.source === anchor.source &&
        Math.abs(m.scale - anchor.scale) <= 0.04 * anchor.scale &&
        Math.abs(m.dx - anchor.dx) <= tolerance &&
        Math.abs(m.dy - anchor.dy) <= tolerance,
    );
    // One match per line of the later page (a line may repeat on the earlier page).
    const unique = [...new Map(agreeing.map((m) => [m.line, m] as const)).values()];
    if (unique.length > best.length) best = unique;
  }
  const first = best[0];
  if (!first) return null;
  const source = pages[first.source];
  if (!source) return null;
  const keyed = source.lines.filter((line) => keyOf(line) !== null).length;
  // Three lines in place prove a copy; two only when they are all the earlier page has.
  if (best.length < 3 && !(best.length === 2 && keyed === 2)) return null;
  const box = extentOf(source.lines);
  if (!box) return null;
  const scale = best.reduce((sum, m) => sum + m.scale, 0) / best.length;
  const dx = best.reduce((sum, m) => sum + m.dx, 0) / best.length;
  const dy = best.reduce((sum, m) => sum + m.dy, 0) / best.length;
  const pad = 2;
  return {
    x: dx + scale * box.x - pad,
    y: dy + scale * box.y - pad,
    width: scale * box.width + 2 * pad,
    height: scale * box.height + 2 * pad,
  };
}

function inside(box: TableBox, x: number, y: number): boolean {
  return x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height;
}

/**
 * The pages with every scaled copy of an earlier page's text removed (lines, their items and tables lying
 * within the copy). Pages without a copy are returned as they are.
 */
export function withoutScaledCopies(pages: Page[]): Page[] {
  if (pages.length < 2) return pages;
  const earlier = new Map<string, { source: number; line: TextLine }[]>();
  const out: Page[] = [];
  pages.forEach((page, index) => {
    const region = index > 0 ? copyRegion(page, earlier, pages) : null;
    for (const line of page.lines) {
      const key = keyOf(line);
      if (key === null) continue;
      const list = earlier.get(key);
      if (list) list.push({ source: index, line });
      else earlier.set(key, [{ source: index, line }]);
    }
    if (!region) {
      out.push(page);
      return;
    }
    const centreInside = (b: { x: number; y: number; width: number; height: number }): boolean =>
      inside(region, b.x + b.width / 2, b.y + b.height / 2);
    out.push({
      ...page,
      lines: page.lines.filter((line) => !centreInside(line)),
      items: page.items.filter((item) => !centreInside(item)),
      tables: page.tables.filter((table) => !table.box || !centreInside(table.box)),
    });
  });
  return out;
}
