/**
 * Content a producer marked as /Artifact. Running headers, footers and page numbers stand in the page's
 * margins, apart from the body; a table row, the numbered proposal or a caption that a tagging tool or a
 * remediation pass marked as artifact stands in the body, at the body's own line pitch and size. A sighted
 * reader reads those: such artifact lines are given back to the content. Lines beside content on the
 * same height (a bullet, a list number, a watermark across the text) stay artifacts: they decorate it.
 */
import type { TextItem } from '../page-model.ts';
import { buildLines, median } from './lines.ts';

/** More artifact lines than this on a page is a producer's own way of marking, not a few mislabelled ones. */
const MAX_LINES = 40;

interface Span {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

const spanOf = (b: { x: number; y: number; width: number; height: number }): Span => ({
  top: b.y,
  bottom: b.y + b.height,
  left: b.x,
  right: b.x + b.width,
});

/**
 * The artifact items that are body content: lines whose gap to the body's text above or below is at most
 * their own height, as large as the body's text, within the body's width, and not on a line of the body.
 * A line given back counts as body for the next (a proposal of several points marked as one artifact).
 */
export function contentAmongArtifacts(items: TextItem[], artifacts: TextItem[]): TextItem[] {
  const content = items.filter((item) => item.text.trim() !== '');
  if (artifacts.length === 0 || content.length === 0) return [];
  const lines = buildLines(artifacts, { detectColumns: false }).filter((line) =>
    /[A-Za-zªµºÀ-ÖØ-öø-ɏ\p{N}]/u.test(line.text),
  );
  if (lines.length === 0 || lines.length > MAX_LINES) return [];
  const body = content.map(spanOf);
  const size = median(content.map((item) => item.height));
  const left = Math.min(...body.map((s) => s.left));
  const right = Math.max(...body.map((s) => s.right));
  const back: TextItem[] = [];
  const pending = [...lines];
  let changed = true;
  while (changed) {
    changed = false;
    for (let k = pending.length - 1; k >= 0; k--) {
      const line = pending[k];
      if (!line) continue;
      const own = spanOf(line);
      if (line.height < 0.8 * size || own.left < left - size || own.right > right + size) continue;
      let nearest = Number.POSITIVE_INFINITY;
      const beside: Span[] = [];
      for (const s of body) {
        const gap = Math.max(own.top - s.bottom, s.top - own.bottom);
        if (gap < -0.3 * line.height) beside.push(s);
        nearest = Math.min(nearest, gap);
      }
      if (beside.length > 0) {
        // On a body line: a figure standing apart to the right of the line's text is a table cell the
        // producer marked as decoration; a bullet, a list number or a watermark is not.
        const start = Math.min(...beside.map((s) => s.left));
        const figures = line.items.filter(
          (item) =>
            /\d/.test(item.text) &&
            item.x > start + size &&
            !beside.some((s) => s.left < item.x + item.width && item.x < s.right),
        );
        if (figures.length > 0) {
          back.push(...figures);
          pending.splice(k, 1);
        }
        continue;
      }
      if (nearest > line.height) continue;
      back.push(...line.items);
      body.push(own);
      pending.splice(k, 1);
      changed = true;
    }
  }
  return back;
}
