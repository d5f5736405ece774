/**
 * Pictures on text pages. Board papers often carry their measure table as a raster image on a page
 * that otherwise has a good text layer: an Excel range pasted into Word as a picture, a screenshot of a
 * table, a slide whose table is an image. Such a page never goes to OCR (it has plenty of letters and
 * the image covers little of it), so the table was silently lost. Here:
 * - `pictureRegions` picks the painted images big enough to hold a table (sizes in points, so a logo,
 *   a signature or an icon is never read) whose area the text layer does not already cover (a
 *   scanner's invisible OCR layer over the image, or text set over a background picture);
 * - `readablePicture` decides whether what OCR read in one is a table or prose (kept) or something
 *   else — a chart's labels, a diagram — whose figures must never become facts (dropped);
 * - `withPicture` merges a kept reading into the page, its lines placed where the picture is.
 */
import type { Page, TableBox, TextLine } from '../page-model.ts';

/** Narrowest picture that can hold a table: a title column and a figure column (2 in). */
const MIN_WIDTH = 144;
/** Lowest picture that can hold a table: a header and two rows of 9-pt type (0.75 in). */
const MIN_HEIGHT = 54;
/** Longer strips (either way) are rules, banners and borders, not tables. */
const MAX_ASPECT = 12;
/** Letters of the text layer inside a picture beyond which its content is already text. */
const MAX_TEXT_LETTERS = 20;

/** The pictures of a text-layer page that could hold a table and whose content the text layer lacks. */
export function pictureRegions(page: Page): TableBox[] {
  if (page.source !== 'text' || !page.images || page.images.length === 0) return [];
  const out: TableBox[] = [];
  for (const image of page.images) {
    // The part on the page: a picture cut by the page edge is read where it is seen.
    const x0 = Math.max(0, image.x);
    const y0 = Math.max(0, image.y);
    const x1 = Math.min(page.width, image.x + image.width);
    const y1 = Math.min(page.height, image.y + image.height);
    const box = { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
    if (box.width < MIN_WIDTH || box.height < MIN_HEIGHT) continue;
    if (box.width > MAX_ASPECT * box.height || box.height > MAX_ASPECT * box.width) continue;
    // The same picture painted twice (a producer's soft mask, a repeated draw) is read once.
    if (out.some((b) => overlap(b, box) > 0.8 * Math.min(area(b), area(box)))) continue;
    if (textLettersIn(page, box) > MAX_TEXT_LETTERS) continue;
    out.push(box);
  }
  return out;
}

function area(b: TableBox): number {
  return b.width * b.height;
}

function overlap(a: TableBox, b: TableBox): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Letters of the page's text items whose centre lies inside the box. */
function textLettersIn(page: Page, box: TableBox): number {
  let letters = 0;
  for (const item of page.items) {
    const cx = item.x + item.width / 2;
    const cy = item.y + item.height / 2;
    if (cx < box.x || cx > box.x + box.width || cy < box.y || cy > box.y + box.height) continue;
    letters += item.text.match(/[A-Za-zªµºÀ-ÖØ-öø-ɏ]/gu)?.length ?? 0;
  }
  return letters;
}

/** A figure as tables print them: digits with grouping spaces and a decimal comma, a sign. */
const FIGURE = /^[-−–+]?\d{1,3}(?:[ \u00a0]?\d{3})*(?:[,.]\d+)?$/u;
const WORD = /[A-Za-zªµºÀ-ÖØ-öø-ɏ]{3,}/u;

export type PictureKind = 'table' | 'prose' | 'figures' | 'empty';

/**
 * What a picture read as: `table` when at least two lines are rows — a word and a figure, as a table
 * row names a thing and gives its figures; `prose` when at least three lines hold four words or more
 * and no more than a quarter of all lines are bare figures; `figures` when it holds figures but neither
 * (a chart's value labels and axis, a diagram); `empty` otherwise (a photo, a drawing). A chart labels
 * its bars with figures on lines of their own, and its title has no figure, so it is never a table.
 */
export function pictureKind(read: Page): PictureKind {
  let rows = 0;
  let prose = 0;
  let bare = 0;
  let figures = 0;
  for (const line of read.lines) {
    const tokens = line.text.split(/\s+/).filter((t) => t !== '');
    const numbers = tokens.filter((t) => FIGURE.test(t.replace(/[()]/g, ''))).length;
    const words = tokens.filter((t) => WORD.test(t)).length;
    figures += numbers;
    if (numbers > 0 && words > 0) rows++;
    else if (numbers > 0) bare++;
    if (words >= 4) prose++;
  }
  if (rows >= 2) return 'table';
  if (prose >= 3 && bare <= read.lines.length / 4) return 'prose';
  return figures > 0 ? 'figures' : 'empty';
}

/** Whether a picture's reading is kept: tables and prose are content, figures alone are not. */
export function readablePicture(read: Page): boolean {
  const kind = pictureKind(read);
  return kind === 'table' || kind === 'prose';
}

/**
 * The page with a picture's reading merged in: its items added, its lines set before the first line
 * of the page that lies below the picture's top (lines are in reading order, top down), so that a
 * caption above the picture and the text under it keep their places around the table.
 */
export function withPicture(page: Page, read: Page, box: TableBox): Page {
  const at = page.lines.findIndex((line: TextLine) => line.y >= box.y + 1);
  const lines =
    at < 0
      ? [...page.lines, ...read.lines]
      : [...page.lines.slice(0, at), ...read.lines, ...page.lines.slice(at)];
  return { ...page, items: [...page.items, ...read.items], lines };
}

/** A page read from a picture, moved from the picture's corner to its place on the page. */
export function shiftedPage(read: Page, box: TableBox, page: { width: number; height: number }): Page {
  const dx = box.x;
  const dy = box.y;
  const items = read.items.map((item) => ({ ...item, x: item.x + dx, y: item.y + dy }));
  const moved = new Map(read.items.map((item, i) => [item, items[i]]));
  const lines = read.lines.map((line) => ({
    ...line,
    x: line.x + dx,
    y: line.y + dy,
    items: line.items.map((item) => moved.get(item) ?? { ...item, x: item.x + dx, y: item.y + dy }),
    segments: line.segments.map((segment) => ({ ...segment, x: segment.x + dx })),
  }));
  return { ...read, width: page.width, height: page.height, items, lines };
}
