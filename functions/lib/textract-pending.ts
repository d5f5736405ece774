/**
 * The record of a Textract job in flight: `pending/<documentId>.json`. The ingest service writes it
 * when extraction deferred to Textract; the completion function reads it to know which upload the
 * job belongs to, and marks it done. Validated with zod on both sides.
 */
import { z } from 'zod';
import { DocumentIdSchema, RegionCodeSchema } from '../../parsers/schema.ts';

export const PENDING_PREFIX = 'pending/';

export function pendingKey(documentId: string): string {
  return `${PENDING_PREFIX}${documentId}.json`;
}

export const PendingOcrSchema = z.object({
  documentId: DocumentIdSchema,
  engine: z.literal('textract'),
  jobId: z.string().min(1),
  status: z.enum(['started', 'completed', 'failed']),
  source: z.object({ bucket: z.string(), key: z.string(), uploadedAt: z.string() }),
  region: RegionCodeSchema.optional(),
  pageNumbers: z.array(z.number().int().min(1)),
  startedAt: z.string(),
  finishedAt: z.string().optional(),
});
export type PendingOcr = z.infer<typeof PendingOcrSchema>;
