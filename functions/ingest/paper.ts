/**
 * Record which paper an extracted document is, before it is stored (parsers/paper.ts decides).
 *
 * Each stored document leaves a small marker `papers/<fingerprint>/<documentId>.json` (its method, upload
 * time and file name); listing the fingerprint's prefix finds the other copies of the same paper without
 * reading every extracted document. `duplicateOf` is the canonical copy among those known now. It is a
 * record, not the decision: two copies ingested at the same moment may each miss the other, so the query
 * API and the SQL views decide again from `paperId` over all documents, with the same rules.
 */
import { z } from 'zod';
import { compareCopies, type PaperCandidate, paperCandidate, paperIdentity } from '../../parsers/paper.ts';
import { type ExtractedDocument, ExtractionMethodSchema } from '../../parsers/schema.ts';
import { isObjectNotFound } from '../lib/errors.ts';
import { PAPERS_PREFIX } from '../lib/layout.ts';
import { type DocumentStore, getText } from '../lib/store.ts';

const PaperMarkerSchema = z.object({
  documentId: z.string(),
  paperId: z.string(),
  lineageId: z.string(),
  method: ExtractionMethodSchema,
  uploadedAt: z.string(),
  date: z.string().nullable(),
  fileName: z.string(),
});

export function paperMarkerKey(paperId: string, documentId: string): string {
  return `${PAPERS_PREFIX}${paperId.replace(/^paper:/, '')}/${documentId}.json`;
}

/** The document with its `paper` filled in; writes this document's marker first. */
export async function recordPaper(store: DocumentStore, doc: ExtractedDocument): Promise<ExtractedDocument> {
  const identity = paperIdentity(doc);
  const self: PaperCandidate = { ...paperCandidate({ ...doc, paper: undefined }), ...identity };
  await store.putJson(paperMarkerKey(identity.paperId, doc.documentId), PaperMarkerSchema.parse(self));
  const keys = await store.list(paperMarkerKey(identity.paperId, ''));
  const copies: PaperCandidate[] = [self];
  for (const key of keys) {
    if (key === paperMarkerKey(identity.paperId, doc.documentId)) continue;
    const marker = await readMarker(store, key);
    if (marker && marker.paperId === identity.paperId) copies.push(marker);
  }
  copies.sort(compareCopies);
  const canonical = copies[0]!;
  return {
    ...doc,
    paper: {
      ...identity,
      duplicateOf: canonical.documentId === doc.documentId ? null : canonical.documentId,
    },
  };
}

async function readMarker(store: DocumentStore, key: string): Promise<PaperCandidate | null> {
  try {
    const parsed = PaperMarkerSchema.safeParse(JSON.parse(await getText(store, key)));
    return parsed.success ? parsed.data : null;
  } catch (error) {
    // Gone between listing and reading, or not JSON: it simply is not a known copy.
    if (isObjectNotFound(error) || error instanceof SyntaxError) return null;
    throw error;
  }
}
