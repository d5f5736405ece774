/**
 * Where the tests find their data: everything lives inside the repository (a clone with nothing beside it
 * must pass). `tests/unit/repo-boundary.test.ts` fails on any path that leaves the repository.
 */
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');
export const FIXTURES_DIR = join(REPO_ROOT, 'fixtures');
/** Text of the four real seed papers (fixtures/seeds/README.md). */
export const SEEDS_DIR = join(FIXTURES_DIR, 'seeds');
/** Real Amazon Textract responses (fixtures/textract/README.md). */
export const TEXTRACT_DIR = join(FIXTURES_DIR, 'textract');
/** Golden facts given with the seeds (000, 004). */
export const REFERENCE_GOLDEN_DIR = join(REPO_ROOT, 'tests', 'golden', 'reference');
/** The project's own expectations (001, 002). */
export const OWN_EXPECTATIONS_DIR = join(REPO_ROOT, 'tests', 'golden', 'expectations');
