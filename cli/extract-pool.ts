/**
 * The CLI's extraction pool (functions/lib/extract-pool.ts): every document is extracted in a worker thread
 * with a time budget and a memory ceiling, alone or in a batch. The worker's entry is the bundled one beside
 * the bundled CLI (dist/cli/extract-worker.js), or the sources' entry when the CLI runs from its sources.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ExtractPool, type ExtractPoolOptions } from '../functions/lib/extract-pool.ts';
import { projectRoot } from './project-root.ts';

function workerUrl(): URL | undefined {
  // This module is TypeScript when the CLI runs from its sources: the pool's default entry then applies.
  if (import.meta.url.endsWith('.ts')) return undefined;
  return pathToFileURL(join(projectRoot(), 'dist', 'cli', 'extract-worker.js'));
}

export function cliExtractPool(options: Omit<ExtractPoolOptions, 'workerUrl'> = {}): ExtractPool {
  const url = workerUrl();
  return new ExtractPool({ ...options, ...(url ? { workerUrl: url } : {}) });
}
