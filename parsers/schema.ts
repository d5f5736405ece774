/**
 * The executable form of the extraction contract (docs/contract.md).
 * Field names are binding; every type in the project comes from z.infer.
 */
import { z } from 'zod';
import {
  CATEGORY_NAMES_SV,
  DOCUMENT_TYPES,
  EFFECT_TYPES,
  MEASURE_CATEGORIES,
  QUALIFIERS,
  REGION_CODES,
} from './constants.ts';

export const SCHEMA_VERSION = 1 as const;

// The lists live in parsers/constants.ts (no zod); the schemas below are built from them.
export { CATEGORY_NAMES_SV, DOCUMENT_TYPES, EFFECT_TYPES, MEASURE_CATEGORIES, QUALIFIERS, REGION_CODES };
export const RegionCodeSchema = z.enum(REGION_CODES);
export type RegionCode = z.infer<typeof RegionCodeSchema>;

export const DocumentTypeSchema = z.enum(DOCUMENT_TYPES);
export type DocumentType = z.infer<typeof DocumentTypeSchema>;

export const MeasureCategorySchema = z.enum(MEASURE_CATEGORIES);
export type MeasureCategory = z.infer<typeof MeasureCategorySchema>;

export const QualifierSchema = z.enum(QUALIFIERS);
export type Qualifier = z.infer<typeof QualifierSchema>;

const year = z.number().int().min(1900).max(2200);
const page = z.number().int().min(1);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const isoDateTime = z.iso.datetime({ offset: true });
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

export const DocumentIdSchema = z.string().regex(/^sha256:[0-9a-f]{64}$/, 'expected sha256:<64 hex>');

export const WARNING_CODES = [
  'TOTAL_MISMATCH',
  'OCR_LOW_CONFIDENCE',
  'OCR_PAGE',
  'UNREADABLE_PAGE',
  'AMBIGUOUS_TABLE',
  'TABLE_UNPARSED',
  /** A figure that can be read more than one way ("effekt 20249 mkr": a year run together with 9 mkr). */
  'AMBIGUOUS_AMOUNT',
  'REGION_CONFLICT',
  'REGION_UNKNOWN',
  'TRUNCATED_OUTPUT',
  /** A single measure, total, amount, decision or reference broke the contract and was left out. */
  'FACT_DROPPED',
  /** Files attached inside the PDF (embedded files) that the extraction does not read. */
  'ATTACHMENTS_NOT_READ',
] as const;
export const WarningSchema = z.object({
  code: z.string().min(1),
  message: z.string().min(1),
  page: page.optional(),
});
export type ExtractionWarning = z.infer<typeof WarningSchema>;

export const SourceSchema = z.object({
  bucket: z.string(),
  key: z.string(),
  sha256: sha256Hex,
  bytes: z.number().int().min(0),
  pageCount: z.number().int().min(0),
  fileName: z.string(),
  uploadedAt: isoDateTime,
});
export type Source = z.infer<typeof SourceSchema>;

export const ExtractionMethodSchema = z.enum(['text', 'ocr', 'textract']);
export type ExtractionMethod = z.infer<typeof ExtractionMethodSchema>;

export const ExtractionInfoSchema = z.object({
  method: ExtractionMethodSchema,
  parserVersion: z.string().regex(/^\d+\.\d+\.\d+/),
  extractedAt: isoDateTime,
  durationMs: z.number().min(0),
  warnings: z.array(WarningSchema),
  /** Pages whose text came from OCR/Textract rather than the PDF's text layer. */
  ocrPages: z.array(page).default([]),
});

export const RegionSchema = z.object({
  code: RegionCodeSchema,
  name: z.string(),
  evidence: z.string(),
  page: page.nullable(),
  /** How the region was established: the uploader's statement wins over detection. */
  source: z.enum(['uploader', 'detected']).default('detected'),
});
export type Region = z.infer<typeof RegionSchema>;

export const DocumentMetaSchema = z.object({
  region: RegionSchema.nullable(),
  body: z.string().nullable(),
  documentType: DocumentTypeSchema,
  title: z.string().nullable(),
  date: isoDate.nullable(),
  years: z.array(year),
});

/** What a measure's effect does to the result (parsers/constants.ts EFFECT_TYPES). */
export const EffectTypeSchema = z.enum(EFFECT_TYPES);
export type EffectType = z.infer<typeof EffectTypeSchema>;

export const EffectSchema = z.object({
  year,
  amountMsek: z.number().finite(),
  type: EffectTypeSchema,
  baselineYear: year.nullable(),
  /** The figure as the page prints it ("18,5", "50 mkr"): which figure of the evidence is this year's. */
  raw: z.string().min(1).optional(),
});
export type Effect = z.infer<typeof EffectSchema>;

export const MeasureSchema = z.object({
  id: z.string().min(1),
  label: z.string().nullable(),
  title: z.string().min(1),
  category: MeasureCategorySchema,
  subMeasureCount: z.number().int().min(1).nullable(),
  subMeasures: z.array(z.string()).default([]),
  description: z.string().nullable().default(null),
  effects: z.array(EffectSchema),
  page,
  evidence: z.string().min(1),
});
export type Measure = z.infer<typeof MeasureSchema>;

export const TotalSchema = z.object({
  label: z.string().min(1),
  year,
  amountMsek: z.number().finite(),
  sumOfMeasures: z.number().finite().nullable(),
  reconciled: z.boolean().nullable(),
  page,
  evidence: z.string().min(1).optional(),
});
export type Total = z.infer<typeof TotalSchema>;

export const AmountSchema = z.object({
  amountMsek: z.number().finite(),
  raw: z.string().min(1),
  qualifier: QualifierSchema.nullable(),
  year: year.nullable(),
  context: z.string().min(1),
  page,
});
export type Amount = z.infer<typeof AmountSchema>;

/**
 * The id of a decision point (contract rule, docs/extraction-rules.md "Decision ids"):
 *  - a point keeps the label the paper gives it: "1", "2.1" (numbered within a section), "a";
 *  - a sub-point is its parent's id plus its letter: "1a" ("1 a)" or "a)" under point 1);
 *  - unnumbered points ("att"-clauses, bullets, run-in clauses, one paragraph) are numbered by
 *    position from "1" within their block, their unlettered sub-points lettered by position;
 *  - every decision block after the first of a document is prefixed "<block>:" ("2:1", "2:1a").
 */
export const DECISION_ID_RE = /^(?:[1-9]\d*:)?(?:\d{1,3}(?:\.\d{1,3})*[a-zåäö]{0,2}|[a-zåäö]{1,2})$/u;

export const DecisionSchema = z
  .object({
    id: z.string().regex(DECISION_ID_RE, 'expected a decision id such as "1", "1a", "2.1" or "2:1"'),
    /** The enclosing point; its id is always a prefix of this id. */
    parentId: z.string().regex(DECISION_ID_RE).nullable(),
    kind: z.enum(['proposal', 'decision']),
    actor: z.string().nullable(),
    text: z.string().min(1),
    page,
  })
  .refine((d) => d.parentId === null || (d.id !== d.parentId && d.id.startsWith(d.parentId)), {
    message: "a sub-point's id starts with its parent's id",
    path: ['parentId'],
  });
export type Decision = z.infer<typeof DecisionSchema>;

export const ReferenceSchema = z.object({
  body: z.string().min(1),
  date: isoDate.nullable(),
  paragraph: z
    .string()
    .regex(/^§\s?\d+/)
    .nullable(),
  /** The case number cited with the decision ("RS 2021/317"): a diarienummer, never a § number. */
  diarienummer: z.string().min(1).optional(),
  text: z.string().min(1),
  page,
});
export type Reference = z.infer<typeof ReferenceSchema>;

/**
 * Which paper a document is (parsers/paper.ts): files with the same `paperId` are copies of one paper
 * (same region, type, title, date and figures, whatever their bytes); files with the same `lineageId`
 * and another `paperId` are versions of it. Optional: added when the pipeline stores the document.
 */
export const PaperSchema = z.object({
  paperId: z.string().regex(/^paper:[0-9a-f]{32}$/),
  lineageId: z.string().regex(/^lineage:[0-9a-f]{32}$/),
  /**
   * The copy of the same paper that was counted instead of this one, as known when this document was
   * stored (text layer before OCR, earliest upload, smallest id). The query API and the SQL views decide
   * again from `paperId` over all documents, so a copy stored later cannot make this wrong there.
   */
  duplicateOf: DocumentIdSchema.nullable(),
});
export type Paper = z.infer<typeof PaperSchema>;

export const ExtractedDocumentSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  documentId: DocumentIdSchema,
  source: SourceSchema,
  extraction: ExtractionInfoSchema,
  document: DocumentMetaSchema,
  measures: z.array(MeasureSchema),
  totals: z.array(TotalSchema),
  amounts: z.array(AmountSchema),
  decisions: z.array(DecisionSchema),
  references: z.array(ReferenceSchema),
  paper: PaperSchema.optional(),
});
export type ExtractedDocument = z.infer<typeof ExtractedDocumentSchema>;
/** What callers may hand to the schema (defaults not yet applied). */
export type ExtractedDocumentInput = z.input<typeof ExtractedDocumentSchema>;

/** Why an upload could not be extracted: stored under failed/. */
export const FailureRecordSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  code: z.string().min(1),
  message: z.string().min(1),
  page: page.nullable(),
  documentId: DocumentIdSchema.nullable(),
  source: z.object({ bucket: z.string(), key: z.string(), bytes: z.number().int().min(0) }),
  parserVersion: z.string(),
  failedAt: isoDateTime,
});
export type FailureRecord = z.infer<typeof FailureRecordSchema>;
