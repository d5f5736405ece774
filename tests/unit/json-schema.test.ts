import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../../scripts/json-schemas.ts';

const dir = resolve(import.meta.dirname, '..', '..', 'schema');

describe('JSON Schema export (npm run schema)', () => {
  it.each(Object.entries(jsonSchemas()))('schema/%s.schema.json is current', (name, schema) => {
    const committed = JSON.parse(readFileSync(join(dir, `${name}.schema.json`), 'utf8')) as unknown;
    expect(committed).toEqual(schema);
  });

  it('describes the binding fields of the contract', () => {
    const doc = jsonSchemas()['extracted-document'] as {
      properties: Record<string, unknown>;
      required: string[];
    };
    expect(doc.required).toEqual(
      expect.arrayContaining([
        'schemaVersion',
        'documentId',
        'source',
        'extraction',
        'document',
        'measures',
        'totals',
        'amounts',
        'decisions',
        'references',
      ]),
    );
  });
});
