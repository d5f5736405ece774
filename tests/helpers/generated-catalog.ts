/**
 * Generated catalogs for the tests that hold the index paths (the CLI's and the API's) to the answers over
 * every extracted document: synthetic papers, some without a region, plus copies (other bytes, read by OCR),
 * later versions and appendices repeating measures — where the paths could differ.
 */
import { createHash } from 'node:crypto';
import type { ExtractedDocument } from '../../parsers/schema.ts';
import { syntheticDocument } from '../../scripts/generate-facts.ts';
import { mulberry32 } from '../../scripts/prng.ts';

function idOf(text: string): string {
  return `sha256:${createHash('sha256').update(text).digest('hex')}`;
}

/** Generated papers, plus copies (other bytes, read by OCR), later versions and appendices repeating measures. */
export function generated(
  count: number,
  seed: number,
  only?: (doc: ExtractedDocument) => boolean,
): ExtractedDocument[] {
  const rand = mulberry32(seed);
  const docs = Array.from({ length: count }, (_, index) => {
    const doc = syntheticDocument(index, rand);
    // Some papers whose region was not found: filed, listed and compared as `unknown`.
    return index % 11 === 4 ? { ...doc, document: { ...doc.document, region: null } } : doc;
  }).filter((doc) => only?.(doc) ?? true);
  const extra: ExtractedDocument[] = [];
  docs.forEach((original, index) => {
    if (index % 5 === 0)
      extra.push({
        ...original,
        documentId: idOf(`copy-${seed}-${index}`),
        source: { ...original.source, fileName: `copy-${index}.pdf`, key: `uploads/copy-${index}.pdf` },
        extraction: { ...original.extraction, method: 'ocr' },
      });
    if (index % 7 === 3)
      extra.push({
        ...original,
        documentId: idOf(`version-${seed}-${index}`),
        source: { ...original.source, fileName: `version-${index}.pdf` },
        document: { ...original.document, date: `${Number(original.document.date!.slice(0, 4)) + 1}-01-15` },
        measures: original.measures.map((measure) => ({
          ...measure,
          effects: measure.effects.map((effect) => ({ ...effect, amountMsek: effect.amountMsek + 1 })),
        })),
      });
    if (index % 6 === 2)
      extra.push({
        ...original,
        documentId: idOf(`appendix-${seed}-${index}`),
        source: { ...original.source, fileName: `bilaga-${index}.pdf` },
        document: { ...original.document, title: `Bilaga till ${original.document.title}` },
        totals: [],
      });
  });
  return [...docs, ...extra];
}
