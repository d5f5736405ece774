/**
 * The deployed artifact runs: synthesise the stack (with the Textract extension) with real bundling, take
 * the function assets exactly as the CDK built them, and check that none holds a native binary (.node), so
 * every function can run on arm64. Then copy the ingest asset into an empty directory (no project
 * node_modules above it) and run it with plain node against a local S3 server on a fixture event: the
 * document it writes must equal the in-process extraction of the same bytes (here pdfjs finds the canvas
 * package and its DOMMatrix; in the asset it finds none and uses parsers/pdf/dom-matrix.ts). The completion
 * and API assets are loaded and called the same way, and the compaction asset folds the facts the ingest
 * asset wrote into a Parquet part.
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
import { parquetReadObjects } from 'hyparquet';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeS3Key } from '../../functions/ingest/sqs-event.ts';
import { decodeManifest, MANIFEST_KEY } from '../../functions/lib/compaction-core.ts';
import { createS3Client } from '../../functions/lib/s3-client.ts';
import { S3DocumentStore } from '../../functions/lib/store.ts';
import { documentIdOf, extractDocument } from '../../parsers/index.ts';
import { ExtractedDocumentSchema } from '../../parsers/schema.ts';
import { type FunctionAsset, synthFunctionAssets } from '../../scripts/lambda-assets.ts';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '..', '..');
const fixture = join(root, 'fixtures', 'seed-004-handlingsplan-ruled.pdf');
const BUCKET = 'namndkoll-bundle-test';

let work: string;
let assetDir: string;
/** Every Lambda function of the stack with a code asset, by logical id. */
let functionAssets: Map<string, FunctionAsset>;
let completeDir: string;
let apiDir: string;
let server: S3rver;
let endpoint: string;
let s3: S3Client;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'namndkoll-bundle-'));
  const outdir = join(work, 'cdk.out');
  const assets = synthFunctionAssets(outdir);
  functionAssets = assets.functions;
  assetDir = assets.ingest.dir;
  completeDir = assets.textractComplete.dir;
  apiDir = assets.api.dir;

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
  it('ships no native binary in any function, so each runs on arm64', () => {
    // Ingest, API, Textract completion and any function added later (the list is read from the template).
    expect(functionAssets.size).toBeGreaterThanOrEqual(3);
    for (const [id, { architectures, dir }] of functionAssets) {
      const files = readdirSync(dir, { recursive: true }).map(String);
      expect(
        files.filter((file) => file.endsWith('.node')),
        `${id}: native binaries`,
      ).toEqual([]);
      expect(
        files.filter((file) => /(^|\/)(pdf-parse|@napi-rs)(\/|$)/.test(file)),
        id,
      ).toEqual([]);
      expect(architectures, id).toEqual(['arm64']);
      console.log(`${id}: ${(directorySize(dir) / 1024 / 1024).toFixed(1)} MB unzipped`);
    }
  });

  it('holds the bundle, the extraction worker and only the pdfjs files text extraction loads', () => {
    const names = readdirSync(assetDir);
    expect(names).toContain('index.mjs');
    // The extraction worker, bundled beside index.mjs under the name the pool loads.
    expect(names).toContain('extract-worker.mjs');
    // Nothing else of the project's node_modules: the AWS SDK, zod and Powertools are inside index.mjs.
    expect(readdirSync(join(assetDir, 'node_modules')).sort()).toEqual(['pdfjs-dist']);
    const pdfjs = readdirSync(join(assetDir, 'node_modules', 'pdfjs-dist'), { recursive: true })
      .map(String)
      .filter((file) => statSync(join(assetDir, 'node_modules', 'pdfjs-dist', file)).isFile())
      .sort();
    expect(pdfjs).toEqual(['LICENSE', 'legacy/build/pdf.mjs', 'legacy/build/pdf.worker.mjs', 'package.json']);
    // The completion function extracts with the same bundling.
    expect(readdirSync(completeDir).sort()).toEqual(names.sort());
    const megabytes = directorySize(assetDir) / 1024 / 1024;
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

    // What the asset extracted (pdfjs without any canvas package) is what the sources extract here.
    const local = await extractDocument(new Uint8Array(bytes), {
      fileName: doc.source.fileName,
      region: 'SE-W',
      now: () => new Date(doc.extraction.extractedAt),
    });
    expect(doc.source.pageCount).toBe(local.source.pageCount);
    expect(doc.extraction.method).toBe(local.extraction.method);
    expect(doc.extraction.warnings).toEqual(local.extraction.warnings);
    for (const part of ['document', 'measures', 'totals', 'amounts', 'decisions', 'references'] as const) {
      expect(doc[part], part).toEqual(local[part]);
    }
    expect(doc.measures.length).toBeGreaterThan(0);
  }, 240_000);

  it('runs the Textract completion and the API assets with plain node from empty directories', async () => {
    // A Textract job that ended FAILED: the asset reads and writes S3 only (no Textract call) and records
    // the failure under failed/<id>.json.
    const { documentId, sha256 } = documentIdOf(readFileSync(fixture));
    const notice = {
      JobId: 'bundle-test-job',
      Status: 'FAILED',
      API: 'StartDocumentAnalysis',
      JobTag: sha256,
      Timestamp: 1_763_930_000_000,
      DocumentLocation: { S3ObjectName: 'uploads/SE-W/bundle test + plan.pdf', S3Bucket: BUCKET },
    };
    const completionEvent = {
      Records: [
        {
          messageId: 'bundle-test-message',
          receiptHandle: 'bundle-test',
          body: JSON.stringify({ Type: 'Notification', Message: JSON.stringify(notice) }),
          attributes: {
            ApproximateReceiveCount: '1',
            SentTimestamp: '1763930000000',
            SenderId: 'bundle-test',
            ApproximateFirstReceiveTimestamp: '1763930000001',
          },
          messageAttributes: {},
          md5OfBody: '0123456789abcdef0123456789abcdef',
          eventSource: 'aws:sqs',
          eventSourceARN: 'arn:aws:sqs:eu-north-1:123456789012:textract-completions',
          awsRegion: 'eu-north-1',
        },
      ],
    };
    const completion = await invokeAsset(completeDir, JSON.stringify(completionEvent), {
      OCR_ENGINE: 'textract',
    });
    expect(completion.result).toEqual({ batchItemFailures: [] });
    const failure = JSON.parse(
      new TextDecoder().decode(
        (await new S3DocumentStore(s3, BUCKET).getObject(`failed/${documentId}.json`)).bytes,
      ),
    ) as { code: string; message: string };
    expect(failure).toMatchObject({ code: 'OCR_FAILED' });
    expect(failure.message).toContain('bundle-test-job');
    const request = {
      rawPath: '/documents',
      rawQueryString: '',
      headers: {},
      requestContext: { http: { method: 'GET' } },
    };
    const api = await invokeAsset(apiDir, JSON.stringify(request), {});
    const response = api.result as { statusCode: number; body: string };
    expect(response.statusCode).toBe(200);
    // The document the ingest asset wrote in the test before.
    expect(response.body).toContain(documentId);
  }, 240_000);

  it('runs the compaction asset with plain node: the ingest test’s facts become a Parquet part', async () => {
    const compact = [...functionAssets.values()].find((asset) => asset.logicalId.startsWith('Compact'));
    expect(compact, 'the Compact function asset').toBeDefined();
    // Bundled: no node_modules at all (hyparquet and hyparquet-writer are plain JavaScript inside index.mjs).
    expect(existsSync(join(compact!.dir, 'node_modules'))).toBe(false);
    const store = new S3DocumentStore(s3, BUCKET);
    const landing = await store.list('facts/');
    expect(landing.length).toBeGreaterThan(0);
    const { result } = await invokeAsset(compact!.dir, JSON.stringify({ source: 'aws.events' }), {
      OCR_ENGINE: 'none',
    });
    expect(result).toMatchObject({ generation: 1, documents: 1, consumedFiles: landing.length });
    expect(await store.list('facts/')).toEqual([]);
    const manifest = decodeManifest(new TextDecoder().decode((await store.getObject(MANIFEST_KEY)).bytes));
    const measures = manifest.parts.find((part) => part.table === 'measures');
    expect(measures).toBeDefined();
    const bytes = (await store.getObject(measures!.key)).bytes;
    const rows = (await parquetReadObjects({
      file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    })) as { document_id: string; amount_msek: number | null }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((row) => row.document_id)).size).toBe(1);
  }, 240_000);
});

/** Copy an asset into an empty folder, import its index.mjs with plain node and call the handler once. */
async function invokeAsset(
  dir: string,
  event: string,
  env: Record<string, string>,
): Promise<{ result: unknown; stdout: string }> {
  const runDir = mkdtempSync(join(tmpdir(), 'namndkoll-lambda-'));
  try {
    cpSync(dir, runDir, { recursive: true });
    writeFileSync(join(runDir, 'event.json'), event);
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
        AWS_REGION: 'eu-north-1',
        POWERTOOLS_LOG_LEVEL: 'INFO',
        ...env,
      },
      timeout: 120_000,
    });
    const line = stdout.split('\n').find((text) => text.startsWith('RESULT '));
    return { result: JSON.parse(line?.slice('RESULT '.length) ?? 'null'), stdout };
  } finally {
    rmSync(runDir, { recursive: true, force: true });
  }
}

function directorySize(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir, { recursive: true })) {
    const info = statSync(join(dir, String(name)));
    if (info.isFile()) total += info.size;
  }
  return total;
}
