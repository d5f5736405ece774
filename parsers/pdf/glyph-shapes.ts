/**
 * Outline boxes of glyphs in an embedded TrueType font, as pdfjs loaded it: enough to tell what a glyph
 * draws when the text layer says something else (text-repair.ts `dashGlyphRepairs`). pdfjs gives each
 * shown glyph a `fontChar`, the code under which its sanitised font's `cmap` reaches the glyph; the
 * `glyf` table's per-glyph header holds the outline's bounding box. Fonts without those tables (CFF,
 * Type 1, Type 3) give no boxes, and nothing is concluded from them.
 */

/** A glyph's outline box in em units (1 = the font's units per em), y up from the baseline. */
export interface GlyphBox {
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  /** The outline's number of contours (a composite glyph: -1). */
  contours?: number;
}

interface Tables {
  view: DataView;
  table: Map<string, { offset: number; length: number }>;
}

function tablesOf(font: Uint8Array): Tables | undefined {
  if (font.length < 12) return undefined;
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const count = view.getUint16(4);
  const table = new Map<string, { offset: number; length: number }>();
  for (let i = 0; i < count; i++) {
    const entry = 12 + i * 16;
    if (entry + 16 > font.length) return undefined;
    const tag = String.fromCharCode(
      font[entry] ?? 0,
      font[entry + 1] ?? 0,
      font[entry + 2] ?? 0,
      font[entry + 3] ?? 0,
    );
    const offset = view.getUint32(entry + 8);
    const length = view.getUint32(entry + 12);
    if (offset + length > font.length) continue;
    table.set(tag, { offset, length });
  }
  return { view, table };
}

/** Glyph id of `code` in a format-4 cmap subtable at `at`, or 0 (.notdef). */
function format4Glyph(view: DataView, at: number, code: number): number {
  const segments = view.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    if (view.getUint16(ends + s * 2) < code) continue;
    const start = view.getUint16(starts + s * 2);
    if (start > code) return 0;
    const delta = view.getInt16(deltas + s * 2);
    const rangeOffset = view.getUint16(rangeOffsets + s * 2);
    if (rangeOffset === 0) return (code + delta) & 0xffff;
    const where = rangeOffsets + s * 2 + rangeOffset + (code - start) * 2;
    if (where + 2 > view.byteLength) return 0;
    const glyph = view.getUint16(where);
    return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
  }
  return 0;
}

/** Glyph id of `code` in a format-12 cmap subtable at `at`, or 0. */
function format12Glyph(view: DataView, at: number, code: number): number {
  const groups = view.getUint32(at + 12);
  for (let g = 0; g < groups; g++) {
    const entry = at + 16 + g * 12;
    if (entry + 12 > view.byteLength) return 0;
    const start = view.getUint32(entry);
    const end = view.getUint32(entry + 4);
    if (code >= start && code <= end) return view.getUint32(entry + 8) + (code - start);
  }
  return 0;
}

/**
 * A reader of glyph boxes by `fontChar` for one font program, or undefined when the font has no
 * TrueType outlines to read. Every read is bounds-checked: a damaged font gives undefined, not an error.
 */
export function glyphBoxReader(font: Uint8Array): ((fontChar: string) => GlyphBox | undefined) | undefined {
  const tables = tablesOf(font);
  if (!tables) return undefined;
  const { view, table } = tables;
  const head = table.get('head');
  const cmap = table.get('cmap');
  const loca = table.get('loca');
  const glyf = table.get('glyf');
  if (!head || !cmap || !loca || !glyf || head.length < 54) return undefined;
  const unitsPerEm = view.getUint16(head.offset + 18);
  const longOffsets = view.getInt16(head.offset + 50) === 1;
  if (unitsPerEm === 0) return undefined;
  const subtables: Array<{ at: number; format: number }> = [];
  const count = view.getUint16(cmap.offset + 2);
  for (let i = 0; i < count; i++) {
    const record = cmap.offset + 4 + i * 8;
    if (record + 8 > cmap.offset + cmap.length) break;
    const at = cmap.offset + view.getUint32(record + 4);
    if (at + 4 > view.byteLength) continue;
    const format = view.getUint16(at);
    if (format === 4 || format === 12) subtables.push({ at, format });
  }
  if (subtables.length === 0) return undefined;
  const glyphCount = Math.floor(loca.length / (longOffsets ? 4 : 2)) - 1;
  const locaAt = (glyph: number) =>
    longOffsets ? view.getUint32(loca.offset + glyph * 4) : view.getUint16(loca.offset + glyph * 2) * 2;
  return (fontChar) => {
    const code = fontChar.codePointAt(0);
    if (code === undefined) return undefined;
    try {
      let glyph = 0;
      for (const { at, format } of subtables) {
        glyph = format === 4 ? format4Glyph(view, at, code) : format12Glyph(view, at, code);
        if (glyph !== 0) break;
      }
      if (glyph === 0 || glyph >= glyphCount) return undefined;
      const start = locaAt(glyph);
      if (locaAt(glyph + 1) - start < 10 || start + 10 > glyf.length) return undefined;
      const at = glyf.offset + start;
      return {
        xMin: view.getInt16(at + 2) / unitsPerEm,
        yMin: view.getInt16(at + 4) / unitsPerEm,
        xMax: view.getInt16(at + 6) / unitsPerEm,
        yMax: view.getInt16(at + 8) / unitsPerEm,
        contours: view.getInt16(at),
      };
    } catch {
      return undefined;
    }
  };
}
