/**
 * Compaction of the facts landing zone into Parquet (cli/compaction.ts) against the JSON Lines alone: two
 * copies of one bucket receive the same writes; one is compacted at various points, the other never. Every
 * table, every view and the README's queries must answer the same in both — after compaction, after a
 * re-ingest or a removal not yet compacted, and after a compaction that stopped between its part and its
 * manifest or between its manifest and its deletions.
 */
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFacts, openFactsDatabase, runSql } from '../../cli/commands/sql.ts';
import {
  CompactionInterrupted,
  compactedDir,
  compactFacts,
  listLanding,
  readManifest,
} from '../../cli/compaction.ts';
import { FACT_TABLES, FACT_VIEWS, toFactFiles, toJsonLines } from '../../parsers/facts.ts';
import type { ExtractedDocument } from '../../parsers/schema.ts';
import { generateCorpus, syntheticDocument } from '../../scripts/generate-facts.ts';
import { mulberry32 } from '../../scripts/prng.ts';

/** The README's SQL examples (ORDER BY completed where ties would let two engines order rows apart). */
const README_QUERIES = [
  `SELECT region, category_name, round(sum(amount_msek), 1) AS mkr FROM measures_unique WHERE year = 2024 GROUP BY ALL ORDER BY mkr DESC, region, category_name`,
  `SELECT category_name, region, round(sum(amount_msek), 1) AS mkr
   FROM measures_unique WHERE year = 2024 GROUP BY category_name, region ORDER BY category_name, region`,
  `SELECT region, year, title, amount_msek, document_title, page
   FROM measures_unique WHERE amount_msek IS NOT NULL ORDER BY amount_msek DESC, document_id, measure_id, year LIMIT 10`,
  `SELECT region, decision_id, kind, actor, text, page
   FROM decisions_unique WHERE lower(text) LIKE '%hyrbemanning%' ORDER BY region, decision_id, document_id`,
  `SELECT paper_id, count(DISTINCT document_id) AS files, string_agg(DISTINCT file_name, ', ' ORDER BY file_name) AS file_names
   FROM documents GROUP BY paper_id ORDER BY files DESC, paper_id`,
];

/** Small: every comparison runs eleven queries on both copies (the JSON Lines side is the slow one). */
const DOCUMENTS = 40;

let base: string;
let counter = 0;

/** Two copies of a bucket: `plain` stays JSON Lines only, `compacted` is compacted when the test says. */
interface Pair {
  plain: string;
  compacted: string;
}

function newPair(from: string): Pair {
  counter++;
  const pair = { plain: join(base, `plain-${counter}`), compacted: join(base, `compacted-${counter}`) };
  cpSync(from, pair.plain, { recursive: true });
  cpSync(from, pair.compacted, { recursive: true });
  return pair;
}

/** Write a file the way the local store does (a new file renamed over the old). */
function writeAtomic(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.tmp-${process.pid}`;
  writeFileSync(temp, text);
  renameSync(temp, path);
}

/** What the ingest writes for a document (functions/ingest/service.ts): facts, extracted/, emptied leftovers. */
function ingest(dir: string, doc: ExtractedDocument, previous?: ExtractedDocument): void {
  const files = toFactFiles(doc);
  const written = new Set(files.map((file) => file.key));
  for (const file of files) writeAtomic(join(dir, ...file.key.split('/')), toJsonLines(file.rows));
  writeAtomic(join(dir, 'extracted', `${doc.documentId}.json`), JSON.stringify(doc));
  for (const file of previous ? toFactFiles(previous) : []) {
    if (!written.has(file.key)) writeAtomic(join(dir, ...file.key.split('/')), '');
  }
}

function bothIngest(pair: Pair, doc: ExtractedDocument, previous?: ExtractedDocument): void {
  ingest(pair.plain, doc, previous);
  ingest(pair.compacted, doc, previous);
}

async function answers(dir: string): Promise<unknown[]> {
  const database = await openFactsDatabase(findFacts({ data: dir }));
  try {
    const out: unknown[] = [];
    for (const sql of README_QUERIES) out.push(await runSql(database, sql));
    for (const name of [...FACT_TABLES, ...FACT_VIEWS]) {
      out.push(await runSql(database, `SELECT * FROM ${name} ORDER BY ALL`));
    }
    return out;
  } finally {
    database.close();
  }
}

async function expectSameAnswers(pair: Pair): Promise<void> {
  const [plain, compacted] = [await answers(pair.plain), await answers(pair.compacted)];
  expect(compacted).toEqual(plain);
}

async function count(dir: string, sql: string): Promise<number> {
  const database = await openFactsDatabase(findFacts({ data: dir }));
  try {
    return Number((await runSql(database, sql)).rows[0]?.[0]);
  } finally {
    database.close();
  }
}

const source = (dir: string) => findFacts({ data: dir });

let corpus: string;
let docs: ExtractedDocument[];

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'namndkoll-compaction-'));
  corpus = join(base, 'corpus');
  await generateCorpus({ dir: corpus, documents: DOCUMENTS, seed: 7 });
  const rand = mulberry32(7);
  docs = Array.from({ length: DOCUMENTS }, (_, index) => syntheticDocument(index, rand));
}, 120_000);

afterAll(() => {
  rmSync(base, { recursive: true, force: true });
});

describe('compaction into Parquet', () => {
  it('answers every table, view and README query as the JSON Lines do, and empties the landing zone', async () => {
    const pair = newPair(corpus);
    const landingBefore = listLanding(source(pair.compacted)).length;
    const report = await compactFacts(source(pair.compacted));
    expect(report.consumedFiles).toBe(landingBefore);
    expect(report.documents).toBe(DOCUMENTS);
    expect(listLanding(source(pair.compacted))).toEqual([]);
    const manifest = readManifest(source(pair.compacted));
    expect(manifest?.parts.length).toBeGreaterThan(0);
    expect(manifest?.consumed).toBeNull();
    expect(await count(pair.compacted, 'SELECT count(*) FROM measures')).toBeGreaterThan(100);
    await expectSameAnswers(pair);

    // New documents after the compaction: parts plus landing zone, then compacted again.
    const rand = mulberry32(99);
    for (let index = 500; index < 520; index++) bothIngest(pair, syntheticDocument(index, rand));
    await expectSameAnswers(pair);
    const second = await compactFacts(source(pair.compacted));
    expect(second.documents).toBe(20);
    expect(second.generation).toBe(2);
    await expectSameAnswers(pair);
  }, 120_000);

  it('shows a re-ingested document’s new rows at once (other years, other region) and keeps them after compaction', async () => {
    const pair = newPair(corpus);
    await compactFacts(source(pair.compacted));
    const old = docs[3] as ExtractedDocument;
    const moved = docs[4] as ExtractedDocument;
    // New parser version: other years and amounts (rows move partitions; the old ones are emptied).
    const reYeared: ExtractedDocument = {
      ...old,
      document: { ...old.document, years: [2026] },
      measures: old.measures.slice(1).map((measure) => ({
        ...measure,
        effects: [{ year: 2026, amountMsek: 77.7, type: 'cost_reduction', baselineYear: 2025 }],
      })),
      decisions: [],
    };
    // The uploader states another region.
    const reRegioned: ExtractedDocument = {
      ...moved,
      document: {
        ...moved.document,
        region: {
          code: 'SE-I',
          name: 'Region Gotland',
          evidence: 'Region Gotland',
          page: 1,
          source: 'uploader',
        },
      },
    };
    bothIngest(pair, reYeared, old);
    bothIngest(pair, reRegioned, moved);
    const ofOld = `SELECT count(*) FROM measures WHERE document_id = '${old.documentId}' AND amount_msek = 77.7`;
    expect(await count(pair.compacted, ofOld)).toBe(old.measures.length - 1);
    expect(
      await count(pair.compacted, `SELECT count(*) FROM decisions WHERE document_id = '${old.documentId}'`),
    ).toBe(0);
    expect(
      await count(
        pair.compacted,
        `SELECT count(DISTINCT region) FROM measures WHERE document_id = '${moved.documentId}'`,
      ),
    ).toBe(1);
    await expectSameAnswers(pair);
    const report = await compactFacts(source(pair.compacted));
    expect(report.documents).toBe(2);
    expect(listLanding(source(pair.compacted))).toEqual([]);
    await expectSameAnswers(pair);
    expect(await count(pair.compacted, ofOld)).toBe(old.measures.length - 1);
  }, 120_000);

  it('leaves out a removed document at once and drops it from the parts at the next compaction', async () => {
    const pair = newPair(corpus);
    await compactFacts(source(pair.compacted));
    const removed = docs[10] as ExtractedDocument;
    for (const dir of [pair.plain, pair.compacted])
      rmSync(join(dir, 'extracted', `${removed.documentId}.json`));
    const rows = `SELECT count(*) FROM measures WHERE document_id = '${removed.documentId}'`;
    expect(await count(pair.compacted, rows)).toBe(0);
    await expectSameAnswers(pair);
    const report = await compactFacts(source(pair.compacted));
    expect(report.removedDocuments).toBe(1);
    await expectSameAnswers(pair);
    // Gone from the Parquet itself, not only hidden: put the marker back and it stays out.
    writeAtomic(join(pair.compacted, 'extracted', `${removed.documentId}.json`), JSON.stringify(removed));
    expect(await count(pair.compacted, rows)).toBe(0);
    // The stored counting of the first generation went with its parts: retired, then deleted by a later run.
    const stored = (): string[] =>
      readdirSync(join(compactedDir(source(pair.compacted)), '_counting'), { recursive: true })
        .map(String)
        .filter((file) => file.endsWith('.parquet'))
        .map((file) => `_counting/${file.split('\\').join('/')}`)
        .sort();
    expect(stored().some((file) => file.includes('-g1'))).toBe(true);
    await compactFacts(source(pair.compacted));
    const manifest = readManifest(source(pair.compacted));
    const named = manifest?.counting;
    expect(named?.measuresCounted?.length).toBeGreaterThan(0);
    expect(stored()).toEqual(
      [named?.documents, named?.measuresLeftOut, ...(named?.measuresCounted ?? [])].sort(),
    );
  }, 120_000);

  it('stamps a settled extracted/ and still leaves out a document removed after the compaction at once', async () => {
    const pair = newPair(corpus);
    // A folder changed within the last two seconds gets no stamp (its times could not tell a change apart).
    expect(readManifest(source(pair.compacted))).toBeNull();
    await compactFacts(source(pair.compacted));
    expect(readManifest(source(pair.compacted))?.extractedStamp).toBeNull();
    await new Promise((done) => setTimeout(done, 2100));
    await compactFacts(source(pair.compacted)); // nothing new: records the settled folder's stamp
    const stamp = readManifest(source(pair.compacted))?.extractedStamp;
    expect(stamp).toMatch(/^\d+:\d+:\d+$/);
    await expectSameAnswers(pair);
    const removed = docs[12] as ExtractedDocument;
    for (const dir of [pair.plain, pair.compacted])
      rmSync(join(dir, 'extracted', `${removed.documentId}.json`));
    expect(readManifest(source(pair.compacted))?.extractedStamp).toBe(stamp);
    expect(
      await count(
        pair.compacted,
        `SELECT count(*) FROM measures WHERE document_id = '${removed.documentId}'`,
      ),
    ).toBe(0);
    await expectSameAnswers(pair);
  }, 120_000);

  it('keeps an uncommitted document’s files in the landing zone until its extracted/ is written', async () => {
    const pair = newPair(corpus);
    const late = syntheticDocument(900, mulberry32(5));
    for (const dir of [pair.plain, pair.compacted]) {
      for (const file of toFactFiles(late))
        writeAtomic(join(dir, ...file.key.split('/')), toJsonLines(file.rows));
    }
    const report = await compactFacts(source(pair.compacted));
    expect(report.waitingDocuments).toBe(1);
    expect(listLanding(source(pair.compacted)).length).toBe(toFactFiles(late).length);
    await expectSameAnswers(pair);
    for (const dir of [pair.plain, pair.compacted])
      writeAtomic(join(dir, 'extracted', `${late.documentId}.json`), JSON.stringify(late));
    expect(
      await count(pair.compacted, `SELECT count(*) FROM documents WHERE document_id = '${late.documentId}'`),
    ).toBeGreaterThan(0);
    await expectSameAnswers(pair);
  }, 120_000);

  it('is correct after a crash between writing the parts and the manifest', async () => {
    const pair = newPair(corpus);
    await compactFacts(source(pair.compacted));
    const rand = mulberry32(11);
    for (let index = 600; index < 610; index++) bothIngest(pair, syntheticDocument(index, rand));
    const old = docs[20] as ExtractedDocument;
    const changed: ExtractedDocument = {
      ...old,
      measures: old.measures.map((m) => ({
        ...m,
        effects: m.effects.map((e) => ({ ...e, amountMsek: 1.5 })),
      })),
    };
    bothIngest(pair, changed, old);
    const before = readManifest(source(pair.compacted));
    await expect(compactFacts(source(pair.compacted), { failAt: 'after-parts' })).rejects.toThrow(
      CompactionInterrupted,
    );
    // The new parts exist but no manifest names them; the landing files are all still there.
    expect(readManifest(source(pair.compacted))).toEqual(before);
    await expectSameAnswers(pair);
    const report = await compactFacts(source(pair.compacted));
    expect(report.documents).toBe(11);
    await expectSameAnswers(pair);
  }, 120_000);

  it('is correct after a crash between the manifest and the deletion of the landing files', async () => {
    const pair = newPair(corpus);
    const landing = listLanding(source(pair.compacted)).length;
    await expect(compactFacts(source(pair.compacted), { failAt: 'after-manifest' })).rejects.toThrow(
      CompactionInterrupted,
    );
    // Every landing file is still there, and in the parts too: counted once.
    expect(listLanding(source(pair.compacted)).length).toBe(landing);
    expect(readManifest(source(pair.compacted))?.consumed).not.toBeNull();
    await expectSameAnswers(pair);
    // A document re-ingested before the next run: its rewritten files are new, not leftovers.
    const old = docs[30] as ExtractedDocument;
    const changed: ExtractedDocument = {
      ...old,
      measures: old.measures.map((m) => ({
        ...m,
        effects: m.effects.map((e) => ({ ...e, amountMsek: 2.5 })),
      })),
    };
    bothIngest(pair, changed, old);
    await expectSameAnswers(pair);
    const report = await compactFacts(source(pair.compacted));
    expect(report.recovered).toBe(landing - toFactFiles(changed).length);
    expect(report.documents).toBe(1);
    expect(listLanding(source(pair.compacted))).toEqual([]);
    await expectSameAnswers(pair);
  }, 120_000);

  it('lets a copy or version that lands after the compaction overrule its precomputed counting', async () => {
    const pair = newPair(corpus);
    /** Another file of `doc`'s paper: other bytes, so another document id. */
    const copyOf = (doc: ExtractedDocument, tag: string, changes: Partial<ExtractedDocument> = {}) => {
      const sha256 = createHash('sha256').update(tag).digest('hex');
      return {
        ...doc,
        documentId: `sha256:${sha256}`,
        source: { ...doc.source, sha256, fileName: `${tag}.pdf` },
        ...changes,
      } as ExtractedDocument;
    };
    const paper = docs[5] as ExtractedDocument;
    const other = docs[6] as ExtractedDocument;
    // Compacted: an OCR copy of one paper uploaded later (left out), and a paper of another region one of
    // whose measures states an effect twice with one amount (which of the two rows counts needs the window).
    const ocrCopy = copyOf(paper, 'ocr-copy', {
      source: { ...paper.source, sha256: 'x', fileName: 'scan.pdf', uploadedAt: '2025-12-01T10:00:00.000Z' },
      extraction: { ...paper.extraction, method: 'ocr' },
    });
    const doubled = copyOf(other, 'doubled', {
      measures: other.measures.map((measure, index) =>
        index === 0 ? { ...measure, effects: [...measure.effects, ...measure.effects] } : measure,
      ),
    });
    bothIngest(pair, ocrCopy);
    bothIngest(pair, doubled);
    await compactFacts(source(pair.compacted));
    const counting = readManifest(source(pair.compacted))?.counting;
    expect(counting?.windowRegions).toContain(other.document.region?.code);
    const counted = (id: string) =>
      count(pair.compacted, `SELECT count(*) FROM documents_unique WHERE document_id = '${id}'`);
    expect(await counted(paper.documentId)).toBeGreaterThan(0);
    expect(await counted(ocrCopy.documentId)).toBe(0);
    await expectSameAnswers(pair);

    // After the compaction: a text copy of the same paper uploaded earlier — it counts now, not the
    // compacted winner — and a later-dated version of another compacted paper, which supersedes it.
    const earlier = copyOf(paper, 'earlier-copy', {
      source: { ...paper.source, sha256: 'y', fileName: 'first.pdf', uploadedAt: '2025-01-01T10:00:00.000Z' },
    });
    const superseded = docs[7] as ExtractedDocument;
    const version = copyOf(superseded, 'later-version', {
      document: { ...superseded.document, date: '2030-01-01' },
      measures: superseded.measures.map((measure) => ({
        ...measure,
        effects: measure.effects.map((effect) => ({ ...effect, amountMsek: effect.amountMsek + 1 })),
      })),
    });
    bothIngest(pair, earlier);
    bothIngest(pair, version);
    expect(await counted(earlier.documentId)).toBeGreaterThan(0);
    expect(await counted(paper.documentId)).toBe(0);
    expect(await counted(superseded.documentId)).toBe(0);
    await expectSameAnswers(pair);
    await compactFacts(source(pair.compacted));
    expect(await counted(earlier.documentId)).toBeGreaterThan(0);
    expect(await counted(superseded.documentId)).toBe(0);
    await expectSameAnswers(pair);

    // The earlier copy removed: the compacted paper counts again at once.
    for (const dir of [pair.plain, pair.compacted])
      rmSync(join(dir, 'extracted', `${earlier.documentId}.json`));
    expect(await counted(paper.documentId)).toBeGreaterThan(0);
    await expectSameAnswers(pair);
  }, 120_000);

  it('lets one run at a time hold the lock, and ignores parts no manifest names', async () => {
    const pair = newPair(corpus);
    const dir = compactedDir(source(pair.compacted));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, '.lock'), '1');
    await expect(compactFacts(source(pair.compacted))).rejects.toThrow(/another compaction/);
    rmSync(join(dir, '.lock'));
    await compactFacts(source(pair.compacted));
    const stray = join(dir, 'measures', 'region=SE-W', 'year=2024', 'part-g99-stray.parquet');
    const named = readManifest(source(pair.compacted))?.parts.find((part) => part.table === 'measures');
    expect(named).toBeDefined();
    cpSync(join(dir, ...(named?.file ?? '').split('/')), stray);
    await expectSameAnswers(pair);
    expect(existsSync(stray)).toBe(true);
    expect(readdirSync(join(dir, 'measures')).length).toBeGreaterThan(0);
  }, 120_000);
});
