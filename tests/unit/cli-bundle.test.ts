/**
 * `namndkoll` starts from the bundle that `npm install` builds (scripts/build-cli.mjs) and falls back to the
 * TypeScript sources as soon as one of the bundle's inputs is newer than the build, so an edit is never
 * shadowed by a stale bundle.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../parsers/index.ts';
import type { ExtractedDocument } from '../../parsers/schema.ts';
import { asciiOnly, buildCli, SNAPSHOT_BUILD, WORKER_BUILD } from '../../scripts/build-cli.mjs';
import { FIXTURES_DIR, REPO_ROOT } from '../helpers/repo-paths.ts';

const run = promisify(execFile);
const BIN = join(REPO_ROOT, 'cli', 'bin.js');

async function help(env: Record<string, string> = {}) {
  return run(process.execPath, [BIN, '--help'], {
    cwd: REPO_ROOT,
    env: { ...process.env, NAMNDKOLL_DEBUG: '1', ...env },
  });
}

/** What differs between two extractions of the same bytes: the clock. */
function timeless(doc: ExtractedDocument) {
  return {
    ...doc,
    source: { ...doc.source, uploadedAt: '-' },
    extraction: { ...doc.extraction, extractedAt: '-', durationMs: 0 },
  };
}

async function bundledExtract(file: string, env: Record<string, string> = {}): Promise<ExtractedDocument> {
  const { stdout, stderr } = await run(process.execPath, [BIN, 'extract', file, '--ocr', 'none'], {
    cwd: REPO_ROOT,
    env: { ...process.env, NAMNDKOLL_DEBUG: '1', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(stderr).toContain('running from dist/cli');
  // The worker cli/bin.js starts before the command loads is the one the pool uses (same entry, same limits).
  expect(stderr).toContain('took the early extraction worker');
  return JSON.parse(stdout) as ExtractedDocument;
}

const SH_BIN = join(REPO_ROOT, 'cli', 'namndkoll');

/** `namndkoll extract` as the installed (Unix) command runs it: cli/namndkoll, which may start the snapshot. */
async function shellExtract(args: string[], env: Record<string, string> = {}) {
  return run(SH_BIN, ['extract', ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, NAMNDKOLL_DEBUG: '1', ...env },
    maxBuffer: 64 * 1024 * 1024,
  }).catch((error: { code: number; stdout: string; stderr: string }) => ({
    stdout: error.stdout,
    stderr: error.stderr,
    code: error.code,
  }));
}

/**
 * Puts a source's modification time back, a millisecond early: a time given back as a Date or seconds can
 * land a fraction of a millisecond after the original, and on the newest input that alone made the build
 * stale for every later run.
 */
function restoreMtime(file: string, atime: Date, mtimeMs: number): void {
  utimesSync(file, atime, (Math.floor(mtimeMs) - 1) / 1000);
}

const codeCaches = () =>
  readdirSync(join(REPO_ROOT, 'dist', 'cli')).filter((name) => name.endsWith('.v8cache'));

describe('the CLI bundle', () => {
  beforeAll(async () => {
    await buildCli({ quiet: true });
  }, 60_000);

  it("loads neither zod nor the PDF engine in extract's own thread (the worker has them)", () => {
    // The static import closure of the extract command's chunk: what its main thread compiles before the
    // worker starts. esbuild marks each module's code with a `// <path>` comment.
    const dir = join(REPO_ROOT, 'dist', 'cli', 'chunks');
    const entry = readdirSync(dir).find((name) => /^extract-[A-Z0-9]+\.js$/.test(name));
    expect(entry).toBeDefined();
    const seen = new Set<string>();
    const visit = (name: string) => {
      if (seen.has(name)) return;
      seen.add(name);
      const code = readFileSync(join(dir, name), 'utf8');
      for (const [, next] of code.matchAll(/^import [^;]*?"\.\/([^"]+\.js)";$/gms)) visit(next as string);
    };
    visit(entry as string);
    const modules = [...seen].flatMap((name) =>
      [...readFileSync(join(dir, name), 'utf8').matchAll(/^\/\/ (\S+\.(?:ts|js|mjs|cjs))$/gm)].map(
        (m) => m[1],
      ),
    );
    expect(modules).toContain('cli/commands/extract.ts');
    expect(
      modules.filter((path) =>
        /node_modules\/zod\/|parsers\/schema\.ts|parsers\/pdf\/(load|pdfjs)\.ts/.test(path ?? ''),
      ),
    ).toEqual([]);
  });

  it('lists every command module among its inputs', () => {
    const { inputs } = JSON.parse(readFileSync(join(REPO_ROOT, 'dist', 'cli', 'inputs.json'), 'utf8')) as {
      inputs: string[];
    };
    expect(inputs).toContain('cli/main.ts');
    for (const command of ['extract', 'upload', 'documents', 'measures', 'decisions', 'compare', 'sql']) {
      expect(inputs).toContain(`cli/commands/${command}.ts`);
    }
  });

  it('runs from the bundle when it is fresh, with the same help as the sources', async () => {
    const bundled = await help();
    expect(bundled.stderr).toContain('running from dist/cli');
    const source = await help({ NAMNDKOLL_FROM_SOURCE: '1' });
    expect(source.stderr).toContain('running from the sources');
    expect(bundled.stdout).toContain('namndkoll <kommando>');
    expect(bundled.stdout).toBe(source.stdout);
  }, 60_000);

  it('falls back to the sources when an input changed after the build', async () => {
    const file = join(REPO_ROOT, 'cli', 'main.ts');
    const { atime, mtimeMs } = statSync(file);
    utimesSync(file, atime, new Date(Date.now() + 60_000));
    try {
      const { stderr } = await help();
      expect(stderr).toContain('running from the sources');
    } finally {
      restoreMtime(file, atime, mtimeMs);
    }
  }, 60_000);

  it("writes the worker's bundle in ASCII (a one-byte string for V8), wrapped as the loader compiles it", () => {
    const bundle = readFileSync(join(REPO_ROOT, 'dist', 'cli', 'extract-worker.cjs'), 'latin1');
    expect(bundle.startsWith('(function (exports, require, module, __filename, __dirname) {')).toBe(true);
    expect(/[\u0080-\u00ff]/u.exec(bundle)?.[0]).toBeUndefined();
  });

  it('escapes non-ASCII characters so that each means what it meant', () => {
    // An identity escape (\–) in a pattern without the u flag, a character beyond U+FFFF in a u-flag class,
    // an escaped backslash before a letter, a comment.
    const sample = String.raw`const a = /^[a-zåäö]+\–•/, b = /^[😀é]$/u, c = "\\é"; // en — kommentar`;
    const escaped = asciiOnly(sample);
    expect(escaped).toBe(
      String.raw`const a = /^[a-z\u00e5\u00e4\u00f6]+\u2013\u2022/, b = /^[\ud83d\ude00\u00e9]$/u, c = "\\\u00e9"; // en \u2014 kommentar`,
    );
    const run = (code: string) =>
      new Function(`${code}\nreturn [a.test('åö–•'), a.test('a-•'), b.test('😀'), b.test('\ud83d'), c];`)();
    expect(run(escaped)).toEqual(run(sample));
    expect(run(escaped)).toEqual([true, false, true, false, '\\é']);
  });

  it("has no tagged template with non-ASCII text in the worker's or the snapshot's bundle (its raw text would change)", async () => {
    for (const options of [WORKER_BUILD, SNAPSHOT_BUILD]) {
      // With template literals lowered, esbuild writes a tagged template's raw strings as escaped strings.
      const { outputFiles } = await build({
        ...options,
        outfile: 'bundle.cjs',
        write: false,
        logLevel: 'error',
        supported: { 'template-literal': false },
      });
      const code = outputFiles?.[0]?.text ?? '';
      const templates = [...code.matchAll(/__template\((\[[^\]]*\])(?:, (\[[^\]]*\]))?\)/g)];
      const nonAscii = templates.filter(([call]) => /(?<!\\)\\(?:x[89a-f]|u(?!00[0-7]))/i.test(call));
      expect(nonAscii.map(([call]) => call)).toEqual([]);
    }
  }, 60_000);

  // The bundled worker differs from the pipeline's: one CommonJS script with pdfjs inside, compiled through
  // V8's code cache, the canvas package left unloaded. None of that may change a document.
  it('extracts what the library extracts in-process, with and without the code cache', async () => {
    for (const name of ['seed-000-tjansteskrivelse.pdf', 'seed-004-handlingsplan-borderless.pdf']) {
      const path = join(FIXTURES_DIR, name);
      const expected = timeless(
        await extractDocument(new Uint8Array(readFileSync(path)), { now: () => new Date(), fileName: name }),
      );
      const first = await bundledExtract(path);
      // Written by the first worker that found none (this one, or another test's), before its answer.
      expect(codeCaches()).toHaveLength(1);
      const cached = await bundledExtract(path);
      const uncached = await bundledExtract(path, { NAMNDKOLL_NO_CODE_CACHE: '1' });
      for (const doc of [first, cached, uncached]) expect(timeless(doc), name).toEqual(expected);
    }
  }, 120_000);

  // The startup snapshot (cli/extract-snapshot.ts) holds a warmed-up extractor in one thread: it must give
  // the worker's documents, errors and exit statuses, and never run code older than the sources.
  describe.skipIf(process.platform === 'win32')('the startup snapshot of extract', () => {
    it('is built with the bundle, for the node that built it', () => {
      const dir = join(REPO_ROOT, 'dist', 'cli');
      expect(statSync(join(dir, 'extract-snapshot.blob')).size).toBeGreaterThan(1_000_000);
      expect(readFileSync(join(dir, 'extract-snapshot.node'), 'utf8').trim()).toBe(process.execPath);
      // ASCII: the source the blob keeps is then a one-byte string (half the size of a two-byte one).
      const entry = readFileSync(join(dir, 'extract-snapshot.cjs'), 'latin1');
      expect(/[\u0080-\u00ff]/u.exec(entry)?.[0]).toBeUndefined();
    });

    it('extracts one file as the worker does', async () => {
      for (const name of ['seed-000-tjansteskrivelse.pdf', 'seed-004-handlingsplan-ruled.pdf']) {
        const path = join(FIXTURES_DIR, name);
        const snapshot = await shellExtract([path, '--ocr', 'none']);
        expect(snapshot.stderr).toContain('running from the startup snapshot');
        expect(timeless(JSON.parse(snapshot.stdout) as ExtractedDocument), name).toEqual(
          timeless(await bundledExtract(path)),
        );
      }
    }, 120_000);

    it("gives the command's errors and exit statuses", async () => {
      const missing = await shellExtract(['no-such-paper.pdf']);
      expect(missing.stderr).toContain('running from the startup snapshot');
      expect(missing.stderr).toContain('[FILE_NOT_FOUND]');
      expect(missing).toMatchObject({ code: 1, stdout: '' });
      const usage = await shellExtract([
        join(FIXTURES_DIR, 'seed-000-tjansteskrivelse.pdf'),
        '--no-such-flag',
      ]);
      expect(usage).toMatchObject({ code: 2, stdout: '' });
      const scan = await shellExtract([join(FIXTURES_DIR, 'edge', 'scanned-000.pdf'), '--ocr', 'none']);
      expect(scan.stderr).toContain('[NEEDS_OCR]');
      expect(scan).toMatchObject({ code: 1, stdout: '' });
    }, 60_000);

    it('leaves a batch and --help to cli/bin.js', async () => {
      const help = await shellExtract(['--help']);
      expect(help.stderr).toContain('running from dist/cli');
      expect(help.stdout).toContain('Usage: namndkoll extract');
    }, 60_000);

    it("starts a batch with V8's single-threaded garbage collector, unless NAMNDKOLL_V8_DEFAULTS is set", async () => {
      const paper = join(FIXTURES_DIR, 'seed-000-tjansteskrivelse.pdf');
      const out = mkdtempSync(join(tmpdir(), 'namndkoll-batch-gc-'));
      try {
        const batch = await shellExtract([paper, '--out-dir', join(out, 'a'), '--ocr', 'none']);
        expect(batch.stderr).toContain('node options: --single-threaded-gc');
        const summary = JSON.parse(readFileSync(join(out, 'a', 'summary.json'), 'utf8')) as object;
        expect(summary).toMatchObject({ extracted: 1, failed: 0 });
        const plain = await shellExtract([paper, '--out-dir', join(out, 'b'), '--ocr', 'none'], {
          NAMNDKOLL_V8_DEFAULTS: '1',
        });
        expect(plain.stderr).toContain('node options: none');
        const read = (dir: string) => {
          const doc = JSON.parse(
            readFileSync(join(out, dir, 'seed-000-tjansteskrivelse.json'), 'utf8'),
          ) as ExtractedDocument;
          return {
            ...doc,
            source: { ...doc.source, uploadedAt: '-' },
            extraction: { ...doc.extraction, extractedAt: '-', durationMs: 0 },
          };
        };
        expect(read('a')).toEqual(read('b'));
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    }, 60_000);

    it('hands over to cli/bin.js when an input changed after the build', async () => {
      const file = join(REPO_ROOT, 'parsers', 'index.ts');
      const { atime, mtimeMs } = statSync(file);
      utimesSync(file, atime, new Date(Date.now() + 60_000));
      try {
        const { stderr } = await shellExtract(['no-such-paper.pdf']);
        expect(stderr).not.toContain('running from the startup snapshot');
        expect(stderr).toContain('running from the sources');
        expect(stderr).toContain('[FILE_NOT_FOUND]');
      } finally {
        restoreMtime(file, atime, mtimeMs);
      }
    }, 60_000);
  });
});
