import { z } from 'zod';
import { FACT_ROW_SCHEMAS } from '../parsers/facts.ts';
import { ExtractedDocumentSchema, FailureRecordSchema } from '../parsers/schema.ts';

/** Every stored format as JSON Schema, keyed by file name stem. */
export function jsonSchemas(): Record<string, unknown> {
  const out: Record<string, unknown> = {
    'extracted-document': {
      title: 'ExtractedDocument',
      ...z.toJSONSchema(ExtractedDocumentSchema, { io: 'output' }),
    },
    'failure-record': { title: 'FailureRecord', ...z.toJSONSchema(FailureRecordSchema, { io: 'output' }) },
  };
  for (const [table, schema] of Object.entries(FACT_ROW_SCHEMAS)) {
    out[`facts-${table}`] = { title: `facts/${table} row`, ...z.toJSONSchema(schema, { io: 'output' }) };
  }
  return out;
}
