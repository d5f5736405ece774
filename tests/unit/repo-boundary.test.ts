/**
 * The repository stands alone: a clone with nothing beside it must build, test and run. This test reads every
 * tracked text file and fails on a path that climbs out of the repository — the reading material that sat
 * beside the first checkouts (a sibling folder named `shared`) or a join/resolve that goes above the
 * repository root.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/repo-paths.ts';

const TEXT_FILE = /\.(?:[cm]?[jt]s|json|md|html|css|sh|ya?ml)$|^\.ci\/|(?:^|\/)[^./]+$/;
const SELF = 'tests/unit/repo-boundary.test.ts';
/** The reading material that sat beside the first checkouts. */
const SIBLING = ['sha', 'red'].join('');

/** Patterns of a path leaving the repository, each with what it means. */
const ESCAPES: { re: RegExp; what: string }[] = [
  // Built from parts, so that this file does not itself hold the path it looks for.
  { re: new RegExp(`\\.\\./+${SIBLING}\\b`), what: 'a path into the sibling reading-material folder' },
  { re: /['"]\.\.['"]\s*,\s*['"]shared['"]/, what: "a join of '..' and 'shared'" },
  {
    re: /\b(?:resolve|join)\(\s*(?:ROOT|REPO_ROOT|repoRoot|root)\s*,\s*['"]\.\.(?:['"/])/,
    what: 'a path above the repository root',
  },
];

function trackedTextFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '-z'], { cwd: REPO_ROOT, encoding: 'utf8' });
  return out
    .split('\0')
    .filter((f) => f !== '' && f !== SELF && f !== 'package-lock.json' && TEXT_FILE.test(f));
}

describe('repository boundary', () => {
  it('has tracked files to check (git is available)', () => {
    expect(trackedTextFiles().length).toBeGreaterThan(50);
  });

  it('no tracked file reads a path outside the repository', () => {
    const offences: string[] = [];
    for (const file of trackedTextFiles()) {
      let text: string;
      try {
        text = readFileSync(join(REPO_ROOT, file), 'utf8');
      } catch {
        continue; // listed but absent in this checkout (deleted, not yet committed)
      }
      const lines = text.split('\n');
      lines.forEach((line, i) => {
        for (const { re, what } of ESCAPES) {
          if (re.test(line)) offences.push(`${file}:${i + 1}: ${what}: ${line.trim()}`);
        }
      });
    }
    expect(offences).toEqual([]);
  });

  it('catches each kind of escape it is meant to catch', () => {
    const samples = [
      `readFileSync('../${SIBLING}/golden/x.json')`,
      "path.resolve(repoRoot, '..', 'shared', 'seeds')",
      "resolve(root, '../other/file.json')",
      "join(ROOT, '..', 'elsewhere')",
    ];
    for (const sample of samples) {
      expect(
        ESCAPES.some(({ re }) => re.test(sample)),
        sample,
      ).toBe(true);
    }
    expect(ESCAPES.some(({ re }) => re.test("join(REPO_ROOT, 'fixtures', 'seeds')"))).toBe(false);
  });
});
