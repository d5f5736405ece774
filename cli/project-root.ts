/**
 * The project's root folder, found from wherever this module runs: the TypeScript sources (cli/) or the
 * built bundle (dist/cli/chunks/). Relative paths like `import.meta.dirname + '/../..'` differ between the
 * two, so look for the package.json that names this project instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

let cached: string | undefined;

export function projectRoot(): string {
  if (cached) return cached;
  let dir = import.meta.dirname;
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === 'namndkoll') {
          cached = dir;
          return dir;
        }
      } catch {
        // not ours: keep climbing
      }
    }
    const parent = dirname(dir);
    if (parent === dir)
      throw new Error('cannot find the namndkoll project folder above ' + import.meta.dirname);
    dir = parent;
  }
}
