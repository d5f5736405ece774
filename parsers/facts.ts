/**
 * Flat rows for SQL engines (Athena over Glue on AWS, DuckDB locally), written as JSON Lines under
 * facts/<table>/region=<code>/year=<yyyy>/<documentId>.jsonl. The partition columns `region` and `year`
 * live only in the path (Hive style), never inside the rows, so Athena and DuckDB read them the same way.
 * The column lists below are the single source for the Glue tables and the DuckDB views.
 */
import { z } from 'zod';
import { documentYear, UNKNOWN_REGION } from './constants.ts';
import { measureKey, paperIdentity } from './paper.ts';
import { CATEGORY_NAMES_SV, type ExtractedDocument } from './schema.ts';

export const FACT_TABLES = ['documents', 'measures', 'amounts', 'decisions'] as const;
export type FactTable = (typeof FACT_TABLES)[number];

// Kept here for the callers that import them from facts.ts; defined without zod in parsers/constants.ts.
export { documentYear, UNKNOWN_REGION };

export const DocumentFactSchema = z.object({
  document_id: z.string(),
  region_name: z.string().nullable(),
  body: z.string().nullable(),
  document_type: z.string(),
  title: z.string().nullable(),
  document_date: z.string().nullable(),
  years: z.string(),
  page_count: z.number().int(),
  measure_count: z.number().int(),
  decision_count: z.number().int(),
  warning_count: z.number().int(),
  method: z.string(),
  parser_version: z.string(),
  file_name: z.string(),
  source_key: z.string(),
  extracted_at: z.string(),
  uploaded_at: z.string(),
  /** Same value ⇔ same paper (parsers/paper.ts); `documents_unique` keeps one row per paper. */
  paper_id: z.string(),
  /** Same value, other paper_id ⇔ another version of the paper; the later date supersedes. */
  lineage_id: z.string(),
  /** The copy counted instead of this one, as known when this row was written (the views decide anew). */
  duplicate_of: z.string().nullable(),
});

export const MeasureFactSchema = z.object({
  document_id: z.string(),
  measure_id: z.string(),
  label: z.string().nullable(),
  title: z.string(),
  category: z.string(),
  category_name: z.string(),
  sub_measure_count: z.number().int().nullable(),
  amount_msek: z.number().nullable(),
  effect_type: z.string().nullable(),
  baseline_year: z.number().int().nullable(),
  page: z.number().int(),
  evidence: z.string(),
  document_type: z.string(),
  document_title: z.string().nullable(),
  document_date: z.string().nullable(),
  paper_id: z.string(),
  /** The title folded (case, accents, spacing): one measure stated in two papers is counted once. */
  measure_key: z.string(),
});

export const AmountFactSchema = z.object({
  document_id: z.string(),
  amount_msek: z.number(),
  raw: z.string(),
  qualifier: z.string().nullable(),
  context: z.string(),
  page: z.number().int(),
});

export const DecisionFactSchema = z.object({
  document_id: z.string(),
  decision_id: z.string(),
  parent_id: z.string().nullable(),
  kind: z.string(),
  actor: z.string().nullable(),
  text: z.string(),
  page: z.number().int(),
});

export const FACT_ROW_SCHEMAS = {
  documents: DocumentFactSchema,
  measures: MeasureFactSchema,
  amounts: AmountFactSchema,
  decisions: DecisionFactSchema,
} as const;

export type DocumentFact = z.infer<typeof DocumentFactSchema>;
export type MeasureFact = z.infer<typeof MeasureFactSchema>;
export type AmountFact = z.infer<typeof AmountFactSchema>;
export type DecisionFact = z.infer<typeof DecisionFactSchema>;

/** SQL column type of each fact column, derived from the zod schema (Glue/Athena and DuckDB names). */
export type SqlType = 'string' | 'double' | 'int';

export function factColumns(table: FactTable): { name: string; type: SqlType }[] {
  const shape = FACT_ROW_SCHEMAS[table].shape as Record<string, z.ZodType>;
  return Object.entries(shape).map(([name, schema]) => ({ name, type: sqlTypeOf(schema) }));
}

function sqlTypeOf(schema: z.ZodType): SqlType {
  let inner: z.ZodType = schema;
  while (inner instanceof z.ZodNullable || inner instanceof z.ZodOptional) {
    inner = inner.unwrap() as z.ZodType;
  }
  if (inner instanceof z.ZodNumber) {
    return inner.format === 'safeint' || inner.format === 'int32' ? 'int' : 'double';
  }
  return 'string';
}

export interface FactFile {
  table: FactTable;
  region: string;
  year: number;
  key: string;
  rows: Record<string, unknown>[];
}

export function factKey(table: FactTable, region: string, year: number, documentId: string): string {
  return `facts/${table}/region=${region}/year=${year}/${documentId}.jsonl`;
}

/**
 * Turn one ExtractedDocument into its fact files (one per table, region and year). Every row is checked
 * against its schema; `validate: false` skips that for bulk-generated corpora whose sample is checked.
 */
export function toFactFiles(doc: ExtractedDocument, options: { validate?: boolean } = {}): FactFile[] {
  const region = doc.document.region?.code ?? UNKNOWN_REGION;
  const docYear = documentYear(doc);
  const id = doc.documentId;
  const paper = doc.paper ?? { ...paperIdentity(doc), duplicateOf: null };
  const buckets = new Map<string, FactFile>();
  const add = (table: FactTable, year: number, row: Record<string, unknown>): void => {
    const key = factKey(table, region, year, id);
    let file = buckets.get(key);
    if (!file) {
      file = { table, region, year, key, rows: [] };
      buckets.set(key, file);
    }
    file.rows.push(options.validate === false ? row : FACT_ROW_SCHEMAS[table].parse(row));
  };

  const years = doc.document.years.length > 0 ? doc.document.years : [docYear];
  for (const year of years) {
    add('documents', year, {
      document_id: id,
      region_name: doc.document.region?.name ?? null,
      body: doc.document.body,
      document_type: doc.document.documentType,
      title: doc.document.title,
      document_date: doc.document.date,
      years: doc.document.years.join(','),
      page_count: doc.source.pageCount,
      measure_count: doc.measures.length,
      decision_count: doc.decisions.length,
      warning_count: doc.extraction.warnings.length,
      method: doc.extraction.method,
      parser_version: doc.extraction.parserVersion,
      file_name: doc.source.fileName,
      source_key: doc.source.key,
      extracted_at: doc.extraction.extractedAt,
      uploaded_at: doc.source.uploadedAt,
      paper_id: paper.paperId,
      lineage_id: paper.lineageId,
      duplicate_of: paper.duplicateOf,
    } satisfies DocumentFact);
  }

  for (const measure of doc.measures) {
    const base = {
      document_id: id,
      measure_id: measure.id,
      label: measure.label,
      title: measure.title,
      category: measure.category,
      category_name: CATEGORY_NAMES_SV[measure.category],
      sub_measure_count: measure.subMeasureCount,
      page: measure.page,
      evidence: measure.evidence,
      document_type: doc.document.documentType,
      document_title: doc.document.title,
      document_date: doc.document.date,
      paper_id: paper.paperId,
      measure_key: measureKey(measure.title),
    };
    if (measure.effects.length === 0) {
      add('measures', docYear, { ...base, amount_msek: null, effect_type: null, baseline_year: null });
    }
    for (const effect of measure.effects) {
      add('measures', effect.year, {
        ...base,
        amount_msek: effect.amountMsek,
        effect_type: effect.type,
        baseline_year: effect.baselineYear,
      } satisfies MeasureFact);
    }
  }

  for (const amount of doc.amounts) {
    add('amounts', amount.year ?? docYear, {
      document_id: id,
      amount_msek: amount.amountMsek,
      raw: amount.raw,
      qualifier: amount.qualifier,
      context: amount.context,
      page: amount.page,
    } satisfies AmountFact);
  }

  for (const decision of doc.decisions) {
    add('decisions', docYear, {
      document_id: id,
      decision_id: decision.id,
      parent_id: decision.parentId,
      kind: decision.kind,
      actor: decision.actor,
      text: decision.text,
      page: decision.page,
    } satisfies DecisionFact);
  }

  return [...buckets.values()];
}

export function toJsonLines(rows: Record<string, unknown>[]): string {
  return rows.map((row) => JSON.stringify(row)).join('\n') + '\n';
}

/**
 * Views that count each paper once (parsers/paper.ts), over the tables above, in SQL that DuckDB and
 * Athena (Trino) both run — one text for the local `namndkoll sql` and the Glue views on AWS:
 *  - `documents_unique`: the rows of documents whose figures count — per paper_id the canonical copy
 *    (text layer before Textract before OCR, earliest upload, smallest id), and none of a paper that a
 *    later-dated paper of the same lineage supersedes;
 *  - `measures_unique`: the measure rows of those documents, and of one measure effect stated in two of
 *    them (same region, year, category, measure_key and amount) only the row of the smallest
 *    (document_id, measure_id) — what Compare, the exports and the measures list count;
 *  - `amounts_unique`, `decisions_unique`: the rows of the documents in `documents_unique`.
 */
export const FACT_VIEWS = [
  'documents_unique',
  'measures_unique',
  'amounts_unique',
  'decisions_unique',
] as const;
export type FactView = (typeof FACT_VIEWS)[number];

const VIEW_BASE: Record<FactView, FactTable> = {
  documents_unique: 'documents',
  measures_unique: 'measures',
  amounts_unique: 'amounts',
  decisions_unique: 'decisions',
};

/** A view's columns: its table's columns and the partition columns, in that order. */
export function factViewColumns(view: FactView): { name: string; type: SqlType }[] {
  return [...factColumns(VIEW_BASE[view]), { name: 'region', type: 'string' }, { name: 'year', type: 'int' }];
}

/** The view's SELECT; `table` names a table or view as the engine knows it (maybe schema-qualified). */
export function factViewSql(
  view: FactView,
  table: (name: FactTable | FactView) => string = (name) => name,
): string {
  const columns = factViewColumns(view)
    .map((column) => column.name)
    .join(', ');
  const canonical = `SELECT document_id FROM (
    SELECT document_id, row_number() OVER (
      PARTITION BY paper_id
      ORDER BY CASE method WHEN 'text' THEN 0 WHEN 'textract' THEN 1 ELSE 2 END, uploaded_at, document_id
    ) AS copy_rank
    FROM (SELECT DISTINCT document_id, paper_id, method, uploaded_at FROM ${table('documents')}) copies
  ) ranked WHERE copy_rank = 1`;
  if (view === 'documents_unique') {
    return `SELECT ${columns} FROM ${table('documents')} d
WHERE d.document_id IN (${canonical})
  AND NOT EXISTS (
    SELECT 1 FROM ${table('documents')} later
    WHERE later.lineage_id = d.lineage_id AND later.document_date > d.document_date
  )`;
  }
  if (view !== 'measures_unique') {
    return `SELECT ${columns} FROM ${table(VIEW_BASE[view])}
WHERE document_id IN (SELECT document_id FROM ${table('documents_unique')})`;
  }
  return `SELECT ${columns} FROM (
  SELECT m.*, row_number() OVER (
    PARTITION BY m.region, m.year, m.category, m.measure_key, round(m.amount_msek, 2)
    ORDER BY m.document_id, m.measure_id
  ) AS statement_rank
  FROM ${table('measures')} m
  WHERE m.document_id IN (SELECT document_id FROM ${table('documents_unique')})
) statements WHERE statement_rank = 1`;
}
