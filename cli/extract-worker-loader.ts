/**
 * The entry of the CLI's extraction worker (dist/cli/extract-worker-loader.cjs). It runs the worker's one-file
 * bundle (dist/cli/extract-worker.cjs: our parsers, zod and pdfjs, about 4 MB of JavaScript) through V8's
 * code cache: Node 20 has no `module.enableCompileCache()`, so the bundle is compiled as a `vm.Script`
 * with the cache file beside it as `cachedData`. Parsing those 4 MB and compiling each function the first
 * extraction calls was about a quarter of the CPU time of `namndkoll extract` on a 4-page paper.
 *
 * This entry is built as CommonJS: a worker whose entry is an ES module first sets up the ES module loader
 * (about a fifth of the worker's own start). The bundle is pure ASCII and already wrapped as a function
 * expression (scripts/build-cli.mjs), so its text becomes a one-byte string that V8 compiles as it is: with
 * non-ASCII characters and a wrapper added here it was a two-byte string of twice the size, decoded, copied
 * and flattened before compiling (10–20 ms of the worker's start, and 18 MB of heap). It is read as UTF-8,
 * not Latin-1: Node makes a large Latin-1 read an external string, whose 4.5 MB count as external memory
 * and cost the worker an extra full garbage collection (and four scavenges) in every extraction.
 *
 * The cache is written by the first worker that finds none (or finds it rejected: another Node, other V8
 * flags), just before it answers its first extracted document, so that it holds every function that
 * extraction compiled, not only the top level. It is only a cache: any failure to read or write it leaves
 * the worker as it was, compiling from source. The build (scripts/build-cli.mjs) starts with an empty
 * dist/cli/, so a cache never outlives the bundle it was made from.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { constants, Script } from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';

const bundle = fileURLToPath(new URL('./extract-worker.cjs', import.meta.url));
/** FNV-1a, 32 bits, as hex: a file-name tag, not a digest (node:crypto would cost the thread ~3 ms). */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}
/**
 * V8 checks its own version and flags too (a cache made under other flags is rejected); the name keeps two
 * Node versions, or runs with and without V8 flags, from taking turns rewriting one file.
 */
const flags = process.execArgv.filter((arg) => arg.startsWith('--') && !arg.startsWith('--import'));
/**
 * V8 runs a regular expression's first match in its bytecode interpreter and compiles it to machine code
 * only from the second: made for pages that run a pattern once. Extraction runs most of its patterns over
 * every line of a paper, and the first match of each often over a whole page's text, where the interpreter
 * is many times slower than the compiled code; compiled from the first match, the analysis of a 4-page
 * paper in a fresh worker took about a quarter less time (README "Performance"). Set here, in the worker
 * and before the bundle is compiled: V8 keeps its flags in the code cache's check, so the cache must be
 * made and read under the same flags; set in the main thread before the worker starts, it made Node
 * compile its own built-in modules for the worker from source (their cache was made under the defaults).
 * It changes when a pattern is compiled, never what it matches. `NAMNDKOLL_V8_DEFAULTS=1` leaves it unset.
 */
if (!process.env['NAMNDKOLL_V8_DEFAULTS']) {
  setFlagsFromString('--no-regexp-tier-up');
  flags.push('no-regexp-tier-up');
}
// The tiering flags set at run time (functions/lib/v8-tiering.ts) are V8 flags too: the pool says whether.
if ((workerData as { v8Tiering?: unknown } | null)?.v8Tiering === true) flags.push('v8-tiering');
const flagTag = flags.length === 0 ? '' : `-${fnv1a(flags.join(' '))}`;
const cacheFile = join(
  dirname(bundle),
  `extract-worker.${process.version}-${process.arch}${flagTag}.v8cache`,
);

function readCache(): Buffer | undefined {
  if (process.env['NAMNDKOLL_NO_CODE_CACHE']) return undefined;
  try {
    return readFileSync(cacheFile);
  } catch {
    return undefined;
  }
}

function writeCache(script: Script): void {
  const temporary = `${cacheFile}.${process.pid}-${Date.now()}.tmp`;
  try {
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, cacheFile); // atomic: two workers writing at once leave one whole file
  } catch {
    // a read-only install: every run compiles from source, as without a cache
  }
}

const cached = readCache();
// ASCII (the build guarantees it): a one-byte string in V8's heap.
const source = readFileSync(bundle, 'utf8');
const script = new Script(source, {
  filename: bundle,
  ...(cached ? { cachedData: cached } : {}),
  importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
});

if (parentPort && !process.env['NAMNDKOLL_NO_CODE_CACHE'] && (!cached || script.cachedDataRejected)) {
  // Written before the first document goes back: after it, the pool may end this thread at any moment.
  const port = parentPort;
  const post = port.postMessage.bind(port);
  port.postMessage = (message: unknown, transfer?: Parameters<typeof post>[1]) => {
    const type = (message as { type?: unknown } | null)?.type;
    if (type === 'done' || type === 'done-unvalidated') {
      port.postMessage = post;
      writeCache(script);
    }
    post(message, transfer);
  };
}

const module = { exports: {} };
(script.runInThisContext() as (...args: unknown[]) => void)(
  module.exports,
  createRequire(bundle),
  module,
  bundle,
  dirname(bundle),
);
