/**
 * `namndkoll upload` against the real local stack: uploads through S3, waits for the pipeline, reports a
 * table of outcomes, and says what went wrong in one line with a meaningful exit code.
 */
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { run } from '../../cli/commands/upload.ts';
import { type LocalStack, startLocalStack } from '../../infra/local/start.ts';
import { documentIdOf } from '../../parsers/index.ts';
import { ExtractedDocumentSchema } from '../../parsers/schema.ts';
import { fixture, fixturesDir, getBytes, getJson, tempDataDir } from './helpers.ts';

let stack: LocalStack;
let dataDir: string;

beforeAll(async () => {
  dataDir = tempDataDir('cli');
  // The CLI signs with the key pair the stack generated into its data folder, as after `npm start`.
  process.env['NAMNDKOLL_DATA_DIR'] = dataDir;
  stack = await startLocalStack({ port: 0, apiPort: 0, dataDir, seed: false, logLevel: 'SILENT' });
});

afterAll(async () => {
  await stack?.stop();
  delete process.env['NAMNDKOLL_DATA_DIR'];
  rmSync(dataDir, { recursive: true, force: true });
});

async function upload(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  try {
    const code = await run(args);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

describe('namndkoll upload', () => {
  it('uploads with the stated region, waits, and reports each outcome', async () => {
    const good = join(fixturesDir, 'seed-004-handlingsplan-borderless.pdf');
    const bad = join(fixturesDir, 'edge', 'encrypted.pdf');
    const result = await upload([
      good,
      bad,
      '--region',
      'w',
      '--endpoint',
      stack.s3Endpoint,
      '--timeout',
      '60',
    ]);
    expect(result.code).toBe(3);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^fil\s+dokument\s+status\s+resultat$/);
    const goodId = documentIdOf(fixture('seed-004-handlingsplan-borderless.pdf')).documentId;
    expect(lines.find((line) => line.startsWith('seed-004-handlingsplan-borderless.pdf'))).toMatch(
      new RegExp(
        `${goodId.slice(7, 19)}\\s+extraherad\\s+\\d+ åtgärder, \\d+ beslutspunkter, Handlingsplan, Dalarna`,
      ),
    );
    expect(lines.find((line) => line.startsWith('encrypted.pdf'))).toMatch(
      /misslyckad\s+PDF-filen är lösenordsskyddad\. Ladda upp en version utan lösenord\. \[PDF_ENCRYPTED\]$/,
    );
    expect(result.stderr).toContain('2/2 files');

    // The region went up as object metadata and decided the stored document's region.
    const doc = ExtractedDocumentSchema.parse(
      await getJson(stack.s3, stack.bucket, `extracted/${goodId}.json`),
    );
    expect(doc.document.region).toMatchObject({ code: 'SE-W' });
    expect(await getBytes(stack.s3, stack.bucket, 'uploads/encrypted.pdf')).toEqual(
      fixture('edge/encrypted.pdf'),
    );
  });

  it('uploads the PDFs of a directory and exits 0 when everything is extracted', async () => {
    const dir = join(dataDir, 'papers');
    mkdirSync(join(dir, 'nested'), { recursive: true });
    copyFileSync(join(fixturesDir, 'seed-000-tjansteskrivelse.pdf'), join(dir, 'nested', 'skrivelse.pdf'));
    writeFileSync(join(dir, 'notes.txt'), 'not uploaded');
    const result = await upload([dir, '--endpoint', stack.s3Endpoint]);
    expect(result.code).toBe(0);
    const rows = result.stdout.trim().split('\n').slice(1);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/^skrivelse\.pdf\s+\w{12}\s+extraherad/);
  });

  it('only uploads with --no-wait', async () => {
    const result = await upload([
      join(fixturesDir, 'seed-002-bilaga.pdf'),
      '--no-wait',
      '--endpoint',
      stack.s3Endpoint,
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /seed-002-bilaga\.pdf\s+\w{12}\s+uppladdad\s+uploads\/seed-002-bilaga\.pdf/,
    );
    await stack.idle();
  });

  it('refuses bad arguments with one line and exit code 2', async () => {
    for (const args of [
      [],
      ['--region', 'SE-QQ', 'x.pdf'],
      ['no-such-file.pdf'],
      [join(fixturesDir, 'README.md')],
    ]) {
      const result = await upload([...args, '--endpoint', stack.s3Endpoint]);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr.split('\n')[0]).toMatch(/^namndkoll upload: /);
    }
  });

  it('says the local stack is not running when nothing answers (exit 1)', async () => {
    const result = await upload([
      join(fixturesDir, 'seed-000-tjansteskrivelse.pdf'),
      '--endpoint',
      'http://127.0.0.1:9',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/cannot reach the local S3 server at http:\/\/127\.0\.0\.1:9 .*npm start/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
