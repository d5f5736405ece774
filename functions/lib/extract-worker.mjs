// Entry of the extraction worker when the project runs from source (npm start, the CLI, tests): the
// worker thread does not inherit the main thread's TypeScript loader, so it registers it itself. In
// the Lambda bundle this file is replaced by the bundled worker of the same name (infra/aws).
import { register } from 'node:module';

register('../../cli/ts-loader.mjs', import.meta.url);
await import('./extract-worker.ts');
