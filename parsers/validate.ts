/**
 * The contract's check of an extracted document. A fact that breaks it is dropped with a FACT_DROPPED
 * warning; a document whose own parts break it fails with SCHEMA_VIOLATION. Its own module, loaded where the
 * check runs: the schema (zod) takes a fifth of an extraction worker's start.
 */
import { ExtractionError } from './errors.ts';
import { type ExtractedDocument, ExtractedDocumentSchema } from './schema.ts';

/** The lists of facts: one invalid element is dropped (with a warning), never the document. */
const FACT_LISTS = ['measures', 'totals', 'amounts', 'decisions', 'references'] as const;
type FactList = (typeof FACT_LISTS)[number];
const FACT_NAMES: Record<FactList, string> = {
  measures: 'measure',
  totals: 'total',
  amounts: 'amount',
  decisions: 'decision',
  references: 'reference',
};

/**
 * Validates the document against the contract. A fact that breaks it ("(0 insatser)" read as a
 * measure with no effect, a year out of range) is dropped with a FACT_DROPPED warning naming what and
 * why; only a document whose own parts (source, extraction, metadata) break it fails, with
 * SCHEMA_VIOLATION and a one-line reason.
 */
export function validated(doc: Record<string, unknown>, fileName: string): ExtractedDocument {
  const first = ExtractedDocumentSchema.safeParse(doc);
  if (first.success) return first.data;
  const drop = new Map<FactList, Map<number, string>>();
  for (const issue of first.error.issues) {
    const [list, index, ...rest] = issue.path;
    if (!FACT_LISTS.includes(list as FactList) || typeof index !== 'number') continue;
    const byIndex = drop.get(list as FactList) ?? new Map<number, string>();
    byIndex.set(index, byIndex.get(index) ?? `${rest.join('.') || '(the fact)'}: ${issue.message}`);
    drop.set(list as FactList, byIndex);
  }
  const repaired: Record<string, unknown> = { ...doc };
  const dropped: ExtractedDocument['extraction']['warnings'] = [];
  for (const [list, byIndex] of drop) {
    const items = (doc[list] as unknown[]) ?? [];
    repaired[list] = items.filter((item, index) => {
      const reason = byIndex.get(index);
      if (reason === undefined) return true;
      const page = (item as { page?: unknown } | null)?.page;
      dropped.push({
        code: 'FACT_DROPPED',
        message: `a ${FACT_NAMES[list]} was left out because it breaks the contract (${reason})`,
        ...(typeof page === 'number' && Number.isInteger(page) && page >= 1 ? { page } : {}),
      });
      return false;
    });
  }
  const extraction = repaired['extraction'] as { warnings?: unknown[] } | undefined;
  if (extraction && Array.isArray(extraction.warnings)) {
    repaired['extraction'] = { ...extraction, warnings: [...extraction.warnings, ...dropped] };
  }
  const second = ExtractedDocumentSchema.safeParse(repaired);
  if (second.success && dropped.length > 0) return second.data;
  const issue = (second.success ? first : second).error?.issues[0];
  const where = issue ? `${issue.path.join('.') || '(document)'}: ${issue.message}` : 'unknown';
  throw new ExtractionError('SCHEMA_VIOLATION', `extraction of ${fileName} broke the contract at ${where}`, {
    cause: second.success ? first.error : second.error,
  });
}
