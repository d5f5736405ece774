/**
 * The entry of `namndkoll extract`'s V8 startup snapshot (dist/cli/extract-snapshot.blob, built at install
 * by scripts/build-cli.mjs with `node --build-snapshot`). Built, this script loads our parsers, zod and
 * pdf.js and extracts one warm-up paper; V8 then writes the whole heap to the blob. `cli/namndkoll` starts
 * node from that blob for a one-file `extract`: the process begins with everything loaded and set up, and
 * extracts in its own thread — no worker to start, no bundle to read, compile and initialise (README
 * "Performance", stop 32).
 *
 * What a snapshot cannot hold is kept out or put right before it is written:
 * - native addons: pdf.js requires @napi-rs/canvas as it loads, for DOMMatrix, ImageData and Path2D.
 *   Reading text needs only DOMMatrix (parsers/pdf/dom-matrix.ts, as the Lambda functions use); the other
 *   two are never constructed without drawing, and nothing here draws (OCR goes to the full CLI, below).
 * - V8 leaves the features it ships behind a flag (Array.prototype.toSorted, …) out of a context being
 *   snapshotted and adds them when the snapshot is loaded: pdf.js's core-js polyfills them meanwhile, and
 *   V8 then fails on the name it finds taken. Such polyfills are removed again before the heap is written,
 *   so the loaded process has V8's own methods, as a normal process does.
 * - `import()` has no loader in a process started from a snapshot: every module is bundled in.
 *
 * The main function (run when the blob is loaded) is `extract.ts`'s own command with this thread as its
 * engine. It hands the call to the full CLI (cli/bin.js, a second process) when a source file has changed
 * since the build, when the paper needs OCR (tesseract is not in the snapshot), or when the blob belongs to
 * another copy of the project.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { startupSnapshot } from 'node:v8';
import { DEFAULT_POOL_OPTIONS } from '../functions/lib/extract-pool.ts';
import { ExtractionError } from '../parsers/errors.ts';
import { type ExtractOptions, extractDocument } from '../parsers/index.ts';
import { DomMatrix2d } from '../parsers/pdf/dom-matrix.ts';
import { loadPdfjs } from '../parsers/pdf/pdfjs.ts';
import type { ExtractedDocument } from '../parsers/schema.ts';
import { run } from './commands/extract.ts';

/** Set by scripts/build-cli.mjs for the build: the project's root and the warm-up paper. */
const ROOT = process.env['NAMNDKOLL_SNAPSHOT_ROOT'] ?? '';
const WARM_UP = process.env['NAMNDKOLL_SNAPSHOT_WARM_UP'];
/** What the bundle was built from (dist/cli/inputs.json), read at build: checked at every start. */
const BUILT: { newest: number; inputs: string[] } = JSON.parse(
  readFileSync(`${ROOT}/dist/cli/inputs.json`, 'utf8'),
);

/** Objects whose methods V8 may add only when a snapshot is loaded (see above). */
const WATCHED: object[] = [
  globalThis,
  Array.prototype,
  Object.getPrototypeOf(Uint8Array.prototype),
  ArrayBuffer.prototype,
  RegExp.prototype,
  String.prototype,
  Object,
  Array,
];
const ownBefore = WATCHED.map((object) => new Set(Reflect.ownKeys(object)));

const global = globalThis as Record<string, unknown>;
global['DOMMatrix'] ??= DomMatrix2d;
for (const name of ['ImageData', 'Path2D']) {
  global[name] ??= function DrawingInSnapshot() {
    throw new Error(`${name}: the extraction snapshot does not draw`);
  };
}
// pdf.js's `require('@napi-rs/canvas')` (through process.getBuiltinModule('module').createRequire) fails
// while it loads, as where the package is not installed; its warnings about it are expected and dropped.
const getBuiltinModule = process.getBuiltinModule;
const noCanvas = (id: string): unknown =>
  id === 'module' || id === 'node:module'
    ? {
        createRequire: () => (name: string) => {
          throw new Error(`${name} is not loaded into the extraction snapshot`);
        },
      }
    : getBuiltinModule(id);
(process as { getBuiltinModule: unknown }).getBuiltinModule = noCanvas;
const warn = console.warn;
console.warn = () => undefined;

void loadPdfjs()
  .then(async () => {
    (process as { getBuiltinModule: unknown }).getBuiltinModule = getBuiltinModule;
    console.warn = warn;
    // A first extraction compiles the functions every extraction runs; their bytecode is kept in the blob.
    if (WARM_UP) {
      await extractDocument(new Uint8Array(readFileSync(WARM_UP)), {
        now: () => new Date(0),
        fileName: 'warm-up.pdf',
      });
    }
    dropPolyfillsOfFlaggedBuiltins();
  })
  .catch((error: unknown) => {
    process.stderr.write(`extraction snapshot: ${String(error)}\n`);
    process.exitCode = 1;
  });

/**
 * Removes what was added, while this script ran, to a built-in object under a name V8 itself defines in a
 * normal context of this node (NAMNDKOLL_SNAPSHOT_BUILTINS, listed by the build in such a context).
 */
function dropPolyfillsOfFlaggedBuiltins(): void {
  const native: Record<string, string[]> = JSON.parse(process.env['NAMNDKOLL_SNAPSHOT_BUILTINS'] ?? '{}');
  WATCHED.forEach((object, index) => {
    const names = new Set(native[String(index)] ?? []);
    for (const key of Reflect.ownKeys(object)) {
      if (typeof key === 'string' && !ownBefore[index]?.has(key) && names.has(key)) {
        delete (object as Record<string, unknown>)[key];
      }
    }
  });
}

/** Whether every source file the bundle was built from is as old as the build (cli/bin.js bundleState). */
function bundleFresh(): boolean {
  if (process.env['NAMNDKOLL_FROM_SOURCE']) return false;
  try {
    for (const file of BUILT.inputs) if (statSync(`${ROOT}/${file}`).mtimeMs > BUILT.newest) return false;
    return true;
  } catch {
    return false;
  }
}

/** Whether this process started from this project's blob (npx reaches the project through a link). */
function isOwnBlob(): boolean {
  try {
    const blob = process.execArgv[process.execArgv.indexOf('--snapshot-blob') + 1] ?? '';
    return realpathSync(blob) === realpathSync(resolve(ROOT, 'dist/cli/extract-snapshot.blob'));
  } catch {
    return false;
  }
}

/** Runs the same command through the full CLI (cli/bin.js) in a second process and ends with its status. */
function handOver(args: string[]): never {
  const result = spawnSync(process.execPath, [`${ROOT}/cli/bin.js`, ...args], {
    stdio: 'inherit',
    env: { ...process.env, NAMNDKOLL_NO_SNAPSHOT: '1' },
  });
  process.exit(result.status ?? 1);
}

/** Set when the paper asked for OCR: the full CLI then extracts it again, with tesseract. */
let needsOcr = false;

/**
 * One document in this thread, with the pool's two bounds (functions/lib/extract-pool.ts): the time budget
 * and the ceiling on resident memory's growth, each failing as PDF_TOO_COMPLEX with the pool's message.
 * Both are checked by timers, which run between pdf.js's messages.
 */
function extractHere(bytes: Uint8Array, options: ExtractOptions): Promise<ExtractedDocument> {
  const { timeBudgetMs, memoryCeilingMb, sampleEveryMs } = DEFAULT_POOL_OPTIONS;
  const baseline = process.memoryUsage.rss();
  let timer: NodeJS.Timeout | undefined;
  let sampler: NodeJS.Timeout | undefined;
  const bound = new Promise<never>((_resolve, reject) => {
    const fail = (message: string): void =>
      reject(new ExtractionError('PDF_TOO_COMPLEX', `${options.fileName}: ${message}`));
    timer = setTimeout(
      () =>
        fail(
          `its extraction took longer than the time budget of ${Math.round(timeBudgetMs / 1000)} s for one document`,
        ),
      timeBudgetMs,
    );
    sampler = setInterval(() => {
      if (process.memoryUsage.rss() - baseline > memoryCeilingMb * 1024 * 1024)
        fail(`its extraction grew memory beyond the ceiling of ${memoryCeilingMb} MB for one document`);
    }, sampleEveryMs);
  });
  const ocr = options.ocr
    ? {
        ...options.ocr,
        recognize: () => {
          needsOcr = true;
          return Promise.reject(new Error('OCR is not in the extraction snapshot'));
        },
      }
    : undefined;
  // Without onProgress: its one use is the line announcing OCR, which the full CLI then prints.
  const { onProgress: _progress, ...rest } = options;
  const extraction = extractDocument(bytes, { ...rest, ...(ocr ? { ocr } : {}) });
  return Promise.race([extraction, bound]).finally(() => {
    clearTimeout(timer);
    clearInterval(sampler);
  });
}

startupSnapshot.setDeserializeMainFunction(() => {
  const args = process.argv.slice(1);
  // The blob names the folder it was built in; a copy of the project elsewhere runs its own sources.
  if (!isOwnBlob() || !bundleFresh()) handOver(args);
  if (process.env['NAMNDKOLL_DEBUG'])
    process.stderr.write(
      `namndkoll: running from the startup snapshot (its main function began ${Math.round(performance.now())} ms after the process)\n`,
    );
  // As in the extraction worker (functions/lib/extract-worker.ts): pdf.js leaves rejections of a damaged
  // file's internal promises unhandled after the document's own call has settled.
  process.on('unhandledRejection', () => undefined);
  const [, ...argv] = args;
  run(argv, {
    extract: (bytes, options) =>
      extractHere(bytes, options).catch((error: unknown) => {
        if (needsOcr) handOver(args);
        throw error;
      }),
    close: async () => undefined,
  }).then(
    (code) => exitWhenWritten(code),
    (error: unknown) => {
      process.stderr.write(`namndkoll: ${error instanceof Error ? error.message : String(error)}\n`);
      exitWhenWritten(1);
    },
  );
});

/** As cli/main.ts: ends the process once stdout and stderr have taken everything written to them. */
function exitWhenWritten(code: number): void {
  process.exitCode = code;
  let open = 2;
  const flushed = (): void => {
    open -= 1;
    if (open === 0) process.exit(code);
  };
  process.stdout.write('', flushed);
  process.stderr.write('', flushed);
}
