// A minimal loader for the project's own TypeScript: strips types from .ts files with esbuild and
// leaves everything else (node_modules, .mjs, .js) to Node untouched. tsx would also transform the
// multi-megabyte pdfjs bundles, which costs ~150 MB of memory per process for nothing.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';

export async function load(url, context, nextLoad) {
  if (url.startsWith('file:') && url.endsWith('.ts') && !url.includes('/node_modules/')) {
    const path = fileURLToPath(url);
    const { code } = await transform(await readFile(path, 'utf8'), {
      loader: 'ts',
      format: 'esm',
      target: 'node20',
      sourcefile: path,
      sourcemap: 'inline',
    });
    return { format: 'module', source: code, shortCircuit: true };
  }
  return nextLoad(url, context);
}
