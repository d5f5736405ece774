/**
 * The query core (query/) is pure: it reads documents through the QueryStore port and nothing else, so the
 * API handler, the CLI and the local stack can all run it over their own storage. This test follows every
 * import from query/ (through parsers/, which query may use) and fails on a path into functions/, cli/,
 * infra/ or web/, on Node's file system or network, on the AWS SDK, and on a clock, a random number or the
 * environment read inside query/. It also keeps the layering one way: parsers/ never imports query/.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/repo-paths.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Comments say why and may name what the code must not do; only code counts here. */
function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

/** Module specifiers of static imports, re-exports and dynamic imports. */
function importsOf(text: string): string[] {
  const code = stripComments(text);
  const out: string[] = [];
  for (const match of code.matchAll(/\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g))
    out.push(match[1]!);
  for (const match of code.matchAll(/\bimport\s*['"]([^'"]+)['"]/g)) out.push(match[1]!);
  for (const match of code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push(match[1]!);
  return out;
}

interface Reached {
  /** Repository-relative source files reached. */
  files: Map<string, string>;
  /** Bare specifiers (packages, node: builtins) with the file that imports them. */
  packages: { specifier: string; from: string }[];
}

/** Everything reachable by imports from `entries`, following relative paths inside the repository. */
function reach(entries: string[]): Reached {
  const files = new Map<string, string>();
  const packages: Reached['packages'] = [];
  const queue = entries.map((file) => ({ file, from: '(entry)' }));
  while (queue.length > 0) {
    const { file, from } = queue.pop()!;
    const rel = relative(REPO_ROOT, file);
    if (files.has(rel)) continue;
    files.set(rel, from);
    for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
      if (!specifier.startsWith('.')) {
        packages.push({ specifier, from: rel });
        continue;
      }
      const target = resolve(dirname(file), specifier);
      if (existsSync(target) && statSync(target).isFile()) queue.push({ file: target, from: rel });
      else packages.push({ specifier: `unresolved ${specifier}`, from: rel });
    }
  }
  return { files, packages };
}

const QUERY_DIR = join(REPO_ROOT, 'query');
const queryFiles = sourceFiles(QUERY_DIR);

const FORBIDDEN_FOLDERS = ['functions/', 'cli/', 'infra/', 'web/', 'scripts/', 'bench/', 'tests/'];
/**
 * I/O, the machine and the cloud: the query core reaches storage only through its port. Pure computation
 * from Node stays allowed (parsers/paper.ts hashes a paper's identity with node:crypto).
 */
const FORBIDDEN_PACKAGES = [
  /^(node:)?(fs|net|http|https|http2|tls|dgram|dns|child_process|cluster|worker_threads|os|process|v8|vm)(\/|$)/,
  /aws-sdk/,
  /^aws-lambda$/,
];
/** Reads of the clock, chance or the environment: a query answers the same for the same documents. */
const IMPURE = [
  { re: /\bDate\.now\s*\(/, what: 'Date.now()' },
  { re: /\bnew Date\s*\(\s*\)/, what: 'new Date()' },
  { re: /\bperformance\.now\s*\(/, what: 'performance.now()' },
  { re: /\bprocess\.(env|argv|cwd|hrtime)\b/, what: 'process state' },
  { re: /\bMath\.random\s*\(/, what: 'Math.random()' },
  { re: /\bfetch\s*\(/, what: 'fetch()' },
];

describe('query/ is a pure layer', () => {
  it('holds the query core', () => {
    const names = queryFiles.map((file) => relative(QUERY_DIR, file)).sort();
    for (const expected of ['catalog.ts', 'export.ts', 'params.ts', 'ports.ts', 'services.ts', 'swedish.ts'])
      expect(names).toContain(expected);
  });

  it('reaches nothing in functions/, cli/, infra/ or web/ through any chain of imports', () => {
    const { files } = reach(queryFiles);
    const offences = [...files]
      .filter(([file]) => FORBIDDEN_FOLDERS.some((folder) => file.startsWith(folder)))
      .map(([file, from]) => `${from} -> ${file}`);
    expect(offences).toEqual([]);
    // Only query/ and parsers/ are reached.
    expect([...files.keys()].filter((file) => !/^(query|parsers)\//.test(file))).toEqual([]);
  });

  it('imports no file system, network or AWS SDK, directly or through parsers/', () => {
    const { packages } = reach(queryFiles);
    const offences = packages
      .filter(({ specifier }) => FORBIDDEN_PACKAGES.some((re) => re.test(specifier)))
      .map(({ specifier, from }) => `${from} imports ${specifier}`);
    expect(offences).toEqual([]);
  });

  it('reads no clock, random number or environment', () => {
    const offences: string[] = [];
    for (const file of queryFiles) {
      const code = stripComments(readFileSync(file, 'utf8'));
      for (const { re, what } of IMPURE)
        if (re.test(code)) offences.push(`${relative(REPO_ROOT, file)}: ${what}`);
    }
    expect(offences).toEqual([]);
  });

  it('parsers/ never imports query/ (the layering runs one way)', () => {
    const { files } = reach(sourceFiles(join(REPO_ROOT, 'parsers')));
    expect([...files.keys()].filter((file) => file.startsWith('query/'))).toEqual([]);
  });

  it('the API router, the CLI and the local stack run the same core', () => {
    for (const user of ['functions/api/router.ts', 'cli/commands/compare.ts', 'cli/commands/measures.ts']) {
      const reached = [...reach([join(REPO_ROOT, user)]).files.keys()];
      expect(reached, user).toContain('query/services.ts');
    }
    // The local stack serves the API through the same router (loaded when the query API is present).
    expect(readFileSync(join(REPO_ROOT, 'infra/local/start.ts'), 'utf8')).toMatch(
      /functions\/api\/router\.ts/,
    );
  });
});

describe('the import scanner', () => {
  it('finds static, side-effect, re-export and dynamic imports, and ignores comments', () => {
    const text = [
      "import { a } from './a.ts';",
      "import type { B } from '../b.ts';",
      "import './side.ts';",
      "export { c } from './c.ts';",
      "const d = await import('node:fs');",
      "// import { e } from 'node:net';",
      "/* import { f } from '@aws-sdk/client-s3'; */",
      "const url = 'http://127.0.0.1'; // not a comment start inside a string",
    ].join('\n');
    expect(importsOf(text)).toEqual(['./a.ts', '../b.ts', './c.ts', './side.ts', 'node:fs']);
  });

  it('would catch a clock read that is code, not one that is a comment', () => {
    const code = stripComments('// Date.now() is not allowed\nconst t = Date.now();');
    expect(IMPURE.some(({ re }) => re.test(code))).toBe(true);
    expect(IMPURE.some(({ re }) => re.test(stripComments('/** performance.now */ const x = 1;')))).toBe(
      false,
    );
  });
});
