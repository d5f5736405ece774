/**
 * The CLI's extraction pool (functions/lib/extract-pool.ts): every document is extracted in a worker thread
 * with a time budget and a memory ceiling, alone or in a batch. The worker's entry is the bundled one beside
 * the bundled CLI (dist/cli/extract-worker-loader.cjs), or the sources' entry when the CLI runs from its
 * sources. The first worker is the one cli/bin.js started before the command loaded, when there is one.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { ExtractPool, type ExtractPoolOptions } from '../functions/lib/extract-pool.ts';
import { tieringPaysFor } from '../functions/lib/v8-tiering.ts';
import { projectRoot } from './project-root.ts';

function workerUrl(): URL | undefined {
  // This module is TypeScript when the CLI runs from its sources: the pool's default entry then applies.
  if (import.meta.url.endsWith('.ts')) return undefined;
  return pathToFileURL(join(projectRoot(), 'dist', 'cli', 'extract-worker-loader.cjs'));
}

interface EarlyWorker {
  take(url: URL, limits: WorkerOptions['resourceLimits']): Worker | undefined;
}

/** The worker cli/bin.js started for this command, if it was started as the pool would start it. */
function startWorker(url: URL, options: WorkerOptions): Worker {
  const early = (globalThis as Record<symbol, EarlyWorker | undefined>)[
    Symbol.for('namndkoll.earlyExtractWorker')
  ];
  return early?.take(url, options.resourceLimits) ?? new Worker(url, options);
}

export function cliExtractPool(
  options: Omit<ExtractPoolOptions, 'workerUrl' | 'startWorker'> = {},
): ExtractPool {
  const url = workerUrl();
  return new ExtractPool({
    // V8's extraction tiering only when the workers fill every core (a batch); one document is faster
    // with the compiler running beside it on an idle core.
    v8Tiering: tieringPaysFor(options.size ?? 1),
    // The main thread waits while the workers read: it checks the documents against the contract, so a
    // worker's start does not include loading the schema.
    validateHere: true,
    ...options,
    ...(url ? { workerUrl: url } : {}),
    startWorker,
  });
}
