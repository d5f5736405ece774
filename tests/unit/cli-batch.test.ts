/**
 * `namndkoll extract <files…> --out-dir DIR`: the batch gives, file for file, the document that extracting
 * each file alone gives; failures get their code in a `.failed.json` and in the summary.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectJobs, runBatch } from '../../cli/commands/extract-batch.ts';
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
});
