/**
 * What the document index (functions/lib/doc-index.ts) keeps of each extracted document, and where it files it. Pure: no
 * I/O, no clock.
 *
 * An index entry is the ExtractedDocument without what no listing, comparison or search reads — the free
 * amounts (`amounts`, each with its context sentence) and the references to earlier decisions — so the query
 * API builds the same snapshot from a handful of index objects as from every extracted/<id>.json. The whole
 * document is still read, one object, when a single document is opened.
 *
 * Entries are filed by region and first fiscal year (the partition the document's fact rows have too), so
 * an ingest rewrites one small object and a reader gets every document from O(regions × years) objects.
 */
import { z } from 'zod';
import { documentYear, UNKNOWN_REGION } from '../parsers/facts.ts';
import { paperIdentity } from '../parsers/paper.ts';
import { type ExtractedDocument, ExtractedDocumentSchema } from '../parsers/schema.ts';

/**
 * Raised whenever the entry's shape or meaning changes. A reader finding no index of its own version
 * rebuilds one from extracted/ instead of reading an older one's entries.
 */
export const INDEX_VERSION = 1;

/** The summary: the contract's schema minus the parts the index leaves to the document itself. */
export const DocumentSummarySchema = ExtractedDocumentSchema.omit({ amounts: true, references: true });
export type DocumentSummary = z.infer<typeof DocumentSummarySchema>;

export const IndexEntrySchema = z.object({
  /** The object the summary was made from (extracted/<documentId>.json): read when the document is opened. */
  key: z.string().min(1),
  summary: DocumentSummarySchema,
});
export type IndexEntry = z.infer<typeof IndexEntrySchema>;

export interface IndexPartition {
  /** A region code, or `unknown` for documents whose region is not known. */
  region: string;
  year: number;
}

export const PartitionSchema = z.object({
  version: z.literal(INDEX_VERSION),
  region: z.string().min(1),
  year: z.number().int(),
  entries: z.array(IndexEntrySchema),
});
export type PartitionObject = z.infer<typeof PartitionSchema>;

/**
 * Written once the index holds every extracted document (a full build); without it — or with another
 * version — readers do not trust the partitions and rebuild from extracted/.
 */
export const ManifestSchema = z.object({
  version: z.literal(INDEX_VERSION),
  /** False when a writer found a partition it could not read: the next reader rebuilds. */
  complete: z.boolean(),
  builtAt: z.string(),
});
export type Manifest = z.infer<typeof ManifestSchema>;

export function toIndexEntry(doc: ExtractedDocument, key: string): IndexEntry {
  const { amounts: _amounts, references: _references, ...summary } = doc;
  // Which paper it is, hashed once here rather than on every cold start (a document stored by the pipeline
  // carries it already; parsers/paper.ts paperCandidate reads the same value either way).
  const paper = doc.paper ?? { ...paperIdentity(doc), duplicateOf: null };
  return { key, summary: { ...summary, paper } };
}

/** The document an entry stands for, as the query services see it: no free amounts, no references. */
export function documentOfEntry(entry: IndexEntry): ExtractedDocument {
  return { ...entry.summary, amounts: [], references: [] };
}

export function partitionOf(doc: Pick<ExtractedDocument, 'document' | 'source'>): IndexPartition {
  return {
    region: doc.document.region?.code ?? UNKNOWN_REGION,
    year: documentYear(doc as ExtractedDocument),
  };
}

export function samePartition(a: IndexPartition, b: IndexPartition): boolean {
  return a.region === b.region && a.year === b.year;
}

/**
 * Which of two entries of one document wins when both are found (a re-extraction that moved the document
 * to another partition, and a crash before the old entry was taken out): the later extraction.
 */
export function newerEntry(a: IndexEntry, b: IndexEntry): IndexEntry {
  const at = a.summary.extraction.extractedAt;
  const bt = b.summary.extraction.extractedAt;
  if (at !== bt) return at > bt ? a : b;
  return a.key <= b.key ? a : b;
}

/**
 * The documents an index holds, from its partitions: an entry filed in a partition that is not its own is
 * a leftover of a move and is ignored; of one document found twice, the newer extraction is kept.
 */
export function mergePartitions(partitions: readonly PartitionObject[]): Map<string, IndexEntry> {
  const byId = new Map<string, IndexEntry>();
  for (const partition of partitions) {
    for (const entry of partition.entries) {
      if (!samePartition(partitionOf(entry.summary), partition)) continue;
      const id = entry.summary.documentId;
      const seen = byId.get(id);
      byId.set(id, seen ? newerEntry(seen, entry) : entry);
    }
  }
  return byId;
}

/** What loading the index gives (functions/lib/doc-index.ts reads it; the catalog takes it through a port). */
export type IndexLoad =
  | {
      state: 'ready';
      /** The documents, by documentId. */
      entries: Map<string, IndexEntry>;
      /** Whether any partition changed since the previous load of this reader. */
      changed: boolean;
      partitions: number;
    }
  /** `missing`: no index of this version; `stale`: only an older version's; the others: not trustworthy. */
  | { state: 'missing' | 'stale' | 'incomplete' | 'invalid'; reason: string };

/** The catalog's port to the document index: the API passes the index reader, a plain folder passes none. */
export interface DocumentIndexPort {
  load(): Promise<IndexLoad>;
}
