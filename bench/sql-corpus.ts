/**
 * The facts generator's corpus (scripts/generate-facts.ts) at bench scale: 200,000 documents are about
 * 1.7 million landing files, so the documents are built without the per-document schema parse and written
 * with synchronous writes. One document in VALIDATE_EVERY is still parsed, and its document and fact rows
 * must equal the unchecked ones — the corpus is the generator's, only faster to write.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { toFactFiles, toJsonLines } from '../parsers/facts.ts';
import { ExtractedDocumentSchema } from '../parsers/schema.ts';
import { syntheticDocument } from '../scripts/generate-facts.ts';
import { mulberry32 } from '../scripts/prng.ts';

const VALIDATE_EVERY = 1000;

export interface BenchCorpus {
  dir: string;
  documents: number;
  files: number;
  /** Seconds it took to write (0 when an earlier complete run was reused). */
  seconds: number;
}

/** Write `documents` synthetic documents in the bucket layout into `dir`, or reuse a complete earlier run. */
export function writeBenchCorpus(dir: string, documents: number, seed = 1): BenchCorpus {
  const marker = join(dir, '.generated.json');
  const wanted = { documents, seed, version: 1 };
  if (existsSync(marker)) {
    const previous = JSON.parse(readFileSync(marker, 'utf8')) as typeof wanted & { files: number };
    if (previous.documents === documents && previous.seed === seed && previous.version === wanted.version)
      return { dir, documents, files: previous.files, seconds: 0 };
  }
  const started = performance.now();
  rmSync(dir, { recursive: true, force: true });
  const made = new Set<string>();
  let files = 0;
  const write = (key: string, text: string): void => {
    const path = join(dir, ...key.split('/'));
    const parent = dirname(path);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    writeFileSync(path, text);
    files++;
  };
  const rand = mulberry32(seed);
  for (let index = 0; index < documents; index++) {
    const check = index % VALIDATE_EVERY === 0;
    const doc = syntheticDocument(index, rand, { validate: false });
    const factFiles = toFactFiles(doc, { validate: false });
    if (check) {
      const parsed = ExtractedDocumentSchema.parse(doc);
      if (!isDeepStrictEqual(parsed, doc) || !isDeepStrictEqual(toFactFiles(parsed), factFiles))
        throw new Error(`bench corpus: document ${index} differs from its schema-checked copy`);
    }
    write(`extracted/${doc.documentId}.json`, JSON.stringify(doc));
    for (const file of factFiles) write(file.key, toJsonLines(file.rows));
  }
  writeFileSync(marker, JSON.stringify({ ...wanted, files }));
  return { dir, documents, files, seconds: (performance.now() - started) / 1000 };
}
