/**
 * One accent fold, one region-code reading, one money formatter, one reconciliation tolerance: this test
 * scans the code that runs on the server, in the CLI and in the scripts, and fails when a second copy of
 * one of them appears outside its home. A new caller imports the helper instead (tests/unit/query-helpers
 * .test.ts says what each does).
 *
 * The browser page (web/app.js) is plain JavaScript without a build step and cannot import TypeScript; it
 * keeps its own Intl formatter, and the last test holds it to the same options as the one formatter.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatMsek } from '../../parsers/swedish/numbers.ts';
import { DOCUMENT_TYPE_NAMES_SV } from '../../query/swedish.ts';
import { REPO_ROOT } from '../helpers/repo-paths.ts';

const SCANNED = ['parsers', 'query', 'functions', 'cli', 'infra', 'scripts', 'bench'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path);
    return /\.(ts|js|mjs)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Comments may describe what the helper does; only code counts. */
function stripComments(text: string): string {
  // Block comments keep their line breaks, so a finding names the right line.
  return text
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ''))
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

interface Rule {
  helper: string;
  /** Where the one copy lives. */
  home: string;
  /** Code that does the helper's work by hand. */
  copies: RegExp[];
}

const RULES: Rule[] = [
  {
    helper: 'accent fold (fold / foldAccents)',
    home: 'parsers/swedish/text.ts',
    copies: [
      /\.normalize\(\s*['"`]NFK?D['"`]\s*\)/,
      /\.replace\(\s*\/[^/\n]*(?:\\p\{Mn?\}|\\u0300-\\u036f)[^/\n]*\/[gimsuy]*\s*,\s*['"`]{2}\s*\)/,
    ],
  },
  {
    helper: 'money and number formatter (formatMsek / formatMkr / formatSwedishNumber / swedishDecimal)',
    home: 'parsers/swedish/numbers.ts',
    copies: [
      /\.toLocaleString\(/,
      /\bIntl\.NumberFormat\(/,
      /\.replace\(\s*['"`]\.['"`]\s*,\s*['"`],['"`]\s*\)/,
      /\.replace\(\s*\/\\\.\/g?\s*,\s*['"`],['"`]\s*\)/,
    ],
  },
  {
    helper: 'region-code reading (regionCodeOf / parseRegionFilter)',
    home: 'parsers/swedish/regions.ts',
    copies: [/\.startsWith\(\s*['"`]SE-['"`]\s*\)/, /`SE-\$\{/, /['"`]SE-['"`]\s*\+/],
  },
  {
    helper: 'reconciliation tolerance (tableTolerance / statedTolerance / reconciles)',
    home: 'parsers/reconcile.ts',
    copies: [
      // A stated total compared with a sum by hand, or a tolerance of its own.
      // Float-equality epsilons (1e-6, 0.001) are not tolerances of a paper's rounding.
      /Math\.abs\([^()\n]*(?:\([^()\n]*\)[^()\n]*)*\)\s*<=?\s*(?:(?:0?\.(?:0[1-9]|[1-9])|[1-9]\d*(?:\.\d+)?)(?![\de])|[\w.]*toleran)/i,
      /\b(?:const|let|function)\s+\w*RECONCIL\w*/,
      /\b(?:const|let|function)\s+toleranceOf\b/,
    ],
  },
];

/** Code that compares with a tolerance for geometry or dedup is not reconciliation: the rule looks only at
 * files that reconcile totals. */
function reconcilesTotals(code: string): boolean {
  return /reconcil/i.test(code);
}

function offences(files: { path: string; code: string }[]): string[] {
  const out: string[] = [];
  for (const rule of RULES) {
    for (const { path, code } of files) {
      if (path === rule.home) continue;
      if (rule.home === 'parsers/reconcile.ts' && !reconcilesTotals(code)) continue;
      code.split('\n').forEach((line, index) => {
        if (rule.copies.some((re) => re.test(line)))
          out.push(`${path}:${index + 1}: a copy of the ${rule.helper}; use ${rule.home}`);
      });
    }
  }
  return out;
}

describe('one copy of each shared helper', () => {
  const files = SCANNED.flatMap((dir) => sourceFiles(join(REPO_ROOT, dir))).map((file) => ({
    path: relative(REPO_ROOT, file).split('\\').join('/'),
    code: stripComments(readFileSync(file, 'utf8')),
  }));

  it('scans the server, CLI and script code', () => {
    expect(files.length).toBeGreaterThan(100);
    for (const rule of RULES) expect(files.map((file) => file.path)).toContain(rule.home);
  });

  it('finds no second accent fold, money formatter, region-code reading or tolerance', () => {
    expect(offences(files)).toEqual([]);
  });

  it('would find each kind of copy (the rules are not vacuous)', () => {
    const planted = [
      "const key = title.normalize('NFD').replace(/\\p{M}/gu, '').toLowerCase();",
      "const s = v.toLocaleString('sv-SE', { maximumFractionDigits: 2 });",
      "const cell = String(v).replace('.', ',');",
      "const code = upper.startsWith('SE-') ? upper : 'SE-' + upper;",
      // Built from parts so the linter does not take the planted template for a mistake.
      ['const key = `SE-$', '{upper}`;'].join(''),
      'const RECONCILE_TOLERANCE = 0.05; // reconciled',
      'const ok = Math.abs(sum - total.amountMsek) <= 0.5; // reconciled',
    ].map((code, index) => ({ path: `cli/planted-${index}.ts`, code }));
    const found = offences(planted);
    for (let index = 0; index < planted.length; index++)
      expect(
        found.some((line) => line.startsWith(`cli/planted-${index}.ts:`)),
        planted[index]!.code,
      ).toBe(true);
  });

  it('leaves geometry tolerances alone in files that do not reconcile totals', () => {
    const geometry = { path: 'parsers/pdf/x.ts', code: 'const near = Math.abs(a.x - b.x) <= 2;' };
    const epsilon = { path: 'parsers/x.ts', code: '// reconciled\nconst same = Math.abs(a - b) < 1e-6;' };
    expect(offences([geometry, epsilon])).toEqual([]);
  });

  it('holds the browser page’s formatter to the output of formatMsek', () => {
    const app = readFileSync(join(REPO_ROOT, 'web', 'app.js'), 'utf8');
    const match = /new Intl\.NumberFormat\('sv-SE', \{([^}]*)\}\)/.exec(app);
    expect(match, 'web/app.js formats numbers with Intl.NumberFormat sv-SE').not.toBeNull();
    const options = Object.fromEntries(
      match![1]!.split(',').map((part) => {
        const [name, value] = part.split(':').map((piece) => piece.trim());
        return [name!, Number(value)];
      }),
    );
    const browser = new Intl.NumberFormat('sv-SE', options);
    for (const value of [0, 5, 18.5, 387, 1234.5, 1234.567, -973, 0.1 + 0.2, 25_000])
      expect(browser.format(value)).toBe(formatMsek(value));
  });

  it('holds the browser page’s document type names to the query core’s', () => {
    const app = readFileSync(join(REPO_ROOT, 'web', 'app.js'), 'utf8');
    const block = /const TYPE_NAMES = \{([^}]*)\}/.exec(app);
    expect(block, 'web/app.js names document types in TYPE_NAMES').not.toBeNull();
    const names = Object.fromEntries(
      [...block![1]!.matchAll(/(\w+):\s*'([^']*)'/g)].map((match) => [match[1]!, match[2]!]),
    );
    expect(names).toEqual(DOCUMENT_TYPE_NAMES_SV);
  });
});
