/**
 * Issue 2, acceptance 5: each edge fixture gives its typed error code through the CLI (one clear line,
 * exit 1, no stack trace) and through the library; nothing hangs, and the 100+ page PDF completes.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ExtractionError } from '../../parsers/errors.ts';
import { extractDocument } from '../../parsers/index.ts';
import { ExtractedDocumentSchema } from '../../parsers/schema.ts';

const root = resolve(import.meta.dirname, '..', '..');
const run = promisify(execFile);

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(root, 'cli', 'bin.js'), ...args], {
      cwd: root,
      timeout: 120_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

const EDGE_CASES: [file: string, code: string][] = [
  ['edge/not-a-pdf.pdf', 'NOT_A_PDF'],
  ['edge/png-renamed.pdf', 'NOT_A_PDF'],
  ['edge/empty.pdf', 'PDF_EMPTY'],
  ['edge/truncated.pdf', 'PDF_CORRUPT'],
  ['edge/encrypted.pdf', 'PDF_ENCRYPTED'],
  ['edge/scanned-000.pdf', 'NEEDS_OCR'],
];

describe('namndkoll extract on bad input', () => {
  it.each(EDGE_CASES)('%s → %s, one line, exit 1', async (file, code) => {
    const result = await cli('extract', join('fixtures', file), '--ocr', 'none');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.split('\n').filter((l) => l && !l.startsWith('npm warn'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^${file.split('/')[1]}: [A-ZÅÄÖ][^\\[]+ \\[${code}\\]$`));
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it.each(EDGE_CASES)('%s → ExtractionError %s from the library', async (file, code) => {
    const bytes = new Uint8Array(readFileSync(join(root, 'fixtures', file)));
    const error = await extractDocument(bytes, { now: () => new Date(0), fileName: file }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ExtractionError);
    expect((error as ExtractionError).code).toBe(code);
  });

  it('says what is wrong with the arguments (exit 2)', async () => {
    const missing = await cli('extract');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/one PDF file, or many with --out-dir/);
    const region = await cli('extract', 'fixtures/seed-000-tjansteskrivelse.pdf', '--region', 'Atlantis');
    expect(region.code).toBe(2);
    expect(region.stderr).toMatch(/unknown region 'Atlantis'/);
    const absent = await cli('extract', 'fixtures/does-not-exist.pdf');
    expect(absent.code).toBe(1);
    expect(absent.stderr).toBe(
      'fixtures/does-not-exist.pdf: Filen finns inte eller är ingen vanlig fil. [FILE_NOT_FOUND]\n',
    );
  });
});

describe('namndkoll extract on good input', () => {
  it('prints the ExtractedDocument; the stated region wins over detection', async () => {
    const result = await cli('extract', 'fixtures/seed-000-tjansteskrivelse.pdf', '--region', 'SE-W');
    expect(result.code).toBe(0);
    const doc = ExtractedDocumentSchema.parse(JSON.parse(result.stdout));
    expect(doc.document.region).toMatchObject({ code: 'SE-W', source: 'uploader' });
    expect(doc.extraction.warnings.map((w) => w.code)).toContain('REGION_CONFLICT');
  });

  it('completes a 120-page PDF', async () => {
    const result = await cli('extract', 'fixtures/edge/large-120-pages.pdf', '--ocr', 'none');
    expect(result.code).toBe(0);
    const doc = ExtractedDocumentSchema.parse(JSON.parse(result.stdout));
    expect(doc.source.pageCount).toBeGreaterThanOrEqual(100);
    expect(doc.measures.length).toBeGreaterThan(50);
  });
});

describe('namndkoll itself', () => {
  it('answers an unknown command with the nearest one, in Swedish, exit 2', async () => {
    const result = await cli('compar', 'SE-W');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("namndkoll: okänt kommando 'compar' – menade du compare?\n");
    const help = await cli('--help');
    expect(help.stdout).toMatch(/^Användning: namndkoll <kommando> \[flaggor\]/);
  });
});
