/**
 * `npm run bench`: runs every bench/<area>.bench.ts in turn. Each exports `run(): Promise<void>` and prints
 * its own figures (medians of several warm runs). Pass area names to run only those: `npm run bench -- extract`.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(here)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => wanted.length === 0 || wanted.includes(file.replace(/\.bench\.ts$/, '')))
  .sort();

for (const file of files) {
  process.stdout.write(`\n== ${file.replace(/\.bench\.ts$/, '')} ==\n`);
  const module = (await import(join(here, file))) as { run: () => Promise<void> };
  await module.run();
}
