// Entry of a batch worker thread when the CLI runs from its TypeScript sources (no fresh dist/cli bundle):
// the worker registers the project's loader for itself, then loads the worker module.
import { register } from 'node:module';

register('./ts-loader.mjs', import.meta.url);
await import('./extract-worker.ts');
