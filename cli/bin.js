#!/usr/bin/env node
// The `namndkoll` command. Runs the bundle that `npm install` builds into dist/cli/ (scripts/build-cli.mjs):
// no TypeScript to transform at start-up, and each command loads only its own chunk. When the bundle is
// missing, or a source file it was built from has changed since, it runs the TypeScript sources through
// the project's minimal loader (cli/ts-loader.mjs) instead, so an edit is never shadowed by a stale build.
import { readFileSync, statSync } from 'node:fs';
import { register } from 'node:module';
import { fileURLToPath } from 'node:url';

// The AWS SDK warns on every run that its 2027 releases will need Node 22; the CLI supports Node 20.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const root = new URL('../', import.meta.url);

/** One stat per input (about 80, 1–2 ms); plain paths, as a URL per file costs as much as the stat. */
function bundleIsFresh() {
  if (process.env.NAMNDKOLL_FROM_SOURCE) return false;
  try {
    const { newest, inputs } = JSON.parse(readFileSync(new URL('dist/cli/inputs.json', root), 'utf8'));
    const base = fileURLToPath(root);
    for (const file of inputs) {
      if (statSync(base + file).mtimeMs > newest) return false;
    }
    return true;
  } catch {
    return false; // no bundle, or an input is gone
  }
}

const fresh = bundleIsFresh();
if (process.env.NAMNDKOLL_DEBUG)
  process.stderr.write(`namndkoll: running from ${fresh ? 'dist/cli' : 'the sources'}\n`);
if (fresh) {
  await import(new URL('dist/cli/main.js', root).href);
} else {
  register('./ts-loader.mjs', import.meta.url);
  await import('./main.ts');
}
