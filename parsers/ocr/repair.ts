/**
 * Repairs of glyphs that OCR gets wrong in a way the words around them give away. Tesseract's Swedish
 * model reads the section sign of a citation as "8", "$" or "S" ("sammanträdet 2025-01-17 (8 129)",
 * "Regionstyrelsen 8 203/2025"), which loses the paragraph of every reference on a scan. Only the
 * citation's own shapes are repaired — a lone glyph after a full date, or before "nnn/yyyy" — never a
 * figure of a table or a sentence ("(8 129)" without a date before it stays a number).
 */
import type { TextItem } from '../page-model.ts';

/** The misread sign alone, perhaps inside an opening parenthesis: "8", "(8", "$", "(S". */
const MISREAD_SIGN_RE = /^(\(?)[8$S]$/u;
/** The paragraph number after it: "129", "129).", "203/2025", "45,". */
const PARAGRAPH_RE = /^\d{1,3}(?:\/(?:19|20)\d{2})?[).,;:]*$/u;
const WITH_YEAR_RE = /^\d{1,3}\/(?:19|20)\d{2}/u;
/** A full date that a citation's paragraph follows: "2025-01-17", "2025-01-17,". */
const DATE_RE = /^(?:19|20)\d{2}-\d{2}-\d{2},?$/u;

export function repairSectionSigns(items: TextItem[]): TextItem[] {
  return items.map((item, i) => {
    const sign = MISREAD_SIGN_RE.exec(item.text);
    const next = items[i + 1];
    if (!sign || !next || !PARAGRAPH_RE.test(next.text)) return item;
    const previous = items[i - 1];
    const afterDate = previous !== undefined && DATE_RE.test(previous.text);
    if (!afterDate && !WITH_YEAR_RE.test(next.text)) return item;
    return { ...item, text: `${sign[1] ?? ''}§` };
  });
}
