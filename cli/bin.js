#!/usr/bin/env node
// The `namndkoll` command. Runs the bundle that `npm install` builds into dist/cli/ (scripts/build-cli.mjs):
// no TypeScript to transform at start-up, and each command loads only its own chunk. When the bundle is
// missing, or a source file it was built from has changed since, it runs the TypeScript sources through
// the project's minimal loader (cli/ts-loader.mjs) instead, so an edit is never shadowed by a stale build.
import { readFileSync, statSync } from 'node:fs';
import { createRequire, register } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';

// The AWS SDK warns on every run that its 2027 releases will need Node 22; the CLI supports Node 20.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const root = new URL('../', import.meta.url);

/**
 * Whether dist/cli holds a bundle built from the sources as they are: `stale` names a source edited
 * since the build. One stat per input (about 80, 1–2 ms); plain paths, as a URL per file costs as
 * much as the stat.
 */
function bundleState() {
  if (process.env.NAMNDKOLL_FROM_SOURCE) return { fresh: false, stale: null };
  try {
    const { newest, inputs } = JSON.parse(readFileSync(new URL('dist/cli/inputs.json', root), 'utf8'));
    const base = fileURLToPath(root);
    for (const file of inputs) {
      if (statSync(base + file).mtimeMs > newest) return { fresh: false, stale: file };
    }
    return { fresh: true, stale: null };
  } catch {
    return { fresh: false, stale: null }; // no bundle, or an input is gone
  }
}

/**
 * What the extraction pool starts its worker with (functions/lib/extract-pool.ts DEFAULT_POOL_OPTIONS: heap
 * 60 % of the 768 MB memory ceiling, a 64 MB nursery). The pool takes the early worker only when it asks
 * for exactly these (cli/extract-pool.ts); tests/unit/cli-bundle.test.ts checks that it does.
 */
const EARLY_WORKER_LIMITS = Object.freeze({ maxOldGenerationSizeMb: 460, maxYoungGenerationSizeMb: 64 });

/**
 * V8 tiering for extraction (functions/lib/v8-tiering.ts EXTRACTION_V8_FLAGS, which explains them; the pool
 * sets that list too, and tests/unit/v8-tiering.test.ts checks the two are equal): set here before the
 * early worker starts when it pays (one core), as V8's flags hold for every isolate of the process.
 */
const EXTRACTION_V8_FLAGS = Object.freeze([
  '--interrupt-budget=405504',
  '--max-inlined-bytecode-size-cumulative=184',
]);

/** Whether the arguments ask `extract` for one file (a batch and --help start no worker of their own here). */
function extractsOneFile(args) {
  return (
    args[0] === 'extract' &&
    args.length > 1 &&
    !args.some((arg) => arg === '-h' || arg === '--help' || arg.startsWith('--out-dir'))
  );
}

/**
 * Starts `namndkoll extract`'s worker thread now, before this thread loads the command's code and reads the
 * PDF: the worker's own start (Node's bootstrap of a thread, reading and compiling the 4 MB extraction
 * bundle, loading pdfjs) then runs beside that work instead of after it. The worker waits unreferenced,
 * its events kept, until the command's pool takes it (`take`, which hands the kept events on once the pool
 * listens); if the command never does (bad arguments, a missing file), the process exits as before.
 */
function startExtractWorker() {
  // One document: worth the flags only when it has no idle core beside it (tieringPaysFor in v8-tiering.ts).
  const v8Tiering = !process.env.NAMNDKOLL_V8_DEFAULTS && availableParallelism() <= 1;
  if (v8Tiering) for (const flag of EXTRACTION_V8_FLAGS) setFlagsFromString(flag);
  const { Worker } = createRequire(import.meta.url)('node:worker_threads');
  const url = new URL('dist/cli/extract-worker-loader.cjs', root);
  const worker = new Worker(url, { resourceLimits: EARLY_WORKER_LIMITS, workerData: { v8Tiering } });
  const kept = [];
  const listeners = ['message', 'error', 'exit'].map((event) => {
    const listener = (...args) => kept.push([event, args]);
    worker.on(event, listener);
    return [event, listener];
  });
  worker.unref(); // after the listeners: a 'message' listener refs the worker again
  let taken = false;
  globalThis[Symbol.for('namndkoll.earlyExtractWorker')] = {
    /** The worker, if it was started from `wantedUrl` with `wantedLimits`; else it is ended. Once only. */
    take(wantedUrl, wantedLimits) {
      if (taken) return undefined;
      taken = true;
      for (const [event, listener] of listeners) worker.off(event, listener);
      const same =
        String(wantedUrl) === url.href &&
        Object.keys({ ...EARLY_WORKER_LIMITS, ...wantedLimits }).every(
          (key) => wantedLimits?.[key] === EARLY_WORKER_LIMITS[key],
        );
      if (process.env.NAMNDKOLL_DEBUG)
        process.stderr.write(`namndkoll: ${same ? 'took' : 'ended'} the early extraction worker\n`);
      if (!same) {
        void worker.terminate();
        return undefined;
      }
      // The taker adds its listeners as soon as this returns; what came before reaches them in order.
      process.nextTick(() => {
        for (const [event, args] of kept) worker.emit(event, ...args);
      });
      return worker;
    },
  };
}

const { fresh, stale } = bundleState();
if (process.env.NAMNDKOLL_DEBUG) {
  process.stderr.write(`namndkoll: running from ${fresh ? 'dist/cli' : 'the sources'}\n`);
  // What cli/namndkoll started node with (a batch: the single-threaded garbage collector).
  process.stderr.write(`namndkoll: node options: ${process.execArgv.join(' ') || 'none'}\n`);
}
// Someone at a terminal who edited a source (or pulled) since the build: say why it is slower now.
if (stale && process.stderr.isTTY)
  process.stderr.write(
    `namndkoll: ${stale} har ändrats efter senaste bygget; kör från källkoden (långsammare). \`npm run build\` bygger om dist/cli.\n`,
  );
if (fresh) {
  if (extractsOneFile(process.argv.slice(2))) startExtractWorker();
  await import(new URL('dist/cli/main.js', root).href);
} else {
  register('./ts-loader.mjs', import.meta.url);
  await import('./main.ts');
}
