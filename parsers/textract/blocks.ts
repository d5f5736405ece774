/**
 * The part of Amazon Textract's Block structure (AnalyzeDocument, GetDocumentAnalysis) that the
 * conversion reads, validated with zod: responses come from outside the parsers (the SDK on AWS,
 * JSON files in tests), so they are checked at this edge. Unknown fields and block types pass.
 */
import { z } from 'zod';

export const TextractBoundingBoxSchema = z.object({
  Width: z.number(),
  Height: z.number(),
  Left: z.number(),
  Top: z.number(),
});

export const TextractRelationshipSchema = z.object({
  Type: z.string(),
  Ids: z.array(z.string()).default([]),
});

export const TextractBlockSchema = z.object({
  BlockType: z.string(),
  Id: z.string(),
  Text: z.string().optional(),
  Confidence: z.number().optional(),
  Page: z.number().int().min(1).optional(),
  RowIndex: z.number().int().min(1).optional(),
  ColumnIndex: z.number().int().min(1).optional(),
  RowSpan: z.number().int().min(1).optional(),
  ColumnSpan: z.number().int().min(1).optional(),
  EntityTypes: z.array(z.string()).optional(),
  Geometry: z.object({ BoundingBox: TextractBoundingBoxSchema }).optional(),
  Relationships: z.array(TextractRelationshipSchema).optional(),
});
export type TextractBlock = z.infer<typeof TextractBlockSchema>;

/** One response (or one page of a paginated GetDocumentAnalysis answer). */
export const TextractResponseSchema = z.object({
  Blocks: z.array(TextractBlockSchema).default([]),
  DocumentMetadata: z.object({ Pages: z.number().int().min(0).optional() }).optional(),
  JobStatus: z.string().optional(),
  NextToken: z.string().optional(),
});
export type TextractResponse = z.infer<typeof TextractResponseSchema>;

/** What the converter accepts: one response, several (NextToken pages concatenated), or bare blocks. */
export const TextractInputSchema = z.union([
  TextractResponseSchema,
  // Blocks before responses: a block would otherwise pass as a response with no Blocks.
  z.array(TextractBlockSchema),
  z.array(TextractResponseSchema),
]);
export type TextractInput = z.input<typeof TextractInputSchema>;
