/**
 * The query commands (`documents`, `compare`, `measures`, `decisions`) read the ingest-time index and check
 * their flags with zod-free readers (query/param-values.ts): their chunks in the bundle must not load zod
 * (~750 KB, the bulk of their start-up) or the contract's schemas, which only a refused flag or a catalog
 * read document by document needs (both through a dynamic import).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../scripts/build-cli.mjs';
import { REPO_ROOT } from '../helpers/repo-paths.ts';

const DIR = join(REPO_ROOT, 'dist', 'cli', 'chunks');

/** The modules in the static import closure of a command's chunk (esbuild marks each with `// <path>`). */
function staticClosure(command: string): string[] {
  const entry = readdirSync(DIR).find((name) => new RegExp(`^${command}-[A-Z0-9]+\\.js$`).test(name));
  expect(entry, command).toBeDefined();
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    const code = readFileSync(join(DIR, name), 'utf8');
    for (const [, next] of code.matchAll(/^import [^;]*?"\.\/([^"]+\.js)";$/gms)) visit(next as string);
  };
  visit(entry as string);
  return [...seen].flatMap((name) =>
    [...readFileSync(join(DIR, name), 'utf8').matchAll(/^\/\/ (\S+\.(?:ts|js|mjs|cjs))$/gm)].map(
      (m) => m[1] as string,
    ),
  );
}

describe('the query commands in the CLI bundle', () => {
  beforeAll(async () => {
    await buildCli({ quiet: true });
  }, 60_000);

  for (const command of ['documents', 'compare', 'measures', 'decisions']) {
    it(`${command} loads neither zod nor the contract's schemas until it must`, () => {
      const modules = staticClosure(command);
      // The closure is what it should be: the command, its flag readers and the index reader.
      expect(modules).toContain(`cli/commands/${command}.ts`);
      expect(modules).toContain('query/param-values.ts');
      expect(modules).toContain('functions/api/cli-source.ts');
      expect(
        modules.filter((path) =>
          /node_modules\/zod\/|parsers\/schema\.ts|parsers\/facts\.ts|query\/params\.ts/.test(path),
        ),
      ).toEqual([]);
    });
  }

  it('still bundles the schemas, reached only through a dynamic import', () => {
    const all = readdirSync(DIR)
      .filter((name) => name.endsWith('.js'))
      .flatMap((name) => [...readFileSync(join(DIR, name), 'utf8').matchAll(/^\/\/ (\S+\.ts)$/gm)])
      .map((m) => m[1]);
    expect(all).toContain('query/params.ts');
    expect(all).toContain('parsers/schema.ts');
  });
});
