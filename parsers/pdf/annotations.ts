// Text a reader sees on the page that the content stream does not hold: the value of a filled form field
// (an AcroForm text field, with or without an appearance stream) and the text of a FreeText annotation.
// Case-management and e-signing systems write a paper's date or its decision text into such fields;
// getTextContent reads the content stream only, so without this the paper has no date or no proposal.
// Other annotations (stamps, sticky notes, links) are marks on the paper, not its text, and are not read.
import type { TextItem } from '../page-model.ts';

/** The members of a pdfjs annotation (page.getAnnotations()) read here. */
export interface AnnotationLike {
  subtype?: string;
  fieldType?: string;
  fieldValue?: unknown;
  /** Lines pdfjs read from the annotation's appearance stream, when it has one. */
  textContent?: unknown;
  contentsObj?: { str?: string } | null;
  rect?: number[];
  annotationFlags?: number;
  fieldFlags?: number;
  hidden?: boolean;
  defaultAppearanceData?: { fontSize?: number } | null;
}

/** Annotation flags (PDF 32000-1, 12.5.3): Hidden, NoView. */
const NOT_SHOWN = 2 | 32;
/** Text field flag Password (12.7.4.3): the value is shown as bullets. */
const PASSWORD = 1 << 13;

function shownLines(a: AnnotationLike): string[] {
  if (a.hidden || ((a.annotationFlags ?? 0) & NOT_SHOWN) !== 0) return [];
  const fromAppearance = Array.isArray(a.textContent)
    ? a.textContent.filter((s): s is string => typeof s === 'string')
    : [];
  let lines: string[] = [];
  if (a.subtype === 'Widget') {
    if (a.fieldType !== 'Tx' || ((a.fieldFlags ?? 0) & PASSWORD) !== 0) return [];
    if (fromAppearance.length > 0) lines = fromAppearance;
    else if (typeof a.fieldValue === 'string') lines = a.fieldValue.split(/\r\n|\r|\n/);
  } else if (a.subtype === 'FreeText') {
    lines = fromAppearance.length > 0 ? fromAppearance : (a.contentsObj?.str ?? '').split(/\r\n|\r|\n/);
  }
  return lines.map((l) => l.replace(/\s+/g, ' ').trim()).filter((l) => l !== '');
}

const squeeze = (s: string) => s.replace(/\s+/g, '').toLowerCase();

/**
 * Text items for the shown text of `annotations`, one per line, set inside the annotation's rectangle
 * (`transform`: the viewport's, PDF space to page points from the top-left). A line the page's own text
 * already holds inside that rectangle (a producer that also printed the value) is not added again.
 */
export function annotationTextItems(
  annotations: readonly AnnotationLike[],
  transform: readonly number[],
  existing: readonly TextItem[],
): TextItem[] {
  const out: TextItem[] = [];
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = transform;
  for (const annot of annotations) {
    const lines = shownLines(annot);
    const rect = annot.rect;
    if (lines.length === 0 || !rect || rect.length < 4) continue;
    const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = rect;
    const xs = [a * x1 + c * y1 + e, a * x2 + c * y2 + e];
    const ys = [b * x1 + d * y1 + f, b * x2 + d * y2 + f];
    const left = Math.min(...xs);
    const top = Math.min(...ys);
    const width = Math.max(...xs) - left;
    const height = Math.max(...ys) - top;
    if (!(width > 2 && height > 2) || ![left, top, width, height].every(Number.isFinite)) continue;
    const stated = annot.defaultAppearanceData?.fontSize ?? 0;
    // Size 0 is "auto": the field's height shared by its lines.
    const size = stated > 0 ? stated : Math.min(12, (height - 2) / lines.length / 1.15);
    const step = Math.min(size * 1.2, (height - 2) / lines.length);
    const inside = existing.filter((it) => {
      const cx = it.x + it.width / 2;
      const cy = it.y + it.height / 2;
      return cx >= left && cx <= left + width && cy >= top && cy <= top + height;
    });
    const printed = squeeze(inside.map((it) => it.text).join(''));
    lines.forEach((text, k) => {
      if (printed !== '' && printed.includes(squeeze(text))) return;
      out.push({
        text,
        x: left + 2,
        y: top + 1 + k * step,
        width: Math.min(width - 2, text.length * size * 0.5),
        height: size,
      });
    });
  }
  return out;
}
