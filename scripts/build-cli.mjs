// Builds the `namndkoll` command into dist/cli/ (run by `npm install` through the `prepare` script, and by
// `npm run build`). One ESM file per command chunk, so a command loads only its own code and starts without
// transforming TypeScript. Packages stay in node_modules except the few in BUNDLED: those are loaded by
// nearly every command and are made of many small modules, whose resolution and compilation one by one
// cost more than the package's code itself. dist/cli/inputs.json lists the project files the bundle was
// built from; cli/bin.js falls back to running the sources whenever one of them is newer.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist', 'cli');

/**
 * Packages compiled into the chunks. zod: about 60 modules, 60–90 ms to import from node_modules against
 * 15–35 ms as part of a chunk, in both the command and the extraction worker. Only pure-JavaScript packages
 * without state shared with other packages belong here (a second copy must not matter). pdfjs-dist stays
 * external to the command's chunks (two files, loaded lazily, see parsers/pdf/pdfjs.ts; only OCR loads it
 * in the main thread), and so do the AWS SDK, DuckDB and tesseract. The extraction worker is built apart,
 * as one script with every package in it (below).
 */
export const BUNDLED = ['zod'];

const builtins = new Set(builtinModules);

/** The package a bare import names (`zod/v4/core` → `zod`, `@aws-sdk/client-s3/x` → `@aws-sdk/client-s3`). */
function packageOf(path) {
  const parts = path.split('/');
  return path.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Every package external, as esbuild's `packages: 'external'` would make it, except those in BUNDLED. */
const externalPackages = {
  name: 'external-packages',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:') || builtins.has(args.path)) return { external: true };
      return BUNDLED.includes(packageOf(args.path)) ? undefined : { external: true };
    });
  },
};

/** How the worker's bundle starts: the function CommonJS wraps a module in (its `\n})` is the footer). */
export const WORKER_WRAPPER = '(function (exports, require, module, __filename, __dirname) {';

/**
 * The text with every non-ASCII character written as a \u escape, so that the worker's bundle is read into a
 * one-byte string (cli/extract-worker-loader.ts). esbuild (charset ASCII, its default) escapes strings, template
 * literals and identifiers itself but leaves regular expression literals and comments as written (our
 * parsers' patterns hold å, ä, ö, dashes and bullets). In a regular expression, with or without the u flag,
 * in a string and in a comment an escape means the same as the character (a character beyond U+FFFF as its
 * two surrogates, which a u-flag pattern reads as one); a backslash before the character (an identity
 * escape, `\–`) is dropped, as `\\u2013` would be a backslash and "u2013". The one place where an escape
 * would differ is the raw text of a tagged template (String.raw), which esbuild keeps as written: the
 * bundle has none with non-ASCII text (tests/unit/cli-bundle.test.ts).
 */
export function asciiOnly(text) {
  return text.replace(/(\\*)([\u0080-\u{10ffff}])/gu, (_match, slashes, char) => {
    const kept = slashes.length % 2 === 1 ? slashes.slice(1) : slashes;
    return (
      kept +
      [...char.split('')].map((unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')
    );
  });
}

/**
 * The extraction worker's bundle: everything, pdfjs included, as one script, so one code cache
 * (cli/extract-worker-loader.ts). pdfjs finds its own folder (and from there the canvas package) through
 * import.meta.url. The script is already the function expression the loader compiles (CommonJS's wrapper),
 * so the loader compiles the file's text as it reads it, without building a second 4 MB string.
 */
export const WORKER_BUILD = Object.freeze({
  absWorkingDir: root,
  entryPoints: ['cli/extract-worker.ts'],
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  define: { 'import.meta.url': '__pdfjsUrl' },
  banner: {
    js: `${WORKER_WRAPPER} const __pdfjsUrl = require('node:url').pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.mjs')).href;`,
  },
  footer: { js: '})' },
});

/**
 * `namndkoll extract`'s startup snapshot (cli/extract-snapshot.ts): its entry is bundled like the worker, as
 * one CommonJS script with every package in it (a snapshot's entry may require built-in modules only), and
 * node's `--build-snapshot` runs it and writes the heap to the blob. pdf.js's folder is given as a constant:
 * the entry cannot resolve packages.
 */
export const SNAPSHOT_BUILD = Object.freeze({
  ...WORKER_BUILD,
  entryPoints: ['cli/extract-snapshot.ts'],
  banner: { js: 'const __pdfjsUrl = process.env.NAMNDKOLL_SNAPSHOT_PDFJS_URL;' },
  footer: {},
});

/** The blob's V8 flags: the extraction worker's (cli/extract-worker-loader.ts); cli/namndkoll starts node with them. */
export const SNAPSHOT_FLAGS = ['--no-regexp-tier-up'];

/** The paper the snapshot extracts once before it is written, so that its blob holds compiled functions. */
const WARM_UP = 'fixtures/seed-002-bilaga.pdf';

/**
 * The names V8 defines on the objects cli/extract-snapshot.ts watches (in its order), in a normal context of
 * this node: in a context being snapshotted V8 leaves the flag-shipped ones out (see there).
 */
function builtinNames() {
  const watched = [
    globalThis,
    Array.prototype,
    Object.getPrototypeOf(Uint8Array.prototype),
    ArrayBuffer.prototype,
    RegExp.prototype,
    String.prototype,
    Object,
    Array,
  ];
  return Object.fromEntries(
    watched.map((object, index) => [
      String(index),
      Reflect.ownKeys(object).filter((key) => typeof key === 'string'),
    ]),
  );
}

/**
 * Builds dist/cli/extract-snapshot.blob with this node (a blob loads only into the node that made it) and
 * records that node's path beside it (cli/namndkoll compares). A failure leaves no blob: cli/namndkoll
 * then runs cli/bin.js, as before the snapshot existed.
 */
function buildSnapshot(entry, { quiet }) {
  const blob = join(outdir, 'extract-snapshot.blob');
  const result = spawnSync(
    process.execPath,
    [...SNAPSHOT_FLAGS, '--snapshot-blob', blob, '--build-snapshot', entry],
    {
      cwd: outdir,
      encoding: 'utf8',
      env: {
        ...process.env,
        NAMNDKOLL_SNAPSHOT_ROOT: root,
        NAMNDKOLL_SNAPSHOT_BUILTINS: JSON.stringify(builtinNames()),
        NAMNDKOLL_SNAPSHOT_PDFJS_URL: pathToFileURL(
          createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.mjs'),
        ).href,
        ...(existsSync(join(root, WARM_UP)) ? { NAMNDKOLL_SNAPSHOT_WARM_UP: join(root, WARM_UP) } : {}),
      },
    },
  );
  if (result.status !== 0 || !existsSync(blob)) {
    rmSync(blob, { force: true });
    if (!quiet)
      process.stderr.write(
        `build-cli: no startup snapshot for extract (node ${process.version}); cli/bin.js is used instead\n${(result.stderr ?? '').slice(-2000)}\n`,
      );
    return false;
  }
  writeFileSync(join(outdir, 'extract-snapshot.node'), `${process.execPath}\n`);
  return true;
}

export async function buildCli({ quiet = false, snapshot = true } = {}) {
  // Chunk names carry a content hash: without a clean folder every build would leave the last one's behind.
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: { main: 'cli/main.ts' },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    plugins: [externalPackages],
    metafile: true,
    sourcemap: 'linked',
    logLevel: quiet ? 'error' : 'warning',
    chunkNames: 'chunks/[name]-[hash]',
  });
  // The worker's entry (cli/extract-worker-loader.ts): CommonJS, as a worker started from an ES module sets
  // up the ES module loader first.
  const loader = await build({
    absWorkingDir: root,
    entryPoints: ['cli/extract-worker-loader.ts'],
    outfile: join(outdir, 'extract-worker-loader.cjs'),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    plugins: [externalPackages],
    define: { 'import.meta.url': '__loaderUrl' },
    banner: { js: "const __loaderUrl = require('node:url').pathToFileURL(__filename).href;" },
    metafile: true,
    logLevel: quiet ? 'error' : 'warning',
  });
  const workerFile = join(outdir, 'extract-worker.cjs');
  const worker = await build({
    ...WORKER_BUILD,
    outfile: workerFile,
    metafile: true,
    logLevel: quiet ? 'error' : 'warning',
  });
  writeFileSync(workerFile, asciiOnly(readFileSync(workerFile, 'utf8')));
  const snapshotEntry = join(outdir, 'extract-snapshot.cjs');
  const snapshotBundle = await build({
    ...SNAPSHOT_BUILD,
    // cli/project-root.ts (reached through the extract command, unused by the snapshot's one-file path).
    define: { ...SNAPSHOT_BUILD.define, 'import.meta.dirname': JSON.stringify(join(root, 'cli')) },
    outfile: snapshotEntry,
    metafile: true,
    logLevel: quiet ? 'error' : 'warning',
  });
  // ASCII as the worker's bundle, for the same reason: the snapshot holds the script's source as one string
  // (for the functions compiled later), of two bytes per character with any non-ASCII one in it: 11 MB of
  // the blob instead of 5.5, loaded at every start.
  writeFileSync(snapshotEntry, asciiOnly(readFileSync(snapshotEntry, 'utf8')));
  const inputs = [
    ...new Set([
      ...Object.keys(result.metafile.inputs),
      ...Object.keys(loader.metafile.inputs),
      ...Object.keys(worker.metafile.inputs),
      ...Object.keys(snapshotBundle.metafile.inputs),
    ]),
  ]
    .filter((file) => !file.includes('node_modules'))
    .map((file) => relative(root, join(root, file)))
    .sort();
  const newest = Math.max(...inputs.map((file) => statSync(join(root, file)).mtimeMs));
  writeFileSync(join(outdir, 'inputs.json'), `${JSON.stringify({ builtAt: Date.now(), newest, inputs })}\n`);
  // After inputs.json: the snapshot reads it, to check at each start that the sources are unchanged.
  const snapshotBuilt = snapshot && buildSnapshot(snapshotEntry, { quiet });
  return { inputs: inputs.length, snapshot: snapshotBuilt };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  const { inputs, snapshot } = await buildCli();
  process.stdout.write(
    `built dist/cli from ${inputs} files${snapshot ? ' (and the extract snapshot)' : ''} in ${Math.round(performance.now() - started)} ms\n`,
  );
}
