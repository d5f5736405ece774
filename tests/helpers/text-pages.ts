/**
 * Builds page-model pages from plain text, for extraction tests that need no PDF:
 * "\f" separates pages; "# " marks a heading (16 pt bold), "## " a sub-heading (13 pt bold),
 * "**…**" a bold line (or a bold segment within a line); a blank line is extra vertical space; runs of 2+ spaces or a tab separate
 * segments, placed at x = 72 + 6 × column so aligned text gives aligned columns.
 */
import type { LineSegment, Page, TextItem, TextLine } from '../../parsers/page-model.ts';

const CHAR = 6;
const LEFT = 72;

export function pagesFromText(text: string, options: { width?: number; height?: number } = {}): Page[] {
  const width = options.width ?? 595;
  const height = options.height ?? 842;
  return text.split('\f').map((pageText, index) => {
    const lines: TextLine[] = [];
    let y = 72;
    for (const raw of pageText.split('\n')) {
      if (raw.trim() === '') {
        y += 14;
        continue;
      }
      let fontSize = 10.5;
      let bold = false;
      let body = raw;
      if (body.startsWith('## ')) {
        fontSize = 13;
        bold = true;
        body = body.slice(3);
      } else if (body.startsWith('# ')) {
        fontSize = 16;
        bold = true;
        body = body.slice(2);
      } else if (/^\*\*.*\*\*$/.test(body.trim())) {
        bold = true;
        body = body.replace(/\*\*/g, '');
      }
      const segments: LineSegment[] = [];
      const items: TextItem[] = [];
      for (const m of body.matchAll(/\S+(?: \S+)*/g)) {
        const x = LEFT + m.index * CHAR;
        // A segment wrapped in ** is bold on its own ("**Title:**   2,5   4,0"); its text keeps its place.
        const own = /^\*\*(.+)\*\*$/.exec(m[0]);
        const text = own?.[1] ?? m[0];
        const segmentWidth = text.length * CHAR;
        segments.push({ text, x, width: segmentWidth });
        items.push({ text, x, y, width: segmentWidth, height: fontSize, bold: bold || own !== null });
      }
      const first = segments[0];
      const last = segments.at(-1);
      if (!first || !last) continue;
      lines.push({
        text: segments.map((s) => s.text).join('  '),
        items,
        segments,
        x: first.x,
        y,
        width: last.x + last.width - first.x,
        height: fontSize,
        fontSize,
        bold,
      });
      y += fontSize * 1.35;
    }
    return {
      number: index + 1,
      width,
      height,
      source: 'text',
      items: lines.flatMap((l) => l.items),
      lines,
      tables: [],
    };
  });
}

/**
 * One page: the caption (a heading with "## ") over a table given as cell rows, as a tagged PDF's
 * structure tree would hand it over (`source: 'struct'`), its box starting just under the caption.
 */
export function pagesWithCellTable(caption: string, rows: string[][]): Page[] {
  const pages = pagesFromText(`${caption}\n(tabell)`);
  const page = pages[0] as Page;
  const top = page.lines.at(-1)?.y ?? 200;
  page.tables = [{ source: 'struct', rows, box: { x: 60, y: top - 2, width: 480, height: 300 } }];
  return pages;
}

/**
 * Sets a ruled table (`source: 'ruled'`) over text already laid out by `pagesFromText`: the table's
 * rows are given as cells, and its box starts just above the first line that begins with `firstCell`
 * (as a whole cell: the header's first cell unless said) and holds `rows.length` lines of 15 pt, 480 pt wide at x 60.
 * The page's lines stay as they are, as a ruled table's text is also the page's text.
 */
export function withRuledTable(
  pages: Page[],
  rows: string[][],
  options: { firstCell?: string; page?: number; rowHeight?: number } = {},
): Page[] {
  const page = pages[(options.page ?? 1) - 1] as Page;
  const firstCell = options.firstCell ?? rows[0]?.[0] ?? '';
  const first = page.lines.find((l) => l.text === firstCell || l.text.startsWith(`${firstCell} `));
  if (!first) throw new Error(`withRuledTable: no line starts with "${firstCell}"`);
  page.tables = [
    ...page.tables,
    {
      source: 'ruled',
      rows,
      box: { x: 60, y: first.y - 2, width: 480, height: rows.length * (options.rowHeight ?? 15) },
    },
  ];
  return pages;
}
