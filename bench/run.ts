/**
 * `npm run bench`: runs every bench/<area>.bench.ts in turn. Each exports `run(): Promise<void>` and prints
 * its own figures (medians of several warm runs). Pass area names to run only those: `npm run bench -- extract`.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tuneV8ForExtraction } from '../functions/lib/v8-tiering.ts';

// In-process figures under the same V8 tiering as the extraction workers of the CLI and the Lambda
// (functions/lib/v8-tiering.ts); `NAMNDKOLL_V8_DEFAULTS=1 npm run bench` measures V8's defaults instead.
const tiering = tuneV8ForExtraction();

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(here)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => wanted.length === 0 || wanted.includes(file.replace(/\.bench\.ts$/, '')))
  .sort();

process.stdout.write(`V8 tiering: ${tiering ? 'extraction flags (v8-tiering.ts)' : "V8's defaults"}\n`);
for (const file of files) {
  process.stdout.write(`\n== ${file.replace(/\.bench\.ts$/, '')} ==\n`);
  const module = (await import(join(here, file))) as { run: () => Promise<void> };
  await module.run();
}
