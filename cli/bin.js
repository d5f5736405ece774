#!/usr/bin/env node
// Runs the TypeScript CLI through the project's minimal loader (cli/ts-loader.mjs), so `npx namndkoll`
// needs no build step and does not pay tsx's memory cost for transforming pdfjs.
import { register } from 'node:module';

// The AWS SDK warns on every run that its 2027 releases will need Node 22; the CLI supports Node 20.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
register('./ts-loader.mjs', import.meta.url);
await import('./main.ts');
