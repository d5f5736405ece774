/**
 * `namndkoll extract <files…> --out-dir DIR`: the batch gives, file for file, the document that extracting
 * each file alone gives; failures get their code in a `.failed.json` and in the summary.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectJobs, largestFirst, runBatch } from '../../cli/commands/extract-batch.ts';
import { extractFile } from '../../cli/extract-file.ts';
import type { ExtractedDocument } from '../../parsers/schema.ts';
import { FIXTURES_DIR } from '../helpers/repo-paths.ts';

const work = mkdtempSync(join(tmpdir(), 'namndkoll-batch-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** What differs between two runs of the same extraction: the clock. */
function timeless(doc: ExtractedDocument) {
  return {
    ...doc,
    source: { ...doc.source, uploadedAt: '-' },
    extraction: { ...doc.extraction, extractedAt: '-', durationMs: 0 },
  };
}

describe('batch extraction', () => {
  it('writes, file for file, what one-by-one extraction gives, and records failures', async () => {
    const files = [
      'seed-000-tjansteskrivelse.pdf',
      'seed-002-bilaga.pdf',
      'seed-004-handlingsplan-ruled.pdf',
    ];
    const lines: string[] = [];
    const out = join(work, 'out');
    const summary = await runBatch({
      inputs: [...files.map((f) => join(FIXTURES_DIR, f)), join(FIXTURES_DIR, 'edge', 'not-a-pdf.pdf')],
      outDir: out,
      jobs: 2,
      ocr: 'none',
      pretty: false,
      timeoutSeconds: 120,
      log: (text) => lines.push(text),
      interactive: false,
    });
    expect(summary).toMatchObject({ files: 4, extracted: 3, failed: 1, failedByCode: { NOT_A_PDF: 1 } });
    for (const file of files) {
      const batch = JSON.parse(readFileSync(join(out, file.replace(/\.pdf$/, '.json')), 'utf8'));
      const alone = await extractFile({ path: join(FIXTURES_DIR, file), fileName: file });
      expect(timeless(batch), file).toEqual(timeless(alone));
    }
    const failed = JSON.parse(readFileSync(join(out, 'not-a-pdf.failed.json'), 'utf8'));
    expect(failed.code).toBe('NOT_A_PDF');
    const written = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(written.pages).toBe(summary.pages);
    expect(summary.pages).toBeGreaterThan(20);
    expect(lines.at(-1)).toMatch(/^Klart: 3 extraherade, 1 misslyckade \(NOT_A_PDF 1\)/);
  }, 240_000);

  it('keeps a folder structure and never lets two inputs share an output name', () => {
    const tree = join(work, 'tree');
    mkdirSync(join(tree, 'sub'), { recursive: true });
    for (const rel of ['p.pdf', 'sub/q.PDF', 'sub/notes.txt']) writeFileSync(join(tree, rel), '%PDF-1.4');
    const outDir = join(work, 'o');
    const jobs = collectJobs([tree, join(tree, 'p.pdf')], outDir);
    expect(jobs.map((job) => job.out.slice(outDir.length + 1))).toEqual(['p.json', 'sub/q.json', 'p-2.json']);
  });

  it('starts the largest files first, unreadable ones last, ties in the order given', () => {
    const dir = join(work, 'sizes');
    mkdirSync(dir, { recursive: true });
    const sizes: Record<string, number> = { 'a.pdf': 10, 'b.pdf': 3000, 'c.pdf': 10, 'd.pdf': 200 };
    for (const [name, size] of Object.entries(sizes)) writeFileSync(join(dir, name), 'x'.repeat(size));
    const jobs = collectJobs([dir], join(work, 'o2'));
    jobs.push({
      index: jobs.length,
      path: join(dir, 'gone.pdf'),
      fileName: 'gone.pdf',
      out: join(work, 'gone.json'),
    });
    expect(largestFirst(jobs).map((job) => job.fileName)).toEqual([
      'b.pdf',
      'd.pdf',
      'a.pdf',
      'c.pdf',
      'gone.pdf',
    ]);
    // The jobs themselves keep the order the files were named in.
    expect(jobs.map((job) => job.fileName)).toEqual(['a.pdf', 'b.pdf', 'c.pdf', 'd.pdf', 'gone.pdf']);
  });
});
