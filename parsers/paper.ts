/**
 * One paper, one count. The same board paper reaches the bucket as several files — rendered with and
 * without table rulings, on its own and again as a scan — each with its own bytes and so its own
 * `documentId`. A paper's identity is therefore taken from what it says, not from its bytes:
 *
 *  - the **fingerprint** (`paperId`) hashes the region, document type, title, date and the sorted fact
 *    values (every measure effect and stated total as year:amount). Two files with the same fingerprint
 *    are the same paper; one of them is counted, the others are its copies.
 *  - the **lineage** hashes region, type, title, body and fiscal years only. Two papers of one lineage
 *    with different fingerprints are versions of each other: the one with the later date supersedes the
 *    earlier, whose figures are then no longer counted. A paper without a date supersedes nothing and
 *    is superseded by nothing (a guess would hide figures without a word).
 *
 * The title is folded hard (accents, case, punctuation, the letters OCR confuses with digits), so a
 * scan that reads "Handlingsp1an" is still the same paper; figures are compared to one decimal, the
 * precision papers state them in. The canonical copy is chosen by rules that do not depend on arrival
 * order: text layer before Textract before local OCR, then the earliest upload, then the smaller id.
 * The SQL views (`documents_unique`, `measures_unique`) apply the same rules to the same columns.
 *
 * Pure: no I/O, no clock.
 */
import { createHash } from 'node:crypto';
import type { ExtractedDocument, ExtractionMethod } from './schema.ts';
import { fold } from './swedish/text.ts';

export interface PaperIdentity {
  /** Same value ⇔ same paper (region, type, title, date, facts). */
  paperId: string;
  /** Same value ⇔ same series of papers (region, type, title, body, fiscal years): versions of one paper. */
  lineageId: string;
}

/** The parts of an ExtractedDocument the identity reads (a stored document of any version has them). */
type IdentitySource = Pick<ExtractedDocument, 'document' | 'measures' | 'totals'>;

/** Letters OCR reads as digits or strokes inside words ("Handlingsp1an", "0versyn", "|arm"). */
const OCR_LOOKALIKES: Record<string, string> = { '0': 'o', '1': 'l', '|': 'l', '5': 's', '8': 'b' };

/** A title reduced to its letters: accents, case, punctuation, spacing and digit look-alikes removed. */
export function titleKey(title: string | null): string {
  if (!title) return '';
  return fold(title)
    .replace(/[01|58]/g, (ch) => OCR_LOOKALIKES[ch] ?? ch)
    .replace(/[^a-z]+/g, '');
}

/**
 * A measure's title folded (accents, case, spacing): the same measure stated in two papers of a region
 * (a memo and its appendix) has the same key and, with the same amount for a year, is counted once.
 */
export function measureKey(title: string): string {
  return fold(title).replace(/\s+/g, ' ').trim();
}

/** A body ("Hälso- och sjukvårdsnämnden") the same way. */
function bodyKey(body: string | null): string {
  return titleKey(body);
}

/** Figures to one decimal: 8.9 and 8.90 agree; 8.9 and 9 do not. */
function figure(value: number): string {
  return (Math.round(value * 10) / 10).toFixed(1);
}

/** The sorted fact values: what a paper says, independent of layout and of the order facts were read in. */
export function factValues(doc: IdentitySource): string[] {
  const values: string[] = [];
  for (const measure of doc.measures)
    for (const effect of measure.effects) values.push(`m${effect.year}:${figure(effect.amountMsek)}`);
  for (const total of doc.totals) values.push(`t${total.year}:${figure(total.amountMsek)}`);
  return values.sort();
}

function hash(parts: string[]): string {
  return createHash('sha256').update(parts.join('\u001f')).digest('hex').slice(0, 32);
}

export function paperIdentity(doc: IdentitySource): PaperIdentity {
  const meta = doc.document;
  const region = meta.region?.code ?? 'unknown';
  const years = [...meta.years].sort((a, b) => a - b).join(',');
  return {
    paperId: `paper:${hash(['paper', region, meta.documentType, titleKey(meta.title), meta.date ?? '', ...factValues(doc)])}`,
    lineageId: `lineage:${hash(['lineage', region, meta.documentType, titleKey(meta.title), bodyKey(meta.body), years])}`,
  };
}

/** How a copy was read, best first: a text layer is exact, Textract is better than local OCR. */
export const METHOD_RANK: Record<ExtractionMethod, number> = { text: 0, textract: 1, ocr: 2 };

/** What choosing the canonical copy and ordering versions needs of each document. */
export interface PaperCandidate {
  documentId: string;
  paperId: string;
  lineageId: string;
  method: ExtractionMethod;
  uploadedAt: string;
  date: string | null;
  fileName: string;
}

/** Canonical copy first: text before Textract before OCR, then the earliest upload, then the smaller id. */
export function compareCopies(a: PaperCandidate, b: PaperCandidate): number {
  const rank = METHOD_RANK[a.method] - METHOD_RANK[b.method];
  if (rank !== 0) return rank;
  if (a.uploadedAt !== b.uploadedAt) return a.uploadedAt < b.uploadedAt ? -1 : 1;
  return a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : 0;
}

export interface PaperStatus {
  paperId: string;
  lineageId: string;
  /** The canonical copy of the same paper, or null when this document is the one counted. */
  duplicateOf: string | null;
  /** The other files of the same paper (for the canonical copy: all its duplicates), canonical first. */
  copies: { documentId: string; fileName: string }[];
  /** The canonical copy of a later version of this paper (later date, same lineage), or null. */
  supersededBy: string | null;
  /** Canonical copies of earlier versions this paper replaces. */
  supersedes: string[];
  /** Whether this document's figures count: it is canonical and not superseded. */
  counted: boolean;
}

/**
 * Decide, for every document, which paper it is and whether it counts. Depends only on the set of
 * documents, never on the order they are given in.
 */
export function resolvePapers(candidates: readonly PaperCandidate[]): Map<string, PaperStatus> {
  const byPaper = new Map<string, PaperCandidate[]>();
  for (const candidate of candidates) {
    const group = byPaper.get(candidate.paperId);
    if (group) group.push(candidate);
    else byPaper.set(candidate.paperId, [candidate]);
  }
  const canonicals: PaperCandidate[] = [];
  for (const group of byPaper.values()) {
    group.sort(compareCopies);
    canonicals.push(group[0]!);
  }
  // Versions: within a lineage, a paper with a known, strictly later date supersedes one with an earlier date.
  const supersededBy = new Map<string, string>();
  const supersedes = new Map<string, string[]>();
  const byLineage = new Map<string, PaperCandidate[]>();
  for (const canonical of canonicals) {
    const group = byLineage.get(canonical.lineageId);
    if (group) group.push(canonical);
    else byLineage.set(canonical.lineageId, [canonical]);
  }
  for (const group of byLineage.values()) {
    const dated = group.filter((paper) => paper.date !== null);
    if (dated.length < 2) continue;
    // Latest date first; among papers of one date, the canonical-copy order decides which is named.
    dated.sort((a, b) => (a.date! !== b.date! ? (a.date! > b.date! ? -1 : 1) : compareCopies(a, b)));
    const newest = dated[0]!;
    const older = dated.filter((paper) => paper.date! < newest.date!);
    for (const paper of older) supersededBy.set(paper.paperId, newest.documentId);
    if (older.length > 0) {
      supersedes.set(
        newest.paperId,
        older.map((paper) => paper.documentId),
      );
    }
  }
  const result = new Map<string, PaperStatus>();
  for (const [paperId, group] of byPaper) {
    const canonical = group[0]!;
    for (const member of group) {
      const isCanonical = member === canonical;
      const by = supersededBy.get(paperId) ?? null;
      result.set(member.documentId, {
        paperId,
        lineageId: member.lineageId,
        duplicateOf: isCanonical ? null : canonical.documentId,
        copies: group
          .filter((other) => other !== member)
          .map((other) => ({ documentId: other.documentId, fileName: other.fileName })),
        supersededBy: by,
        supersedes: isCanonical ? (supersedes.get(paperId) ?? []) : [],
        counted: isCanonical && by === null,
      });
    }
  }
  return result;
}

/** The candidate of a stored document: its stored identity when it has one, else computed now. */
export function paperCandidate(doc: ExtractedDocument): PaperCandidate {
  const identity = doc.paper ?? paperIdentity(doc);
  return {
    documentId: doc.documentId,
    paperId: identity.paperId,
    lineageId: identity.lineageId,
    method: doc.extraction.method,
    uploadedAt: doc.source.uploadedAt,
    date: doc.document.date,
    fileName: doc.source.fileName,
  };
}
