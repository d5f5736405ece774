// Builds the `namndkoll` command into dist/cli/ (run by `npm install` through the `prepare` script, and by
// `npm run build`). One ESM file per command chunk, packages left to node_modules, so a command loads only
// its own code and starts without transforming TypeScript. dist/cli/inputs.json lists the project files the
// bundle was built from; cli/bin.js falls back to running the sources whenever one of them is newer.
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist', 'cli');

export async function buildCli({ quiet = false } = {}) {
  // Chunk names carry a content hash: without a clean folder every build would leave the last one's behind.
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: { main: 'cli/main.ts', 'extract-worker': 'functions/lib/extract-worker.ts' },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    metafile: true,
    sourcemap: 'linked',
    logLevel: quiet ? 'error' : 'warning',
    chunkNames: 'chunks/[name]-[hash]',
  });
  const inputs = Object.keys(result.metafile.inputs)
    .filter((file) => !file.includes('node_modules'))
    .map((file) => relative(root, join(root, file)))
    .sort();
  const newest = Math.max(...inputs.map((file) => statSync(join(root, file)).mtimeMs));
  writeFileSync(join(outdir, 'inputs.json'), `${JSON.stringify({ builtAt: Date.now(), newest, inputs })}\n`);
  return { inputs: inputs.length };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  const { inputs } = await buildCli();
  process.stdout.write(
    `built dist/cli from ${inputs} files in ${Math.round(performance.now() - started)} ms\n`,
  );
}
