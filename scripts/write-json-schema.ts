/**
 * `npm run schema`: writes the contract's zod schemas as JSON Schema (draft 2020-12) under schema/,
 * so tools in other languages can validate what the pipeline stores. A test keeps the files current.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { jsonSchemas } from './json-schemas.ts';

const outDir = resolve(import.meta.dirname, '..', 'schema');
mkdirSync(outDir, { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemas())) {
  const file = join(outDir, `${name}.schema.json`);
  writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
  process.stdout.write(`wrote ${file}\n`);
}
