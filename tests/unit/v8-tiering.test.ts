/**
 * The V8 tiering flags the extraction workers run under (functions/lib/v8-tiering.ts): one list for the
 * CLI's early worker (cli/bin.js, plain JavaScript) and the pool, applied once, with an opt-out, and
 * changing when code is optimised, never what extraction gives.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { EXTRACTION_V8_FLAGS, tieringPaysFor } from '../../functions/lib/v8-tiering.ts';
import type { ExtractedDocument } from '../../parsers/schema.ts';
import { FIXTURES_DIR, REPO_ROOT } from '../helpers/repo-paths.ts';

const run = promisify(execFile);

describe('V8 tiering flags', () => {
  it('are the same list in cli/bin.js as in the pool', () => {
    const bin = readFileSync(join(REPO_ROOT, 'cli', 'bin.js'), 'utf8');
    const list = /const EXTRACTION_V8_FLAGS = Object\.freeze\(\[([^\]]*)\]\)/.exec(bin)?.[1];
    expect(list).toBeDefined();
    const flags = [...(list as string).matchAll(/'([^']+)'/g)].map((m) => m[1]);
    expect(flags).toEqual([...EXTRACTION_V8_FLAGS]);
    // Only flags that change when V8 optimises, never what code computes.
    for (const flag of flags) {
      expect(flag).toMatch(/^--(interrupt-budget|max-inlined-bytecode-size-cumulative)=\d+$/);
    }
  });

  it('are set once, before extraction, and NAMNDKOLL_V8_DEFAULTS keeps V8 as it was', async () => {
    const probe = `
      import { tuneV8ForExtraction } from './functions/lib/v8-tiering.ts';
      process.stdout.write(JSON.stringify([tuneV8ForExtraction(), tuneV8ForExtraction()]));`;
    const spawn = (env: Record<string, string>) =>
      run(process.execPath, ['--import', './cli/register.mjs', '--input-type=module', '-e', probe], {
        cwd: REPO_ROOT,
        env: { ...process.env, ...env },
      });
    const { NAMNDKOLL_V8_DEFAULTS: _, ...without } = process.env;
    expect(
      JSON.parse(
        (
          await run(
            process.execPath,
            ['--import', './cli/register.mjs', '--input-type=module', '-e', probe],
            { cwd: REPO_ROOT, env: without },
          )
        ).stdout,
      ),
    ).toEqual([true, true]);
    expect(JSON.parse((await spawn({ NAMNDKOLL_V8_DEFAULTS: '1' })).stdout)).toEqual([false, false]);
  });

  it('are used where the workers fill every core, and always by the pool unless told otherwise', () => {
    expect(tieringPaysFor(1, 2)).toBe(false); // one document, an idle core for the compiler
    expect(tieringPaysFor(2, 2)).toBe(true);
    expect(tieringPaysFor(1, 1)).toBe(true);
    expect(tieringPaysFor(3, 2)).toBe(true);
  });

  it('give the same extraction as V8 defaults (the CLI, flags on its command line)', async () => {
    const extract = async (flags: readonly string[]) => {
      const { stdout } = await run(
        process.execPath,
        [
          ...flags,
          join(REPO_ROOT, 'cli', 'bin.js'),
          'extract',
          join(FIXTURES_DIR, 'zoo', '004-chromium-ruled.pdf'),
          '--ocr',
          'none',
        ],
        {
          cwd: REPO_ROOT,
          // Neither run sets flags itself: one has them from its command line, the other none.
          env: { ...process.env, NAMNDKOLL_V8_DEFAULTS: '1' },
          maxBuffer: 64 * 1024 * 1024,
        },
      );
      const doc = JSON.parse(stdout) as ExtractedDocument;
      return {
        ...doc,
        source: { ...doc.source, uploadedAt: '-' },
        extraction: { ...doc.extraction, extractedAt: '-', durationMs: 0 },
      };
    };
    const tuned = await extract(EXTRACTION_V8_FLAGS);
    expect(tuned.measures.length).toBeGreaterThan(0);
    expect(await extract([])).toEqual(tuned);
  }, 60_000);
});
