/**
 * The Lambda artifacts: for the ingest, Textract-completion and API functions, the asset `cdk synth` builds
 * (scripts/lambda-assets.ts) — its size unzipped and gzipped file by file (about what the deployment zip
 * weighs) — and its cold start: a fresh node process in an empty folder holding only the asset imports
 * index.mjs (init) and calls the handler once (first call) against a local S3 server on 127.0.0.1, median
 * of RUNS. Reference in the same run: `node -e ''` (Node's own start). Runs here on this machine's Node and
 * architecture, not Lambda's Node 22 on arm64: compare ratios, not milliseconds.
 */
import { execFile, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { DeleteObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { encodeS3Key } from '../functions/ingest/sqs-event.ts';
import { createS3Client } from '../functions/lib/s3-client.ts';
import { documentIdOf } from '../parsers/index.ts';
import { synthFunctionAssets } from '../scripts/lambda-assets.ts';
import { median } from './stats.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = 5;
/** Asynchronous: the S3 server the child calls runs in this process's event loop. */
const execFileAsync = promisify(execFile);
const BUCKET = 'namndkoll-bench';
const FIXTURE = join(ROOT, 'fixtures', 'seed-000-tjansteskrivelse.pdf');
const KEY = 'uploads/SE-Z/seed-000-tjansteskrivelse.pdf';

/** Calls the handler once and prints init and first-call milliseconds as measured inside the process. */
const INVOKE = `
import { readFileSync } from 'node:fs';
const started = performance.now();
const { handler } = await import('./index.mjs');
const imported = performance.now();
const result = await handler(JSON.parse(readFileSync('./event.json', 'utf8')));
const called = performance.now();
process.stdout.write('TIMES ' + JSON.stringify({ init: imported - started, call: called - imported, result }) + '\\n');
`;

interface Size {
  files: number;
  bytes: number;
  gzip: number;
}

function assetSize(dir: string): Size {
  let files = 0;
  let bytes = 0;
  let gzip = 0;
  for (const name of readdirSync(dir, { recursive: true }).map(String)) {
    const path = join(dir, name);
    if (!statSync(path).isFile()) continue;
    const content = readFileSync(path);
    files++;
    bytes += content.byteLength;
    gzip += gzipSync(content).byteLength;
  }
  return { files, bytes, gzip };
}

function sqsEvent(body: string): string {
  return JSON.stringify({
    Records: [
      {
        messageId: 'bench-message',
        receiptHandle: 'bench',
        body,
        attributes: {
          ApproximateReceiveCount: '1',
          SentTimestamp: '1763930000000',
          SenderId: 'bench',
          ApproximateFirstReceiveTimestamp: '1763930000001',
        },
        messageAttributes: {},
        md5OfBody: '0123456789abcdef0123456789abcdef',
        eventSource: 'aws:sqs',
        eventSourceARN: 'arn:aws:sqs:eu-north-1:123456789012:bench',
        awsRegion: 'eu-north-1',
      },
    ],
  });
}

export async function run(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'namndkoll-bench-lambda-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    directory: join(work, 's3'),
    silent: true,
    vhostBuckets: false,
    configureBuckets: [{ name: BUCKET }],
  });
  try {
    process.stdout.write('synthesising the stack with bundling …\n');
    const assets = synthFunctionAssets(join(work, 'cdk.out'));
    const endpoint = `http://127.0.0.1:${(await server.run()).port}`;
    const s3 = createS3Client({ endpoint });
    const bytes = readFileSync(FIXTURE);
    await s3.send(
      new PutObjectCommand({ Bucket: BUCKET, Key: KEY, Body: bytes, ContentType: 'application/pdf' }),
    );
    const { documentId, sha256 } = documentIdOf(bytes);

    // The recorded S3 notification of the ingest tests, pointed at the bench's bucket and object.
    const ingestEvent = JSON.parse(
      readFileSync(join(ROOT, 'tests', 'events', 'sqs-s3-object-created.json'), 'utf8'),
    ) as { Records: { body: string }[] };
    const s3Notice = JSON.parse(ingestEvent.Records[0]?.body ?? '{}');
    s3Notice.Records[0].s3.bucket = {
      name: BUCKET,
      ownerIdentity: { principalId: 'LOCAL' },
      arn: `arn:aws:s3:::${BUCKET}`,
    };
    s3Notice.Records[0].s3.object.key = encodeS3Key(KEY);
    s3Notice.Records[0].s3.object.size = bytes.byteLength;
    // A Textract job that ended FAILED: the completion reads and writes S3 only, never calls Textract.
    const textractNotice = {
      JobId: 'bench-job',
      Status: 'FAILED',
      API: 'StartDocumentAnalysis',
      JobTag: sha256,
      DocumentLocation: { S3ObjectName: KEY, S3Bucket: BUCKET },
    };
    const functions = [
      {
        name: 'ingest (extracts the 4-page seed-000)',
        dir: assets.ingest.dir,
        event: sqsEvent(JSON.stringify(s3Notice)),
        env: { OCR_ENGINE: 'none' },
        // Otherwise every run after the first finds the document extracted and skips it.
        before: () =>
          s3.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: `extracted/${documentId}.json` })),
      },
      {
        name: 'textract-complete (a failed job)',
        dir: assets.textractComplete.dir,
        event: sqsEvent(JSON.stringify({ Type: 'Notification', Message: JSON.stringify(textractNotice) })),
        env: { OCR_ENGINE: 'textract' },
        before: async () => {},
      },
      {
        name: 'api (GET /documents)',
        dir: assets.api.dir,
        event: JSON.stringify({
          rawPath: '/documents',
          rawQueryString: '',
          headers: {},
          requestContext: { http: { method: 'GET' } },
        }),
        env: {},
        before: async () => {},
      },
    ];

    const nodeRuns: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      const started = performance.now();
      spawnSync(process.execPath, ['-e', ''], { stdio: 'ignore' });
      if (i > 0) nodeRuns.push(performance.now() - started);
    }
    const nodeMs = median(nodeRuns);
    process.stdout.write(
      `cold start = fresh process, import index.mjs (init) + one handler call; median of ${RUNS}; ` +
        `reference node -e '' ${nodeMs.toFixed(0)} ms (node ${process.version} ${process.arch} here; Lambda: node 22, arm64)\n`,
    );
    for (const fn of functions) {
      const size = assetSize(fn.dir);
      const runDir = mkdtempSync(join(tmpdir(), 'namndkoll-bench-fn-'));
      const runs: { init: number; call: number; wall: number }[] = [];
      try {
        cpSync(fn.dir, runDir, { recursive: true });
        writeFileSync(join(runDir, 'event.json'), fn.event);
        writeFileSync(join(runDir, 'invoke.mjs'), INVOKE);
        // One warm-up run for the file cache, then RUNS measured.
        for (let i = 0; i <= RUNS; i++) {
          await fn.before();
          const started = performance.now();
          const { stdout } = await execFileAsync(process.execPath, ['invoke.mjs'], {
            cwd: runDir,
            encoding: 'utf8',
            env: {
              PATH: process.env['PATH'] ?? '',
              NAMNDKOLL_BUCKET: BUCKET,
              NAMNDKOLL_S3_ENDPOINT: endpoint,
              AWS_REGION: 'eu-north-1',
              POWERTOOLS_LOG_LEVEL: 'WARN',
              ...fn.env,
            },
            timeout: 120_000,
          });
          const wall = performance.now() - started;
          const line = stdout.split('\n').find((text) => text.startsWith('TIMES '));
          if (!line) throw new Error(`${fn.name}: no result`);
          const times = JSON.parse(line.slice('TIMES '.length)) as {
            init: number;
            call: number;
            result: unknown;
          };
          const failed = (times.result as { batchItemFailures?: unknown[] }).batchItemFailures?.length ?? 0;
          const status = (times.result as { statusCode?: number }).statusCode ?? 200;
          if (failed > 0 || status !== 200)
            throw new Error(`${fn.name}: ${JSON.stringify(times.result)}\n${stdout}`);
          if (i > 0) runs.push({ init: times.init, call: times.call, wall });
        }
      } finally {
        rmSync(runDir, { recursive: true, force: true });
      }
      const init = median(runs.map((r) => r.init));
      const call = median(runs.map((r) => r.call));
      const wall = median(runs.map((r) => r.wall));
      process.stdout.write(
        `  ${fn.name.padEnd(40)} asset ${(size.bytes / 1e6).toFixed(2)} MB in ${size.files} files, ` +
          `gzip ${(size.gzip / 1e6).toFixed(2)} MB | init ${init.toFixed(0)} ms, first call ${call.toFixed(0)} ms, ` +
          `whole process ${wall.toFixed(0)} ms (${(wall / nodeMs).toFixed(1)}× node)\n`,
      );
    }
    s3.destroy();
  } finally {
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
}
