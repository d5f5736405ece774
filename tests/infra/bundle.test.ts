/**
 * The deployed artifact runs: synthesise the stack with real bundling, take the ingest asset exactly as
 * the CDK built it, copy it into an empty directory (no project node_modules above it), and run it with
 * plain node against a local S3 server on a fixture event. pdf-parse's native canvas cannot be bundled by
 * esbuild (NOTES.md); this proves the packages copied beside the bundle load and extract.
 */
import { execFile } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, parse as parsePath, resolve } from 'node:path';
import { promisify } from 'node:util';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { App } from 'aws-cdk-lib';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeS3Key } from '../../functions/ingest/sqs-event.ts';
import { createS3Client } from '../../functions/lib/s3-client.ts';
import { S3DocumentStore } from '../../functions/lib/store.ts';
import { NamndkollStack } from '../../infra/aws/namndkoll-stack.ts';
import { documentIdOf } from '../../parsers/index.ts';
import { ExtractedDocumentSchema } from '../../parsers/schema.ts';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '..', '..');
const fixture = join(root, 'fixtures', 'seed-004-handlingsplan-ruled.pdf');
const BUCKET = 'namndkoll-bundle-test';

let work: string;
let assetDir: string;
let server: S3rver;
let endpoint: string;
let s3: S3Client;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'namndkoll-bundle-'));
  const outdir = join(work, 'cdk.out');
  const app = new App({ outdir, context: { 'aws:cdk:enable-asset-metadata': true } });
  const stack = new NamndkollStack(app, 'BundleTest');
  const assembly = app.synth();
  const template = JSON.parse(
    readFileSync(join(assembly.directory, assembly.getStackByName(stack.stackName).templateFile), 'utf8'),
  );
  const fnId = stack.getLogicalId(stack.ingestFunction.node.defaultChild as never);
  const assetPath = template.Resources[fnId].Metadata['aws:asset:path'] as string;
  assetDir = join(assembly.directory, assetPath);

  server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    directory: join(work, 's3'),
    silent: true,
    vhostBuckets: false,
    configureBuckets: [{ name: BUCKET }],
  });
  endpoint = `http://127.0.0.1:${(await server.run()).port}`;
  s3 = createS3Client({ endpoint });
}, 240_000);

afterAll(async () => {
  s3?.destroy();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('ingest bundle as the CDK builds it', () => {
  it('holds the bundle, the unbundlable packages and the native canvas binary for x86_64', () => {
    const names = readdirSync(assetDir);
    expect(names).toContain('index.mjs');
    // The extraction worker, bundled beside index.mjs under the name the pool loads.
    expect(names).toContain('extract-worker.mjs');
    for (const name of ['pdf-parse', 'pdfjs-dist', '@napi-rs/canvas', '@napi-rs/canvas-linux-x64-gnu']) {
      expect(existsSync(join(assetDir, 'node_modules', name, 'package.json')), name).toBe(true);
    }
    expect(
      readdirSync(join(assetDir, 'node_modules', '@napi-rs', 'canvas-linux-x64-gnu')).some((f) =>
        f.endsWith('.node'),
      ),
    ).toBe(true);
    // Nothing else of the project's node_modules: the AWS SDK, zod and Powertools are inside index.mjs.
    expect(readdirSync(join(assetDir, 'node_modules')).sort()).toEqual([
      '@napi-rs',
      'pdf-parse',
      'pdfjs-dist',
    ]);
    const megabytes = directorySize(assetDir) / 1024 / 1024;
    console.log(`ingest asset: ${megabytes.toFixed(1)} MB unzipped (Lambda limit 250 MB)`);
    expect(megabytes).toBeLessThan(250);
  });

  it('runs with plain node from an empty directory and writes extracted/<id>.json', async () => {
    const runDir = mkdtempSync(join(tmpdir(), 'namndkoll-lambda-'));
    // Module resolution climbs parent folders: none of them may hold a node_modules the asset could lean on.
    for (let dir = runDir; dir !== parsePath(dir).root; dir = dirname(dir)) {
      expect(existsSync(join(dirname(dir), 'node_modules')), `${dirname(dir)}/node_modules`).toBe(false);
    }
    cpSync(assetDir, runDir, { recursive: true });

    const key = 'uploads/SE-W/bundle test + plan.pdf';
    const bytes = readFileSync(fixture);
    await s3.send(
      new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: bytes, ContentType: 'application/pdf' }),
    );
    const event = JSON.parse(
      readFileSync(join(root, 'tests', 'events', 'sqs-s3-object-created.json'), 'utf8'),
    );
    const s3Record = JSON.parse(event.Records[0].body);
    s3Record.Records[0].s3.bucket = {
      name: BUCKET,
      ownerIdentity: { principalId: 'LOCAL' },
      arn: `arn:aws:s3:::${BUCKET}`,
    };
    s3Record.Records[0].s3.object.key = encodeS3Key(key);
    s3Record.Records[0].s3.object.size = bytes.byteLength;
    event.Records[0].body = JSON.stringify(s3Record);
    writeFileSync(join(runDir, 'event.json'), JSON.stringify(event));
    writeFileSync(
      join(runDir, 'invoke.mjs'),
      [
        "import { readFileSync } from 'node:fs';",
        "const { handler } = await import('./index.mjs');",
        "const result = await handler(JSON.parse(readFileSync('./event.json', 'utf8')));",
        "process.stdout.write('RESULT ' + JSON.stringify(result) + '\\n');",
      ].join('\n'),
    );

    const { stdout } = await run(process.execPath, ['invoke.mjs'], {
      cwd: runDir,
      env: {
        PATH: process.env['PATH'] ?? '',
        NAMNDKOLL_BUCKET: BUCKET,
        NAMNDKOLL_S3_ENDPOINT: endpoint,
        OCR_ENGINE: 'none',
        AWS_REGION: 'eu-north-1',
        POWERTOOLS_LOG_LEVEL: 'INFO',
      },
      timeout: 120_000,
    });
    rmSync(runDir, { recursive: true, force: true });

    const resultLine = stdout.split('\n').find((line) => line.startsWith('RESULT '));
    expect(JSON.parse(resultLine!.slice('RESULT '.length))).toEqual({ batchItemFailures: [] });
    const { documentId } = documentIdOf(bytes);
    const logLines = stdout
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(logLines.find((line) => line['message'] === 'extracted')).toMatchObject({
      documentId,
      level: 'INFO',
    });

    const store = new S3DocumentStore(s3, BUCKET);
    const doc = ExtractedDocumentSchema.parse(
      JSON.parse(new TextDecoder().decode((await store.getObject(`extracted/${documentId}.json`)).bytes)),
    );
    expect(doc.documentId).toBe(documentId);
    expect(doc.source.key).toBe(key);
    expect(doc.source.pageCount).toBeGreaterThan(1);
    expect(doc.document.region?.code).toBe('SE-W');
    expect((await store.list('facts/documents/region=SE-W/')).length).toBeGreaterThan(0);
  });
});

function directorySize(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir, { recursive: true })) {
    const info = statSync(join(dir, String(name)));
    if (info.isFile()) total += info.size;
  }
  return total;
}
