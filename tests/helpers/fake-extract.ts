/**
 * A stand-in for the extraction engine: a minimal valid document built from what it was given (bytes,
 * key, stated region), for tests of the pipeline around extraction.
 */
import type { Extract } from '../../functions/ingest/service.ts';
import { documentIdOf, PARSER_VERSION } from '../../parsers/index.ts';
import { type ExtractedDocumentInput, ExtractedDocumentSchema } from '../../parsers/schema.ts';

export function fakeExtractAt(now: () => Date): Extract {
  return async (bytes, options) => {
    const { documentId, sha256 } = documentIdOf(bytes);
    return ExtractedDocumentSchema.parse({
      schemaVersion: 1,
      documentId,
      source: {
        bucket: options.source?.bucket ?? 'local',
        key: options.source?.key ?? options.fileName,
        sha256,
        bytes: bytes.byteLength,
        pageCount: 1,
        fileName: options.fileName,
        uploadedAt: options.source?.uploadedAt ?? now().toISOString(),
      },
      extraction: {
        method: 'text',
        parserVersion: PARSER_VERSION,
        extractedAt: now().toISOString(),
        durationMs: 1,
        warnings: [],
      },
      document: {
        region: options.region
          ? {
              code: options.region,
              name: options.region,
              evidence: 'uppladdare',
              page: null,
              source: 'uploader',
            }
          : null,
        body: null,
        documentType: 'handlingsplan',
        title: 'Handlingsplan',
        date: '2025-10-24',
        years: [2024, 2025],
      },
      measures: [
        {
          id: 'm1',
          label: 'a',
          title: 'Minskad hyrbemanning',
          category: 'staffing_agency',
          subMeasureCount: null,
          effects: [{ year: 2024, amountMsek: 50, type: 'cost_reduction', baselineYear: 2023 }],
          page: 1,
          evidence: 'a) Minskad hyrbemanning 50 mkr',
        },
      ],
      totals: [],
      amounts: [],
      decisions: [],
      references: [],
    } satisfies ExtractedDocumentInput);
  };
}
