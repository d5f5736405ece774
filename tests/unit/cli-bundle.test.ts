/**
 * `namndkoll` starts from the bundle that `npm install` builds (scripts/build-cli.mjs) and falls back to the
 * TypeScript sources as soon as one of the bundle's inputs is newer than the build, so an edit is never
 * shadowed by a stale bundle.
 */
import { execFile } from 'node:child_process';
import { readFileSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../scripts/build-cli.mjs';
import { REPO_ROOT } from '../helpers/repo-paths.ts';

const run = promisify(execFile);
const BIN = join(REPO_ROOT, 'cli', 'bin.js');

async function help(env: Record<string, string> = {}) {
  return run(process.execPath, [BIN, '--help'], {
    cwd: REPO_ROOT,
    env: { ...process.env, NAMNDKOLL_DEBUG: '1', ...env },
  });
}

describe('the CLI bundle', () => {
  beforeAll(async () => {
    await buildCli({ quiet: true });
  }, 60_000);

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
    const { atime, mtime } = statSync(file);
    utimesSync(file, atime, new Date(Date.now() + 60_000));
    try {
      const { stderr } = await help();
      expect(stderr).toContain('running from the sources');
    } finally {
      utimesSync(file, atime, mtime);
    }
  }, 60_000);
});
